"""Closed vocabularies stored as VARCHAR + CHECK (values are the stored strings)."""

from __future__ import annotations

import enum


class Role(enum.StrEnum):
    """What a user account may do (issue 5). An account may hold several roles."""

    PRACTITIONER = "practitioner"
    FRONT_DESK = "front_desk"
    TRAINER = "trainer"
    ADMINISTRATOR = "administrator"


class Sex(enum.StrEnum):
    FEMALE = "female"
    MALE = "male"
    OTHER = "other"
    UNKNOWN = "unknown"


class SessionStatus(enum.StrEnum):
    """planned → performed → signed; planned → cancelled | no_show."""

    PLANNED = "planned"
    PERFORMED = "performed"
    SIGNED = "signed"
    CANCELLED = "cancelled"
    NO_SHOW = "no_show"


class Pattern(enum.StrEnum):
    """How a region's papules are laid out; nappage is a density, not positions."""

    AUTO = "auto"
    HEX = "hex"
    SQUARE = "square"
    LINE = "line"
    RINGS = "rings"
    NAPPAGE = "nappage"


class SettingType(enum.StrEnum):
    """How a clinic setting's text value is parsed (see mesomap.core.settings)."""

    STR = "str"
    INT = "int"
    FLOAT = "float"
    DECIMAL = "decimal"
    BOOL = "bool"
    JSON = "json"


class ChecklistAnswerValue(enum.StrEnum):
    YES = "yes"
    NO = "no"
    NOT_APPLICABLE = "not_applicable"


class Severity(enum.StrEnum):
    MILD = "mild"
    MODERATE = "moderate"
    SEVERE = "severe"


class OutcomeKind(enum.StrEnum):
    """pain_score: 0–10; circumference_cm: a length in cm; free_score: clinic-defined scale."""

    PAIN_SCORE = "pain_score"
    CIRCUMFERENCE_CM = "circumference_cm"
    FREE_SCORE = "free_score"


class SignatureMeaning(enum.StrEnum):
    """What the signer attests (21 CFR 11-style 'meaning' of a signature)."""

    PERFORMED = "performed"
    REVIEWED = "reviewed"
    AMENDMENT = "amendment"
