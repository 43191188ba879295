"""The map canvas: a pyqtgraph view in centimetres of one ``MapDocument``.

Entry points: ``canvas.MapCanvas`` (the widget), ``undo.MapUndoStack`` / ``make_undo_view`` /
``make_undo_actions`` (one undo stack per open map), ``actions.make_tool_actions`` (the tools
for the actions table), ``export.export_png`` / ``export_svg``.
"""
