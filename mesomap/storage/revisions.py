"""The schema revisions this mesomap knows, as constants.

Opening an up-to-date database compares its revision with ``HEAD_REVISION`` without importing
Alembic or parsing the migration scripts (≈ 0.4 s of start-up). A test checks these constants
against ``mesomap/storage/migrations/versions``: add each new revision here too.
"""

from __future__ import annotations

HEAD_REVISION = "0006_template_snapshots"
KNOWN_REVISIONS: frozenset[str] = frozenset(
    {
        "0001_initial",
        "0002_session_check_in",
        "0003_session_map_fit_mode",
        "0004_audit_append_only",
        "0005_signed_immutable",
        "0006_template_snapshots",
    }
)
