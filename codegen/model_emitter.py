"""Emit ``enums.py`` and ``models/``: the classes users see.

Enums are open (an unknown value decodes to a pseudo-member); models are frozen attrs classes
that keep unknown keys. How they are decoded and encoded is ``codec_emitter.py``'s business.
"""

from __future__ import annotations

import textwrap

from .generator import Generator
from .ir import Field, Model
from .source import HEADER, docstring, import_lines
from .types import enum_member

__all__ = ["render_enums", "render_models"]


def render_enums(gen: Generator) -> str:
    """``enums.py``: one open string enum per named enum schema."""
    out = [
        HEADER,
        '"""String enums from the spec.\n\n'
        "Open enums: an unknown value decodes to a pseudo-member (still a ``str`` and an\n"
        "instance of the enum, ``is_known`` False) instead of failing; requests accept only\n"
        'the known values.\n"""\n\n',
        "from __future__ import annotations\n\n",
        "from didit_async._seam import OpenStrEnum\n\n",
        f"__all__ = {sorted(gen.enums)!r}\n",
    ]
    for name, e in gen.enums.items():
        out.append(f"\n\nclass {name}(OpenStrEnum):\n")
        out.append(docstring(gen.schemas[name].get("description"), 4, name) + "\n")
        used: set[str] = set()
        for value in e.values:
            member = enum_member(value)
            while member in used:
                member += "_"
            used.add(member)
            out.append(f"    {member} = {value!r}\n")
    return "".join(out)


# The body of an ``if`` that has nothing to import (a spec without object schemas).
_EMPTY_BLOCK = "    pass\n"


def group_order(gen: Generator) -> list[str]:
    """The model groups, in the order their first model appears in the spec."""
    return list(dict.fromkeys(gen.groups[m] for m in gen.models))


def render_models(gen: Generator) -> dict[str, str]:
    """``models/<group>.py`` (the attrs classes of each group) and ``models/__init__.py``, which
    imports a group only when one of its names is first asked for."""
    files = {f"models/{g}.py": _group_models(gen, g) for g in group_order(gen)}
    names = sorted(gen.models)
    checking = "".join(
        f"    from .{g} import {', '.join(sorted(m for m in names if gen.groups[m] == g))}\n"
        for g in group_order(gen)
    )
    groups = "".join(f"    {m!r}: {gen.groups[m]!r},\n" for m in gen.models)
    files["models/__init__.py"] = (
        HEADER
        + textwrap.dedent('''\
        """The attrs model of every object schema, one module per group of models.

        A group holds the models only one root resource uses (``sessions.py``: what
        ``client.sessions`` sends and receives), those several use (``shared.py``), or those
        no operation returns (``standalone.py``). A name is imported from its group when it is
        first asked for, so a program loads the models of the resources it calls.
        """

        from __future__ import annotations

        import importlib
        from typing import TYPE_CHECKING, Any

        ''')
        + f"if TYPE_CHECKING:\n{checking or _EMPTY_BLOCK}\n"
        + f"__all__ = {names!r}\n\n"
        + "# model name → its group's module.\n"
        + f"GROUPS: dict[str, str] = {{\n{groups}}}\n"
        + textwrap.dedent("""\


        # Hidden from type checkers: they see every model through the imports above, and a
        # module __getattr__ would make them accept any name (a typo) as Any.
        if not TYPE_CHECKING:

            def __getattr__(name: str) -> Any:
                group = GROUPS.get(name)
                if group is None:
                    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
                value = getattr(importlib.import_module(f"{__name__}.{group}"), name)
                globals()[name] = value  # the next lookup is a plain module attribute
                return value

            def __dir__() -> list[str]:
                return sorted({*globals(), *__all__})
        """)
    )
    return files


def _group_models(gen: Generator, group: str) -> str:
    """``models/<group>.py``: one attrs class per object schema of ``group``."""
    mine = [m for m in gen.models.values() if gen.groups[m.name] == group]
    body: list[str] = []
    for m in mine:
        # Not slotted: decoding assigns the whole __dict__ at once (see codec_emitter._structure).
        body.append("\n\n@attrs.define(frozen=True, kw_only=True, slots=False)\n")
        body.append(f"class {m.name}:\n")
        body.append(docstring(m.description or m.name, 4) + "\n")
        ordered = [f for f in m.fields if f.required] + [f for f in m.fields if not f.required]
        for f in ordered:
            ann = _field_annotation(gen, m, f)
            extras = ", repr=mask" if f.secret else ""
            if f.required:
                line = f"    {f.name}: {ann}" + (f" = attrs.field({extras[2:]})" if extras else "")
            elif f.nullable and m.name in gen.request_models:
                line = f"    {f.name}: {ann} | Unset = attrs.field(default=UNSET{extras})"
            elif f.nullable:  # the annotation already admits None
                line = f"    {f.name}: {ann} = attrs.field(default=None{extras})"
            else:
                line = f"    {f.name}: {ann} | None = attrs.field(default=None{extras})"
            body.append(line + "\n")
            if f.description:
                body.append(docstring(f.description, 4))
        # Every model keeps unknown keys; `closed` only drives request validation.
        body.append(
            "    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)\n"
        )
        body.append('    """Fields Didit sent that this version of the SDK does not know."""\n')
        body.append(
            "    _present: bool | None = attrs.field(default=None, "
            "init=False, repr=False, eq=False)\n"
        )
    # A decoder stores only the keys the payload had in the instance __dict__ (see
    # codec_emitter._structure); a field that was absent reads None from its class, as a
    # decoded absent field always has. attrs removed the class attributes, so nothing is
    # shadowed.
    # `_present` reads True from the class only on decoded objects: attrs' __init__ gives
    # every object built by hand its own None.
    body.append(
        "\n\nfor _cls in list(globals().values()):\n"
        "    if not isinstance(_cls, type) or _cls.__module__ != __name__ or not attrs.has(_cls):\n"
        "        continue  # not one of this module's models\n"
        "    for _field in attrs.fields(_cls):\n"
        "        if _field.name != 'additional_properties':\n"
        "            setattr(_cls, _field.name, None)\n"
        "    _cls._present = True  # type: ignore[attr-defined]\n"
    )
    src = "".join(body)
    # Models of other groups this one refers to (in annotations: get_type_hints resolves them
    # in this module, as the sandbox does).
    others = [
        (f".{g}", sorted(m for m in gen.models if gen.groups[m] == g))
        for g in group_order(gen)
        if g != group
    ]
    head = [
        HEADER,
        f'"""attrs models of the {group!r} group (see ``__init__.py``)."""\n\n',
        "from __future__ import annotations\n\n",
        import_lines(
            src, [("collections.abc", ["Mapping", "Sequence"]), ("typing", ["Any", "Literal"])]
        ),
        "\nimport attrs\n\n",
        import_lines(src, [("didit_async._seam", ["UNSET", "FileInput", "Unset", "mask"])]),
        import_lines(src, [("..enums", sorted(gen.enums)), *others]),
    ]
    return "".join(head) + src


def _field_annotation(gen: Generator, m: Model, f: Field) -> str:
    """A body model's fields take what the method takes (a mapping for a nested model, any
    sequence for a list), since the method hands its arguments to the model unchanged.
    """
    if m.name in gen.body_models:
        return f.type.param_annotation()
    return f.type.annotation(m.name in gen.request_models)
