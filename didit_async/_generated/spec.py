# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Facts from the spec: hosts, rate-limit scopes, secret field names, per-operation hints."""

from __future__ import annotations

from typing import Final

# x-hosts: each host's base URL (operation paths are relative to it).
HOSTS: Final[dict[str, str]] = {
    "verification": "https://verification.didit.me",
    "apx": "https://apx.didit.me",
    "auth": "https://apx.didit.me/auth/v2",
}
# x-rate-limit-scopes: scope -> (requests, window seconds).
RATE_LIMIT_SCOPES: Final[dict[str, tuple[int, float]]] = {
    "generic-get": (600, 60.0),
    "generic-write": (300, 60.0),
    "session-create": (600, 60.0),
    "session-generate-pdf": (50, 60.0),
    "session-update-kyc": (10, 60.0),
    "session-update-poa": (10, 60.0),
    "account-register": (5, 3600.0),
    "ingest-write": (600, 60.0),
    "phone-risk-number": (4, 3600.0),
}
# x-rate-limit-scopes with `generic: true`: the per-method scopes.
GENERIC_RATE_LIMIT_SCOPES: Final[frozenset[str]] = frozenset(["generic-get", "generic-write"])
# x-rate-limit-scopes with `key-body-field`: scope -> the body field whose value
# gets its own window (the phone risk cap counts per phone number).
KEYED_RATE_LIMIT_SCOPES: Final[dict[str, str]] = {"phone-risk-number": "phone_number"}
# x-secret-fields: JSON keys whose values never reach a repr, log line or error.
SECRET_FIELDS: Final[frozenset[str]] = frozenset(
    [
        "api_key",
        "access_token",
        "refresh_token",
        "password",
        "code",
        "client_secret",
        "secret_shared_key",
        "session_token",
        "share_token",
        "front_image_password",
        "token",
        "sdk_token",
    ]
)
# x-recovery-hint: what to check after a write whose response was lost.
RECOVERY_HINTS: Final[dict[str, str]] = {
    "account_register": "Try client.account.login(...) or resend the OTP before registering again.",
    "sessions_create": "Didit may have created the session. Look for it with client.sessions.list(vendor_data=...) before creating another; with vendor_data= the client looks the session up itself before re-sending a create.",
    "sessions_batch_delete": "Check the job with client.sessions.retrieve_batch_delete_job(...).",
    "users_create": "Check client.users.retrieve(vendor_data) before creating again.",
    "billing_top_up": "Check client.billing.get_balance() before topping up again.",
    "email_send": "A code may have been sent; wait for it before sending another.",
    "phone_send": "A code may have been sent; wait for it before sending another.",
    "sessions_imports_create": "Didit may have started the job; creating again may import the file twice. Contact support with the request id, or check your sessions before re-running.",
    "businesses_create": "Check client.businesses.retrieve(vendor_data) before creating again.",
    "kyb_search": "A search changes nothing; it is safe to run again.",
    "kyb_select": "Selecting again stores the same record again; it is safe to repeat.",
    "wallet_screening_screen": "A screening creates nothing; it is safe to run again.",
    "events_ingest": "Didit may have recorded the event; send an event_id so repeats can be told apart downstream.",
    "events_ingest_batch": "Didit may have recorded the events; send event_ids so repeats can be told apart downstream.",
    "lists_create": "Look for the list with client.lists.list(...) before creating it again (names are unique, so a repeat answers 400).",
    "lists_entries_create": "Look for the entry with client.lists.entries.list(list_uuid, search=...) before adding it again (a repeated value answers 400).",
    "lists_entries_upload_face": "Look for the entry with client.lists.entries.list(list_uuid, search=label) before uploading again.",
    "create_case": "Look for the case with client.cases.list(search=title) before opening it again.",
    "resolve_case": "Check client.cases.retrieve(case_uuid): status RESOLVED or a pending_resolution means it went through.",
    "create_case_note": "Check client.cases.notes.list(case_uuid) before adding the note again.",
    "upload_case_note_attachment": "Upload again if needed: an attachment no note references is harmless.",
    "create_case_link": "Check client.cases.links.list(case_uuid) before linking again (a repeat answers 400).",
    "create_case_blueprint": "Check client.cases.blueprints.list() before creating it again.",
    "create_report_template": "Check client.report_templates.list() before creating it again.",
    "create_case_regulatory_report": "Check client.cases.regulatory_reports.list(case_uuid) before starting another report.",
    "create_standalone_regulatory_report": "Check client.regulatory_reports.list(case=...) before creating another report.",
    "finalize_regulatory_report": "Check client.regulatory_reports.retrieve(report_uuid).status: a repeat on a finalized report answers 409.",
    "risk_email": "Scoring changes nothing; it is safe to call again (you may be billed twice).",
    "risk_ip": "Scoring changes nothing; it is safe to call again (you may be billed twice).",
    "risk_phone": "Scoring changes nothing, but it counts against the 4 attempts per number per hour.",
    "transactions_rules_create": "Look for the rule with client.transactions.rules.list(search=title) before creating it again.",
    "transactions_create_sdk_token": "An unused token expires by itself; minting another is harmless.",
    "device_transactions_create": "Look the transaction up with client.device(token).transactions.retrieve(...) or list it server-side before submitting again.",
    "travel_rule_wallet_addresses_create": "List the wallet addresses before registering the same address again.",
    "travel_rule_widget_sessions_create": "An unused widget session expires by itself; creating another is harmless.",
    "users_toggle_aml_monitoring": "Look the job up with client.aml.retrieve_monitoring_job(...) if you kept its id; toggling again is harmless.",
    "businesses_toggle_aml_monitoring": "Look the job up with client.aml.retrieve_monitoring_job(...) if you kept its id; toggling again is harmless.",
    "users_upload_face": "List the user's faces in the console before uploading the same image again.",
    "users_bulk_toggle_aml_monitoring": "Toggling again is harmless; follow the job you kept.",
    "businesses_bulk_toggle_aml_monitoring": "Toggling again is harmless; follow the job you kept.",
    "businesses_bulk_toggle_session_aml_monitoring": "Toggling again is harmless; follow the job you kept.",
}
# x-issues-token: operations whose answer carries an account access token.
TOKEN_ISSUING_OPERATIONS: Final[frozenset[str]] = frozenset(
    ["account_login", "account_verify_email"]
)
# Request schemas with `additionalProperties: true`: Didit keeps fields it does
# not declare (other request bodies ignore them, as Django REST Framework does).
PASS_THROUGH_SCHEMAS: Final[frozenset[str]] = frozenset(
    [
        "DatabaseValidationRequest",
        "EventIngestRequest",
        "QuestionnaireBranchRule",
        "QuestionnaireQuestion",
        "QuestionnaireQuestionOption",
        "UpdatePoaDataRequest",
        "UpdateSessionDataRequest",
    ]
)
