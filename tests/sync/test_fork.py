"""A ``Didit`` used in a process that then forks (a prefork master starting its workers, the
gunicorn ``--preload`` app) keeps working in that parent."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

_PARENT_GOES_ON = """
import os
from didit_async.sandbox import Sandbox

with Sandbox().sync_client() as client:
    wf = client.workflows.create(workflow_label="kyc")
    for _ in range(2):
        if os.fork() == 0:
            os._exit(0)  # a worker that starts and stops; its fork handlers have run
    for _ in range(2):
        assert os.wait()[1] == 0
    rows = [{"workflow_id": wf.uuid, "vendor_data": f"row-{i}"} for i in range(5)]
    with client.sessions.create_many(rows) as run:
        print(sum(r.ok for r in run), "created")
"""


def test_the_parent_keeps_working_after_forking_children() -> None:
    # A child closing the event loops it inherited unregistered the parent's wake-up pipe from
    # the epoll instance they share: the parent's next create_many, whose requests finish in
    # worker threads, then waited for ever. (In a child process: a hang must not hang pytest.)
    try:
        done = subprocess.run(
            [sys.executable, "-c", textwrap.dedent(_PARENT_GOES_ON)],
            capture_output=True,
            text=True,
            timeout=30,
            cwd=ROOT,
        )
    except subprocess.TimeoutExpired:
        raise AssertionError("the parent's create_many never finished after the fork") from None
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "5 created"
