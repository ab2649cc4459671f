"""Typing as a consultant does, in tests: qtbot.keyClicks aborts the process on non-ASCII text,
so such characters go as text-only key events (ARCHITECTURE.md §6). Consultants type Işık."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication


def type_text(qtbot, widget, text: str) -> None:
    widget.setFocus()  # as a consultant would click or Tab into it first
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
        else:
            QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch,
                               Qt.KeyboardModifier.NoModifier)


def type_row(qtbot, table, button, cells: list[str]) -> None:
    """Add a table row with its button and type each cell, Tab moving to the next cell."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    for text in cells:
        editor = QApplication.focusWidget()
        assert editor is not table, "no cell editor open"
        type_text(qtbot, editor, text)
        qtbot.keyClick(editor, Qt.Key.Key_Tab)
