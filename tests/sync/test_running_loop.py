"""The blocking client called from a thread whose event loop is running (a Jupyter cell, code
under ``asyncio.run``/``trio.run``): the call runs on a private loop thread and behaves as on
any other thread: results, the very error objects, workloads and pagination."""

from __future__ import annotations

import asyncio
import signal
import socket
import threading
from collections.abc import Callable
from typing import Any

import pytest
import trio

from didit_async import Didit, DiditNotFoundError
from didit_async.sandbox import Sandbox, SandboxConfig

RUNNERS: dict[str, Callable[[Callable[[], Any]], Any]] = {
    "asyncio": lambda body: asyncio.run(_coroutine(body)),
    "trio": lambda body: trio.run(_coroutine, body),
}


async def _coroutine(body: Callable[[], Any]) -> Any:
    return body()  # a blocking call straight from async code, as a notebook cell makes it


def _sandbox() -> Sandbox:
    return Sandbox(SandboxConfig(virtual_time=True, rate_limiting=False))


@pytest.mark.parametrize("library", sorted(RUNNERS))
def test_calls_under_a_running_loop_return_results_and_raise_the_api_errors(library: str) -> None:
    with _sandbox().sync_client(rate_limiting=False) as client:

        def body() -> tuple[str, str, DiditNotFoundError | None, int]:
            wf = client.workflows.create(workflow_label="KYC", workflow_type="kyc").uuid
            session = client.sessions.create(workflow_id=wf, vendor_data="nb-1")
            missing: DiditNotFoundError | None = None
            try:
                client.sessions.retrieve("00000000-0000-0000-0000-000000000000")
            except DiditNotFoundError as exc:
                missing = exc
            listed = sum(1 for _ in client.sessions.list())
            return wf, session.vendor_data or "", missing, listed

        wf, vendor_data, missing, listed = RUNNERS[library](body)
        assert wf
        assert vendor_data == "nb-1"
        assert isinstance(missing, DiditNotFoundError)
        assert missing.status == 404
        assert listed == 1


@pytest.mark.parametrize("library", sorted(RUNNERS))
def test_create_many_iterates_under_a_running_loop(library: str) -> None:
    with _sandbox().sync_client(rate_limiting=False) as client:

        def body() -> list[bool]:
            wf = client.workflows.create(workflow_label="KYC", workflow_type="kyc").uuid
            rows = [{"workflow_id": wf, "vendor_data": f"u{i}"} for i in range(6)]
            return [r.ok for r in client.sessions.create_many(rows, concurrency=3)]

        assert RUNNERS[library](body) == [True] * 6


def test_the_same_exception_object_reaches_the_caller() -> None:
    raised: list[BaseException] = []

    async def boom() -> None:
        exc = DiditNotFoundError("gone")
        raised.append(exc)
        raise exc

    client = Didit(api_key="k", verification_base_url="http://127.0.0.1:9")
    try:

        async def main() -> BaseException:
            try:
                client._runner.call(boom)
            except DiditNotFoundError as exc:
                return exc
            raise AssertionError("no error")

        caught = asyncio.run(main())
        assert caught is raised[0]
    finally:
        client.close()


def test_leaving_a_workload_early_under_a_running_loop_stops_it() -> None:
    sandbox = _sandbox()
    with sandbox.sync_client(rate_limiting=False) as client:
        wf = client.workflows.create(workflow_label="KYC", workflow_type="kyc").uuid

        async def main() -> None:
            rows = ({"workflow_id": wf, "vendor_data": f"u{i}"} for i in range(500))
            run = client.sessions.create_many(rows, concurrency=2)
            for _ in zip(range(3), run, strict=False):
                pass
            run.close()
            with pytest.raises(RuntimeError, match="stopped early"):
                next(run)

        asyncio.run(main())
        assert sandbox.stats.sessions_created < 50
        # the client stays usable afterwards, with or without a running loop
        assert client.billing.get_balance() is not None


def _server(
    held: list[socket.socket], first_open: list[bool], stop: threading.Event
) -> tuple[int, threading.Thread]:
    """Loopback HTTP: the first request is never answered; later ones get a 404 at once, and
    ``first_open`` says whether the first was still waiting when each came."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    listener.settimeout(0.1)

    def serve() -> None:
        with listener:
            while not stop.is_set():
                try:
                    conn, _ = listener.accept()
                except TimeoutError:
                    continue
                if not held:
                    held.append(conn)  # kept open, unanswered, until the test ends
                    continue
                with conn:
                    conn.recv(65536)
                    held[0].setblocking(False)
                    try:
                        first_open.append(held[0].recv(1) != b"")
                    except BlockingIOError:
                        first_open.append(True)  # nothing to read, not closed: still waiting
                    body = b'{"detail": "not found"}'
                    conn.sendall(
                        b"HTTP/1.1 404 Not Found\r\ncontent-type: application/json\r\n"
                        b"connection: close\r\ncontent-length: %d\r\n\r\n%s" % (len(body), body)
                    )

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    return listener.getsockname()[1], thread


def test_ctrl_c_under_a_running_loop_interrupts_the_wait_and_the_client_stays_usable() -> None:
    held: list[socket.socket] = []
    stop = threading.Event()
    first_open: list[bool] = []
    port, thread = _server(held, first_open, stop)
    url = f"http://127.0.0.1:{port}"
    client = Didit(
        api_key="k", verification_base_url=url, apx_base_url=url, timeout=20, max_retries=0
    )
    try:

        async def main() -> tuple[bool, DiditNotFoundError | None]:
            timer = threading.Timer(
                0.3, signal.pthread_kill, (threading.main_thread().ident, signal.SIGINT)
            )
            timer.start()
            interrupted = False
            try:
                client.billing.get_balance()
            except KeyboardInterrupt:
                interrupted = True
            finally:
                timer.cancel()
            try:
                client.sessions.retrieve("00000000-0000-0000-0000-000000000000")
            except DiditNotFoundError as exc:
                return interrupted, exc
            return interrupted, None

        # A bare loop, like a Jupyter kernel's: asyncio.run would turn SIGINT into cancelling
        # its main task instead of raising KeyboardInterrupt in the blocked call.
        loop = asyncio.new_event_loop()
        try:
            interrupted, missing = loop.run_until_complete(main())
        finally:
            loop.close()
        assert interrupted
        assert isinstance(missing, DiditNotFoundError)
        # answered while the interrupted request still waited: not queued behind it
        assert first_open == [True]
    finally:
        stop.set()
        for conn in held:
            conn.close()  # the interrupted request ends: its private thread ends with it
        thread.join()
        client.close()
