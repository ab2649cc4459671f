"""How the consultant left the windows, remembered per user: a window's size, place and maximized
state, and the column and direction each table was sorted by with a click on its header. Both are
kept in the user's preferences (core/preferences.py, a file in the user's data folder); a screen
hooks in with one line per window or table. A saved value that cannot be read is passed over, so
the window opens as designed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QObject, Qt
from PySide6.QtWidgets import QTableView, QWidget

from consultant_app.gui.models.rows import COLUMN_KEY_ROLE

if TYPE_CHECKING:
    from consultant_app.gui.session import Session

_ORDERS = {"asc": Qt.SortOrder.AscendingOrder, "desc": Qt.SortOrder.DescendingOrder}


def remember_geometry(window: QWidget, session: Session, name: str) -> None:
    """Give `window` (not shown yet) the size, place and maximized state it was closed with,
    and keep them when it closes. Qt's restoreGeometry moves a window whose saved place is on
    no current screen (a laptop undocked from its second monitor) onto an available one, title
    bar included, and shrinks it to that screen if it is larger."""
    saved = session.prefs.window_geometry.get(name, "")
    data = QByteArray.fromBase64Encoding(
        saved.encode("ascii", "replace"), QByteArray.Base64Option.AbortOnBase64DecodingErrors)
    if saved and data.decodingStatus == QByteArray.Base64DecodingStatus.Ok:
        window.restoreGeometry(data.decoded)  # False for bytes it cannot read: left as designed
    _OnClose(window, lambda: _keep_geometry(window, session, name))


def remember_sort(view: QTableView, session: Session, name: str) -> None:
    """Let the user sort `view` by a click on a column header (a third click on it brings back
    the order the list comes in), start with the sort chosen last time, and keep each new
    choice. The view's model must be set, and must sort (gui/models/rows.py)."""
    header = view.horizontalHeader()
    header.setSortIndicatorClearable(True)
    section, order = _saved_sort(view, session.prefs.table_sort.get(name))
    header.setSortIndicator(section, order)
    view.setSortingEnabled(True)  # sorts by the indicator at once
    header.sortIndicatorChanged.connect(
        lambda section, order: _keep_sort(view, session, name, section, order))


def _saved_sort(view: QTableView, saved: list[str] | None) -> tuple[int, Qt.SortOrder]:
    """The section whose column key was saved (-1: the order given, also for a column that is
    gone), and the direction."""
    if saved:
        key, order = saved
        model = view.model()
        for section in range(model.columnCount()):
            if model.headerData(section, Qt.Orientation.Horizontal, COLUMN_KEY_ROLE) == key:
                return section, _ORDERS[order]
    return -1, Qt.SortOrder.AscendingOrder


def _keep_sort(view: QTableView, session: Session, name: str, section: int,
               order: Qt.SortOrder) -> None:
    # Written at once: a click on a header is rare and deliberate, unlike a drag of the border.
    key = view.model().headerData(section, Qt.Orientation.Horizontal, COLUMN_KEY_ROLE)
    if key is None:
        session.prefs.table_sort.pop(name, None)
    else:
        session.prefs.table_sort[name] = [
            key, "desc" if order == Qt.SortOrder.DescendingOrder else "asc"]
    _save(session)


def _keep_geometry(window: QWidget, session: Session, name: str) -> None:
    session.prefs.window_geometry[name] = bytes(window.saveGeometry().toBase64()).decode("ascii")
    _save(session)


def _save(session: Session) -> None:
    try:
        session.prefs.save(session.data_dir)
    except OSError:
        pass  # a full or read-only disk: the window opens as designed next time, nothing worse


class _OnClose(QObject):
    """Calls `action` when the window gets its close event: once per close, never per resize
    or move (a drag sends hundreds). Qt 6 sends it on quit too, so a logout keeps the place."""

    def __init__(self, window: QWidget, action: Callable[[], None]):
        super().__init__(window)
        self._action = action
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Close:
            self._action()
        return False
