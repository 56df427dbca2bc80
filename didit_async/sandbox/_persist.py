"""The sandbox's state kept in a SQLite file across restarts (``--state FILE``).

Generic over the state, so a collection added to :class:`~._state.SandboxState` is kept with
no code here: a snapshot is every attribute of the state object (``vars(state)``, the newer
resources' :class:`~._entities.EntityState` included), less the few that each start sets
from :class:`~didit_async.sandbox.SandboxConfig` (:data:`RUNTIME`), pickled as one value. One
pickle, not one per attribute, because objects are shared between attributes (a session's
progress queue is the state's own heap) and must come back shared.

The file: one table, ``sandbox_state(key TEXT PRIMARY KEY, value BLOB)``, whose rows are
``format`` (this codec's version), ``snapshot`` (pickle protocol 5 of ``{attribute: value}``),
``clock_virtual`` and ``clock`` (the sandbox clock: where a stopped clock stood, or the offset
``advance`` gave a running one) and ``saved_at`` (wall-clock seconds). All rows are written in
one SQLite transaction (WAL journal), so a sandbox killed mid-write leaves the previous
snapshot or the new one, never a mix.

When: after every request that may write (any method but GET, HEAD and OPTIONS, and every
``/sandbox/`` control route), before its answer leaves, so what the sandbox answered it
remembers; about once a second while it serves, for what time alone changes (sessions moving
on, webhook deliveries); and when it stops. A snapshot equal to the last one written is not
written again. Each save pickles the whole state (about 30 ms for a thousand sessions), so
once a snapshot is over ``LARGE_SNAPSHOT_BYTES`` a serving sandbox stops making each write
wait for one: its background loop (every 50 ms) saves all the writes since at once. The
in-memory default never reaches this module.

Pickle, not JSON: it keeps shared objects shared and takes any attribute type a handler may
add (attrs classes, tuples as keys, ``Decimal``, ``deque``, sets) with no codec to extend.
Loading is restricted all the same: a file can name only classes of the sandbox (and of
``didit_async._generated``, for enum values) and a fixed list of standard containers
(:class:`_Unpickler`), never a function, so the usual pickle exploits (``os.system`` and the
like) are refused. That narrows what a hostile file can do; it does not make one safe (the
sandbox's own classes can still be built with odd arguments): load only state files you or
your tests wrote, as with any pickle.
"""

from __future__ import annotations

import contextlib
import copyreg
import itertools
import os
import pickle
import sqlite3
import time
from collections.abc import Iterator
from typing import Any

from ._app import BodyReader, SandboxApp
from ._state import SandboxState

__all__ = [
    "AUTOSAVE_SECONDS",
    "RUNTIME",
    "SandboxStateError",
    "SavingApp",
    "StateFile",
    "describe",
]

FORMAT = 1
PROTOCOL = 5  # every Python the package supports (3.10 and later) reads it
_READS = frozenset({"GET", "HEAD", "OPTIONS"})
AUTOSAVE_SECONDS = 1.0  # how often a serving sandbox checks for changes time alone made
# A snapshot larger than this (a state of a thousand sessions or more: each save then takes
# tens of milliseconds) is not waited for by each write while a background loop runs: the
# loop writes the changes of all of them at its next turn. By size, not by time taken, so
# what is saved before an answer does not depend on how busy the machine is.
LARGE_SNAPSHOT_BYTES = 256 * 1024
# Set from SandboxConfig (or by ``serve``) on every start: the command line of this start wins
# over the file, so ``--user-delay`` or ``--port`` can change between runs. The clock is kept
# apart (its reading is a row of its own; the object holds the wall-clock function).
RUNTIME = frozenset({"clock", "base_url", "start_after", "finish_after", "expire_after", "price"})

# The standard classes a snapshot may name besides didit_async's own, by (module, name).
_STDLIB = frozenset(
    [
        *(("builtins", n) for n in ("set", "frozenset", "bytearray", "complex", "list")),
        *(("builtins", n) for n in ("dict", "tuple", "int", "float", "str", "bytes")),
        ("collections", "deque"),
        ("collections", "OrderedDict"),
        ("collections", "defaultdict"),
        ("collections", "Counter"),
        ("decimal", "Decimal"),
        ("fractions", "Fraction"),
        ("uuid", "UUID"),
        ("random", "Random"),
        ("types", "SimpleNamespace"),
        ("itertools", "count"),
        *(("datetime", n) for n in ("date", "datetime", "time", "timedelta", "timezone")),
    ]
)


_OURS = ("didit_async.sandbox.", "didit_async._generated.")


