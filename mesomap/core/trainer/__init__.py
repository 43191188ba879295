"""Trainer mode, Qt-free part: practice exercises and their scoring, saved attempts, injection
playback steps and the skin cross-section model of technique diagrams (issue 9)."""

from mesomap.core.trainer.attempts import Attempt, AttemptStore, compare, trainee_key
from mesomap.core.trainer.playback import Playback, PlaybackStep, build_playback, nappage_fill
from mesomap.core.trainer.scoring import Exercise, Message, Score, Violation, score_attempt
from mesomap.core.trainer.skin import (
    DEFAULT_LAYERS,
    GENERIC,
    NeedleGeometry,
    SkinLayers,
    layers_for,
    needle_geometry,
)

__all__ = [
    "DEFAULT_LAYERS", "GENERIC", "Attempt", "AttemptStore", "Exercise", "Message",
    "NeedleGeometry", "Playback", "PlaybackStep", "Score", "SkinLayers", "Violation",
    "build_playback", "compare", "layers_for", "nappage_fill", "needle_geometry",
    "score_attempt", "trainee_key",
]
