"""What the GUI tests share so that they hold on a busy machine (CI on 2 cores, often loaded):
waits bounded only against a hang, and keyboard shortcuts that need neither window focus nor an
active window."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QKeyCombination, QObject, Qt
from PySide6.QtGui import QAction, QFocusEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QWidget

# A wait ends as soon as its condition holds; this only bounds a hang, it is never a timing margin.
HANG_MS = 60_000


def _reaches(owner: QWidget, context: Qt.ShortcutContext, focus: QWidget) -> bool:
    """Whether a shortcut of `owner` in `context` answers a key pressed in `focus` (Qt's own rules,
    with `focus`'s window taken as the active one)."""
    if not (owner.isVisible() and owner.isEnabled()):
        return False
    if context == Qt.ShortcutContext.ApplicationShortcut:
        return True
    if context == Qt.ShortcutContext.WidgetShortcut:
        return owner is focus
    if context == Qt.ShortcutContext.WidgetWithChildrenShortcut:
        w: QWidget | None = focus
        while w is not None and w is not owner and not w.isWindow():
            w = w.parentWidget()
        return w is owner
    return owner.window() is focus.window()


def _answering(focus: QWidget, keys: QKeySequence) -> list[QObject]:
    found: list[QObject] = []
    window = focus.window()
    for owner in [window, *window.findChildren(QWidget)]:
        for action in owner.actions():
            if (action not in found and action.isEnabled() and action.isVisible()
                    and _reaches(owner, action.shortcutContext(), focus)
                    and any(k.matches(keys) == QKeySequence.SequenceMatch.ExactMatch for k in action.shortcuts())):
                found.append(action)
    for shortcut in window.findChildren(QShortcut):
        owner = shortcut.parent()
        if (isinstance(owner, QWidget) and shortcut.isEnabled() and _reaches(owner, shortcut.context(), focus)
                and any(k.matches(keys) == QKeySequence.SequenceMatch.ExactMatch for k in shortcut.keys())):  # noqa: SIM118 — QShortcut.keys(), not a dict
            found.append(shortcut)
    return found


def press(qtbot, widget: QWidget, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A key press as the user makes it, shortcuts included, without relying on the active window.

    qtbot.keyClick alone lets Qt's shortcut map decide, which looks only at the active window: on
    a busy machine the test's window is not always active yet (or another window took it), and the
    shortcut silently does nothing. Here the key is resolved with Qt's rules as if `widget`'s window
    were active, in its focus widget (`widget` itself, or the focus child a window would give the
    key to): a focus widget that claims the key (ShortcutOverride) gets it; else exactly one enabled
    shortcut must answer (two would be ambiguous, and Qt fires neither) and is fired; else the key
    goes to the focus widget.
    """
    focus = (widget.focusWidget() or widget) if widget.isWindow() else widget
    override = QKeyEvent(QEvent.Type.ShortcutOverride, key, modifier)
    override.ignore()
    QApplication.sendEvent(focus, override)
    if not override.isAccepted():
        keys = QKeySequence(QKeyCombination(modifier, key))
        found = _answering(focus, keys)
        names = [o.text() if isinstance(o, QAction) else repr(o) for o in found]
        assert len(found) <= 1, f"{keys.toString()} is ambiguous here: {names}"
        if found:
            target = found[0]
            if isinstance(target, QAction):
                target.trigger()
            else:
                target.activated.emit()
            return
    qtbot.keyClick(focus, key, modifier)


def move_focus(old: QWidget, new: QWidget) -> None:
    """The focus goes from `old` to `new` as when the user clicks or tabs there, whether or not their
    window is the active one: Qt itself tells nobody while the window is inactive (no focus events,
    no QApplication.focusChanged), so here the same news is given by hand."""
    new.setFocus(Qt.FocusReason.TabFocusReason)
    app = QApplication.instance()
    if app.focusWidget() is new:       # the window was active: Qt has told everyone already
        return
    QApplication.sendEvent(old, QFocusEvent(QEvent.Type.FocusOut, Qt.FocusReason.TabFocusReason))
    QApplication.sendEvent(new, QFocusEvent(QEvent.Type.FocusIn, Qt.FocusReason.TabFocusReason))
    app.focusChanged.emit(old, new)
