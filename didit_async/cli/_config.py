"""Where the CLI's settings come from: flags, then environment, then the config file.

The file is ``$XDG_CONFIG_HOME/didit/config.json`` (``~/.config/didit/config.json``), one object
of profiles, written with mode 0600 because it holds the API key and access tokens.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

DEFAULT_PROFILE = "default"
SECRET_KEYS = frozenset(
    {
        "api_key",
        "access_token",
        "refresh_token",
        "session_token",
        "webhook_secret",
        "secret",
        "secret_shared_key",
        "password",
        "client_secret",
    }
)


def config_path() -> Path:
    """The config file's path (XDG base directory spec)."""
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "didit" / "config.json"


def load_all() -> dict[str, dict[str, Any]]:
    """Every profile in the file; an absent or unreadable file is an empty config."""
    path = config_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {k: v for k, v in data.items() if isinstance(v, dict)} if isinstance(data, dict) else {}


def load(profile: str) -> dict[str, Any]:
    """One profile's settings."""
    return dict(load_all().get(profile, {}))


def save(profile: str, updates: dict[str, Any]) -> Path:
    """Merge ``updates`` into a profile (``None`` removes a key); the file stays owner-only."""
    everything = load_all()
    current = everything.setdefault(profile, {})
    for key, value in updates.items():
        if value is None:
            current.pop(key, None)
        else:
            current[key] = value
    path = config_path()
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    # Create with 0600 from the start (no window where the key is world-readable), and fix
    # the mode of a file someone created more loosely.
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(everything, fh, indent=2, sort_keys=True)
        fh.write("\n")
    os.chmod(path, 0o600)
    return path


def mask(value: Any) -> str:
    """A secret shown as its first four characters and its length, never in full."""
    text = str(value)
    if len(text) <= 8:
        return "****"
    return f"{text[:4]}…({len(text)} chars)"


def redact(value: Any, *, keep: frozenset[str] = frozenset()) -> Any:
    """JSON-shaped data with every secret-named field masked (except the names in ``keep``)."""
    if isinstance(value, dict):
        return {
            k: (
                mask(v)
                if k in SECRET_KEYS and k not in keep and isinstance(v, str) and v
                else redact(v, keep=keep)
            )
            for k, v in value.items()
        }
    if isinstance(value, list):
        return [redact(v, keep=keep) for v in value]
    return value
