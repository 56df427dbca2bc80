# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'sessions__create__retrieve__retrieve_decision' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from didit_async._seam import is_date, is_email

from ..models.sessions__create__retrieve__retrieve_decision import ContactDetails, ExpectedDetails
from . import Table, _E_inline0, check_model, encode_by_table, keys_of, new_object

_U_ContactDetails: Table = (
    ("email", "email", None, True),
    ("send_notification_emails", "send_notification_emails", None, False),
    ("email_lang", "email_lang", None, False),
    ("phone", "phone", None, True),
)


def unstructure_ContactDetails(o: ContactDetails) -> dict[str, Any]:
    """Encode :class:`ContactDetails` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_ContactDetails)


def structure_ContactDetails(d: Any) -> ContactDetails:
    """Decode a JSON object into :class:`ContactDetails`."""
    o = new_object(ContactDetails)
    vals = o.__dict__
    vals.update(d)
    if _K_ContactDetails.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_ContactDetails
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def validate_ContactDetails(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid ContactDetails."""
    check_model(d, at, _V_ContactDetails, _K_ContactDetails)


_U_ExpectedDetails: Table = (
    ("first_name", "first_name", None, False),
    ("last_name", "last_name", None, False),
    ("date_of_birth", "date_of_birth", None, False),
    ("gender", "gender", None, True),
    ("nationality", "nationality", None, False),
    ("id_country", "id_country", None, True),
    ("poa_country", "poa_country", None, True),
    ("country", "country", None, False),
    ("address", "address", None, False),
    ("identification_number", "identification_number", None, False),
    ("ip_address", "ip_address", None, False),
    ("expected_document_types", "expected_document_types", None, False),
    ("company_name", "company_name", None, False),
    ("registry_country", "registry_country", None, False),
    ("registration_number", "registration_number", None, False),
)


def unstructure_ExpectedDetails(o: ExpectedDetails) -> dict[str, Any]:
    """Encode :class:`ExpectedDetails` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_ExpectedDetails)


def structure_ExpectedDetails(d: Any) -> ExpectedDetails:
    """Decode a JSON object into :class:`ExpectedDetails`."""
    o = new_object(ExpectedDetails)
    vals = o.__dict__
    vals.update(d)
    if _K_ExpectedDetails.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_ExpectedDetails
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def validate_ExpectedDetails(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid ExpectedDetails."""
    check_model(d, at, _V_ExpectedDetails, _K_ExpectedDetails)


_K_ContactDetails = keys_of(_U_ContactDetails)
_K_ExpectedDetails = keys_of(_U_ExpectedDetails)

_V_ContactDetails: Any = (
    "ContactDetails",
    False,
    0,
    (
        ("email", False, True, ("str", None, None, None, (is_email, "email"), ())),
        ("send_notification_emails", False, False, ("bool",)),
        ("email_lang", False, False, ("str", None, None, None, None, ())),
        ("phone", False, True, ("str", None, None, None, None, ())),
    ),
    (),
)

_V_ExpectedDetails: Any = (
    "ExpectedDetails",
    False,
    0,
    (
        ("first_name", False, False, ("str", None, None, None, None, ())),
        ("last_name", False, False, ("str", None, None, None, None, ())),
        ("date_of_birth", False, False, ("str", None, None, None, (is_date, "date"), ())),
        ("gender", False, True, ("enum", _E_inline0, "M, F")),
        ("nationality", False, False, ("str", None, None, None, None, ())),
        ("id_country", False, True, ("str", None, None, None, None, ())),
        ("poa_country", False, True, ("str", None, None, None, None, ())),
        ("country", False, False, ("str", None, None, None, None, ())),
        ("address", False, False, ("str", None, None, None, None, ())),
        ("identification_number", False, False, ("str", None, None, None, None, ())),
        ("ip_address", False, False, ("str", None, None, None, None, ())),
        (
            "expected_document_types",
            False,
            False,
            ("list", None, None, ("str", None, None, None, None, ()), False),
        ),
        ("company_name", False, False, ("str", None, 255, None, None, ())),
        ("registry_country", False, False, ("str", None, 10, None, None, ())),
        ("registration_number", False, False, ("str", None, 100, None, None, ())),
    ),
    (),
)
