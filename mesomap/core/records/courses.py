"""Treatment courses: the shipped indication list, default counts and intervals, the next due
date, and warnings when a session comes earlier than the course's minimum interval or beyond its
planned number of sessions (warnings only: the practitioner decides).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from mesomap.core.i18n import QT_TRANSLATE_NOOP
from mesomap.core.records.notices import RecordWarning

#: Shipped indications (code, English label); the clinic may add its own.
DEFAULT_INDICATIONS: tuple[tuple[str, str], ...] = (
    ("musculoskeletal_pain", QT_TRANSLATE_NOOP("records", "Musculoskeletal pain")),
    ("venous_insufficiency", QT_TRANSLATE_NOOP("records", "Venous insufficiency / lymphoedema")),
    ("cellulite", QT_TRANSLATE_NOOP("records", "Cellulite")),
    ("skin_rejuvenation", QT_TRANSLATE_NOOP("records", "Skin rejuvenation")),
    ("alopecia", QT_TRANSLATE_NOOP("records", "Alopecia")),
    ("localised_fat", QT_TRANSLATE_NOOP("records", "Localised fat")),
    ("scars", QT_TRANSLATE_NOOP("records", "Scars")),
    ("other", QT_TRANSLATE_NOOP("records", "Other")),
)

DEFAULT_PLANNED_SESSIONS = 6
PLANNED_SESSIONS_RANGE = (4, 10)  # the usual course (DOMAIN.md); other counts are allowed
DEFAULT_INTERVAL_DAYS = (7, 14)


@dataclass(frozen=True)
class DueWindow:
    """When the next session of a course is due: from ``earliest`` to ``latest`` (inclusive)."""

    earliest: dt.date
    latest: dt.date


def next_due(last_session_day: dt.date | None, interval_min: int, interval_max: int,
             started_on: dt.date | None = None) -> DueWindow | None:
    """The window for the next session after ``last_session_day`` (None before the first
    session: the course's start day if known)."""
    if last_session_day is None:
        if started_on is None:
            return None
        return DueWindow(started_on, started_on)
    return DueWindow(last_session_day + dt.timedelta(days=interval_min),
                     last_session_day + dt.timedelta(days=interval_max))


def interval_warnings(
    planned_day: dt.date, other_days: Iterable[dt.date], interval_min: int, interval_max: int,
    product_min_days: Iterable[tuple[str, int]] = (),
) -> list[RecordWarning]:
    """Warnings for a session on ``planned_day`` given the course's other session days:
    closer than ``interval_min`` days to another session (warning), or more than
    ``interval_max`` days after the previous one (info); and closer than a product's
    ``min_days_between_sessions`` ((product name, days) pairs)."""
    days = sorted(set(other_days))
    warnings: list[RecordWarning] = []
    if not days:
        return warnings
    nearest = min(days, key=lambda d: (abs((planned_day - d).days), d))
    gap = abs((planned_day - nearest).days)
    if gap < interval_min:
        warnings.append(RecordWarning(
            "interval_too_short",
            QT_TRANSLATE_NOOP("records", "This session is {gap} day(s) from the session of "
                              "{other}; the course plans at least {minimum} days between "
                              "sessions."),
            {"gap": gap, "other": nearest.isoformat(), "minimum": interval_min}, "warning"))
    before = [d for d in days if d < planned_day]
    if before and not [d for d in days if d >= planned_day]:
        after_gap = (planned_day - before[-1]).days
        if after_gap > interval_max:
            warnings.append(RecordWarning(
                "interval_too_long",
                QT_TRANSLATE_NOOP("records", "This session is {gap} days after the previous one; "
                                  "the course plans at most {maximum} days between sessions."),
                {"gap": after_gap, "maximum": interval_max}, "info"))
    for product, min_days in product_min_days:
        if gap < min_days:
            warnings.append(RecordWarning(
                "product_min_days",
                QT_TRANSLATE_NOOP("records", "{product}: this session is {gap} day(s) from the "
                                  "previous use; its limit is at least {minimum} days between "
                                  "sessions."),
                {"product": product, "gap": gap, "minimum": min_days}, "warning", product))
    return warnings


def course_count_warnings(session_count: int, planned_sessions: int) -> list[RecordWarning]:
    """A warning when the course would have more sessions than planned (``session_count``
    counts this one; cancelled and no-show sessions are not counted by the caller)."""
    if session_count > planned_sessions:
        return [RecordWarning(
            "course_count_exceeded",
            QT_TRANSLATE_NOOP("records", "This is session {count} of a course planned for "
                              "{planned} sessions."),
            {"count": session_count, "planned": planned_sessions}, "warning")]
    return []
