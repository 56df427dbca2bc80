"""Decode a full SessionDecision with the generated decoder and with an equivalent pydantic model.

Not a test (timings are too noisy for CI): run ``.venv/bin/python -m
tests.models.bench_pydantic_equivalent`` after ``make bench`` has installed pydantic into
``.bench-deps``. The pydantic models are built from the generator's own type tree, field for field
(same names, types, optionality, ``extra="allow"``, the same enums), so the comparison is the
"equivalent model" one the speed target names: generated decode must be ≥ 1.25x faster.
"""

from __future__ import annotations

import json
import sys
import timeit
import typing
from collections.abc import Callable
from pathlib import Path
from typing import Any, Optional

import yaml

ROOT = Path(__file__).resolve().parents[2]


def _pydantic_models() -> dict[str, Any]:
    sys.path.insert(0, str(ROOT / ".bench-deps"))
    from pydantic import ConfigDict, create_model

    from codegen import types as t
    from codegen import unions
    from codegen.generator import Generator
    from didit_async._generated import enums

    gen = Generator(yaml.safe_load((ROOT / "openapi" / "didit.yaml").read_text()))
    gen.build()
    built: dict[str, Any] = {}

    def py(node: t.TypeNode) -> Any:
        if isinstance(node, t.Nullable):
            return Optional[py(node.inner)]  # noqa: UP045 (a runtime type expression)
        if isinstance(node, t.Scalar):
            return {"string": str, "integer": int, "number": float, "boolean": bool}[node.kind]
        if isinstance(node, t.Enum):
            return getattr(enums, node.name) if node.name else str
        if isinstance(node, t.Ref):
            return model(node.name)
        if isinstance(node, t.Array):
            return list[py(node.items)]  # type: ignore[misc]
        if isinstance(node, t.Map):
            return dict[str, py(node.values)]  # type: ignore[misc]
        if isinstance(node, t.Any_):
            return dict[str, Any] if node.obj else Any
        if isinstance(node, unions.Union):
            return typing.Union[tuple(py(m) for m in node.members)]  # noqa: UP007
        raise TypeError(node)

    def model(name: str) -> Any:
        if name not in built:
            built[name] = None  # a recursion guard; filled in below
            fields = {
                f.name: (py(f.type), ...) if f.required else (Optional[py(f.type)], None)  # noqa: UP045
                for f in gen.models[name].fields
            }
            built[name] = create_model(
                "P" + name,
                __config__=ConfigDict(extra="allow"),
                **fields,  # type: ignore[call-overload]
            )
        return built[name]

    for name in gen.models:
        model(name)
    return built


def _best(fn: Callable[[], object], n: int = 5000) -> float:
    for _ in range(300):
        fn()
    return min(timeit.repeat(fn, number=n, repeat=7)) / n * 1e6


def main() -> None:
    import bench.__main__ as bench
    from didit_async.models import SessionDecision, decode

    peq = _pydantic_models()["SessionDecision"]
    raw = json.dumps(bench._decision_payload()).encode()
    data = json.loads(raw)
    assert peq.model_validate(data).session_id == decode(SessionDecision, data).session_id
    ours = _best(lambda: decode(SessionDecision, data))
    theirs = _best(lambda: peq.model_validate(data))
    print(f"decode: generated {ours:.1f} µs, pydantic equivalent {theirs:.1f} µs")
    print(f"speed-up {theirs / ours:.2f}x (target ≥ 1.25x)")


if __name__ == "__main__":
    main()
