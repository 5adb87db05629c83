"""The one base class for mistakes a user can make or fix: shown as a message, never a traceback."""
from __future__ import annotations

from collections.abc import Sequence

from .messages import Message


class UserError(Exception):
    """Its message is a complete Indonesian sentence saying what is wrong and what to do.

    Raised with a `Message` (a code and its parameters), `str()` is the Indonesian wording and
    `.message` keeps the code, so a screen in another language words it in that language.
    Raised with plain text, `.message` is None and the text is all there is.
    """

    def __init__(self, text: str | Message = "", *args: object) -> None:
        self.message: Message | None = text if isinstance(text, Message) else None
        super().__init__(str(text) if isinstance(text, Message) else text, *args)


class ProblemsError(UserError):
    """Several problems at once, each a `Message`: `coded` keeps them, str() joins their Indonesian
    with `separator`, a screen words each in its language (ui/kit/message_text.error_text)."""

    def __init__(self, problems: Sequence[Message], separator: str = "\n") -> None:
        self.coded = list(problems)
        self.separator = separator
        super().__init__(separator.join(str(p) for p in self.coded))
