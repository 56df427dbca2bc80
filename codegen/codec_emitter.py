"""Emit ``_codec.py``: how every model is decoded, encoded and (for requests) validated.

Decoders are straight-line code per model (decoding every response is the hot path); encoders
are one table per model read by a shared ``_encode`` loop; validators exist only for the models
a request body can reach. The per-node expressions and checks come from the type tree
(``types.py``, ``unions.py``); this module strings them together per model.
"""

from __future__ import annotations

import json
import re
import textwrap

from .generator import Generator
from .ir import Model
from .source import HEADER, SEAM_NAMES, import_lines
from .types import Nullable

__all__ = ["render_codec"]

_ENCODE = '''
_Table = tuple[tuple[str, str, "Callable[[Any], Any] | None", bool], ...]


def _encode(o: Any, table: _Table) -> dict[str, Any]:
    """Encode a model by its table. A decoded object's __dict__ holds exactly the keys its
    payload had, so a None there whose key was present was a JSON null and goes back out as one;
    on an object built by hand, None is sent only where the table says so.
    """
    d: dict[str, Any] = {}
    seen = o.__dict__ if o._present else None
    for name, wire, enc, null_by_hand in table:
        v = getattr(o, name)
        if v is None:
            if (seen is None and null_by_hand) or (seen is not None and name in seen):
                d[wire] = None
        elif v is not UNSET:
            d[wire] = v if enc is None else enc(v)
    if o.additional_properties:
        d.update(o.additional_properties)
    return d
'''


def render_codec(gen: Generator, resources: str) -> str:
    """``_codec.py``; ``resources`` is the resource module's source, since its methods check
    enum query parameters against the value sets emitted here."""
    out: list[str] = []
    for m in gen.models.values():
        out.append(_structure(m))
        out.append(_unstructure(gen, m))
        # Only what a request body can reach is ever validated.
        if m.name in gen.request_models:
            out.append(_validator(m))
    out.append("\n\nSTRUCTURE: dict[type, Callable[[Any], Any]] = {\n")
    for m in gen.models.values():
        out.append(f"    {m.name}: structure_{m.name},\n")
    out.append("}\nUNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {\n")
    for m in gen.models.values():
        out.append(f"    {m.name}: unstructure_{m.name},\n")
    out.append("}\n")
    out.append(
        textwrap.dedent('''


        def register_hooks(converter: cattrs.Converter) -> None:
            """Register every model's generated hooks on ``converter`` (once, at import)."""
            for cls, structure in STRUCTURE.items():
                converter.register_structure_hook(cls, _adapt(structure))
            for cls, unstructure in UNSTRUCTURE.items():
                converter.register_unstructure_hook(cls, unstructure)


        def _adapt(structure: Callable[[Any], Any]) -> Callable[[Any, Any], Any]:
            # cattrs passes (data, type); the generated decoders only need the data.
            return lambda data, _type: structure(data)
        ''')
    )
    body = "".join(out)
    # The value sets are read only by validation: emitted for the enums a validator or a
    # resource method checks, not for those that only appear in responses.
    used = set(re.findall(r"\b_E_\w+", body + resources))
    tables: list[str] = ["\n_new = object.__new__\n", _ENCODE, "\n"]
    for pattern, const in gen.patterns.items():
        tables.append(f"{const} = re.compile({pattern!r})\n")
    for name in gen.enums:
        tables.append(f"_M_{name} = EnumTable({name})\n")
        if f"_E_{name}" in used:
            tables.append(f"_E_{name} = frozenset(_M_{name})\n")
    for values, const in gen.inline_enums.items():
        if const in used:
            tables.append(f"{const} = frozenset({list(values)!r})\n")
    for m in gen.models.values():
        if m.fields:
            tables.append(f"_K_{m.name} = frozenset({[f.wire for f in m.fields]!r})\n")
        else:  # a model that declares no field (every key lands in additional_properties)
            tables.append(f"_K_{m.name}: frozenset[str] = frozenset()\n")
    src = "".join(tables) + body
    head = [
        HEADER,
        textwrap.dedent('''\
        """Straight-line decoders and encoders for every model, validators for request bodies.

        Decoders are forward-compatible: unknown keys go to ``additional_properties``, unknown
        enum values stay plain strings, a value of a surprising JSON type is kept as it is.
        Keys that were present with a JSON null are remembered, so encoding gives back the
        same document. Validators exist only for models a request body can contain.
        """

        from __future__ import annotations

        '''),
        "import re\n" if gen.patterns else "",
        import_lines(
            src,
            [("collections.abc", ["Callable", "Mapping"]), ("typing", ["Any"])],
        ),
        "\nimport cattrs\n\n",
        import_lines(src, [("didit_async._seam", SEAM_NAMES)]),
        import_lines(src, [(".enums", sorted(gen.enums)), (".models", sorted(gen.models))]),
    ]
    return "".join(head) + src


