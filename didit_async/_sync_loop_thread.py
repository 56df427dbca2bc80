"""A private thread that runs ``Didit`` calls for a thread whose own event loop is running.

A Jupyter cell, or any code under ``asyncio.run``/``trio.run``, runs on a thread whose event loop
is running, and a thread cannot run a second loop while its own runs. Such a thread gets one of
these: a plain thread, without a running loop, that runs each call exactly as an ordinary thread
would (its own Didit loop, the shared pool, rate-limit windows and in-flight bound) while the
caller waits. The call's result, or its very exception object, is handed back to the caller.

Ctrl-C (a kernel interrupt) while the caller waits cancels what the private thread's loop was
running, waits up to the usual cleanup time for it, and raises ``KeyboardInterrupt`` in the
caller; the private thread then starts on a fresh loop, as an interrupted ordinary thread does.
A signal cannot break a blocking read on that thread, as it does on the main thread: a call
still in one after the cleanup time ends at its own timeout, and the caller's next calls go to
a new private thread meanwhile.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import contextvars
import queue
import threading
from collections.abc import Callable
from typing import TypeVar

__all__ = ["LoopThread"]

T = TypeVar("T")


class LoopThread:
    """One daemon thread serving, in order, the blocking calls of one calling thread."""

    def __init__(self, drain_seconds: float) -> None:
        self._drain_seconds = drain_seconds
        self._jobs: queue.SimpleQueue[Callable[[], None] | None] = queue.SimpleQueue()
        # Bumped as each call starts, so a late cancel meant for one call spares the next.
        self._generation = 0
        # Set when an interrupted call outlived its cleanup time: the caller moves on to a new
        # private thread.
        self.stuck = False
        thread = threading.Thread(target=self._serve, name="didit-loop-thread", daemon=True)
        thread.start()
        assert thread.ident is not None
        self.ident: int = thread.ident

    def _serve(self) -> None:
        while (job := self._jobs.get()) is not None:
            job()

    def stop(self) -> None:
        """Let the thread end once the calls already handed to it are done."""
        self._jobs.put(None)

    def submit(
        self, fn: Callable[[], T], loop_of_thread: Callable[[], asyncio.AbstractEventLoop | None]
    ) -> T:
        """Run ``fn`` on the private thread, in the caller's context, and wait for it.

        ``loop_of_thread`` names the private thread's loop, to cancel what it runs if the wait
        is interrupted.
        """
        future: concurrent.futures.Future[T] = concurrent.futures.Future()
        context = contextvars.copy_context()

        def job() -> None:
            self._generation += 1
            try:
                result = context.run(fn)
            except BaseException as exc:  # handed to the caller, who raises it
                future.set_exception(exc)
            else:
                future.set_result(result)

        self._jobs.put(job)
        try:
            return future.result()
        except BaseException:
            if not future.done():  # the wait itself was interrupted (Ctrl-C)
                self._interrupt(loop_of_thread())
                with contextlib.suppress(BaseException):
                    future.exception(timeout=self._drain_seconds)
                if not future.done():
                    # Stuck in blocking I/O a signal cannot reach on this thread: let it end
                    # in its own time (its timeout) and serve the caller's next calls elsewhere.
                    self.stuck = True
                    self.stop()
            raise

    def _interrupt(self, loop: asyncio.AbstractEventLoop | None) -> None:
        if loop is None:
            return
        generation = self._generation

        def cancel() -> None:
            if self._generation == generation:
                for task in asyncio.all_tasks(loop):
                    task.cancel()

        with contextlib.suppress(RuntimeError):  # closed meanwhile: nothing left to cancel
            loop.call_soon_threadsafe(cancel)
