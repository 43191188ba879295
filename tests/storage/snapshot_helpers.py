"""Helpers for the template-snapshot tests: a template installed in the user's templates folder
(a copy of the shipped lower back under another id) that a test can change or remove after
sessions were saved on it, and a small practice (practitioner, patient) to save them."""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from pathlib import Path

from argon2 import PasswordHasher
from shapely.geometry import box

from mesomap import paths
from mesomap.core.document import MapDocument, PapuleSet, Region, Technique, TemplateRef
from mesomap.core.templates import PatientFit, Template, load_template
from mesomap.storage import accounts
from mesomap.storage.engine import Database
from mesomap.storage.models import Role
from mesomap.storage.permissions import Actor
from mesomap.storage.repository.patients import PatientInput, PatientRepository
from mesomap.storage.repository.records import PlanInput, RecordsRepository

TEMPLATE_ID = "snapshot_test_back"
PASSWORD = "correct horse battery"


def install_template(scale: float = 1.0, template_id: str = TEMPLATE_ID) -> Template:
    """Write the shipped lower back as ``template_id`` version 1 into the user's templates
    folder, its outline scaled by ``scale`` about the origin (another content hash)."""
    doc = json.loads((paths.body_templates_dir() / "lower_back.json").read_text(encoding="utf-8"))
    doc["id"] = template_id
    if scale != 1.0:
        doc["outline"]["path"] = re.sub(
            r"-?\d+(?:\.\d+)?", lambda m: repr(round(float(m.group()) * scale, 4)),
            doc["outline"]["path"])
        doc["width_cm"] = round(doc["width_cm"] * scale, 3)
        doc["height_cm"] = round(doc["height_cm"] * scale, 3)
    folder = paths.user_templates_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{template_id}.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    return load_template(path)


def remove_template(template_id: str = TEMPLATE_ID) -> None:
    (paths.user_templates_dir() / f"{template_id}.json").unlink()


@dataclass
class Practice:
    db: Database
    admin: Actor
    doctor: Actor
    patient_id: int

    def rec(self) -> RecordsRepository:
        return RecordsRepository(self.db, self.doctor)


def make_practice(db: Database) -> Practice:
    previous = accounts.use_hasher(PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
    try:
        admin = accounts.create_first_administrator(db, "admin", "Ada Admin", PASSWORD)
        accounts.create_account(db, admin, accounts.AccountInput(
            "doctor", "Dr Test", frozenset({Role.PRACTITIONER})), PASSWORD)
        doctor = accounts.login(db, "doctor", PASSWORD)
    finally:
        accounts.use_hasher(previous)
    patient = PatientRepository(db, doctor).create(PatientInput("Dupont", "Jeanne"))
    return Practice(db, admin, doctor, patient.id)


def ref_of(template: Template) -> TemplateRef:
    return TemplateRef(template.id, template.version, template.content_hash, PatientFit.identity())


def plan_on(practice: Practice, ref: TemplateRef, days: int = 1) -> int:
    """A planned session with a one-region map on ``ref``; returns its id."""
    when = (dt.datetime.now() + dt.timedelta(days=days)).astimezone()
    rec = practice.rec()
    plan = rec.sessions.plan(PlanInput(practice.patient_id, when, ref,
                                       practitioner_id=practice.doctor.user_id))
    sid = int(plan.session.id)
    region = Region("r1", "Sacrum", "#ff0000", box(-3, -6, 3, -2), "square",
                    Technique(spacing_cm=1.5, seconds_per_papule=4.0, setup_minutes=5.0), ())
    doc = MapDocument(ref, [region.replace(papules=PapuleSet.empty())], "planned")
    rec.sessions.save_map(sid, doc, plan.map_version)
    return sid


def outline_wkb(template: Template) -> bytes:
    import shapely

    return bytes(shapely.to_wkb(template.outline, byte_order=1))


def path_of(template_id: str = TEMPLATE_ID) -> Path:
    return paths.user_templates_dir() / f"{template_id}.json"
