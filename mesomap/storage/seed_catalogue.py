"""Fixed, clearly fictional reference data for ``mesomap seed-demo``.

Name lists (French, Italian, Spanish, Portuguese and English), the demo clinic's practitioners,
a catalogue of **invented** products (no real brand; every name ends in "(demo)"), the protocol
presets of DOMAIN.md's technique table, and the indications a demo course can treat, each
with its template, regions, technique and a realistic course (4–10 sessions, 1–2 weeks apart).

Nothing here is a dose recommendation: these are the presets of a fictional clinic, shown so
that every feature can be demonstrated without real patient data.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

# --- people -----------------------------------------------------------------------------------

FIRST_NAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "fr": {
        "female": ("Camille", "Léa", "Manon", "Chloé", "Inès", "Juliette", "Élodie", "Sophie",
                   "Nathalie", "Isabelle", "Aurélie", "Margaux", "Hélène", "Claire", "Amélie"),
        "male": ("Julien", "Nicolas", "Thomas", "Antoine", "Mathieu", "Olivier", "Sébastien",
                 "Pierre", "Hugo", "Louis", "Théo", "François", "Rémi", "Laurent", "Benoît"),
    },
    "it": {
        "female": ("Giulia", "Chiara", "Francesca", "Federica", "Alessia", "Valentina", "Elena",
                   "Martina", "Sara", "Silvia", "Paola", "Roberta", "Ilaria", "Beatrice"),
        "male": ("Marco", "Luca", "Matteo", "Alessandro", "Davide", "Simone", "Andrea",
                 "Giorgio", "Stefano", "Riccardo", "Lorenzo", "Fabio", "Paolo", "Emanuele"),
    },
    "es": {
        "female": ("Lucía", "María", "Carmen", "Paula", "Marta", "Laura", "Elena", "Cristina",
                   "Nuria", "Pilar", "Rocío", "Sofía", "Ana", "Beatriz"),
        "male": ("Javier", "Alejandro", "Pablo", "Sergio", "Carlos", "Diego", "Álvaro",
                 "Jorge", "Raúl", "Manuel", "Íñigo", "Rubén", "Andrés", "Fernando"),
    },
    "pt": {
        "female": ("Beatriz", "Mariana", "Inês", "Joana", "Rita", "Catarina", "Ana", "Sofia",
                   "Filipa", "Leonor", "Teresa", "Margarida", "Carolina", "Raquel"),
        "male": ("João", "Tiago", "Rui", "Miguel", "Duarte", "Gonçalo", "Nuno", "Pedro",
                 "Afonso", "Bernardo", "Henrique", "Rodrigo", "Vasco", "Diogo"),
    },
    "en": {
        "female": ("Emily", "Olivia", "Charlotte", "Hannah", "Grace", "Amelia", "Lucy",
                   "Sarah", "Rebecca", "Jessica", "Eleanor", "Abigail", "Megan", "Alice"),
        "male": ("James", "Oliver", "William", "Henry", "George", "Thomas", "Daniel",
                 "Samuel", "Edward", "Matthew", "Jack", "Harry", "Benjamin", "Joseph"),
    },
}

LAST_NAMES: dict[str, tuple[str, ...]] = {
    "fr": ("Martin", "Bernard", "Dubois", "Durand", "Lefèvre", "Moreau", "Laurent", "Simon",
           "Michel", "Garnier", "Rousseau", "Fontaine", "Chevalier", "Girard", "Mercier",
           "Blanchard", "Perrin", "Lemaire", "Faure", "Bonnet"),
    "it": ("Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci",
           "Marino", "Greco", "Bruno", "Gallo", "Conti", "De Luca", "Mancini", "Costa",
           "Giordano", "Rizzo", "Lombardi", "Moretti"),
    "es": ("García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez",
           "Pérez", "Gómez", "Ruiz", "Díaz", "Hernández", "Álvarez", "Jiménez", "Moreno",
           "Muñoz", "Romero", "Navarro", "Torres", "Domínguez"),
    "pt": ("Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa", "Rodrigues",
           "Martins", "Jesus", "Sousa", "Fernandes", "Gonçalves", "Gomes", "Lopes", "Marques",
           "Alves", "Almeida", "Ribeiro", "Pinto", "Carvalho"),
    "en": ("Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies",
           "Robinson", "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green",
           "Hall", "Wood", "Jackson", "Clarke"),
}

#: Share of demo patients per language (a clinic in southern Europe with some English speakers).
LANGUAGE_WEIGHTS: dict[str, float] = {"fr": 0.35, "it": 0.2, "es": 0.2, "pt": 0.15, "en": 0.1}


@dataclass(frozen=True)
class DemoUser:
    """A fictional account of the demo clinic; the password of every demo account is ``demo``."""

    username: str
    full_name: str
    role: str  # "practitioner" | "front_desk" | "trainer" | "administrator"
    title: str


DEMO_PASSWORD = "demo"

DEMO_USERS: tuple[DemoUser, ...] = (
    DemoUser("admin", "Demo Administrator", "administrator", ""),
    DemoUser("dr.moreau", "Dr Hélène Moreau (demo)", "practitioner", "Dr"),
    DemoUser("dr.conti", "Dr Paolo Conti (demo)", "practitioner", "Dr"),
    DemoUser("dr.navarro", "Dra Lucía Navarro (demo)", "practitioner", "Dra"),
    DemoUser("dr.pinto", "Dr Rui Pinto (demo)", "practitioner", "Dr"),
    DemoUser("trainer", "Claire Fontaine, trainer (demo)", "trainer", ""),
    DemoUser("desk", "Front desk (demo)", "front_desk", ""),
)

PRACTITIONERS: tuple[str, ...] = tuple(u.username for u in DEMO_USERS if u.role == "practitioner")

# --- products and lots ------------------------------------------------------------------------


@dataclass(frozen=True)
class DemoProduct:
    """An invented product: name, maker, actives, presentation and the clinic's own limit."""

    code: str
    name: str
    manufacturer: str
    actives: tuple[str, ...]
    form: str
    container_volume_ml: Decimal
    max_volume_per_session_ml: Decimal | None


