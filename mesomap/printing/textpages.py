"""Paginating a ``QTextDocument`` for print: keep headings with what follows them and table
rows whole.

:func:`paginate` moves a heading to the next page when what follows it would start there or be
cut by the page foot, and a table whose header or first row would be cut (or whose heading
would be left alone) to the next page with its heading, or with the larger heading and
paragraph just above (a session's title and facts). A row further down a table that the page
foot would cut moves whole to the next page, under the repeated header row: Qt splits a row
line by line and cannot be told to keep it together (a page break on a cell's first block
applies again after Qt has moved the row, and cell margins are ignored), so the row *above* it
is stretched to the page foot instead — its last cell ends with a page break, and a negative
bottom padding on that cell cancels the padding and borders that the break would otherwise add
under the repeated header. Rows taller than a page are left to Qt. Moves that would leave an
empty page are undone.
"""

from __future__ import annotations

from PySide6 import QtGui


def block_span(doc: QtGui.QTextDocument, block: QtGui.QTextBlock) -> tuple[float, float]:
    """Top of the first and bottom of the last line of ``block`` (document units). Qt moves a
    line that a page foot would cut to the next page but keeps the block's bounding rectangle
    where the block began, so the lines tell where the text really is."""
    rect = doc.documentLayout().blockBoundingRect(block)
    text = block.layout()
    if text is None or text.lineCount() == 0:
        return rect.top(), rect.bottom()
    last = text.lineAt(text.lineCount() - 1)
    return rect.top() + text.lineAt(0).y(), max(rect.bottom(), rect.top() + last.y() + last.height())


def row_extent(doc: QtGui.QTextDocument, table: QtGui.QTextTable, row: int) -> tuple[float, float]:
    """Top of the highest and bottom of the lowest text block in a table row (document units,
    pages stacked: page ``n`` spans ``n * page_height`` to ``(n + 1) * page_height``)."""
    cells = [table.cellAt(row, c) for c in range(table.columns())]
    top = min(block_span(doc, c.firstCursorPosition().block())[0] for c in cells)
    bottom = max(block_span(doc, c.lastCursorPosition().block())[1] for c in cells)
    return top, bottom


Cut = tuple[QtGui.QTextTable, int, float, float]


