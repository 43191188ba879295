"""Template artwork path strings as absolute segments, keeping the Bézier curves (Qt-free).

The template loader flattens paths at 0.02 cm for geometry; a renderer that prints at 1:1 draws
the curves themselves. ``segments(path)`` returns ``("M", p)``, ``("L", p)``, ``("C", c1, c2,
p)``, ``("Q", c, p)`` and ``("Z",)`` with absolute cm coordinates (y up), resolving relative
commands, ``H``/``V`` and the ``S`` reflection exactly as :func:`mesomap.core.templates.geometry.
parse_path` does. Malformed input raises ``ValueError`` (the loader has already refused it).
"""

from __future__ import annotations

import re
from functools import lru_cache

Point = tuple[float, float]

_TOKEN = re.compile(r"[MmLlHhVvCcSsQqZz]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
_ARGS = {"M": 2, "L": 2, "H": 1, "V": 1, "C": 6, "S": 4, "Q": 4, "Z": 0}


@lru_cache(maxsize=4096)
def segments(text: str) -> tuple[tuple[object, ...], ...]:
    tokens = _TOKEN.findall(text)
    out: list[tuple[object, ...]] = []
    pos: Point = (0.0, 0.0)
    start: Point = (0.0, 0.0)
    last_ctrl: Point | None = None
    cmd = ""
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok.isalpha():
            if not out and tok not in "Mm":
                raise ValueError("the path must start with M")
            cmd = tok
            i += 1
            if cmd in "Zz":
                out.append(("Z",))
                pos, last_ctrl = start, None
                continue
        if not cmd:
            raise ValueError("the path must start with M")
        up, rel = cmd.upper(), cmd.islower()
        k = _ARGS[up]
        vals = [float(v) for v in tokens[i:i + k]]
        if len(vals) < k:
            raise ValueError(f"path command {cmd!r} is missing numbers")
        i += k
        ox, oy = pos if rel else (0.0, 0.0)
        if up == "M":
            pos = start = (ox + vals[0], oy + vals[1])
            out.append(("M", pos))
            cmd = "l" if rel else "L"
            last_ctrl = None
        elif up == "L":
            pos = (ox + vals[0], oy + vals[1])
            out.append(("L", pos))
            last_ctrl = None
        elif up == "H":
            pos = ((pos[0] if rel else 0.0) + vals[0], pos[1])
            out.append(("L", pos))
            last_ctrl = None
        elif up == "V":
            pos = (pos[0], (pos[1] if rel else 0.0) + vals[0])
            out.append(("L", pos))
            last_ctrl = None
        elif up == "C":
            c1, c2 = (ox + vals[0], oy + vals[1]), (ox + vals[2], oy + vals[3])
            end = (ox + vals[4], oy + vals[5])
            out.append(("C", c1, c2, end))
            last_ctrl, pos = c2, end
        elif up == "S":
            c1 = (2 * pos[0] - last_ctrl[0], 2 * pos[1] - last_ctrl[1]) if last_ctrl else pos
            c2, end = (ox + vals[0], oy + vals[1]), (ox + vals[2], oy + vals[3])
            out.append(("C", c1, c2, end))
            last_ctrl, pos = c2, end
        elif up == "Q":
            c, end = (ox + vals[0], oy + vals[1]), (ox + vals[2], oy + vals[3])
            out.append(("Q", c, end))
            last_ctrl, pos = None, end
    return tuple(out)
