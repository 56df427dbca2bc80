"""Parsing response bodies: msgspec when it gives exactly what ``json.loads`` would, else json.

Parsing is about half the cost of turning a decision into models. msgspec's JSON decoder parses
the same bytes about twice as fast as the standard library and, unlike orjson (which turns an
integer beyond 64 bits into a float, so needed a scan of every body for long digit runs first),
keeps integers of any size exact. Where the two parsers could differ, msgspec refuses instead
of answering: NaN and Infinity, lone surrogates (escaped or encoded), a byte-order mark, numbers
that overflow a double, integers past Python's digit limit, nesting too deep. Those bodies go to
``json.loads``, which then accepts them or raises as it always did. ``tests/client/test_json.py``
checks the two against each other, value and type, on generated documents.

Without msgspec (it has no PyPy wheels, say) this is ``json.loads``.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

_fast: Callable[[bytes], Any] | None
try:
    import msgspec.json

    _fast = msgspec.json.decode
    # RecursionError: msgspec's own depth limit; json.loads then decides.
    _FastError: tuple[type[Exception], ...] = (msgspec.DecodeError, RecursionError)
except ImportError:  # pragma: no cover - exercised by forcing _fast to None in the tests
    _fast = None
    _FastError = (ValueError,)


def loads(content: bytes) -> Any:
    """Parse ``content`` exactly as ``json.loads(content)`` would, faster when it can.

    Raises ``ValueError`` (``json.JSONDecodeError`` or a ``UnicodeDecodeError``) where
    ``json.loads`` does, and for a body nested too deeply to parse (where ``json.loads`` would
    raise ``RecursionError``: a hostile body must not look like a bug in the caller).

    >>> loads(b'{"ledger": 1208925819614629174706177, "score": 0.5}')
    {'ledger': 1208925819614629174706177, 'score': 0.5}
    """
    if _fast is not None:
        try:
            return _fast(content)
        except _FastError:
            pass
    try:
        return json.loads(content)
    except RecursionError:
        raise ValueError("JSON nested too deeply to parse") from None
