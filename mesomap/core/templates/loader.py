"""Reading template files and folders into a :class:`TemplateLibrary`.

Template files are ``*.json`` in a templates folder and in its ``versions/`` sub-folder
(archived versions, by convention ``<id>@<version>.json``); files ending in ``.data.json`` are
data files a template refers to (a relief mesh), not templates. A file that cannot be used
becomes one :class:`TemplateError` in ``library.errors``; the others still load. The library
keeps every version of every template; ``get(id)`` is the newest, ``get(id, version)`` an exact
one. Shipped templates are read first, then the user's folder.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from .errors import TemplateError, TemplateNotFound
from .model import Template
from .schema import build_template

log = logging.getLogger(__name__)

MAX_FILE_BYTES = 20_000_000
DATA_SUFFIX = ".data.json"
VERSIONS_DIR = "versions"


def _no_constants(name: str) -> Any:
    raise ValueError(f"{name} is not a number JSON allows; every value must be finite")


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise ValueError(f"the key {key!r} appears twice in one object")
        out[key] = value
    return out


def _read_bytes(path: Path, name: str) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise TemplateError(name, "", f"cannot be read ({exc.strerror or exc})") from None


def read_json(path: Path, label: str | None = None, raw: bytes | None = None) -> Any:
    """Parse a JSON file strictly (UTF-8, no NaN, no duplicate keys) or raise TemplateError."""
    name = label or str(path)
    if raw is None:
        raw = _read_bytes(path, name)
    if not raw.strip():
        raise TemplateError(name, "", "the file is empty")
    if len(raw) > MAX_FILE_BYTES:
        raise TemplateError(name, "", f"the file is larger than {MAX_FILE_BYTES // 1_000_000} MB")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise TemplateError(
            name, "", f"is not UTF-8 text (invalid byte at position {exc.start}); save it as UTF-8"
        ) from None
    try:
        return json.loads(text, parse_constant=_no_constants, object_pairs_hook=_pairs)
    except json.JSONDecodeError as exc:
        if exc.pos >= len(text.rstrip()):
            problem = f"the JSON ends too early at line {exc.lineno} (the file looks truncated)"
        else:
            problem = f"is not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}"
        raise TemplateError(name, "", problem) from None
    except (ValueError, RecursionError) as exc:
        raise TemplateError(name, "", f"is not valid JSON: {exc}") from None


def _resolve_data_files(doc: Any, path: Path, name: str) -> Any:
    """Inline a relief ``{"kind": "mesh", "file": ...}`` reference (part of the content hash)."""
    if not isinstance(doc, dict):
        return doc
    relief = doc.get("relief")
    if not (isinstance(relief, dict) and relief.get("kind") == "mesh" and "file" in relief):
        return doc
    ref = relief["file"]
    extra = set(relief) - {"kind", "file", "frame"}
    if extra:
        raise TemplateError(name, "relief", f"with 'file', no other keys are allowed (found {sorted(extra)})")
    if not isinstance(ref, str) or not ref.endswith(DATA_SUFFIX) or ref.startswith(("/", "\\")) or ".." in Path(ref).parts:
        raise TemplateError(
            name, "relief.file",
            f"{ref!r} must be the name of a '*{DATA_SUFFIX}' file beside the template",
        )
    target = path.parent / ref
    if not target.is_file() and path.parent.name == VERSIONS_DIR:
        target = path.parent.parent / ref
    if not target.is_file():
        raise TemplateError(name, "relief.file", f"the data file {ref!r} was not found beside the template")
    data = read_json(target, f"{name} → {ref}")
    if not isinstance(data, dict) or set(data) != {"vertices", "triangles"}:
        raise TemplateError(name, "relief.file", f"{ref!r} must hold exactly 'vertices' and 'triangles'")
    resolved = dict(doc)
    resolved["relief"] = {"kind": "mesh", "vertices": data["vertices"], "triangles": data["triangles"]}
    if "frame" in relief:
        resolved["relief"]["frame"] = relief["frame"]
    return resolved


_CACHE: dict[tuple[str, str], Template] = {}
_CACHE_MAX = 512


def load_template(path: str | Path) -> Template:
    """Read, validate and build one template file; :class:`TemplateError` if it is unusable.

    Templates are immutable, so a file whose bytes were already built in this process (same
    path, same SHA-256) is not parsed again; files with a relief data file are always re-read.
    """
    p = Path(path)
    name = str(p)
    raw = _read_bytes(p, name)
    key = (name, hashlib.sha256(raw).hexdigest())
    cached = _CACHE.get(key)
    if cached is not None:
        return cached
    doc = read_json(p, name, raw)
    resolved = _resolve_data_files(doc, p, name)
    template = build_template(resolved, name)
    if resolved is doc:
        if len(_CACHE) >= _CACHE_MAX:
            _CACHE.clear()
        _CACHE[key] = template
    return template


def load_template_safely(path: str | Path) -> Template:
    """:func:`load_template`, with any unexpected failure also reported as a TemplateError
    (and logged with its traceback): one odd file never stops mesomap from starting."""
    try:
        return load_template(path)
    except TemplateError:
        raise
    except Exception as exc:  # noqa: BLE001 - a bad file must not crash the application
        log.exception("unexpected failure while loading template %s", path)
        raise TemplateError(
            str(path), "", f"could not be read because of an unexpected problem ({type(exc).__name__}); "
            "please report it with the file",
        ) from exc


def template_files(folder: Path) -> list[Path]:
    """The template files of a folder: ``*.json`` and ``versions/*.json``, minus data files."""
    files: list[Path] = []
    for sub in (folder, folder / VERSIONS_DIR):
        if sub.is_dir():
            files += sorted(
                f for f in sub.glob("*.json") if f.is_file() and not f.name.endswith(DATA_SUFFIX)
            )
    return files


class TemplateLibrary:
    """Every loaded version of every template, plus the errors of the files that were skipped."""

    def __init__(self, templates: Iterable[Template] = (), errors: Iterable[TemplateError] = ()) -> None:
        self._by_key: dict[tuple[str, int], Template] = {}
        self.errors: list[TemplateError] = list(errors)
        for t in templates:
            self.add(t)

    def add(self, template: Template) -> None:
        """Add a template; a different one with the same id and version is a TemplateError."""
        key = (template.id, template.version)
        existing = self._by_key.get(key)
        if existing is not None:
            if existing.content_hash == template.content_hash:
                return
            raise TemplateError(
                template.path or template.id, "version",
                f"{template.id} version {template.version} already exists with different content "
                f"({existing.path}); give the changed template a new version number",
            )
        self._by_key[key] = template

    def add_file(self, path: Path) -> Template | None:
        """Load and add one file; on failure the error goes to ``errors`` and None is returned."""
        try:
            template = load_template_safely(path)
            self.add(template)
        except TemplateError as exc:
            self.errors.append(exc)
            return None
        return template

    def add_folder(self, folder: Path) -> None:
        for f in template_files(folder):
            self.add_file(f)

    def ids(self) -> list[str]:
        return sorted({k[0] for k in self._by_key})

    def versions(self, template_id: str) -> tuple[int, ...]:
        return tuple(sorted(v for i, v in self._by_key if i == template_id))

    def get(self, template_id: str, version: int | None = None) -> Template:
        """The newest version, or exactly ``version``; :class:`TemplateNotFound` otherwise."""
        if version is None:
            versions = self.versions(template_id)
            if not versions:
                raise TemplateNotFound(template_id)
            version = versions[-1]
        try:
            return self._by_key[(template_id, version)]
        except KeyError:
            raise TemplateNotFound(template_id, version) from None

    def templates(self) -> list[Template]:
        """The newest version of each template, sorted by id."""
        return [self.get(i) for i in self.ids()]

    def all_templates(self) -> list[Template]:
        """Every version of every template, sorted by id then version."""
        return [self._by_key[k] for k in sorted(self._by_key)]

    def resolve(
        self, template_id: str, version: int, content_hash: str, snapshot: Mapping[str, Any] | None = None
    ) -> Template:
        """The exact template a stored session was planned on.

        The library's copy when its content hash matches; otherwise the session's snapshot
        (checked against ``content_hash``). TemplateNotFound / TemplateError when neither works.
        """
        try:
            candidate = self.get(template_id, version)
            if candidate.content_hash == content_hash:
                return candidate
        except TemplateNotFound:
            if snapshot is None:
                raise
        if snapshot is None:
            raise TemplateError(
                f"{template_id} version {version}", "content_hash",
                "the installed template differs from the one this session was planned on and the "
                "session holds no snapshot of it",
            )
        template = Template.from_snapshot(snapshot)
        if template.content_hash != content_hash:
            raise TemplateError(
                f"{template_id} version {version}", "content_hash",
                "the session's snapshot is not the template the session records",
            )
        return template

    def __len__(self) -> int:
        return len(self._by_key)

    def __iter__(self) -> Iterator[Template]:
        return iter(self.templates())

    def __contains__(self, template_id: object) -> bool:
        return any(k[0] == template_id for k in self._by_key)


def load_library(
    extra_dirs: Sequence[str | Path] = (), *, include_shipped: bool = True, include_user: bool = True
) -> TemplateLibrary:
    """Shipped templates, then the user's templates folder, then ``extra_dirs``."""
    from mesomap import paths

    library = TemplateLibrary()
    folders: list[Path] = []
    if include_shipped:
        try:
            folders.append(paths.body_templates_dir())
        except FileNotFoundError as exc:
            library.errors.append(TemplateError(
                "body_templates", "", f"the shipped templates are missing ({exc}); reinstall mesomap"))
    if include_user:
        folders.append(paths.user_templates_dir())
    folders += [Path(d) for d in extra_dirs]
    for folder in folders:
        library.add_folder(folder)
    return library


def check_path(path: str | Path) -> tuple[list[Template], list[TemplateError]]:
    """Validate one file or every template file of a folder (for ``templates --check``)."""
    p = Path(path)
    if p.is_dir():
        library = TemplateLibrary()
        library.add_folder(p)
        return library.all_templates(), library.errors
    if not p.exists():
        return [], [TemplateError(str(p), "", "no such file or folder")]
    try:
        return [load_template_safely(p)], []
    except TemplateError as exc:
        return [], [exc]
