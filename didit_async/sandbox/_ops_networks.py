"""Handlers for networks: subjects tied together by values their sessions share.

Networks are derived, on every call, from the application's sessions: each session's subject
(its user or business by ``vendor_data``, or the session itself when it has none) shows the
simulated person's document number, face, phone and email (``identity_for``: the contact
details' email and phone when given) and the device in ``metadata.device_id`` when set. Two
subjects showing the same value are linked; each connected group of two or more subjects is a
network, whose UUID is stable while its members are. Transactions join their subject's
network (as provenance, and as ``transaction_party`` subjects for the membership lookups).
"""

from __future__ import annotations

import hashlib
import uuid
from collections import defaultdict
from typing import Any

from ._case_state import check_scope
from ._registry import Call, Result, _uuid_or_404, op
from ._scenarios import identity_for
from ._state import NOT_FOUND, ApiError, Session, _iso

__all__ = ["party_ids"]

NS = uuid.UUID("6c0a4d52-5b1e-4f0e-9d0c-7e4e4a1d2c11")
PATTERNS = {
    "device": "exact_same_device",
    "document_number": "same_document_number",
    "phone": "same_phone_number",
    "email": "same_email",
    "face": "similar_selfie_backgrounds",
}
LIST_KEYS = (
    *("uuid", "network_id", "name", "status", "risk", "pattern_types", "signal_types"),
    *("member_counts", "member_status", "signal_coverage"),
    *("first_activity_at", "last_activity_at"),
)
CITIES = [
    ("Spain", "ES", "Madrid", 40.4168, -3.7038),
    ("Portugal", "PT", "Lisbon", 38.7223, -9.1393),
    ("United Kingdom", "GB", "London", 51.5072, -0.1276),
    ("Germany", "DE", "Berlin", 52.52, 13.405),
]


def _subject(c: Call, s: Session) -> tuple[str, str, str]:
    """(subject id, kind, display name) of a session."""
    if s.vendor_data and s.kind == "business":
        b = c.state.entities.businesses.get((s.app_key, s.vendor_data))
        if b is not None:
            return b["didit_internal_id"], "vendor_business", s.vendor_data
    if s.vendor_data:
        u = c.state.users.get((s.app_key, s.vendor_data))
        if u is not None:
            return u["didit_internal_id"], "vendor_user", s.vendor_data
    return s.session_id, "vendor_user", s.session_id


def _signals(s: Session) -> dict[str, str]:
    who = identity_for(s.vendor_data, s.contact_details)
    values = {k: who[k] for k in ("document_number", "face", "phone", "email")}
    device = s.metadata.get("device_id") if isinstance(s.metadata, dict) else None
    if device:
        values["device"] = str(device)
    return values


