"""Emit ``_codec/``: how every model is decoded, encoded and (for requests) validated.

One module per group of models (``model_emitter.group_order``). Decoders are straight-line code
per model (decoding every response is the hot path); encoders are one table per model read by a
shared ``encode_by_table`` loop; validators exist only for the models a request body can reach.
The per-node expressions and checks come from the type tree (``types.py``, ``unions.py``); this
module strings them together per model.
"""

from __future__ import annotations

import json
import re

from .generator import Generator
from .ir import Model
from .model_emitter import group_order
from .rules import rule
from .source import HEADER, SEAM_NAMES, import_lines
from .types import Nullable

__all__ = ["render_codec"]

_PACKAGE = '''
"""How every model is decoded, encoded and (for requests) validated, one module per group of
models (the groups of ``models/``), and the named functions the rest of the package reaches
them by: :func:`decoder`, :func:`encoder`, :func:`validator`, :func:`known_keys`,
:func:`model_class`, :func:`decoder_for` / :func:`encoder_for` (by class) and
:func:`register_hooks`. A group's
module is imported when one of its functions is first asked for.

Decoders are forward-compatible: unknown keys go to ``additional_properties``, unknown enum
values stay plain strings, a value of a surprising JSON type is kept as it is. Keys that were
present with a JSON null are remembered, so encoding gives back the same document.
"""

from __future__ import annotations

import importlib
@@IMPORTS@@

Table = tuple[tuple[str, str, "Callable[[Any], Any] | None", bool], ...]
"""An encoder table: (attribute, wire key, encoder or None, whether a hand-built None is sent)."""

new_object = object.__new__


def encode_by_table(o: Any, table: Table) -> dict[str, Any]:
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


def keys_of(table: Table) -> frozenset[str]:
    """The wire keys a model declares, read from its encoder table."""
    return frozenset(row[1] for row in table)
'''

