"""Every operation, called the way the seeds' `requests` snippets do, answers as the spec says."""

from __future__ import annotations

from typing import Any

import pytest

from didit_async._generated.operations import OPERATIONS
from didit_async.sandbox import Sandbox

from ._case_management import exercise_case_management
from ._current_api import exercise_current_api
from ._rest_api import exercise_rest_api
from .conftest import DOC_EXAMPLES, SPEC, SpecChecker, http_for, shape_gaps

pytestmark = pytest.mark.anyio
PNG = b"\x89PNG\r\n\x1a\n" + b"0" * 64


async def test_every_operation_answers_with_the_documented_shape(
    sandbox: Sandbox, spec_checker: SpecChecker
) -> None:
    check = spec_checker.check
    async with http_for(sandbox) as http:

        async def call(method: str, template: str, path: str | None = None, **kw: Any) -> Any:
            response = await http.request(method, path or template, **kw)
            check(method, template, response)
            return response

        await call("GET", "/system/healthcheck")
        # account, as the seeds do it: register, read the OTP, verify, login
        email = "dev@sandbox-mail.dev"
        await call(
            "POST",
            "/programmatic/register/",
            "/auth/v2/programmatic/register/",
            json={"email": email, "password": "MyStr0ng!Pass"},
        )
        await call(
            "POST",
            "/programmatic/resend-otp/",
            "/auth/v2/programmatic/resend-otp/",
            json={"email": email},
        )
        code = (await http.get(f"/sandbox/otp/{email}")).json()["code"]
        verified = (
            await call(
                "POST",
                "/programmatic/verify-email/",
                "/auth/v2/programmatic/verify-email/",
                json={"email": email, "code": code},
            )
        ).json()
        token = (
            await call(
                "POST",
                "/programmatic/login/",
                "/auth/v2/programmatic/login/",
                json={"email": email, "password": "MyStr0ng!Pass"},
            )
        ).json()
        bearer = {"Authorization": f"Bearer {token['access_token']}", "x-api-key": ""}
        org, app = verified["organization"]["uuid"], verified["application"]["uuid"]
        await call("GET", "/organizations/me/", "/auth/v2/organizations/me/", headers=bearer)
        await call(
            "GET",
            "/organizations/me/{org_id}/applications/{app_id}/",
            f"/auth/v2/organizations/me/{org}/applications/{app}/",
            headers=bearer,
        )
        partner = (
            await call(
                "POST",
                "/organizations/me/{org_id}/applications/",
                f"/auth/v2/organizations/me/{org}/applications/",
                headers=bearer,
                json={"name": "Partner"},
            )
        ).json()
        # workflows and questionnaires
        wf = (
            await call(
                "POST",
                "/v3/workflows/",
                json={
                    "workflow_label": "KYC",
                    "workflow_type": "kyc",
                    "is_liveness_enabled": True,
                    "is_face_match_enabled": True,
                    "is_aml_enabled": True,
                },
            )
        ).json()
        wid = wf["uuid"]
        await call("GET", "/v3/workflows/")
        await call("GET", "/v3/workflows/{settings_uuid}/", f"/v3/workflows/{wid}/")
        await call(
            "PATCH",
            "/v3/workflows/{settings_uuid}/",
            f"/v3/workflows/{wid}/",
            json={"aml_decline_threshold": 75},
        )
        q = (
            await call(
                "POST",
                "/v3/questionnaires/",
                json={
                    "title": "Source of funds",
                    "form_elements": [{"element_type": "short_text", "label": {"en": "Employer?"}}],
                },
            )
        ).json()
        qpath = f"/v3/questionnaires/{q['uuid']}/"
        await call("GET", "/v3/questionnaires/")
        await call("GET", "/v3/questionnaires/{questionnaire_uuid}/", qpath)
        await call(
            "PATCH", "/v3/questionnaires/{questionnaire_uuid}/", qpath, json={"title": "Funds"}
        )
        await call("DELETE", "/v3/questionnaires/{questionnaire_uuid}/", qpath)
        # sessions
        created = (
            await call(
                "POST",
                "/v3/session/",
                json={
                    "workflow_id": wid,
                    "vendor_data": "user-123",
                    "sandbox_scenario": "review_aml_possible_match",
                    "contact_details": {"email": "u@sandbox-mail.dev"},
                },
            )
        ).json()
        sid = created["session_id"]
        await call("GET", "/v3/session/{sessionId}/decision/", f"/v3/session/{sid}/decision/")
        sandbox.advance(30)
        decision = (
            await call("GET", "/v3/session/{sessionId}/decision/", f"/v3/session/{sid}/decision/")
        ).json()
        assert decision["status"] == "In Review"
        await call("GET", "/v3/sessions/", params={"vendor_data": "user-123", "limit": 1})
        hit = decision["aml_screenings"][0]["hits"][0]["id"]
        await call(
            "PATCH",
            "/v3/session/{sessionId}/update-aml-hit-status/",
            f"/v3/session/{sid}/update-aml-hit-status/",
            json={"hit_id": hit, "review_status": "False Positive"},
        )
        await call(
            "PATCH",
            "/v3/session/{sessionId}/features/{nodeId}/update-status/",
            f"/v3/session/{sid}/features/feature_aml_1/update-status/",
            json={"new_status": "Approved"},
        )
        await call(
            "PATCH",
            "/v3/session/{sessionId}/update-data/",
            f"/v3/session/{sid}/update-data/",
            json={"first_name": "Ana"},
        )
        await call(
            "PATCH",
            "/v3/session/{sessionId}/update-poa-data/",
            f"/v3/session/{sid}/update-poa-data/",
            json={"issuer": "Power Co"},
        )
        await call(
            "POST",
            "/v3/sessions/{session_id}/reviews/",
            f"/v3/sessions/{sid}/reviews/",
            json={"new_status": "Approved", "comment": "Looks good"},
        )
        await call("GET", "/v3/sessions/{session_id}/reviews/", f"/v3/sessions/{sid}/reviews/")
        await call("GET", "/v3/session/{sessionId}/events/", f"/v3/session/{sid}/events/")
        await call(
            "PATCH",
            "/v3/session/{sessionId}/update-status/",
            f"/v3/session/{sid}/update-status/",
            json={"new_status": "Declined"},
        )
        await call(
            "GET", "/v3/session/{sessionId}/generate-pdf/", f"/v3/session/{sid}/generate-pdf/"
        )
        shared = (
            await call(
                "POST",
                "/v3/session/{sessionId}/share/",
                f"/v3/session/{sid}/share/",
                json={"for_application_id": partner["uuid"]},
            )
        ).json()
        async with http_for(sandbox) as partner_http:
            partner_http.headers["x-api-key"] = partner["api_key"]
            pwf = (await partner_http.post("/v3/workflows/", json={"workflow_label": "P"})).json()
            check(
                "POST",
                "/v3/session/import-shared/",
                await partner_http.post(
                    "/v3/session/import-shared/",
                    json={"share_token": shared["share_token"], "workflow_id": pwf["uuid"]},
                ),
            )
        # blocklist
        await call(
            "POST",
            "/v3/blocklist/add/",
            json={"session_id": sid, "blocklist_face": True, "blocklist_email": True},
        )
        await call("GET", "/v3/blocklist/", params={"item_type": "face"})
        await call("POST", "/v3/blocklist/remove/", json={"session_id": sid, "unblock_email": True})
        # users
        await call("GET", "/v3/users/")
        await call("GET", "/v3/users/{vendor_data}/", "/v3/users/user-123/")
        await call("POST", "/v3/users/create/", json={"vendor_data": "user-999"})
        await call(
            "PATCH",
            "/v3/users/{vendor_data}/",
            "/v3/users/user-999/",
            json={"display_name": "Nine"},
        )
        await call(
            "PATCH",
            "/v3/users/{vendor_data}/update-status/",
            "/v3/users/user-999/update-status/",
            json={"status": "FLAGGED"},
        )
        await call("POST", "/v3/users/delete/", json={"vendor_data_list": ["user-999"]})
        # billing
        await call("GET", "/v3/billing/balance/")
        await call("POST", "/v3/billing/top-up/", json={"amount_in_dollars": 50})
        # webhooks
        await call("GET", "/v3/webhook/")
        await call("PATCH", "/v3/webhook/", json={"webhook_url": None, "data_retention_months": 12})
        dest = (
            await call(
                "POST",
                "/v3/webhook/destinations/",
                json={
                    "label": "main",
                    "url": "https://hooks.example/didit",
                    "webhook_version": "v3",
                    "subscribed_events": ["status.updated"],
                },
            )
        ).json()
        dpath = f"/v3/webhook/destinations/{dest['uuid']}/"
        await call("GET", "/v3/webhook/destinations/")
        await call("GET", "/v3/webhook/destinations/{destination_uuid}/", dpath)
        await call(
            "PATCH", "/v3/webhook/destinations/{destination_uuid}/", dpath, json={"enabled": False}
        )
        await call("DELETE", "/v3/webhook/destinations/{destination_uuid}/", dpath)
        # standalone checks
        files = {"front_image": ("front.png", PNG, "image/png")}
        await call("POST", "/v3/id-verification/", files=files, data={"vendor_data": "u"})
        await call("POST", "/v3/passive-liveness/", files={"user_image": ("a.png", PNG)})
        await call(
            "POST",
            "/v3/face-match/",
            files={"user_image": ("a.png", PNG), "ref_image": ("b.png", PNG)},
        )
        await call("POST", "/v3/face-search/", files={"user_image": ("a.png", PNG)})
        await call("POST", "/v3/age-estimation/", files={"user_image": ("a.png", PNG)})
        await call("POST", "/v3/poa/", files={"document": ("bill.pdf", b"%PDF-1.4")})
        await call(
            "POST",
            "/v3/aml/",
            json={"full_name": "Sanction Person"},
            headers={"Idempotency-Key": "k1"},
        )
        await call("POST", "/v3/email/send/", json={"email": "a@sandbox-mail.dev"})
        await call(
            "POST", "/v3/email/check/", json={"email": "a@sandbox-mail.dev", "code": "123456"}
        )
        await call("POST", "/v3/phone/send/", json={"phone_number": "+14155552671"})
        await call(
            "POST", "/v3/phone/check/", json={"phone_number": "+14155552671", "code": "123456"}
        )
        await call(
            "POST",
            "/v3/database-validation/",
            json={"issuing_state": "ESP", "validation_type": "id"},
        )
        await exercise_current_api(call, workflow_id=wid, session_id=sid, bearer=bearer, org_id=org)
        ids = sandbox.ids()
        await exercise_case_management(
            call,
            org=ids["organization_id"],
            app=ids["application_id"],
            session_id=sid,
            workflow_id=wid,
            http=http,
        )
        own = sandbox.state.app_for_key(sandbox.api_key)  # the key the calls go out with
        assert own is not None
        await exercise_rest_api(
            call, workflow_id=wid, session_id=sid, org_id=own.org_id, app_id=own.uuid
        )
        # deletes last
        many = [
            (await http.post("/v3/session/", json={"workflow_id": wid})).json() for _ in range(21)
        ]
        job = (
            await call(
                "POST",
                "/v3/sessions/delete/",
                json={"session_numbers": [s["session_number"] for s in many]},
            )
        ).json()
        assert job["job_id"]
        await call("GET", "/v3/sessions/delete/{job_id}/", f"/v3/sessions/delete/{job['job_id']}/")
        await call("DELETE", "/v3/session/{sessionId}/delete/", f"/v3/session/{sid}/delete/")
        await call("DELETE", "/v3/workflows/{settings_uuid}/", f"/v3/workflows/{wid}/")
    assert spec_checker.seen == set(OPERATIONS), set(OPERATIONS) - spec_checker.seen
    # Every response the docs print an example of was compared with it, key by key.
    answered = {
        r["content"]["application/json"]["schema"].get("$ref", "").rsplit("/", 1)[-1]
        for path in SPEC["paths"].values()
        for op in path.values()
        for code, r in op["responses"].items()
        if code.startswith("2") and "application/json" in r.get("content", {})
    }
    # (ErrorBody too, from the refused case transitions above, which are not successes.)
    assert spec_checker.docs_shaped - {"ErrorBody"} == answered & DOC_EXAMPLES.keys()


