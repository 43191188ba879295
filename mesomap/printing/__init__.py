"""Session sheets: Qt-free layout in millimetres plus one QPainter map renderer."""
