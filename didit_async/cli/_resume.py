"""What makes ``bulk-create`` resumable: a results file and a journal of rows sent.

Two files, both appended one line at a time and flushed after each line, so a process killed
outright (SIGKILL, a power cut of the terminal) loses at most the line it was writing, which the
next run drops:

* the results CSV (``-o``): a header, then one line per finished row. Its first two columns are
  the row's identity: ``row`` (the row's 1-based position among the input's data rows) and its
  key (``vendor_data`` for sessions, ``transaction_id`` for transactions).
* the journal, ``<results>.journal`` (sessions only): one JSON object per line,
  ``{"row": 5, "key": "user-5", "sent_at": 1765158000.12}``, written before the row's first
  request leaves (``sent_at`` is a Unix time).

A rerun skips every row with a results line. A row in the journal without one was sent by a
run that stopped before recording it: it may have made a session, so it is looked up by its key
before it is sent again; a session found is recorded, not made twice. Rows that were never sent
are never looked up. A row whose outcome stays unknown (its lookup failed) is left unrecorded,
so the next run looks it up again.
"""

from __future__ import annotations

import csv
import json
import signal
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from pathlib import Path
from typing import IO, Any

import anyio
import attrs
import click

from didit_async._bulk import BulkResult, BulkRun
from didit_async._errors import DiditError, DiditWriteOutcomeUnknownError

RECONCILE_SECONDS = 30.0
"""How long a Ctrl-C'd run spends looking up the rows it had in flight (a second Ctrl-C stops
it sooner; the journal covers whatever it did not finish)."""

EXIT_INTERRUPTED = 130
"""The shell's convention for a command stopped by Ctrl-C (128 + SIGINT)."""

LineFor = Callable[[int, BulkResult[Any]], list[Any]]
LookUp = Callable[[Mapping[str, Any], float], Awaitable[Any]]


def _complete_lines(path: Path) -> bytes:
    """The file's bytes up to its last newline; a partial last line (the process was killed
    while writing it) is cut off the file too, so appending starts on a fresh line."""
    data = path.read_bytes()
    if data and not data.endswith(b"\n"):
        data = data[: data.rfind(b"\n") + 1]
        with path.open("r+b") as fh:
            fh.truncate(len(data))
    return data


@attrs.define
class Counts:
    """What a run did, for its summary line."""

    ok: int = 0
    failed: int = 0
    skipped: int = 0
    looked_up: int = 0
    found: int = 0
    unknown: int = 0
    interrupted: bool = False


class ResumableJob:
    """The results file (and journal) of one bulk command, opened for appending."""

    def __init__(self, results: Path, columns: list[str], *, journal: bool) -> None:
        self.results = results
        self.columns = columns
        self.done: dict[int, str] = {}  # row -> key, from the results file
        self.sent: dict[int, tuple[str, float]] = {}  # row -> (key, first sent_at)
        self.counts = Counts()
        self._load_results()
        self._journal_path = results.with_name(results.name + ".journal") if journal else None
        if self._journal_path is not None and self._journal_path.exists():
            self._load_journal(self._journal_path)
        self._out: IO[str] | None = None
        self._journal: IO[str] | None = None

    def __enter__(self) -> ResumableJob:
        """Open both files for appending (the results file gets its header when new)."""
        fresh = not self.results.exists() or self.results.stat().st_size == 0
        self._out = self.results.open("a", newline="", encoding="utf-8")
        if fresh:
            self._write(self.columns)
        if self._journal_path is not None:
            self._journal = self._journal_path.open("a", encoding="utf-8")
        return self

    def __exit__(self, *exc: object) -> None:
        for fh in (self._out, self._journal):
            if fh is not None:
                fh.close()

    def _load_results(self) -> None:
        if not self.results.exists():
            return
        text = _complete_lines(self.results).decode("utf-8")
        reader = csv.reader(text.splitlines())
        header = next(reader, None)
        if header is None:
            return
        if header != self.columns:
            raise click.UsageError(
                f"{self.results} is not a results file of this command (its columns are "
                f"{', '.join(header)}); choose another -o"
            )
        for line in reader:
            if line:
                self.done[int(line[0])] = line[1]

    def _load_journal(self, path: Path) -> None:
        for raw in _complete_lines(path).decode("utf-8").splitlines():
            try:
                entry = json.loads(raw)
                row, key, sent_at = int(entry["row"]), str(entry["key"]), float(entry["sent_at"])
            except (ValueError, KeyError, TypeError):
                continue  # not ours, or damaged: the row is then treated as never sent
            if row not in self.sent:  # the first send bounds the lookup
                self.sent[row] = (key, sent_at)

    def check(self, rows: Iterator[dict[str, Any]]) -> None:
        """Refuse (before any request) an input whose rows no longer match the rows recorded:
        the results file then belongs to another input."""
        last = max(self.done, default=0)
        for row, request in enumerate(rows, start=1):
            if row > last:
                return
            key = _key(request, _field(self))
            if row in self.done and self.done[row] != key:
                raise click.UsageError(
                    f"row {row} of the input is {_field(self)}={key!r}, but {self.results} "
                    f"recorded {self.done[row]!r} for it: the input changed since that run. "
                    "Use another -o for a different input."
                )

    def pending(self, rows: Iterator[dict[str, Any]]) -> Iterator[tuple[int, dict[str, Any], str]]:
        """``(row, request, key)`` of every input row without a result, lazily."""
        for row, request in enumerate(rows, start=1):
            if row in self.done:
                self.counts.skipped += 1
                continue
            yield row, request, _key(request, _field(self))

    def _write(self, line: list[Any]) -> None:
        assert self._out is not None, "use `with job:`"
        csv.writer(self._out).writerow(line)
        self._out.flush()

    def record(self, row: int, key: str, line: list[Any]) -> None:
        """Append a finished row's line (flushed)."""
        self._write(line)
        self.done[row] = key

    def note_sent(self, row: int, key: str) -> None:
        """Journal the row (flushed) before its first request leaves."""
        if self._journal is None:
            return
        sent_at = round(time.time(), 3)
        self._journal.write(json.dumps({"row": row, "key": key, "sent_at": sent_at}) + "\n")
        self._journal.flush()
        self.sent.setdefault(row, (key, sent_at))


