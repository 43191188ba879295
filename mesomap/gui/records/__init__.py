"""Clinical records in the main window (issue 7): patient record with the course plot, Today,
course and consent dialogs, session editor (template, canvas, regions, mixture, live totals and
warnings, repeat with overlay), perform / adverse event / sign / amend dialogs, the protocol
library, products and lots with lot recall, and the template gallery.

One call wires it into a main window::

    from mesomap.gui.records import install_records
    controller = install_records(window)   # actions + pages "records_patient", "records_today",
                                           # "records_session" (made on first use)

Everything acts through ``window.actor_ref`` (whoever is logged in); the storage layer checks
every permission again.
"""

from mesomap.gui.records.controller import RecordsController, install_records

__all__ = ["RecordsController", "install_records"]
