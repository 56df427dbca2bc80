# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Blocking twins of the resource classes in ``resources.py``, for ``Didit``.

Each method takes exactly the async method's arguments and runs it to completion through
the client's ``SyncRunner``; list methods return a ``SyncPaginator``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Literal

from didit_async._seam import NOT_GIVEN, UNSET, FileInput, Timeout, Unset
from didit_async._sync_seam import SyncPaginator, SyncRunner

from .enums import *  # noqa: F403
from .models import *  # noqa: F403
from .resources import (
    AccountResource,
    AgeEstimationResource,
    AmlResource,
    BillingResource,
    BlocklistResource,
    DatabaseValidationResource,
    EmailResource,
    FaceMatchResource,
    FaceSearchResource,
    IdVerificationResource,
    PassiveLivenessResource,
    PhoneResource,
    PoaResource,
    QuestionnairesResource,
    SessionsResource,
    SessionsReviewsResource,
    SystemResource,
    UsersResource,
    WebhooksDestinationsResource,
    WebhooksResource,
    WorkflowsResource,
)

__all__ = [
    "SyncAccountResource",
    "SyncAgeEstimationResource",
    "SyncAmlResource",
    "SyncBillingResource",
    "SyncBlocklistResource",
    "SyncDatabaseValidationResource",
    "SyncEmailResource",
    "SyncFaceMatchResource",
    "SyncFaceSearchResource",
    "SyncIdVerificationResource",
    "SyncPassiveLivenessResource",
    "SyncPhoneResource",
    "SyncPoaResource",
    "SyncQuestionnairesResource",
    "SyncSessionsResource",
    "SyncSessionsReviewsResource",
    "SyncSystemResource",
    "SyncUsersResource",
    "SyncWebhooksDestinationsResource",
    "SyncWebhooksResource",
    "SyncWorkflowsResource",
]


