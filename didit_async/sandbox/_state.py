"""The sandbox's in-memory Didit: applications, sessions, workflows, users, billing, webhooks.

Each public ``op_<operationId>`` method implements one operation of the spec and returns
``(status, body)``; body is JSON-shaped data, ``bytes`` (the PDF) or ``None`` (204). Errors are
raised as :class:`ApiError` with Didit's error bodies.
"""

from __future__ import annotations

import heapq
import itertools
import secrets
import uuid
from collections import deque
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import attrs

from ._entities import EntityState
from ._pdf import minimal_pdf
from ._scenarios import Outcome, build_reports, identity_for

__all__ = ["ApiError", "SandboxState", "VirtualClock"]

FINAL = frozenset({"Approved", "Declined", "Expired", "Abandoned", "Kyc Expired"})
UNFINISHED = frozenset({"Not Started", "In Progress", "Resubmitted", "Awaiting User"})
DECIDED = frozenset({"Approved", "Declined", "In Review"})
NOT_FOUND = {"detail": "Not found."}


class ApiError(Exception):
    """An error answer: HTTP status, Didit-shaped body, extra headers."""

    def __init__(self, status: int, body: Any, headers: dict[str, str] | None = None) -> None:
        super().__init__(status)
        self.status = status
        self.body = body
        self.headers = headers or {}


class VirtualClock:
    """Wall-clock seconds that only move when told to (``advance``), or follow real time."""

    def __init__(self, start: float | None, real: Callable[[], float]) -> None:
        self._real = real
        self._virtual = start is not None
        self._now = start if start is not None else 0.0
        self._offset = 0.0

    @property
    def virtual(self) -> bool:
        return self._virtual

    def now(self) -> float:
        return self._now if self._virtual else self._real() + self._offset

    def advance(self, seconds: float) -> None:
        if self._virtual:
            self._now += seconds
        else:
            self._offset += seconds


def _iso(ts: float) -> str:
    import datetime

    return (
        datetime.datetime.fromtimestamp(ts, datetime.timezone.utc)
        .isoformat()
        .replace("+00:00", "Z")
    )


def _field_error(field: str, message: str) -> ApiError:
    return ApiError(400, {field: [message]})


_FEATURE_ARRAYS = (
    "id_verifications",
    "nfc_verifications",
    "liveness_checks",
    "face_matches",
    "poa_verifications",
    "phone_verifications",
    "email_verifications",
    "aml_screenings",
    "ip_analyses",
    "database_validations",
)


# What a session without a known workflow checks.
DEFAULT_FEATURES = ["ID_VERIFICATION", "LIVENESS", "FACE_MATCH", "AML", "IP_ANALYSIS"]


def _label(value: Any) -> str:
    """A questionnaire element's label: one string, or the first of its translations."""
    if isinstance(value, dict):
        value = next(iter(value.values()), "")
    return str(value or "")


def internal_id(vendor_data: str | None) -> str | None:
    """Didit's id for the user behind ``vendor_data``: stable, so list rows and filters agree."""
    if not vendor_data:
        return None
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"didit-sandbox-user:{vendor_data}"))


# The decision array each workflow feature fills.
_REPORT_OF = {
    "ID_VERIFICATION": "id_verifications",
    "OCR": "id_verifications",
    "LIVENESS": "liveness_checks",
    "FACE_MATCH": "face_matches",
    "AML": "aml_screenings",
    "IP_ANALYSIS": "ip_analyses",
}


def _schedule(s: Session, _: Any, at: float | None) -> float | None:
    # Every change of the next step's time is queued, so a tick finds the due sessions without
    # scanning them all (a stale entry is skipped when it comes up).
    if at is not None and s.due is not None:
        heapq.heappush(s.due, (at, s.number, s.session_id))
    return at


