"""Every example in the hand-written package's docstrings runs and gives what it shows."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import didit_async

# The package itself too: the classes it exports report it as their module, so their examples
# are found there.
MODULES = [
    "didit_async",
    *sorted(
        info.name
        for info in pkgutil.walk_packages(didit_async.__path__, "didit_async.")
        if "._generated" not in info.name and not info.name.endswith("__main__")
    ),
]


def test_the_walk_finds_the_whole_package() -> None:
    assert {"didit_async._client", "didit_async.webhooks", "didit_async.cli._app"} <= set(MODULES)


@pytest.mark.parametrize("name", MODULES)
def test_doctests(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS, report=True)
    assert result.failed == 0, f"{result.failed} doctest(s) failed in {name}"
