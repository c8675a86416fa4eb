"""Total parsers for text that other Carebot programs write: the AI server's JSON, the
disaster alerts' JSON, the robot's Python-literal dicts (``"{'finedust': 53}"``).

Total means: any text in, a value or ``None`` out; never an exception. Size and nesting
are bounded *before* a parser runs, because a deeply nested document makes ``json.loads``
and ``ast.literal_eval`` recurse until ``RecursionError`` (and ``str()`` of the result
recurses again). A caller that gets ``None`` shows the text as plain text.
"""

from __future__ import annotations

import ast
import json
from typing import Any

MAX_CHARS = 200_000  # far above any real payload (a mental analysis is about 3 KB)
MAX_DEPTH = 32  # real payloads nest 3 deep
_OPEN = "[{("
_CLOSE = "]})"


def nesting_depth(text: str, limit: int = MAX_DEPTH) -> int:
    """The deepest bracket nesting outside string literals, counting up to ``limit + 1``
    (the scan stops there: the text is refused either way)."""
    depth = deepest = 0
    quote = ""
    escaped = False
    for char in text:
        if quote:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == quote:
                quote = ""
            continue
        if char in "\"'":
            quote = char
        elif char in _OPEN:
            depth += 1
            if depth > deepest:
                deepest = depth
                if deepest > limit:
                    return deepest
        elif char in _CLOSE:
            depth = max(0, depth - 1)
    return deepest


def _bounded(text: object) -> str | None:
    if not isinstance(text, str) or not text or len(text) > MAX_CHARS:
        return None
    if nesting_depth(text) > MAX_DEPTH:
        return None
    return text


def load_json(text: object) -> object:
    """The JSON value of ``text``, or None if it is not bounded, well-formed JSON."""
    bounded = _bounded(text)
    if bounded is None:
        return None
    try:
        return json.loads(bounded)
    except Exception:  # noqa: BLE001 - total: anything that fails is "not JSON"
        return None


def load_python_literal(text: object) -> object:
    """The Python literal of ``text`` (the robot's format), or None."""
    bounded = _bounded(text)
    if bounded is None:
        return None
    try:
        return ast.literal_eval(bounded)
    except Exception:  # noqa: BLE001 - total: SyntaxError, ValueError, MemoryError...
        return None


def load_mapping(text: object) -> dict[str, Any] | None:
    """A dict from JSON or a Python literal (the AI server writes either), or None."""
    value = load_json(text)
    if value is None:
        value = load_python_literal(text)
    return value if isinstance(value, dict) else None


def as_text(value: object, limit: int = 2_000) -> str:
    """A short, printable text of a parsed value (never recursing without bound: the
    values come from the bounded parsers above)."""
    if value is None:
        return ""
    try:
        text = value if isinstance(value, str) else str(value)
    except Exception:  # noqa: BLE001 - total: a value that cannot print shows nothing
        return ""
    return text[:limit]
