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
    BiometricTemplatesResource,
    BlocklistResource,
    BusinessesResource,
    CustomizationResource,
    DatabaseValidationResource,
    DeviceResource,
    DeviceTransactionsResource,
    DocumentAiResource,
    EmailResource,
    EventsResource,
    FaceMatchResource,
    FaceSearchResource,
    IdVerificationResource,
    KybResource,
    ListsEntriesResource,
    ListsResource,
    PassiveLivenessResource,
    PhoneResource,
    PoaResource,
    QuestionnairesResource,
    RiskResource,
    SessionsImportsResource,
    SessionsKybResource,
    SessionsResource,
    SessionsReviewsResource,
    SystemResource,
    TransactionsResource,
    TransactionsRulesResource,
    TravelRuleInboundResource,
    TravelRulePickupsResource,
    TravelRuleResource,
    TravelRuleSettingsResource,
    TravelRuleTransfersResource,
    TravelRuleVaspsResource,
    TravelRuleWalletAddressesResource,
    TravelRuleWidgetSessionsResource,
    UsersResource,
    WalletScreeningResource,
    WebhooksDestinationsResource,
    WebhooksResource,
    WorkflowsResource,
)

__all__ = [
    "SyncAccountResource",
    "SyncAgeEstimationResource",
    "SyncAmlResource",
    "SyncBillingResource",
    "SyncBiometricTemplatesResource",
    "SyncBlocklistResource",
    "SyncBusinessesResource",
    "SyncCustomizationResource",
    "SyncDatabaseValidationResource",
    "SyncDeviceResource",
    "SyncDeviceTransactionsResource",
    "SyncDocumentAiResource",
    "SyncEmailResource",
    "SyncEventsResource",
    "SyncFaceMatchResource",
    "SyncFaceSearchResource",
    "SyncIdVerificationResource",
    "SyncKybResource",
    "SyncListsEntriesResource",
    "SyncListsResource",
    "SyncPassiveLivenessResource",
    "SyncPhoneResource",
    "SyncPoaResource",
    "SyncQuestionnairesResource",
    "SyncRiskResource",
    "SyncSessionsImportsResource",
    "SyncSessionsKybResource",
    "SyncSessionsResource",
    "SyncSessionsReviewsResource",
    "SyncSystemResource",
    "SyncTransactionsResource",
    "SyncTransactionsRulesResource",
    "SyncTravelRuleInboundResource",
    "SyncTravelRulePickupsResource",
    "SyncTravelRuleResource",
    "SyncTravelRuleSettingsResource",
    "SyncTravelRuleTransfersResource",
    "SyncTravelRuleVaspsResource",
    "SyncTravelRuleWalletAddressesResource",
    "SyncTravelRuleWidgetSessionsResource",
    "SyncUsersResource",
    "SyncWalletScreeningResource",
    "SyncWebhooksDestinationsResource",
    "SyncWebhooksResource",
    "SyncWorkflowsResource",
]


