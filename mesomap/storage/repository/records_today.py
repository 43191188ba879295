"""Today, for the front desk: the day's sessions per practitioner with their state, and moving a
planned session, cancelling it or marking a no-show (through ``SessionRepository``, which checks
SESSION_SCHEDULE and audits).

::

    today = TodayRecords(db, actor)
    today.day(date, tz=None) -> list[TodayGroup]      # per practitioner (by name), then unassigned
    today.reschedule(session_id, version, new_aware_datetime) -> SessionRecord
    today.cancel(session_id, version, reason="") / today.no_show(session_id, version)
    today.reopen(session_id, version)                 # cancelled / no-show → planned
"""

from __future__ import annotations

import datetime as dt

from mesomap.storage.models import SessionStatus
from mesomap.storage.repository.records_common import RecordsBase
from mesomap.storage.repository.records_types import TodayGroup
from mesomap.storage.repository.sessions import SessionRecord, SessionRepository


class TodayRecords(RecordsBase):
    """The front desk's day view of one database."""

    def _sessions(self) -> SessionRepository:
        return SessionRepository(self.db, self.actor)

    def day(self, day: dt.date, tz: dt.tzinfo | None = None,
            practitioner_id: int | None = None) -> list[TodayGroup]:
        """Sessions scheduled on ``day`` (local to ``tz``), grouped per practitioner (sorted by
        name; sessions without one last), each group by time. Every state is included."""
        rows = self._sessions().list_for_day(day, tz=tz, practitioner_id=practitioner_id)
        groups: dict[int | None, list[SessionRecord]] = {}
        names: dict[int | None, str | None] = {}
        for r in rows:
            groups.setdefault(r.practitioner_id, []).append(r)
            names[r.practitioner_id] = r.practitioner_name
        order = sorted(groups, key=lambda k: (k is None, (names[k] or "").lower(), k or 0))
        return [TodayGroup(k, names[k], tuple(groups[k])) for k in order]

    def reschedule(self, session_id: int, expected_version: int,
                   scheduled_at: dt.datetime) -> SessionRecord:
        return self._sessions().reschedule(session_id, expected_version, scheduled_at)

    def cancel(self, session_id: int, expected_version: int, reason: str = "") -> SessionRecord:
        return self._sessions().set_status(session_id, expected_version, SessionStatus.CANCELLED,
                                           reason=reason)

    def no_show(self, session_id: int, expected_version: int) -> SessionRecord:
        return self._sessions().set_status(session_id, expected_version, SessionStatus.NO_SHOW)

    def reopen(self, session_id: int, expected_version: int) -> SessionRecord:
        return self._sessions().set_status(session_id, expected_version, SessionStatus.PLANNED)
