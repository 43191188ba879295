"""Practice attempts saved per trainee, and their comparison (Qt-free).

One JSON file per attempt in ``<user data>/trainer/attempts/<trainee>/``, written atomically
(the trainee's name is reduced to a safe folder name; trainees are workshop participants, not
patients: no health data is stored). A file holds the exercise, the papules and the score's
figures, so an attempt can be re-opened, re-scored and compared with others.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

from mesomap.core.trainer.scoring import Exercise, Score

FORMAT = "mesomap-trainer-attempt/1"


def trainee_key(name: str) -> str:
    """A folder name for ``name``: ASCII letters, digits and dashes, lower case."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    key = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    if not key:
        raise ValueError("a trainee needs a name with at least one letter or digit")
    return key[:60]


@dataclass(frozen=True)
class Attempt:
    trainee: str
    saved_at: str
    exercise: Exercise
    points: np.ndarray
    mark: float
    violations: int
    cautions: int
    outside: int
    covering_radius_cm: float
    uncovered_percent: float
    count: int
    automatic_count: int
    path: Path | None = None


class AttemptStore:
    """Attempts under ``folder`` (normally ``user_data_dir() / "trainer" / "attempts"``)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def save(self, trainee: str, points: np.ndarray, score: Score,
             when: datetime | None = None) -> Attempt:
        when = when or datetime.now(UTC)
        folder = self.folder / trainee_key(trainee)
        folder.mkdir(parents=True, exist_ok=True)
        stamp = when.strftime("%Y%m%dT%H%M%S%fZ")
        path = folder / f"{stamp}.json"
        data = {
            "format": FORMAT, "trainee": trainee, "saved_at": when.isoformat(),
            "exercise": score.exercise.to_dict(),
            "points": np.asarray(points, dtype=float).reshape(-1, 2).tolist(),
            "mark": score.points, "violations": len(score.violations),
            "cautions": len(score.cautions), "outside": len(score.outside),
            "covering_radius_cm": score.covering_radius_cm,
            "uncovered_percent": 100.0 * score.uncovered_fraction,
            "count": score.count, "automatic_count": score.automatic_count,
        }
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(data, indent=1), encoding="utf-8")
        tmp.replace(path)
        return self._read(path)

    @staticmethod
    def _read(path: Path) -> Attempt:
        d = json.loads(path.read_text(encoding="utf-8"))
        if d.get("format") != FORMAT:
            raise ValueError(f"{path} is not a mesomap trainer attempt")
        return Attempt(str(d["trainee"]), str(d["saved_at"]), Exercise.from_dict(d["exercise"]),
                       np.asarray(d["points"], dtype=float).reshape(-1, 2), float(d["mark"]),
                       int(d["violations"]), int(d["cautions"]), int(d["outside"]),
                       float(d["covering_radius_cm"]), float(d["uncovered_percent"]),
                       int(d["count"]), int(d["automatic_count"]), path)

    def trainees(self) -> list[str]:
        """Display names of the trainees with at least one attempt."""
        names = []
        for folder in sorted(p for p in self.folder.glob("*") if p.is_dir()):
            attempts = self.attempts_in(folder)
            if attempts:
                names.append(attempts[-1].trainee)
        return names

    def attempts_in(self, folder: Path) -> list[Attempt]:
        out = []
        for path in sorted(folder.glob("*.json")):
            try:
                out.append(self._read(path))
            except (OSError, ValueError, KeyError, TypeError):
                continue  # a damaged file is skipped, never fatal
        return out

    def attempts(self, trainee: str | None = None) -> list[Attempt]:
        """Attempts of one trainee (oldest first), or of everyone."""
        if trainee is not None:
            return self.attempts_in(self.folder / trainee_key(trainee))
        out: list[Attempt] = []
        for folder in sorted(p for p in self.folder.glob("*") if p.is_dir()):
            out.extend(self.attempts_in(folder))
        return out


def compare(attempts: list[Attempt]) -> list[dict[str, object]]:
    """Rows for a comparison table, best mark first (ties: fewer violations, then earlier)."""
    ranked = sorted(attempts, key=lambda a: (-a.mark, a.violations, a.saved_at))
    return [{"rank": i + 1, "trainee": a.trainee, "saved_at": a.saved_at, "mark": a.mark,
             "violations": a.violations, "cautions": a.cautions, "count": a.count,
             "automatic_count": a.automatic_count,
             "covering_radius_cm": a.covering_radius_cm,
             "uncovered_percent": a.uncovered_percent} for i, a in enumerate(ranked)]
