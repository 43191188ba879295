"""Refusing SQLite files on network filesystems and cloud-synchronised folders."""

from __future__ import annotations

from pathlib import Path

import pytest

from mesomap.storage.engine import open_database
from mesomap.storage.errors import NetworkLocationError
from mesomap.storage.location import network_location_reason, parse_mountinfo

MOUNTINFO = """\
22 27 0:21 / /proc rw,relatime - proc proc rw
27 1 8:1 / / rw,relatime - ext4 /dev/sda1 rw
40 27 0:50 / /srv/clinic rw,relatime - nfs4 fileserver:/export/clinic rw,vers=4.2
41 27 0:51 / /mnt/smb rw,relatime - cifs //nas/share rw
42 27 0:52 / /home/anna/remote rw - fuse.sshfs anna@host:/data rw
43 27 0:53 / /mnt/with\\040space rw - smb3 //nas/x rw
44 27 8:2 / /srv/clinic/localdisk rw - ext4 /dev/sdb1 rw
"""


def test_parse_mountinfo_unescapes_and_reads_types() -> None:
    mounts = {m.mount_point: m.fstype for m in parse_mountinfo(MOUNTINFO)}
    assert mounts["/srv/clinic"] == "nfs4"
    assert mounts["/mnt/with space"] == "smb3"
    assert mounts["/"] == "ext4"


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/srv/clinic/mesomap.sqlite", "nfs4"),
        ("/mnt/smb/db/mesomap.sqlite", "cifs"),
        ("/home/anna/remote/m.sqlite", "fuse.sshfs"),
        ("/mnt/with space/m.sqlite", "smb3"),
        ("/home/anna/Dropbox/clinic.sqlite", "Dropbox"),
        ("/home/anna/Dropbox (Clinic)/clinic.sqlite", "Dropbox (Clinic)"),
        ("/home/anna/OneDrive - Cabinet/clinic.sqlite", "OneDrive - Cabinet"),
        ("/home/anna/Google Drive/My Drive/clinic.sqlite", "Google Drive"),
        ("/Users/anna/Library/Mobile Documents/com~apple~CloudDocs/c.sqlite", "Mobile Documents"),
        ("/home/anna/iCloud Drive/c.sqlite", "iCloud Drive"),
    ],
)
def test_unsafe_locations_are_named(path: str, expected: str) -> None:
    reason = network_location_reason(Path(path), MOUNTINFO)
    assert reason is not None and expected in reason


@pytest.mark.parametrize(
    "path", ["/home/anna/mesomap.sqlite", "/srv/clinic/localdisk/m.sqlite", "/home/anna/remote-notes/x.sqlite"]
)
def test_local_disks_are_fine(path: str) -> None:
    assert network_location_reason(Path(path), MOUNTINFO) is None


def test_open_refuses_a_network_file_and_creates_nothing(tmp_path: Path) -> None:
    target = tmp_path / "share" / "clinic.sqlite"
    target.parent.mkdir()
    mountinfo = f"27 1 8:1 / / rw - ext4 /dev/sda1 rw\n50 27 0:60 / {tmp_path / 'share'} rw - nfs srv:/x rw\n"
    with pytest.raises(NetworkLocationError) as err:
        open_database(f"sqlite:///{target}", mountinfo_text=mountinfo)
    assert "PostgreSQL" in err.value.message
    assert "corrupt" in err.value.message
    assert not target.exists()


def test_open_refuses_a_cloud_folder(tmp_path: Path) -> None:
    folder = tmp_path / "OneDrive"
    folder.mkdir()
    with pytest.raises(NetworkLocationError, match="OneDrive"):
        open_database(f"sqlite:///{folder / 'clinic.sqlite'}")
    assert list(folder.iterdir()) == []


def test_symlink_into_a_share_is_caught(tmp_path: Path) -> None:
    share = tmp_path / "share"
    share.mkdir()
    link = tmp_path / "looks_local"
    link.symlink_to(share)
    mountinfo = f"27 1 8:1 / / rw - ext4 /dev/sda1 rw\n50 27 0:60 / {share} rw - cifs //n/s rw\n"
    assert network_location_reason(link / "db.sqlite", mountinfo) is not None