_LOOKUPS = '''

# --- request validation: each model's rule table (its module's ``_V_<Model>``) read here ------

_KIND_CHECKS: dict[str, Callable[[Any], bool]] = {
    "object": lambda v: isinstance(v, Mapping),
    "array": lambda v: isinstance(v, (list, tuple)),
    "string": lambda v: isinstance(v, str),
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "number": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
    "boolean": lambda v: isinstance(v, bool),
    "any": lambda v: True,
}


def _invalid(label: str, reason: str, message: str, got: Any = None, *, typed: bool = False) -> Any:
    # Only the type of a wrong value is shown, never the value: it may be a misplaced secret.
    if typed:
        message += ", not " + type(got).__name__
    return DiditValidationError(label, reason, message)


def check(v: Any, rule: Any, label: str) -> None:
    \"\"\"Raise DiditValidationError (naming ``label``) unless ``v`` (not None) satisfies
    ``rule`` (``codegen/rules.py`` describes the shapes).\"\"\"
    kind = rule[0]
    if kind == "str":
        _, min_length, max_length, b64_max, fmt, patterns = rule
        if not isinstance(v, str):
            raise _invalid(label, "type", "must be a string", v, typed=True)
        if min_length is not None and len(v) < min_length:
            raise _invalid(label, "min_length", f"must have at least {min_length} characters")
        # A base64 string: 4 characters carry 3 bytes (padding aside).
        if b64_max is not None and (len(v) * 3) // 4 - v.count("=", -2) > b64_max:
            raise _invalid(label, "max_bytes", f"decodes to more than {b64_max} bytes")
        if max_length is not None and len(v) > max_length:
            raise _invalid(label, "max_length", f"must have at most {max_length} characters")
        if fmt is not None and not fmt[0](v):
            raise _invalid(label, "format", f"must be a valid {fmt[1]}")
        for regex, shown in patterns:
            if regex.search(v) is None:
                raise _invalid(label, "pattern", f"does not have the expected format ({shown})")
    elif kind == "enum":
        if not isinstance(v, str) or v not in rule[1]:
            got = ", not " + (repr(v[:40]) if isinstance(v, str) else type(v).__name__)
            raise DiditValidationError(label, "enum", "must be one of: " + rule[2] + got)
    elif kind == "model":
        rule[1](v, label + ".")
    elif kind == "opt":
        if v is not None:
            check(v, rule[1], label)
    elif kind == "list":
        _, min_items, max_items, items, items_nullable = rule
        if not isinstance(v, (list, tuple)):
            raise _invalid(label, "type", "must be a list", v, typed=True)
        if min_items is not None and len(v) < min_items:
            raise _invalid(label, "min_items", f"must have at least {min_items} items")
        if max_items is not None and len(v) > max_items:
            raise _invalid(label, "max_items", f"must have at most {max_items} items")
        if items is not None:
            for i, x in enumerate(v):
                if x is None and not items_nullable:
                    raise _invalid(label, "type", "must not contain null")
                check(x, items, label + "[" + str(i) + "]")
    elif kind == "map":
        _, min_properties, values = rule
        if not isinstance(v, Mapping):
            raise _invalid(label, "type", "must be an object", v, typed=True)
        if min_properties and len(v) < min_properties:
            entries = "entry" if min_properties == 1 else "entries"
            raise _invalid(
                label, "min_properties", f"must have at least {min_properties} {entries}"
            )
        if values is not None:
            for k, x in v.items():
                check(x, values, label + "." + str(k))
    elif kind == "union":
        _check_union(v, rule, label)
    elif kind == "obj":
        if not isinstance(v, Mapping):
            raise _invalid(label, "type", "must be an object", v, typed=True)
    elif kind == "bool":
        if not isinstance(v, bool):
            raise _invalid(label, "type", "must be true or false", v, typed=True)
    elif kind == "int" or kind == "num":
        what = "an integer" if kind == "int" else "a number"
        types = int if kind == "int" else (int, float)
        if isinstance(v, bool) or not isinstance(v, types):
            raise _invalid(label, "type", f"must be {what}", v, typed=True)
        if rule[1] is not None and v < rule[1]:
            raise _invalid(label, "min", f"must be at least {rule[1]}")
        if rule[2] is not None and v > rule[2]:
            raise _invalid(label, "max", f"must be at most {rule[2]}")
    elif kind == "file":
        check_file(v, label, rule[1])


def _check_union(v: Any, rule: Any, label: str) -> None:
    _, kinds, members = rule
    if not any(_KIND_CHECKS[k](v) for k in kinds):
        raise _invalid(label, "type", "must be one of: " + ", ".join(kinds), v, typed=True)
    for member in members:
        if member[0] == "objects":
            if isinstance(v, Mapping):
                _, keyed, fallback, names = member
                # The first member whose own key is present; else the one without a key.
                chosen = next((r for key, r in keyed if key in v), fallback)
                if chosen is None:
                    raise _invalid(label, "type", f"must be an object with one of the keys {names}")
                check(v, chosen, label)
        elif _KIND_CHECKS[member[0]](v):
            check(v, member[1], label)


def check_model(d: Any, at: str, rules: Any, keys: frozenset[str]) -> None:
    \"\"\"Raise DiditValidationError unless ``d`` is a valid request body (or nested object) for
    the model whose rule table is ``rules`` and whose declared keys are ``keys``.\"\"\"
    name, closed, min_properties, fields, conditions = rules
    if not isinstance(d, Mapping):
        raise DiditValidationError(
            at.rstrip(".") or name, "type", "must be an object, not " + type(d).__name__
        )
    if closed:
        for k in d.keys() - keys:
            raise DiditValidationError(at + str(k), "unknown", f"is not a field of {name}")
    for wire, required, nullable, field_rule in fields:
        if required and wire not in d:
            raise DiditValidationError(at + wire, "required", "is required")
        if field_rule is None:
            continue
        v = d.get(wire)
        if v is None:
            if not nullable and wire in d:
                raise DiditValidationError(at + wire, "type", "must not be null")
        else:
            check(v, field_rule, at + wire)
    if min_properties and len(d) < min_properties:
        s = "s" if min_properties > 1 else ""
        raise DiditValidationError(
            at.rstrip(".") or name,
            "min_properties",
            f"must have at least {min_properties} field{s}",
        )
    for present, consts, then, when in conditions:
        if all(k in d for k in present) and all(d.get(k) == c for k, c in consts):
            for req in then:
                if req not in d:
                    raise DiditValidationError(at + req, "depends", f"is required when {when}")


def _group(schema: str) -> Any:
    group = GROUPS.get(schema)
    if group is None:
        raise KeyError(f"no model named {schema!r}")
    return importlib.import_module(f"{__name__}.{group}")


def model_class(schema: str) -> type[Any]:
    """The attrs class of model ``schema`` (``KeyError`` when there is none)."""
    if schema not in GROUPS:
        raise KeyError(f"no model named {schema!r}")
    cls: type[Any] = getattr(importlib.import_module(f"{_MODELS}.{GROUPS[schema]}"), schema)
    return cls


def decoder(schema: str) -> Callable[[Any], Any]:
    """The decoder of model ``schema`` (a JSON object → its model)."""
    fn: Callable[[Any], Any] = getattr(_group(schema), "structure_" + schema)
    return fn


def encoder(schema: str) -> Callable[[Any], dict[str, Any]]:
    """The encoder of model ``schema`` (its model → a JSON object)."""
    fn: Callable[[Any], dict[str, Any]] = getattr(_group(schema), "unstructure_" + schema)
    return fn


def validator(schema: str) -> Callable[..., None]:
    """The validator of request model ``schema``: raises ``DiditValidationError`` (naming the
    field) unless a JSON object is a valid body; only models a request body can reach have
    one (``KeyError`` for others)."""
    if schema not in REQUEST_MODELS:
        raise KeyError(f"{schema!r} is not a request model")
    fn: Callable[..., None] = getattr(_group(schema), "validate_" + schema)
    return fn


def known_keys(schema: str) -> frozenset[str]:
    """The wire keys model ``schema`` declares."""
    keys: frozenset[str] = getattr(_group(schema), "_K_" + schema)
    return keys


def _ours(cls: Any) -> bool:
    name = getattr(cls, "__name__", None)
    group = GROUPS.get(name) if isinstance(name, str) else None
    return group is not None and getattr(cls, "__module__", None) == f"{_MODELS}.{group}"


_DECODERS: dict[Any, Callable[[Any], Any] | None] = {}
_ENCODERS: dict[Any, Callable[[Any], dict[str, Any]] | None] = {}


def decoder_for(cls: Any) -> Callable[[Any], Any] | None:
    """The decoder of a generated model class, None for anything else."""
    try:
        return _DECODERS[cls]
    except KeyError:
        found = _DECODERS[cls] = decoder(cls.__name__) if _ours(cls) else None
        return found
    except TypeError:  # unhashable (a typing construct such as list[dict[str, Any]])
        return None


def encoder_for(cls: Any) -> Callable[[Any], dict[str, Any]] | None:
    """The encoder of a generated model class, None for anything else."""
    try:
        return _ENCODERS[cls]
    except KeyError:
        found = _ENCODERS[cls] = encoder(cls.__name__) if _ours(cls) else None
        return found


def register_hooks(converter: cattrs.Converter) -> None:
    """Let ``converter`` decode and encode every model with its generated functions (a model's
    group is loaded the first time the converter meets one of its classes)."""
    converter.register_structure_hook_factory(_ours, _structure_hook)
    converter.register_unstructure_hook_factory(_ours, lambda cls: encoder(cls.__name__))


def _structure_hook(cls: Any) -> Callable[[Any, Any], Any]:
    # cattrs passes (data, type); the generated decoders only need the data.
    structure = decoder(cls.__name__)
    return lambda data, _type: structure(data)
'''


