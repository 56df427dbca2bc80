"""Parsing response bodies: orjson when it gives exactly what ``json.loads`` would, else json.

Parsing is about half the cost of turning a decision into models, and orjson parses the same
bytes two to three times faster than the standard library. It is used only where its answer is
identical to ``json.loads``'s:

- orjson turns an integer beyond 64 bits into a float, silently. A body with a run of 19 or
  more digits anywhere (a cheap over-approximation: it also matches long digit strings) is
  parsed by ``json.loads`` instead, so ``metadata`` holding a big integer keeps it exact;
- everything else orjson refuses (NaN and Infinity, lone surrogates, a byte-order mark, numbers
  that overflow a double, nesting past its limit) goes to ``json.loads``, which then accepts it
  or raises as it always did.

Without orjson (it is not installed on PyPy, say) this is ``json.loads``.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

_fast: Callable[[bytes], Any] | None
try:
    import orjson

    _fast = orjson.loads
    _FastError: type[Exception] = orjson.JSONDecodeError
except ImportError:  # pragma: no cover - exercised by forcing _fast to None in the tests
    _fast = None
    _FastError = ValueError

_DIGITS_TO_ZERO = bytes.maketrans(b"123456789", b"000000000")
_LONG_RUN = b"0" * 19  # -2**63 has 19 digits: anything shorter fits orjson's integers


def loads(content: bytes) -> Any:
    """Parse ``content`` exactly as ``json.loads(content)`` would, faster when it can.

    Raises ``ValueError`` (``json.JSONDecodeError`` or a ``UnicodeDecodeError``) where
    ``json.loads`` does, and for a body nested too deeply to parse (where ``json.loads`` would
    raise ``RecursionError``: a hostile body must not look like a bug in the caller).
    """
    if _fast is not None and _LONG_RUN not in content.translate(_DIGITS_TO_ZERO):
        try:
            return _fast(content)
        except _FastError:
            pass
    try:
        return json.loads(content)
    except RecursionError:
        raise ValueError("JSON nested too deeply to parse") from None
