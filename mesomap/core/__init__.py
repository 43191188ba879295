"""Qt-free domain core: units, geometry, templates, layout, protocols, the map document.

Nothing under this package may import Qt (tests/test_layering.py enforces it).
"""
