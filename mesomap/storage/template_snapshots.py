"""Stored copies of the anatomical templates that session maps were saved on, and finding the
exact template a stored session must be drawn on.

A map refers to its template by id, version and content hash (``TemplateRef``). Installed
template files may later change or disappear; a signed session must still print on the outline
it was planned and signed on. So ``save_map`` (``mesomap.storage.maps``) calls
:func:`ensure_snapshot` in its transaction: the first map saved on a template content inserts
``Template.snapshot()`` into ``template_snapshots`` (one row per content hash, shared by every
session; never updated or deleted: revision 0006's triggers).

Drawing or printing a stored session::

    snapshot = read_snapshot(session, doc.template.content_hash)   # dict | None
    template = resolve_stored_template(library, doc.template, snapshot)

:func:`resolve_stored_template` gives the installed copy when its content hash matches, else the
stored snapshot (``TemplateLibrary.resolve``). A map saved before revision 0006 has no snapshot:
it is drawn on the installed file of the same id and version, as before. When neither exists
(or the stored copy was altered) it raises :class:`TemplateUnavailableError`, whose message says
what happened and what to do; nothing is written.

Where the template of a saved map comes from: ``save_map``'s ``template`` argument, else the
installed template files (shipped folder and the user's templates folder) found by content
hash: only the files declaring the map's template id and version are built (the id and version
of each file are read once per process, again when its size or time changes).
"""

from __future__ import annotations

import contextlib
import json
import logging
import threading
from collections.abc import Mapping
from pathlib import Path
from typing import Any, cast

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from mesomap.core.document import TemplateRef
from mesomap.core.i18n import QT_TRANSLATE_NOOP
from mesomap.core.templates import (
    PatientFit,
    Template,
    TemplateError,
    TemplateLibrary,
    TemplateNotFound,
)
from mesomap.core.templates.loader import load_template_safely, template_files
from mesomap.storage.errors import StorageError
from mesomap.storage.models import SessionMap, TemplateSnapshot, utcnow

log = logging.getLogger(__name__)

_table = cast(sa.Table, TemplateSnapshot.__table__)


class TemplateUnavailableError(StorageError):
    """The template a stored session was made on is neither installed nor stored with it."""

    default_template = QT_TRANSLATE_NOOP(
        "storage",
        "This session was planned on the anatomical template \u201c{template}\u201d version "
        "{version}, which is no longer installed on this computer, and the database holds no "
        "copy of it, so its map cannot be shown or printed on the right outline. Install that "
        "template version again (copy its file into the templates folder, or reinstall the "
        "mesomap version it came with), then try again. Nothing was changed.",
    )


DAMAGED = QT_TRANSLATE_NOOP(
    "storage",
    "The copy of the anatomical template \u201c{template}\u201d version {version} stored with "
    "this session does not match the session's record (it was altered), and the installed "
    "template differs too, so its map cannot be shown or printed on the right outline. Restore "
    "the database from a backup, or install that exact template version again. Nothing was "
    "changed.",
)


# --- writing ----------------------------------------------------------------------------------
def snapshot_text(template: Template) -> str:
    """``Template.snapshot()`` as the JSON text stored in ``template_snapshots``."""
    return json.dumps(template.snapshot(), ensure_ascii=False, sort_keys=True,
                      separators=(",", ":"), allow_nan=False)


Executor = Session | sa.Connection


def _dialect(executor: Executor) -> str:
    if isinstance(executor, sa.Connection):
        return executor.dialect.name
    return executor.get_bind().dialect.name


def has_snapshot(session: Executor, content_hash: str) -> bool:
    found = session.execute(
        sa.select(_table.c.content_hash).where(_table.c.content_hash == content_hash)
    ).first()
    return found is not None


def store_snapshot(session: Executor, template: Template) -> bool:
    """Insert ``template``'s snapshot unless its content hash is already stored (also when a
    concurrent transaction stores it first). Returns whether a row was inserted."""
    if has_snapshot(session, template.content_hash):
        return False
    values = {
        "content_hash": template.content_hash,
        "template_id": template.id,
        "template_version": template.version,
        "snapshot_json": snapshot_text(template),
        "created_at": utcnow(),
    }
    dialect = _dialect(session)
    stmt: Any
    if dialect == "postgresql":
        stmt = postgresql.insert(_table).values(**values).on_conflict_do_nothing(
            index_elements=["content_hash"])
    elif dialect == "sqlite":
        stmt = sqlite.insert(_table).values(**values).on_conflict_do_nothing(
            index_elements=["content_hash"])
    else:  # pragma: no cover - mesomap supports SQLite and PostgreSQL only
        stmt = sa.insert(_table).values(**values)
    result = session.execute(stmt)
    return bool(result.rowcount)  # type: ignore[attr-defined]


def ensure_snapshot(session: Session, ref: TemplateRef, template: Template | None = None) -> bool:
    """Make sure the content ``ref`` names is stored. ``template`` (when it is that content)
    saves a look at the installed files. When the content is not installed either (a repeat of
    a session whose template changed since), nothing is stored and the map keeps referring to
    the hash. Returns whether a row was inserted."""
    if has_snapshot(session, ref.content_hash):
        return False
    if template is None or template.content_hash != ref.content_hash:
        template = installed_template(ref)
    if template is None or template.id != ref.template_id \
            or template.version != ref.template_version:
        log.info("no installed template has the content of %s v%s (%s): no snapshot stored",
                 ref.template_id, ref.template_version, ref.content_hash[:12])
        return False
    return store_snapshot(session, template)


