"""Qt-free page layout in millimetres: what goes where on each printed page.

A sheet is laid out once as :class:`SheetLayout` — pages of plain elements (text lines, boxes,
lines, check boxes, map frames, scale bars, alignment marks) positioned in millimetres from the
paper's top-left corner — and then painted by :mod:`mesomap.printing.paint` onto any device.
Nothing here knows pixels, so printer margins, device resolution and screen scaling cannot
change a length on paper.

Text widths come from a ``Measure`` function (``text, size_pt, bold -> width in mm``); the Qt
side passes real font metrics, tests may use :func:`approx_measure`. :class:`Flow` places
blocks down the page and starts a new page (with the header repeated) when one does not fit;
:meth:`Flow.table` repeats the table's column headings after a break. "Page n of m" footers are
added when the number of pages is known (:meth:`Flow.finish`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

PT_MM = 25.4 / 72.0
"""One typographic point in millimetres."""

PAPERS: dict[str, tuple[float, float]] = {"A4": (210.0, 297.0), "Letter": (215.9, 279.4)}
"""Portrait paper sizes in mm."""

LINE_SPACING = 1.25
"""Line height as a multiple of the font size."""

Measure = Callable[[str, float, bool], float]


def approx_measure(text: str, size_pt: float, bold: bool = False) -> float:
    """A font-free width estimate (mm): about half an em per character (a little more bold)."""
    return len(text) * size_pt * PT_MM * (0.56 if bold else 0.52)


def line_height(size_pt: float) -> float:
    return size_pt * PT_MM * LINE_SPACING


def paper_size_mm(paper: str, orientation: str = "portrait") -> tuple[float, float]:
    """Width and height in mm; ``KeyError`` for an unknown paper, ``ValueError`` orientation."""
    w, h = PAPERS[paper]
    if orientation == "portrait":
        return w, h
    if orientation == "landscape":
        return h, w
    raise ValueError(orientation)


# --- elements ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Text:
    """One line of text in a box (top-left ``x, y``; ``w`` for alignment; ``h`` the line)."""

    x: float
    y: float
    w: float
    h: float
    text: str
    size_pt: float = 9.0
    bold: bool = False
    align: str = "left"  # "left" | "right" | "center"
    color: str = "#000000"


@dataclass(frozen=True)
class Box:
    x: float
    y: float
    w: float
    h: float
    stroke: str | None = "#000000"
    fill: str | None = None
    width_mm: float = 0.2


@dataclass(frozen=True)
class Line:
    x1: float
    y1: float
    x2: float
    y2: float
    width_mm: float = 0.2
    color: str = "#000000"
    dash: bool = False


@dataclass(frozen=True)
class CheckBox:
    """A tick box; ``checked`` True draws a cross, False/None an empty box."""

    x: float
    y: float
    size: float
    checked: bool = False


@dataclass(frozen=True)
class Swatch:
    """A legend sample: ``kind`` is "region", "line", "avoid", "caution" or "papule"."""

    x: float
    y: float
    w: float
    h: float
    color: str
    kind: str = "region"


@dataclass(frozen=True)
class MapFrame:
    """Where the map goes: the paper rect (mm) showing map window ``window`` (cm: x0, y0, x1,
    y1, y up) at 1:``denominator`` (one map cm is ``10 / denominator`` mm on paper)."""

    x: float
    y: float
    w: float
    h: float
    window: tuple[float, float, float, float]
    denominator: float
    numbers: bool = True

    @property
    def mm_per_cm(self) -> float:
        return 10.0 / self.denominator

    def to_paper(self, x_cm: float, y_cm: float) -> tuple[float, float]:
        """Paper mm of a map point (y down on paper)."""
        x0, _, _, y1 = self.window
        return (self.x + (x_cm - x0) * self.mm_per_cm, self.y + (y1 - y_cm) * self.mm_per_cm)


@dataclass(frozen=True)
class ScaleBar:
    """A bar ``length_cm`` of map long at 1:``denominator``, left end at ``x``, top at ``y``."""

    x: float
    y: float
    length_cm: float
    denominator: float
    label: str
    height: float = 1.2

    @property
    def length_mm(self) -> float:
        return self.length_cm * 10.0 / self.denominator


@dataclass(frozen=True)
class Mark:
    """An alignment cross (tiles): centre ``x, y``, arm ``size`` mm, with a small label."""

    x: float
    y: float
    size: float = 4.0
    label: str = ""


Element = Text | Box | Line | CheckBox | Swatch | MapFrame | ScaleBar | Mark


@dataclass
class Page:
    elements: list[Element] = field(default_factory=list)

    def texts(self) -> list[str]:
        return [e.text for e in self.elements if isinstance(e, Text)]


@dataclass
class SheetLayout:
    """Pages of one or more sheets on one paper size."""

    paper: str
    orientation: str
    width_mm: float
    height_mm: float
    pages: list[Page] = field(default_factory=list)
    denominator: float | None = None
    tiles: int = 0
    notes: list[str] = field(default_factory=list)

    def extend(self, other: SheetLayout) -> None:
        self.pages.extend(other.pages)


# --- text wrapping ------------------------------------------------------------------------------
def wrap(text: str, width_mm: float, size_pt: float, bold: bool, measure: Measure) -> list[str]:
    """Break ``text`` into lines no wider than ``width_mm`` (words longer than a line are cut)."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        words = paragraph.split()
        if not words:
            lines.append("")
            continue
        current = ""
        for word in words:
            candidate = f"{current} {word}" if current else word
            if measure(candidate, size_pt, bold) <= width_mm:
                current = candidate
                continue
            if current:
                lines.append(current)
            while measure(word, size_pt, bold) > width_mm and len(word) > 1:
                cut = len(word) - 1
                while cut > 1 and measure(word[:cut], size_pt, bold) > width_mm:
                    cut -= 1
                lines.append(word[:cut])
                word = word[cut:]
            current = word
        lines.append(current)
    return lines


