"""Paginating a ``QTextDocument`` for print: keep a table's start with its heading.

Qt's text layout breaks a table row line by line at the foot of a page. When that happens in a
table's header or first row, :func:`keep_rows_together` moves the table, with the heading just
above it, to the next page, and undoes a move that would leave an empty page. A cut further
down a table is left to Qt (the header row repeats on the next page): a page break on cells
applies once per cell in Qt 6 and cell margins are ignored, so a middle row cannot be moved
whole.
"""

from __future__ import annotations

from PySide6 import QtGui


def _split_rows(doc: QtGui.QTextDocument, page_height: float
                ) -> list[tuple[QtGui.QTextTable, int]]:
    """Table rows that a page break cuts through (rows under half a page only)."""
    layout = doc.documentLayout()
    found = []
    for frame in doc.rootFrame().childFrames():
        if not isinstance(frame, QtGui.QTextTable):
            continue
        for row in range(frame.rows()):
            top = min(layout.blockBoundingRect(frame.cellAt(row, c).firstCursorPosition()
                                               .block()).top() for c in range(frame.columns()))
            bottom = max(layout.blockBoundingRect(frame.cellAt(row, c).lastCursorPosition()
                                                  .block()).bottom()
                         for c in range(frame.columns()))
            if (int(top // page_height) != int((bottom - 1) // page_height)
                    and bottom - top < page_height * 0.5):
                found.append((frame, row))
    return found


def _break_before(cursor: QtGui.QTextCursor, on: bool = True) -> None:
    block = cursor.blockFormat()
    block.setPageBreakPolicy(QtGui.QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore if on
                             else QtGui.QTextFormat.PageBreakFlag.PageBreak_Auto)
    cursor.setBlockFormat(block)


def _has_empty_page(doc: QtGui.QTextDocument, page_height: float) -> bool:
    """Whether some page holds no text (Qt can break a row twice after a repeated header)."""
    layout = doc.documentLayout()
    used: set[int] = set()
    block = doc.begin()
    while block.isValid():
        rect = layout.blockBoundingRect(block)
        used.update(range(int(rect.top() // page_height),
                          int(max(rect.top(), rect.bottom() - 1) // page_height) + 1))
        block = block.next()
    return any(page not in used for page in range(doc.pageCount()))


def _orphaned_tables(doc: QtGui.QTextDocument, page_height: float) -> list[QtGui.QTextTable]:
    """Tables whose heading stays at the foot of a page while the table starts on the next."""
    layout = doc.documentLayout()
    found = []
    for frame in doc.rootFrame().childFrames():
        if not isinstance(frame, QtGui.QTextTable):
            continue
        heading = doc.findBlock(frame.firstPosition() - 1)
        if heading.blockFormat().headingLevel() <= 0:
            continue
        first = frame.cellAt(0, 0).firstCursorPosition().block()
        if (layout.blockBoundingRect(first).top() // page_height
                > layout.blockBoundingRect(heading).top() // page_height):
            found.append(frame)
    return found


def keep_table_starts_together(doc: QtGui.QTextDocument, page_height: float) -> None:
    """Move each table whose header or first row a page foot cuts, or whose heading is left
    alone at a page foot, to the next page with that heading; one at a time, since each move
    shifts what follows."""
    done: set[int] = set()
    for _ in range(500):
        pending = [t for t, row in _split_rows(doc, page_height) if row <= 1]
        pending += _orphaned_tables(doc, page_height)
        pending = sorted((t for t in pending if t.firstPosition() not in done),
                         key=lambda t: t.firstPosition())
        if not pending:
            return
        table = pending[0]
        done.add(table.firstPosition())
        heading = QtGui.QTextCursor(doc.findBlock(table.firstPosition() - 1))
        if heading.blockFormat().headingLevel() > 0:
            _break_before(heading)
            if _has_empty_page(doc, page_height):
                _break_before(heading, on=False)
        else:
            frame = table.format()
            frame.setPageBreakPolicy(QtGui.QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            table.setFormat(frame)
            if _has_empty_page(doc, page_height):
                frame.setPageBreakPolicy(QtGui.QTextFormat.PageBreakFlag.PageBreak_Auto)
                table.setFormat(frame)
