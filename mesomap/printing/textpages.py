"""Paginating a ``QTextDocument`` for print: keep headings with what follows them.

:func:`paginate` moves a heading to the next page when what follows it would start there or be
cut by the page foot, and a table whose header or first row would be cut (or whose heading
would be left alone) to the next page with its heading, or with the larger heading and
paragraph just above (a session's title and facts). Moves that would leave an empty page are
undone. A cut further
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


def _lead(doc: QtGui.QTextDocument, heading: QtGui.QTextBlock,
          page_height: float) -> QtGui.QTextBlock:
    """The block to move with a table: its heading, or the larger heading (with the paragraph
    between them) just above on the same page, so that a session's title, its facts and its
    first table travel together."""
    level = heading.blockFormat().headingLevel()
    if level <= 0:
        return heading
    layout = doc.documentLayout()
    page = layout.blockBoundingRect(heading).top() // page_height
    above = heading.previous()
    for _ in range(2):
        if (not above.isValid() or QtGui.QTextCursor(above).currentTable() is not None
                or layout.blockBoundingRect(above).top() // page_height != page):
            break
        if 0 < above.blockFormat().headingLevel() < level:
            return above
        above = above.previous()
    return heading


def _first_table_problem(doc: QtGui.QTextDocument, page_height: float,
                         done: set[int]) -> tuple[int, QtGui.QTextTable] | None:
    """The first table whose header or first row a page foot cuts, or whose heading is left
    alone at the foot of the page before it."""
    tables = [t for t, row in _split_rows(doc, page_height) if row <= 1]
    tables += _orphaned_tables(doc, page_height)
    tables = [t for t in tables if t.firstPosition() not in done]
    if not tables:
        return None
    first = min(tables, key=lambda t: t.firstPosition())
    return first.firstPosition(), first


def _first_heading_problem(doc: QtGui.QTextDocument, page_height: float,
                           done: set[int]) -> QtGui.QTextBlock | None:
    """The first heading whose next paragraph or heading starts on a later page or is cut by
    the page foot."""
    layout = doc.documentLayout()
    for block in _root_blocks(doc):
        following = block.next()
        if (block.position() in done or block.blockFormat().headingLevel() <= 0
                or not following.isValid()
                or QtGui.QTextCursor(following).currentTable() is not None):
            continue
        page = layout.blockBoundingRect(block).top() // page_height
        rect = layout.blockBoundingRect(following)
        if rect.top() // page_height > page or (rect.bottom() - 1) // page_height > page:
            return block
    return None


def _root_blocks(doc: QtGui.QTextDocument) -> list[QtGui.QTextBlock]:
    blocks = []
    block = doc.begin()
    while block.isValid():
        if QtGui.QTextCursor(block).currentTable() is None:
            blocks.append(block)
        block = block.next()
    return blocks


def paginate(doc: QtGui.QTextDocument, page_height: float) -> None:
    """Keep headings with what follows them and tables' starts with their headings: the first
    problem in the document is fixed first (a move only shifts what follows), until none is
    left; a move that would leave an empty page is undone."""
    done: set[int] = set()
    for _ in range(1000):
        table = _first_table_problem(doc, page_height, done)
        heading = _first_heading_problem(doc, page_height, done)
        if table is None and heading is None:
            return
        if heading is not None and (table is None or heading.position() < table[0]):
            done.add(heading.position())
            _try_break(doc, page_height, heading)
            continue
        assert table is not None
        done.add(table[0])
        lead = _lead(doc, doc.findBlock(table[1].firstPosition() - 1), page_height)
        if lead.blockFormat().headingLevel() > 0:
            _try_break(doc, page_height, lead)
        else:
            frame = table[1].format()
            frame.setPageBreakPolicy(QtGui.QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            table[1].setFormat(frame)
            if _has_empty_page(doc, page_height):
                frame.setPageBreakPolicy(QtGui.QTextFormat.PageBreakFlag.PageBreak_Auto)
                table[1].setFormat(frame)


def _try_break(doc: QtGui.QTextDocument, page_height: float, block: QtGui.QTextBlock) -> None:
    """Break before ``block``; the few blocks after it that were moved before now come along
    with it, so their own breaks are lifted."""
    _break_before(QtGui.QTextCursor(block))
    following = block.next()
    for _ in range(3):
        if not following.isValid() or QtGui.QTextCursor(following).currentTable() is not None:
            break
        if following.blockFormat().pageBreakPolicy() & QtGui.QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore:
            _break_before(QtGui.QTextCursor(following), on=False)
        following = following.next()
    if _has_empty_page(doc, page_height):
        _break_before(QtGui.QTextCursor(block), on=False)