async def test_errors_have_didits_bodies(sandbox: Sandbox, spec_checker: SpecChecker) -> None:
    async with http_for(sandbox) as http:
        missing = await http.get("/v3/sessions/", headers={"x-api-key": ""})
        assert missing.status_code == 403 and "detail" in missing.json()
        wrong = await http.get("/v3/sessions/", headers={"x-api-key": "sk_wrong"})
        assert wrong.status_code == 401
        gone = await http.get("/v3/session/11111111-2222-3333-4444-555555555555/decision/")
        assert gone.status_code == 404 and gone.json() == {"detail": "Not found."}
        spec_checker.check("GET", "/v3/session/{sessionId}/decision/", gone)
        bad = await http.post("/v3/session/", json={})
        assert bad.status_code == 400 and bad.json() == {"workflow_id": ["This field is required."]}
        spec_checker.check("POST", "/v3/session/", bad)


def test_the_docs_shape_comparison_notices_what_a_user_would() -> None:
    example = {"session_id": "...", "session_number": 1234, "features": [{"status": "x"}]}
    assert shape_gaps(example, {**example, "extra": 1, "session_id": "real"}) == []
    assert shape_gaps(example, {"session_id": "s", "session_number": None, "features": []}) == []
    assert shape_gaps(example, {"session_number": "1234", "features": [{}]}) == [
        "$.session_id: missing",
        "$.session_number: the docs show a number, got str",
        "$.features[0].status: missing",
    ]
