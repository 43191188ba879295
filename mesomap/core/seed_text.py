"""The shipped protocol presets and contraindication checklist in the clinic's language.

A clinic database gets its presets and checklist items the first time they are read
(``mesomap.storage.repository.records_catalog.ensure_defaults``); they are written in the
language of the workstation doing it (the language setting, through
:func:`mesomap.core.localeformat.default_format`) and stay editable like any record. Qt is not
available in storage code, so the few seeded texts carry their translations here; a test
(``tests/i18n/test_seed_language.py``) checks that this table says exactly what the
translation catalogues (``tools/translations/<lang>.json`` → ``.ts``/``.qm``) say.
"""

from __future__ import annotations

from mesomap.core.localeformat import default_format

SEEDED: dict[str, dict[str, str]] = {
    "fr": {
        "Intra-epidermal (IED), lines":
            "Intraépidermique (IED), lignes",
        "Superficial intradermal / nappage (IDS)":
            "Intradermique superficielle / nappage (IDS)",
        "Papules, deep intradermal (IDP)":
            "Papules, intradermique profonde (IDP)",
        "Papules for pain (IDP, 2–3 cm)":
            "Papules antalgiques (IDP, 2–3 cm)",
        "Point-by-point intradermo-hypodermic":
            "Point par point intradermo-hypodermique",
        "Pregnancy or breastfeeding":
            "Grossesse ou allaitement",
        "Bleeding disorder or anticoagulant treatment":
            "Trouble de la coagulation ou traitement anticoagulant",
        "Active infection at the injection site":
            "Infection active au point d'injection",
        "Allergy to a component of the products":
            "Allergie à un composant des produits",
        "Other contraindication (see note)":
            "Autre contre-indication (voir la note)",
    },
    "it": {
        "Intra-epidermal (IED), lines":
            "Intraepidermica (IED), linee",
        "Superficial intradermal / nappage (IDS)":
            "Intradermica superficiale / nappage (IDS)",
        "Papules, deep intradermal (IDP)":
            "Pomfi, intradermica profonda (IDP)",
        "Papules for pain (IDP, 2–3 cm)":
            "Pomfi antalgici (IDP, 2–3 cm)",
        "Point-by-point intradermo-hypodermic":
            "Punto per punto intradermo-ipodermica",
        "Pregnancy or breastfeeding":
            "Gravidanza o allattamento",
        "Bleeding disorder or anticoagulant treatment":
            "Disturbo della coagulazione o terapia anticoagulante",
        "Active infection at the injection site":
            "Infezione attiva nel punto di iniezione",
        "Allergy to a component of the products":
            "Allergia a un componente dei prodotti",
        "Other contraindication (see note)":
            "Altra controindicazione (vedi nota)",
    },
    "es": {
        "Intra-epidermal (IED), lines":
            "Intraepidérmica (IED), líneas",
        "Superficial intradermal / nappage (IDS)":
            "Intradérmica superficial / nappage (IDS)",
        "Papules, deep intradermal (IDP)":
            "Pápulas, intradérmica profunda (IDP)",
        "Papules for pain (IDP, 2–3 cm)":
            "Pápulas para el dolor (IDP, 2–3 cm)",
        "Point-by-point intradermo-hypodermic":
            "Punto por punto intradermo-hipodérmica",
        "Pregnancy or breastfeeding":
            "Embarazo o lactancia",
        "Bleeding disorder or anticoagulant treatment":
            "Trastorno de la coagulación o tratamiento anticoagulante",
        "Active infection at the injection site":
            "Infección activa en la zona de inyección",
        "Allergy to a component of the products":
            "Alergia a algún componente de los productos",
        "Other contraindication (see note)":
            "Otra contraindicación (ver nota)",
    },
    "pt_BR": {
        "Intra-epidermal (IED), lines":
            "Intraepidérmica (IED), linhas",
        "Superficial intradermal / nappage (IDS)":
            "Intradérmica superficial / nappage (IDS)",
        "Papules, deep intradermal (IDP)":
            "Pápulas, intradérmica profunda (IDP)",
        "Papules for pain (IDP, 2–3 cm)":
            "Pápulas para dor (IDP, 2–3 cm)",
        "Point-by-point intradermo-hypodermic":
            "Ponto a ponto intradermo-hipodérmica",
        "Pregnancy or breastfeeding":
            "Gravidez ou amamentação",
        "Bleeding disorder or anticoagulant treatment":
            "Distúrbio de coagulação ou tratamento anticoagulante",
        "Active infection at the injection site":
            "Infecção ativa no local da injeção",
        "Allergy to a component of the products":
            "Alergia a algum componente dos produtos",
        "Other contraindication (see note)":
            "Outra contraindicação (ver observação)",
    },
}


def seed_language() -> str:
    """The language seeded content is written in: the process's locale (``fr_FR`` → ``fr``,
    ``pt_BR`` stays ``pt_BR``; any Portuguese uses the Brazilian table)."""
    locale = default_format().locale
    if locale in SEEDED:
        return locale
    base = locale.split("_")[0]
    if base in SEEDED:
        return base
    return next((lang for lang in SEEDED if lang.split("_")[0] == base), "en")


def seeded_text(text: str, language: str | None = None) -> str:
    """``text`` (a shipped preset name or checklist question, in English) in ``language``
    (default: :func:`seed_language`); English when there is no translation."""
    return SEEDED.get(language or seed_language(), {}).get(text, text)
