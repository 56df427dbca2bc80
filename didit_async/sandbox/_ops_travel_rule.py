"""Handlers for the Travel Rule: settings, registered wallet addresses, the VASP directory, a
transfer's exchange (cancel, resend, ownership), pickups, inbound registrations and the
wallet-ownership widget. How an exchange opens is in :mod:`._travel`.

* A pickup accepted completes the exchange (COMPLETED) and releases its transaction to the
  status its evaluation gave; declined, the exchange ends COUNTERPARTY_VASP_GENERAL_DECLINE and
  the transaction is DECLINED. Either way the pickup then answers 410.
* ``confirm_ownership`` with ``confirmed: true`` completes an UNCONFIRMED_OWNERSHIP exchange;
  ``false`` ends it NOT_ENOUGH_COUNTERPARTY_DATA and declines the transaction.
* An inbound registration completes at once when ``inbound_auto_accept`` is on, else it waits
  for the counterparty (AWAITING_COUNTERPARTY); the same chain and txid answer the same
  transfer (200, ``created: false``).
* A widget session's context answers 410 once ``expires_in_minutes`` (30) have passed.
"""

from __future__ import annotations

import secrets
import uuid
from typing import Any

from ._ops_transactions import record
from ._registry import Call, Result, _uuid_or_404, op
from ._state import NOT_FOUND, ApiError, _field_error, _iso
from ._travel import settings_for, step

