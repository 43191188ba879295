"""The patient's aftercare page (Qt-free layout): what was done, what to avoid for 24–48 hours,
when to call the clinic, and the next appointment.

The advice is the clinic's own text (setting ``printing/aftercare_text``) when it has one, else
the standard text below, marked for translation so it prints in the patient's language. mesomap
states no dose here; it repeats what the session recorded.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from mesomap.core.document import map_totals
from mesomap.core.i18n import QT_TRANSLATE_NOOP
from mesomap.printing.layout import Flow

if TYPE_CHECKING:
    from mesomap.printing.sheet import SheetBuilder

DEFAULT_AVOID = (
    QT_TRANSLATE_NOOP("Aftercare", "Do not wash, rub or massage the treated area for 4 hours."),
    QT_TRANSLATE_NOOP("Aftercare", "No make-up or creams on the treated area for 12 hours."),
    QT_TRANSLATE_NOOP("Aftercare", "No sauna, steam room, swimming pool or hot bath for 48 hours."),
    QT_TRANSLATE_NOOP("Aftercare", "No intense sport for 24 hours."),
    QT_TRANSLATE_NOOP("Aftercare", "Avoid sun and tanning beds on the treated area for 48 hours."),
)
DEFAULT_EXPECT = QT_TRANSLATE_NOOP(
    "Aftercare",
    "Small bumps, slight redness or small bruises where the needle went in are common and "
    "usually fade within one to three days.",
)
DEFAULT_CALL = (
    QT_TRANSLATE_NOOP("Aftercare", "the area becomes hot, very red, swollen or more painful after "
                      "the first day;"),
    QT_TRANSLATE_NOOP("Aftercare", "you have a fever, pus or a wound that does not heal;"),
    QT_TRANSLATE_NOOP("Aftercare", "you notice a rash, itching or any reaction you are worried about."),
)
DEFAULT_EMERGENCY = QT_TRANSLATE_NOOP(
    "Aftercare",
    "If you have difficulty breathing, swelling of the face or throat, or feel faint, call the "
    "emergency services at once.",
)


def aftercare_pages(builder: SheetBuilder) -> None:
    """Append the aftercare page(s) to ``builder.layout`` (own "page n of m")."""
    d = builder.data

    def t(text: str) -> str:
        return builder.translate("Aftercare", text)

    flow = Flow(builder.layout, builder.margin, builder.measure, builder.header,
                builder.page_label, builder.footer())
    flow.text(t(QT_TRANSLATE_NOOP("Aftercare", "Aftercare after your treatment")), 15, True)
    flow.space(2.0)
    flow.heading(t(QT_TRANSLATE_NOOP("Aftercare", "What was done today")))
    done = [t(QT_TRANSLATE_NOOP("Aftercare", "Date: %1")).replace("%1", builder.when(
        d.performed_at or d.scheduled_at))]
    if d.map is not None and d.map.regions:
        totals = map_totals(d.map)
        names = ", ".join(r.name for r in d.map.regions if r.name)
        if names:
            done.append(t(QT_TRANSLATE_NOOP("Aftercare", "Areas treated: %1")).replace("%1", names))
        done.append(t(QT_TRANSLATE_NOOP("Aftercare", "Number of small injections: %1")).replace(
            "%1", builder.fmt.format_integer(totals.injections)))
        products = ", ".join(p.product_name for p in totals.products)
        if products:
            done.append(t(QT_TRANSLATE_NOOP("Aftercare", "Products: %1")).replace("%1", products))
    if d.practitioner_name:
        done.append(t(QT_TRANSLATE_NOOP("Aftercare", "Practitioner: %1")).replace(
            "%1", d.practitioner_name))
    for line in done:
        flow.text(line, 10)

    if d.aftercare_text.strip():
        flow.heading(t(QT_TRANSLATE_NOOP("Aftercare", "Advice from your clinic")))
        flow.text(d.aftercare_text.strip(), 10)
    else:
        flow.heading(t(QT_TRANSLATE_NOOP("Aftercare", "For the next 24 to 48 hours")))
        for line in DEFAULT_AVOID:
            flow.text("•  " + t(line), 10, indent=2.0)
        flow.space(1.5)
        flow.text(t(DEFAULT_EXPECT), 10)
        flow.heading(t(QT_TRANSLATE_NOOP("Aftercare", "Call the clinic if")))
        for line in DEFAULT_CALL:
            flow.text("•  " + t(line), 10, indent=2.0)
        flow.space(1.5)
        flow.text(t(DEFAULT_EMERGENCY), 10, True)

    flow.heading(t(QT_TRANSLATE_NOOP("Aftercare", "Your next appointment")))
    if d.next_appointment is not None:
        flow.text(builder.when(d.next_appointment), 11, True)
    else:
        flow.text(t(QT_TRANSLATE_NOOP("Aftercare", "Not booked yet: please call the clinic.")), 10)
    if d.clinic_name or d.clinic_address:
        flow.heading(t(QT_TRANSLATE_NOOP("Aftercare", "Clinic")))
        for line in [d.clinic_name, *d.clinic_address.splitlines()]:
            if line.strip():
                flow.text(line.strip(), 10)
    flow.finish()