class SyncSessionsReviewsResource:
    """``client.sessions.reviews`` of ``Didit``: list, create (blocking)."""

    __slots__ = ("_async", "_runner")

    def __init__(self, runner: SyncRunner, resource: SessionsReviewsResource) -> None:
        self._runner = runner
        self._async = resource

    def list(
        self,
        session_id: str,
        /,
        *,
        limit: int | None = None,
        offset: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SyncPaginator[SessionReview]:
        """List reviews.

        Reviews and activity on a session.

        ``GET /v3/sessions/{session_id}/reviews/``. Blocks until Didit answers.

        Args:
          session_id: The session's UUID.
          limit: Items per page.
          offset: Items to skip.

        Returns: ``SyncPaginator[SessionReview]`` (iterate it for every item, lazily).

        Example: ``client.sessions.reviews.list("…")``
        """
        return self._runner.paginate(
            self._async.list(
                session_id,
                limit=limit,
                offset=offset,
                extra_query=extra_query,
                timeout=timeout,
                extra_headers=extra_headers,
            )
        )

    def create(
        self,
        session_id: str,
        /,
        *,
        new_status: Literal["Approved", "Declined", "In Review"],
        comment: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SessionReview:
        """Add a review.

        Records a reviewer's decision and comment. Workflow-internal statuses are rejected; a
        session of another application answers 404.

        ``POST /v3/sessions/{session_id}/reviews/``. Blocks until Didit answers.

        Args:
          session_id: The session's UUID.
          comment: Up to 10,000 characters; `@email` mentions notify colleagues.

        Returns: ``SessionReview``.

        Example: ``client.sessions.reviews.create("…", new_status=…)``
        """
        return self._runner.call(
            self._async.create,
            session_id,
            new_status=new_status,
            comment=comment,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )


class SyncWebhooksDestinationsResource:
    """``client.webhooks.destinations`` of ``Didit``: list, create, retrieve, update, delete (blocking)."""

    __slots__ = ("_async", "_runner")

    def __init__(self, runner: SyncRunner, resource: WebhooksDestinationsResource) -> None:
        self._runner = runner
        self._async = resource

    def list(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[WebhookDestination]:
        """List webhook destinations.

        A plain array (not paginated), oldest first, without secrets.

        ``GET /v3/webhook/destinations/``. Blocks until Didit answers.

        Returns: ``list[WebhookDestination]``.

        Example: ``client.webhooks.destinations.list()``
        """
        return self._runner.call(
            self._async.list, extra_query=extra_query, timeout=timeout, extra_headers=extra_headers
        )

    def create(
        self,
        *,
        label: str,
        url: str,
        subscribed_events: Sequence[
            WebhookEventType
            | Literal[
                "status.updated",
                "data.updated",
                "user.status.updated",
                "user.data.updated",
                "business.status.updated",
                "business.data.updated",
                "activity.created",
                "transaction.created",
                "transaction.status.updated",
                "travel_rule.status.updated",
            ]
        ],
        enabled: bool | None = None,
        webhook_version: WebhookVersion | Literal["v1", "v2", "v3"] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> WebhookDestination:
        """Create a webhook destination.

        The response carries the generated `secret_shared_key`; store it. A duplicate URL
        answers 400.

        ``POST /v3/webhook/destinations/``. Blocks until Didit answers.

        Args:
          url: HTTPS, unique per application.
          subscribed_events: At least one; no wildcard.

        Returns: ``WebhookDestination``.

        Example: ``client.webhooks.destinations.create(label=…, url=…, subscribed_events=…)``
        """
        return self._runner.call(
            self._async.create,
            label=label,
            url=url,
            subscribed_events=subscribed_events,
            enabled=enabled,
            webhook_version=webhook_version,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def retrieve(
        self,
        destination_uuid: str,
        /,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> WebhookDestination:
        """Get a webhook destination.

        With its secret and 30-day delivery summary.

        ``GET /v3/webhook/destinations/{destination_uuid}/``. Blocks until Didit answers.

        Args:
          destination_uuid: The destination's UUID.

        Returns: ``WebhookDestination``.

        Example: ``client.webhooks.destinations.retrieve("…")``
        """
        return self._runner.call(
            self._async.retrieve,
            destination_uuid,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def update(
        self,
        destination_uuid: str,
        /,
        *,
        label: str | None = None,
        url: str | None = None,
        enabled: bool | None = None,
        webhook_version: WebhookVersion | Literal["v1", "v2", "v3"] | None = None,
        subscribed_events: Sequence[
            WebhookEventType
            | Literal[
                "status.updated",
                "data.updated",
                "user.status.updated",
                "user.data.updated",
                "business.status.updated",
                "business.data.updated",
                "activity.created",
                "transaction.created",
                "transaction.status.updated",
                "travel_rule.status.updated",
            ]
        ]
        | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> WebhookDestination:
        """Update a webhook destination.

        `subscribed_events` is replaced, not merged. Does not rotate the secret.

        ``PATCH /v3/webhook/destinations/{destination_uuid}/``. Blocks until Didit answers.

        Args:
          destination_uuid: The destination's UUID.
          subscribed_events: Replaces the list wholesale.

        Returns: ``WebhookDestination``.

        Example: ``client.webhooks.destinations.update("…")``
        """
        return self._runner.call(
            self._async.update,
            destination_uuid,
            label=label,
            url=url,
            enabled=enabled,
            webhook_version=webhook_version,
            subscribed_events=subscribed_events,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def delete(
        self,
        destination_uuid: str,
        /,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete a webhook destination.

        Deletes a destination (204 presumed; the page's body was not retrieved).

        ``DELETE /v3/webhook/destinations/{destination_uuid}/``. Blocks until Didit answers.

        Args:
          destination_uuid: The destination's UUID.

        Example: ``client.webhooks.destinations.delete("…")``
        """
        self._runner.call(
            self._async.delete,
            destination_uuid,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )


class SyncAccountResource:
    """``client.account`` of ``Didit``: register, verify_email, login, resend_otp, list_organizations, get_credentials, create_application (blocking)."""

    __slots__ = ("_async", "_runner")

    def __init__(self, runner: SyncRunner, resource: AccountResource) -> None:
        self._runner = runner
        self._async = resource

    def register(
        self,
        *,
        email: str,
        password: str,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AccountRegisterResponse:
        """Register an account.

        Creates an account and emails a 6-character code. Needs no key. Limited to 5 per IP per
        hour. Reserved test domains (`@example.com`, `.test`, ...) fail mail delivery with 500.

        ``POST /programmatic/register/``. Blocks until Didit answers.

        Args:
          email: A real, deliverable inbox (reserved test domains fail with 500).
          password: At least 8 characters with an upper-case letter, a lower-case letter, a
              digit and a special character from `!@#$%^&*()_+-=[]{}|;:,.<>?`.

        Returns: ``AccountRegisterResponse``.

        Example: ``client.account.register(email=…, password=…)``
        """
        return self._runner.call(
            self._async.register,
            email=email,
            password=password,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def verify_email(
        self,
        *,
        email: str,
        code: str,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AccountTokenResponse:
        """Verify the email and get credentials.

        Exchanges the emailed code for tokens, the new organization and the application with its
        `api_key`.

        ``POST /programmatic/verify-email/``. Blocks until Didit answers.

        Args:
          code: The 6-character code emailed at registration.

        Returns: ``AccountTokenResponse``.

        Example: ``client.account.verify_email(email=…, code=…)``
        """
        return self._runner.call(
            self._async.verify_email,
            email=email,
            code=code,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def login(
        self,
        *,
        email: str,
        password: str,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AccountTokenResponse:
        """Log in.

        Returns an access token (RS256 JWT, 86400 s by default) and a refresh token. Repeated
        failures lock the account (5 → 15 min, 10 → 1 h, 20 → 24 h).

        ``POST /programmatic/login/``. Blocks until Didit answers.

        Returns: ``AccountTokenResponse``.

        Example: ``client.account.login(email=…, password=…)``
        """
        return self._runner.call(
            self._async.login,
            email=email,
            password=password,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def resend_otp(
        self,
        *,
        email: str,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> MessageResponse:
        """Resend the verification code.

        Sends a new code to an unverified account (body inferred from Didit's MCP tools; not
        fully documented).

        ``POST /programmatic/resend-otp/``. Blocks until Didit answers.

        Returns: ``MessageResponse``.

        Example: ``client.account.resend_otp(email=…)``
        """
        return self._runner.call(
            self._async.resend_otp,
            email=email,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def list_organizations(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[Organization]:
        """List your organizations.

        Organizations of the logged-in account. Bearer access token only.

        ``GET /organizations/me/``. Blocks until Didit answers.

        Returns: ``list[Organization]``.

        Example: ``client.account.list_organizations()``
        """
        return self._runner.call(
            self._async.list_organizations,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def get_credentials(
        self,
        org_id: str,
        app_id: str,
        /,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ApplicationCredentials:
        """Get application credentials.

        An application and its `api_key` (use it to recover a key).

        ``GET /organizations/me/{org_id}/applications/{app_id}/``. Blocks until Didit answers.

        Args:
          org_id: Organization UUID.
          app_id: Application UUID.

        Returns: ``ApplicationCredentials``.

        Example: ``client.account.get_credentials("…", "…")``
        """
        return self._runner.call(
            self._async.get_credentials,
            org_id,
            app_id,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def create_application(
        self,
        org_id: str,
        /,
        *,
        name: str,
        website_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ApplicationCredentials:
        """Create an application.

        Creates an application (and its API key) in an organization.

        ``POST /organizations/me/{org_id}/applications/``. Blocks until Didit answers.

        Args:
          org_id: Organization UUID.

        Returns: ``ApplicationCredentials``.

        Example: ``client.account.create_application("…", name=…)``
        """
        return self._runner.call(
            self._async.create_application,
            org_id,
            name=name,
            website_url=website_url,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )


class SyncAgeEstimationResource:
    """``client.age_estimation`` of ``Didit``: estimate (blocking)."""

    __slots__ = ("_async", "_runner")

    def __init__(self, runner: SyncRunner, resource: AgeEstimationResource) -> None:
        self._runner = runner
        self._async = resource

    def estimate(
        self,
        *,
        user_image: FileInput,
        rotate_image: bool | None = None,
        save_api_request: bool | None = None,
        vendor_data: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AgeEstimationResponse:
        """Estimate age from a selfie.

        Estimate age from a selfie as a standalone check (billed per call; 402/403 when the
        balance does not cover it).

        ``POST /v3/age-estimation/``. Blocks until Didit answers.

        Args:
          user_image: A selfie.
          save_api_request: Store the call as a manual check in the Console.

        Returns: ``AgeEstimationResponse``.

        Example: ``client.age_estimation.estimate(user_image=…)``
        """
        return self._runner.call(
            self._async.estimate,
            user_image=user_image,
            rotate_image=rotate_image,
            save_api_request=save_api_request,
            vendor_data=vendor_data,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )


class SyncAmlResource:
    """``client.aml`` of ``Didit``: screen (blocking)."""

    __slots__ = ("_async", "_runner")

    def __init__(self, runner: SyncRunner, resource: AmlResource) -> None:
        self._runner = runner
        self._async = resource

    def screen(
        self,
        *,
        full_name: str,
        date_of_birth: str | None = None,
        nationality: str | None = None,
        document_number: str | None = None,
        entity_type: Literal["person", "company"] | None = None,
        aml_name_weight: int | None = None,
        aml_dob_weight: int | None = None,
        aml_country_weight: int | None = None,
        aml_match_score_threshold: int | None = None,
        save_api_request: bool | None = None,
        vendor_data: str | None = None,
        idempotency_key: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AmlResponse:
        """Screen a person or company (AML).

        Screens against sanctions, PEP and adverse-media lists. Send an `Idempotency-Key` (≤255
        characters) to make retries safe: the same key and body replay the stored response; the
        same key with another body answers 409.

        ``POST /v3/aml/``. Blocks until Didit answers.

        Args:
          nationality: Alpha-3.
          save_api_request: Store the call as a manual check in the Console.
          idempotency_key: Makes the call safe to retry.

        Returns: ``AmlResponse``.

        Example: ``client.aml.screen(full_name=…)``
        """
        return self._runner.call(
            self._async.screen,
            full_name=full_name,
            date_of_birth=date_of_birth,
            nationality=nationality,
            document_number=document_number,
            entity_type=entity_type,
            aml_name_weight=aml_name_weight,
            aml_dob_weight=aml_dob_weight,
            aml_country_weight=aml_country_weight,
            aml_match_score_threshold=aml_match_score_threshold,
            save_api_request=save_api_request,
            vendor_data=vendor_data,
            idempotency_key=idempotency_key,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )


class SyncBillingResource:
    """``client.billing`` of ``Didit``: get_balance, top_up (blocking)."""

    __slots__ = ("_async", "_runner")

    def __init__(self, runner: SyncRunner, resource: BillingResource) -> None:
        self._runner = runner
        self._async = resource

    def get_balance(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BillingBalance:
        """Get the credit balance.

        Balance and auto-refill settings.

        ``GET /v3/billing/balance/``. Blocks until Didit answers.

        Returns: ``BillingBalance``.

        Example: ``client.billing.get_balance()``
        """
        return self._runner.call(
            self._async.get_balance,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def top_up(
        self,
        *,
        amount_in_dollars: float,
        success_url: str | None = None,
        cancel_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BillingTopUpResponse:
        """Top up credits.

        Creates a Stripe checkout for at least $50.

        ``POST /v3/billing/top-up/``. Blocks until Didit answers.

        Args:
          amount_in_dollars: At least $50.

        Returns: ``BillingTopUpResponse``.

        Example: ``client.billing.top_up(amount_in_dollars=…)``
        """
        return self._runner.call(
            self._async.top_up,
            amount_in_dollars=amount_in_dollars,
            success_url=success_url,
            cancel_url=cancel_url,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )


class SyncBlocklistResource:
    """``client.blocklist`` of ``Didit``: add, remove, list (blocking)."""

    __slots__ = ("_async", "_runner")

    def __init__(self, runner: SyncRunner, resource: BlocklistResource) -> None:
        self._runner = runner
        self._async = resource

    def add(
        self,
        *,
        session_id: str,
        blocklist_face: bool | None = None,
        blocklist_document: bool | None = None,
        blocklist_phone: bool | None = None,
        blocklist_email: bool | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> MessageResponse:
        """Blocklist a session's data.

        Later sessions matching the face, document, phone or email are flagged
        (FACE_IN_BLOCKLIST, ID_DOCUMENT_IN_BLOCKLIST, PHONE_NUMBER_IN_BLOCKLIST,
        EMAIL_IN_BLOCKLIST).

        ``POST /v3/blocklist/add/``. Blocks until Didit answers.

        Returns: ``MessageResponse``.

        Example: ``client.blocklist.add(session_id=…)``
        """
        return self._runner.call(
            self._async.add,
            session_id=session_id,
            blocklist_face=blocklist_face,
            blocklist_document=blocklist_document,
            blocklist_phone=blocklist_phone,
            blocklist_email=blocklist_email,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def remove(
        self,
        *,
        session_id: str,
        unblock_face: bool | None = None,
        unblock_document: bool | None = None,
        unblock_phone: bool | None = None,
        unblock_email: bool | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> MessageResponse:
        """Remove a session's data from the blocklist.

        The reverse of add.

        ``POST /v3/blocklist/remove/``. Blocks until Didit answers.

        Returns: ``MessageResponse``.

        Example: ``client.blocklist.remove(session_id=…)``
        """
        return self._runner.call(
            self._async.remove,
            session_id=session_id,
            unblock_face=unblock_face,
            unblock_document=unblock_document,
            unblock_phone=unblock_phone,
            unblock_email=unblock_email,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def list(
        self,
        *,
        item_type: Literal["face", "document", "phone", "email"] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SyncPaginator[BlocklistEntry]:
        """List blocklist entries.

        Blocklisted items, paginated (default 20 per page).

        ``GET /v3/blocklist/``. Blocks until Didit answers.

        Args:
          item_type: Omit for all.
          limit: Items per page.
          offset: Items to skip.

        Returns: ``SyncPaginator[BlocklistEntry]`` (iterate it for every item, lazily).

        Example: ``client.blocklist.list()``
        """
        return self._runner.paginate(
            self._async.list(
                item_type=item_type,
                limit=limit,
                offset=offset,
                extra_query=extra_query,
                timeout=timeout,
                extra_headers=extra_headers,
            )
        )


class SyncDatabaseValidationResource:
    """``client.database_validation`` of ``Didit``: validate (blocking)."""

    __slots__ = ("_async", "_runner")

    def __init__(self, runner: SyncRunner, resource: DatabaseValidationResource) -> None:
        self._runner = runner
        self._async = resource

    def validate(
        self,
        *,
        issuing_state: str | None = None,
        validation_type: str | None = None,
        id_number: str | None = None,
        personal_number: str | None = None,
        document_number: str | None = None,
        first_name: str | None = None,
        last_name: str | None = None,
        date_of_birth: str | None = None,
        save_api_request: bool | None = None,
        vendor_data: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> DatabaseValidationResponse:
        """Validate identity data against a database.

        Validate identity data against a database as a standalone check (billed per call;
        402/403 when the balance does not cover it).

        ``POST /v3/database-validation/``. Blocks until Didit answers.

        Args:
          issuing_state: Alpha-3.
          id_number: Older (skills) name of the document number.
          save_api_request: Store the call as a manual check in the Console.

        Returns: ``DatabaseValidationResponse``.

        Example: ``client.database_validation.validate()``
        """
        return self._runner.call(
            self._async.validate,
            issuing_state=issuing_state,
            validation_type=validation_type,
            id_number=id_number,
            personal_number=personal_number,
            document_number=document_number,
            first_name=first_name,
            last_name=last_name,
            date_of_birth=date_of_birth,
            save_api_request=save_api_request,
            vendor_data=vendor_data,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )


class SyncEmailResource:
    """``client.email`` of ``Didit``: send, check (blocking)."""

    __slots__ = ("_async", "_runner")

    def __init__(self, runner: SyncRunner, resource: EmailResource) -> None:
        self._runner = runner
        self._async = resource

    def send(
        self,
        *,
        email: str,
        options: EmailSendOptions | Mapping[str, Any] | None = None,
        signals: RequestSignals | Mapping[str, Any] | None = None,
        vendor_data: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> EmailSendResponse:
        """Send an email code.

        Send an email code as a standalone check (billed per call; 402/403 when the balance does
        not cover it).

        ``POST /v3/email/send/``. Blocks until Didit answers.

        Returns: ``EmailSendResponse``.

        Example: ``client.email.send(email=…)``
        """
        return self._runner.call(
            self._async.send,
            email=email,
            options=options,
            signals=signals,
            vendor_data=vendor_data,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def check(
        self,
        *,
        email: str,
        code: str,
        duplicated_email_action: CheckAction | Literal["NO_ACTION", "DECLINE"] | None = None,
        breached_email_action: CheckAction | Literal["NO_ACTION", "DECLINE"] | None = None,
        disposable_email_action: CheckAction | Literal["NO_ACTION", "DECLINE"] | None = None,
        undeliverable_email_action: CheckAction | Literal["NO_ACTION", "DECLINE"] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> EmailCheckResponse:
        """Check an email code.

        Check an email code as a standalone check (billed per call; 402/403 when the balance
        does not cover it).

        ``POST /v3/email/check/``. Blocks until Didit answers.

        Returns: ``EmailCheckResponse``.

        Example: ``client.email.check(email=…, code=…)``
        """
        return self._runner.call(
            self._async.check,
            email=email,
            code=code,
            duplicated_email_action=duplicated_email_action,
            breached_email_action=breached_email_action,
            disposable_email_action=disposable_email_action,
            undeliverable_email_action=undeliverable_email_action,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )


class SyncFaceMatchResource:
    """``client.face_match`` of ``Didit``: compare (blocking)."""

    __slots__ = ("_async", "_runner")

    def __init__(self, runner: SyncRunner, resource: FaceMatchResource) -> None:
        self._runner = runner
        self._async = resource

    def compare(
        self,
        *,
        user_image: FileInput,
        ref_image: FileInput,
        face_match_score_decline_threshold: int | None = None,
        rotate_image: bool | None = None,
        save_api_request: bool | None = None,
        vendor_data: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> FaceMatchResponse:
        """Compare two faces.

        Compare two faces as a standalone check (billed per call; 402/403 when the balance does
        not cover it).

        ``POST /v3/face-match/``. Blocks until Didit answers.

        Args:
          user_image: The face to check, at most 10 MB.
          ref_image: The reference face, at most 10 MB.
          save_api_request: Store the call as a manual check in the Console.

        Returns: ``FaceMatchResponse``.

        Example: ``client.face_match.compare(user_image=…, ref_image=…)``
        """
        return self._runner.call(
            self._async.compare,
            user_image=user_image,
            ref_image=ref_image,
            face_match_score_decline_threshold=face_match_score_decline_threshold,
            rotate_image=rotate_image,
            save_api_request=save_api_request,
            vendor_data=vendor_data,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )


class SyncFaceSearchResource:
    """``client.face_search`` of ``Didit``: search (blocking)."""

    __slots__ = ("_async", "_runner")

    def __init__(self, runner: SyncRunner, resource: FaceSearchResource) -> None:
        self._runner = runner
        self._async = resource

    def search(
        self,
        *,
        user_image: FileInput,
        rotate_image: bool | None = None,
        save_api_request: bool | None = None,
        vendor_data: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> FaceSearchResponse:
        """Search a face among previous sessions.

        Search a face among previous sessions as a standalone check (billed per call; 402/403
        when the balance does not cover it).

        ``POST /v3/face-search/``. Blocks until Didit answers.

        Args:
          user_image: The face to search for.
          save_api_request: Store the call as a manual check in the Console.

        Returns: ``FaceSearchResponse``.

        Example: ``client.face_search.search(user_image=…)``
        """
        return self._runner.call(
            self._async.search,
            user_image=user_image,
            rotate_image=rotate_image,
            save_api_request=save_api_request,
            vendor_data=vendor_data,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )


class SyncIdVerificationResource:
    """``client.id_verification`` of ``Didit``: verify (blocking)."""

    __slots__ = ("_async", "_runner")

    def __init__(self, runner: SyncRunner, resource: IdVerificationResource) -> None:
        self._runner = runner
        self._async = resource

    def verify(
        self,
        *,
        front_image: FileInput,
        back_image: FileInput | None = None,
        perform_document_liveness: bool | None = None,
        front_image_password: str | None = None,
        save_api_request: bool | None = None,
        vendor_data: str | None = None,
        metadata: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> IdVerificationResponse:
        """Verify an identity document.

        Verify an identity document as a standalone check (billed per call; 402/403 when the
        balance does not cover it).

        ``POST /v3/id-verification/``. Blocks until Didit answers.

        Args:
          front_image: Front of the document: JPEG, PNG, WebP, TIFF or PDF, at most 10 MB.
          back_image: Back of the document, same formats.
          front_image_password: Password of an encrypted PDF.
          save_api_request: Store the call as a manual check in the Console.
          metadata: A JSON object serialised as a string (multipart).

        Returns: ``IdVerificationResponse``.

        Example: ``client.id_verification.verify(front_image=…)``
        """
        return self._runner.call(
            self._async.verify,
            front_image=front_image,
            back_image=back_image,
            perform_document_liveness=perform_document_liveness,
            front_image_password=front_image_password,
            save_api_request=save_api_request,
            vendor_data=vendor_data,
            metadata=metadata,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )


class SyncPassiveLivenessResource:
    """``client.passive_liveness`` of ``Didit``: check (blocking)."""

    __slots__ = ("_async", "_runner")

    def __init__(self, runner: SyncRunner, resource: PassiveLivenessResource) -> None:
        self._runner = runner
        self._async = resource

    def check(
        self,
        *,
        user_image: FileInput,
        face_liveness_score_decline_threshold: int | None = None,
        rotate_image: bool | None = None,
        save_api_request: bool | None = None,
        vendor_data: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> PassiveLivenessResponse:
        """Check liveness from one selfie.

        Check liveness from one selfie as a standalone check (billed per call; 402/403 when the
        balance does not cover it).

        ``POST /v3/passive-liveness/``. Blocks until Didit answers.

        Args:
          user_image: A selfie, at most 10 MB.
          save_api_request: Store the call as a manual check in the Console.

        Returns: ``PassiveLivenessResponse``.

        Example: ``client.passive_liveness.check(user_image=…)``
        """
        return self._runner.call(
            self._async.check,
            user_image=user_image,
            face_liveness_score_decline_threshold=face_liveness_score_decline_threshold,
            rotate_image=rotate_image,
            save_api_request=save_api_request,
            vendor_data=vendor_data,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )


class SyncPhoneResource:
    """``client.phone`` of ``Didit``: send, check (blocking)."""

    __slots__ = ("_async", "_runner")

    def __init__(self, runner: SyncRunner, resource: PhoneResource) -> None:
        self._runner = runner
        self._async = resource

    def send(
        self,
        *,
        phone_number: str,
        options: PhoneSendOptions | Mapping[str, Any] | None = None,
        signals: RequestSignals | Mapping[str, Any] | None = None,
        vendor_data: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> PhoneSendResponse:
        """Send a phone code.

        Send a phone code as a standalone check (billed per call; 402/403 when the balance does
        not cover it).

        ``POST /v3/phone/send/``. Blocks until Didit answers.

        Args:
          phone_number: E.164.

        Returns: ``PhoneSendResponse``.

        Example: ``client.phone.send(phone_number=…)``
        """
        return self._runner.call(
            self._async.send,
            phone_number=phone_number,
            options=options,
            signals=signals,
            vendor_data=vendor_data,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def check(
        self,
        *,
        phone_number: str,
        code: str,
        duplicated_phone_number_action: CheckAction | Literal["NO_ACTION", "DECLINE"] | None = None,
        disposable_number_action: CheckAction | Literal["NO_ACTION", "DECLINE"] | None = None,
        voip_number_action: CheckAction | Literal["NO_ACTION", "DECLINE"] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> PhoneCheckResponse:
        """Check a phone code.

        Check a phone code as a standalone check (billed per call; 402/403 when the balance does
        not cover it).

        ``POST /v3/phone/check/``. Blocks until Didit answers.

        Returns: ``PhoneCheckResponse``.

        Example: ``client.phone.check(phone_number=…, code=…)``
        """
        return self._runner.call(
            self._async.check,
            phone_number=phone_number,
            code=code,
            duplicated_phone_number_action=duplicated_phone_number_action,
            disposable_number_action=disposable_number_action,
            voip_number_action=voip_number_action,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )


class SyncPoaResource:
    """``client.poa`` of ``Didit``: verify (blocking)."""

    __slots__ = ("_async", "_runner")

    def __init__(self, runner: SyncRunner, resource: PoaResource) -> None:
        self._runner = runner
        self._async = resource

    def verify(
        self,
        *,
        document: FileInput,
        save_api_request: bool | None = None,
        vendor_data: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> PoaResponse:
        """Verify a proof of address.

        Verify a proof of address as a standalone check (billed per call; 402/403 when the
        balance does not cover it).

        ``POST /v3/poa/``. Blocks until Didit answers.

        Args:
          document: JPG, PNG, TIFF or PDF, at most 15 MB.
          save_api_request: Store the call as a manual check in the Console.

        Returns: ``PoaResponse``.

        Example: ``client.poa.verify(document=…)``
        """
        return self._runner.call(
            self._async.verify,
            document=document,
            save_api_request=save_api_request,
            vendor_data=vendor_data,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )


class SyncQuestionnairesResource:
    """``client.questionnaires`` of ``Didit``: list, create, retrieve, update, delete (blocking)."""

    __slots__ = ("_async", "_runner")

    def __init__(self, runner: SyncRunner, resource: QuestionnairesResource) -> None:
        self._runner = runner
        self._async = resource

    def list(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[Questionnaire]:
        """List questionnaires.

        All questionnaires (a plain array; the docs do not show paging).

        ``GET /v3/questionnaires/``. Blocks until Didit answers.

        Returns: ``list[Questionnaire]``.

        Example: ``client.questionnaires.list()``
        """
        return self._runner.call(
            self._async.list, extra_query=extra_query, timeout=timeout, extra_headers=extra_headers
        )

    def create(
        self,
        *,
        title: str,
        form_elements: Sequence[QuestionnaireFormElement | Mapping[str, Any]],
        description: str | None = None,
        default_language: str | None = None,
        languages: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Questionnaire:
        """Create a questionnaire.

        A form shown during verification.

        ``POST /v3/questionnaires/``. Blocks until Didit answers.

        Returns: ``Questionnaire``.

        Example: ``client.questionnaires.create(title=…, form_elements=…)``
        """
        return self._runner.call(
            self._async.create,
            title=title,
            form_elements=form_elements,
            description=description,
            default_language=default_language,
            languages=languages,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def retrieve(
        self,
        questionnaire_uuid: str,
        /,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Questionnaire:
        """Get a questionnaire.

        One questionnaire.

        ``GET /v3/questionnaires/{questionnaire_uuid}/``. Blocks until Didit answers.

        Args:
          questionnaire_uuid: The questionnaire's UUID.

        Returns: ``Questionnaire``.

        Example: ``client.questionnaires.retrieve("…")``
        """
        return self._runner.call(
            self._async.retrieve,
            questionnaire_uuid,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def update(
        self,
        questionnaire_uuid: str,
        /,
        *,
        title: str | None = None,
        description: str | None = None,
        default_language: str | None = None,
        languages: Sequence[str] | None = None,
        form_elements: Sequence[QuestionnaireFormElement | Mapping[str, Any]] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Questionnaire:
        """Update a questionnaire.

        A partial update.

        ``PATCH /v3/questionnaires/{questionnaire_uuid}/``. Blocks until Didit answers.

        Args:
          questionnaire_uuid: The questionnaire's UUID.

        Returns: ``Questionnaire``.

        Example: ``client.questionnaires.update("…")``
        """
        return self._runner.call(
            self._async.update,
            questionnaire_uuid,
            title=title,
            description=description,
            default_language=default_language,
            languages=languages,
            form_elements=form_elements,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def delete(
        self,
        questionnaire_uuid: str,
        /,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete a questionnaire.

        Deletes a questionnaire.

        ``DELETE /v3/questionnaires/{questionnaire_uuid}/``. Blocks until Didit answers.

        Args:
          questionnaire_uuid: The questionnaire's UUID.

        Example: ``client.questionnaires.delete("…")``
        """
        self._runner.call(
            self._async.delete,
            questionnaire_uuid,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )


class SyncSessionsResource:
    """``client.sessions`` of ``Didit``: create, retrieve_decision, list, delete, batch_delete, retrieve_batch_delete_job, update_status, generate_pdf, share, import_shared, list_events, update_aml_hit_status, update_feature_status, update_data, update_poa_data (blocking)."""

    __slots__ = ("_async", "_runner", "reviews")

    def __init__(self, runner: SyncRunner, resource: SessionsResource) -> None:
        self._runner = runner
        self._async = resource
        self.reviews = SyncSessionsReviewsResource(runner, resource.reviews)

    def create(
        self,
        *,
        workflow_id: str,
        vendor_data: str | None = None,
        callback: str | None = None,
        callback_method: CallbackMethod | Literal["initiator", "completer", "both"] | None = None,
        metadata: Mapping[str, Any] | str | None = None,
        language: Language | str | None = None,
        contact_details: ContactDetails | Mapping[str, Any] | None = None,
        expected_details: ExpectedDetails | Mapping[str, Any] | None = None,
        portrait_image: str | None = None,
        sandbox_scenario: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CreateSessionResponse:
        """Create a session.

        Creates a verification session and its hosted URL. Idempotent reuse: when `vendor_data`
        is given and an unfinished session (Not Started, In Progress, Resubmitted, Awaiting
        User) with the same `vendor_data` exists on the workflow's latest published version,
        that session is returned (still 201) with `callback` and `metadata` updated. There is no
        Idempotency-Key: if a create times out, list sessions by `vendor_data` before creating
        another.

        ``POST /v3/session/``. Blocks until Didit answers.

        Args:
          workflow_id: The workflow to run: a KYC workflow makes a user session, a KYB workflow
              a business session.
          vendor_data: Your identifier for the user or business.
          callback: Where the user is sent when the flow ends; Didit appends
              `?verificationSessionId=...&status=...`.
          metadata: Your data, not shown to the user (a JSON object; older docs allowed a JSON
              string).
          portrait_image: Base64 reference face for Biometric Authentication workflows, at most
              1 MB decoded (1,398,104 base64 characters).
          sandbox_scenario: Sandbox applications only: the outcome to simulate (`approve`,
              `decline_aml_hit`, ...; all in GET /v1/sandbox/scenarios/).

        Returns: ``CreateSessionResponse``.

        Example: ``client.sessions.create(workflow_id=…)``
        """
        return self._runner.call(
            self._async.create,
            workflow_id=workflow_id,
            vendor_data=vendor_data,
            callback=callback,
            callback_method=callback_method,
            metadata=metadata,
            language=language,
            contact_details=contact_details,
            expected_details=expected_details,
            portrait_image=portrait_image,
            sandbox_scenario=sandbox_scenario,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def retrieve_decision(
        self,
        session_id: str,
        /,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SessionDecision:
        """Retrieve a session's decision.

        Every result of a session. Media URLs are presigned and expire after about 60 minutes.
        Sources disagree on its rate limit: older pages put it in a 100/min `session-decision`
        scope; current docs say v3 is only under generic-get (600/min). We follow current docs.

        ``GET /v3/session/{sessionId}/decision/``. Blocks until Didit answers.

        Args:
          session_id: The session's UUID.

        Returns: ``SessionDecision``.

        Example: ``client.sessions.retrieve_decision("…")``
        """
        return self._runner.call(
            self._async.retrieve_decision,
            session_id,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def list(
        self,
        *,
        session_kind: Literal["user", "business", "all"] | None = None,
        vendor_data: str | None = None,
        status: str | None = None,
        workflow_id: str | None = None,
        country: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        search: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SyncPaginator[SessionListItem]:
        """List sessions.

        Sessions newest first, paginated with limit/offset (`next`/`previous` are full URLs).
        Sources disagree on the default page size (50 current, 20 in skills) and an older page
        mentions `page_size`; we follow current docs.

        ``GET /v3/sessions/``. Blocks until Didit answers.

        Args:
          vendor_data: Exact match.
          status: Comma-separated statuses, such as `Approved,In Review`.
          country: Issuing state (KYC) or country code (KYB).
          date_from: Created at or after (ISO 8601).
          date_to: Created at or before (ISO 8601).
          search: Substring of vendor data, name, document number, phone, email.
          limit: Items per page.
          offset: Items to skip.

        Returns: ``SyncPaginator[SessionListItem]`` (iterate it for every item, lazily).

        Example: ``client.sessions.list()``
        """
        return self._runner.paginate(
            self._async.list(
                session_kind=session_kind,
                vendor_data=vendor_data,
                status=status,
                workflow_id=workflow_id,
                country=country,
                date_from=date_from,
                date_to=date_to,
                search=search,
                limit=limit,
                offset=offset,
                extra_query=extra_query,
                timeout=timeout,
                extra_headers=extra_headers,
            )
        )

    def delete(
        self,
        session_id: str,
        /,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete a session.

        Soft-deletes a session; its decision then answers 404 and media are quarantined.

        ``DELETE /v3/session/{sessionId}/delete/``. Blocks until Didit answers.

        Args:
          session_id: The session's UUID.

        Example: ``client.sessions.delete("…")``
        """
        self._runner.call(
            self._async.delete,
            session_id,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def batch_delete(
        self,
        *,
        session_numbers: Sequence[int | str] | None = None,
        delete_all: bool | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BatchDeleteSessionsResponse:
        """Delete sessions in bulk.

        Deletes by session number, or all. 200 with `results[]`, or 202 with a job when more
        than 20 sessions match (poll the job). 409 `in_filed_report` deletes nothing. Older
        docs: 204.

        ``POST /v3/sessions/delete/``. Blocks until Didit answers.

        Args:
          session_numbers: Session numbers to delete (docs samples send strings).
          delete_all: Delete every session of the application.

        Returns: ``BatchDeleteSessionsResponse``.

        Example: ``client.sessions.batch_delete()``
        """
        return self._runner.call(
            self._async.batch_delete,
            session_numbers=session_numbers,
            delete_all=delete_all,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def retrieve_batch_delete_job(
        self,
        job_id: str,
        /,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BatchDeleteJob:
        """Get a batch-delete job.

        Progress of a batch delete answered with 202.

        ``GET /v3/sessions/delete/{job_id}/``. Blocks until Didit answers.

        Args:
          job_id: The job id.

        Returns: ``BatchDeleteJob``.

        Example: ``client.sessions.retrieve_batch_delete_job("…")``
        """
        return self._runner.call(
            self._async.retrieve_batch_delete_job,
            job_id,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def update_status(
        self,
        session_id: str,
        /,
        *,
        new_status: Literal["Approved", "Declined", "Resubmitted"],
        comment: str | None = None,
        nodes_to_resubmit: Sequence[NodeToResubmit | Mapping[str, Any]] | None = None,
        send_email: bool | None = None,
        email_address: str | None = None,
        email_language: Language | str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SessionIdResponse:
        """Approve, decline or resubmit.

        Needs `write:sessions`. The current status must be Approved, Declined, In Review, Kyc
        Expired, Abandoned or Resubmitted. Re-setting Approved/Declined is a no-op; a backend-
        only resubmission repeated within 30 s answers 429.

        ``PATCH /v3/session/{sessionId}/update-status/``. Blocks until Didit answers.

        Args:
          session_id: The session's UUID.
          nodes_to_resubmit: Required with Resubmitted (the schema says so with `if`/`then`).

        Returns: ``SessionIdResponse``.

        Example: ``client.sessions.update_status("…", new_status=…)``
        """
        return self._runner.call(
            self._async.update_status,
            session_id,
            new_status=new_status,
            comment=comment,
            nodes_to_resubmit=nodes_to_resubmit,
            send_email=send_email,
            email_address=email_address,
            email_language=email_language,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def generate_pdf(
        self,
        session_id: str,
        /,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> bytes:
        """Generate the PDF report.

        The session report as a PDF. Also documented without the trailing slash (an older page,
        which typed the response as JSON). Limited to 50/min (older pages: 100/min).

        ``GET /v3/session/{sessionId}/generate-pdf/``. Blocks until Didit answers.

        Args:
          session_id: The session's UUID.

        Example: ``client.sessions.generate_pdf("…")``
        """
        return self._runner.call(
            self._async.generate_pdf,
            session_id,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def share(
        self,
        session_id: str,
        /,
        *,
        for_application_id: str,
        ttl_in_seconds: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ShareSessionResponse:
        """Share a session with a partner.

        A token another application can import. Only Approved, Declined or In Review sessions.

        ``POST /v3/session/{sessionId}/share/``. Blocks until Didit answers.

        Args:
          session_id: The session's UUID.
          for_application_id: The receiving application (exists, not deleted, not yours).
          ttl_in_seconds: How long the token is valid.

        Returns: ``ShareSessionResponse``.

        Example: ``client.sessions.share("…", for_application_id=…)``
        """
        return self._runner.call(
            self._async.share,
            session_id,
            for_application_id=for_application_id,
            ttl_in_seconds=ttl_in_seconds,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def import_shared(
        self,
        *,
        share_token: str,
        workflow_id: str,
        vendor_data: str | None = None,
        trust_review: bool | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ImportSharedSessionResponse:
        """Import a shared session.

        Creates a session from a partner's share token (once per partner application).

        ``POST /v3/session/import-shared/``. Blocks until Didit answers.

        Args:
          workflow_id: A KYC workflow for a KYC token, KYB for KYB.
          trust_review: true keeps the original status; false puts it In Review.

        Returns: ``ImportSharedSessionResponse``.

        Example: ``client.sessions.import_shared(share_token=…, workflow_id=…)``
        """
        return self._runner.call(
            self._async.import_shared,
            share_token=share_token,
            workflow_id=workflow_id,
            vendor_data=vendor_data,
            trust_review=trust_review,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def list_events(
        self,
        session_id: str,
        /,
        *,
        limit: int | None = None,
        offset: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SyncPaginator[SessionEvent]:
        """List a session's events.

        The session's event history.

        ``GET /v3/session/{sessionId}/events/``. Blocks until Didit answers.

        Args:
          session_id: The session's UUID.
          limit: Items per page.
          offset: Items to skip.

        Returns: ``SyncPaginator[SessionEvent]`` (iterate it for every item, lazily).

        Example: ``client.sessions.list_events("…")``
        """
        return self._runner.paginate(
            self._async.list_events(
                session_id,
                limit=limit,
                offset=offset,
                extra_query=extra_query,
                timeout=timeout,
                extra_headers=extra_headers,
            )
        )

    def update_aml_hit_status(
        self,
        session_id: str,
        /,
        *,
        hit_id: str,
        review_status: AmlHitReviewStatus
        | Literal["Unreviewed", "Confirmed Match", "False Positive", "Inconclusive"],
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> UpdateAmlHitStatusResponse:
        """Review an AML hit.

        Marks one AML hit as a confirmed match, a false positive, ...

        ``PATCH /v3/session/{sessionId}/update-aml-hit-status/``. Blocks until Didit answers.

        Args:
          session_id: The session's UUID.

        Returns: ``UpdateAmlHitStatusResponse``.

        Example: ``client.sessions.update_aml_hit_status("…", hit_id=…, review_status=…)``
        """
        return self._runner.call(
            self._async.update_aml_hit_status,
            session_id,
            hit_id=hit_id,
            review_status=review_status,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def update_feature_status(
        self,
        session_id: str,
        node_id: str,
        /,
        *,
        new_status: Literal["Approved", "Declined", "In Review"],
        comment: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> UpdateFeatureStatusResponse:
        """Override one feature's status.

        Sets one node's status (e.g. `feature_ocr_1`, or `default` for single-step workflows)
        and fires data.updated. Standalone-API sessions answer 400.

        ``PATCH /v3/session/{sessionId}/features/{nodeId}/update-status/``. Blocks until Didit
        answers.

        Args:
          session_id: The session's UUID.
          node_id: The workflow node, such as `feature_ocr_1`.

        Returns: ``UpdateFeatureStatusResponse``.

        Example: ``client.sessions.update_feature_status("…", "…", new_status=…)``
        """
        return self._runner.call(
            self._async.update_feature_status,
            session_id,
            node_id,
            new_status=new_status,
            comment=comment,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def update_data(
        self,
        session_id: str,
        /,
        *,
        node_id: str | None = None,
        first_name: str | None = None,
        last_name: str | None = None,
        full_name: str | None = None,
        date_of_birth: str | None = None,
        gender: str | None = None,
        nationality: str | None = None,
        document_type: str | None = None,
        document_number: str | None = None,
        personal_number: str | None = None,
        issuing_state: str | None = None,
        expiration_date: str | None = None,
        date_of_issue: str | None = None,
        address: str | None = None,
        place_of_birth: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> UpdateSessionDataResponse:
        """Correct extracted KYC data.

        Edits extracted document data and fires data.updated. Limited to 10/min.

        ``PATCH /v3/session/{sessionId}/update-data/``. Blocks until Didit answers.

        Args:
          session_id: The session's UUID.
          node_id: Which ID-verification node to edit (defaults to the first).

        Returns: ``UpdateSessionDataResponse``.

        Example: ``client.sessions.update_data("…")``
        """
        return self._runner.call(
            self._async.update_data,
            session_id,
            node_id=node_id,
            first_name=first_name,
            last_name=last_name,
            full_name=full_name,
            date_of_birth=date_of_birth,
            gender=gender,
            nationality=nationality,
            document_type=document_type,
            document_number=document_number,
            personal_number=personal_number,
            issuing_state=issuing_state,
            expiration_date=expiration_date,
            date_of_issue=date_of_issue,
            address=address,
            place_of_birth=place_of_birth,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def update_poa_data(
        self,
        session_id: str,
        /,
        *,
        node_id: str | None = None,
        poa_address: str | None = None,
        issuer: str | None = None,
        issue_date: str | None = None,
        document_type: str | None = None,
        name_on_document: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> UpdateSessionDataResponse:
        """Correct extracted proof-of-address data.

        Edits extracted POA data and fires data.updated. Limited to 10/min (assumed; the docs'
        table is truncated there).

        ``PATCH /v3/session/{sessionId}/update-poa-data/``. Blocks until Didit answers.

        Args:
          session_id: The session's UUID.

        Returns: ``UpdateSessionDataResponse``.

        Example: ``client.sessions.update_poa_data("…")``
        """
        return self._runner.call(
            self._async.update_poa_data,
            session_id,
            node_id=node_id,
            poa_address=poa_address,
            issuer=issuer,
            issue_date=issue_date,
            document_type=document_type,
            name_on_document=name_on_document,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )


class SyncSystemResource:
    """``client.system`` of ``Didit``: healthcheck (blocking)."""

    __slots__ = ("_async", "_runner")

    def __init__(self, runner: SyncRunner, resource: SystemResource) -> None:
        self._runner = runner
        self._async = resource

    def healthcheck(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> HealthcheckResponse:
        """Health check.

        `ok` when the service, database, cache and broker are healthy. Needs no key and bypasses
        rate limiting.

        ``GET /system/healthcheck``. Blocks until Didit answers.

        Returns: ``HealthcheckResponse``.

        Example: ``client.system.healthcheck()``
        """
        return self._runner.call(
            self._async.healthcheck,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )


class SyncUsersResource:
    """``client.users`` of ``Didit``: list, retrieve, update, create, update_status, batch_delete (blocking)."""

    __slots__ = ("_async", "_runner")

    def __init__(self, runner: SyncRunner, resource: UsersResource) -> None:
        self._runner = runner
        self._async = resource

    def list(
        self,
        *,
        status: UserStatus | Literal["ACTIVE", "FLAGGED", "BLOCKED"] | None = None,
        search: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SyncPaginator[User]:
        """List users.

        User entities, paginated. Sources disagree: an example uses `page_size`, skills use
        limit/offset (max 200); we follow limit/offset.

        ``GET /v3/users/``. Blocks until Didit answers.

        Args:
          limit: Items per page; Didit serves at most 200 and caps a larger value (DRF's
              `max_limit`), it does not reject it.

        Returns: ``SyncPaginator[User]`` (iterate it for every item, lazily).

        Example: ``client.users.list()``
        """
        return self._runner.paginate(
            self._async.list(
                status=status,
                search=search,
                date_from=date_from,
                date_to=date_to,
                limit=limit,
                offset=offset,
                extra_query=extra_query,
                timeout=timeout,
                extra_headers=extra_headers,
            )
        )

    def retrieve(
        self,
        vendor_data: str,
        /,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> User:
        """Get a user.

        A user with aggregated counters.

        ``GET /v3/users/{vendor_data}/``. Blocks until Didit answers.

        Args:
          vendor_data: Your identifier of the user (case-sensitive).

        Returns: ``User``.

        Example: ``client.users.retrieve("…")``
        """
        return self._runner.call(
            self._async.retrieve,
            vendor_data,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def update(
        self,
        vendor_data: str,
        /,
        *,
        display_name: str | None = None,
        metadata: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> User:
        """Update a user.

        Profile fields.

        ``PATCH /v3/users/{vendor_data}/``. Blocks until Didit answers.

        Args:
          vendor_data: Your identifier of the user (case-sensitive).

        Returns: ``User``.

        Example: ``client.users.update("…")``
        """
        return self._runner.call(
            self._async.update,
            vendor_data,
            display_name=display_name,
            metadata=metadata,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def create(
        self,
        *,
        vendor_data: str,
        display_name: str | None = None,
        metadata: Mapping[str, Any] | None = None,
        status: UserStatus | Literal["ACTIVE", "FLAGGED", "BLOCKED"] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> User:
        """Create a user.

        Creates a user before any session.

        ``POST /v3/users/create/``. Blocks until Didit answers.

        Returns: ``User``.

        Example: ``client.users.create(vendor_data=…)``
        """
        return self._runner.call(
            self._async.create,
            vendor_data=vendor_data,
            display_name=display_name,
            metadata=metadata,
            status=status,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def update_status(
        self,
        vendor_data: str,
        /,
        *,
        status: UserStatus | Literal["ACTIVE", "FLAGGED", "BLOCKED"],
        reason: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> User:
        """Change a user's status.

        ACTIVE, FLAGGED or BLOCKED.

        ``PATCH /v3/users/{vendor_data}/update-status/``. Blocks until Didit answers.

        Args:
          vendor_data: Your identifier of the user (case-sensitive).

        Returns: ``User``.

        Example: ``client.users.update_status("…", status=…)``
        """
        return self._runner.call(
            self._async.update_status,
            vendor_data,
            status=status,
            reason=reason,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def batch_delete(
        self,
        *,
        vendor_data_list: Sequence[str] | None = None,
        delete_all: bool | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> UserBatchDeleteResponse:
        """Delete users.

        By vendor data, or all.

        ``POST /v3/users/delete/``. Blocks until Didit answers.

        Returns: ``UserBatchDeleteResponse``.

        Example: ``client.users.batch_delete()``
        """
        return self._runner.call(
            self._async.batch_delete,
            vendor_data_list=vendor_data_list,
            delete_all=delete_all,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )


class SyncWebhooksResource:
    """``client.webhooks`` of ``Didit``: get_config, update_config (blocking)."""

    __slots__ = ("_async", "_runner", "destinations")

    def __init__(self, runner: SyncRunner, resource: WebhooksResource) -> None:
        self._runner = runner
        self._async = resource
        self.destinations = SyncWebhooksDestinationsResource(runner, resource.destinations)

    def get_config(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> WebhookConfig:
        """Get the webhook configuration.

        Needs `webhooks: read`.

        ``GET /v3/webhook/``. Blocks until Didit answers.

        Returns: ``WebhookConfig``.

        Example: ``client.webhooks.get_config()``
        """
        return self._runner.call(
            self._async.get_config,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def update_config(
        self,
        *,
        webhook_url: str | None | Unset = UNSET,
        webhook_version: WebhookVersion | Literal["v1", "v2", "v3"] | None = None,
        rotate_secret_key: bool | None = None,
        capture_method: Literal["mobile", "desktop", "both"] | None = None,
        data_retention_months: int | None | Unset = UNSET,
        allowed_domains: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> WebhookConfig:
        """Update the webhook configuration.

        Needs `webhooks: write`. Partial; answers with the full configuration.

        ``PATCH /v3/webhook/``. Blocks until Didit answers.

        Args:
          webhook_url: null disables the legacy webhook; leaving it out keeps it.
          rotate_secret_key: Generate a new secret; the old one stops working at once.
          data_retention_months: null keeps data without limit.
          allowed_domains: Hosts allowed as `callback` and to embed the hosted flow.

        Returns: ``WebhookConfig``.

        Example: ``client.webhooks.update_config()``
        """
        return self._runner.call(
            self._async.update_config,
            webhook_url=webhook_url,
            webhook_version=webhook_version,
            rotate_secret_key=rotate_secret_key,
            capture_method=capture_method,
            data_retention_months=data_retention_months,
            allowed_domains=allowed_domains,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )


class SyncWorkflowsResource:
    """``client.workflows`` of ``Didit``: list, create, retrieve, update, delete (blocking)."""

    __slots__ = ("_async", "_runner")

    def __init__(self, runner: SyncRunner, resource: WorkflowsResource) -> None:
        self._runner = runner
        self._async = resource

    def list(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[Workflow]:
        """List workflows.

        All workflows of the application (a plain array, not paginated).

        ``GET /v3/workflows/``. Blocks until Didit answers.

        Returns: ``list[Workflow]``.

        Example: ``client.workflows.list()``
        """
        return self._runner.call(
            self._async.list, extra_query=extra_query, timeout=timeout, extra_headers=extra_headers
        )

    def create(
        self,
        *,
        workflow_label: str | None = None,
        features: Sequence[WorkflowFeature | Mapping[str, Any]] | None = None,
        workflow_type: WorkflowType
        | Literal[
            "kyc",
            "adaptive_age_verification",
            "biometric_authentication",
            "address_verification",
            "questionnaire_verification",
            "email_verification",
            "phone_verification",
        ]
        | None = None,
        is_default: bool | None = None,
        is_ocr_enabled: bool | None = None,
        is_liveness_enabled: bool | None = None,
        face_liveness_method: Literal["passive", "active_3d", "flashing"] | None = None,
        face_liveness_score_decline_threshold: int | None = None,
        is_face_match_enabled: bool | None = None,
        face_match_score_decline_threshold: int | None = None,
        face_match_score_review_threshold: int | None = None,
        is_aml_enabled: bool | None = None,
        aml_decline_threshold: int | None = None,
        is_phone_verification_enabled: bool | None = None,
        is_email_verification_enabled: bool | None = None,
        is_database_validation_enabled: bool | None = None,
        is_ip_analysis_enabled: bool | None = None,
        is_nfc_enabled: bool | None = None,
        is_age_restrictions_enabled: bool | None = None,
        documents_allowed: Mapping[str, Any] | None = None,
        duplicated_user_action: Literal["no_action", "review", "decline"] | None = None,
        max_retry_attempts: int | None = None,
        retry_window_days: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Workflow:
        """Create a workflow.

        Creates a workflow. Sources disagree on the shape: the newest docs (and Didit's SDKs)
        send an ordered `features[]` list; older docs send `workflow_type` plus flat
        `is_*_enabled` flags and thresholds. We follow the newest and accept both.

        ``POST /v3/workflows/``. Blocks until Didit answers.

        Args:
          features: Newest shape: the ordered features.
          documents_allowed: Allowed documents per country; empty allows all.

        Returns: ``Workflow``.

        Example: ``client.workflows.create()``
        """
        return self._runner.call(
            self._async.create,
            workflow_label=workflow_label,
            features=features,
            workflow_type=workflow_type,
            is_default=is_default,
            is_ocr_enabled=is_ocr_enabled,
            is_liveness_enabled=is_liveness_enabled,
            face_liveness_method=face_liveness_method,
            face_liveness_score_decline_threshold=face_liveness_score_decline_threshold,
            is_face_match_enabled=is_face_match_enabled,
            face_match_score_decline_threshold=face_match_score_decline_threshold,
            face_match_score_review_threshold=face_match_score_review_threshold,
            is_aml_enabled=is_aml_enabled,
            aml_decline_threshold=aml_decline_threshold,
            is_phone_verification_enabled=is_phone_verification_enabled,
            is_email_verification_enabled=is_email_verification_enabled,
            is_database_validation_enabled=is_database_validation_enabled,
            is_ip_analysis_enabled=is_ip_analysis_enabled,
            is_nfc_enabled=is_nfc_enabled,
            is_age_restrictions_enabled=is_age_restrictions_enabled,
            documents_allowed=documents_allowed,
            duplicated_user_action=duplicated_user_action,
            max_retry_attempts=max_retry_attempts,
            retry_window_days=retry_window_days,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def retrieve(
        self,
        settings_uuid: str,
        /,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Workflow:
        """Get a workflow.

        One workflow version.

        ``GET /v3/workflows/{settings_uuid}/``. Blocks until Didit answers.

        Args:
          settings_uuid: The workflow version's UUID (`uuid`).

        Returns: ``Workflow``.

        Example: ``client.workflows.retrieve("…")``
        """
        return self._runner.call(
            self._async.retrieve,
            settings_uuid,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def update(
        self,
        settings_uuid: str,
        /,
        *,
        workflow_label: str | None = None,
        features: Sequence[WorkflowFeature | Mapping[str, Any]] | None = None,
        workflow_type: WorkflowType
        | Literal[
            "kyc",
            "adaptive_age_verification",
            "biometric_authentication",
            "address_verification",
            "questionnaire_verification",
            "email_verification",
            "phone_verification",
        ]
        | None = None,
        is_default: bool | None = None,
        is_ocr_enabled: bool | None = None,
        is_liveness_enabled: bool | None = None,
        face_liveness_method: Literal["passive", "active_3d", "flashing"] | None = None,
        face_liveness_score_decline_threshold: int | None = None,
        is_face_match_enabled: bool | None = None,
        face_match_score_decline_threshold: int | None = None,
        face_match_score_review_threshold: int | None = None,
        is_aml_enabled: bool | None = None,
        aml_decline_threshold: int | None = None,
        is_phone_verification_enabled: bool | None = None,
        is_email_verification_enabled: bool | None = None,
        is_database_validation_enabled: bool | None = None,
        is_ip_analysis_enabled: bool | None = None,
        is_nfc_enabled: bool | None = None,
        is_age_restrictions_enabled: bool | None = None,
        documents_allowed: Mapping[str, Any] | None = None,
        duplicated_user_action: Literal["no_action", "review", "decline"] | None = None,
        max_retry_attempts: int | None = None,
        retry_window_days: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Workflow:
        """Update a workflow.

        A partial update.

        ``PATCH /v3/workflows/{settings_uuid}/``. Blocks until Didit answers.

        Args:
          settings_uuid: The workflow version's UUID (`uuid`).
          features: Newest shape: the ordered features.
          documents_allowed: Allowed documents per country; empty allows all.

        Returns: ``Workflow``.

        Example: ``client.workflows.update("…")``
        """
        return self._runner.call(
            self._async.update,
            settings_uuid,
            workflow_label=workflow_label,
            features=features,
            workflow_type=workflow_type,
            is_default=is_default,
            is_ocr_enabled=is_ocr_enabled,
            is_liveness_enabled=is_liveness_enabled,
            face_liveness_method=face_liveness_method,
            face_liveness_score_decline_threshold=face_liveness_score_decline_threshold,
            is_face_match_enabled=is_face_match_enabled,
            face_match_score_decline_threshold=face_match_score_decline_threshold,
            face_match_score_review_threshold=face_match_score_review_threshold,
            is_aml_enabled=is_aml_enabled,
            aml_decline_threshold=aml_decline_threshold,
            is_phone_verification_enabled=is_phone_verification_enabled,
            is_email_verification_enabled=is_email_verification_enabled,
            is_database_validation_enabled=is_database_validation_enabled,
            is_ip_analysis_enabled=is_ip_analysis_enabled,
            is_nfc_enabled=is_nfc_enabled,
            is_age_restrictions_enabled=is_age_restrictions_enabled,
            documents_allowed=documents_allowed,
            duplicated_user_action=duplicated_user_action,
            max_retry_attempts=max_retry_attempts,
            retry_window_days=retry_window_days,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def delete(
        self,
        settings_uuid: str,
        /,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete a workflow.

        Existing sessions are unaffected.

        ``DELETE /v3/workflows/{settings_uuid}/``. Blocks until Didit answers.

        Args:
          settings_uuid: The workflow version's UUID (`uuid`).

        Example: ``client.workflows.delete("…")``
        """
        self._runner.call(
            self._async.delete,
            settings_uuid,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
