"""A griffe extension: the names a public module exports lazily, shown where users import them.

``didit_async.models`` imports its ~480 models only for type checkers (``if TYPE_CHECKING:
from ._generated.models import *``) and loads each on first use through a module
``__getattr__``, so importing it stays cheap. griffe reads that module statically and does not
expand a wildcard import under ``TYPE_CHECKING``: it would see none of the models, the models
page would render none and every link to ``didit_async.models.X`` would be broken.

After the package is loaded, every name of a public module's run-time ``__all__`` that griffe
did not find there is added as an alias to the module and class that define it (read from the
live object, so a group split or renamed by codegen needs no edit here). The site then renders
``didit_async.models.SessionDecision`` with its fields, and cross-references to it resolve.
Only the documentation build imports the models; the package's import-time behaviour is
untouched.
"""

from __future__ import annotations

import importlib
from typing import Any

import griffe

_PUBLIC_MODULES = (
    "didit_async",
    "didit_async.models",
    "didit_async.webhooks",
    "didit_async.redis",
    "didit_async.sandbox",
)


def _defined_at(value: Any) -> str | None:
    """The dotted path of the class or function ``value`` where it is defined, else None."""
    module = getattr(value, "__module__", None)
    qualname = getattr(value, "__qualname__", None)
    if not isinstance(module, str) or not isinstance(qualname, str) or "<" in qualname:
        return None
    return f"{module}.{qualname}"


class LazyExportsForTheSite(griffe.Extension):
    """Adds to each public module an alias for every ``__all__`` name griffe did not see."""

    def on_package(self, *, pkg: griffe.Module, **kwargs: Any) -> None:
        for module_name in _PUBLIC_MODULES:
            if module_name.split(".", 1)[0] != pkg.path:
                continue
            relative = module_name.split(".", 1)[1:]
            module = pkg[relative[0]] if relative else pkg
            live = importlib.import_module(module_name)
            for name in getattr(live, "__all__", ()):
                if name in module.members:
                    continue
                target = _defined_at(getattr(live, name))
                if target is None or target == f"{module_name}.{name}":
                    continue
                module.set_member(name, griffe.Alias(name, target, parent=module))
