"""The ``didit_async`` logger, switched on by ``DIDIT_LOG=debug|info``, with secrets redacted.

Credentials never reach a record: headers go through :func:`redact_headers`, bodies through
:func:`didit_async._errors.redact`. Paths are logged as the operation's *template*
(``/v3/users/{vendor_data}/``), so identifiers do not leak either.

>>> redact_headers({"x-api-key": "sk", "accept": "application/json"})
{'x-api-key': '[REDACTED]', 'accept': 'application/json'}
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping

from ._constants import ENV_LOG, LOGGER_NAME, REDACTED, SENSITIVE_HEADERS

__all__ = ["logger", "redact_headers", "setup_logging_from_env"]

logger = logging.getLogger(LOGGER_NAME)

_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}


def redact_headers(headers: Mapping[str, str]) -> dict[str, str]:
    """A copy with the values of credential-bearing headers replaced."""
    return {k: (REDACTED if k.lower() in SENSITIVE_HEADERS else v) for k, v in headers.items()}


def setup_logging_from_env() -> None:
    """Honour ``DIDIT_LOG``: set the level and add a stderr handler unless one exists."""
    level = _LEVELS.get(os.environ.get(ENV_LOG, "").strip().lower())
    if level is None:
        return
    logger.setLevel(level)
    if not logger.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        logger.addHandler(handler)
