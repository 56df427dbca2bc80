"""The public surface is a tested artefact: ``__all__`` is sorted, complete and importable."""

from __future__ import annotations
import __future__

import inspect
import pathlib
import re

import didit_async


def _isort_key(name: str) -> tuple[int, str]:
    # ruff's RUF022 order: SCREAMING_CASE constants, then CamelCase classes, then the rest.
    if name.isupper():
        return (0, name)
    if name[:1].isupper():
        return (1, name)
    return (2, name)


def test_all_is_sorted_and_unique() -> None:
    assert list(didit_async.__all__) == sorted(set(didit_async.__all__), key=_isort_key)


def test_every_name_in_all_exists() -> None:
    for name in didit_async.__all__:
        assert hasattr(didit_async, name), name


def test_every_public_name_is_in_all() -> None:
    public = {
        name
        for name, value in vars(didit_async).items()
        if not name.startswith("_")
        and not isinstance(value, (type(didit_async), __future__._Feature))
    }
    assert public <= set(didit_async.__all__), public - set(didit_async.__all__)


def test_every_public_error_is_exported() -> None:
    from didit_async import _errors

    for name in _errors.__all__:
        if name.startswith("Didit"):
            assert name in didit_async.__all__, name


def test_httpx_is_imported_in_exactly_one_module() -> None:
    root = pathlib.Path(didit_async.__file__).parent
    importers = sorted(
        str(p.relative_to(root))
        for p in root.rglob("*.py")
        if re.search(r"^\s*(import httpx|from httpx\b)", p.read_text(), re.MULTILINE)
    )
    assert importers == ["_http.py"]


def test_every_public_object_has_a_docstring() -> None:
    for name in didit_async.__all__:
        value = getattr(didit_async, name)
        if inspect.isclass(value) or inspect.isfunction(value):
            assert (value.__doc__ or "").strip(), name


def test_exported_classes_and_functions_name_the_package_as_their_module() -> None:
    # What a repr, a traceback or the docs show: the path users import from, not a private
    # module (`didit_async.DiditValidationError`, not `didit_async._errors.DiditValidationError`).
    for name in didit_async.__all__:
        value = getattr(didit_async, name)
        if isinstance(value, type) or inspect.isfunction(value):
            assert value.__module__ == "didit_async", name
    assert repr(didit_async.AsyncDidit) == "<class 'didit_async.AsyncDidit'>"
