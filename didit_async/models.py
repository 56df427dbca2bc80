"""Every model and enum of the Didit API, plus ``decode`` and ``encode``.

The classes are generated from ``openapi/didit.yaml``. Responses are frozen attrs classes; a field
Didit adds later lands in ``additional_properties`` and an enum value Didit adds later decodes to a
pseudo-member (an instance of the enum and a ``str`` equal to the value, with ``is_known`` False),
so a new Didit release never breaks decoding. A value of a JSON type the spec does not promise
(say a number where a string enum was expected) is kept as it is rather than failing.

Dates and timestamps stay ISO 8601 strings, as Didit sends them: its formats vary (with and
without fractions or offsets, date-only birth dates), parsing every one would slow decoding down
and could fail on a shape we have not seen. Use ``datetime.fromisoformat`` where you need one.

``decode`` (``decode_json`` from bytes) and ``encode`` are the public way to move between
JSON-shaped data and models, for example to parse a stored webhook body or a queued payload:

>>> from didit_async.models import SessionDecision, decode, encode
>>> decision = decode(SessionDecision, {"session_id": "11111111-2222-3333-4444-555555555555",
...                                      "status": "Approved", "new_field": 1})
>>> decision.status
<SessionStatus.APPROVED: 'Approved'>
>>> encode(decision)["new_field"]
1
>>> decode(SessionDecision, {"session_id": "s", "status": "Frozen"}).status.is_known
False
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeVar

import cattrs

from . import _json
from ._generated import _codec
from ._generated import models as _models
from ._generated.enums import *  # noqa: F403
from ._generated.enums import __all__ as _enum_names

if TYPE_CHECKING:
    # Type checkers see every model here; at run time each is imported on first use (below).
    from ._generated.models import *  # noqa: F403

T = TypeVar("T")

converter = cattrs.Converter()
"""The one converter: each model decodes and encodes with its generated functions."""
_codec.register_hooks(converter)

__all__ = sorted(["converter", "decode", "decode_json", "encode", *_enum_names, *_models.__all__])


# Hidden from type checkers: they see every model through the TYPE_CHECKING import above, and a
# module __getattr__ would make them accept any name (a typo) as Any.
if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        # A model is imported with its group the first time it is asked for, so importing this
        # module does not build the classes of every resource.
        if name in _models.GROUPS:
            value = getattr(_models, name)
            globals()[name] = value
            return value
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

    def __dir__() -> list[str]:
        return sorted({*globals(), *__all__})


def decode(type_: type[T], data: Any) -> T:
    """Turn JSON-shaped ``data`` (parsed with ``json.loads``) into an instance of ``type_``.

    Works for every model, for enums, and for containers such as ``list[Workflow]``.
    """
    structure = _codec.decoder_for(type_)
    if structure is not None:
        if not isinstance(data, dict):
            raise TypeError(
                f"{type_.__name__} is decoded from a JSON object (a dict), "
                f"not {type(data).__name__}"
            )
        result: T = structure(data)
        return result
    return converter.structure(data, type_)


def decode_json(type_: type[T], raw: bytes | str) -> T:
    """Parse a JSON document and decode it into ``type_``: the client's own response path.

    Parses with the same fast path the client uses for responses (identical results to
    ``json.loads``), so it is the quickest way from stored bytes to a model.

    >>> from didit_async.models import SessionDecision, decode_json
    >>> decode_json(SessionDecision, b'{"session_id": "s", "status": "Declined"}').status.value
    'Declined'
    """
    data = _json.loads(raw.encode("utf-8", "surrogatepass") if isinstance(raw, str) else raw)
    return decode(type_, data)


def encode(obj: Any) -> Any:
    """Turn a model (or a list or dict of them) back into JSON-shaped data.

    Fields that were absent stay absent, fields that were null stay null, and unknown fields
    Didit sent come back as they were, so ``encode(decode(T, data)) == data``.
    """
    unstructure = _codec.encoder_for(type(obj))
    if unstructure is not None:
        return unstructure(obj)
    return converter.unstructure(obj)
