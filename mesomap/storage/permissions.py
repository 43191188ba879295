"""Who may do what: roles → permissions, checked in the storage layer.

The GUI hides what a user may not do, but the repositories call :func:`require` before they
read or write, so a forgotten button (or a script) cannot get around the roles::

    actor = require(session, actor_id, Permission.PATIENT_IDENTITY_WRITE)   # PermissionDeniedError

Roles are re-read from the database inside the caller's transaction on every check, so a
deactivated account or a removed role takes effect immediately, on every workstation.

``actor_id=None`` (nobody logged in) is accepted only where no login exists: in a
demonstration database, and in a clinic database where nobody can log in yet (no active account
with a password: the state before the first administrator is created). Anywhere else it is
refused.

Roles (issue 5):

- **practitioner** plans, performs, signs and amends; reads and edits patients.
- **front desk** edits patients' identity and contact, schedules, prints; reads maps; cannot
  change clinical content.
- **trainer** works in the demonstration database; on a clinic database it has no access to
  patients unless the account also holds another role.
- **administrator** manages accounts, settings, products, presets and backups; reads the
  patient list (to find the patient of a request), exports and erases a patient's data on
  request; reads the audit trail. It does not change clinical content.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from mesomap.core.i18n import QT_TRANSLATE_NOOP
from mesomap.storage.errors import StorageError
from mesomap.storage.models import MesomapMeta, Role, UserAccount, UserRole


class Permission(enum.StrEnum):
    """One thing a role may do."""

    PATIENT_READ = "patient_read"
    PATIENT_IDENTITY_WRITE = "patient_identity_write"  # names, birth date, contact
    PATIENT_CLINICAL_WRITE = "patient_clinical_write"  # allergies, contraindications, notes
    PATIENT_DELETE = "patient_delete"
    SESSION_SCHEDULE = "session_schedule"  # plan a date, reschedule, check in, cancel, no-show
    CLINICAL_WRITE = "clinical_write"  # maps, courses, consent, performing, outcomes, events
    SIGN = "sign"
    AMEND = "amend"
    PRINT = "print"
    CATALOG_WRITE = "catalog_write"  # products, lots, presets, clinic limits
    SETTINGS_WRITE = "settings_write"
    ACCOUNTS_MANAGE = "accounts_manage"
    BACKUP = "backup"  # backup and restore
    AUDIT_READ = "audit_read"
    PATIENT_EXPORT = "patient_export"
    PATIENT_ERASE = "patient_erase"


ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.PRACTITIONER: frozenset(
        {
            Permission.PATIENT_READ,
            Permission.PATIENT_IDENTITY_WRITE,
            Permission.PATIENT_CLINICAL_WRITE,
            Permission.SESSION_SCHEDULE,
            Permission.CLINICAL_WRITE,
            Permission.SIGN,
            Permission.AMEND,
            Permission.PRINT,
            Permission.PATIENT_EXPORT,
            Permission.PATIENT_DELETE,  # a patient without records (a duplicate)
        }
    ),
    Role.FRONT_DESK: frozenset(
        {
            Permission.PATIENT_READ,
            Permission.PATIENT_IDENTITY_WRITE,
            Permission.SESSION_SCHEDULE,
            Permission.PRINT,
        }
    ),
    # Demonstration database and exercises only: nothing on a clinic database.
    Role.TRAINER: frozenset(),
    Role.ADMINISTRATOR: frozenset(
        {
            Permission.PATIENT_READ,  # to find the patient of an access or erasure request
            Permission.CATALOG_WRITE,
            Permission.SETTINGS_WRITE,
            Permission.ACCOUNTS_MANAGE,
            Permission.BACKUP,
            Permission.AUDIT_READ,
            Permission.PATIENT_EXPORT,
            Permission.PATIENT_ERASE,
            Permission.PATIENT_DELETE,
        }
    ),
}

# What each permission is called in a refusal ("Your account may not {action}.").
_ACTION_TEXT: dict[Permission, str] = {
    Permission.PATIENT_READ: QT_TRANSLATE_NOOP("permissions", "see patients' records"),
    Permission.PATIENT_IDENTITY_WRITE: QT_TRANSLATE_NOOP(
        "permissions", "add patients or change their identity and contact details"
    ),
    Permission.PATIENT_CLINICAL_WRITE: QT_TRANSLATE_NOOP(
        "permissions", "change a patient's allergies, contraindications or clinical notes"
    ),
    Permission.PATIENT_DELETE: QT_TRANSLATE_NOOP("permissions", "delete patients"),
    Permission.SESSION_SCHEDULE: QT_TRANSLATE_NOOP("permissions", "schedule sessions"),
    Permission.CLINICAL_WRITE: QT_TRANSLATE_NOOP(
        "permissions", "plan, perform or change clinical records"
    ),
    Permission.SIGN: QT_TRANSLATE_NOOP("permissions", "sign sessions"),
    Permission.AMEND: QT_TRANSLATE_NOOP("permissions", "amend signed sessions"),
    Permission.PRINT: QT_TRANSLATE_NOOP("permissions", "print patient documents"),
    Permission.CATALOG_WRITE: QT_TRANSLATE_NOOP(
        "permissions", "change products, lots, presets or clinic limits"
    ),
    Permission.SETTINGS_WRITE: QT_TRANSLATE_NOOP("permissions", "change clinic settings"),
    Permission.ACCOUNTS_MANAGE: QT_TRANSLATE_NOOP("permissions", "manage user accounts"),
    Permission.BACKUP: QT_TRANSLATE_NOOP("permissions", "back up or restore the database"),
    Permission.AUDIT_READ: QT_TRANSLATE_NOOP("permissions", "read the audit trail"),
    Permission.PATIENT_EXPORT: QT_TRANSLATE_NOOP("permissions", "export a patient's data"),
    Permission.PATIENT_ERASE: QT_TRANSLATE_NOOP("permissions", "erase or anonymise patients"),
}


class PermissionDeniedError(StorageError):
    """The acting user's roles do not allow the action; nothing was read or written."""

    default_template = QT_TRANSLATE_NOOP(
        "storage",
        "Your account may not {action}. Nothing was changed. Ask an administrator if your "
        "work needs it.",
    )

    def __init__(self, permission: Permission, message_template: str | None = None) -> None:
        self.permission = permission
        super().__init__(message_template, action=_ACTION_TEXT[permission])


