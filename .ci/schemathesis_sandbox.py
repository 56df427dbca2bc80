"""Schemathesis, every check, against ``didit sandbox`` on loopback: one bounded run per host.

    python .ci/schemathesis_sandbox.py [--examples N] [--max-time SECONDS] [--seed N] [--only REGEX]

Starts ``didit sandbox`` on a free loopback port, registers an account for a Bearer token,
then runs ``schemathesis run`` (all checks, all phases) over the operations of each host in turn:
verification and apx on the origin, auth under ``/auth/v2``, as the sandbox serves them. Prints
one line per host (test cases, failures, seconds) and exits non-zero on any failure or error.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "openapi" / "didit.yaml"

# The back office (cases, blueprints, reports, networks) refuses, with a documented 400, 403 or
# 409 and a `detail`, what the case's or report's state does not allow: a resolved case cannot be
# assigned, escalated or resolved again, only the maker's colleague may approve, a finalized
# report is frozen, an unknown blueprint, subject, template, attachment or linked entity is
# DRF's "object does not exist" 400, and a template's jurisdiction must be capitals. An empty
# string where a UUID or a date-time goes is DRF's 400 too (schemathesis's coverage phase sends
# one as a valid value).
CASE_STATE = [
    "update_case",
    "bulk_assign_cases",
    "create_case",
    "assign_case",
    "resolve_case",
    "reopen_case",
    "request_case_info",
    "escalate_case",
    "transfer_case",
    "approve_case_resolution",
    "reject_case_resolution",
    "apply_case_entity_action",
    "create_case_note",
    "upload_case_note_attachment",
    "create_case_link",
    "bulk_update_case_status",
    "create_case_blueprint",
    "update_case_blueprint",
    "install_case_blueprint_presets",
    "create_report_template",
    "update_report_template",
    "create_case_regulatory_report",
    "create_standalone_regulatory_report",
    "update_regulatory_report",
    "delete_regulatory_report",
    "finalize_regulatory_report",
    "get_regulatory_report_download_url",
    "get_network_graph",
]
# Where a schema-valid request still gets a 400 from Didit (and the sandbox), so schemathesis's
# positive_data_acceptance must accept one there: a well-formed id of nothing is DRF's
# PrimaryKeyRelatedField 400 ("object does not exist"), a duplicate is its UniqueValidator 400,
# and a token drawn at random was never issued. Only operations where the run met such a 400.
REFERENTIAL_400 = [
    "sessions_create",  # workflow_id of a workflow that does not exist
    "sessions_import_shared",  # share_token that was never issued
    "webhooks_destinations_create",  # a destination with this url already exists
    "account_resend_otp",  # an email with no pending registration
    "account_verify_email",  # a code that was never emailed
    "sessions_imports_create",  # workflow_id of a workflow that does not exist
    "lists_create",  # a list with this name already exists
    "lists_update",  # renaming to the name of another list (the system lists' too)
    "transactions_rules_create",  # a rule with this title already exists
    "lists_entries_create",  # reference_session_id of a session that does not exist
    "kyb_retrieve_shareholders",  # kyb_response_id of a lookup that was never made
    "kyb_retrieve_ubo",  # the same
    "wallet_screening_generate_pdf",  # a report_signature that was never issued
    "transactions_rules_install",  # a library key or bundle that does not exist
    "transactions_rules_uninstall",  # the same
    "travel_rule_wallet_addresses_create",  # an address already registered
]
# Where Didit validates beyond what the JSON schema says, so a schema-valid request still gets
# its 400: one of several optional fields is needed, a value must decode in its own encoding,
# or the parts of a request must agree with each other.
VALIDATED_400 = [
    "kyb_search",  # a name or a registration number
    "wallet_screening_screen",  # an address well-formed for its chain's encoding
    "customization_update",  # at least one of the three images
    "businesses_batch_delete",  # vendor_data_list, didit_internal_id_list or delete_all
    "users_batch_delete",  # the same
    "sessions_batch_delete",  # session_numbers or delete_all (beside the retention options)
    "lists_entries_upload_face",  # image must be valid base64
    "questionnaires_create",  # a choice question needs options, branches name its options
    "questionnaires_update",  # the same
    # date_of_birth must be a date: `format: date`, which JSON Schema 2020-12 only annotates
    "users_create",
    "users_update",
    "businesses_create",
    "businesses_update",
    "risk_ip",  # an IPv4 or IPv6 address (the spec's `format: ip` is not a JSON Schema format)
    "risk_phone",  # a phone number in E.164
    "document_ai_extract",  # at least one field to extract; metadata a JSON object
    "biometric_templates_bulk_purge",  # template_uuids, or delete_all
    "users_toggle_aml_monitoring",  # vendor_data_list or didit_internal_id_list
    "businesses_toggle_aml_monitoring",  # the same
    # the organization-scoped bulk toggles: some entity named (a list, the session numbers, or
    # toggle_all / update_all), as the per-application toggles require
    "users_bulk_toggle_aml_monitoring",
    "businesses_bulk_toggle_aml_monitoring",
    "businesses_bulk_toggle_session_aml_monitoring",
    "sessions_kyb_update_company",  # dates that parse (an empty string is not one)
]
# Where schemathesis's negative case is not one: it reports a create with `questions` and no
# `form_elements` as "missing required property: form_elements", though the request schema
# requires only `title` (Didit needs one of the two lists, which the sandbox checks with a 400).
NOT_NEGATIVE = ["questionnaires_create"]
# Documented server errors: registering an address at a reserved test domain (example.com,
# .test, ...) fails mail delivery with a 500 (Didit's register docs).
DOCUMENTED_500 = ["account_register"]
# A multipart text field is text on the wire: a "boolean" or "number" generated for it arrives
# as the same characters a valid string would be, so the server cannot tell the negative case
# from a positive one (schemathesis still checks every other part of these requests).
MULTIPART = [
    "id_verification_verify",
    "passive_liveness_check",
    "face_match_compare",
    "face_search_search",
    "age_estimation_estimate",
    "poa_verify",
]


# The fuzzer registers webhook destinations at random hosts, and the sandbox delivers to them:
# a dead loopback proxy for everything but loopback keeps those deliveries (and their DNS
# look-ups) on this machine, failing fast as an unreachable receiver would.
_DEAD_PROXY = "http://127.0.0.1:9"
_PROXIES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy")
_NO_EGRESS = {
    **os.environ,
    **dict.fromkeys(_PROXIES, _DEAD_PROXY),
    "NO_PROXY": "127.0.0.1,localhost",
    "no_proxy": "127.0.0.1,localhost",
}


def _config(organization_id: str, application_id: str) -> str:
    # Only the organization and application ids are pinned (the sandbox's own, which nothing
    # deletes): the stateful phase reaches what the creates made through the spec's links,
    # and a pinned object id would override those (and could be deleted mid-run).
    lines = [
        "[parameters]",
        f'"path.organization_id" = {json.dumps(organization_id)}',
        f'"path.application_id" = {json.dumps(application_id)}',
        "",
        "[[operations]]",
        f"include-operation-id = {json.dumps(REFERENTIAL_400 + VALIDATED_400 + CASE_STATE)}",
        "checks.positive_data_acceptance.expected-statuses = "
        '["2xx", "3xx", "400", "401", "403", "404", "409", "429", "5xx"]',
        "",
        "[[operations]]",
        f"include-operation-id = {json.dumps(MULTIPART)}",
        "checks.negative_data_rejection.enabled = false",
        "",
        "[[operations]]",
        f"include-operation-id = {json.dumps(NOT_NEGATIVE)}",
        "checks.negative_data_rejection.enabled = false",
        "",
        "[[operations]]",
        f"include-operation-id = {json.dumps(DOCUMENTED_500)}",
        'checks.not_a_server_error.expected-statuses = ["2xx", "3xx", "4xx", "500"]',
        "",
    ]
    return "\n".join(lines)


def _token(origin: str) -> str:
    """A Bearer token for the account API: register, read the code, verify the email."""
    email = "fuzz@fuzzmail.dev"
    with httpx.Client(base_url=origin, timeout=10) as http:
        http.post(
            "/auth/v2/programmatic/register/", json={"email": email, "password": "Fuzz!ng-2026"}
        )
        code = http.get(f"/sandbox/otp/{email}").json()["code"]
        answer = http.post(
            "/auth/v2/programmatic/verify-email/", json={"email": email, "code": code}
        )
    return str(answer.json()["access_token"])


def _schemathesis(args: list[str]) -> None:
    # CPython 3.11.7's ast.parse can fail with "AST constructor recursion depth mismatch"
    # (fixed in later 3.11 releases) when Hypothesis describes a lambda for a strategy's repr;
    # the description is cosmetic, so fall back to Hypothesis's own placeholder.
    from hypothesis.internal import lambda_sources

    describe = lambda_sources._lambda_description

    def tolerant(f: object) -> str:
        try:
            return str(describe(f))
        except SystemError:
            return "lambda: <unknown>"

    lambda_sources._lambda_description = tolerant
    from schemathesis.cli import schemathesis

    sys.argv = ["schemathesis", *args]
    schemathesis()


def main() -> int:
    # A fixed seed, so a failure can be replayed; --seed N explores other cases by hand.
    examples, max_time, seed = 5, 35, 20261202
    argv = sys.argv[1:]
    if argv[:1] == ["--schemathesis"]:
        _schemathesis(argv[1:])
        return 0
    if "--examples" in argv:
        examples = int(argv[argv.index("--examples") + 1])
    if "--max-time" in argv:
        max_time = int(argv[argv.index("--max-time") + 1])
    if "--seed" in argv:
        seed = int(argv[argv.index("--seed") + 1])
    # --only REGEX: one run over the operations whose path matches, whatever their host (a
    # quicker run while working on them; schemathesis ORs its include filters, so it replaces
    # the per-host filter rather than adding to it).
    only = argv[argv.index("--only") + 1] if "--only" in argv else None
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "didit_async.cli",
            "sandbox",
            "--port",
            "0",
            "--rate-limit-scale",
            "1000",
        ],
        stdout=subprocess.PIPE,
        env=_NO_EGRESS,
        text=True,
    )
    try:
        assert server.stdout is not None
        info = json.loads(server.stdout.readline())
        origin, key = info["origin"], info["api_key"]
        token = _token(origin)
        failed = False
        with tempfile.TemporaryDirectory() as tmp:
            config = Path(tmp) / "schemathesis.toml"
            config.write_text(_config(info["organization_id"], info["application_id"]))
            runs = [
                ("verification", origin, '/x-host == "verification"'),
                ("apx", origin, '/x-host == "apx"'),
                ("auth", origin + "/auth/v2", '/x-host == "auth"'),
            ]
            if only is not None:
                runs = [(f"paths {only}", origin, None)]
            for host, base, selected in runs:
                include = (
                    ["--include-by", selected] if selected else ["--include-path-regex", str(only)]
                )
                started = time.monotonic()
                command = [
                    sys.executable,
                    __file__,
                    "--schemathesis",
                    "--config-file",
                    str(config),
                    # Every check runs (schemathesis's default; `--checks all` would also
                    # override the per-operation settings of the config file).
                    "run",
                    str(SPEC),
                    "--url",
                    base,
                    *include,
                    "-H",
                    f"x-api-key: {key}",
                    "-H",
                    f"Authorization: Bearer {token}",
                    "--max-examples",
                    str(examples),
                    "--max-time",
                    str(max_time),
                    "--workers",
                    "2",
                    "--seed",
                    str(seed),
                    "--no-color",
                ]
                run = subprocess.run(command, capture_output=True, text=True, cwd=tmp)
                seconds = time.monotonic() - started
                out = run.stdout + run.stderr
                cases = re.search(r"(\d+) generated", out)
                found = re.search(r"found (\d+) unique failures", out)
                print(
                    f"schemathesis {host}: {cases.group(1) if cases else '?'} test cases, "
                    f"{found.group(1) if found else 0} failures, exit {run.returncode}, "
                    f"{seconds:.0f} s",
                    flush=True,
                )
                if run.returncode != 0:
                    failed = True
                    print(out[-20000:], flush=True)
        served = httpx.get(origin + "/sandbox/stats", timeout=10).json()["requests"]
        print(f"schemathesis: the sandbox served {served} requests in all", flush=True)
        return 1 if failed else 0
    finally:
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    sys.exit(main())