def store_missing(executor: Executor) -> int:
    """Store the snapshot of every template content that maps name, is installed and is not
    stored yet (maps inserted in bulk: the demonstration seeding). Returns the rows inserted."""
    stored = sa.select(_table.c.content_hash)
    refs = executor.execute(
        sa.select(SessionMap.template_id, SessionMap.template_version,
                  SessionMap.template_content_hash)
        .where(SessionMap.template_content_hash.not_in(stored)).distinct()
    ).all()
    inserted = 0
    for template_id, version, content_hash in refs:
        template = installed_template(
            TemplateRef(template_id, version, content_hash, PatientFit.identity()))
        if template is not None and template.id == template_id and template.version == version:
            inserted += store_snapshot(executor, template)
    return inserted


# --- the installed files, by content hash -----------------------------------------------------
_lock = threading.Lock()
_headers: dict[Path, tuple[tuple[int, int], tuple[str, int] | None]] = {}


def _folders() -> list[Path]:
    from mesomap import paths

    folders: list[Path] = []
    with contextlib.suppress(FileNotFoundError):
        folders.append(paths.body_templates_dir())
    folders.append(paths.user_templates_dir())
    return folders


def _header(path: Path) -> tuple[str, int] | None:
    """``(id, version)`` a template file declares (cached while its size and time stay)."""
    try:
        stat = path.stat()
    except OSError:
        return None
    key = (stat.st_mtime_ns, stat.st_size)
    cached = _headers.get(path)
    if cached is None or cached[0] != key:
        found: tuple[str, int] | None = None
        try:
            data = json.loads(path.read_bytes())
            if isinstance(data, dict) and isinstance(data.get("id"), str) \
                    and isinstance(data.get("version"), int):
                found = (data["id"], data["version"])
        except (OSError, ValueError, RecursionError):
            found = None
        cached = _headers[path] = (key, found)
    return cached[1]


def installed_template(ref: TemplateRef) -> Template | None:
    """The installed template file (shipped or the user's) that is exactly the content ``ref``
    names, if any. Only files declaring ``ref``'s id and version are built."""
    with _lock:
        for folder in _folders():
            for path in template_files(folder):
                if _header(path) != (ref.template_id, ref.template_version):
                    continue
                try:
                    template = load_template_safely(path)  # cached by the loader
                except TemplateError:
                    continue
                if template.content_hash == ref.content_hash:
                    return template
    return None


# --- reading ----------------------------------------------------------------------------------
def read_snapshot(session: Session, content_hash: str) -> dict[str, Any] | None:
    """The stored snapshot of this template content, or None (maps saved before revision 0006,
    or whose template was not installed when they were saved)."""
    text = session.execute(
        sa.select(_table.c.snapshot_json).where(_table.c.content_hash == content_hash)
    ).scalar()
    if text is None:
        return None
    try:
        data = json.loads(text)
    except ValueError:
        log.error("template snapshot %s is not valid JSON", content_hash[:12])
        return {"snapshot_format": None}  # from_snapshot refuses it: reported as damaged
    return data if isinstance(data, dict) else {"snapshot_format": None}


def session_snapshot(session: Session, session_id: int) -> dict[str, Any] | None:
    """The stored snapshot of the template session ``session_id``'s map was saved on."""
    content_hash = session.execute(
        sa.select(SessionMap.template_content_hash).where(SessionMap.session_id == session_id)
    ).scalar()
    return None if content_hash is None else read_snapshot(session, content_hash)


def resolve_stored_template(library: TemplateLibrary, ref: TemplateRef,
                            snapshot: Mapping[str, Any] | None) -> Template:
    """The exact template a stored map was planned on (see the module documentation).

    ``TemplateUnavailableError`` when neither the installed copy nor ``snapshot`` is that
    template; a map without a snapshot (saved before revision 0006) takes the installed file of
    the same id and version even if its content changed since, as mesomap always did.
    """
    try:
        return library.resolve(ref.template_id, ref.template_version, ref.content_hash, snapshot)
    except TemplateNotFound as exc:
        log.warning("template %s v%s is not installed and no snapshot is stored",
                    ref.template_id, ref.template_version)
        raise TemplateUnavailableError(template=ref.template_id,
                                       version=ref.template_version) from exc
    except TemplateError as exc:
        if snapshot is None:
            log.info("%s v%s: the installed content differs from the one the map was saved on "
                     "and no snapshot is stored (saved before snapshots): drawn on the "
                     "installed one", ref.template_id, ref.template_version)
            return library.get(ref.template_id, ref.template_version)
        log.error("template snapshot of %s v%s refused: %s", ref.template_id,
                  ref.template_version, exc.message)
        raise TemplateUnavailableError(DAMAGED, template=ref.template_id,
                                       version=ref.template_version) from exc


def stored_template(session: Session, library: TemplateLibrary, ref: TemplateRef) -> Template:
    """:func:`resolve_stored_template`, reading the snapshot only when the installed copy is
    not the right content."""
    try:
        candidate = library.get(ref.template_id, ref.template_version)
        if candidate.content_hash == ref.content_hash:
            return candidate
    except TemplateNotFound:
        pass
    return resolve_stored_template(library, ref, read_snapshot(session, ref.content_hash))
