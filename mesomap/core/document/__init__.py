"""The map document: one session's map as a Qt-free model with change events and commands.

Shared by the canvas (a view that subscribes to ``doc.events``), the session records (saved by
``mesomap.storage.maps``), printing and trainer mode. See docs/decisions/0003-map-document.md.
"""

from mesomap.core.document.derived import (
    MapTotals,
    ProductVolume,
    RegionTotals,
    map_totals,
    nappage_injections,
    region_injections,
    region_totals,
)
from mesomap.core.document.events import Connection, DocumentEvent, DocumentEvents, EventKind
from mesomap.core.document.files import read_document, write_document
from mesomap.core.document.geometry import VertexRef, midline_x
from mesomap.core.document.layouting import (
    EngineLayouter,
    ExclusionProvider,
    Layouter,
    PreviousProvider,
    previous_session,
)
from mesomap.core.document.model import (
    PATTERNS,
    START_CORNERS,
    MapDocument,
    MixtureItem,
    Region,
    Technique,
    TemplateRef,
    new_region_id,
)
from mesomap.core.document.papules import Papule, PapuleSet, new_papule_id, new_papule_ids
from mesomap.core.document.serialize import (
    DocumentFormatError,
    canonical_bytes,
    digest,
    dumps_canonical,
    from_dict,
    loads,
    to_dict,
)
from mesomap.core.document.validation import (
    InvalidEditError,
    Problem,
    validate_document,
    validate_region,
)

__all__ = [
    "PATTERNS",
    "START_CORNERS",
    "Connection",
    "DocumentEvent",
    "DocumentEvents",
    "DocumentFormatError",
    "EngineLayouter",
    "EventKind",
    "ExclusionProvider",
    "InvalidEditError",
    "Layouter",
    "MapDocument",
    "MapTotals",
    "MixtureItem",
    "Papule",
    "PapuleSet",
    "PreviousProvider",
    "Problem",
    "ProductVolume",
    "Region",
    "RegionTotals",
    "Technique",
    "TemplateRef",
    "VertexRef",
    "canonical_bytes",
    "digest",
    "dumps_canonical",
    "from_dict",
    "loads",
    "map_totals",
    "midline_x",
    "nappage_injections",
    "previous_session",
    "read_document",
    "new_papule_id",
    "new_papule_ids",
    "new_region_id",
    "region_injections",
    "region_totals",
    "to_dict",
    "validate_document",
    "validate_region",
    "write_document",
]
