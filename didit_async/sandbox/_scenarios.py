"""What a simulated user does: each ``sandbox_scenario``'s outcome and the reports it yields."""

from __future__ import annotations

import hashlib
from typing import Any

import attrs

__all__ = ["SCENARIOS", "Outcome", "build_reports", "identity_for", "outcome_for"]


@attrs.frozen
class Outcome:
    """How a session ends: its final status, the warning risk codes, and AML hits."""

    final: str
    risks: tuple[str, ...] = ()
    aml_hits: int = 0
    resubmit_first: bool = False


# Didit's documented slugs (community catalogue) plus short aliases.
SCENARIOS: dict[str, Outcome] = {
    "approve": Outcome("Approved"),
    "decline": Outcome("Declined", ("DOCUMENT_EXPIRED",)),
    "review": Outcome("In Review", ("FACE_MATCH_BORDERLINE",)),
    "aml_hit": Outcome("Declined", ("POSSIBLE_MATCH_FOUND",), aml_hits=2),
    "abandon": Outcome("Abandoned"),
    "expire": Outcome("Expired"),
    "resubmit": Outcome("Approved", resubmit_first=True),
    "decline_document_expired": Outcome("Declined", ("DOCUMENT_EXPIRED",)),
    "decline_could_not_recognize_document": Outcome("Declined", ("COULD_NOT_RECOGNIZE_DOCUMENT",)),
    "decline_mrz_validation": Outcome("Declined", ("MRZ_VALIDATION_FAILED",)),
    "decline_minimum_age": Outcome("Declined", ("MINIMUM_AGE_NOT_MET",)),
    "decline_face_match_low_similarity": Outcome("Declined", ("LOW_FACE_MATCH_SIMILARITY",)),
    "decline_liveness_attack": Outcome("Declined", ("LIVENESS_FACE_ATTACK",)),
    "decline_aml_hit": Outcome("Declined", ("POSSIBLE_MATCH_FOUND",), aml_hits=1),
    "decline_ip_blocklist": Outcome("Declined", ("IP_IN_BLOCKLIST",)),
    "decline_poa_address_mismatch": Outcome("Declined", ("POA_ADDRESS_MISMATCH",)),
    "decline_nfc_chip_not_verified": Outcome("Declined", ("NFC_CHIP_NOT_VERIFIED",)),
    "decline_database_no_match": Outcome("Declined", ("DATABASE_NO_MATCH",)),
    "review_aml_possible_match": Outcome("In Review", ("POSSIBLE_MATCH_FOUND",), aml_hits=1),
    "review_face_match_borderline": Outcome("In Review", ("FACE_MATCH_BORDERLINE",)),
    "review_poa_partial_match": Outcome("In Review", ("POA_PARTIAL_MATCH",)),
    "decline_kyb_registry_mismatch": Outcome("Declined", ("KYB_REGISTRY_MISMATCH",)),
}


def outcome_for(scenario: str | None) -> Outcome:
    """The outcome of a scenario slug (``approve`` when none is given)."""
    return SCENARIOS.get(scenario or "approve", SCENARIOS["approve"])


def identity_for(vendor_data: str | None, contact: dict[str, Any] | None) -> dict[str, str]:
    """The simulated person behind a session: stable for a given ``vendor_data``."""
    seed = hashlib.sha256((vendor_data or "anonymous").encode()).hexdigest()
    first = ["Ana", "Ben", "Chloé", "Dmitri", "Eva", "Femi", "Grace", "Hiro"][int(seed[0], 16) % 8]
    last = ["Silva", "Okafor", "Müller", "Tanaka", "Novak", "García", "Smith", "Kim"][
        int(seed[1], 16) % 8
    ]
    contact = contact or {}
    return {
        "first_name": first,
        "last_name": last,
        "document_number": "P" + seed[2:10].upper(),
        "email": str(contact.get("email") or f"{(vendor_data or 'user').lower()}@sandbox.invalid"),
        "phone": str(
            contact.get("phone") or "+1415555" + str(int(seed[10:14], 16) % 10000).zfill(4)
        ),
        "face": "face-" + seed[14:30],
        "date_of_birth": f"19{70 + int(seed[30], 16) % 30}-0{1 + int(seed[31], 16) % 9}-15",
    }


def _warning(feature: str, risk: str, node: str, declined: bool) -> dict[str, Any]:
    return {
        "feature": feature,
        "risk": risk,
        "additional_data": None,
        "log_type": "error" if declined else "warning",
        "short_description": risk.replace("_", " ").capitalize(),
        "long_description": f"Simulated in the sandbox: {risk}.",
        "node_id": node,
    }


def build_reports(
    session_id: str, status: str, outcome: Outcome, who: dict[str, str], extra_risks: list[str]
) -> dict[str, Any]:
    """The decision's plural arrays for a finished session."""
    declined = status == "Declined"
    risks = list(outcome.risks) + extra_risks
    feature_status = status if status in ("Approved", "Declined", "In Review") else "Not Finished"
    id_warnings = [
        _warning("ID_VERIFICATION", r, "feature_ocr_1", declined)
        for r in risks
        if "AML" not in r and "POSSIBLE_MATCH" not in r
    ]
    aml_warnings = [
        _warning("AML", r, "feature_aml_1", declined) for r in risks if "POSSIBLE_MATCH" in r
    ]
    media = f"https://sandbox.didit.invalid/media/{session_id}"
    return {
        "id_verifications": [
            {
                "node_id": "feature_ocr_1",
                "status": "Declined" if id_warnings and declined else feature_status,
                "document_type": "Passport",
                "document_number": who["document_number"],
                "first_name": who["first_name"],
                "last_name": who["last_name"],
                "full_name": f"{who['first_name']} {who['last_name']}",
                "date_of_birth": who["date_of_birth"],
                "issuing_state": "ESP",
                "nationality": "ESP",
                "expiration_date": "2031-01-01",
                "portrait_image": f"{media}/portrait.jpg",
                "front_image": f"{media}/front.jpg",
                "warnings": id_warnings,
            }
        ],
        "liveness_checks": [
            {
                "node_id": "feature_liveness_1",
                "status": feature_status,
                "method": "PASSIVE",
                "score": 97.5,
                "warnings": [],
            }
        ],
        "face_matches": [
            {
                "node_id": "feature_face_match_1",
                "status": feature_status,
                "score": 93.1,
                "warnings": [],
            }
        ],
        "aml_screenings": [
            {
                "node_id": "feature_aml_1",
                "status": feature_status if outcome.aml_hits else "Approved",
                "total_hits": outcome.aml_hits,
                "score": 88.0 if outcome.aml_hits else 0.0,
                "hits": [
                    {
                        "id": f"hit-{session_id[:8]}-{i}",
                        "caption": f"{who['last_name']} match {i}",
                        "match_score": 91.0 - i,
                        "risk_score": 70.0,
                        "review_status": "Unreviewed",
                        "datasets": ["Sanctions"],
                        "properties": {},
                    }
                    for i in range(outcome.aml_hits)
                ],
                "warnings": aml_warnings,
            }
        ],
        "ip_analyses": [
            {
                "node_id": "feature_ip_1",
                "status": "Approved",
                "ip_address": "127.0.0.1",
                "ip_country_code": "ES",
                "is_vpn_or_tor": False,
                "warnings": [],
            }
        ],
    }