@dataclass(frozen=True)
class Column:
    heading: str
    width: float
    align: str = "left"


Cell = str | bool | None  # text, or a check box (True crossed / False empty / None no box)


# --- flowing blocks down pages ---------------------------------------------------------------------
class Flow:
    """Places blocks from the top of the content area down, breaking pages as needed.

    ``header(page, top)`` draws the repeated header on every page and returns where content
    starts; ``footer_text`` goes bottom-left of every page, ``page_label(n, m)`` bottom-right.
    """

    def __init__(
        self,
        layout: SheetLayout,
        margin_mm: float,
        measure: Measure,
        header: Callable[[Page, float], float],
        page_label: Callable[[int, int], str],
        footer_text: str = "",
    ) -> None:
        self.layout = layout
        self.margin = margin_mm
        self.measure = measure
        self.header = header
        self.page_label = page_label
        self.footer_text = footer_text
        self.left = margin_mm
        self.width = layout.width_mm - 2 * margin_mm
        self.footer_h = line_height(7.5) + 1.5
        self.bottom = layout.height_mm - margin_mm - self.footer_h
        self.first_page = len(layout.pages)
        self.page: Page = Page()
        self.y = 0.0
        self.new_page()

    def new_page(self) -> Page:
        self.page = Page()
        self.layout.pages.append(self.page)
        self.y = self.header(self.page, self.margin)
        return self.page

    @property
    def remaining(self) -> float:
        return self.bottom - self.y

    def ensure(self, height: float) -> None:
        """Start a new page unless ``height`` mm fit below the cursor (on a fresh page it fits)."""
        if height > self.remaining and self.page.elements and self.y > self._content_top():
            self.new_page()

    def _content_top(self) -> float:
        probe = Page()
        return self.header(probe, self.margin)

    def add(self, element: Element) -> None:
        self.page.elements.append(element)

    def space(self, mm: float) -> None:
        self.y = min(self.y + mm, self.bottom)

    def text(self, text: str, size_pt: float = 9.0, bold: bool = False, color: str = "#000000",
             indent: float = 0.0, keep: float = 0.0) -> None:
        """A wrapped paragraph; ``keep`` mm more must fit after its first line (headings)."""
        lh = line_height(size_pt)
        lines = wrap(text, self.width - indent, size_pt, bold, self.measure)
        self.ensure(lh + keep)
        for line in lines:
            self.ensure(lh)
            self.add(Text(self.left + indent, self.y, self.width - indent, lh, line, size_pt, bold,
                          color=color))
            self.y += lh

    def heading(self, text: str, size_pt: float = 10.5, keep: float | None = None) -> None:
        """A section heading, kept on the page with ``keep`` mm of what follows."""
        self.space(2.0)
        self.text(text, size_pt, bold=True,
                  keep=line_height(9.0) * 2 + 2 if keep is None else keep)
        self.add(Line(self.left, self.y, self.left + self.width, self.y, 0.15, "#808080"))
        self.space(1.0)

    def pairs(self, items: Sequence[tuple[str, str]], columns: int = 2, size_pt: float = 9.0,
              label_width: float = 30.0) -> None:
        """Label: value pairs in ``columns`` columns."""
        lh = line_height(size_pt)
        col_w = self.width / columns
        rows = [items[i:i + columns] for i in range(0, len(items), columns)]
        for row in rows:
            wrapped = [wrap(v, col_w - label_width - 2, size_pt, False, self.measure) for _, v in row]
            h = max(len(w) for w in wrapped) * lh
            self.ensure(h)
            for c, ((label, _), lines) in enumerate(zip(row, wrapped, strict=True)):
                x = self.left + c * col_w
                self.add(Text(x, self.y, label_width, lh, label, size_pt, True, color="#404040"))
                for i, line in enumerate(lines):
                    self.add(Text(x + label_width, self.y + i * lh, col_w - label_width - 2, lh,
                                  line, size_pt))
            self.y += h

    def table(self, columns: Sequence[Column], rows: Sequence[Sequence[Cell]],
              size_pt: float = 8.0, shade: Sequence[bool] | None = None,
              bold_rows: Sequence[bool] | None = None) -> None:
        """A ruled table; the heading row is repeated on every page the table continues on."""
        lh = line_height(size_pt)
        pad = 0.8
        total_w = sum(c.width for c in columns)
        scale = self.width / total_w  # columns stretch or shrink to the content width
        widths = [c.width * scale for c in columns]

        def heading_row() -> None:
            heads = [wrap(c.heading, w - 2 * pad, size_pt, True, self.measure)
                     for c, w in zip(columns, widths, strict=True)]
            h = max(len(x) for x in heads) * lh + 2 * pad
            self.add(Box(self.left, self.y, sum(widths), h, "#606060", "#e8e8e8", 0.15))
            x = self.left
            for c, w, lines in zip(columns, widths, heads, strict=True):
                for i, line in enumerate(lines):
                    self.add(Text(x + pad, self.y + pad + i * lh, w - 2 * pad, lh, line, size_pt,
                                  True, c.align))
                x += w
            self.y += h

        def cells_of(r: int) -> tuple[list[list[str]], float]:
            bold = bool(bold_rows[r]) if bold_rows else False
            cells = [wrap(v, w - 2 * pad, size_pt, bold, self.measure) if isinstance(v, str) else []
                     for v, w in zip(rows[r], widths, strict=True)]
            return cells, max([len(c) for c in cells] + [1]) * lh + 2 * pad

        # The heading row never ends a page alone: it goes with the first row.
        heads_h = max(len(wrap(c.heading, w - 2 * pad, size_pt, True, self.measure))
                      for c, w in zip(columns, widths, strict=True)) * lh + 2 * pad
        self.ensure(heads_h + (cells_of(0)[1] if rows else 0.0))
        heading_row()
        for r, row in enumerate(rows):
            bold = bool(bold_rows[r]) if bold_rows else False
            cells, h = cells_of(r)
            if h > self.remaining:
                self.new_page()
                heading_row()
            fill = "#f4f4f4" if shade and shade[r] else None
            self.add(Box(self.left, self.y, sum(widths), h, "#a0a0a0", fill, 0.1))
            x = self.left
            for c, w, v, lines in zip(columns, widths, row, cells, strict=True):
                if isinstance(v, bool):
                    size = min(3.2, lh)
                    cx = x + (w - size) / 2 if c.align == "center" else x + pad
                    self.add(CheckBox(cx, self.y + pad + (lh - size) / 2, size, v))
                for i, line in enumerate(lines):
                    self.add(Text(x + pad, self.y + pad + i * lh, w - 2 * pad, lh, line, size_pt,
                                  bold, c.align))
                x += w
            self.y += h

    def finish(self) -> None:
        """Add the footers ("Page n of m" counts this flow's pages)."""
        pages = self.layout.pages[self.first_page:]
        lh = line_height(7.5)
        y = self.layout.height_mm - self.margin - lh
        for n, page in enumerate(pages, start=1):
            page.elements.append(Line(self.left, y - 1.0, self.left + self.width, y - 1.0, 0.1,
                                      "#a0a0a0"))
            if self.footer_text:
                page.elements.append(Text(self.left, y, self.width * 0.85, lh, self.footer_text,
                                          7.5, color="#505050"))
            page.elements.append(Text(self.left, y, self.width, lh,
                                      self.page_label(n, len(pages)), 7.5, align="right"))
