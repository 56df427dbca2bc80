"""Receiving Didit webhooks in Django: CSRF, the raw body, the headers, the trailing slash.

A whole Django site in one file, so it runs as it is: ``python examples/webhooks_django.py``
serves it on http://127.0.0.1:8000 (Django's development server; in production any WSGI server
takes ``application``: ``gunicorn webhooks_django:application``). Set ``DIDIT_WEBHOOK_SECRET``
to the destination's secret (``new,old`` during a rotation) and point a webhook destination at
``http://127.0.0.1:8000/webhooks/didit/``. In a project of your own the same three pieces go to
``views.py`` (the receiver and the view), ``urls.py`` (the route) and ``settings.py``.

What Django needs, and why:

* **CSRF.** ``CsrfViewMiddleware`` refuses a POST without a token (403); Didit sends none, and
  the signature is the check: wrap the view in ``csrf_exempt``.
* **The raw body.** The signature covers the bytes Didit sent: pass ``request.body``, never
  ``request.POST`` or a re-encoded ``json.loads``. (Django refuses bodies over
  ``DATA_UPLOAD_MAX_MEMORY_SIZE``, 2.5 MB, itself; the receiver's own cap is 1 MiB.)
* **The headers.** ``request.headers`` as it is (case-insensitive; ``request.META`` would need
  its ``HTTP_`` names translated).
* **The trailing slash.** Didit posts to the URL exactly as configured and does not follow
  redirects. With ``APPEND_SLASH`` (on by default) a POST to ``/webhooks/didit`` where only
  ``webhooks/didit/`` is routed is redirected (or, with ``DEBUG``, fails with a ``RuntimeError``),
  and the handler never runs: route both spellings, as ``re_path(r"^webhooks/didit/?$", ...)``
  does. ``APPEND_SLASH`` then never applies to this URL, and can stay on for the rest of the site.
* **Several processes.** Each worker process deduplicates on its own by default; under gunicorn
  with several workers, pass ``RedisWebhookDeduplicator.from_url(...)`` as ``deduplicator``.
"""

from __future__ import annotations

import logging
import os
import sys

from django.conf import settings

if not settings.configured:  # a project keeps these in settings.py
    settings.configure(
        DEBUG=False,
        SECRET_KEY=os.environ.get("DJANGO_SECRET_KEY", "only-for-this-example"),
        ROOT_URLCONF=__name__,
        ALLOWED_HOSTS=["127.0.0.1", "localhost"],
        MIDDLEWARE=[
            "django.middleware.common.CommonMiddleware",  # APPEND_SLASH
            "django.middleware.csrf.CsrfViewMiddleware",
        ],
        DIDIT_WEBHOOK_SECRETS=os.environ.get("DIDIT_WEBHOOK_SECRET", "").split(","),
    )

# Imported once the settings are configured: some of Django reads them on import.
from django.core.wsgi import get_wsgi_application
from django.http import HttpRequest, HttpResponse
from django.urls import re_path
from django.views.decorators.csrf import csrf_exempt

from didit_async.webhooks import WebhookEvent, webhook_receiver

logger = logging.getLogger(__name__)

# What the handler saw, for the demo: a real app writes to its database instead (the ORM works
# here: the handler runs on the request's thread), keyed on event_id, so that a re-run after a
# failure part-way through changes nothing twice.
HANDLED: list[WebhookEvent] = []


def on_event(event: WebhookEvent) -> None:
    """Runs once per event, on the request's thread; an error here answers 500 (Didit retries)."""
    logger.info("%s: session %s is %s", event.type, event.session_id, event.status)
    HANDLED.append(event)


# --- views.py ---
receiver = webhook_receiver(on_event, secrets=settings.DIDIT_WEBHOOK_SECRETS)


def didit_webhook(request: HttpRequest) -> HttpResponse:
    """Hand Didit's delivery to the receiver and answer what it says."""
    answer = receiver.receive(request.body, request.headers, method=request.method or "")
    return HttpResponse(answer.body, status=answer.status, headers=answer.headers)


# --- urls.py ---
urlpatterns = [re_path(r"^webhooks/didit/?$", csrf_exempt(didit_webhook))]

# --- wsgi.py ---
application = get_wsgi_application()


if __name__ == "__main__":
    from django.core.management import execute_from_command_line

    execute_from_command_line([sys.argv[0], "runserver", "127.0.0.1:8000", "--noreload"])
