"""Map documents as files: autosave / crash-recovery copies and exports (canonical JSON).

``write_document(path, doc)`` writes atomically (a temporary file in the same folder, flushed
and fsync'd, then renamed over the target), so a crash mid-write leaves the previous copy
intact; ``read_document(path)`` reads it back (``DocumentFormatError`` with a sentence when the
file is damaged, ``OSError`` when it cannot be read).
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from mesomap.core.document.model import MapDocument
from mesomap.core.document.serialize import canonical_bytes, loads


def write_document(path: str | os.PathLike[str], document: MapDocument) -> None:
    target = Path(path)
    data = canonical_bytes(document)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
    if os.name == "posix":
        dir_fd = os.open(target.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


def read_document(path: str | os.PathLike[str]) -> MapDocument:
    return loads(Path(path).read_bytes())
