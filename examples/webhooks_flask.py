"""Receiving Didit webhooks in Flask: the raw body, the headers, both spellings of the path.

``python examples/webhooks_flask.py`` serves it on http://127.0.0.1:8000 (Flask's development
server; gunicorn or any WSGI server in production: ``gunicorn 'webhooks_flask:create_app()'``).
Set ``DIDIT_WEBHOOK_SECRET`` to the destination's secret (``new,old`` during a rotation) and
point a webhook destination at ``http://127.0.0.1:8000/webhooks/didit/``.

What Flask needs, and why:

* **The raw body.** The signature covers the bytes Didit sent: pass ``request.get_data()``,
  never ``request.json`` or ``request.form``.
* **The headers.** ``request.headers`` as it is (any case; Werkzeug's ``Headers`` fits).
* **The trailing slash.** Didit posts to the URL exactly as configured and does not follow
  redirects; a rule ending in ``/`` answers the other spelling with a 308 redirect unless
  ``strict_slashes=False``, which makes it match both.
* **CSRF.** Flask has none; with Flask-WTF's ``CSRFProtect``, exempt the view
  (``csrf.exempt(didit_webhook)``): Didit sends no token, the signature is the check.
* **Several processes.** Each worker process deduplicates on its own by default; under gunicorn
  with several workers, pass ``RedisWebhookDeduplicator.from_url(...)`` as ``deduplicator``.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Sequence

from flask import Flask, Response, request

from didit_async.webhooks import WebhookDeduplicator, WebhookEvent, webhook_receiver

logger = logging.getLogger(__name__)

# What the handler saw, for the demo: a real app writes to its database instead, keyed on
# event_id, so that a re-run after a failure part-way through changes nothing twice.
HANDLED: list[WebhookEvent] = []


def on_event(event: WebhookEvent) -> None:
    """Runs once per event, on the request's thread; an error here answers 500 (Didit retries)."""
    logger.info("%s: session %s is %s", event.type, event.session_id, event.status)
    HANDLED.append(event)


def create_app(
    secrets: str | Sequence[str] | None = None, deduplicator: WebhookDeduplicator | None = None
) -> Flask:
    """The Flask app, its webhook view at ``/webhooks/didit/`` (and without the slash)."""
    receiver = webhook_receiver(
        on_event,
        secrets=secrets or os.environ["DIDIT_WEBHOOK_SECRET"].split(","),
        deduplicator=deduplicator,
    )
    app = Flask(__name__)

    @app.post("/webhooks/didit/", strict_slashes=False)
    def didit_webhook() -> Response:
        answer = receiver.receive(request.get_data(), request.headers)
        return Response(answer.body, answer.status, answer.headers)

    return app


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    create_app().run(host="127.0.0.1", port=8000)
