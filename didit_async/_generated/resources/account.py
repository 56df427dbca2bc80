# Generated from openapi/didit.yaml by codegen. Do not edit.
"""``client.account``, async and blocking.

Each operation's constant (its HTTP method and path, host, scopes, idempotency) comes
first; each method checks its arguments before anything is sent (a bad one raises
``DiditValidationError`` naming the operation), builds the body through its request
model and calls the transport with that constant. The ``Sync*`` class is the blocking
twin for ``Didit``: the same arguments, run through the client's runner.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from didit_async._seam import (
    NOT_GIVEN,
    DiditValidationError,
    Idempotency,
    OperationMeta,
    Timeout,
    Transport,
    path_param,
)
from didit_async._sync_seam import SyncRunner

from .._codec.account__create_application import (
    unstructure_CreateApplicationRequest,
    validate_CreateApplicationRequest,
)
from .._codec.account__create_application__get_credentials__list_applications import (
    structure_ApplicationCredentials,
)
from .._codec.account__list_organizations import structure_Organization
from .._codec.account__login import unstructure_AccountLoginRequest, validate_AccountLoginRequest
from .._codec.account__login__verify_email import structure_AccountTokenResponse
from .._codec.account__register import (
    structure_AccountRegisterResponse,
    unstructure_AccountRegisterRequest,
    validate_AccountRegisterRequest,
)
from .._codec.account__resend_otp import (
    unstructure_AccountResendOtpRequest,
    validate_AccountResendOtpRequest,
)
from .._codec.account__verify_email import (
    unstructure_AccountVerifyEmailRequest,
    validate_AccountVerifyEmailRequest,
)
from .._codec.shared__account_blocklist import structure_MessageResponse
from ..models.account__create_application import CreateApplicationRequest
from ..models.account__create_application__get_credentials__list_applications import (
    ApplicationCredentials,
)
from ..models.account__list_organizations import Organization
from ..models.account__login import AccountLoginRequest
from ..models.account__login__verify_email import AccountTokenResponse
from ..models.account__register import AccountRegisterRequest, AccountRegisterResponse
from ..models.account__resend_otp import AccountResendOtpRequest
from ..models.account__verify_email import AccountVerifyEmailRequest
from ..models.shared__account_blocklist import MessageResponse

__all__ = [
    "ACCOUNT_CREATE_APPLICATION",
    "ACCOUNT_GET_CREDENTIALS",
    "ACCOUNT_LIST_APPLICATIONS",
    "ACCOUNT_LIST_ORGANIZATIONS",
    "ACCOUNT_LOGIN",
    "ACCOUNT_REGISTER",
    "ACCOUNT_RESEND_OTP",
    "ACCOUNT_VERIFY_EMAIL",
    "AccountResource",
    "SyncAccountResource",
]


ACCOUNT_REGISTER = OperationMeta(
    operation_id="account_register",
    method="POST",
    path="/programmatic/register/",
    host="auth",
    resource="account",
    method_name="register",
    idempotency=Idempotency("never"),
    rate_limit_scopes=("generic-write", "account-register"),
    request_kind="json",
    request_schema="AccountRegisterRequest",
)


ACCOUNT_VERIFY_EMAIL = OperationMeta(
    operation_id="account_verify_email",
    method="POST",
    path="/programmatic/verify-email/",
    host="auth",
    resource="account",
    method_name="verify_email",
    idempotency=Idempotency("never"),
    rate_limit_scopes=("generic-write",),
    request_kind="json",
    request_schema="AccountVerifyEmailRequest",
)


ACCOUNT_LOGIN = OperationMeta(
    operation_id="account_login",
    method="POST",
    path="/programmatic/login/",
    host="auth",
    resource="account",
    method_name="login",
    idempotency=Idempotency("never"),
    rate_limit_scopes=("generic-write",),
    request_kind="json",
    request_schema="AccountLoginRequest",
)


ACCOUNT_RESEND_OTP = OperationMeta(
    operation_id="account_resend_otp",
    method="POST",
    path="/programmatic/resend-otp/",
    host="auth",
    resource="account",
    method_name="resend_otp",
    idempotency=Idempotency("never"),
    rate_limit_scopes=("generic-write",),
    request_kind="json",
    request_schema="AccountResendOtpRequest",
)


ACCOUNT_LIST_ORGANIZATIONS = OperationMeta(
    operation_id="account_list_organizations",
    method="GET",
    path="/organizations/me/",
    host="auth",
    resource="account",
    method_name="list_organizations",
    idempotency=Idempotency("always"),
    auth=("bearer",),
    rate_limit_scopes=("generic-get",),
    response_array=True,
)


ACCOUNT_GET_CREDENTIALS = OperationMeta(
    operation_id="account_get_credentials",
    method="GET",
    path="/organizations/me/{org_id}/applications/{app_id}/",
    host="auth",
    resource="account",
    method_name="get_credentials",
    idempotency=Idempotency("always"),
    auth=("bearer",),
    rate_limit_scopes=("generic-get",),
)


ACCOUNT_LIST_APPLICATIONS = OperationMeta(
    operation_id="account_list_applications",
    method="GET",
    path="/organizations/me/{org_id}/applications/",
    host="auth",
    resource="account",
    method_name="list_applications",
    idempotency=Idempotency("always"),
    auth=("bearer",),
    rate_limit_scopes=("generic-get",),
    response_array=True,
)


ACCOUNT_CREATE_APPLICATION = OperationMeta(
    operation_id="account_create_application",
    method="POST",
    path="/organizations/me/{org_id}/applications/",
    host="auth",
    resource="account",
    method_name="create_application",
    idempotency=Idempotency("never"),
    auth=("bearer",),
    rate_limit_scopes=("generic-write",),
    request_kind="json",
    request_schema="CreateApplicationRequest",
)


class AccountResource:
    """``client.account``: register, verify_email, login, resend_otp, list_organizations, get_credentials, list_applications, create_application."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    async def register(
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

        ``POST /programmatic/register/``.

        Args:
          email: A real, deliverable inbox (reserved test domains fail with 500).
          password: At least 8 characters with an upper-case letter, a lower-case letter, a
              digit and a special character from `!@#$%^&*()_+-=[]{}|;:,.<>?`.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``AccountRegisterResponse``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``response = await client.account.register(email=…, password=…)``
        """
        try:
            body = unstructure_AccountRegisterRequest(
                AccountRegisterRequest(email=email, password=password)
            )
            validate_AccountRegisterRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = ACCOUNT_REGISTER.method, ACCOUNT_REGISTER.path
            raise
        data = await self._transport.request(
            ACCOUNT_REGISTER,
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_AccountRegisterResponse(data) if data.__class__ is dict else data

    async def verify_email(
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

        ``POST /programmatic/verify-email/``.

        Args:
          email: ``str``.
          code: The 6-character code emailed at registration.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``AccountTokenResponse``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``response = await client.account.verify_email(email=…, code=…)``
        """
        try:
            body = unstructure_AccountVerifyEmailRequest(
                AccountVerifyEmailRequest(email=email, code=code)
            )
            validate_AccountVerifyEmailRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = ACCOUNT_VERIFY_EMAIL.method, ACCOUNT_VERIFY_EMAIL.path
            raise
        data = await self._transport.request(
            ACCOUNT_VERIFY_EMAIL,
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_AccountTokenResponse(data) if data.__class__ is dict else data

    async def login(
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

        ``POST /programmatic/login/``.

        Args:
          email: ``str``.
          password: ``str``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``AccountTokenResponse``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``response = await client.account.login(email=…, password=…)``
        """
        try:
            body = unstructure_AccountLoginRequest(
                AccountLoginRequest(email=email, password=password)
            )
            validate_AccountLoginRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = ACCOUNT_LOGIN.method, ACCOUNT_LOGIN.path
            raise
        data = await self._transport.request(
            ACCOUNT_LOGIN,
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_AccountTokenResponse(data) if data.__class__ is dict else data

    async def resend_otp(
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

        ``POST /programmatic/resend-otp/``.

        Args:
          email: ``str``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``MessageResponse``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``response = await client.account.resend_otp(email=…)``
        """
        try:
            body = unstructure_AccountResendOtpRequest(AccountResendOtpRequest(email=email))
            validate_AccountResendOtpRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = ACCOUNT_RESEND_OTP.method, ACCOUNT_RESEND_OTP.path
            raise
        data = await self._transport.request(
            ACCOUNT_RESEND_OTP,
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_MessageResponse(data) if data.__class__ is dict else data

    async def list_organizations(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[Organization]:
        """List your organizations.

        Organizations of the logged-in account. Bearer access token only.

        ``GET /organizations/me/``.

        Args:
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``list[Organization]``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``organizations = await client.account.list_organizations()``
        """
        data = await self._transport.request(
            ACCOUNT_LIST_ORGANIZATIONS,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return [structure_Organization(x) if x.__class__ is dict else x for x in data]

    async def get_credentials(
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

        ``GET /organizations/me/{org_id}/applications/{app_id}/``.

        Args:
          org_id: Organization UUID.
          app_id: Application UUID.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``ApplicationCredentials``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``credentials = await client.account.get_credentials("…", "…")``
        """
        try:
            path_param("org_id", org_id, uuid=True)
            path_param("app_id", app_id, uuid=True)
        except DiditValidationError as exc:
            exc.method, exc.path = ACCOUNT_GET_CREDENTIALS.method, ACCOUNT_GET_CREDENTIALS.path
            raise
        data = await self._transport.request(
            ACCOUNT_GET_CREDENTIALS,
            path_params={"org_id": org_id, "app_id": app_id},
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_ApplicationCredentials(data) if data.__class__ is dict else data

    async def list_applications(
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

        ``GET /organizations/me/{org_id}/applications/``.

        Args:
          org_id: ``str``.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``list[ApplicationCredentials]``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``credentialss = await client.account.list_applications("…")``
        """
        try:
            path_param("org_id", org_id, uuid=True)
        except DiditValidationError as exc:
            exc.method, exc.path = ACCOUNT_LIST_APPLICATIONS.method, ACCOUNT_LIST_APPLICATIONS.path
            raise
        data = await self._transport.request(
            ACCOUNT_LIST_APPLICATIONS,
            path_params={"org_id": org_id},
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return [structure_ApplicationCredentials(x) if x.__class__ is dict else x for x in data]

    async def create_application(
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

        ``POST /organizations/me/{org_id}/applications/``.

        Args:
          org_id: Organization UUID.
          name: ``str``.
          website_url: ``str``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``ApplicationCredentials``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``credentials = await client.account.create_application("…", name=…)``
        """
        try:
            path_param("org_id", org_id, uuid=True)
            body = unstructure_CreateApplicationRequest(
                CreateApplicationRequest(name=name, website_url=website_url)
            )
            validate_CreateApplicationRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = (
                ACCOUNT_CREATE_APPLICATION.method,
                ACCOUNT_CREATE_APPLICATION.path,
            )
            raise
        data = await self._transport.request(
            ACCOUNT_CREATE_APPLICATION,
            path_params={"org_id": org_id},
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_ApplicationCredentials(data) if data.__class__ is dict else data


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
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``AccountRegisterResponse``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``response = client.account.register(email=…, password=…)``
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
          email: ``str``.
          code: The 6-character code emailed at registration.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``AccountTokenResponse``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``response = client.account.verify_email(email=…, code=…)``
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

        Args:
          email: ``str``.
          password: ``str``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``AccountTokenResponse``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``response = client.account.login(email=…, password=…)``
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

        Args:
          email: ``str``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``MessageResponse``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``response = client.account.resend_otp(email=…)``
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

        Args:
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``list[Organization]``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``organizations = client.account.list_organizations()``
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
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``ApplicationCredentials``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``credentials = client.account.get_credentials("…", "…")``
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

        Args:
          org_id: ``str``.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``list[ApplicationCredentials]``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``credentialss = client.account.list_applications("…")``
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
          name: ``str``.
          website_url: ``str``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``ApplicationCredentials``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``credentials = client.account.create_application("…", name=…)``
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
