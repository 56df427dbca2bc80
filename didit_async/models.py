"""Every model and enum of the Didit API, plus ``decode`` and ``encode``.

The classes are generated from ``openapi/didit.yaml``. Responses are frozen attrs classes; a field
Didit adds later lands in ``additional_properties`` and an enum value Didit adds later decodes to a
pseudo-member (an instance of the enum and a ``str`` equal to the value, with ``is_known`` False),
so a new Didit release never breaks decoding. A value of a JSON type the spec does not promise
(say a number where a string enum was expected) is kept as it is rather than failing.

Dates and timestamps stay ISO 8601 strings, as Didit sends them: its formats vary (with and
without fractions or offsets, date-only birth dates), parsing every one would slow decoding down
and could fail on a shape we have not seen. Use ``datetime.fromisoformat`` where you need one.

``decode`` and ``encode`` are the public way to move between JSON-shaped data and models, for
example to parse a stored webhook body or a queued payload:

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

from typing import Any, TypeVar

import cattrs

from ._generated import _codec
from ._generated.enums import *  # noqa: F403
from ._generated.enums import __all__ as _enum_names
from ._generated.models import *  # noqa: F403
from ._generated.models import __all__ as _model_names

T = TypeVar("T")

converter = cattrs.Converter()
"""The one converter, with a generated hook per model registered once at import."""
_codec.register_hooks(converter)

__all__ = sorted(["converter", "decode", "encode", *_enum_names, *_model_names])


def decode(type_: type[T], data: Any) -> T:
    """Turn JSON-shaped ``data`` (parsed with ``json.loads``) into an instance of ``type_``.

    Works for every model, for enums, and for containers such as ``list[Workflow]``.
    """
    structure = _codec.STRUCTURE.get(type_)
    if structure is not None:
        result: T = structure(data)
        return result
    return converter.structure(data, type_)


def encode(obj: Any) -> Any:
    """Turn a model (or a list or dict of them) back into JSON-shaped data.

    Fields that were absent stay absent, fields that were null stay null, and unknown fields
    Didit sent come back as they were, so ``encode(decode(T, data)) == data``.
    """
    unstructure = _codec.UNSTRUCTURE.get(type(obj))
    if unstructure is not None:
        return unstructure(obj)
    return converter.unstructure(obj)