VASPS: list[dict[str, Any]] = [
    {
        "name": name,
        "lei": lei,
        "jurisdiction": jurisdiction,
        "dd_status": "COMPLETED",
        "dd_score": score,
        "reachable_rails": rails,
        "is_didit_customer": customer,
        "dd_score_breakdown": {"licensing": score // 2, "security": score - score // 2},
        "dd_assessed_at": "2026-01-15T00:00:00Z",
    }
    for name, lei, jurisdiction, score, rails, customer in (
        ("Alpine Exchange AG", "506700ALPINE00000001", "CH", 92, ["INTERNAL", "TRP"], True),
        ("Baltic Crypto UAB", "549300BALTIC00000002", "LT", 74, ["TRP", "EMAIL"], False),
        ("Coral Custody Ltd", "213800CORAL000000003", "GB", 88, ["GTR", "EMAIL"], False),
        ("Dune Digital FZE", "335800DUNE0000000004", "AE", 61, ["EMAIL"], False),
    )
]
GONE = {"detail": "This link has expired or was already used."}


def _public(transfer: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in transfer.items() if not k.startswith("_")}


@op("travel_rule_settings_retrieve")
def settings_retrieve(c: Call) -> Result:
    return 200, settings_for(c.state, c.a.api_key)


@op("travel_rule_settings_update")
def settings_update(c: Call) -> Result:
    settings = settings_for(c.state, c.a.api_key)
    for key, value in c.body.items():
        if key in settings and key != "networks":
            settings[key] = value
    return 200, settings


def _addresses(c: Call) -> list[dict[str, Any]]:
    rest = c.state.entities.rest
    return [e for (app, _), e in rest.wallet_addresses.items() if app == c.a.api_key]


@op("travel_rule_wallet_addresses_list")
def addresses_list(c: Call) -> Result:
    return 200, c.state.page(_addresses(c), c.query, "/v3/travel-rule/wallet-addresses/", 50)


@op("travel_rule_wallet_addresses_create")
def addresses_create(c: Call) -> Result:
    address = str(c.field("address", required=True, kind=str)).strip()
    if not address:
        raise _field_error("address", "This field may not be blank.")
    if any(e["address"] == address for e in _addresses(c)):
        raise _field_error("address", "This address is already registered.")
    entry = {
        "uuid": str(uuid.uuid4()),
        "address": address,
        "chain": c.field("chain", kind=str),
        "holder_vendor_data": c.field("holder_vendor_data", kind=str),
        "holder_name": c.field("holder_name", kind=str),
        "entity_type": c.field("entity_type", kind=str) or "individual",
        "is_ownership_verified": False,
        "created_at": _iso(c.state.clock.now()),
        "self_declared": bool(c.field("self_declared")),
        "travel_address": c.field("travel_address", kind=str),
    }
    c.state.entities.rest.wallet_addresses[(c.a.api_key, entry["uuid"])] = entry
    return 201, entry


def _address(c: Call) -> dict[str, Any]:
    key = (c.a.api_key, _uuid_or_404(c.path["entry_uuid"]))
    entry = c.state.entities.rest.wallet_addresses.get(key)
    if entry is None:
        raise ApiError(404, NOT_FOUND)
    return entry


@op("travel_rule_wallet_addresses_update")
def addresses_update(c: Call) -> Result:
    entry = _address(c)
    fields = ("holder_name", "holder_vendor_data", "entity_type", "travel_address")
    for key in fields:
        if key in c.body:
            entry[key] = c.body[key]
    return 200, {key: entry[key] for key in fields if entry[key] is not None}


@op("travel_rule_wallet_addresses_delete")
def addresses_delete(c: Call) -> Result:
    entry = _address(c)
    del c.state.entities.rest.wallet_addresses[(c.a.api_key, entry["uuid"])]
    return 204, None


@op("travel_rule_vasps_list")
def vasps_list(c: Call) -> Result:
    term = (c.query.get("search") or "").lower()
    rows = [v for v in VASPS if term in v["name"].lower() or term in v["lei"].lower()]
    return 200, c.state.page(rows, c.query, "/v3/travel-rule/vasps/", 50)


def _transfer(c: Call) -> tuple[dict[str, Any], dict[str, Any]]:
    ents = c.state.entities
    wanted = c.path["transaction_id"]
    for (app, tid), tx in ents.transactions.items():
        if app == c.a.api_key and wanted in (tid, tx["uuid"]):
            transfer = tx.get("_travel_rule")
            if transfer is None:
                # The transaction exists; its state (no exchange) conflicts with the call: the
                # 409 Didit documents for both transfer operations.
                raise ApiError(409, {"detail": "This transaction has no Travel Rule exchange."})
            return tx, transfer
    raise ApiError(404, NOT_FOUND)


_FINAL = {"COMPLETED", "FINISHED", "CANCELLED", "EXPIRED", "NOT_ENOUGH_COUNTERPARTY_DATA"}


def _finish(c: Call, tx: dict[str, Any], transfer: dict[str, Any], ok: bool) -> None:
    tx["status"] = transfer["_tx_status"] if ok else "DECLINED"


@op("travel_rule_transfers_update")
def transfers_update(c: Call) -> Result:
    tx, transfer = _transfer(c)
    now = c.state.clock.now()
    if c.field("payment_txn_id") is not None:
        transfer["_payment_txn_id"] = c.body["payment_txn_id"]
    action = c.field("action", kind=str)
    if action and (transfer["status"] in _FINAL or transfer["status"].startswith("COUNTERPARTY_")):
        raise ApiError(409, {"detail": f"The exchange is already {transfer['status']}."})
    if action == "cancel":
        step(transfer, "CANCELLED", now, "Cancelled by the originator.")
        _finish(c, tx, transfer, ok=False)
    elif action == "resend":
        for pickup in c.state.entities.rest.pickups.values():
            if pickup["tx"] is tx:
                pickup["answered"] = True  # the old link stops working
        token = "trp_" + secrets.token_urlsafe(18)
        c.state.entities.rest.pickups[token] = {"app_key": c.a.api_key, "tx": tx, "answered": False}
        step(
            transfer,
            "AWAITING_COUNTERPARTY",
            now,
            f"Pickup link sent again: /v3/travel-rule/pickup/{token}/",
        )
    return 200, _public(transfer)


@op("travel_rule_transfers_confirm_ownership")
def transfers_confirm_ownership(c: Call) -> Result:
    tx, transfer = _transfer(c)
    if transfer["status"] != "UNCONFIRMED_OWNERSHIP":
        raise ApiError(
            409, {"detail": "This exchange does not wait for an ownership confirmation."}
        )
    confirmed = c.field("confirmed", required=True, kind=bool)
    now = c.state.clock.now()
    transfer["ownership_confirmed"] = confirmed
    if confirmed:
        step(transfer, "COMPLETED", now, "The customer confirmed owning the wallet.")
    else:
        step(transfer, "NOT_ENOUGH_COUNTERPARTY_DATA", now, "The customer does not own the wallet.")
    _finish(c, tx, transfer, ok=confirmed)
    return 200, _public(transfer)


def _pickup(c: Call) -> dict[str, Any]:
    pickup = c.state.entities.rest.pickups.get(c.path["token"])
    if pickup is None:
        raise ApiError(404, NOT_FOUND)
    transfer = pickup["tx"]["_travel_rule"]
    if pickup["answered"] or transfer["status"] != "AWAITING_COUNTERPARTY":
        raise ApiError(410, GONE)
    return pickup


@op("travel_rule_pickups_retrieve")
def pickups_retrieve(c: Call) -> Result:
    pickup = _pickup(c)
    tx = pickup["tx"]
    details = tx["transaction_details"]
    return 200, {
        "originator_vasp_name": settings_for(c.state, pickup["app_key"])["legal_name"],
        "amount": str(details.get("amount")),
        "currency": str(details.get("currency")),
        "beneficiary_wallet": tx["_travel_rule"]["_wallet"],
        "status": tx["_travel_rule"]["status"],
    }


@op("travel_rule_pickups_respond")
def pickups_respond(c: Call) -> Result:
    pickup = _pickup(c)
    decision = c.field("decision", required=True, kind=str)
    tx = pickup["tx"]
    transfer = tx["_travel_rule"]
    now = c.state.clock.now()
    pickup["answered"] = True
    if decision == "accept":
        name = c.field("beneficiary_name", kind=str)
        if name:
            transfer["beneficiary_data"] = {**transfer["beneficiary_data"], "name": name}
        step(transfer, "COMPLETED", now, "The beneficiary VASP accepted the transfer.")
    else:
        step(transfer, "COUNTERPARTY_VASP_GENERAL_DECLINE", now, "The beneficiary VASP declined.")
    _finish(c, tx, transfer, ok=decision == "accept")
    return 200, {"status": transfer["status"]}


@op("travel_rule_inbound_register")
def inbound_register(c: Call) -> Result:
    chain = str(c.field("chain", required=True, kind=str))
    txid = str(c.field("txid", required=True, kind=str))
    tid = f"inbound-{chain}-{txid}"
    key = (c.a.api_key, tid)
    ents = c.state.entities
    created = key not in ents.transactions
    if created:
        now = c.state.clock.now()
        tx: dict[str, Any] = {
            "uuid": str(uuid.uuid4()),
            "transaction_id": tid,
            "transaction_category": "travel_rule",
            "transaction_details": {
                "amount": c.field("amount", required=True),
                "currency": c.field("currency", required=True, kind=str),
                "direction": "INBOUND",
            },
            "subject": {"wallet_address": c.field("wallet_address", required=True, kind=str)},
            "counterparty": {"vasp": c.field("originating_vasp", kind=dict)},
            "custom_properties": None,
            "transaction_at": _iso(now),
            "time_zone": None,
            "created_at": _iso(now),
            "_at": now,
        }
        record(c, key, tx, now)
        transfer = {
            "uuid": str(uuid.uuid4()),
            "status": "",
            "direction": "INBOUND",
            "rail": "TRP",
            "protocol": "TRP",
            "ivms_version": "IVMS101.2023",
            "required": True,
            "ownership_confirmed": None,
            "deadline_at": None,
            "timeline": [],
            "counterparty_vasp": {
                "name": str((c.field("originating_vasp", kind=dict) or {}).get("name") or ""),
                "lei": str((c.field("originating_vasp", kind=dict) or {}).get("lei") or ""),
                "dd_score": 70,
            },
            "originator_data": c.field("originator_data", kind=dict) or {},
            "beneficiary_data": c.field("beneficiary_data", kind=dict) or {},
            "created_at": _iso(now),
            "_wallet": tx["subject"]["wallet_address"],
            "_tx_status": tx["status"],
        }
        tx["_travel_rule"] = transfer
        if settings_for(c.state, c.a.api_key)["inbound_auto_accept"]:
            step(transfer, "COMPLETED", now, "Accepted automatically (inbound_auto_accept).")
        else:
            step(transfer, "AWAITING_COUNTERPARTY", now, "Waiting for the originator's data.")
    tx = ents.transactions[key]
    body = {
        "transaction_id": tx["uuid"],
        "txn_id": tid,
        "created": created,
        "travel_rule": _public(tx["_travel_rule"]),
    }
    return (201 if created else 200), body


@op("travel_rule_widget_sessions_create")
def widget_create(c: Call) -> Result:
    wallet = str(c.field("wallet_address", required=True, kind=str))
    chain = str(c.field("chain", required=True, kind=str))
    minutes = int(c.field("expires_in_minutes") or 30)
    now = c.state.clock.now()
    token = "trw_" + secrets.token_urlsafe(18)
    widget = {
        "widget_session_id": str(uuid.uuid4()),
        "token": token,
        "url": f"https://verify.didit.me/travel-rule/widget/{token}/",
        "expires_at": _iso(now + minutes * 60),
    }
    settings = settings_for(c.state, c.a.api_key)
    methods = ["MESSAGE_SIGNING", "SATOSHI_TEST"]
    methods += ["SCREENSHOT"] if settings["allow_screenshot_proof"] else []
    methods += ["SELF_DECLARATION"] if settings["allow_self_declaration"] else []
    c.state.entities.rest.widgets[token] = {
        "_expires": now + minutes * 60,
        "vasp_name": settings["legal_name"],
        "wallet_address": wallet,
        "chain": chain,
        "holder_name": c.field("holder_name", kind=str) or "",
        "allowed_methods": methods,
        "transfer_status": None,
        "callback_url": c.field("callback_url", kind=str) or "",
        "expires_at": widget["expires_at"],
        "completed_at": None,
        "proofs": [],
        "customization": None,
    }
    return 201, widget


@op("travel_rule_widget_sessions_retrieve_context")
def widget_context(c: Call) -> Result:
    widget = c.state.entities.rest.widgets.get(c.path["token"])
    if widget is None:
        raise ApiError(404, NOT_FOUND)
    if widget["_expires"] <= c.state.clock.now():
        raise ApiError(410, GONE)
    return 200, {k: v for k, v in widget.items() if not k.startswith("_")}