def _networks(c: Call) -> list[dict[str, Any]]:
    """Every network of the calling application, largest first."""
    subjects: dict[str, dict[str, Any]] = {}
    holders: dict[tuple[str, str], set[str]] = defaultdict(set)
    for sid in c.state.session_order:
        s = c.state.sessions[sid]
        if s.app_key != c.a.api_key:
            continue
        ident, kind, name = _subject(c, s)
        subj = subjects.setdefault(
            ident,
            {"id": ident, "kind": kind, "name": name, "sessions": [], "values": {}, "at": []},
        )
        subj["sessions"].append(s)
        subj["at"].append(s.created)
        for signal, value in _signals(s).items():
            subj["values"][(signal, value)] = s.created
            holders[(signal, value)].add(ident)
    parent = {k: k for k in subjects}

    def root(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for holding in holders.values():
        first, *rest = sorted(holding)
        for other in rest:
            parent[root(other)] = root(first)
    groups: dict[str, list[str]] = defaultdict(list)
    for ident in subjects:
        groups[root(ident)].append(ident)
    found = []
    for ids in groups.values():
        if len(ids) < 2:
            continue
        members = [subjects[ident] for ident in sorted(ids)]
        shared = {
            key: sorted(holders[key])
            for m in members
            for key in m["values"]
            if len(holders[key]) > 1
        }
        net_id = str(uuid.uuid5(NS, c.a.api_key + "|" + "|".join(sorted(ids))))
        found.append({"uuid": net_id, "members": members, "shared": shared})
    found.sort(key=lambda n: (-len(n["members"]), n["uuid"]))
    return found


def _network(c: Call) -> dict[str, Any]:
    check_scope(c)
    wanted = _uuid_or_404(c.path["network_uuid"])
    for net in _networks(c):
        if net["uuid"] == wanted:
            return net
    raise ApiError(404, NOT_FOUND)


def _risk(net: dict[str, Any]) -> dict[str, Any]:
    score = min(100, 15 * len(net["members"]) + 10 * len(net["shared"]))
    band = "high" if score >= 70 else "medium" if score >= 40 else "low"
    return {"score": score, "band": band, "bar": score / 100}


def _times(net: dict[str, Any]) -> tuple[str, str]:
    at = [t for m in net["members"] for t in m["at"]]
    return _iso(min(at)), _iso(max(at))


def _list_item(net: dict[str, Any]) -> dict[str, Any]:
    kinds = sorted({signal for signal, _ in net["shared"]})
    first, last = _times(net)
    counts: dict[str, int] = defaultdict(int)
    for m in net["members"]:
        counts[m["kind"]] += 1
    return {
        "uuid": net["uuid"],
        "network_id": "NET-" + net["uuid"][:8].upper(),
        "name": None,
        "status": "active",
        "risk": _risk(net),
        "pattern_types": sorted({PATTERNS[k] for k in kinds}),
        "signal_types": kinds,
        "member_counts": {**counts, "total": len(net["members"])},
        "member_status": {"active": len(net["members"])},
        "signal_coverage": {k: sum(1 for s, _ in net["shared"] if s == k) for k in kinds},
        "first_activity_at": first,
        "last_activity_at": last,
    }


def _detail(net: dict[str, Any]) -> dict[str, Any]:
    return {
        **_list_item(net),
        "stats": {"members": len(net["members"]), "shared_values": len(net["shared"])},
        "fraud_tags": [],
        "risk_signals": {k: len(v) for (k, _), v in net["shared"].items()},
        "reviewed_at": None,
        "reviewed_by": None,
        "review_reason": None,
    }


def _signal_id(key: tuple[str, str]) -> str:
    return str(uuid.uuid5(NS, f"{key[0]}:{key[1]}"))


def _signal_rows(net: dict[str, Any]) -> list[dict[str, Any]]:
    rows = []
    for key, holders in sorted(net["shared"].items()):
        seen = [m["values"][key] for m in net["members"] if key in m["values"]]
        rows.append(
            {
                "uuid": _signal_id(key),
                "signal_type": key[0],
                "subject_count": len(holders),
                "coverage": round(len(holders) / len(net["members"]), 4),
                "is_hub": len(holders) >= 3,
                "is_datacenter_ip": False,
                "is_high_collision_device": key[0] == "device" and len(holders) >= 3,
                "node_status": "signal_active",
                "tags": [],
                "risk_evidence": {"value_digest": hashlib.sha256(key[1].encode()).hexdigest()[:12]},
                "first_seen_at": _iso(min(seen)),
                "last_seen_at": _iso(max(seen)),
            }
        )
    return rows


def _member_row(net: dict[str, Any], m: dict[str, Any]) -> dict[str, Any]:
    statuses = {"Approved": "approved", "Declined": "declined", "In Review": "in_review"}
    last = m["sessions"][-1]
    return {
        "subject": {"id": m["id"], "kind": m["kind"], "name": m["name"]},
        "outcome_status": last.status,
        "node_status": statuses.get(last.status, "not_completed"),
        "tags": [],
        "risk": _risk(net),
        "signal_coverage": {k: 1 for k, _ in m["values"]},
        "shared_infrastructure": {k: v for (k, _), v in net["shared"].items() if m["id"] in v},
        "joined_at": _iso(min(m["at"])),
        "last_seen_at": _iso(max(m["at"])),
        "provenance": {
            "session_ids": [s.session_id for s in m["sessions"] if s.kind == "user"],
            "business_session_ids": [s.session_id for s in m["sessions"] if s.kind != "user"],
            "transaction_ids": [],
        },
    }


@op("list_networks")
def list_networks(c: Call) -> Result:
    check_scope(c)
    q = c.query
    rows = [_detail(n) for n in _networks(c)]

    def keep(r: dict[str, Any]) -> bool:
        size = r["member_counts"]["total"]
        return (
            q.get("status", r["status"]) == r["status"]
            and ("signal_type" not in q or q["signal_type"] in r["signal_types"])
            and ("pattern_type" not in q or q["pattern_type"] in r["pattern_types"])
            and q.get("risk_band", r["risk"]["band"]) == r["risk"]["band"]
            and int(q.get("min_size", 0)) <= size <= int(q.get("max_size", 10**9))
            and q.get("date_from", "") <= r["last_activity_at"][:10]
            and r["first_activity_at"][:10] <= q.get("date_to", "9999")
            and q.get("q", "").lower() in (r["network_id"] + r["uuid"]).lower()
        )

    rows = [r for r in rows if keep(r)]
    limit, offset = min(500, int(q.get("limit", 100))), int(q.get("offset", 0))
    return 200, {
        "count": len(rows),
        "next": offset + limit if offset + limit < len(rows) else None,
        "previous": max(0, offset - limit) if offset > 0 else None,
        "results": [{k: r[k] for k in LIST_KEYS} for r in rows[offset : offset + limit]],
        "kpis": {
            "active": {"count": len(rows)},
            "in_review": {"count": 0},
            "applicants_involved": {"count": sum(r["member_counts"]["total"] for r in rows)},
            "detected_this_period": {"count": len(rows)},
            "false_positive_rate": {"value": 0.0},
        },
    }


@op("get_network")
def get_network(c: Call) -> Result:
    return 200, _detail(_network(c))


@op("get_network_graph")
def get_network_graph(c: Call) -> Result:
    net = _network(c)
    nodes = {m["id"]: m["kind"] for m in net["members"]}
    nodes.update({_signal_id(k): "signal" for k in net["shared"]})
    edges = [
        (m["id"], _signal_id(k), m["kind"], k)
        for m in net["members"]
        for k in m["values"]
        if k in net["shared"]
    ]
    depth = c.query.get("depth", "all")
    focus = c.query.get("focus_id")
    truncated = False
    if focus is not None:
        if focus not in nodes:
            raise ApiError(400, {"detail": "focus_id is not a member of this network."})
        hops = None if depth == "all" else 2 * int(depth)  # subject → signal → subject
        reach, frontier, step = {focus}, {focus}, 0
        while frontier and (hops is None or step < hops):
            frontier = {b for a, b, *_ in edges if a in frontier} | {
                a for a, b, *_ in edges if b in frontier
            }
            frontier -= reach
            reach |= frontier
            step += 1
        truncated = len(reach) < len(nodes)
        nodes = {k: v for k, v in nodes.items() if k in reach}
        edges = [e for e in edges if e[0] in reach and e[1] in reach]
    nodes_seen = {m["id"]: m["values"] for m in net["members"]}
    return 200, {
        "network": _detail(net),
        "depth": None if depth == "all" else int(depth),
        "truncated": truncated,
        "nodes": [{"id": k, "kind": v} for k, v in nodes.items()],
        "edges": [
            {
                "id": str(uuid.uuid5(NS, a + b)),
                "source": a,
                "target": b,
                "subject_kind": kind,
                "signal_type": key[0],
                "confidence": 1.0,
                "observation_count": 1,
                "first_seen_at": _iso(nodes_seen[a][key]),
                "last_seen_at": None,
            }
            for a, b, kind, key in edges
        ],
        "metrics": {
            "node_count": len(nodes),
            "edge_count": len(edges),
            "hub_signal_count": sum(1 for v in net["shared"].values() if len(v) >= 3),
        },
    }


@op("list_network_members")
def list_network_members(c: Call) -> Result:
    net = _network(c)
    return 200, {"results": [_member_row(net, m) for m in net["members"]]}


@op("list_network_signals")
def list_network_signals(c: Call) -> Result:
    return 200, {"results": _signal_rows(_network(c))}


@op("get_network_timeline")
def get_network_timeline(c: Call) -> Result:
    net = _network(c)
    events = [
        (s.created, "member_session", f"{m['name']} started a session", s.session_id)
        for m in net["members"]
        for s in m["sessions"]
    ]
    return 200, {
        "results": [
            {"event_type": kind, "occurred_at": _iso(at), "label": label, "metadata": {"id": ref}}
            for at, kind, label, ref in sorted(events)
        ]
    }


@op("get_network_map")
def get_network_map(c: Call) -> Result:
    net = _network(c)
    points = []
    for m in net["members"]:
        for s in m["sessions"]:
            country, code, city, lat, lon = CITIES[s.number % len(CITIES)]
            points.append(
                {
                    "uuid": s.session_id,
                    "country": country,
                    "country_code": code,
                    "city": city,
                    "latitude": lat,
                    "longitude": lon,
                    "observed_at": _iso(s.created),
                }
            )
    countries = sorted({p["country_code"] for p in points})
    return 200, {
        "network": _detail(net),
        "convergence_count": len(net["shared"]),
        "countries": countries,
        "points": points,
    }


def _memberships(c: Call, subject_ids: set[str]) -> Result:
    results = []
    for net in _networks(c):
        for m in net["members"]:
            if m["id"] in subject_ids:
                shared = sorted({k for (k, _), v in net["shared"].items() if m["id"] in v})
                results.append(
                    {
                        "network": _list_item(net),
                        "subject": {"id": m["id"], "kind": m["kind"], "name": m["name"]},
                        "signal_types": shared,
                        "signal_count": len(shared),
                        "joined_at": _iso(min(m["at"])),
                        "last_seen_at": _iso(max(m["at"])),
                    }
                )
    return 200, {"results": results}


def _session_subject(c: Call, key: str, kind: str) -> set[str]:
    check_scope(c)
    s = c.state.sessions.get(_uuid_or_404(c.path[key]))
    if s is None or s.app_key != c.a.api_key or (s.kind == "user") != (kind == "user"):
        raise ApiError(404, NOT_FOUND)
    return {_subject(c, s)[0]}


@op("list_session_network_memberships")
def list_session_network_memberships(c: Call) -> Result:
    return _memberships(c, _session_subject(c, "session_id", "user"))


@op("list_business_session_network_memberships")
def list_business_session_network_memberships(c: Call) -> Result:
    return _memberships(c, _session_subject(c, "business_session_id", "business"))


def _entity(c: Call, store: Any, key: str) -> set[str]:
    check_scope(c)
    wanted = _uuid_or_404(c.path[key])
    for (app_key, _), entity in store.items():
        if app_key == c.a.api_key and entity["didit_internal_id"] == wanted:
            return {wanted}
    raise ApiError(404, NOT_FOUND)


@op("list_user_network_memberships")
def list_user_network_memberships(c: Call) -> Result:
    return _memberships(c, _entity(c, c.state.users, "vendor_user_uuid"))


@op("list_business_network_memberships")
def list_business_network_memberships(c: Call) -> Result:
    return _memberships(c, _entity(c, c.state.entities.businesses, "vendor_business_uuid"))


def _transaction(c: Call) -> dict[str, Any]:
    check_scope(c)
    wanted = _uuid_or_404(c.path["transaction_uuid"])
    for (app_key, _), tx in c.state.entities.transactions.items():
        if app_key == c.a.api_key and tx["uuid"] == wanted:
            return tx
    raise ApiError(404, NOT_FOUND)


def party_ids(tx: dict[str, Any]) -> dict[str, str]:
    """The UUIDs of a transaction's parties: its subject and its counterparty."""
    return {role: str(uuid.uuid5(NS, tx["uuid"] + role)) for role in ("subject", "counterparty")}


def _party_subjects(c: Call, tx: dict[str, Any], role: str) -> set[str]:
    vendor_data = (tx.get(role) or {}).get("vendor_data")
    user = c.state.users.get((c.a.api_key, str(vendor_data))) if vendor_data else None
    return {user["didit_internal_id"]} if user is not None else set()


@op("list_transaction_network_memberships")
def list_transaction_network_memberships(c: Call) -> Result:
    tx = _transaction(c)
    ids = _party_subjects(c, tx, "subject") | _party_subjects(c, tx, "counterparty")
    return _memberships(c, ids)


@op("list_transaction_party_network_memberships")
def list_transaction_party_network_memberships(c: Call) -> Result:
    tx = _transaction(c)
    wanted = _uuid_or_404(c.path["transaction_party_uuid"])
    role = next((r for r, pid in party_ids(tx).items() if pid == wanted), None)
    if role is None:
        raise ApiError(404, NOT_FOUND)
    return _memberships(c, _party_subjects(c, tx, role))
