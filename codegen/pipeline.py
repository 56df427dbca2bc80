"""Generation end to end: emit every file, format it with ruff, write or compare it.

``generator.py`` builds the IR from the spec (through ``schema_reader.py`` and
``operation_reader.py``); each ``*_emitter.py`` writes one or two files from the built generator.
This module is the only one that imports the emitters, so the builder never depends on them and
imports in ``codegen/`` point one way: types → IR → readers → generator → emitters → pipeline.
The output is deterministic (spec order, no timestamps) and formatted here, so a second run
writes byte-identical files and ``--check`` can compare a fresh generation with the tree.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from .codec_emitter import render_codec
from .generator import Generator
from .metadata_emitter import render_operations, render_spec
from .model_emitter import render_enums, render_models
from .resource_emitter import render_resources
from .source import HEADER
from .types import CodegenError

__all__ = ["diff", "generate", "render"]


def _ruff(args: list[str], root: Path) -> None:
    # Isolated from any project config, with the settings the repository's lint uses.
    settings = ["--line-length", "100", "--config", "lint.isort.known-first-party=['didit_async']"]
    done = subprocess.run(
        [sys.executable, "-m", "ruff", *args, *settings, "--no-cache", "--isolated", str(root)],
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        raise CodegenError("ruff " + " ".join(args), done.stdout + done.stderr)


def _ruff_format(files: dict[str, str]) -> dict[str, str]:
    """Sort the imports and format; then fail loudly on anything ruff would still flag
    (an unused import, an undefined name), since that is a generator bug."""
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        for name, src in files.items():
            (root / name).parent.mkdir(parents=True, exist_ok=True)
            (root / name).write_text(src)
        _ruff(["check", "--select", "I", "--fix", "--quiet"], root)
        _ruff(["format", "--quiet"], root)
        _ruff(["check", "--select", "F,I", "--ignore", "F403,F405", "--quiet"], root)
        return {name: (root / name).read_text() for name in files}


def render(spec: Mapping[str, Any]) -> dict[str, str]:
    """The generated files (name → formatted source) for ``spec``."""
    gen = Generator(spec)
    gen.build()
    # First: _codec.py keeps only the enum value sets something checks, resource methods included.
    resources = render_resources(gen)
    files: dict[str, str] = {
        "__init__.py": HEADER + '"""Code generated from the Didit OpenAPI description."""\n',
        "enums.py": render_enums(gen),
        **render_models(gen),
        **render_codec(gen, "".join(resources.values())),
        "operations.py": render_operations(gen),
        "spec.py": render_spec(gen),
        **resources,
    }
    return _ruff_format(files)


def generate(spec: Mapping[str, Any], out: Path) -> list[Path]:
    """Write the generated package into ``out``; returns the files written."""
    files = render(spec)
    out.mkdir(parents=True, exist_ok=True)
    for stale in out.rglob("*.py"):
        if stale.relative_to(out).as_posix() not in files:
            stale.unlink()
    written = []
    for name, src in files.items():
        path = out / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(src)
        written.append(path)
    return written


def diff(spec: Mapping[str, Any], out: Path) -> Iterator[str]:
    """Names of files in ``out`` that differ from a fresh generation."""
    files = render(spec)
    present = {p.relative_to(out).as_posix() for p in out.rglob("*.py")} if out.exists() else set()
    for name, src in files.items():
        path = out / name
        if not path.exists() or path.read_text() != src:
            yield name
    yield from sorted(present - set(files))