class LoginRequiredError(PermissionDeniedError):
    """Nobody is logged in on a database that has accounts."""

    default_template = QT_TRANSLATE_NOOP(
        "storage", "Log in to {action}. Nothing was changed."
    )


@dataclass(frozen=True)
class Actor:
    """The person acting: an account id with its roles (``user_id`` None: nobody logged in,
    only possible in a demonstration database or before the first account exists)."""

    user_id: int | None
    login: str = ""
    display_name: str = ""
    roles: frozenset[Role] = frozenset()
    unrestricted: bool = False  # demonstration database / no accounts yet

    @property
    def permissions(self) -> frozenset[Permission]:
        if self.unrestricted:
            return frozenset(Permission)
        granted: set[Permission] = set()
        for role in self.roles:
            granted |= ROLE_PERMISSIONS[role]
        return frozenset(granted)

    def can(self, permission: Permission) -> bool:
        """Whether this actor may do ``permission`` (for enabling buttons; storage re-checks)."""
        return permission in self.permissions


class ActorRef:
    """Whoever is logged in now, for objects that live longer than one login (a window's
    repositories): ``ref.current`` changes at login, switch user and lock."""

    def __init__(self, current: Actor | None = None) -> None:
        self.current = current


ActorLike = Actor | ActorRef | int | None


def current_actor(actor: ActorLike) -> Actor | int | None:
    """``actor`` with an ``ActorRef`` replaced by whoever it holds now."""
    return actor.current if isinstance(actor, ActorRef) else actor


def actor_id_of(actor: ActorLike) -> int | None:
    """The account id of an ``Actor``, an ``ActorRef``'s current actor, an id, or None."""
    actor = current_actor(actor)
    return actor.user_id if isinstance(actor, Actor) else actor


def _is_demo(session: Session) -> bool:
    return bool(session.execute(sa.select(MesomapMeta.is_demo).where(MesomapMeta.id == 1)).scalar())


def has_login_accounts(session: Session) -> bool:
    """Whether anyone can log in: an active account with a password exists."""
    return session.execute(
        sa.select(UserAccount.id)
        .where(UserAccount.active.is_(True), UserAccount.password_hash.is_not(None))
        .limit(1)
    ).first() is not None


def resolve_actor(session: Session, actor: ActorLike) -> Actor:
    """The actor with its roles as stored now (inactive accounts hold no role)."""
    user_id = actor_id_of(actor)
    if _is_demo(session):
        return Actor(user_id, unrestricted=True)
    if not has_login_accounts(session):
        # Nobody can log in yet (before the first administrator): roles cannot mean anything.
        return Actor(user_id, unrestricted=True)
    if user_id is None:
        return Actor(None)
    row = session.execute(
        sa.select(UserAccount.login, UserAccount.display_name, UserAccount.active).where(
            UserAccount.id == user_id
        )
    ).first()
    if row is None or not row.active:
        return Actor(user_id, login=row.login if row else "")
    roles = frozenset(
        session.execute(sa.select(UserRole.role).where(UserRole.user_id == user_id)).scalars()
    )
    return Actor(user_id, login=row.login, display_name=row.display_name, roles=roles)


def require(session: Session, actor: ActorLike, permission: Permission) -> Actor:
    """The resolved actor if it may do ``permission``; otherwise ``PermissionDeniedError``
    (``LoginRequiredError`` when nobody is logged in on a database with accounts)."""
    resolved = resolve_actor(session, actor)
    if resolved.can(permission):
        return resolved
    if resolved.user_id is None:
        raise LoginRequiredError(permission)
    raise PermissionDeniedError(permission)
