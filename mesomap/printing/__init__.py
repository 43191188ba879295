"""Session sheets: Qt-free layout in millimetres plus one QPainter map renderer.

Qt-free (no PySide6 import; tests/printing/test_layout.py checks the sources):

- ``layout``   — page elements in mm (Text, Box, Line, CheckBox, Swatch, MapFrame, ScaleBar,
  Mark), ``Flow`` (page breaks, repeated header, tables with repeated headings, "page n of m"),
  ``PAPERS``, ``wrap``; text widths come from a ``Measure`` function.
- ``scale``    — ``choose_scale`` (largest of 1:1, 1:2, 1:2.5, 1:5, 1:10 that fits), ``tiles``
  (1:1 tiles with 1 cm overlap and shared alignment-mark corners).
- ``sheet`` / ``sections`` / ``aftercare`` — ``layout_session_sheet(data, template, SheetOptions)``
  builds the whole sheet from ``mesomap.storage.repository.sheets.SessionSheetData``.
- ``pathdata`` — template artwork path strings as absolute Bézier segments.

Qt (QtGui only, no widgets; usable from a worker thread and from the command line):

- ``renderer`` — ``MapRenderer(doc, template, RenderOptions()).paint(painter, target, window_cm,
  units_per_mm)``: the one map renderer for sheets, exports (``render_map_image``) and trainer
  frames; the canvas can adopt it for its template layer.
- ``paint``    — ``prepare(data, options, library)`` → ``PreparedSheet``; ``write_pdf(path,
  sheets)``; ``print_to(printer, sheets)``. Device units per mm come from the device's DPI,
  never from pixels or the screen.
- ``batch``    — ``export_sessions(db, ids, output, options, per_session=, progress=,
  cancelled=)`` (atomic files, ``PrintError`` sentences, ``BatchCancelled``).

The GUI side (preview, print dialog, PDF export, batch dialog, Ctrl+P) is ``mesomap.gui.printing``;
the command line is ``mesomap print`` (``mesomap.commands.print``).
"""