def render_codec(gen: Generator, resources: str) -> dict[str, str]:
    """``_codec/<group>.py`` per group of models and the package ``_codec/__init__.py``;
    ``resources`` is the resource modules' source, since their methods check enum query
    parameters against the value sets emitted here."""
    groups = group_order(gen)
    bodies: dict[str, str] = {}
    tables_of: dict[str, list[str]] = {g: [] for g in groups}
    for g in groups:
        out: list[str] = []
        for m in gen.models.values():
            if gen.groups[m.name] != g:
                continue
            out.append(_unstructure(gen, m))
            out.append(_structure(m))
            # Only what a request body can reach is ever validated.
            if m.name in gen.request_models:
                func, table = _validator(m)
                out.append(func)
                tables_of[g].append(table)
        bodies[g] = "".join(out)
    # The value sets are read only by validation: emitted for the enums a validator or a
    # resource method checks, not for those that only appear in responses.
    every = "".join(bodies.values()) + "".join(t for ts in tables_of.values() for t in ts)
    used = set(re.findall(r"\b_E_\w+", every + resources))
    tables: list[str] = []
    for pattern, const in gen.patterns.items():
        tables.append(f"{const} = re.compile({pattern!r})\n")
    for name in gen.enums:
        tables.append(f"_M_{name} = EnumTable({name})\n")
        if f"_E_{name}" in used:
            tables.append(f"_E_{name} = frozenset(_M_{name})\n")
    for values, const in gen.inline_enums.items():
        if const in used:
            tables.append(f"{const} = frozenset({list(values)!r})\n")
    package_names = [
        "check_model",
        "Table",
        "encode_by_table",
        "new_object",
        "keys_of",
        *gen.patterns.values(),
        *(f"_M_{n}" for n in gen.enums),
        *(f"_E_{n}" for n in gen.enums),
        *gen.inline_enums.values(),
    ]
    pkg_src = _PACKAGE + "\n" + "".join(tables) + _LOOKUPS
    request = "".join(f"    {m!r},\n" for m in sorted(gen.request_models))
    pkg_src += (
        "\n\n_MODELS = __name__.rpartition('.')[0] + '.models'\n"
        f"# Models a request body can reach: only these have a validator.\n"
        f"REQUEST_MODELS = frozenset({{\n{request}}})\n"
    )
    parsed = pkg_src.replace("@@IMPORTS@@", "")
    imports = (
        ("import re\n" if gen.patterns else "")
        + import_lines(parsed, [("collections.abc", ["Callable", "Mapping"]), ("typing", ["Any"])])
        + "\nimport cattrs\n\n"
        + import_lines(parsed, [("didit_async._seam", SEAM_NAMES)])
        + import_lines(parsed, [("..enums", sorted(gen.enums))])
        + "from ..models import GROUPS\n"
    )
    files = {"_codec/__init__.py": HEADER + pkg_src.replace("@@IMPORTS@@", imports)}
    for g in groups:
        mine = [m for m in gen.models if gen.groups[m] == g]
        # The key sets are read from the encoder tables, once all of them are defined.
        src = bodies[g] + "\n\n" + "".join(f"_K_{m} = keys_of(_U_{m})\n" for m in mine)
        # Rule tables last: they name validators, some of them defined above.
        src += "".join(tables_of[g])
        others = [o for o in groups if o != g]
        head = [
            HEADER,
            f'"""Decoders, encoders and validators of the {g!r} models '
            '(see ``__init__.py``)."""\n\n',
            "from __future__ import annotations\n\n",
            import_lines(src, [("collections.abc", ["Mapping"]), ("typing", ["Any"])]),
            "\n",
            import_lines(src, [("didit_async._seam", SEAM_NAMES)]),
            import_lines(
                src,
                [
                    (".", package_names),
                    ("..enums", sorted(gen.enums)),
                    *(
                        (f"..models.{o}", sorted(m for m in gen.models if gen.groups[m] == o))
                        for o in groups
                    ),
                    *(
                        (
                            f".{o}",
                            sorted(
                                f"{kind}_{m}"
                                for m in gen.models
                                if gen.groups[m] == o
                                for kind in ("structure", "unstructure", "validate")
                            ),
                        )
                        for o in others
                    ),
                ],
            ),
        ]
        files[f"_codec/{g}.py"] = "".join(head) + src
    return files


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
        f"    o = new_object({m.name})",
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
            f"\n\n_U_{m.name}: Table = (",
            *rows,
            ")",
            f"\n\ndef unstructure_{m.name}(o: {m.name}) -> dict[str, Any]:",
            f'    """Encode :class:`{m.name}` as a JSON object (absent fields stay absent)."""',
            f"    return encode_by_table(o, _U_{m.name})\n",
        ]
    )