class SyncDeviceTransactionsResource:
    """``client.device.transactions`` of ``Didit``: create, retrieve (blocking)."""

    __slots__ = ("_async", "_runner")

    def __init__(self, runner: SyncRunner, resource: DeviceTransactionsResource) -> None:
        self._runner = runner
        self._async = resource

    def create(
        self,
        *,
        txn_id: str,
        type: str,
        info: DeviceTransactionRequestInfo | Mapping[str, Any],
        subject: DeviceTransactionRequestSubject | Mapping[str, Any],
        txn_date: str | None = None,
        zone_id: str | None = None,
        counterparty: DeviceTransactionRequestCounterparty | Mapping[str, Any] | None = None,
        props: Mapping[str, Any] | None = None,
        travel_rule: DeviceTransactionRequestTravelRule | Mapping[str, Any] | None = None,
        include_crypto_screening: bool | None | Unset = UNSET,
        fingerprint_v2: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> DeviceTransaction:
        """Submit a transaction from a device.

        Submit a transaction from device-side code, authenticated by a transaction SDK token
        (`X-Transaction-Token`), never by the API key. The transaction belongs to the token's
        `vendor_data` and runs through the application's rules like one sent to
        `/v3/transactions/`.

        ``POST /v1/transactions/``. Blocks until Didit answers.

        Returns: ``DeviceTransaction``.

        Example: ``client.device.transactions.create(txn_id=…, type=…, info=…, subject=…)``
        """
        return self._runner.call(
            self._async.create,
            txn_id=txn_id,
            type=type,
            info=info,
            subject=subject,
            txn_date=txn_date,
            zone_id=zone_id,
            counterparty=counterparty,
            props=props,
            travel_rule=travel_rule,
            include_crypto_screening=include_crypto_screening,
            fingerprint_v2=fingerprint_v2,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def retrieve(
        self,
        transaction_id: str,
        /,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> DeviceTransaction:
        """Retrieve a transaction from a device.

        Read back a transaction of the token's `vendor_data` (its status and rule runs),
        authenticated by the transaction SDK token.

        ``GET /v1/transactions/{transaction_id}/``. Blocks until Didit answers.

        Returns: ``DeviceTransaction``.

        Example: ``client.device.transactions.retrieve("…")``
        """
        return self._runner.call(
            self._async.retrieve,
            transaction_id,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )


class SyncListsEntriesResource:
    """``client.lists.entries`` of ``Didit``: list, create, upload_face, delete (blocking)."""

    __slots__ = ("_async", "_runner")

    def __init__(self, runner: SyncRunner, resource: ListsEntriesResource) -> None:
        self._runner = runner
        self._async = resource

    def list(
        self,
        list_uuid: str,
        /,
        *,
        search: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SyncPaginator[ListEntry]:
        """List a list's entries.

        Entries of one list; `search` matches the value or the display label. Management API on
        the apx host (Didit's tooling calls the verification host; both answer). One system
        blocklist per entry type is provisioned for every application and cannot be created,
        renamed or deleted.

        ``GET /v3/lists/{list_uuid}/entries/``. Blocks until Didit answers.

        Args:
          list_uuid: The list's UUID.
          limit: Page size.

        Returns: ``SyncPaginator[ListEntry]`` (iterate it for every item, lazily).

        Example: ``client.lists.entries.list("…")``
        """
        return self._runner.paginate(
            self._async.list(
                list_uuid,
                search=search,
                limit=limit,
                offset=offset,
                extra_query=extra_query,
                timeout=timeout,
                extra_headers=extra_headers,
            )
        )

    def create(
        self,
        list_uuid: str,
        /,
        *,
        value: str | None = None,
        reference_session_id: str | None = None,
        reference_object_uuid: str | None = None,
        display_label: str | None = None,
        comment: str | None = None,
        metadata: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ListEntry:
        """Add an entry.

        Adds a value, or extracts it from `reference_session_id` according to the list's entry
        type (face, document, phone, email, IP, device); both together pick among several values
        of a session. A blocklist entry declines later sessions that match it, as the legacy
        blocklist does. Face entries without a session use face upload. Management API on the
        apx host (Didit's tooling calls the verification host; both answer). One system
        blocklist per entry type is provisioned for every application and cannot be created,
        renamed or deleted.

        ``POST /v3/lists/{list_uuid}/entries/``. Blocks until Didit answers.

        Args:
          list_uuid: The list's UUID.
          value: Optional when reference_session_id is given.
          reference_session_id: Session to extract the value from.
          reference_object_uuid: Source entity (transaction, user, business), for traceability.

        Returns: ``ListEntry``.

        Example: ``client.lists.entries.create("…")``
        """
        return self._runner.call(
            self._async.create,
            list_uuid,
            value=value,
            reference_session_id=reference_session_id,
            reference_object_uuid=reference_object_uuid,
            display_label=display_label,
            comment=comment,
            metadata=metadata,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def upload_face(
        self,
        list_uuid: str,
        /,
        *,
        image: str,
        display_label: str | None = None,
        comment: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ListEntry:
        """Add a face entry from an image.

        Adds a face to a face list from a photo, without a session. A JSON body whose `image` is
        the image file base64-encoded (Didit's tooling reads a local file and encodes it).
        Management API on the apx host (Didit's tooling calls the verification host; both
        answer). One system blocklist per entry type is provisioned for every application and
        cannot be created, renamed or deleted.

        ``POST /v3/lists/{list_uuid}/entries/face-upload/``. Blocks until Didit answers.

        Args:
          list_uuid: The list's UUID.
          image: The face image file, base64-encoded (JPEG or PNG).

        Returns: ``ListEntry``.

        Example: ``client.lists.entries.upload_face("…", image=…)``
        """
        return self._runner.call(
            self._async.upload_face,
            list_uuid,
            image=image,
            display_label=display_label,
            comment=comment,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def delete(
        self,
        list_uuid: str,
        entry_uuid: str,
        /,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Remove an entry.

        Removes an entry; for user and business entries of a blocklist this also unblocks the
        entity. Management API on the apx host (Didit's tooling calls the verification host;
        both answer). One system blocklist per entry type is provisioned for every application
        and cannot be created, renamed or deleted.

        ``DELETE /v3/lists/{list_uuid}/entries/{entry_uuid}/``. Blocks until Didit answers.

        Args:
          list_uuid: The list's UUID.
          entry_uuid: The entry's UUID.

        Example: ``client.lists.entries.delete("…", "…")``
        """
        self._runner.call(
            self._async.delete,
            list_uuid,
            entry_uuid,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )


class SyncSessionsImportsResource:
    """``client.sessions.imports`` of ``Didit``: create, template, retrieve, list_errors (blocking)."""

    __slots__ = ("_async", "_runner")

    def __init__(self, runner: SyncRunner, resource: SessionsImportsResource) -> None:
        self._runner = runner
        self._async = resource

    def create(
        self,
        *,
        source_file_url: str,
        import_type: SessionImportType
        | Literal["user_verification", "business_verification", "status_rules", "transactions"]
        | None = None,
        source_format: Literal["csv", "ndjson"] | None = None,
        workflow_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SessionImport:
        """Create an import job.

        Imports historical verifications (or businesses, status rules, transactions) from a CSV
        or NDJSON file Didit fetches from `source_file_url`, in Didit's canonical columns (see
        the template). The per-row `provider` column labels a record's source; there is no
        provider field in the request. The job runs asynchronously: poll it, then read its row
        errors. Response shape unpublished: we type the job's id, status and counters and keep
        the rest. Not idempotent: a retried create may start a second job over the same file.

        ``POST /v3/session/imports/``. Blocks until Didit answers.

        Args:
          source_file_url: Publicly fetchable URL of the CSV or NDJSON file (not checked as a
              URI here, so a `data:` URL, which the sandbox reads, passes).
          import_type: What the rows are (Didit's default: user_verification).
          source_format: Default csv.
          workflow_id: Workflow the imported sessions belong to.

        Returns: ``SessionImport``.

        Example: ``client.sessions.imports.create(source_file_url=…)``
        """
        return self._runner.call(
            self._async.create,
            source_file_url=source_file_url,
            import_type=import_type,
            source_format=source_format,
            workflow_id=workflow_id,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def template(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SessionImportTemplate:
        """Get the import template.

        The canonical columns an import file must use. Didit's tooling prints whatever comes
        back; we read it as JSON naming the columns and keep any other field (a CSV answer would
        not decode).

        ``GET /v3/session/imports/template/``. Blocks until Didit answers.

        Returns: ``SessionImportTemplate``.

        Example: ``client.sessions.imports.template()``
        """
        return self._runner.call(
            self._async.template,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def retrieve(
        self,
        import_id: str,
        /,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SessionImport:
        """Get an import job.

        Status and row counters of an import job.

        ``GET /v3/session/imports/{import_id}/``. Blocks until Didit answers.

        Args:
          import_id: The import job's UUID.

        Returns: ``SessionImport``.

        Example: ``client.sessions.imports.retrieve("…")``
        """
        return self._runner.call(
            self._async.retrieve,
            import_id,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def list_errors(
        self,
        import_id: str,
        /,
        *,
        limit: int | None = None,
        offset: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SyncPaginator[SessionImportRowError]:
        """List an import job's row errors.

        Rows that failed validation or processing, each with its row number and reasons.
        Paginated with limit/offset like Didit's other lists (our reading; the tool sends no
        parameters).

        ``GET /v3/session/imports/{import_id}/errors/``. Blocks until Didit answers.

        Args:
          import_id: The import job's UUID.
          limit: Page size.

        Returns: ``SyncPaginator[SessionImportRowError]`` (iterate it for every item, lazily).

        Example: ``client.sessions.imports.list_errors("…")``
        """
        return self._runner.paginate(
            self._async.list_errors(
                import_id,
                limit=limit,
                offset=offset,
                extra_query=extra_query,
                timeout=timeout,
                extra_headers=extra_headers,
            )
        )


class SyncSessionsKybResource:
    """``client.sessions.kyb`` of ``Didit``: update_company, update_party (blocking)."""

    __slots__ = ("_async", "_runner")

    def __init__(self, runner: SyncRunner, resource: SessionsKybResource) -> None:
        self._runner = runner
        self._async = resource

    def update_company(
        self,
        session_id: str,
        company_uuid: str,
        /,
        *,
        company_name: str | None = None,
        registration_number: str | None = None,
        country_code: str | None = None,
        region: str | None | Unset = UNSET,
        incorporation_date: str | None = None,
        registration_date: str | None | Unset = UNSET,
        dissolution_date: str | None | Unset = UNSET,
        tax_number: str | None = None,
        legal_address: str | None = None,
        company_type: str | None = None,
        registry_status: Literal[
            "active",
            "dissolved",
            "deregistered",
            "see full details",
            "authorised",
            "appointed representative",
            "unauthorised",
            "inactive",
            "no longer authorised",
            "closed",
            "struck off",
        ]
        | None
        | Unset = UNSET,
        verification_status: Literal["verified", "failed", "unknown"] | None | Unset = UNSET,
        alternative_names: str | None = None,
        nature_of_business: str | None = None,
        registered_capital: str | None = None,
        registered_capital_amount: float | None | Unset = UNSET,
        registered_capital_currency: str | None | Unset = UNSET,
        website: str | None = None,
        email: str | None = None,
        phone: str | None = None,
        legal_entity_identifier: str | None = None,
        location_of_registration: str | None = None,
        vat_number: str | None = None,
        control_scheme: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> KybCompanyData:
        """Correct a KYB session's company data.

        Edit the company data of a KYB session (the registry record it verified); the answer is
        the company record with your edits (`user_provided_data`, `last_console_edit_at`).
        Fields left out are kept; null clears a nullable one.

        ``PATCH /v3/session/{sessionId}/kyb/{companyUuid}/update-data/``. Blocks until Didit
        answers.

        Returns: ``KybCompanyData``.

        Example: ``client.sessions.kyb.update_company("…", "…")``
        """
        return self._runner.call(
            self._async.update_company,
            session_id,
            company_uuid,
            company_name=company_name,
            registration_number=registration_number,
            country_code=country_code,
            region=region,
            incorporation_date=incorporation_date,
            registration_date=registration_date,
            dissolution_date=dissolution_date,
            tax_number=tax_number,
            legal_address=legal_address,
            company_type=company_type,
            registry_status=registry_status,
            verification_status=verification_status,
            alternative_names=alternative_names,
            nature_of_business=nature_of_business,
            registered_capital=registered_capital,
            registered_capital_amount=registered_capital_amount,
            registered_capital_currency=registered_capital_currency,
            website=website,
            email=email,
            phone=phone,
            legal_entity_identifier=legal_entity_identifier,
            location_of_registration=location_of_registration,
            vat_number=vat_number,
            control_scheme=control_scheme,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def update_party(
        self,
        session_id: str,
        party_uuid: str,
        /,
        *,
        is_skipped: bool,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> KybParty:
        """Skip or restore a KYB party.

        Mark a party of a KYB session (an officer or shareholder) as skipped, so it needs no KYC
        of its own, or restore it (`is_skipped: false`).

        ``PATCH /v3/session/{sessionId}/kyb/parties/{partyUuid}/``. Blocks until Didit answers.

        Returns: ``KybParty``.

        Example: ``client.sessions.kyb.update_party("…", "…", is_skipped=…)``
        """
        return self._runner.call(
            self._async.update_party,
            session_id,
            party_uuid,
            is_skipped=is_skipped,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )


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


class SyncTransactionsRulesResource:
    """``client.transactions.rules`` of ``Didit``: list, create, retrieve, update, delete, backtest, list_library, install, uninstall (blocking)."""

    __slots__ = ("_async", "_runner")

    def __init__(self, runner: SyncRunner, resource: TransactionsRulesResource) -> None:
        self._runner = runner
        self._async = resource

    def list(
        self,
        *,
        source: Literal["PRESET", "CUSTOM"] | None = None,
        category: str | None = None,
        mode: Literal["ACTIVE", "DISABLED", "TEST"] | None = None,
        bundle: str | None = None,
        search: str | None = None,
        ordering: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SyncPaginator[TransactionRule]:
        """List transaction rules.

        The monitoring rules of the application, preset (installed from the library) and custom,
        with how often each ran and what it decided. Filters: `source`, `category`, `mode`,
        `bundle`, `search`; `ordering` names a field (prefix `-` for descending).

        ``GET /v3/transactions/rules/``. Blocks until Didit answers.

        Returns: ``SyncPaginator[TransactionRule]`` (iterate it for every item, lazily).

        Example: ``client.transactions.rules.list()``
        """
        return self._runner.paginate(
            self._async.list(
                source=source,
                category=category,
                mode=mode,
                bundle=bundle,
                search=search,
                ordering=ordering,
                limit=limit,
                offset=offset,
                extra_query=extra_query,
                timeout=timeout,
                extra_headers=extra_headers,
            )
        )

    def create(
        self,
        *,
        title: str,
        category: str,
        mode: Literal["ACTIVE", "DISABLED", "TEST"],
        description: str | None | Unset = UNSET,
        evaluation_mode: Literal["ALL", "ANY"] | None = None,
        scope: TransactionRuleScope | Mapping[str, Any] | None = None,
        conditions: Sequence[TransactionRuleCondition | Mapping[str, Any]] | None = None,
        aggregation: Sequence[TransactionRuleAggregation | Mapping[str, Any]] | None = None,
        actions: Sequence[TransactionRuleAction | Mapping[str, Any]] | None = None,
        metadata: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TransactionRule:
        """Create a transaction rule.

        A custom rule: `conditions` on the transaction's fields (grouped by `group_index`),
        optional `aggregation` over the subject's recent transactions, a `scope` (directions,
        transaction types) and the `actions` taken when it matches (change the status, add to
        the score, tag, note, add to a list, open a case). `mode` TEST records what the rule
        would do without doing it.

        ``POST /v3/transactions/rules/``. Blocks until Didit answers.

        Returns: ``TransactionRule``.

        Example: ``client.transactions.rules.create(title=…, category=…, mode=…)``
        """
        return self._runner.call(
            self._async.create,
            title=title,
            category=category,
            mode=mode,
            description=description,
            evaluation_mode=evaluation_mode,
            scope=scope,
            conditions=conditions,
            aggregation=aggregation,
            actions=actions,
            metadata=metadata,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def retrieve(
        self,
        rule_uuid: str,
        /,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TransactionRule:
        """Retrieve a transaction rule.

        One rule with its definition and counters.

        ``GET /v3/transactions/rules/{rule_uuid}/``. Blocks until Didit answers.

        Returns: ``TransactionRule``.

        Example: ``client.transactions.rules.retrieve("…")``
        """
        return self._runner.call(
            self._async.retrieve,
            rule_uuid,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def update(
        self,
        rule_uuid: str,
        /,
        *,
        title: str | None = None,
        description: str | None | Unset = UNSET,
        category: str | None = None,
        mode: Literal["ACTIVE", "DISABLED", "TEST"] | None = None,
        evaluation_mode: Literal["ALL", "ANY"] | None = None,
        scope: TransactionRuleScope | Mapping[str, Any] | None = None,
        conditions: Sequence[TransactionRuleCondition | Mapping[str, Any]] | None = None,
        aggregation: Sequence[TransactionRuleAggregation | Mapping[str, Any]] | None = None,
        actions: Sequence[TransactionRuleAction | Mapping[str, Any]] | None = None,
        metadata: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TransactionRule:
        """Update a transaction rule.

        Change a rule; fields left out are kept. Switching `mode` to DISABLED stops it from
        running; to TEST makes it record without acting.

        ``PATCH /v3/transactions/rules/{rule_uuid}/``. Blocks until Didit answers.

        Returns: ``TransactionRule``.

        Example: ``client.transactions.rules.update("…")``
        """
        return self._runner.call(
            self._async.update,
            rule_uuid,
            title=title,
            description=description,
            category=category,
            mode=mode,
            evaluation_mode=evaluation_mode,
            scope=scope,
            conditions=conditions,
            aggregation=aggregation,
            actions=actions,
            metadata=metadata,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def delete(
        self,
        rule_uuid: str,
        /,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete a transaction rule.

        Delete a custom rule, or uninstall a preset one. Transactions it already evaluated keep
        their rule runs.

        ``DELETE /v3/transactions/rules/{rule_uuid}/``. Blocks until Didit answers.

        Example: ``client.transactions.rules.delete("…")``
        """
        self._runner.call(
            self._async.delete,
            rule_uuid,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def backtest(
        self,
        *,
        conditions: Sequence[TransactionRuleCondition | Mapping[str, Any]] | None = None,
        aggregation: Sequence[TransactionRuleAggregation | Mapping[str, Any]] | None = None,
        evaluation_mode: Literal["ALL", "ANY"] | None = None,
        scope: TransactionRuleScope | Mapping[str, Any] | None = None,
        period_days: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TransactionRuleBacktestResult:
        """Backtest a rule definition.

        Run a rule definition (conditions, aggregation, scope) over the transactions of the last
        `period_days` days without saving it: how many were evaluated, how many it would have
        matched, and how many distinct subjects those belong to. Nothing changes, so it is safe
        to repeat.

        ``POST /v3/transactions/rules/backtest/``. Blocks until Didit answers.

        Returns: ``TransactionRuleBacktestResult``.

        Example: ``client.transactions.rules.backtest()``
        """
        return self._runner.call(
            self._async.backtest,
            conditions=conditions,
            aggregation=aggregation,
            evaluation_mode=evaluation_mode,
            scope=scope,
            period_days=period_days,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def list_library(
        self,
        *,
        bundle: str | None = None,
        category: str | None = None,
        search: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SyncPaginator[TransactionRuleLibraryEntry]:
        """List the rule library.

        Didit's ready-made rules, grouped in bundles by industry, each saying whether it is
        installed in this application.

        ``GET /v3/transactions/rules/library/``. Blocks until Didit answers.

        Returns: ``SyncPaginator[TransactionRuleLibraryEntry]`` (iterate it for every item,
        lazily).

        Example: ``client.transactions.rules.list_library()``
        """
        return self._runner.paginate(
            self._async.list_library(
                bundle=bundle,
                category=category,
                search=search,
                limit=limit,
                offset=offset,
                extra_query=extra_query,
                timeout=timeout,
                extra_headers=extra_headers,
            )
        )

    def install(
        self,
        *,
        library_keys: Sequence[str] | None = None,
        bundle: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TransactionRuleInstallResult:
        """Install library rules.

        Install library rules as preset rules, by `library_keys` or a whole `bundle`. Rules
        already installed are left as they are, so installing again installs nothing new.

        ``POST /v3/transactions/rules/install/``. Blocks until Didit answers.

        Returns: ``TransactionRuleInstallResult``.

        Example: ``client.transactions.rules.install()``
        """
        return self._runner.call(
            self._async.install,
            library_keys=library_keys,
            bundle=bundle,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def uninstall(
        self,
        *,
        library_keys: Sequence[str] | None = None,
        bundle: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TransactionRuleInstallResult:
        """Uninstall library rules.

        Remove the preset rules installed from the library, by `library_keys` or `bundle`. The
        request has a body, although it is a DELETE.

        ``DELETE /v3/transactions/rules/install/``. Blocks until Didit answers.

        Returns: ``TransactionRuleInstallResult``.

        Example: ``client.transactions.rules.uninstall()``
        """
        return self._runner.call(
            self._async.uninstall,
            library_keys=library_keys,
            bundle=bundle,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )


class SyncTravelRuleInboundResource:
    """``client.travel_rule.inbound`` of ``Didit``: register (blocking)."""

    __slots__ = ("_async", "_runner")

    def __init__(self, runner: SyncRunner, resource: TravelRuleInboundResource) -> None:
        self._runner = runner
        self._async = resource

    def register(
        self,
        *,
        chain: str,
        txid: str,
        wallet_address: str,
        amount: str,
        currency: str,
        originator_data: Mapping[str, Any] | None = None,
        beneficiary_data: Mapping[str, Any] | None = None,
        originating_vasp: TravelRuleInboundRequestOriginatingVasp | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TravelRuleInboundResponse:
        """Register an inbound transfer.

        Tell Didit about a crypto transfer received on-chain (chain, txid, your wallet, amount)
        with the originator data you have; Didit creates its transaction and Travel Rule
        exchange (201), or answers the existing one (200, `created: false`) for a chain and txid
        it already knows, so it is safe to repeat.

        ``POST /v3/travel-rule/inbound/``. Blocks until Didit answers.

        Returns: ``TravelRuleInboundResponse``.

        Example: ``client.travel_rule.inbound.register(chain=…, txid=…, wallet_address=…,
        amount=…, currency=…)``
        """
        return self._runner.call(
            self._async.register,
            chain=chain,
            txid=txid,
            wallet_address=wallet_address,
            amount=amount,
            currency=currency,
            originator_data=originator_data,
            beneficiary_data=beneficiary_data,
            originating_vasp=originating_vasp,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )


class SyncTravelRulePickupsResource:
    """``client.travel_rule.pickups`` of ``Didit``: retrieve, respond (blocking)."""

    __slots__ = ("_async", "_runner")

    def __init__(self, runner: SyncRunner, resource: TravelRulePickupsResource) -> None:
        self._runner = runner
        self._async = resource

    def retrieve(
        self,
        token: str,
        /,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TravelRulePickup:
        """Open a Travel Rule pickup.

        What a counterparty VASP sees when it opens the pickup link it was sent: who sends how
        much to which wallet. Needs no API key: the token in the path is the credential (keep it
        secret). 410 once answered or expired.

        ``GET /v3/travel-rule/pickup/{token}/``. Blocks until Didit answers.

        Returns: ``TravelRulePickup``.

        Example: ``client.travel_rule.pickups.retrieve("…")``
        """
        return self._runner.call(
            self._async.retrieve,
            token,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def respond(
        self,
        token: str,
        /,
        *,
        decision: Literal["accept", "decline"],
        beneficiary_name: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TravelRulePickupAnswer:
        """Answer a Travel Rule pickup.

        The counterparty VASP accepts (naming the beneficiary) or declines the transfer; the
        exchange completes or is declined. Needs no API key; 410 when the pickup was already
        answered or has expired.

        ``POST /v3/travel-rule/pickup/{token}/respond/``. Blocks until Didit answers.

        Returns: ``TravelRulePickupAnswer``.

        Example: ``client.travel_rule.pickups.respond("…", decision=…)``
        """
        return self._runner.call(
            self._async.respond,
            token,
            decision=decision,
            beneficiary_name=beneficiary_name,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )


class SyncTravelRuleSettingsResource:
    """``client.travel_rule.settings`` of ``Didit``: retrieve, update (blocking)."""

    __slots__ = ("_async", "_runner")

    def __init__(self, runner: SyncRunner, resource: TravelRuleSettingsResource) -> None:
        self._runner = runner
        self._async = resource

    def retrieve(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TravelRuleSettings:
        """Retrieve Travel Rule settings.

        How the application handles the Travel Rule: whether it is on, the threshold above which
        a crypto transfer needs originator and beneficiary data, what happens when the
        counterparty does not answer in time, the VASP identity it presents, and the networks it
        uses.

        ``GET /v3/travel-rule/settings/``. Blocks until Didit answers.

        Returns: ``TravelRuleSettings``.

        Example: ``client.travel_rule.settings.retrieve()``
        """
        return self._runner.call(
            self._async.retrieve,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def update(
        self,
        *,
        is_enabled: bool | None = None,
        legal_name: str | None = None,
        lei: str | None = None,
        jurisdiction: str | None = None,
        name_matching_strictness: Literal["NONE", "STRICT", "DEFAULT", "FUZZY"] | None = None,
        confirmation_timeout_hours: int | None = None,
        timeout_outcome: Literal["HOLD", "REJECT", "PROCEED"] | None = None,
        compliance_email: str | None = None,
        is_discoverable: bool | None = None,
        threshold_amount: str | None = None,
        inbound_auto_accept: bool | None = None,
        allow_self_declaration: bool | None = None,
        allow_screenshot_proof: bool | None = None,
        auto_wallet_verification: bool | None = None,
        vasp_attribution_enabled: bool | None = None,
        disabled_networks: Sequence[Literal["GTR", "TRUST", "VERIFYVASP", "SYGNA"]] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TravelRuleSettings:
        """Update Travel Rule settings.

        Replace the Travel Rule settings; fields left out keep their value (Didit reads the PUT
        as a partial update, as its facts show no required field). Safe to repeat.

        ``PUT /v3/travel-rule/settings/``. Blocks until Didit answers.

        Returns: ``TravelRuleSettings``.

        Example: ``client.travel_rule.settings.update()``
        """
        return self._runner.call(
            self._async.update,
            is_enabled=is_enabled,
            legal_name=legal_name,
            lei=lei,
            jurisdiction=jurisdiction,
            name_matching_strictness=name_matching_strictness,
            confirmation_timeout_hours=confirmation_timeout_hours,
            timeout_outcome=timeout_outcome,
            compliance_email=compliance_email,
            is_discoverable=is_discoverable,
            threshold_amount=threshold_amount,
            inbound_auto_accept=inbound_auto_accept,
            allow_self_declaration=allow_self_declaration,
            allow_screenshot_proof=allow_screenshot_proof,
            auto_wallet_verification=auto_wallet_verification,
            vasp_attribution_enabled=vasp_attribution_enabled,
            disabled_networks=disabled_networks,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )


class SyncTravelRuleTransfersResource:
    """``client.travel_rule.transfers`` of ``Didit``: update, confirm_ownership (blocking)."""

    __slots__ = ("_async", "_runner")

    def __init__(self, runner: SyncRunner, resource: TravelRuleTransfersResource) -> None:
        self._runner = runner
        self._async = resource

    def update(
        self,
        transaction_id: str,
        /,
        *,
        payment_txn_id: str | None = None,
        action: Literal["cancel", "resend"] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TravelRuleTransfer:
        """Act on a transfer's Travel Rule exchange.

        Cancel the Travel Rule exchange of a transaction, or resend its request to the
        counterparty VASP; `payment_txn_id` records the on-chain transaction once it is known.
        409 when the exchange is already finished.

        ``PATCH /v3/transactions/{transaction_id}/travel-rule/``. Blocks until Didit answers.

        Returns: ``TravelRuleTransfer``.

        Example: ``client.travel_rule.transfers.update("…")``
        """
        return self._runner.call(
            self._async.update,
            transaction_id,
            payment_txn_id=payment_txn_id,
            action=action,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def confirm_ownership(
        self,
        transaction_id: str,
        /,
        *,
        confirmed: bool,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TravelRuleTransfer:
        """Confirm wallet ownership for a transfer.

        Record that your customer owns (or does not own) the self-hosted wallet on the other
        side of the transfer, which completes an exchange waiting in UNCONFIRMED_OWNERSHIP. 409
        when the transfer does not wait for it.

        ``POST /v3/transactions/{transaction_id}/travel-rule/ownership/``. Blocks until Didit
        answers.

        Returns: ``TravelRuleTransfer``.

        Example: ``client.travel_rule.transfers.confirm_ownership("…", confirmed=…)``
        """
        return self._runner.call(
            self._async.confirm_ownership,
            transaction_id,
            confirmed=confirmed,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )


class SyncTravelRuleVaspsResource:
    """``client.travel_rule.vasps`` of ``Didit``: list (blocking)."""

    __slots__ = ("_async", "_runner")

    def __init__(self, runner: SyncRunner, resource: TravelRuleVaspsResource) -> None:
        self._runner = runner
        self._async = resource

    def list(
        self,
        *,
        search: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SyncPaginator[TravelRuleVasp]:
        """Search the VASP directory.

        Virtual asset service providers known to Didit, with their due-diligence score and the
        rails they can be reached on; `search` matches the name or LEI.

        ``GET /v3/travel-rule/vasps/``. Blocks until Didit answers.

        Returns: ``SyncPaginator[TravelRuleVasp]`` (iterate it for every item, lazily).

        Example: ``client.travel_rule.vasps.list()``
        """
        return self._runner.paginate(
            self._async.list(
                search=search,
                limit=limit,
                offset=offset,
                extra_query=extra_query,
                timeout=timeout,
                extra_headers=extra_headers,
            )
        )


class SyncTravelRuleWalletAddressesResource:
    """``client.travel_rule.wallet_addresses`` of ``Didit``: list, create, update, delete (blocking)."""

    __slots__ = ("_async", "_runner")

    def __init__(self, runner: SyncRunner, resource: TravelRuleWalletAddressesResource) -> None:
        self._runner = runner
        self._async = resource

    def list(
        self,
        *,
        limit: int | None = None,
        offset: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SyncPaginator[TravelRuleWalletAddress]:
        """List known wallet addresses.

        The wallet addresses registered for the application's customers (self-hosted wallets
        with their holder), used to recognise who owns the other side of a transfer.

        ``GET /v3/travel-rule/wallet-addresses/``. Blocks until Didit answers.

        Returns: ``SyncPaginator[TravelRuleWalletAddress]`` (iterate it for every item, lazily).

        Example: ``client.travel_rule.wallet_addresses.list()``
        """
        return self._runner.paginate(
            self._async.list(
                limit=limit,
                offset=offset,
                extra_query=extra_query,
                timeout=timeout,
                extra_headers=extra_headers,
            )
        )

    def create(
        self,
        *,
        address: str,
        chain: str | None = None,
        holder_vendor_data: str | None = None,
        holder_name: str | None = None,
        entity_type: str | None = None,
        self_declared: bool | None = None,
        travel_address: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TravelRuleWalletAddress:
        """Register a wallet address.

        Register a customer's wallet address with its holder; `self_declared` records that the
        holder declared it without proof.

        ``POST /v3/travel-rule/wallet-addresses/``. Blocks until Didit answers.

        Returns: ``TravelRuleWalletAddress``.

        Example: ``client.travel_rule.wallet_addresses.create(address=…)``
        """
        return self._runner.call(
            self._async.create,
            address=address,
            chain=chain,
            holder_vendor_data=holder_vendor_data,
            holder_name=holder_name,
            entity_type=entity_type,
            self_declared=self_declared,
            travel_address=travel_address,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def update(
        self,
        entry_uuid: str,
        /,
        *,
        holder_name: str | None = None,
        holder_vendor_data: str | None = None,
        entity_type: str | None = None,
        travel_address: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TravelRuleWalletAddressUpdateRequest:
        """Update a wallet address.

        Change the holder of a registered address. Didit's facts answer with the fields updated
        (the update shape), not the whole entry.

        ``PATCH /v3/travel-rule/wallet-addresses/{entry_uuid}/``. Blocks until Didit answers.

        Returns: ``TravelRuleWalletAddressUpdateRequest``.

        Example: ``client.travel_rule.wallet_addresses.update("…")``
        """
        return self._runner.call(
            self._async.update,
            entry_uuid,
            holder_name=holder_name,
            holder_vendor_data=holder_vendor_data,
            entity_type=entity_type,
            travel_address=travel_address,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def delete(
        self,
        entry_uuid: str,
        /,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete a wallet address.

        Forget a registered wallet address.

        ``DELETE /v3/travel-rule/wallet-addresses/{entry_uuid}/``. Blocks until Didit answers.

        Example: ``client.travel_rule.wallet_addresses.delete("…")``
        """
        self._runner.call(
            self._async.delete,
            entry_uuid,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )


class SyncTravelRuleWidgetSessionsResource:
    """``client.travel_rule.widget_sessions`` of ``Didit``: create, retrieve_context (blocking)."""

    __slots__ = ("_async", "_runner")

    def __init__(self, runner: SyncRunner, resource: TravelRuleWidgetSessionsResource) -> None:
        self._runner = runner
        self._async = resource

    def create(
        self,
        *,
        wallet_address: str,
        chain: str,
        holder_name: str | None = None,
        vendor_data: str | None = None,
        transaction_id: str | None = None,
        satoshi_deposit_address: str | None = None,
        callback_url: str | None = None,
        expires_in_minutes: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TravelRuleWidgetSession:
        """Create a wallet-ownership widget session.

        A link (`url`, with its `token`) where your customer proves they control a self-hosted
        wallet (message signing, a small test deposit, a screenshot or a declaration),
        optionally tied to a transaction.

        ``POST /v3/travel-rule/widget-session/``. Blocks until Didit answers.

        Returns: ``TravelRuleWidgetSession``.

        Example: ``client.travel_rule.widget_sessions.create(wallet_address=…, chain=…)``
        """
        return self._runner.call(
            self._async.create,
            wallet_address=wallet_address,
            chain=chain,
            holder_name=holder_name,
            vendor_data=vendor_data,
            transaction_id=transaction_id,
            satoshi_deposit_address=satoshi_deposit_address,
            callback_url=callback_url,
            expires_in_minutes=expires_in_minutes,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def retrieve_context(
        self,
        token: str,
        /,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TravelRuleWidgetContext:
        """Read a widget session's context.

        What the ownership widget shows for a token: the wallet, the holder, the proof methods
        allowed and the proofs given so far. Needs no API key: the token is the credential. 410
        once expired.

        ``GET /v3/travel-rule/widget/{token}/``. Blocks until Didit answers.

        Returns: ``TravelRuleWidgetContext``.

        Example: ``client.travel_rule.widget_sessions.retrieve_context("…")``
        """
        return self._runner.call(
            self._async.retrieve_context,
            token,
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
    """``client.account`` of ``Didit``: register, verify_email, login, resend_otp, list_organizations, get_credentials, list_applications, create_application (blocking)."""

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

    def list_applications(
        self,
        org_id: str,
        /,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[ApplicationCredentials]:
        """List an organization's applications.

        Every application of the organization, each with its client_id and api_key. Response
        read as a plain array, like the organizations list.

        ``GET /organizations/me/{org_id}/applications/``. Blocks until Didit answers.

        Returns: ``list[ApplicationCredentials]``.

        Example: ``client.account.list_applications("…")``
        """
        return self._runner.call(
            self._async.list_applications,
            org_id,
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
    """``client.aml`` of ``Didit``: screen, retrieve_monitoring_job (blocking)."""

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
        include_adverse_media: bool | None = None,
        include_ongoing_monitoring: bool | None = None,
        metadata: Mapping[str, Any] | None = None,
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
          include_ongoing_monitoring: Enrol the entity in ongoing monitoring.
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
            include_adverse_media=include_adverse_media,
            include_ongoing_monitoring=include_ongoing_monitoring,
            metadata=metadata,
            idempotency_key=idempotency_key,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def retrieve_monitoring_job(
        self,
        job_id: str,
        /,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AmlMonitoringJob:
        """Retrieve an AML monitoring job.

        Progress of a monitoring toggle job: its status, how many entities it processed, the
        outcome counts and the outcome per entity.

        ``GET /v3/aml-monitoring/jobs/{job_id}/``. Blocks until Didit answers.

        Returns: ``AmlMonitoringJob``.

        Example: ``client.aml.retrieve_monitoring_job("…")``
        """
        return self._runner.call(
            self._async.retrieve_monitoring_job,
            job_id,
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


class SyncBiometricTemplatesResource:
    """``client.biometric_templates`` of ``Didit``: list, count, retrieve, purge, bulk_purge (blocking)."""

    __slots__ = ("_async", "_runner")

    def __init__(self, runner: SyncRunner, resource: BiometricTemplatesResource) -> None:
        self._runner = runner
        self._async = resource

    def list(
        self,
        *,
        vendor_data: str | None = None,
        vendor_user_uuid: str | None = None,
        status: Literal[
            "pending", "active", "expired", "held_out_of_use", "purge_pending", "purge_failed"
        ]
        | None = None,
        source_type: Literal["session_delete", "automatic_retention", "backfill"] | None = None,
        retained_from: str | None = None,
        retained_to: str | None = None,
        ordering: Literal["retained_at", "-retained_at", "expires_at", "-expires_at"] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SyncPaginator[BiometricTemplate]:
        """List biometric templates.

        The face templates Didit keeps for face search and duplicate detection, each with where
        it came from, its retention policy and its status. Filters: `vendor_data`,
        `vendor_user_uuid`, `status`, `source_type`, and `retained_from`/`retained_to` (when the
        template was kept). `ordering` by `retained_at` or `expires_at` (`-` for descending;
        newest retained first by default).

        ``GET /v3/biometric-templates/``. Blocks until Didit answers.

        Returns: ``SyncPaginator[BiometricTemplate]`` (iterate it for every item, lazily).

        Example: ``client.biometric_templates.list()``
        """
        return self._runner.paginate(
            self._async.list(
                vendor_data=vendor_data,
                vendor_user_uuid=vendor_user_uuid,
                status=status,
                source_type=source_type,
                retained_from=retained_from,
                retained_to=retained_to,
                ordering=ordering,
                limit=limit,
                offset=offset,
                extra_query=extra_query,
                timeout=timeout,
                extra_headers=extra_headers,
            )
        )

    def count(
        self,
        *,
        vendor_data: str | None = None,
        vendor_user_uuid: str | None = None,
        status: Literal[
            "pending", "active", "expired", "held_out_of_use", "purge_pending", "purge_failed"
        ]
        | None = None,
        source_type: Literal["session_delete", "automatic_retention", "backfill"] | None = None,
        retained_from: str | None = None,
        retained_to: str | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BiometricTemplateCount:
        """Count biometric templates.

        How many templates match the filters, without listing them. Filters: `vendor_data`,
        `vendor_user_uuid`, `status`, `source_type`, and `retained_from`/`retained_to` (when the
        template was kept).

        ``GET /v3/biometric-templates/count/``. Blocks until Didit answers.

        Returns: ``BiometricTemplateCount``.

        Example: ``client.biometric_templates.count()``
        """
        return self._runner.call(
            self._async.count,
            vendor_data=vendor_data,
            vendor_user_uuid=vendor_user_uuid,
            status=status,
            source_type=source_type,
            retained_from=retained_from,
            retained_to=retained_to,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def retrieve(
        self,
        template_uuid: str,
        /,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BiometricTemplate:
        """Retrieve a biometric template.

        One template's provenance, retention and status.

        ``GET /v3/biometric-templates/{template_uuid}/``. Blocks until Didit answers.

        Returns: ``BiometricTemplate``.

        Example: ``client.biometric_templates.retrieve("…")``
        """
        return self._runner.call(
            self._async.retrieve,
            template_uuid,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def purge(
        self,
        template_uuid: str,
        /,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BiometricTemplatePurgeResult:
        """Purge a biometric template.

        Erase one template for good (`outcome: purged`, or `already_purged` when it was). 503
        when the template store cannot be reached: nothing was purged, try again. Safe to
        repeat.

        ``DELETE /v3/biometric-templates/{template_uuid}/``. Blocks until Didit answers.

        Returns: ``BiometricTemplatePurgeResult``.

        Example: ``client.biometric_templates.purge("…")``
        """
        return self._runner.call(
            self._async.purge,
            template_uuid,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def bulk_purge(
        self,
        *,
        template_uuids: Sequence[str] | None = None,
        delete_all: bool | None = None,
        vendor_data: str | None = None,
        vendor_user_uuid: str | None = None,
        status: Literal[
            "pending", "active", "expired", "held_out_of_use", "purge_pending", "purge_failed"
        ]
        | None = None,
        source_type: Literal["session_delete", "automatic_retention", "backfill"] | None = None,
        retained_from: str | None = None,
        retained_to: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BiometricTemplateBulkPurgeResult:
        """Purge biometric templates in bulk.

        Erase the templates listed in `template_uuids`, or every template matching the filters
        with `delete_all: true`; one outcome per template. Safe to repeat (already purged
        templates say so).

        ``POST /v3/biometric-templates/delete/``. Blocks until Didit answers.

        Returns: ``BiometricTemplateBulkPurgeResult``.

        Example: ``client.biometric_templates.bulk_purge()``
        """
        return self._runner.call(
            self._async.bulk_purge,
            template_uuids=template_uuids,
            delete_all=delete_all,
            vendor_data=vendor_data,
            vendor_user_uuid=vendor_user_uuid,
            status=status,
            source_type=source_type,
            retained_from=retained_from,
            retained_to=retained_to,
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


class SyncBusinessesResource:
    """``client.businesses`` of ``Didit``: list, create, retrieve, update, update_status, batch_delete, toggle_aml_monitoring, bulk_toggle_aml_monitoring, retrieve_aml_monitoring_job, bulk_toggle_session_aml_monitoring, retrieve_session_aml_monitoring_job (blocking)."""

    __slots__ = ("_async", "_runner")

    def __init__(self, runner: SyncRunner, resource: BusinessesResource) -> None:
        self._runner = runner
        self._async = resource

    def list(
        self,
        *,
        status: UserStatus | Literal["ACTIVE", "FLAGGED", "BLOCKED"] | None = None,
        search: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SyncPaginator[Business]:
        """List businesses.

        Business entities (KYB), grouped by `vendor_data`, paginated. Management API: served on
        the apx host (Didit's own tooling calls the same path on the verification host; both
        answer).

        ``GET /v3/businesses/``. Blocks until Didit answers.

        Args:
          limit: Page size.

        Returns: ``SyncPaginator[Business]`` (iterate it for every item, lazily).

        Example: ``client.businesses.list()``
        """
        return self._runner.paginate(
            self._async.list(
                status=status,
                search=search,
                limit=limit,
                offset=offset,
                extra_query=extra_query,
                timeout=timeout,
                extra_headers=extra_headers,
            )
        )

    def create(
        self,
        *,
        vendor_data: str,
        display_name: str | None = None,
        legal_name: str | None = None,
        registration_number: str | None = None,
        country_code: str | None = None,
        status: UserStatus | Literal["ACTIVE", "FLAGGED", "BLOCKED"] | None = None,
        metadata: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Business:
        """Create a business.

        Creates a business record by hand, before any KYB session. A `vendor_data` already in
        use answers 409. Management API: served on the apx host (Didit's own tooling calls the
        same path on the verification host; both answer).

        ``POST /v3/businesses/create/``. Blocks until Didit answers.

        Args:
          vendor_data: Your unique identifier of the business.
          country_code: ISO 3166-1 alpha-2.

        Returns: ``Business``.

        Example: ``client.businesses.create(vendor_data=…)``
        """
        return self._runner.call(
            self._async.create,
            vendor_data=vendor_data,
            display_name=display_name,
            legal_name=legal_name,
            registration_number=registration_number,
            country_code=country_code,
            status=status,
            metadata=metadata,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def retrieve(
        self,
        vendor_data: str,
        /,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Business:
        """Get a business.

        A business with its KYB session counters. Management API: served on the apx host
        (Didit's own tooling calls the same path on the verification host; both answer).

        ``GET /v3/businesses/{vendor_data}/``. Blocks until Didit answers.

        Args:
          vendor_data: Your identifier of the business (case-sensitive).

        Returns: ``Business``.

        Example: ``client.businesses.retrieve("…")``
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
        legal_name: str | None = None,
        registration_number: str | None = None,
        country_code: str | None = None,
        status: UserStatus | Literal["ACTIVE", "FLAGGED", "BLOCKED"] | None = None,
        metadata: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Business:
        """Update a business.

        Profile fields; only the fields sent change. `status` is accepted here too (Didit's
        tooling sends it), and fires business.status.updated like the status endpoint.
        Management API: served on the apx host (Didit's own tooling calls the same path on the
        verification host; both answer).

        ``PATCH /v3/businesses/{vendor_data}/``. Blocks until Didit answers.

        Args:
          vendor_data: Your identifier of the business (case-sensitive).
          country_code: ISO 3166-1 alpha-2.

        Returns: ``Business``.

        Example: ``client.businesses.update("…")``
        """
        return self._runner.call(
            self._async.update,
            vendor_data,
            display_name=display_name,
            legal_name=legal_name,
            registration_number=registration_number,
            country_code=country_code,
            status=status,
            metadata=metadata,
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
    ) -> Business:
        """Change a business's status.

        ACTIVE, FLAGGED or BLOCKED (the monitoring status, as for users). Management API: served
        on the apx host (Didit's own tooling calls the same path on the verification host; both
        answer).

        ``PATCH /v3/businesses/{vendor_data}/update-status/``. Blocks until Didit answers.

        Args:
          vendor_data: Your identifier of the business (case-sensitive).

        Returns: ``Business``.

        Example: ``client.businesses.update_status("…", status=…)``
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
        didit_internal_id_list: Sequence[str] | None = None,
        delete_all: bool | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BusinessBatchDeleteResponse:
        """Delete businesses.

        By `vendor_data_list`, by `didit_internal_id_list`, or all (`delete_all`). Deleting
        twice deletes nothing more, so a retry is safe. Management API: served on the apx host
        (Didit's own tooling calls the same path on the verification host; both answer).

        ``POST /v3/businesses/delete/``. Blocks until Didit answers.

        Args:
          delete_all: Delete every business of the application.

        Returns: ``BusinessBatchDeleteResponse``.

        Example: ``client.businesses.batch_delete()``
        """
        return self._runner.call(
            self._async.batch_delete,
            vendor_data_list=vendor_data_list,
            didit_internal_id_list=didit_internal_id_list,
            delete_all=delete_all,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def toggle_aml_monitoring(
        self,
        *,
        is_enabled: bool,
        estimate_only: bool | None = None,
        vendor_data_list: Sequence[str] | None = None,
        didit_internal_id_list: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AmlMonitoringEstimate | AmlMonitoringToggleJob:
        """Turn ongoing AML monitoring on or off for businesses.

        Turn ongoing AML monitoring on or off (`is_enabled`) for the businesses listed by
        `vendor_data_list` or `didit_internal_id_list`. With `estimate_only: true` nothing
        changes: the answer is an estimate (how many would be screened first, the cost, whether
        the balance covers it). Otherwise Didit starts a job: 200 when it finished at once, 202
        while it runs; follow it with `aml.retrieve_monitoring_job(job_id)`. The answer is
        either shape, told apart by its keys (`users_total` for an estimate, `job_id` for a
        job); Didit's facts give the 202 only the job shape, the spec gives both answers the
        same union.

        ``POST /v3/businesses/aml-monitoring/``. Blocks until Didit answers.

        Returns: ``AmlMonitoringEstimate | AmlMonitoringToggleJob``.

        Example: ``client.businesses.toggle_aml_monitoring(is_enabled=…)``
        """
        return self._runner.call(
            self._async.toggle_aml_monitoring,
            is_enabled=is_enabled,
            estimate_only=estimate_only,
            vendor_data_list=vendor_data_list,
            didit_internal_id_list=didit_internal_id_list,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def bulk_toggle_aml_monitoring(
        self,
        organization_id: str,
        application_id: str,
        /,
        *,
        is_enabled: bool,
        estimate_only: bool | None = None,
        update_all: bool | None = None,
        filter_search: str | None = None,
        filter_status: Sequence[str] | None = None,
        filter_country: str | None = None,
        filter_date_from: str | None = None,
        filter_date_to: str | None = None,
        session_numbers: Sequence[str] | None = None,
        toggle_all: bool | None = None,
        filter_workflow_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AmlMonitoringEstimate | AmlMonitoringToggleJob:
        """Turn AML monitoring on or off for many businesses.

        Turn ongoing AML monitoring on or off (`is_enabled`) for the businesses you list
        (`didit_internal_id_list`) or, with `update_all: true`, for all of them narrowed by the
        filters (`filter_search`, `filter_status`, `filter_country`,
        `filter_date_from`/`filter_date_to`). `estimate_only: true` answers the estimate and
        changes nothing; otherwise a job starts (200 done, 202 running), followed with
        `businesses.retrieve_aml_monitoring_job`. The answer is an estimate or a job, told apart
        by their keys (the shapes of `users.toggle_aml_monitoring`). Organization-scoped:
        `organization_id` and `application_id` name your application. Didit's facts declare no
        security scheme here; the SDK sends the API key when the client has one (as the face
        upload under the same prefix declares), else the account access token (as the console's
        organization-scoped endpoints take).

        ``PATCH /v3/organization/{organization_id}/application/{application_id}/vendor-
        businesses/toggle-ongoing-monitoring/``. Blocks until Didit answers.

        Returns: ``AmlMonitoringEstimate | AmlMonitoringToggleJob``.

        Example: ``client.businesses.bulk_toggle_aml_monitoring("…", "…", is_enabled=…)``
        """
        return self._runner.call(
            self._async.bulk_toggle_aml_monitoring,
            organization_id,
            application_id,
            is_enabled=is_enabled,
            estimate_only=estimate_only,
            update_all=update_all,
            filter_search=filter_search,
            filter_status=filter_status,
            filter_country=filter_country,
            filter_date_from=filter_date_from,
            filter_date_to=filter_date_to,
            session_numbers=session_numbers,
            toggle_all=toggle_all,
            filter_workflow_id=filter_workflow_id,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def retrieve_aml_monitoring_job(
        self,
        organization_id: str,
        application_id: str,
        job_id: str,
        /,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AmlMonitoringJob:
        """Retrieve a businesses' AML monitoring job.

        Progress of a bulk monitoring toggle for businesses. Organization-scoped:
        `organization_id` and `application_id` name your application. Didit's facts declare no
        security scheme here; the SDK sends the API key when the client has one (as the face
        upload under the same prefix declares), else the account access token (as the console's
        organization-scoped endpoints take).

        ``GET /v3/organization/{organization_id}/application/{application_id}/vendor-
        businesses/toggle-ongoing-monitoring/{job_id}/``. Blocks until Didit answers.

        Returns: ``AmlMonitoringJob``.

        Example: ``client.businesses.retrieve_aml_monitoring_job("…", "…", "…")``
        """
        return self._runner.call(
            self._async.retrieve_aml_monitoring_job,
            organization_id,
            application_id,
            job_id,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def bulk_toggle_session_aml_monitoring(
        self,
        organization_id: str,
        application_id: str,
        /,
        *,
        is_enabled: bool,
        estimate_only: bool | None = None,
        update_all: bool | None = None,
        filter_search: str | None = None,
        filter_status: Sequence[str] | None = None,
        filter_country: str | None = None,
        filter_date_from: str | None = None,
        filter_date_to: str | None = None,
        session_numbers: Sequence[str] | None = None,
        toggle_all: bool | None = None,
        filter_workflow_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AmlMonitoringEstimate | AmlMonitoringToggleJob:
        """Turn AML monitoring on or off for many KYB sessions.

        Turn ongoing AML monitoring on or off (`is_enabled`) for the businesses verified by KYB
        sessions (the sandbox reads it as the businesses that have a KYB session) you list
        (`didit_internal_id_list`) or, with `update_all: true`, for all of them narrowed by the
        filters (`filter_search`, `filter_status`, `filter_country`,
        `filter_date_from`/`filter_date_to`). `estimate_only: true` answers the estimate and
        changes nothing; otherwise a job starts (200 done, 202 running), followed with
        `businesses.retrieve_session_aml_monitoring_job`. The answer is an estimate or a job,
        told apart by their keys (the shapes of `users.toggle_aml_monitoring`). Organization-
        scoped: `organization_id` and `application_id` name your application. Didit's facts
        declare no security scheme here; the SDK sends the API key when the client has one (as
        the face upload under the same prefix declares), else the account access token (as the
        console's organization-scoped endpoints take).

        ``PATCH
        /v3/organization/{organization_id}/application/{application_id}/businesses/toggle-
        ongoing-monitoring/``. Blocks until Didit answers.

        Returns: ``AmlMonitoringEstimate | AmlMonitoringToggleJob``.

        Example: ``client.businesses.bulk_toggle_session_aml_monitoring("…", "…",
        is_enabled=…)``
        """
        return self._runner.call(
            self._async.bulk_toggle_session_aml_monitoring,
            organization_id,
            application_id,
            is_enabled=is_enabled,
            estimate_only=estimate_only,
            update_all=update_all,
            filter_search=filter_search,
            filter_status=filter_status,
            filter_country=filter_country,
            filter_date_from=filter_date_from,
            filter_date_to=filter_date_to,
            session_numbers=session_numbers,
            toggle_all=toggle_all,
            filter_workflow_id=filter_workflow_id,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def retrieve_session_aml_monitoring_job(
        self,
        organization_id: str,
        application_id: str,
        job_id: str,
        /,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AmlMonitoringJob:
        """Retrieve a KYB sessions' AML monitoring job.

        Progress of a bulk monitoring toggle for KYB sessions. Organization-scoped:
        `organization_id` and `application_id` name your application. Didit's facts declare no
        security scheme here; the SDK sends the API key when the client has one (as the face
        upload under the same prefix declares), else the account access token (as the console's
        organization-scoped endpoints take).

        ``GET /v3/organization/{organization_id}/application/{application_id}/businesses/toggle-
        ongoing-monitoring/{job_id}/``. Blocks until Didit answers.

        Returns: ``AmlMonitoringJob``.

        Example: ``client.businesses.retrieve_session_aml_monitoring_job("…", "…", "…")``
        """
        return self._runner.call(
            self._async.retrieve_session_aml_monitoring_job,
            organization_id,
            application_id,
            job_id,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )


class SyncCustomizationResource:
    """``client.customization`` of ``Didit``: retrieve, update (blocking)."""

    __slots__ = ("_async", "_runner")

    def __init__(self, runner: SyncRunner, resource: CustomizationResource) -> None:
        self._runner = runner
        self._async = resource

    def retrieve(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Customization:
        """Get the branding.

        Logos and colours of the verification UI. Response shape unpublished: image URLs typed,
        the rest kept.

        ``GET /v3/customization/``. Blocks until Didit answers.

        Returns: ``Customization``.

        Example: ``client.customization.retrieve()``
        """
        return self._runner.call(
            self._async.retrieve,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def update(
        self,
        *,
        image_square: FileInput | None = None,
        image_rectangular: FileInput | None = None,
        image_favicon: FileInput | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Customization:
        """Update the branding images.

        Multipart upload of any of the square logo, the rectangular logo and the favicon (at
        least one). Sending the same images again leaves the same result, so a retry is safe.

        ``PATCH /v3/customization/``. Blocks until Didit answers.

        Returns: ``Customization``.

        Example: ``client.customization.update()``
        """
        return self._runner.call(
            self._async.update,
            image_square=image_square,
            image_rectangular=image_rectangular,
            image_favicon=image_favicon,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
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
        document_type: Literal[
            "P", "DL", "ID", "RP", "SSC", "HIC", "WP", "TC", "VISA", "PSC", "BC", "OTHER"
        ]
        | None = None,
        full_name: str | None = None,
        middle_name: str | None = None,
        gender: Literal["M", "F", "X"] | None = None,
        nationality: str | None = None,
        tax_number: str | None = None,
        metadata: Mapping[str, Any] | None = None,
        no_match_action: Literal["DECLINE", "NO_ACTION"] | None = None,
        partial_match_action: Literal["DECLINE", "NO_ACTION"] | None = None,
        services: Sequence[str] | None = None,
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
          services: Restrict the sources to these service ids.

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
            document_type=document_type,
            full_name=full_name,
            middle_name=middle_name,
            gender=gender,
            nationality=nationality,
            tax_number=tax_number,
            metadata=metadata,
            no_match_action=no_match_action,
            partial_match_action=partial_match_action,
            services=services,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )


class SyncDeviceResource:
    """``client.device`` of ``Didit``: sub-resources (blocking)."""

    __slots__ = ("_async", "_runner", "transactions")

    def __init__(self, runner: SyncRunner, resource: DeviceResource) -> None:
        self._runner = runner
        self._async = resource
        self.transactions = SyncDeviceTransactionsResource(runner, resource.transactions)


class SyncDocumentAiResource:
    """``client.document_ai`` of ``Didit``: extract (blocking)."""

    __slots__ = ("_async", "_runner")

    def __init__(self, runner: SyncRunner, resource: DocumentAiResource) -> None:
        self._runner = runner
        self._async = resource

    def extract(
        self,
        *,
        document: FileInput,
        fields: str,
        expected_first_name: str | None = None,
        expected_last_name: str | None = None,
        expected_company_name: str | None = None,
        expected_company_country: str | None = None,
        document_ai_name_match_score_threshold: int | None = None,
        document_ai_unreadable_document_action: Literal["DECLINE", "REVIEW", "NO_ACTION"]
        | None = None,
        document_ai_missing_required_fields_action: Literal["DECLINE", "REVIEW", "NO_ACTION"]
        | None = None,
        document_ai_document_tampering_action: Literal["DECLINE", "REVIEW", "NO_ACTION"]
        | None = None,
        document_ai_name_mismatch_action: Literal["DECLINE", "REVIEW", "NO_ACTION"] | None = None,
        document_ai_unsupported_file_action: Literal["DECLINE", "REVIEW", "NO_ACTION"]
        | None = None,
        save_api_request: bool | None = None,
        vendor_data: str | None = None,
        metadata: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> DocumentAiResponse:
        """Extract data from a document.

        Read the fields you ask for (`fields`, comma-separated) from an uploaded document with
        Document AI, optionally matching the holder or company name you expect; each check has
        an action (DECLINE, REVIEW, NO_ACTION). Billed per call.

        ``POST /v3/document-ai/``. Blocks until Didit answers.

        Returns: ``DocumentAiResponse``.

        Example: ``client.document_ai.extract(document=…, fields=…)``
        """
        return self._runner.call(
            self._async.extract,
            document=document,
            fields=fields,
            expected_first_name=expected_first_name,
            expected_last_name=expected_last_name,
            expected_company_name=expected_company_name,
            expected_company_country=expected_company_country,
            document_ai_name_match_score_threshold=document_ai_name_match_score_threshold,
            document_ai_unreadable_document_action=document_ai_unreadable_document_action,
            document_ai_missing_required_fields_action=document_ai_missing_required_fields_action,
            document_ai_document_tampering_action=document_ai_document_tampering_action,
            document_ai_name_mismatch_action=document_ai_name_mismatch_action,
            document_ai_unsupported_file_action=document_ai_unsupported_file_action,
            save_api_request=save_api_request,
            vendor_data=vendor_data,
            metadata=metadata,
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


class SyncEventsResource:
    """``client.events`` of ``Didit``: ingest, ingest_batch (blocking)."""

    __slots__ = ("_async", "_runner")

    def __init__(self, runner: SyncRunner, resource: EventsResource) -> None:
        self._runner = runner
        self._async = resource

    def ingest(
        self,
        *,
        event_type: str,
        event_id: str | None = None,
        vendor_data: str | None = None,
        occurred_at: str | None = None,
        properties: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> IngestedEvent:
        """Ingest an event.

        Records one user or business event (a login, a profile change) for monitoring. Didit's
        public material names only the paths and their rate-limit scope (`ingest-write`,
        600/min); the fields are our reading (an event type, the subject's vendor_data, a time
        and free-form properties), and any other field is passed through.

        ``POST /v3/events/``. Blocks until Didit answers.

        Args:
          event_type: What happened (login, password_change, ...).
          event_id: Your identifier of the event.
          vendor_data: The user or business it concerns.

        Returns: ``IngestedEvent``.

        Example: ``client.events.ingest(event_type=…)``
        """
        return self._runner.call(
            self._async.ingest,
            event_type=event_type,
            event_id=event_id,
            vendor_data=vendor_data,
            occurred_at=occurred_at,
            properties=properties,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def ingest_batch(
        self,
        *,
        events: Sequence[EventIngestRequest | Mapping[str, Any]],
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> EventBatchIngestResponse:
        """Ingest events in bulk.

        Records several events in one request (one request against `ingest-write`). Didit's
        public material names only the paths and their rate-limit scope (`ingest-write`,
        600/min); the fields are our reading (an event type, the subject's vendor_data, a time
        and free-form properties), and any other field is passed through. Answer read as
        `{accepted, results}`.

        ``POST /v3/events/batch/``. Blocks until Didit answers.

        Returns: ``EventBatchIngestResponse``.

        Example: ``client.events.ingest_batch(events=…)``
        """
        return self._runner.call(
            self._async.ingest_batch,
            events=events,
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
        minimum_age: int | None = None,
        preferred_characters: Literal["latin", "non_latin"] | None = None,
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
          minimum_age: Decline when the extracted age is lower.
          preferred_characters: Script to prefer when reading the document.

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
            minimum_age=minimum_age,
            preferred_characters=preferred_characters,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )


class SyncKybResource:
    """``client.kyb`` of ``Didit``: search, select, retrieve_shareholders, retrieve_ubo (blocking)."""

    __slots__ = ("_async", "_runner")

    def __init__(self, runner: SyncRunner, resource: KybResource) -> None:
        self._runner = runner
        self._async = resource

    def search(
        self,
        *,
        country_code: str,
        name: str | None = None,
        registration_number: str | None = None,
        search_type: Literal["contains", "start_with", "fuzzy"] | None = None,
        vendor_data: str | None = None,
        metadata: Mapping[str, Any] | None = None,
        webhook_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> KybSearchResponse:
        """Search company registries.

        Looks a company up in official registries by name and/or registration number. Each
        candidate carries a `kyb_response_id` to pass to select. Response shape unpublished: we
        read it as `{results: [...]}` with candidates typed loosely and unknown fields kept.

        ``POST /v3/kyb/search/``. Blocks until Didit answers.

        Args:
          country_code: ISO 3166-1 alpha-2.
          search_type: How `name` matches.
          webhook_url: Notified when the registry answer resolves.

        Returns: ``KybSearchResponse``.

        Example: ``client.kyb.search(country_code=…)``
        """
        return self._runner.call(
            self._async.search,
            country_code=country_code,
            name=name,
            registration_number=registration_number,
            search_type=search_type,
            vendor_data=vendor_data,
            metadata=metadata,
            webhook_url=webhook_url,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def select(
        self,
        *,
        kyb_response_id: str,
        vendor_data: str | None = None,
        metadata: Mapping[str, Any] | None = None,
        save_api_request: bool | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> KybCompanyRecord:
        """Resolve a registry candidate.

        Pulls the full registry record of a candidate returned by search. Response shape
        unpublished: the company record is typed loosely and unknown fields kept.

        ``POST /v3/kyb/select/``. Blocks until Didit answers.

        Args:
          save_api_request: Store the call as a manual check in the Console.

        Returns: ``KybCompanyRecord``.

        Example: ``client.kyb.select(kyb_response_id=…)``
        """
        return self._runner.call(
            self._async.select,
            kyb_response_id=kyb_response_id,
            vendor_data=vendor_data,
            metadata=metadata,
            save_api_request=save_api_request,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def retrieve_shareholders(
        self,
        *,
        kyb_response_id: str,
        vendor_data: str | None = None,
        metadata: Mapping[str, Any] | None | Unset = UNSET,
        save_api_request: bool | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> KybShareholdersResponse:
        """Fetch a company's shareholders.

        Upgrade a KYB registry lookup (`kyb_response_id` from `kyb.select`) to the shareholders
        tier: the registry record with its officers and shareholders. 200 when the data is at
        hand, 202 while the registry is still being asked (the same body,
        `registry_tier_delivered` lower than requested); call again later. Billed per call.

        ``POST /v3/kyb/shareholders/``. Blocks until Didit answers.

        Returns: ``KybShareholdersResponse``.

        Example: ``client.kyb.retrieve_shareholders(kyb_response_id=…)``
        """
        return self._runner.call(
            self._async.retrieve_shareholders,
            kyb_response_id=kyb_response_id,
            vendor_data=vendor_data,
            metadata=metadata,
            save_api_request=save_api_request,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def retrieve_ubo(
        self,
        *,
        kyb_response_id: str,
        vendor_data: str | None = None,
        metadata: Mapping[str, Any] | None | Unset = UNSET,
        save_api_request: bool | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> KybShareholdersResponse:
        """Fetch a company's ultimate beneficial owners.

        Upgrade a KYB registry lookup (`kyb_response_id` from `kyb.select`) to the UBO tier: the
        registry record with its shareholders and ultimate beneficial owners. 200 when
        delivered, 202 while the registry is still being asked; call again later. Billed per
        call.

        ``POST /v3/kyb/ubo/``. Blocks until Didit answers.

        Returns: ``KybShareholdersResponse``.

        Example: ``client.kyb.retrieve_ubo(kyb_response_id=…)``
        """
        return self._runner.call(
            self._async.retrieve_ubo,
            kyb_response_id=kyb_response_id,
            vendor_data=vendor_data,
            metadata=metadata,
            save_api_request=save_api_request,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )


class SyncListsResource:
    """``client.lists`` of ``Didit``: list, create, retrieve, update, delete (blocking)."""

    __slots__ = ("_async", "_runner", "entries")

    def __init__(self, runner: SyncRunner, resource: ListsResource) -> None:
        self._runner = runner
        self._async = resource
        self.entries = SyncListsEntriesResource(runner, resource.entries)

    def list(
        self,
        *,
        list_type: ListType | Literal["blocklist", "allowlist", "custom"] | None = None,
        entry_type: ListEntryType
        | Literal[
            "face",
            "document",
            "phone",
            "email",
            "ip_address",
            "device_fingerprint",
            "wallet_address",
            "bank_account",
            "user",
            "business",
            "country",
            "key",
        ]
        | None = None,
        limit: int | None = None,
        offset: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SyncPaginator[DiditList]:
        """List lists.

        Blocklists, allowlists and custom lists, filtered by list or entry type. Management API
        on the apx host (Didit's tooling calls the verification host; both answer). One system
        blocklist per entry type is provisioned for every application and cannot be created,
        renamed or deleted.

        ``GET /v3/lists/``. Blocks until Didit answers.

        Args:
          limit: Page size.

        Returns: ``SyncPaginator[DiditList]`` (iterate it for every item, lazily).

        Example: ``client.lists.list()``
        """
        return self._runner.paginate(
            self._async.list(
                list_type=list_type,
                entry_type=entry_type,
                limit=limit,
                offset=offset,
                extra_query=extra_query,
                timeout=timeout,
                extra_headers=extra_headers,
            )
        )

    def create(
        self,
        *,
        name: str,
        list_type: Literal["allowlist", "custom"],
        entry_type: ListEntryType
        | Literal[
            "face",
            "document",
            "phone",
            "email",
            "ip_address",
            "device_fingerprint",
            "wallet_address",
            "bank_account",
            "user",
            "business",
            "country",
            "key",
        ],
        description: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> DiditList:
        """Create a list.

        An allowlist or custom list; `name` is unique per application (400 otherwise).
        Management API on the apx host (Didit's tooling calls the verification host; both
        answer). One system blocklist per entry type is provisioned for every application and
        cannot be created, renamed or deleted.

        ``POST /v3/lists/``. Blocks until Didit answers.

        Args:
          list_type: Blocklists are provisioned by Didit.

        Returns: ``DiditList``.

        Example: ``client.lists.create(name=…, list_type=…, entry_type=…)``
        """
        return self._runner.call(
            self._async.create,
            name=name,
            list_type=list_type,
            entry_type=entry_type,
            description=description,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def retrieve(
        self,
        list_uuid: str,
        /,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> DiditList:
        """Get a list.

        A list's details. Management API on the apx host (Didit's tooling calls the verification
        host; both answer). One system blocklist per entry type is provisioned for every
        application and cannot be created, renamed or deleted.

        ``GET /v3/lists/{list_uuid}/``. Blocks until Didit answers.

        Args:
          list_uuid: The list's UUID.

        Returns: ``DiditList``.

        Example: ``client.lists.retrieve("…")``
        """
        return self._runner.call(
            self._async.retrieve,
            list_uuid,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def update(
        self,
        list_uuid: str,
        /,
        *,
        name: str | None = None,
        description: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> DiditList:
        """Update a list.

        Renames an allowlist/custom list or changes its description; a system blocklist answers
        403. Management API on the apx host (Didit's tooling calls the verification host; both
        answer). One system blocklist per entry type is provisioned for every application and
        cannot be created, renamed or deleted.

        ``PATCH /v3/lists/{list_uuid}/``. Blocks until Didit answers.

        Args:
          list_uuid: The list's UUID.

        Returns: ``DiditList``.

        Example: ``client.lists.update("…")``
        """
        return self._runner.call(
            self._async.update,
            list_uuid,
            name=name,
            description=description,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def delete(
        self,
        list_uuid: str,
        /,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete a list.

        Deletes an allowlist/custom list and its entries; a system blocklist answers 403.
        Management API on the apx host (Didit's tooling calls the verification host; both
        answer). One system blocklist per entry type is provisioned for every application and
        cannot be created, renamed or deleted.

        ``DELETE /v3/lists/{list_uuid}/``. Blocks until Didit answers.

        Args:
          list_uuid: The list's UUID.

        Example: ``client.lists.delete("…")``
        """
        self._runner.call(
            self._async.delete,
            list_uuid,
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
        expected_address: str | None = None,
        expected_country: str | None = None,
        expected_first_name: str | None = None,
        expected_last_name: str | None = None,
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
          expected_country: Alpha-2.

        Returns: ``PoaResponse``.

        Example: ``client.poa.verify(document=…)``
        """
        return self._runner.call(
            self._async.verify,
            document=document,
            save_api_request=save_api_request,
            vendor_data=vendor_data,
            expected_address=expected_address,
            expected_country=expected_country,
            expected_first_name=expected_first_name,
            expected_last_name=expected_last_name,
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
        description: str | None = None,
        default_language: str | None = None,
        languages: Sequence[str] | None = None,
        form_elements: Sequence[QuestionnaireFormElement | Mapping[str, Any]] | None = None,
        questions: Sequence[QuestionnaireQuestion | Mapping[str, Any]] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Questionnaire:
        """Create a questionnaire.

        A form shown during verification.

        ``POST /v3/questionnaires/``. Blocks until Didit answers.

        Args:
          questions: The question list Didit's current tooling sends (type, text, options,
              optional branching); the older `form_elements` is still accepted.

        Returns: ``Questionnaire``.

        Example: ``client.questionnaires.create(title=…)``
        """
        return self._runner.call(
            self._async.create,
            title=title,
            description=description,
            default_language=default_language,
            languages=languages,
            form_elements=form_elements,
            questions=questions,
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
        questions: Sequence[QuestionnaireQuestion | Mapping[str, Any]] | None = None,
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
          questions: The question list Didit's current tooling sends (type, text, options,
              optional branching); the older `form_elements` is still accepted.

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
            questions=questions,
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


class SyncRiskResource:
    """``client.risk`` of ``Didit``: email, ip, phone (blocking)."""

    __slots__ = ("_async", "_runner")

    def __init__(self, runner: SyncRunner, resource: RiskResource) -> None:
        self._runner = runner
        self._async = resource

    def email(
        self,
        *,
        email: str,
        country_code: str | None = None,
        signals: RiskSignals | Mapping[str, Any] | None = None,
        vendor_data: str | None = None,
        metadata: Mapping[str, Any] | None | Unset = UNSET,
        enable_social: bool | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> EmailRiskResponse:
        """Score an email address.

        Risk-score an email address without a session: deliverability, disposable and breached
        flags, the domain, social footprint and matches with your other users. Billed per call.

        ``POST /v3/email/risk/``. Blocks until Didit answers.

        Returns: ``EmailRiskResponse``.

        Example: ``client.risk.email(email=…)``
        """
        return self._runner.call(
            self._async.email,
            email=email,
            country_code=country_code,
            signals=signals,
            vendor_data=vendor_data,
            metadata=metadata,
            enable_social=enable_social,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def ip(
        self,
        *,
        ip_address: str,
        claimed_country: str | None = None,
        user_agent: str | None = None,
        vendor_data: str | None = None,
        metadata: Mapping[str, Any] | None | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> IpRiskResponse:
        """Score an IP address.

        Risk-score an IP address without a session: location, VPN, proxy, Tor and data-centre
        flags. Billed per call.

        ``POST /v3/ip/risk/``. Blocks until Didit answers.

        Returns: ``IpRiskResponse``.

        Example: ``client.risk.ip(ip_address=…)``
        """
        return self._runner.call(
            self._async.ip,
            ip_address=ip_address,
            claimed_country=claimed_country,
            user_agent=user_agent,
            vendor_data=vendor_data,
            metadata=metadata,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def phone(
        self,
        *,
        phone_number: str,
        country_code: str | None = None,
        signals: RiskSignals | Mapping[str, Any] | None = None,
        vendor_data: str | None = None,
        metadata: Mapping[str, Any] | None | Unset = UNSET,
        enable_social: bool | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> PhoneRiskResponse:
        """Score a phone number.

        Risk-score a phone number without a session: carrier, line type, disposable and VoIP
        flags, social footprint and matches with your other users. Didit caps scoring at 4
        attempts per number per hour (scope phone-risk-number, which the client honours before
        sending). Billed per call.

        ``POST /v3/phone/risk/``. Blocks until Didit answers.

        Returns: ``PhoneRiskResponse``.

        Example: ``client.risk.phone(phone_number=…)``
        """
        return self._runner.call(
            self._async.phone,
            phone_number=phone_number,
            country_code=country_code,
            signals=signals,
            vendor_data=vendor_data,
            metadata=metadata,
            enable_social=enable_social,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )


class SyncSessionsResource:
    """``client.sessions`` of ``Didit``: create, retrieve_decision, list, delete, batch_delete, retrieve_batch_delete_job, update_status, generate_pdf, share, import_shared, list_events, update_aml_hit_status, update_feature_status, update_data, update_poa_data, retrieve, arm_sandbox, bulk_update_aml_hit_status (blocking)."""

    __slots__ = ("_async", "_runner", "imports", "kyb", "reviews")

    def __init__(self, runner: SyncRunner, resource: SessionsResource) -> None:
        self._runner = runner
        self._async = resource
        self.imports = SyncSessionsImportsResource(runner, resource.imports)
        self.kyb = SyncSessionsKybResource(runner, resource.kyb)
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
        status: str
        | Sequence[
            SessionStatus
            | Literal[
                "Not Started",
                "In Progress",
                "In Review",
                "Awaiting User",
                "Resubmitted",
                "Approved",
                "Declined",
                "Expired",
                "Abandoned",
                "Kyc Expired",
            ]
        ]
        | None = None,
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
          status: Sessions in any of these statuses: a list (`["Approved", "In Review"]`) or one
              comma-separated string (`Approved,In Review`, no spaces around the commas).
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
        document_subtype: str | None = None,
        extra_fields: Mapping[str, Any] | None = None,
        marital_status: Literal["SINGLE", "MARRIED", "DIVORCED", "WIDOWED", "UNKNOWN"]
        | None = None,
        parsed_address: Mapping[str, Any] | None = None,
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
          extra_fields: Document-specific extra fields.
          parsed_address: Structured address override (the decision's parsed_address shape).

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
            document_subtype=document_subtype,
            extra_fields=extra_fields,
            marital_status=marital_status,
            parsed_address=parsed_address,
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
        document_language: str | None = None,
        extra_fields: Mapping[str, Any] | None = None,
        issuing_state: str | None = None,
        poa_parsed_address: Mapping[str, Any] | None = None,
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
          issuing_state: Alpha-3.
          poa_parsed_address: Structured address override.

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
            document_language=document_language,
            extra_fields=extra_fields,
            issuing_state=issuing_state,
            poa_parsed_address=poa_parsed_address,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def retrieve(
        self,
        session_id: str,
        /,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SessionDecision:
        """Retrieve a session.

        The session with all of its results. Not in Didit's public reference: a community SDK
        calls it and the rate-limiting page names the view that serves v3 retrieval. We read it
        as answering the same body as the decision endpoint (unknown fields kept); like it, only
        generic-get applies.

        ``GET /v3/session/{sessionId}/``. Blocks until Didit answers.

        Args:
          session_id: The session's UUID.

        Returns: ``SessionDecision``.

        Example: ``client.sessions.retrieve("…")``
        """
        return self._runner.call(
            self._async.retrieve,
            session_id,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def arm_sandbox(
        self,
        session_id: str,
        /,
        *,
        scenario: str,
        session_token: str,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SandboxArmResponse:
        """Arm a sandbox session's outcome.

        Sandbox applications only: decide how a session that has not started yet will end, as
        `sandbox_scenario` does at creation. `scenario` is one of the 16 scenario slugs
        (approve, decline_document_expired, decline_could_not_recognize_document,
        decline_mrz_validation, decline_minimum_age, decline_face_match_low_similarity,
        decline_liveness_attack, decline_aml_hit, decline_ip_blocklist,
        decline_poa_address_mismatch, decline_nfc_chip_not_verified, decline_database_no_match,
        review_aml_possible_match, review_face_match_borderline, review_poa_partial_match,
        decline_kyb_registry_mismatch). Authenticated by the session's own token, not the API
        key: pass `session_token` from the create answer
        (`CreateSessionResponse.session_token`); the SDK sends it as `Session-Token` on this
        call only and never logs it. 400 when the session has already started or the scenario is
        unknown.

        ``POST /v3/session/{sessionId}/sandbox/arm/``. Blocks until Didit answers.

        Args:
          session_id: The session to arm.
          session_token: The secret the SessionTokenAuth scheme sends in the `Session-Token`
              header; never logged.

        Returns: ``SandboxArmResponse``.

        Example: ``client.sessions.arm_sandbox("…", scenario=…)``
        """
        return self._runner.call(
            self._async.arm_sandbox,
            session_id,
            scenario=scenario,
            session_token=session_token,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def bulk_update_aml_hit_status(
        self,
        session_id: str,
        /,
        *,
        hit_updates: Sequence[AmlHitBulkUpdateItem | Mapping[str, Any]],
        node_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AmlHitBulkUpdateResult:
        """Review several AML hits at once.

        Set the review status of several AML hits of a session in one call (`hit_updates`:
        `hit_id` and `review_status` each); `node_id` picks the AML step when the workflow has
        several. Didit's facts give the answer no schema: it is kept as a free-form object.

        ``PATCH /v3/session/{sessionId}/bulk-update-aml-hit-status/``. Blocks until Didit
        answers.

        Returns: ``AmlHitBulkUpdateResult``.

        Example: ``client.sessions.bulk_update_aml_hit_status("…", hit_updates=…)``
        """
        return self._runner.call(
            self._async.bulk_update_aml_hit_status,
            session_id,
            hit_updates=hit_updates,
            node_id=node_id,
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


class SyncTransactionsResource:
    """``client.transactions`` of ``Didit``: list, create, retrieve, create_sdk_token (blocking)."""

    __slots__ = ("_async", "_runner", "rules")

    def __init__(self, runner: SyncRunner, resource: TransactionsResource) -> None:
        self._runner = runner
        self._async = resource
        self.rules = SyncTransactionsRulesResource(runner, resource.rules)

    def list(
        self,
        *,
        vendor_data: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SyncPaginator[Transaction]:
        """List transactions.

        Monitored transactions, newest first, paginated.

        ``GET /v3/transactions/``. Blocks until Didit answers.

        Args:
          vendor_data: Only transactions whose subject is this vendor_data (our reading).
          limit: Page size.

        Returns: ``SyncPaginator[Transaction]`` (iterate it for every item, lazily).

        Example: ``client.transactions.list()``
        """
        return self._runner.paginate(
            self._async.list(
                vendor_data=vendor_data,
                limit=limit,
                offset=offset,
                extra_query=extra_query,
                timeout=timeout,
                extra_headers=extra_headers,
            )
        )

    def create(
        self,
        *,
        transaction_id: str,
        transaction_category: TransactionCategory
        | Literal[
            "finance",
            "kyc",
            "travel_rule",
            "user_event",
            "audit_trail_event",
            "gambling_bet",
            "gambling_limit_change",
            "gambling_bonus_change",
        ],
        transaction_details: Mapping[str, Any],
        subject: Mapping[str, Any],
        counterparty: Mapping[str, Any] | None = None,
        transaction_at: str | None = None,
        time_zone: str | None = None,
        custom_properties: Mapping[str, Any] | None = None,
        travel_rule_details: Mapping[str, Any] | None = None,
        network_snapshot: Mapping[str, Any] | None = None,
        include_crypto_screening: bool | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Transaction:
        """Submit a transaction.

        Submits a transaction for monitoring and rule evaluation; `transaction_details`,
        `subject` and `counterparty` are shaped by `transaction_category`. Counts against
        `ingest-write` (600/min) instead of generic-write. `transaction_id` is yours and unique
        per application: we read a repeat as answering the stored transaction rather than
        creating a second one (and tolerate 409 for it), so a retry cannot duplicate; after a
        lost answer, retrieve the transaction by its id. Sandbox applications store transactions
        without running Didit's rules; our sandbox runs a documented rule set instead.

        ``POST /v3/transactions/``. Blocks until Didit answers.

        Args:
          transaction_id: Your unique identifier of the transaction.
          transaction_details: Category-specific payload (for finance: amount, currency,
              direction, ...).
          subject: Who initiates it, usually `{"vendor_data": ...}`.
          counterparty: The other party.
          custom_properties: Values rules read as `custom_values.<key>`.

        Returns: ``Transaction``.

        Example: ``client.transactions.create(transaction_id=…, transaction_category=…,
        transaction_details=…, subject=…)``
        """
        return self._runner.call(
            self._async.create,
            transaction_id=transaction_id,
            transaction_category=transaction_category,
            transaction_details=transaction_details,
            subject=subject,
            counterparty=counterparty,
            transaction_at=transaction_at,
            time_zone=time_zone,
            custom_properties=custom_properties,
            travel_rule_details=travel_rule_details,
            network_snapshot=network_snapshot,
            include_crypto_screening=include_crypto_screening,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def retrieve(
        self,
        transaction_id: str,
        /,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Transaction:
        """Get a transaction.

        One transaction with its rule-evaluation result. Didit's tooling calls the parameter
        "transaction ID": we read it as your `transaction_id` (Didit's own `uuid` answers too).

        ``GET /v3/transactions/{transaction_id}/``. Blocks until Didit answers.

        Args:
          transaction_id: Your transaction_id (or Didit's uuid).

        Returns: ``Transaction``.

        Example: ``client.transactions.retrieve("…")``
        """
        return self._runner.call(
            self._async.retrieve,
            transaction_id,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def create_sdk_token(
        self,
        *,
        vendor_data: str,
        ttl_seconds: int | None = None,
        max_uses: int | None | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TransactionSdkToken:
        """Mint a transaction SDK token.

        A short-lived token (`ttl_seconds`, at most a day; optionally `max_uses`) that lets
        device-side code submit and read transactions of one `vendor_data` through
        `/v1/transactions/` without your API key. Hand `sdk_token` to the device and use it
        there with `AsyncDiditDevice` / `DiditDevice`.

        ``POST /v3/transactions/sdk-token/``. Blocks until Didit answers.

        Returns: ``TransactionSdkToken``.

        Example: ``client.transactions.create_sdk_token(vendor_data=…)``
        """
        return self._runner.call(
            self._async.create_sdk_token,
            vendor_data=vendor_data,
            ttl_seconds=ttl_seconds,
            max_uses=max_uses,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )


class SyncTravelRuleResource:
    """``client.travel_rule`` of ``Didit``: sub-resources (blocking)."""

    __slots__ = (
        "_async",
        "_runner",
        "inbound",
        "pickups",
        "settings",
        "transfers",
        "vasps",
        "wallet_addresses",
        "widget_sessions",
    )

    def __init__(self, runner: SyncRunner, resource: TravelRuleResource) -> None:
        self._runner = runner
        self._async = resource
        self.inbound = SyncTravelRuleInboundResource(runner, resource.inbound)
        self.pickups = SyncTravelRulePickupsResource(runner, resource.pickups)
        self.settings = SyncTravelRuleSettingsResource(runner, resource.settings)
        self.transfers = SyncTravelRuleTransfersResource(runner, resource.transfers)
        self.vasps = SyncTravelRuleVaspsResource(runner, resource.vasps)
        self.wallet_addresses = SyncTravelRuleWalletAddressesResource(
            runner, resource.wallet_addresses
        )
        self.widget_sessions = SyncTravelRuleWidgetSessionsResource(
            runner, resource.widget_sessions
        )


class SyncUsersResource:
    """``client.users`` of ``Didit``: list, retrieve, update, create, update_status, batch_delete, toggle_aml_monitoring, generate_pdf, upload_face, bulk_toggle_aml_monitoring, retrieve_aml_monitoring_job (blocking)."""

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
          status: Users in this status.
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
        full_name: str | None = None,
        date_of_birth: str | None = None,
        issuing_states: Sequence[str] | None = None,
        approved_emails: Sequence[str] | None = None,
        approved_phones: Sequence[str] | None = None,
        status: UserStatus | Literal["ACTIVE", "FLAGGED", "BLOCKED"] | None = None,
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
          issuing_states: Document issuing countries.
          status: Monitoring status.

        Returns: ``User``.

        Example: ``client.users.update("…")``
        """
        return self._runner.call(
            self._async.update,
            vendor_data,
            display_name=display_name,
            metadata=metadata,
            full_name=full_name,
            date_of_birth=date_of_birth,
            issuing_states=issuing_states,
            approved_emails=approved_emails,
            approved_phones=approved_phones,
            status=status,
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
        full_name: str | None = None,
        date_of_birth: str | None = None,
        issuing_states: Sequence[str] | None = None,
        approved_emails: Sequence[str] | None = None,
        approved_phones: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> User:
        """Create a user.

        Creates a user before any session.

        ``POST /v3/users/create/``. Blocks until Didit answers.

        Args:
          issuing_states: Document issuing countries.

        Returns: ``User``.

        Example: ``client.users.create(vendor_data=…)``
        """
        return self._runner.call(
            self._async.create,
            vendor_data=vendor_data,
            display_name=display_name,
            metadata=metadata,
            status=status,
            full_name=full_name,
            date_of_birth=date_of_birth,
            issuing_states=issuing_states,
            approved_emails=approved_emails,
            approved_phones=approved_phones,
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

    def toggle_aml_monitoring(
        self,
        *,
        is_enabled: bool,
        estimate_only: bool | None = None,
        vendor_data_list: Sequence[str] | None = None,
        didit_internal_id_list: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AmlMonitoringEstimate | AmlMonitoringToggleJob:
        """Turn ongoing AML monitoring on or off for users.

        Turn ongoing AML monitoring on or off (`is_enabled`) for the users listed by
        `vendor_data_list` or `didit_internal_id_list`. With `estimate_only: true` nothing
        changes: the answer is an estimate (how many would be screened first, the cost, whether
        the balance covers it). Otherwise Didit starts a job: 200 when it finished at once, 202
        while it runs; follow it with `aml.retrieve_monitoring_job(job_id)`. The answer is
        either shape, told apart by its keys (`users_total` for an estimate, `job_id` for a
        job); Didit's facts give the 202 only the job shape, the spec gives both answers the
        same union.

        ``POST /v3/users/aml-monitoring/``. Blocks until Didit answers.

        Returns: ``AmlMonitoringEstimate | AmlMonitoringToggleJob``.

        Example: ``client.users.toggle_aml_monitoring(is_enabled=…)``
        """
        return self._runner.call(
            self._async.toggle_aml_monitoring,
            is_enabled=is_enabled,
            estimate_only=estimate_only,
            vendor_data_list=vendor_data_list,
            didit_internal_id_list=didit_internal_id_list,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def generate_pdf(
        self,
        vendor_data: str,
        /,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> bytes:
        """Download a user's PDF report.

        A PDF report of one user (keyed by `vendor_data`): their profile, status and sessions.

        ``GET /v3/users/{vendor_data}/generate-pdf/``. Blocks until Didit answers.

        Args:
          vendor_data: Your identifier of the user (case-sensitive).

        Example: ``client.users.generate_pdf("…")``
        """
        return self._runner.call(
            self._async.generate_pdf,
            vendor_data,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def upload_face(
        self,
        organization_id: str,
        application_id: str,
        didit_internal_id: str,
        /,
        *,
        image: str,
        comment: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> UserFace:
        """Add a face image to a user.

        Attach a face image (base64 in `image`, with an optional `comment`) to a user, found by
        `didit_internal_id`, for face search and duplicate detection. Organization-scoped:
        `organization_id` and `application_id` name your application. Didit's facts declare the
        API key.

        ``POST /v3/organization/{organization_id}/application/{application_id}/vendor-users/by-
        id/{didit_internal_id}/faces/upload/``. Blocks until Didit answers.

        Returns: ``UserFace``.

        Example: ``client.users.upload_face("…", "…", "…", image=…)``
        """
        return self._runner.call(
            self._async.upload_face,
            organization_id,
            application_id,
            didit_internal_id,
            image=image,
            comment=comment,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def bulk_toggle_aml_monitoring(
        self,
        organization_id: str,
        application_id: str,
        /,
        *,
        is_enabled: bool,
        estimate_only: bool | None = None,
        update_all: bool | None = None,
        filter_search: str | None = None,
        filter_status: Sequence[str] | None = None,
        filter_country: str | None = None,
        filter_date_from: str | None = None,
        filter_date_to: str | None = None,
        session_numbers: Sequence[str] | None = None,
        toggle_all: bool | None = None,
        filter_workflow_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AmlMonitoringEstimate | AmlMonitoringToggleJob:
        """Turn AML monitoring on or off for many users.

        Turn ongoing AML monitoring on or off (`is_enabled`) for the users you list
        (`didit_internal_id_list`) or, with `update_all: true`, for all of them narrowed by the
        filters (`filter_search`, `filter_status`, `filter_country`,
        `filter_date_from`/`filter_date_to`). `estimate_only: true` answers the estimate and
        changes nothing; otherwise a job starts (200 done, 202 running), followed with
        `users.retrieve_aml_monitoring_job`. The answer is an estimate or a job, told apart by
        their keys (the shapes of `users.toggle_aml_monitoring`). Organization-scoped:
        `organization_id` and `application_id` name your application. Didit's facts declare no
        security scheme here; the SDK sends the API key when the client has one (as the face
        upload under the same prefix declares), else the account access token (as the console's
        organization-scoped endpoints take).

        ``PATCH /v3/organization/{organization_id}/application/{application_id}/vendor-
        users/toggle-ongoing-monitoring/``. Blocks until Didit answers.

        Returns: ``AmlMonitoringEstimate | AmlMonitoringToggleJob``.

        Example: ``client.users.bulk_toggle_aml_monitoring("…", "…", is_enabled=…)``
        """
        return self._runner.call(
            self._async.bulk_toggle_aml_monitoring,
            organization_id,
            application_id,
            is_enabled=is_enabled,
            estimate_only=estimate_only,
            update_all=update_all,
            filter_search=filter_search,
            filter_status=filter_status,
            filter_country=filter_country,
            filter_date_from=filter_date_from,
            filter_date_to=filter_date_to,
            session_numbers=session_numbers,
            toggle_all=toggle_all,
            filter_workflow_id=filter_workflow_id,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def retrieve_aml_monitoring_job(
        self,
        organization_id: str,
        application_id: str,
        job_id: str,
        /,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AmlMonitoringJob:
        """Retrieve a users' AML monitoring job.

        Progress of a bulk monitoring toggle for users. Organization-scoped: `organization_id`
        and `application_id` name your application. Didit's facts declare no security scheme
        here; the SDK sends the API key when the client has one (as the face upload under the
        same prefix declares), else the account access token (as the console's organization-
        scoped endpoints take).

        ``GET /v3/organization/{organization_id}/application/{application_id}/vendor-
        users/toggle-ongoing-monitoring/{job_id}/``. Blocks until Didit answers.

        Returns: ``AmlMonitoringJob``.

        Example: ``client.users.retrieve_aml_monitoring_job("…", "…", "…")``
        """
        return self._runner.call(
            self._async.retrieve_aml_monitoring_job,
            organization_id,
            application_id,
            job_id,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )


class SyncWalletScreeningResource:
    """``client.wallet_screening`` of ``Didit``: screen, generate_pdf (blocking)."""

    __slots__ = ("_async", "_runner")

    def __init__(self, runner: SyncRunner, resource: WalletScreeningResource) -> None:
        self._runner = runner
        self._async = resource

    def screen(
        self,
        *,
        wallet_address: str,
        blockchain: Literal[
            "BTC", "ETH", "LTC", "XRP", "BCH", "DOGE", "TRX", "SOL", "MATIC", "BNB", "USDT", "USDC"
        ],
        direction: Literal["inbound", "outbound", "deposit", "withdrawal"] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> WalletScreeningResult:
        """Screen a wallet address.

        AML risk of one crypto address without creating a transaction: risk score, severity,
        sanctions hit, sources and destinations of funds. Answers 409 when transaction
        monitoring has no provider key configured.

        ``POST /v3/wallet-screening/``. Blocks until Didit answers.

        Args:
          wallet_address: Must match the chain's address format.

        Returns: ``WalletScreeningResult``.

        Example: ``client.wallet_screening.screen(wallet_address=…, blockchain=…)``
        """
        return self._runner.call(
            self._async.screen,
            wallet_address=wallet_address,
            blockchain=blockchain,
            direction=direction,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def generate_pdf(
        self,
        *,
        provider: str,
        screening_type: Literal["WALLET_SCREENING"],
        risk_score: int,
        severity: Literal["UNKNOWN", "LOW", "MEDIUM", "HIGH", "CRITICAL"],
        status: Literal["SCREENED", "PENDING", "ERROR"],
        summary: str,
        wallet_address: str,
        blockchain: str,
        sanctions_hit: bool,
        dominant_risk_category: str | None,
        source_of_funds: Sequence[WalletScreeningReportFundFlow | Mapping[str, Any]],
        destination_of_funds: Sequence[WalletScreeningReportFundFlow | Mapping[str, Any]],
        counterparty_connections: Sequence[WalletScreeningReportCounterparty | Mapping[str, Any]],
        report_signature: str,
        risk_factors: Sequence[WalletScreeningReportRiskFactor | Mapping[str, Any]] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> bytes:
        """Generate a wallet screening report (PDF).

        Render a wallet screening result as a PDF report. Send the screening result as it was
        returned, with its `report_signature`: Didit checks the signature, so a result edited
        after screening is refused (400).

        ``POST /v3/wallet-screening/pdf/``. Blocks until Didit answers.

        Example: ``client.wallet_screening.generate_pdf(provider=…, screening_type=…,
        risk_score=…, severity=…, status=…, summary=…, wallet_address=…, blockchain=…,
        sanctions_hit=…, dominant_risk_category=…, source_of_funds=…, destination_of_funds=…,
        counterparty_connections=…, report_signature=…)``
        """
        return self._runner.call(
            self._async.generate_pdf,
            provider=provider,
            screening_type=screening_type,
            risk_score=risk_score,
            severity=severity,
            status=status,
            summary=summary,
            wallet_address=wallet_address,
            blockchain=blockchain,
            sanctions_hit=sanctions_hit,
            dominant_risk_category=dominant_risk_category,
            source_of_funds=source_of_funds,
            destination_of_funds=destination_of_funds,
            counterparty_connections=counterparty_connections,
            report_signature=report_signature,
            risk_factors=risk_factors,
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
        is_desktop_allowed: bool | None = None,
        is_white_label_enabled: bool | None = None,
        session_expiration_time: float | None = None,
        status: Literal["draft", "published"] | None = None,
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
          is_desktop_allowed: Let the hosted flow run on a desktop browser.
          session_expiration_time: How long a session stays open (Didit does not state the unit;
              seconds is our reading).
          status: Omit to publish at once; `draft` saves without publishing.

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
            is_desktop_allowed=is_desktop_allowed,
            is_white_label_enabled=is_white_label_enabled,
            session_expiration_time=session_expiration_time,
            status=status,
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
        is_desktop_allowed: bool | None = None,
        is_white_label_enabled: bool | None = None,
        session_expiration_time: float | None = None,
        status: Literal["draft", "published"] | None = None,
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
          is_desktop_allowed: Let the hosted flow run on a desktop browser.
          session_expiration_time: How long a session stays open (Didit does not state the unit;
              seconds is our reading).
          status: Omit to publish at once; `draft` saves without publishing.

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
            is_desktop_allowed=is_desktop_allowed,
            is_white_label_enabled=is_white_label_enabled,
            session_expiration_time=session_expiration_time,
            status=status,
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
