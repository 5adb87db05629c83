"""The one base class for mistakes a user can make or fix: shown as a message, never a traceback."""


class UserError(Exception):
    """Its message is a complete Indonesian sentence saying what is wrong and what to do."""