def _validator(m: Model) -> tuple[str, str]:
    """``validate_<Model>`` (reading its rule table) and the table ``_V_<Model>``, which is
    placed at the end of the module since it names other models' validators."""
    func = "\n".join(
        [
            f"\n\ndef validate_{m.name}(d: Any, at: str = '') -> None:",
            f'    """Raise DiditValidationError unless ``d`` is a valid {m.name}."""',
            f"    check_model(d, at, _V_{m.name}, _K_{m.name})\n",
        ]
    )
    rows = []
    for f in m.fields:
        inner = f.type.inner if isinstance(f.type, Nullable) else f.type
        rows.append(f"        ({f.wire!r}, {f.required}, {f.nullable}, {rule(inner)}),")
    conditions = []
    for consts, present, then in m.conditions:
        when = ", ".join(f"{k} is {json.dumps(v)}" for k, v in consts.items())
        conditions.append(
            f"        ({tuple(present)!r}, {tuple(consts.items())!r}, {tuple(then)!r}, {when!r}),"
        )
    table = "\n".join(
        [
            f"\n_V_{m.name}: Any = (",
            f"    {m.name!r},",
            f"    {m.closed},",
            f"    {m.min_properties},",
            "    (",
            *rows,
            "    ),",
            "    (",
            *conditions,
            "    ),",
            ")\n",
        ]
    )
    return func, table
