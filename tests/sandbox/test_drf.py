"""The sandbox reads requests as Django REST Framework does, where Didit's docs say nothing else."""

from __future__ import annotations

import pytest

from didit_async.sandbox import Sandbox

from .conftest import http_for

pytestmark = pytest.mark.anyio

PNG = ("face.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "image/png")


async def _workflow(sandbox: Sandbox) -> str:
    async with http_for(sandbox) as http:
        return str(
            (await http.post("/v3/workflows/", json={"workflow_label": "KYC"})).json()["uuid"]
        )


async def test_unknown_body_fields_are_ignored_at_every_depth(sandbox: Sandbox) -> None:
    async with http_for(sandbox) as http:
        # The docs' management-API example sends callback_url, which the serializer ignores.
        created = await http.post(
            "/v3/workflows/",
            json={"workflow_label": "KYC", "callback_url": "https://app.example/done"},
        )
        assert created.status_code == 201, created.text
        assert "callback_url" not in created.json()
        session = await http.post(
            "/v3/session/",
            json={
                "workflow_id": created.json()["uuid"],
                "vendor_data": "u-1",
                "not_a_field": 1,
                "contact_details": {"email": "a@example.com", "nickname": "al"},
            },
        )
        assert session.status_code == 201, session.text
        # Ignoring is not accepting anything: a declared field is still checked.
        bad = await http.post("/v3/session/", json={"workflow_id": "not-a-uuid", "not_a_field": 1})
        assert bad.status_code == 400
        assert bad.json() == {"workflow_id": ["Must be a valid uuid."]}


async def test_whole_number_floats_are_integers(sandbox: Sandbox) -> None:
    async with http_for(sandbox) as http:
        ok = await http.post("/v3/aml/", json={"full_name": "Ada Lovelace", "aml_dob_weight": 25.0})
        assert ok.status_code == 200, ok.text
        half = await http.post(
            "/v3/aml/", json={"full_name": "Ada Lovelace", "aml_dob_weight": 25.5}
        )
        assert half.status_code == 400
        assert list(half.json()) == ["aml_dob_weight"]
        # The range is checked on the integer the float stands for.
        big = await http.post(
            "/v3/aml/", json={"full_name": "Ada Lovelace", "aml_dob_weight": 250.0}
        )
        assert big.status_code == 400 and list(big.json()) == ["aml_dob_weight"]


async def test_unslashed_paths_redirect_permanently_with_the_query_kept(sandbox: Sandbox) -> None:
    async with http_for(sandbox) as http:
        moved = await http.get("/v3/sessions", params={"limit": 2, "vendor_data": "u 1"})
        assert moved.status_code == 301
        assert moved.headers["location"] == "/v3/sessions/?limit=2&vendor_data=u+1"
        assert moved.content == b""
        followed = await http.get("/v3/sessions", params={"limit": 2}, follow_redirects=True)
        assert followed.status_code == 200 and "results" in followed.json()
        # Django answers the redirect before anything else: no key needed to learn the URL.
        bare = await http.post("/v3/workflows", headers={"x-api-key": ""})
        assert bare.status_code == 301 and bare.headers["location"] == "/v3/workflows/"
        # A path that is unknown with the slash too is still a 404.
        assert (await http.get("/v3/no-such-thing")).status_code == 404


async def test_each_bad_page_parameter_is_reported_under_its_own_name(sandbox: Sandbox) -> None:
    async with http_for(sandbox) as http:
        offset = await http.get("/v3/sessions/", params={"offset": "-1"})
        assert offset.status_code == 400
        assert offset.json() == {"offset": ["Ensure this value is greater than or equal to 0."]}
        both = await http.get("/v3/sessions/", params={"limit": "x", "offset": "y"})
        assert both.json() == {
            "limit": ["A valid integer is required."],
            "offset": ["A valid integer is required."],
        }


async def test_nested_errors_are_nested_as_drf_nests_them(sandbox: Sandbox) -> None:
    wid = await _workflow(sandbox)
    async with http_for(sandbox) as http:
        bad = await http.post(
            "/v3/session/",
            json={"workflow_id": wid, "contact_details": {"email": "not an email"}},
        )
        assert bad.status_code == 400
        assert bad.json() == {"contact_details": {"email": ["Must be a valid email."]}}
        listed = await http.post("/v3/session/", json=[{"workflow_id": wid}])
        assert listed.json() == {
            "non_field_errors": ["Invalid data. Expected a dictionary, but got list."]
        }


async def test_multipart_fields_are_validated_against_the_spec(sandbox: Sandbox) -> None:
    async with http_for(sandbox) as http:
        # Form text parsed as DRF's fields parse it; an undeclared form field is ignored.
        ok = await http.post(
            "/v3/passive-liveness/",
            files={"user_image": PNG},
            data={
                "face_liveness_score_decline_threshold": "50",
                "rotate_image": "true",
                "vendor_data": "u-1",
                "unknown": "x",
            },
        )
        assert ok.status_code == 200, ok.text
        for field, value in [
            ("face_liveness_score_decline_threshold", "101"),
            ("face_liveness_score_decline_threshold", "fifty"),
            ("rotate_image", "maybe"),
        ]:
            bad = await http.post(
                "/v3/passive-liveness/", files={"user_image": PNG}, data={field: value}
            )
            assert bad.status_code == 400, (field, value)
            assert list(bad.json()) == [field], bad.json()
        missing = await http.post("/v3/face-match/", files={"user_image": PNG})
        assert missing.json() == {"ref_image": ["No file was submitted."]}
        as_text = await http.post(
            "/v3/face-match/", files={"user_image": PNG}, data={"ref_image": "abc"}
        )
        assert as_text.json() == {
            "ref_image": ["The submitted data was not a file. Check the encoding type on the form."]
        }


async def test_unparseable_filters_are_400s_under_their_names_and_blanks_count(
    sandbox: Sandbox,
) -> None:
    async with http_for(sandbox) as http:
        bad = await http.get(
            "/v3/sessions/", params={"workflow_id": "nope", "date_from": "yesterday"}
        )
        assert bad.status_code == 400 and set(bad.json()) == {"workflow_id", "date_from"}
        blank = await http.get("/v3/sessions/?offset=")
        assert blank.json() == {"offset": ["A valid integer is required."]}
        # DRF's max_limit caps a page, it does not refuse the request.
        capped = await http.get("/v3/users/", params={"limit": 500})
        assert capped.status_code == 200


async def test_the_status_filter_is_one_comma_joined_list_of_known_statuses(
    sandbox: Sandbox,
) -> None:
    async with http_for(sandbox) as http:
        ok = await http.get("/v3/sessions/", params={"status": "Approved,In Review"})
        assert ok.status_code == 200
        for sent, named in [
            ("Approved,In Reveiw", "In Reveiw"),
            ("Approved, Declined", " Declined"),
            ("", ""),
        ]:
            bad = await http.get("/v3/sessions/", params={"status": sent})
            assert bad.status_code == 400
            assert bad.json() == {"status": [f'"{named}" is not a valid choice.']}


async def test_method_and_auth_answers_name_what_would_work(sandbox: Sandbox) -> None:
    async with http_for(sandbox) as http:
        # A literal segment wins over a parameter, as in Django: this is the create resource.
        wrong = await http.get("/v3/users/create/")
        assert wrong.status_code == 405 and wrong.headers["allow"] == "POST"
        both = await http.put("/v3/workflows/")
        assert both.status_code == 405 and both.headers["allow"] == "GET, POST"
        # Bearer-only account endpoints challenge for the token; key endpoints answer 403.
        token_only = await http.get("/auth/v2/organizations/me/")
        assert token_only.status_code == 401
        assert token_only.headers["www-authenticate"].startswith("Bearer")
        keyless = await http.get("/v3/sessions/", headers={"x-api-key": ""})
        assert keyless.status_code == 403


async def test_bodies_and_headers_the_spec_requires(sandbox: Sandbox) -> None:
    async with http_for(sandbox) as http:
        empty = await http.post("/v3/database-validation/")
        assert empty.json() == {"non_field_errors": ["No data provided"]}
        long_key = await http.post(
            "/v3/aml/", json={"full_name": "Ada"}, headers={"Idempotency-Key": "k" * 256}
        )
        assert long_key.status_code == 400
        nothing = await http.post("/v3/sessions/delete/", json={"unknown": 1})
        assert nothing.json() == {"non_field_errors": ["Must have at least 1 field."]}
        resubmit = await http.patch(
            f"/v3/session/{'0' * 8}-0000-4000-8000-{'0' * 12}/update-status/",
            json={"new_status": "Resubmitted"},
        )
        assert resubmit.json() == {
            "nodes_to_resubmit": ['Is required when new_status is "Resubmitted".']
        }
