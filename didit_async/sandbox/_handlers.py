"""Every handler module, imported for its registrations: the complete :data:`HANDLERS`."""

from __future__ import annotations

from . import (
    _ops,
    _ops_businesses,
    _ops_customization,
    _ops_imports,
    _ops_lists,
    _ops_transactions,
)
from ._registry import HANDLERS, Call

__all__ = ["HANDLERS", "MODULES", "Call"]

MODULES = (
    _ops,
    _ops_businesses,
    _ops_customization,
    _ops_imports,
    _ops_lists,
    _ops_transactions,
)
"""Imported for their effect: each registers its handlers on ``HANDLERS``."""