def cut_rows(doc: QtGui.QTextDocument, page_height: float, since: int = 0) -> list[Cut]:
    """Every table row whose text a page foot cuts through, in document order: (table, row,
    top, bottom); tables ending before the position ``since`` are skipped."""
    found = []
    for frame in _tables(doc, since):
        for row in range(frame.rows()):
            top, bottom = row_extent(doc, frame, row)
            if int(top // page_height) != int((bottom - 1) // page_height):
                found.append((frame, row, top, bottom))
    return found


def _tables(doc: QtGui.QTextDocument, since: int = 0) -> list[QtGui.QTextTable]:
    return [f for f in doc.rootFrame().childFrames()
            if isinstance(f, QtGui.QTextTable) and f.lastPosition() >= since]


def _split_rows(doc: QtGui.QTextDocument, page_height: float,
                cuts: list[Cut] | None = None) -> list[tuple[QtGui.QTextTable, int]]:
    """Table rows that a page break cuts through (rows under half a page only)."""
    return [(table, row) for table, row, top, bottom
            in (cut_rows(doc, page_height) if cuts is None else cuts)
            if bottom - top < page_height * 0.5]


def _header_height(doc: QtGui.QTextDocument, table: QtGui.QTextTable) -> float:
    count = min(table.format().headerRowCount(), table.rows())
    if count <= 0:
        return 0.0
    return row_extent(doc, table, count - 1)[1] - row_extent(doc, table, 0)[0]


def _first_row_problem(doc: QtGui.QTextDocument, page_height: float, done: set[int],
                       cuts: list[Cut]) -> tuple[int, QtGui.QTextTable, int] | None:
    """The first row below a table's first body row that a page foot cuts and that would fit
    on a page under the repeated header: (key, table, row)."""
    for table, row, top, bottom in cuts:
        if row < max(2, table.format().headerRowCount() + 1):
            continue  # the table's start: moved with its heading instead
        key = table.cellAt(row - 1, 0).lastPosition()
        if key in done:
            continue
        if bottom - top + _header_height(doc, table) < page_height * 0.9:
            return key, table, row
    return None


def _keep_row(doc: QtGui.QTextDocument, page_height: float, table: QtGui.QTextTable,
              row: int) -> None:
    """Move ``row`` whole to the next page by stretching the row above it to the page foot
    (undone when the row is still cut or a page is left empty)."""
    cell = table.cellAt(row - 1, 0)
    cursor = cell.lastCursorPosition()
    old_block = cursor.blockFormat()
    block = QtGui.QTextBlockFormat(old_block)
    block.setPageBreakPolicy(block.pageBreakPolicy()
                             | QtGui.QTextFormat.PageBreakFlag.PageBreak_AlwaysAfter)
    cursor.setBlockFormat(block)
    old_cell = cell.format()
    fmt = old_cell.toTableCellFormat()
    frame = table.format()
    top = (fmt.topPadding() if fmt.hasProperty(QtGui.QTextFormat.Property.TableCellTopPadding)
           else frame.cellPadding())
    # the break puts the row below one top padding, two borders and the spacing lower than
    # its place under the repeated header; Qt lifts a row that lands inside the header back
    # to that place, so one unit more is harmless
    fmt.setBottomPadding(-(top + 2 * frame.border() + frame.cellSpacing() + 1))
    cell.setFormat(fmt)
    top_y, bottom_y = row_extent(doc, table, row)
    if (int(top_y // page_height) != int((bottom_y - 1) // page_height)
            or _has_empty_page(doc, page_height)):
        cell.setFormat(old_cell)
        cursor.setBlockFormat(old_block)


def _break_before(cursor: QtGui.QTextCursor, on: bool = True) -> None:
    block = cursor.blockFormat()
    block.setPageBreakPolicy(QtGui.QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore if on
                             else QtGui.QTextFormat.PageBreakFlag.PageBreak_Auto)
    cursor.setBlockFormat(block)


def _has_empty_page(doc: QtGui.QTextDocument, page_height: float) -> bool:
    """Whether some page holds no text (Qt can break a row twice after a repeated header)."""
    used: set[int] = set()
    block = doc.begin()
    while block.isValid():
        top, bottom = block_span(doc, block)
        used.update(range(int(top // page_height), int(max(top, bottom - 1) // page_height) + 1))
        block = block.next()
    return any(page not in used for page in range(doc.pageCount()))


def _orphaned_tables(doc: QtGui.QTextDocument, page_height: float,
                     since: int = 0) -> list[QtGui.QTextTable]:
    """Tables whose heading stays at the foot of a page while the table starts on the next."""
    found = []
    for frame in _tables(doc, since):
        heading = doc.findBlock(frame.firstPosition() - 1)
        if heading.blockFormat().headingLevel() <= 0:
            continue
        first = frame.cellAt(0, 0).firstCursorPosition().block()
        if (block_span(doc, first)[0] // page_height
                > block_span(doc, heading)[0] // page_height):
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
    page = block_span(doc, heading)[0] // page_height
    above = heading.previous()
    for _ in range(2):
        if (not above.isValid() or QtGui.QTextCursor(above).currentTable() is not None
                or block_span(doc, above)[0] // page_height != page):
            break
        if 0 < above.blockFormat().headingLevel() < level:
            return above
        above = above.previous()
    return heading


def _first_table_problem(doc: QtGui.QTextDocument, page_height: float, done: set[int],
                         cuts: list[Cut], since: int) -> tuple[int, QtGui.QTextTable] | None:
    """The first table whose header or first row a page foot cuts, or whose heading is left
    alone at the foot of the page before it."""
    tables = [t for t, row in _split_rows(doc, page_height, cuts) if row <= 1]
    tables += _orphaned_tables(doc, page_height, since)
    tables = [t for t in tables if t.firstPosition() not in done]
    if not tables:
        return None
    first = min(tables, key=lambda t: t.firstPosition())
    return first.firstPosition(), first


def _first_heading_problem(doc: QtGui.QTextDocument, page_height: float,
                           done: set[int], since: int = 0) -> QtGui.QTextBlock | None:
    """The first heading (from the position ``since`` on) whose next paragraph or heading
    starts on a later page or is cut by the page foot."""
    for block in _root_blocks(doc, since):
        following = block.next()
        if (block.position() in done or block.blockFormat().headingLevel() <= 0
                or not following.isValid()
                or QtGui.QTextCursor(following).currentTable() is not None):
            continue
        page = block_span(doc, block)[0] // page_height
        top, bottom = block_span(doc, following)
        if top // page_height > page or (bottom - 1) // page_height > page:
            return block
    return None


def _root_blocks(doc: QtGui.QTextDocument, since: int = 0) -> list[QtGui.QTextBlock]:
    blocks = []
    block = doc.findBlock(since) if since > 0 else doc.begin()
    while block.isValid():
        if QtGui.QTextCursor(block).currentTable() is None:
            blocks.append(block)
        block = block.next()
    return blocks


def paginate(doc: QtGui.QTextDocument, page_height: float) -> None:
    """Keep headings with what follows them, tables' starts with their headings and rows
    whole: the first problem in the document is fixed first (a move only shifts what
    follows), until none is left; a move that would leave an empty page is undone. Nothing
    before the earliest block a fix changed moves, so later searches start there."""
    done: set[int] = set()
    since = 0
    for _ in range(100_000):
        cuts = cut_rows(doc, page_height, since)
        table = _first_table_problem(doc, page_height, done, cuts, since)
        heading = _first_heading_problem(doc, page_height, done, since)
        row = _first_row_problem(doc, page_height, done, cuts)
        if table is None and heading is None and row is None:
            return
        first = min(p for p in (table[0] if table else None,
                                heading.position() if heading else None,
                                row[0] if row else None) if p is not None)
        if row is not None and row[0] == first:
            done.add(row[0])
            since = row[1].cellAt(row[2] - 1, 0).firstPosition()
            _keep_row(doc, page_height, row[1], row[2])
            continue
        if heading is not None and (table is None or heading.position() < table[0]):
            done.add(heading.position())
            since = heading.position()
            _try_break(doc, page_height, heading)
            continue
        assert table is not None
        done.add(table[0])
        lead = _lead(doc, doc.findBlock(table[1].firstPosition() - 1), page_height)
        since = min(lead.position(), table[0])
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