@attrs.define
class Session:
    session_id: str
    number: int
    token: str
    app_key: str
    workflow_id: str
    workflow_version: int
    vendor_data: str | None
    callback: str | None
    callback_method: str
    metadata: Any
    contact_details: dict[str, Any] | None
    expected_details: dict[str, Any] | None
    scenario: str | None
    outcome: Outcome
    created: float
    status: str = "Not Started"
    kind: str = "user"
    reviews: list[dict[str, Any]] = attrs.field(factory=list)
    events: list[dict[str, Any]] = attrs.field(factory=list)
    blocklist_risks: list[str] = attrs.field(factory=list)
    data_overrides: dict[str, Any] = attrs.field(factory=dict)
    aml_hit_status: dict[str, str] = attrs.field(factory=dict)
    feature_status: dict[str, str] = attrs.field(factory=dict)
    next_step_at: float | None = attrs.field(default=None, on_setattr=_schedule)
    imported_from: str | None = None
    billed: bool = False
    due: list[tuple[float, int, str]] | None = attrs.field(default=None, repr=False, eq=False)


@attrs.define
class Application:
    uuid: str
    name: str
    api_key: str
    client_id: str
    org_id: str
    balance: Decimal = Decimal("250")  # new sandbox applications start with $250 of credit
    webhook_url: str | None = None
    webhook_version: str = "v3"
    webhook_secret: str = attrs.field(factory=lambda: "whsec_" + secrets.token_hex(16))
    capture_method: str = "both"
    data_retention_months: int | None = None
    allowed_domains: list[str] = attrs.field(factory=list)


@attrs.define
class Delivery:
    url: str
    secret: str
    previous_secret: str | None
    payload: dict[str, Any]
    attempt: int = 0
    due: float = 0.0
    destination: str | None = None


