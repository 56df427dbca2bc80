"""The Django and Flask example apps, fed by the sandbox's real webhook deliveries.

Three destinations post every event to the app: two it knows the secret of, at both spellings
of the path (``/webhooks/didit/`` and ``/webhooks/didit``), and one it does not. Each event must
be handled once (the second destination's copy is a duplicate), every delivery signed with the
unknown secret refused 401, and no delivery redirected or refused for CSRF.
"""

from __future__ import annotations

import importlib.util
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

import anyio
import pytest

from didit_async.sandbox import Sandbox, SandboxConfig
from tests.webhooks.wsgi_asgi import WSGIAsASGI

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
KNOWN = ("http://127.0.0.1:8000/webhooks/didit/", "http://127.0.0.1:8000/webhooks/didit")
UNKNOWN = "http://localhost:8000/webhooks/didit/"  # the same app, under a secret it lacks


def load(name: str) -> ModuleType:
    module_name = f"example_{name}"
    if module_name in sys.modules:  # Django's settings and URLs are once per process
        return sys.modules[module_name]
    spec = importlib.util.spec_from_file_location(module_name, EXAMPLES / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[module_name] = module
    spec.loader.exec_module(module)
    return module


async def deliver_to(build: Callable[[Sequence[str]], Any]) -> dict[str, Any]:
    """Run a KYC session in the sandbox with the app built by ``build(secrets)`` receiving."""
    sandbox = Sandbox(SandboxConfig(virtual_time=True))
    async with sandbox.client() as client:
        secrets = []
        for url in (*KNOWN, UNKNOWN):
            destination = await client.webhooks.destinations.create(
                label=url, url=url, subscribed_events=["status.updated"]
            )
            secrets.append(str(destination.secret_shared_key))
        app = WSGIAsASGI(build(secrets[:2]))
        for url in (*KNOWN, UNKNOWN):
            sandbox.register_receiver(url, app)
        workflow = await client.workflows.create(workflow_label="KYC", workflow_type="kyc")
        await client.sessions.create(workflow_id=workflow.uuid, sandbox_scenario="approve")
        sandbox.advance(10)
        await sandbox.deliver_webhooks()
    return {"answers": app.answers, "deliveries": sandbox.deliveries}


def check(result: dict[str, Any], handled: list[Any]) -> None:
    deliveries = result["deliveries"]
    event_ids = {d["event_id"] for d in deliveries}
    assert len(event_ids) >= 2  # In Progress, then Approved, at least
    # Each event handled once, though two destinations the app trusts delivered it.
    assert Counter(e.event_id for e in handled) == dict.fromkeys(event_ids, 1)
    assert "Approved" in {e.status for e in handled}
    by_url = {url: [d["ok"] for d in deliveries if d["url"] == url] for url in (*KNOWN, UNKNOWN)}
    assert by_url[KNOWN[0]] == by_url[KNOWN[1]] == [True] * len(event_ids)
    assert by_url[UNKNOWN] == [False] * len(event_ids)
    # Every delivery answered by the view itself (no redirect, no CSRF refusal), at both
    # spellings; of each event's two trusted copies, whichever came second was a duplicate.
    n = len(event_ids)
    answers = Counter((status, detail) for _, status, detail in result["answers"])
    assert answers == {(200, "ok"): n, (200, "duplicate"): n, (401, "bad_signature"): n}
    answered = Counter(path for path, status, _ in result["answers"] if status == 200)
    assert answered == {"/webhooks/didit/": n, "/webhooks/didit": n}


def test_the_flask_example_handles_each_sandbox_event_once() -> None:
    flask_app = load("webhooks_flask")
    flask_app.HANDLED.clear()
    result = anyio.run(deliver_to, lambda secrets: flask_app.create_app(secrets))
    check(result, flask_app.HANDLED)


def test_the_django_example_handles_each_sandbox_event_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def build(secrets: Sequence[str]) -> Any:
        # What a deployment does: the secrets in the environment, read by the settings.
        monkeypatch.setenv("DIDIT_WEBHOOK_SECRET", ",".join(secrets))
        django_app = load("webhooks_django")
        django_app.HANDLED.clear()
        return django_app.application

    result = anyio.run(deliver_to, build)
    check(result, load("webhooks_django").HANDLED)
