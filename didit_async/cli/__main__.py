"""``python -m didit_async.cli``: the same as the ``didit`` command."""

from __future__ import annotations

from . import main

main()
