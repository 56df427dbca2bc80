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

from .codec_runtime import LOOKUPS as _LOOKUPS
from .codec_runtime import PACKAGE as _PACKAGE
from .generator import Generator
from .ir import Model
from .model_emitter import group_order
from .rules import rule
from .source import HEADER, SEAM_NAMES, import_lines
from .types import Nullable

__all__ = ["render_codec"]


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
