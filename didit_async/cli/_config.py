"""Where the CLI's settings come from: flags, then environment, then the config file.

The file is ``$XDG_CONFIG_HOME/didit/config.json`` (``~/.config/didit/config.json``), one object
of profiles. It holds the API key and access tokens, so:

* it is written whole to a new owner-only (0600) file in the same directory, which then
  replaces the old one: no moment where the secrets sit in a more open file, and a failed write
  leaves the previous config intact;
* it is never read or written through a symbolic link (the file or its ``didit`` directory):
  a link planted there could send the key to a file someone else reads. The CLI stops with an
  error instead.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import tempfile
from pathlib import Path
from typing import Any

import click

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


class ConfigFileError(click.ClickException):
    """The config file cannot be used safely (a symbolic link); the CLI stops with the message."""


def _refuse_links(path: Path) -> None:
    for place in (path.parent, path):
        if place.is_symlink():
            raise ConfigFileError(
                f"{place} is a symbolic link; the CLI does not read or write its config "
                "(which holds your API key) through one. Replace it with a regular "
                f"{'directory' if place == path.parent else 'file'}."
            )


def load_all() -> dict[str, dict[str, Any]]:
    """Every profile in the file; an absent or unreadable file is an empty config."""
    path = config_path()
    _refuse_links(path)
    try:
        # O_NOFOLLOW: a link swapped in after the check above still fails (ELOOP).
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            _refuse_links(path)
        return {}
    try:
        with os.fdopen(fd, encoding="utf-8") as fh:
            data = json.load(fh)
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
    _refuse_links(path)
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    _refuse_links(path)
    # mkstemp creates the file exclusively with mode 0600 (never looser, whatever the umask);
    # os.replace then swaps it in atomically, replacing a link itself, never its target.
    fd, temp = tempfile.mkstemp(dir=path.parent, prefix=".config.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(everything, fh, indent=2, sort_keys=True)
            fh.write("\n")
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
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