class SandboxStateError(Exception):
    """The sandbox's state file cannot be read or written; the message says which and why."""


def _allowed(module: str, name: str) -> bool:
    return module.startswith(_OURS) or (module, name) in _STDLIB


class _Unpickler(pickle.Unpickler):
    """Builds only the sandbox's classes and the standard containers listed in ``_STDLIB``."""

    def find_class(self, module: str, name: str) -> Any:
        if _allowed(module, name):
            found = super().find_class(module, name)
            if isinstance(found, type):  # a class, never a function of the package
                return found
        raise pickle.UnpicklingError(f"{module}.{name} is not part of a sandbox state")


def _reduce_count(counter: itertools.count[Any]) -> tuple[Any, ...]:
    # itertools objects stop being picklable in Python 3.14; a counter is its next value
    # and step, which its repr spells: "count(1005)" or "count(1005, 2)".
    start, _, step = repr(counter)[len("count(") : -1].partition(", ")
    return itertools.count, (_number(start), _number(step) if step else 1)


def _number(text: str) -> int | float:
    return float(text) if any(c in text for c in ".eEn") else int(text)


_SAVEABLE: set[type] = set()  # classes already checked against the unpickler's list


class _Pickler(pickle.Pickler):
    """Refuses when saving what ``_Unpickler`` would refuse when loading, naming it.

    A state attribute of a new kind (a function, a lock, a class from outside the package)
    fails its first save, in the test that adds it, not a user's restart months later.
    """

    def __init__(self, file: Any) -> None:
        super().__init__(file, protocol=PROTOCOL)
        self.dispatch_table = {**copyreg.dispatch_table, itertools.count: _reduce_count}

    def reducer_override(self, obj: Any) -> Any:
        # Not called for plain str, int, float, list, dict, tuple, set or None: the bulk of a
        # state costs nothing here.
        kind = obj if isinstance(obj, type) else type(obj)
        if kind not in _SAVEABLE:
            if not _allowed(kind.__module__, kind.__qualname__):
                raise pickle.PicklingError(
                    f"a {kind.__module__}.{kind.__qualname__} cannot be kept in a state file "
                    "(only the sandbox's classes and the standard containers listed in "
                    "didit_async/sandbox/_persist.py)"
                )
            _SAVEABLE.add(kind)
        return NotImplemented


def dumps(values: dict[str, Any]) -> bytes:
    """A snapshot's bytes (see the module docstring for the codec)."""
    import io

    out = io.BytesIO()
    _Pickler(out).dump(values)
    return out.getvalue()


def loads(blob: bytes) -> dict[str, Any]:
    """The ``{attribute: value}`` a snapshot holds, through the restricted unpickler."""
    import io

    values = _Unpickler(io.BytesIO(blob)).load()
    if not isinstance(values, dict):
        raise pickle.UnpicklingError("a snapshot is a dict of attributes")
    return values


def snapshot(state: SandboxState) -> dict[str, Any]:
    """Every attribute of ``state`` but the runtime ones: what a state file keeps."""
    return {k: v for k, v in vars(state).items() if k not in RUNTIME}