DEMO_MANUFACTURER = "Fictitious Laboratories (demo)"

DEMO_PRODUCTS: tuple[DemoProduct, ...] = (
    DemoProduct("revita53", "Revitalia 53 (demo)", DEMO_MANUFACTURER,
                ("non-crosslinked hyaluronic acid", "vitamins", "amino acids", "minerals"),
                "vial", Decimal("5"), Decimal("10")),
    DemoProduct("hyaludemo", "Hyaludemo Light (demo)", DEMO_MANUFACTURER,
                ("non-crosslinked hyaluronic acid 1.35%",), "vial", Decimal("3"), Decimal("6")),
    DemoProduct("silidemo", "Silicea Demo (demo)", DEMO_MANUFACTURER,
                ("organic silicon",), "ampoule", Decimal("5"), None),
    DemoProduct("lipofict", "Lipofictum (demo)", DEMO_MANUFACTURER,
                ("caffeine", "artichoke extract", "L-carnitine"), "vial", Decimal("10"),
                Decimal("10")),
    DemoProduct("capillo", "Capillaria Demo (demo)", DEMO_MANUFACTURER,
                ("biotin", "dexpanthenol", "zinc", "peptides"), "vial", Decimal("5"),
                Decimal("5")),
    DemoProduct("procademo", "Procaine Demo 2% (demo)", DEMO_MANUFACTURER,
                ("procaine hydrochloride 2%",), "ampoule", Decimal("2"), Decimal("4")),
    DemoProduct("veinodemo", "Venotonia Demo (demo)", DEMO_MANUFACTURER,
                ("melilotus extract", "buflomedil-free venotonic blend"), "ampoule",
                Decimal("2"), Decimal("6")),
    DemoProduct("collagena", "Collagena Fict (demo)", DEMO_MANUFACTURER,
                ("collagen peptides", "vitamin C"), "vial", Decimal("5"), None),
)

#: Lot expiry offsets in days from the seeding day: negative = already expired.
#: Exactly one lot is expired and one expires within 30 days; the others are far away.
LOT_EXPIRY_DAYS: dict[str, tuple[int, ...]] = {
    "revita53": (420, 700),
    "hyaludemo": (-20, 380),  # the expired lot
    "silidemo": (560,),
    "lipofict": (25, 510),  # the lot expiring soon
    "capillo": (450,),
    "procademo": (300, 800),
    "veinodemo": (610,),
    "collagena": (390,),
}

