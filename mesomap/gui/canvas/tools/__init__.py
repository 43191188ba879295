"""Editing tools of the map canvas: small state machines over pointer events.

Each tool receives ``PointerEvent`` values (positions in cm) from the view, keeps its own
state (idle, drawing, dragging...), shows transient feedback through its host's preview item and,
when a gesture is complete, asks the host to turn it into a document command. Tools never
touch the document themselves.
"""
