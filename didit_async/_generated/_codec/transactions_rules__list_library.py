# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'transactions_rules__list_library' models (see ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..models.transactions_rules import (
    TransactionRuleAction,
    TransactionRuleAggregation,
    TransactionRuleCondition,
    TransactionRuleScope,
)
from ..models.transactions_rules__list_library import (
    TransactionRuleLibraryEntry,
    TransactionRuleLibraryPage,
)
from . import Table, encode_by_table, keys_of, new_object
from .transactions_rules import (
    structure_TransactionRuleAction,
    structure_TransactionRuleAggregation,
    structure_TransactionRuleCondition,
    structure_TransactionRuleScope,
    unstructure_TransactionRuleAction,
    unstructure_TransactionRuleAggregation,
    unstructure_TransactionRuleCondition,
    unstructure_TransactionRuleScope,
)

_U_TransactionRuleLibraryEntry: Table = (
    ("library_key", "library_key", None, False),
    ("title", "title", None, False),
    ("description", "description", None, False),
    ("category", "category", None, False),
    ("evaluation_mode", "evaluation_mode", None, False),
    (
        "scope",
        "scope",
        lambda v: unstructure_TransactionRuleScope(v) if isinstance(v, TransactionRuleScope) else v,
        False,
    ),
    (
        "conditions",
        "conditions",
        lambda v: (
            [
                unstructure_TransactionRuleCondition(x)
                if isinstance(x, TransactionRuleCondition)
                else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "aggregation",
        "aggregation",
        lambda v: (
            [
                unstructure_TransactionRuleAggregation(x)
                if isinstance(x, TransactionRuleAggregation)
                else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "actions",
        "actions",
        lambda v: (
            [
                unstructure_TransactionRuleAction(x) if isinstance(x, TransactionRuleAction) else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "metadata",
        "metadata",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    ("bundle", "bundle", None, False),
    ("tags", "tags", None, False),
    ("industries", "industries", None, False),
    ("source", "source", None, False),
    ("is_installed", "is_installed", None, False),
)


def unstructure_TransactionRuleLibraryEntry(o: TransactionRuleLibraryEntry) -> dict[str, Any]:
    """Encode :class:`TransactionRuleLibraryEntry` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_TransactionRuleLibraryEntry)


def structure_TransactionRuleLibraryEntry(d: Any) -> TransactionRuleLibraryEntry:
    """Decode a JSON object into :class:`TransactionRuleLibraryEntry`."""
    v: Any
    o = new_object(TransactionRuleLibraryEntry)
    vals = o.__dict__
    vals.update(d)
    if _K_TransactionRuleLibraryEntry.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_TransactionRuleLibraryEntry
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "scope" in vals:
        v = vals["scope"]
        if v.__class__ is dict:
            vals["scope"] = structure_TransactionRuleScope(v)
    if "conditions" in vals:
        v = vals["conditions"]
        if v and v.__class__ is list:
            vals["conditions"] = [
                structure_TransactionRuleCondition(x) if x.__class__ is dict else x for x in v
            ]
    if "aggregation" in vals:
        v = vals["aggregation"]
        if v and v.__class__ is list:
            vals["aggregation"] = [
                structure_TransactionRuleAggregation(x) if x.__class__ is dict else x for x in v
            ]
    if "actions" in vals:
        v = vals["actions"]
        if v and v.__class__ is list:
            vals["actions"] = [
                structure_TransactionRuleAction(x) if x.__class__ is dict else x for x in v
            ]
    return o


_U_TransactionRuleLibraryPage: Table = (
    ("count", "count", None, False),
    ("next", "next", None, False),
    ("previous", "previous", None, False),
    (
        "results",
        "results",
        lambda v: (
            [
                unstructure_TransactionRuleLibraryEntry(x)
                if isinstance(x, TransactionRuleLibraryEntry)
                else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
)


def unstructure_TransactionRuleLibraryPage(o: TransactionRuleLibraryPage) -> dict[str, Any]:
    """Encode :class:`TransactionRuleLibraryPage` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_TransactionRuleLibraryPage)


def structure_TransactionRuleLibraryPage(d: Any) -> TransactionRuleLibraryPage:
    """Decode a JSON object into :class:`TransactionRuleLibraryPage`."""
    v: Any
    o = new_object(TransactionRuleLibraryPage)
    vals = o.__dict__
    vals.update(d)
    if _K_TransactionRuleLibraryPage.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_TransactionRuleLibraryPage
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "results" in vals:
        v = vals["results"]
        if v and v.__class__ is list:
            vals["results"] = [
                structure_TransactionRuleLibraryEntry(x) if x.__class__ is dict else x for x in v
            ]
    return o


_K_TransactionRuleLibraryEntry = keys_of(_U_TransactionRuleLibraryEntry)
_K_TransactionRuleLibraryPage = keys_of(_U_TransactionRuleLibraryPage)