def _structure(m: Model) -> str:
    # Speed matters here (every response goes through it). The new instance's own __dict__
    # takes the payload in one C-level update and keeps only the keys that were there
    # (absent fields read None from the class); then only the fields that need converting
    # are touched, each behind a presence test and one cheap guard (its JSON type), so null
    # fields and values of an unexpected type are left as they are. That the keys in the
    # __dict__ are exactly the payload's is also what lets encoding tell null from absent.
    lines = [
        f"\n\ndef structure_{m.name}(d: Any) -> {m.name}:",
        f'    """Decode a JSON object into :class:`{m.name}`."""',
        f"    o = _new({m.name})",
        "    vals = o.__dict__",
        "    vals.update(d)",
        f"    if _K_{m.name}.issuperset(d):",
        "        vals['additional_properties'] = {}",
        "    else:",
        f"        ex = d.keys() - _K_{m.name}",
        "        vals['additional_properties'] = {k: vals.pop(k) for k in ex}",
    ]
    for f in m.fields:
        if f.name != f.wire:
            lines.append(f"    if {f.wire!r} in vals:")
            lines.append(f"        vals[{f.name!r}] = vals.pop({f.wire!r})")
    for f in m.fields:
        guarded = f.type.decode_guarded("v")
        if guarded is None:
            continue
        if "    v: Any" not in lines:
            lines.insert(2, "    v: Any")
        cond, expr = guarded
        lines.append(f"    if {f.name!r} in vals:")
        lines.append(f"        v = vals[{f.name!r}]")
        lines.append(f"        if {cond}:")
        lines.append(f"            vals[{f.name!r}] = {expr}")
    lines.append("    return o")
    return "\n".join(lines) + "\n"


def _unstructure(gen: Generator, m: Model) -> str:
    # Encoding is table-driven (requests are small; decoding is the hot path): one row per
    # field, (attribute, wire key, encoder or None, whether a hand-built None is sent as
    # null: required fields, and nullable ones in a request, whose "leave out" is UNSET).
    rows = []
    for f in m.fields:
        inner = f.type.inner if isinstance(f.type, Nullable) else f.type
        enc = f"lambda v: {inner.encode('v')}" if inner.needs_encode() else "None"
        null_by_hand = f.required or (f.nullable and m.name in gen.request_models)
        rows.append(f"    ({f.name!r}, {f.wire!r}, {enc}, {null_by_hand}),")
    return "\n".join(
        [
            f"\n\n_U_{m.name}: _Table = (",
            *rows,
            ")",
            f"\n\ndef unstructure_{m.name}(o: {m.name}) -> dict[str, Any]:",
            f'    """Encode :class:`{m.name}` as a JSON object (absent fields stay absent)."""',
            f"    return _encode(o, _U_{m.name})\n",
        ]
    )


def _validator(m: Model) -> str:
    lines = [
        f"\n\ndef validate_{m.name}(d: Any, at: str = '') -> None:",
        f'    """Raise DiditValidationError unless ``d`` is a valid {m.name}."""',
        "    if not isinstance(d, Mapping):",
        f"        raise DiditValidationError(at.rstrip('.') or {m.name!r}, 'type', "
        "'must be an object, not ' + type(d).__name__)",
        "    v: Any",
    ]
    if m.closed:
        lines.append(f"    for k in d.keys() - _K_{m.name}:")
        lines.append(
            "        raise DiditValidationError(at + str(k), 'unknown', "
            f"'is not a field of {m.name}')"
        )
    for f in m.fields:
        label = f"at + {f.wire!r}"
        if f.required:
            lines.append(f"    if {f.wire!r} not in d:")
            lines.append(f"        raise DiditValidationError({label}, 'required', 'is required')")
        body: list[str] = []
        inner = f.type.inner if isinstance(f.type, Nullable) else f.type
        inner.validate("v", label, body.append, 0)
        if not body:
            continue
        lines.append(f"    v = d.get({f.wire!r})")
        if f.nullable:
            lines.append("    if v is not None:")
            lines.extend("        " + b for b in body)
            continue
        lines.append("    if v is None:")
        lines.append(f"        if {f.wire!r} in d:")
        lines.append(f"            raise DiditValidationError({label}, 'type', 'must not be null')")
        lines.append("    else:")
        lines.extend("        " + b for b in body)
    if m.min_properties:
        n = m.min_properties
        lines.append(f"    if len(d) < {n}:")
        lines.append(
            f"        raise DiditValidationError(at.rstrip('.') or {m.name!r}, "
            f"'min_properties', 'must have at least {n} field{'s' * (n > 1)}')"
        )
    for consts, present, then in m.conditions:
        tests = [f"{k!r} in d" for k in present] + [
            f"d.get({k!r}) == {v!r}" for k, v in consts.items()
        ]
        when = ", ".join(f"{k} is {json.dumps(v)}" for k, v in consts.items())
        for req in then:
            lines.append(f"    if {' and '.join(tests)} and {req!r} not in d:")
            msg = f"is required when {when}"
            lines.append(f"        raise DiditValidationError(at + {req!r}, 'depends', {msg!r})")
    return "\n".join(lines) + "\n"
