"""Normalising text for search-as-you-type: lower case (casefold), accents stripped, spaces
collapsed. ``patient_search_text`` builds the ``patient.search_text`` column; every writer of
patients (repository, seed-demo) must use it so searches find what was stored.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import unicodedata

_SPACES = re.compile(r"\s+")
_DMY = re.compile(r"^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$")


def normalize(text: str) -> str:
    """"  Émile  ÇA " → "emile ca"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _SPACES.sub(" ", stripped).strip()


def patient_search_text(
    family_name: str, given_name: str, external_id: str | None, birth_date: dt.date | None
) -> str:
    """The value of ``patient.search_text``: "family given external_id yyyy-mm-dd"."""
    parts = [family_name, given_name, external_id or "", birth_date.isoformat() if birth_date else ""]
    return normalize(" ".join(p for p in parts if p))


def query_tokens(query: str) -> list[str]:
    """Search tokens from what the user typed; a day-first date (31/12/1980, 31.12.1980) becomes
    ISO so it matches the stored birth date."""
    tokens: list[str] = []
    for token in normalize(query).split(" "):
        if not token:
            continue
        match = _DMY.match(token)
        if match:
            day, month, year = (int(g) for g in match.groups())
            with contextlib.suppress(ValueError):
                token = dt.date(year, month, day).isoformat()
        tokens.append(token)
    return tokens
