"""The document's ``Layouter`` with surface-true spacing.

:class:`SurfaceLayouter` is :class:`~mesomap.core.document.layouting.EngineLayouter` whose
layouts go through :func:`plan_surface_layout`: the canvas, commands and records use it as they
use the engine layouter (same protocol, same ``fast`` live path), given the template's
:class:`SurfaceModel` (or a function returning it, when the template can change)::

    layouter = SurfaceLayouter(lambda: exclusions, surface=lambda: SurfaceModel.for_template(t, fit))

``use_surface`` is the ``surface: bool | None`` option (None = on where the template has
relief); flat templates get exactly the engine layouter's papules.
"""

from __future__ import annotations

from collections.abc import Callable

from mesomap.core.document.layouting import EngineLayouter, ExclusionProvider, PreviousProvider
from mesomap.core.document.model import TemplateRef
from mesomap.core.layout import LayoutRequest, LayoutResult
from mesomap.core.surface.layout import plan_surface_layout
from mesomap.core.surface.model import SurfaceModel
from mesomap.core.templates import Template, TemplateLibrary, TemplateNotFound, load_library

SurfaceProvider = Callable[[], SurfaceModel | None]

_LIBRARY: list[TemplateLibrary] = []
_MODELS: dict[tuple[str, int, str, float, float], SurfaceModel] = {}


def _model(template: Template, ref: TemplateRef) -> SurfaceModel:
    key = (ref.template_id, ref.template_version, ref.content_hash, ref.fit.scale_x, ref.fit.scale_y)
    model = _MODELS.get(key)
    if model is None:
        if len(_MODELS) > 16:
            _MODELS.clear()
        model = _MODELS[key] = SurfaceModel.for_template(template, ref.fit)
    return model


def surface_for_ref(ref: TemplateRef, template: Template | None = None) -> SurfaceModel | None:
    """The :class:`SurfaceModel` of a stored map's template (its exact version and content, the
    map's patient fit): ``template`` when it is that content (e.g. the copy stored with the
    session), else from the installed library; None when neither is (the layout is then
    planar, as before surface spacing)."""
    if template is not None and template.content_hash == ref.content_hash:
        return _model(template, ref)
    for attempt in range(2):
        if not _LIBRARY or attempt:
            _LIBRARY[:] = [load_library()]
        try:
            installed = _LIBRARY[0].get(ref.template_id, ref.template_version)
        except TemplateNotFound:
            continue
        if installed.content_hash == ref.content_hash:
            return _model(installed, ref)
    return None


class SurfaceLayouter(EngineLayouter):
    """``EngineLayouter`` measuring the spacing on the skin (see the module docstring)."""

    def __init__(
        self,
        exclusions: ExclusionProvider | None = None,
        previous: PreviousProvider | None = None,
        *,
        surface: SurfaceModel | SurfaceProvider | None = None,
        use_surface: bool | None = None,
    ) -> None:
        super().__init__(exclusions, previous)
        self._surface = surface
        self.use_surface = use_surface

    def surface(self) -> SurfaceModel | None:
        s = self._surface
        if s is None or isinstance(s, SurfaceModel):
            return s
        return s()

    def _plan(self, request: LayoutRequest) -> LayoutResult:
        """The engine's request, the spacing measured on this layouter's surface."""
        return plan_surface_layout(request, self.surface(), use_surface=self.use_surface)