def _key(request: Mapping[str, Any], field: str) -> str:
    value: Any = request.get(field)
    return "" if value is None else str(value)


async def run_job(
    job: ResumableJob,
    rows: Iterator[tuple[int, dict[str, Any], str]],
    *,
    start: Callable[..., BulkRun[Any]],
    line_for: LineFor,
    emit: Callable[[list[Any]], None],
    look_up: LookUp | None,
) -> Counts:
    """Send ``rows`` through ``start(requests, on_send=...)`` (a ``create_many``), recording
    each result as it arrives. Rows the journal shows as sent are looked up first
    (``look_up(request, sent_at)``: the object found, or None). On SIGINT the rows in flight
    are cancelled and reconciled, and what is known is recorded before returning."""
    counts = job.counts
    row_of: dict[int, int] = {}  # create_many's index -> the input row

    def record(row: int, result: BulkResult[Any], *, looked_up: bool = False) -> None:
        key = _key(result.request, _field(job))
        if isinstance(result.error, DiditWriteOutcomeUnknownError) and key:
            # It may exist: leave it unrecorded, so the next run looks it up (it is journaled)
            # or, for a transaction, sends it again (its id makes that safe).
            counts.unknown += 1
            return
        line = line_for(row, result)
        job.record(row, key, line)
        emit(line)
        if looked_up:
            counts.found += 1
        else:
            counts.ok += result.ok
            counts.failed += not result.ok

    async def requests() -> AsyncIterator[dict[str, Any]]:
        index = 0
        for row, request, key in rows:
            if row in job.sent and look_up is not None:
                if not key:
                    record(row, BulkResult(row - 1, request, error=_unknown_without_key(job)))
                    continue
                counts.looked_up += 1
                try:
                    found = await look_up(request, job.sent[row][1])
                except DiditError:
                    counts.unknown += 1  # still journaled: the next run tries again
                    continue
                if found is not None:
                    result = BulkResult(row - 1, request, session=found, recovered=True)
                    record(row, result, looked_up=True)
                    continue
            row_of[index] = row
            index += 1
            yield request

    def on_send(index: int, request: Mapping[str, Any]) -> None:
        job.note_sent(row_of[index], _key(request, _field(job)))

    bulk = start(requests(), on_send=on_send)
    work, reconciling = anyio.CancelScope(), anyio.CancelScope()
    with job, anyio.open_signal_receiver(signal.SIGINT) as signals:
        async with anyio.create_task_group() as tg:

            async def on_sigint() -> None:
                # The first Ctrl-C stops sending; a second one stops the reconciling too.
                for scope in (work, reconciling):
                    await signals.__anext__()
                    counts.interrupted = True
                    scope.cancel()

            tg.start_soon(on_sigint)
            with work:
                async with bulk as results:
                    async for r in results:
                        record(row_of.pop(r.index), r)
            if counts.interrupted:
                with reconciling, anyio.move_on_after(RECONCILE_SECONDS):
                    for r in await bulk.reconcile():
                        record(row_of[r.index], r)
            tg.cancel_scope.cancel()
    return counts


def _field(job: ResumableJob) -> str:
    return job.columns[1]


def _unknown_without_key(job: ResumableJob) -> DiditWriteOutcomeUnknownError:
    return DiditWriteOutcomeUnknownError(
        f"An earlier run sent this row and stopped before its answer; without {_field(job)} "
        "it cannot be looked up, so it is not sent again: check whether it exists before "
        "creating it yourself."
    )


def summary(counts: Counts, dest: Path, noun: str) -> str:
    """The closing line: what was done now, what was already there, what is left."""
    text = f"{counts.ok} {noun}, {counts.failed} failed"
    if counts.skipped:
        text += f", {counts.skipped} already done"
    if counts.looked_up:
        text += f", {counts.looked_up} looked up ({counts.found} found, recorded)"
    text += f"; results in {dest}"
    if counts.unknown:
        text += (
            f". {counts.unknown} row(s) may exist but could not be checked: run the same "
            "command again to look them up"
        )
    if counts.interrupted:
        text += ". Interrupted: run the same command again to resume"
    return text


__all__ = ["EXIT_INTERRUPTED", "Counts", "ResumableJob", "run_job", "summary"]
