"""The generated resources read well: one module per resource, each method documented the same
way on both clients, its HTTP method and path in the module where "go to definition" lands."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
from pathlib import Path
from types import ModuleType

from didit_async._generated import resources
from didit_async._generated.operations import OPERATIONS

GENERATED = Path(resources.__file__).parent.parent


def _modules() -> list[ModuleType]:
    return [
        importlib.import_module(f"{resources.__name__}.{info.name}")
        for info in pkgutil.iter_modules(resources.__path__)
    ]


def _method(module: ModuleType, op_id: str, *, blocking: bool) -> object:
    op = OPERATIONS[op_id]
    cls = next(
        getattr(module, name)
        for name in module.__all__
        if name.endswith("Resource") and name.startswith("Sync") == blocking
    )
    return getattr(cls, op.method_name)


def test_every_operation_lives_in_its_resources_module_with_its_method_and_path() -> None:
    seen = set()
    for module in _modules():
        source = inspect.getsource(module)
        for name in module.__all__:
            meta = getattr(module, name)
            if name.endswith("Resource"):
                continue
            seen.add(meta.operation_id)
            # The constant's definition shows the HTTP method and path...
            assert f'method="{meta.method}",\n    path="{meta.path}",' in source, name
            # ...and the method a reader lands on calls the transport with that constant.
            body = inspect.getsource(_method(module, meta.operation_id, blocking=False))  # type: ignore[arg-type]
            assert re.search(rf"self\._transport\.(request|paginate)\(\s*{name},", body), name
    assert seen == set(OPERATIONS)


def test_both_clients_document_every_method_alike_with_args_returns_raises_and_example() -> None:
    for module in _modules():
        for name in module.__all__:
            if name.endswith("Resource"):
                continue
            op_id = getattr(module, name).operation_id
            async_fn = _method(module, op_id, blocking=False)
            sync_fn = _method(module, op_id, blocking=True)
            async_doc, sync_doc = inspect.getdoc(async_fn), inspect.getdoc(sync_fn)
            assert async_doc and sync_doc
            for section in ("Args:", "Returns:", "Raises:", "Example:"):
                assert section in sync_doc and section in async_doc, (op_id, section)
            # Every argument a caller passes is documented, on both.
            params = inspect.signature(async_fn).parameters  # type: ignore[arg-type]
            for param in params:
                if param not in ("self", "timeout", "extra_headers"):
                    assert f"  {param}: " in sync_doc, (op_id, param)
            args = [doc.split("Args:")[1].split("Returns:")[0] for doc in (async_doc, sync_doc)]
            assert args[0] == args[1], op_id


def test_no_generated_module_is_over_3000_lines() -> None:
    lengths = {
        p.relative_to(GENERATED).as_posix(): len(p.read_text().splitlines())
        for p in GENERATED.rglob("*.py")
    }
    assert max(lengths.values()) <= 3000, lengths