class SandboxState:
    """Everything the simulated Didit knows. Not thread-safe; one event loop drives it."""

    def __init__(
        self,
        *,
        api_key: str,
        clock: VirtualClock,
        start_after: float,
        finish_after: float,
        expire_after: float,
        price_per_session: Decimal,
        base_url: str,
    ) -> None:
        self.clock = clock
        self.start_after = start_after
        self.finish_after = finish_after
        self.expire_after = expire_after
        self.price = price_per_session
        self.base_url = base_url.rstrip("/")
        self.apps: dict[str, Application] = {}
        self.sessions: dict[str, Session] = {}
        self.session_order: list[str] = []
        self.due: list[tuple[float, int, str]] = []  # (when, number, session id), a heap
        self.sessions_created = 0  # new sessions only (a reused one is not counted), for stats
        self.by_vendor: dict[tuple[str, str], list[str]] = {}
        self.numbers = itertools.count(1001)
        self.workflows: dict[str, dict[str, Any]] = {}
        self.questionnaires: dict[str, dict[str, Any]] = {}
        self.users: dict[tuple[str, str], dict[str, Any]] = {}
        self.blocklist: list[dict[str, Any]] = []
        self.destinations: dict[str, dict[str, Any]] = {}
        self.accounts: dict[str, dict[str, Any]] = {}
        self.tokens: dict[str, tuple[str, float]] = {}
        self.otps: dict[str, str] = {}
        self.share_tokens: dict[str, dict[str, Any]] = {}
        self.jobs: dict[str, dict[str, Any]] = {}
        self.checkouts: dict[str, tuple[str, Decimal]] = {}
        self.outbox: deque[Delivery] = deque()
        self.delivered: list[dict[str, Any]] = []
        self.entities = EntityState()
        self.default_org = str(uuid.uuid4())
        self.default_app = self.add_application("Sandbox application", api_key, self.default_org)

    # --- identity ----------------------------------------------------------------------------

    def add_application(self, name: str, api_key: str, org_id: str) -> Application:
        app = Application(str(uuid.uuid4()), name, api_key, "cid_" + secrets.token_hex(6), org_id)
        self.apps[api_key] = app
        return app

    def app_for_key(self, key: str | None) -> Application | None:
        return self.apps.get(key or "")

    def app_for_token(self, token: str | None) -> Application | None:
        entry = self.tokens.get(token or "")
        if entry is None or entry[1] < self.clock.now():
            return None
        email = entry[0]
        account = self.accounts.get(email)
        return None if account is None else self.apps.get(account["api_key"])

    # --- time --------------------------------------------------------------------------------

    def tick(self) -> None:
        """Move every session whose next step is due; queue the webhooks it causes."""
        now = self.clock.now()
        while self.due and self.due[0][0] <= now:
            s = self.sessions.get(heapq.heappop(self.due)[2])
            while s is not None and s.next_step_at is not None and s.next_step_at <= now:
                self._step(s)

    def _step(self, s: Session) -> None:
        o = s.outcome
        if s.status == "Not Started":
            if o.final == "Expired":
                self.set_status(s, "Expired", actor="SYSTEM")
                return
            self.set_status(s, "In Progress", actor="SYSTEM")
            s.next_step_at = s.created + self.start_after + self.finish_after
            return
        if s.status == "In Progress":
            if o.resubmit_first and not any(e["new_status"] == "Resubmitted" for e in s.events):
                self.set_status(s, "Resubmitted", actor="SYSTEM")
                s.next_step_at = self.clock.now() + self.finish_after
                return
            final = "Declined" if s.blocklist_risks else o.final
            self.set_status(s, final, actor="SYSTEM")
            return
        if s.status == "Resubmitted":
            self.set_status(s, "In Progress", actor="SYSTEM")
            s.next_step_at = self.clock.now() + self.finish_after
            return
        s.next_step_at = None

    def set_status(
        self, s: Session, status: str, *, actor: str, comment: str | None = None
    ) -> None:
        previous = s.status
        s.status = status
        s.next_step_at = None
        now = self.clock.now()
        s.events.append(
            {
                "uuid": str(uuid.uuid4()),
                "event_type": "status_changed",
                "status": status,
                "previous_status": previous,
                "new_status": status,
                "created_at": _iso(now),
            }
        )
        if status in DECIDED and not s.billed:
            s.billed = True
            app = self.app_for_key(s.app_key)
            if app is not None:
                app.balance -= self.workflow_price(s.workflow_id)
        user = self.users.get((s.app_key, s.vendor_data or ""))
        if user is not None:
            user["last_session_at"] = _iso(now)
            if status == "Approved":
                user["approved_count"] += 1
            elif status == "Declined":
                user["declined_count"] += 1
            elif status == "In Review":
                user["in_review_count"] += 1
        self.emit(s, "status.updated")

    def workflow_price(self, workflow_id: str) -> Decimal:
        wf = self.workflows.get(workflow_id)
        return Decimal(str(wf["total_price"])) if wf else self.price

    # --- webhooks ----------------------------------------------------------------------------

    def emit(self, s: Session, webhook_type: str) -> None:
        app = self.app_for_key(s.app_key)
        if app is None:
            return
        now = int(self.clock.now())
        payload: dict[str, Any] = {
            # Random, as Didit's are: a counter restarted with the sandbox would hand a receiver
            # that drops repeated event ids (as the webhooks guide advises) old ids again.
            "event_id": str(uuid.uuid4()),
            "webhook_type": webhook_type,
            "timestamp": now,
            "created_at": int(s.created),
            "application_id": app.uuid,
            "environment": "sandbox",
            "session_id": s.session_id,
            "status": s.status,
            "workflow_id": s.workflow_id,
            "workflow_version": s.workflow_version,
            "vendor_data": s.vendor_data,
        }
        if s.metadata is not None:
            payload["metadata"] = s.metadata
        if s.status in DECIDED or s.status == "Abandoned" or webhook_type == "data.updated":
            payload["decision"] = self.decision(s)
        targets = [
            d
            for d in self.destinations.values()
            if d["app_key"] == app.api_key
            and d["enabled"]
            and webhook_type in d["subscribed_events"]
        ]
        for d in targets:
            previous = d.get("previous_secret")
            if previous and d.get("previous_secret_expires", 0) < self.clock.now():
                previous = None
            self.outbox.append(
                Delivery(
                    d["url"],
                    d["secret_shared_key"],
                    previous,
                    payload,
                    due=self.clock.now(),
                    destination=d["uuid"],
                )
            )
        enabled = any(
            d["app_key"] == app.api_key and d["enabled"] for d in self.destinations.values()
        )
        if not enabled and app.webhook_url and webhook_type in ("status.updated", "data.updated"):
            self.outbox.append(
                Delivery(app.webhook_url, app.webhook_secret, None, payload, due=self.clock.now())
            )

    # --- views -------------------------------------------------------------------------------

    def decision(self, s: Session) -> dict[str, Any]:
        wf = self.workflows.get(s.workflow_id, {})
        body: dict[str, Any] = {
            "session_id": s.session_id,
            "session_number": s.number,
            "session_url": f"https://verify.didit.me/session/{s.token}",
            "status": s.status,
            "session_kind": s.kind,
            "environment": "sandbox",
            "workflow_id": s.workflow_id,
            "workflow_version": s.workflow_version,
            "features": wf.get("features_list", DEFAULT_FEATURES),
            "vendor_data": s.vendor_data,
            "metadata": s.metadata,
            "expected_details": s.expected_details,
            "contact_details": s.contact_details,
            "callback": s.callback,
            "created_at": _iso(s.created),
            "reviews": list(s.reviews),
        }
        # Every per-feature array is present, as the docs' decision example prints them all: empty
        # for a feature the workflow does not have (no node, no entry), null for one not yet run.
        body.update({key: [] for key in _FEATURE_ARRAYS})
        finished = s.status not in ("Not Started", "In Progress")
        keys = (
            "id_verifications",
            "liveness_checks",
            "face_matches",
            "aml_screenings",
            "ip_analyses",
        )
        if finished:
            who = identity_for(s.vendor_data, s.contact_details)
            reports = build_reports(s.session_id, s.status, s.outcome, who, s.blocklist_risks)
            idv = reports["id_verifications"][0]
            idv.update(s.data_overrides)
            for node, status in s.feature_status.items():
                for key in keys:
                    for item in reports[key]:
                        if item["node_id"] == node:
                            item["status"] = status
            for hit in reports["aml_screenings"][0]["hits"]:
                hit["review_status"] = s.aml_hit_status.get(hit["id"], hit["review_status"])
            # Exactly the reports of the workflow's features: another feature's array is empty.
            wanted = {_REPORT_OF[f] for f in body["features"] if f in _REPORT_OF}
            body.update({k: v if k in wanted else [] for k, v in reports.items()})
            if "QUESTIONNAIRE" in body["features"]:
                body["questionnaire_responses"] = self._questionnaire_responses(
                    wf, status=idv["status"]
                )
            poa = self.entities.poa_corrections.get(s.session_id)
            if poa:  # a POA report exists once update-poa-data has given its fields
                node = poa.get("node_id") or "feature_poa_1"
                fields = {k: v for k, v in poa.items() if k != "node_id"}
                status = idv["status"]
                body["poa_verifications"] = [
                    {"node_id": node, "status": status, "warnings": [], **fields}
                ]
        else:
            body.update(dict.fromkeys(keys))
        return body

    def _questionnaire_responses(self, wf: dict[str, Any], status: str) -> list[dict[str, Any]]:
        """One answered questionnaire per QUESTIONNAIRE step of the workflow."""
        out = []
        steps = [f for f in wf.get("feature_configs", []) if f.get("feature") == "QUESTIONNAIRE"]
        for i, step in enumerate(steps or [{}], start=1):
            qid = str((step.get("config") or {}).get("questionnaire_id") or "")
            q = self.questionnaires.get(qid, {})
            elements = q.get("form_elements") or q.get("questions") or []
            items = [
                {
                    "uuid": str(e.get("uuid") or e.get("id") or f"q{n}"),
                    "element_type": str(e.get("element_type") or e.get("type") or "short_text"),
                    "title": _label(e.get("title") or e.get("label")) or f"Question {n}",
                    "is_required": bool(e.get("is_required", False)),
                    "value": "Sandbox answer",
                    "answer": {"value": "Sandbox answer"},
                }
                for n, e in enumerate(elements, start=1)
                if isinstance(e, dict)
            ]
            out.append(
                {
                    "node_id": f"feature_questionnaire_{i}",
                    "status": status,
                    "questionnaire_id": qid,
                    "title": q.get("title", "Questionnaire"),
                    "default_language": q.get("default_language", "en"),
                    "languages": q.get("languages", ["en"]),
                    "is_active": True,
                    "sections": [{"title": q.get("title"), "description": None, "items": items}],
                }
            )
        return out

    def list_row(self, s: Session) -> dict[str, Any]:
        """A session as its list row: the same person, document and features as its decision."""
        who = identity_for(s.vendor_data, s.contact_details)
        finished = s.status not in ("Not Started", "In Progress")
        features = self.workflows.get(s.workflow_id, {}).get("features_list", DEFAULT_FEATURES)
        contact = s.contact_details or {}
        return {
            "session_id": s.session_id,
            "session_kind": s.kind,
            "session_number": s.number,
            "session_url": f"https://verify.didit.me/session/{s.token}",
            "portrait_image": (
                f"https://sandbox.didit.invalid/media/{s.session_id}/portrait.jpg"
                if finished
                else None
            ),
            "status": s.status,
            "vendor_data": s.vendor_data,
            "didit_internal_id": internal_id(s.vendor_data),
            "created_at": _iso(s.created),
            "workflow_id": s.workflow_id,
            "full_name": f"{who['first_name']} {who['last_name']}" if finished else None,
            "document_type": "Passport" if finished else None,
            "country": "ESP" if finished else None,
            "features": [
                {
                    "feature": f,
                    "status": s.feature_status.get(f, s.status) if finished else "Not Finished",
                }
                for f in features
            ],
            "phone_number": (
                {"number": contact["phone"], "is_verified": False} if contact.get("phone") else None
            ),
            "email_address": (
                {"email": contact["email"], "is_verified": False} if contact.get("email") else None
            ),
            "additional_details": None,
        }

    def create_response(self, s: Session) -> dict[str, Any]:
        return {
            "session_id": s.session_id,
            "session_number": s.number,
            "session_token": s.token,
            "url": f"https://verify.didit.me/session/{s.token}",
            "vendor_data": s.vendor_data,
            "metadata": s.metadata,
            "status": s.status,
            "callback": s.callback,
            "callback_method": s.callback_method,
            "workflow_id": s.workflow_id,
            "workflow_version": s.workflow_version,
            "session_kind": s.kind,
            "created_at": _iso(s.created),
        }

    def session(self, app: Application, session_id: str) -> Session:
        s = self.sessions.get(session_id)
        if s is None or s.app_key != app.api_key:
            raise ApiError(404, NOT_FOUND)
        return s

    def page(
        self,
        items: list[Any],
        query: dict[str, str],
        path: str,
        default_limit: int,
        render: Callable[[Any], Any] | None = None,
        max_limit: int | None = None,
    ) -> dict[str, Any]:
        # Each bad parameter is reported under its own name, all at once, as DRF does.
        errors: dict[str, list[str]] = {}
        bounds = {"limit": (default_limit, 1), "offset": (0, 0)}
        values: dict[str, int] = {}
        for name, (default, least) in bounds.items():
            try:
                values[name] = int(query.get(name, default))
            except ValueError:
                errors[name] = ["A valid integer is required."]
                continue
            if values[name] < least:
                errors[name] = [f"Ensure this value is greater than or equal to {least}."]
        if errors:
            raise ApiError(400, errors)
        limit, offset = values["limit"], values["offset"]
        if max_limit is not None:
            limit = min(limit, max_limit)  # DRF's max_limit caps, it does not reject
        window = items[offset : offset + limit]
        if render is not None:  # build rows for this page only, however long the list
            window = [render(x) for x in window]
        rest = {k: v for k, v in query.items() if k not in ("limit", "offset")}

        def link(off: int) -> str:
            from urllib.parse import urlencode

            return f"{self.base_url}{path}?" + urlencode({**rest, "limit": limit, "offset": off})

        return {
            "count": len(items),
            "next": link(offset + limit) if offset + limit < len(items) else None,
            "previous": link(max(offset - limit, 0)) if offset > 0 else None,
            "results": window,
        }

    def pdf(self, s: Session) -> bytes:
        return minimal_pdf(
            [
                "Didit verification report (sandbox)",
                f"Session: {s.session_id}",
                f"Number: {s.number}",
                f"Status: {s.status}",
                f"Vendor data: {s.vendor_data or '-'}",
            ]
        )
