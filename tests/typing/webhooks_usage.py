"""The webhook receivers used the way the guide does. Type-checked by mypy --strict, never run.

Starlette types ``add_route``'s argument as a request-to-response function, though its routes
serve any ASGI app: the endpoint must satisfy both readings. The blocking receiver takes the
body and headers that Flask and Django hand a view.
"""

from __future__ import annotations

from flask import Flask, Response, request
from starlette.applications import Starlette
from starlette.routing import Mount, Route

from didit_async.redis import RedisWebhookDeduplicator
from didit_async.webhooks import (
    WebhookAnswer,
    WebhookEndpoint,
    WebhookEvent,
    WebhookReceiver,
    webhook_endpoint,
    webhook_receiver,
)


async def on_event(event: WebhookEvent) -> None:
    print(event.type, event.session_id, event.status)


endpoint: WebhookEndpoint = webhook_endpoint(on_event, secrets=["whsec_new", "whsec_old"])
app = Starlette(
    routes=[
        Route("/webhooks/didit", endpoint, methods=["POST"]),
        Route("/webhooks/didit/", endpoint, methods=["POST"]),
        Mount("/mounted", app=endpoint),
    ]
)
app.add_route("/webhooks/didit/", webhook_endpoint(on_event, secrets="whsec_x"))
app.add_route("/hooks", endpoint, methods=["POST"])


def on_event_blocking(event: WebhookEvent) -> None:
    print(event.event_id)


receiver: WebhookReceiver = webhook_receiver(
    on_event_blocking,
    secrets="whsec_x",
    deduplicator=RedisWebhookDeduplicator.from_url("redis://127.0.0.1:1/0"),
)
flask_app = Flask(__name__)


@flask_app.post("/webhooks/didit/", strict_slashes=False)
def didit_webhook() -> Response:
    answer: WebhookAnswer = receiver.receive(request.get_data(), request.headers)
    status: int = answer.status
    return Response(answer.body, status, answer.headers)


receiver.receive(b"{}", {"X-Timestamp": "1"}, method="POST")
receiver.receive("{}", {})  # type: ignore[arg-type]
