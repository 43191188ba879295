"""Lot expiry rules: an expired lot is refused, a lot expiring within 30 days is flagged.

A lot is usable up to and including its expiry day. The rule is checked when a map is saved (on
the session's date) and again when the session is marked performed (on the day it was done).
"""

from __future__ import annotations

import datetime as dt
import enum

from mesomap.core.i18n import QT_TRANSLATE_NOOP
from mesomap.core.records.notices import RecordWarning

EXPIRY_WARNING_DAYS = 30


class LotState(enum.StrEnum):
    OK = "ok"
    EXPIRING = "expiring"  # expires within EXPIRY_WARNING_DAYS of the day of use
    EXPIRED = "expired"


def lot_state(expiry_date: dt.date, on: dt.date, warning_days: int = EXPIRY_WARNING_DAYS) -> LotState:
    """State of a lot used on ``on``."""
    if expiry_date < on:
        return LotState.EXPIRED
    if (expiry_date - on).days <= warning_days:
        return LotState.EXPIRING
    return LotState.OK


def lot_warning(
    product_name: str, lot_number: str, expiry_date: dt.date, on: dt.date,
    warning_days: int = EXPIRY_WARNING_DAYS,
) -> RecordWarning | None:
    """``refused`` for an expired lot, ``info`` for one expiring soon, else None."""
    state = lot_state(expiry_date, on, warning_days)
    params = {"product": product_name, "lot": lot_number, "expiry": expiry_date.isoformat(),
              "days": (expiry_date - on).days}
    if state is LotState.EXPIRED:
        return RecordWarning(
            "lot_expired",
            QT_TRANSLATE_NOOP("records", "Lot {lot} of {product} expired on {expiry}. Choose "
                              "another lot: an expired lot cannot be used."),
            params, "refused", lot_number)
    if state is LotState.EXPIRING:
        return RecordWarning(
            "lot_expiring",
            QT_TRANSLATE_NOOP("records", "Lot {lot} of {product} expires on {expiry}, in {days} "
                              "day(s)."),
            params, "info", lot_number)
    return None


def lot_cleared_warning(product_name: str, lot_number: str, expiry_date: dt.date) -> RecordWarning:
    """A repeated session's copied mixture named a lot that has expired since: the lot was taken
    out (the product stays) and the practitioner chooses another one."""
    return RecordWarning(
        "lot_cleared",
        QT_TRANSLATE_NOOP("records", "Lot {lot} of {product} expired on {expiry}, so it was taken "
                          "out of the copied mixture. Choose another lot of {product}."),
        {"product": product_name, "lot": lot_number, "expiry": expiry_date.isoformat()},
        "warning", lot_number)
