"""didit-async's code generator: ``openapi/didit.yaml`` → ``didit_async/_generated/``.

Run ``python -m codegen`` (or ``make generate``) to regenerate, ``python -m codegen --check`` to
fail when the committed files differ from a fresh generation.
"""

from __future__ import annotations

from .generator import Generator
from .pipeline import generate, render
from .types import CodegenError

__all__ = ["CodegenError", "Generator", "generate", "render"]
