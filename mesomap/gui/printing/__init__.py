"""Printing in the GUI: print preview, print dialog, PDF export and batch printing of session
sheets (the layout and painting live in :mod:`mesomap.printing`)."""
