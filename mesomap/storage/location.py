"""Is a SQLite file on a network share or in a cloud-synchronised folder?

SQLite's locking is unreliable over network filesystems and sync clients rewrite files behind its
back; both corrupt databases. mesomap refuses such paths (``NetworkLocationError``) and points to
PostgreSQL for sharing between workstations. The Linux mount table is read from
``/proc/self/mountinfo``; tests inject its text.
"""

from __future__ import annotations

import contextlib
import os
import re
from dataclasses import dataclass
from pathlib import Path, PurePath

NETWORK_FSTYPES = frozenset(
    {
        "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "sshfs", "9p", "ceph",
        "glusterfs", "afs", "openafs", "ncpfs", "coda", "lustre", "gpfs", "beegfs", "davfs",
        "ocfs2", "gfs2", "orangefs", "pvfs2", "vboxsf", "virtiofs", "cephfs", "moosefs",
    }
)  # fmt: skip

# Lower-cased path components (exact, or as prefix before " (" / " - ") of sync clients' folders.
CLOUD_COMPONENTS = (
    "dropbox",
    "onedrive",
    "google drive",
    "googledrive",
    "my drive",
    "icloud drive",
    "iclouddrive",
    "mobile documents",
    "com~apple~clouddocs",
    "cloudstorage",
    "box sync",
    "nextcloud",
    "owncloud",
    "pcloud drive",
    "megasync",
    "sync.com",
)

_OCTAL = re.compile(r"\\([0-7]{3})")


@dataclass(frozen=True)
class Mount:
    mount_point: str
    fstype: str
    source: str


def _unescape(field: str) -> str:
    return _OCTAL.sub(lambda m: chr(int(m.group(1), 8)), field)


def parse_mountinfo(text: str) -> list[Mount]:
    """Mounts listed in ``/proc/self/mountinfo`` text (fields per proc(5))."""
    mounts: list[Mount] = []
    for line in text.splitlines():
        if " - " not in line:
            continue
        left, right = line.split(" - ", 1)
        left_fields = left.split()
        right_fields = right.split()
        if len(left_fields) < 5 or not right_fields:
            continue
        source = _unescape(right_fields[1]) if len(right_fields) > 1 else ""
        mounts.append(Mount(_unescape(left_fields[4]), right_fields[0], source))
    return mounts


def mount_for(path: PurePath, mounts: list[Mount]) -> Mount | None:
    """The mount holding ``path`` (longest matching mount point)."""
    best: Mount | None = None
    text = str(path)
    for mount in mounts:
        point = mount.mount_point.rstrip("/") or "/"
        inside = point == "/" or text == point or text.startswith(point + "/")
        if inside and (best is None or len(point) > len(best.mount_point.rstrip("/") or "/")):
            best = mount
    return best


def is_network_fstype(fstype: str) -> bool:
    """Network filesystems and every FUSE filesystem (sshfs, rclone, gcsfuse, s3fs, ...)."""
    base = fstype.lower()
    return base in NETWORK_FSTYPES or base.startswith("fuse.") or base == "fuse"


def cloud_component(path: PurePath) -> str | None:
    """The first path component that names a cloud-sync folder, if any."""
    for part in path.parts:
        lowered = part.lower()
        for name in CLOUD_COMPONENTS:
            if lowered == name or lowered.startswith((name + " (", name + " - ", name + "-")):
                return part
    return None


def _read_mountinfo() -> str | None:
    try:
        return Path("/proc/self/mountinfo").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None


def network_location_reason(path: Path, mountinfo_text: str | None = None) -> str | None:
    """Why ``path`` is unsafe for a SQLite file (a short technical phrase), or None if it is safe.

    ``mountinfo_text`` replaces ``/proc/self/mountinfo`` (tests). Symbolic links are resolved,
    so a link from the home folder into a share is caught too.
    """
    resolved = Path(os.path.abspath(path))
    with contextlib.suppress(OSError):
        resolved = resolved.resolve(strict=False)
    text = str(resolved)
    if text.startswith(("\\\\", "//")):
        return f"network path {text}"
    component = cloud_component(resolved)
    if component is not None:
        return f"cloud-synchronised folder “{component}”"
    info = mountinfo_text if mountinfo_text is not None else _read_mountinfo()
    if info:
        mount = mount_for(resolved, parse_mountinfo(info))
        if mount is not None and is_network_fstype(mount.fstype):
            return f"{mount.fstype} network filesystem mounted at {mount.mount_point}"
    return None
