"""Paginating a ``QTextDocument`` for print: keep each table row whole on one page.

Qt's text layout breaks a table row line by line at the foot of a page, so a row's cells are
printed half on one page and half on the next. :func:`keep_rows_together` moves such rows to the
next page (page break before the row's cells), or the whole table with its heading when the cut
falls in its first rows, and undoes a move that would leave an empty page.
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


def keep_rows_together(doc: QtGui.QTextDocument, page_height: float) -> None:
    """Move each table row that a page break would cut in two to the next page (Qt's layout
    splits rows line by line), one at a time since each move shifts what follows. When the
    cut falls in a table's header or first row, the table moves with its heading instead."""
    done: set[tuple[int, int]] = set()
    for _ in range(500):
        pending = [(t, r) for t, r in _split_rows(doc, page_height)
                   if (t.firstPosition(), r) not in done]
        if not pending:
            return
        table, row = pending[0]
        done.add((table.firstPosition(), row))
        if row <= 1:
            heading = QtGui.QTextCursor(doc.findBlock(table.firstPosition() - 1))
            if heading.blockFormat().headingLevel() > 0:
                _break_before(heading)
            else:
                frame = table.format()
                frame.setPageBreakPolicy(QtGui.QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                table.setFormat(frame)
            continue
        cells = [table.cellAt(row, column).firstCursorPosition()
                 for column in range(table.columns())]
        for cursor in cells:
            _break_before(cursor)
        if _has_empty_page(doc, page_height):
            for cursor in cells:  # leave this row split rather than print an empty page
                _break_before(cursor, on=False)
