"""The thin Qt layer: main window, canvas, panels and dialogs."""