class StateFile:
    """One sandbox's state file: ``load`` it into a fresh state, ``save`` the state into it."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = os.fspath(path)
        self._last: tuple[bytes, float] | None = None
        self._saved_at = 0.0
        self._size = 0  # bytes of the last snapshot
        self._pending = False  # a write's save left to the background loop
        # Set while Sandbox.running's loop turns (and so will save what is pending).
        self.background = False
        self._db: sqlite3.Connection | None = None
        with self._connect() as db:
            db.execute(
                "CREATE TABLE IF NOT EXISTS sandbox_state (key TEXT PRIMARY KEY, value BLOB)"
            )

    @contextlib.contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        # Held open between writes (until ``close``): closing the last connection makes SQLite
        # fold the WAL back into the file and flush it to disk, ~25 ms a time.
        try:
            if self._db is None:
                db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
                try:
                    db.execute("PRAGMA journal_mode=WAL")
                    # A commit is then one write to the WAL, not a flush to disk: a killed
                    # process still leaves every committed transaction whole.
                    db.execute("PRAGMA synchronous=NORMAL")
                except BaseException:
                    db.close()
                    raise
                self._db = db
            yield self._db
        except sqlite3.Error as exc:
            raise SandboxStateError(f"the sandbox state file {self.path}: {exc}") from None

    def close(self) -> None:
        """Close the file (the next ``save`` or ``load`` opens it again)."""
        if self._db is not None:
            self._db.close()
            self._db = None

    def load(self, state: SandboxState) -> bool:
        """Restore ``state`` (and its clock) from the file; False when the file is new."""
        with self._connect() as db:
            rows = dict(db.execute("SELECT key, value FROM sandbox_state").fetchall())
        if "snapshot" not in rows:
            return False
        if int(rows.get("format", 0)) != FORMAT:
            raise SandboxStateError(
                f"the sandbox state file {self.path} has format {rows.get('format')}, this "
                f"sandbox reads format {FORMAT}: move the file away to start afresh"
            )
        try:
            values = loads(bytes(rows["snapshot"]))
        except Exception as exc:  # a class renamed or removed since, or a damaged file
            raise SandboxStateError(
                f"cannot restore the sandbox state from {self.path} "
                f"({type(exc).__name__}: {exc}): it was probably written by another version "
                "of didit-async; move the file away to start afresh"
            ) from None
        for name, value in values.items():
            if name not in RUNTIME:
                setattr(state, name, value)
        clock = state.clock
        reading = float(rows.get("clock", 0.0))
        if bool(int(rows.get("clock_virtual", 0))) == clock.virtual:
            # A stopped clock resumes where it stood; a running one keeps its offset.
            clock.advance(reading - clock.now() if clock.virtual else reading)
        self._last = (bytes(rows["snapshot"]), reading)
        return True

    def save(self, state: SandboxState) -> bool:
        """Write ``state`` in one transaction unless it equals the last write; True if written."""
        self._pending = False
        try:
            blob = dumps(snapshot(state))
        except Exception as exc:
            culprit = _culprit(state, exc)
            raise SandboxStateError(f"the sandbox state cannot be saved: {culprit}") from None
        clock = state.clock
        # Rounded so a running clock's offset (read against time.time()) compares stably.
        reading = clock.now() if clock.virtual else round(clock.now() - time.time(), 3)
        self._size = len(blob)
        self._saved_at = time.monotonic()
        if self._last == (blob, reading):
            return False
        rows = [
            ("format", str(FORMAT)),
            ("snapshot", blob),
            ("clock_virtual", int(clock.virtual)),
            ("clock", reading),
            ("saved_at", time.time()),
        ]
        with self._connect() as db:
            db.execute("BEGIN IMMEDIATE")
            try:
                db.executemany("INSERT OR REPLACE INTO sandbox_state VALUES (?, ?)", rows)
            except BaseException:
                db.execute("ROLLBACK")
                raise
            db.execute("COMMIT")
        self._last = (blob, reading)
        return True

    def changed(self, state: SandboxState) -> None:
        """A request may have written: save now, or at the loop's next turn if the state is big."""
        if self.background and self._size > LARGE_SNAPSHOT_BYTES:
            self._pending = True
        else:
            self.save(state)

    def autosave(self, state: SandboxState) -> bool:
        """Save what writes left pending, else what time alone changed (each second)."""
        if not self._pending and time.monotonic() - self._saved_at < AUTOSAVE_SECONDS:
            return False
        return self.save(state)


class SavingApp(SandboxApp):
    """The sandbox app, saving the state after each request that may have written."""

    def __init__(self, state: SandboxState, store: StateFile, **options: Any) -> None:
        super().__init__(state, **options)
        self.store = store

    async def handle(
        self,
        method: str,
        path: str,
        query_string: str,
        headers: dict[str, str],
        read_body: BodyReader,
    ) -> tuple[int, Any, dict[str, str]]:
        try:
            return await super().handle(method, path, query_string, headers, read_body)
        finally:
            # Before the answer leaves (an injected drop or 5xx included: the write was made).
            if method not in _READS or path.startswith("/sandbox/"):
                self.store.changed(self.state)


def _culprit(state: SandboxState, exc: Exception) -> str:
    """Which attribute could not be pickled, so whoever added it knows what to change."""
    for name, value in snapshot(state).items():
        try:
            dumps({name: value})
        except Exception as inner:
            return f"attribute {name!r}: {type(inner).__name__}: {inner}"
    return f"{type(exc).__name__}: {exc}"


def describe(path: str | os.PathLike[str] | None, state: SandboxState, restored: bool) -> str:
    """The start-up line that says where the state lives (and what a restart brought back)."""
    if path is None:
        return "state: in memory (lost on exit); --state FILE keeps it"
    if not restored:
        return f"state: kept in {os.fspath(path)} (a new file)"
    return (
        f"state: kept in {os.fspath(path)} (restored {len(state.workflows)} workflows, "
        f"{len(state.sessions)} sessions, {len(state.destinations)} webhook destinations)"
    )
