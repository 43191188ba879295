"""The clinic scope of the settings registry, stored in the ``clinic_setting`` table.

``ClinicSettingsRepository(db, actor_id)`` is a ``mesomap.core.settings.SettingsBackend``:
``read(key) -> str | None`` and ``write(key, text)`` with locale-free text; typing, defaults and
validation stay in the registry. A write commits at once (a setting is one value: the last
writer wins, and ``version``/``updated_by`` record who changed it).
"""

from __future__ import annotations

from decimal import Decimal

import sqlalchemy as sa

from mesomap.core import settings as registry
from mesomap.storage import audit
from mesomap.storage.engine import Database
from mesomap.storage.models import ClinicSetting, SettingType
from mesomap.storage.permissions import ActorLike, Permission, actor_id_of, require

_TYPES: dict[type, SettingType] = {
    bool: SettingType.BOOL,
    int: SettingType.INT,
    float: SettingType.FLOAT,
    Decimal: SettingType.DECIMAL,
    str: SettingType.STR,
}


def _type_of(key: str) -> SettingType:
    try:
        declared = registry.get_setting(key)
    except KeyError:
        return SettingType.STR
    return _TYPES.get(declared.type, SettingType.STR)


class ClinicSettingsRepository:
    """Clinic-wide settings of one database."""

    def __init__(self, db: Database, actor_id: ActorLike = None) -> None:
        self.db = db
        self.actor = actor_id

    @property
    def actor_id(self) -> int | None:
        """The acting account's id now (an ``ActorRef`` follows logins and user switches)."""
        return actor_id_of(self.actor)

    def read(self, key: str) -> str | None:
        with self.db.session(read_only=True) as session:
            return session.execute(
                sa.select(ClinicSetting.value).where(ClinicSetting.key == key)
            ).scalar()

    def read_all(self) -> dict[str, str]:
        with self.db.session(read_only=True) as session:
            return {k: v for k, v in session.execute(sa.select(ClinicSetting.key, ClinicSetting.value))}

    def write(self, key: str, text: str) -> None:
        for attempt in range(2):
            try:
                with self.db.session() as session:
                    # Clinic settings are the administrators' (SETTINGS_WRITE); audited.
                    require(session, self.actor, Permission.SETTINGS_WRITE)
                    row = session.get(ClinicSetting, key)
                    old = row.value if row is not None else None
                    if old != text:
                        audit.record(session, self.actor, audit.Action.CHANGE,
                                     table="clinic_setting", record_id=key,
                                     details={"changes": {key: [old, text]}})
                    if row is None:
                        session.add(
                            ClinicSetting(
                                key=key,
                                value_type=_type_of(key),
                                value=text,
                                created_by=self.actor_id,
                                updated_by=self.actor_id,
                            )
                        )
                    elif row.value != text:
                        row.value = text
                        row.value_type = _type_of(key)
                        row.updated_by = self.actor_id
                return
            except sa.exc.IntegrityError:
                if attempt:  # another workstation inserted the same key at the same moment
                    raise