# --- protocol presets (DOMAIN.md, "Technique defaults") ----------------------------------------


@dataclass(frozen=True)
class DemoPreset:
    """A protocol preset of the demo clinic, from DOMAIN.md's technique table."""

    code: str
    name: str
    technique: str  # "IED" | "IDS" | "IDP" | "IDH"
    pattern: str  # "auto" | "hex" | "square" | "line" | "rings" | "nappage"
    depth_mm: float
    needle_gauge: int
    needle_length_mm: float
    angle_deg: float
    spacing_cm: float
    margin_cm: float
    volume_per_papule_ml: Decimal
    nappage_density_per_cm2: float | None
    seconds_per_papule: float
    setup_minutes: float


DEMO_PRESETS: tuple[DemoPreset, ...] = (
    DemoPreset("ied", "Intra-epidermal (IED), lines", "IED", "line", 0.5, 32, 4.0, 15.0,
               0.3, 0.3, Decimal("0.005"), None, 1.0, 5.0),
    DemoPreset("ids_nappage", "Superficial intradermal nappage (IDS)", "IDS", "nappage", 1.5, 32,
               4.0, 45.0, 0.3, 0.3, Decimal("0.01"), 6.0, 0.5, 5.0),
    DemoPreset("idp_face", "Deep intradermal papules 1 cm (IDP)", "IDP", "hex", 3.0, 30, 4.0,
               30.0, 1.0, 0.5, Decimal("0.02"), None, 4.0, 10.0),
    DemoPreset("idp_body", "Deep intradermal papules 1.5 cm (IDP)", "IDP", "hex", 3.0, 27,
               4.0, 45.0, 1.5, 0.5, Decimal("0.05"), None, 4.0, 10.0),
    DemoPreset("idp_pain", "Papules for pain, 2.5 cm (IDP)", "IDP", "square", 4.0, 27, 4.0,
               45.0, 2.5, 1.0, Decimal("0.1"), None, 5.0, 10.0),
    DemoPreset("idh", "Point-by-point intradermo-hypodermic", "IDH", "hex", 6.0, 30, 13.0,
               60.0, 2.0, 1.0, Decimal("0.15"), None, 6.0, 10.0),
)

# --- indications, templates and regions --------------------------------------------------------


@dataclass(frozen=True)
class ZoneShape:
    """A region drawn on a template when the template library is unavailable: simple geometry
    in template cm (x right, y up). ``kind`` is "rect" (x0, y0, x1, y1) or "ellipse"
    (cx, cy, rx, ry)."""

    zone_id: str
    name: str
    kind: str
    params: tuple[float, float, float, float]


@dataclass(frozen=True)
class DemoIndication:
    """What a demo course treats: where, how, with what, and how often."""

    code: str
    name: str
    template_id: str
    zones: tuple[ZoneShape, ...]
    preset_code: str
    product_codes: tuple[str, ...]  # first = main product; others may join the mixture
    sessions: tuple[int, int]  # inclusive range of sessions in a course
    interval_days: tuple[int, ...]
    weight: float
    nappage_zone: str | None = None  # a zone also treated by nappage in some sessions

    @property
    def area(self) -> str:
        """The body area a demo course records: its regions ("Left trapezius, right
        trapezius, left scapular"); the indication's title is ``name``."""
        names = [z.name for z in self.zones]
        return ", ".join(names[:1] + [n[:1].lower() + n[1:] for n in names[1:]])


def _rect(zone_id: str, name: str, x0: float, y0: float, x1: float, y1: float) -> ZoneShape:
    return ZoneShape(zone_id, name, "rect", (x0, y0, x1, y1))


def _ell(zone_id: str, name: str, cx: float, cy: float, rx: float, ry: float) -> ZoneShape:
    return ZoneShape(zone_id, name, "ellipse", (cx, cy, rx, ry))


DEMO_INDICATIONS: tuple[DemoIndication, ...] = (
    DemoIndication(
        "skin_ageing_face", "Skin ageing, face", "face_front",
        # face: x = 0 on the midline, y = 0 at the nasion; the patient's left is x > 0
        (_rect("forehead", "Forehead", -5.5, 1.5, 5.5, 5.5),
         _ell("cheek_left", "Left cheek", 4.0, -3.5, 2.2, 2.6),
         _ell("cheek_right", "Right cheek", -4.0, -3.5, 2.2, 2.6)),
        "idp_face", ("revita53", "hyaludemo"), (4, 6), (14,), 0.22, nappage_zone="forehead"),
    DemoIndication(
        "alopecia", "Alopecia, scalp", "scalp_top",
        (_ell("vertex", "Vertex", 0.0, -3.0, 4.0, 4.5),
         _rect("frontal_scalp", "Frontal scalp", -4.0, 4.0, 4.0, 8.0)),
        "idp_face", ("capillo",), (6, 8), (7, 14), 0.12, nappage_zone="vertex"),
    DemoIndication(
        "knee_pain", "Knee osteoarthritis pain", "knee_anterior_right",
        (_ell("medial_knee_right", "Medial knee", 3.5, 0.0, 3.0, 5.0),
         _ell("lateral_knee_right", "Lateral knee", -3.5, 0.0, 3.0, 5.0),
         _rect("suprapatellar_right", "Suprapatellar", -4.5, 6.0, 4.5, 11.0)),
        "idp_pain", ("procademo",), (4, 6), (7,), 0.14),
    DemoIndication(
        "low_back_pain", "Low back pain", "lower_back",
        (_rect("lumbar_left", "Left lumbar", -10.0, -6.0, -2.0, 6.0),
         _rect("lumbar_right", "Right lumbar", 2.0, -6.0, 10.0, 6.0)),
        "idp_pain", ("procademo",), (4, 6), (7,), 0.12),
    DemoIndication(
        "neck_shoulder_pain", "Neck and shoulder pain", "upper_back_shoulders",
        (_rect("trapezius_left", "Left trapezius", -16.0, 8.0, -3.0, 14.0),
         _rect("trapezius_right", "Right trapezius", 3.0, 8.0, 16.0, 14.0),
         _ell("scapular_left", "Left scapular", -10.0, -2.0, 5.0, 6.0)),
        "idp_pain", ("procademo",), (4, 6), (7,), 0.1),
    DemoIndication(
        "cellulite", "Cellulite, posterior thighs", "buttocks_posterior_thighs",
        # back view: the patient's left is on the viewer's left (x < 0)
        (_ell("posterior_thigh_upper_left", "Left posterior thigh", -9.0, -8.0, 7.0, 8.0),
         _ell("posterior_thigh_upper_right", "Right posterior thigh", 9.0, -8.0, 7.0, 8.0)),
        "idp_body", ("lipofict", "silidemo"), (8, 10), (7, 14), 0.1),
    DemoIndication(
        "localised_fat", "Localised fat, abdomen (off-label)", "abdomen_flanks",
        (_rect("periumbilical", "Periumbilical", -7.0, -4.0, 7.0, 4.0),
         _rect("hypogastric", "Hypogastric", -8.0, -12.0, 8.0, -6.0)),
        "idp_body", ("lipofict",), (4, 6), (14,), 0.08),
    DemoIndication(
        "venous", "Chronic venous insufficiency, lower legs", "lower_legs_back",
        (_rect("calf_left", "Left calf", -9.0, -10.0, -3.0, 10.0),
         _rect("calf_right", "Right calf", 3.0, -10.0, 9.0, 10.0)),
        "idh", ("veinodemo",), (5, 8), (7,), 0.06),
    DemoIndication(
        "neck_decollete", "Skin ageing, neck and décolleté", "neck_decollete_female",
        (_rect("neck_left", "Left neck", 0.5, 0.0, 5.0, 7.0),
         _rect("neck_right", "Right neck", -5.0, 0.0, -0.5, 7.0),
         _ell("decollete", "Décolleté", 0.0, -8.0, 9.0, 5.0)),
        "idp_face", ("collagena", "hyaludemo"), (4, 5), (14,), 0.06, nappage_zone="decollete"),
)

#: Colours for regions, cycled (readable on a light template).
REGION_COLORS: tuple[str, ...] = ("#d9480f", "#1c7ed6", "#2b8a3e", "#ae3ec9", "#e67700",
                                  "#0b7285", "#c2255c")

#: Session status codes, as in the architecture's session life cycle.
SESSION_STATES: tuple[str, ...] = ("planned", "performed", "signed", "cancelled", "no_show")
