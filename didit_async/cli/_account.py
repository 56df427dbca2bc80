"""``didit account``: register, verify, log in, organizations and applications."""

from __future__ import annotations

from typing import Any

import click

from didit_async._client import AsyncDidit
from didit_async._errors import DiditAuthenticationError

from . import _config
from ._app import State, cli, example, pass_state, run
from ._shared import calls, read_password


@cli.group()
def account() -> None:
    """Register, verify, log in, organizations and application credentials."""


@account.command("register")
@click.argument("email")
@click.option("--password-stdin", is_flag=True, help="Read the password from stdin.")
@pass_state
@example("didit account register you@example.com")
def account_register(state: State, email: str, password_stdin: bool) -> None:
    """Create an account; Didit emails a 6-character code (then `didit account verify`)."""
    password = read_password(password_stdin, confirm=True)
    result = run(
        state, lambda c: c.account.register(email=email, password=password), hide=(password,)
    )
    state.out.emit(result)


@account.command("verify")
@click.argument("email")
@click.argument("code")
@click.option(
    "--save/--no-save",
    default=None,
    help="Save the API key and access token to the config file; --no-save writes nothing.",
)
@pass_state
@example("didit account verify you@example.com A3K9F2 --save")
def account_verify(state: State, email: str, code: str, save: bool | None) -> None:
    """Verify the emailed code: prints the API key and the organization and application ids.

    Without --save or --no-save it asks (with --json it stores the access token only).
    """
    result = run(state, lambda c: c.account.verify_email(email=email, code=code))
    org, app = result.organization, result.application
    shown = {
        "api_key": app.api_key if app else None,
        "organization_id": org.uuid if org else None,
        "application_id": app.uuid if app else None,
        "access_token": result.access_token,
    }
    # The key is what the user asked for here; the access token stays masked.
    state.out.emit(shown, keep=frozenset({"api_key"}))
    if save is None and not state.as_json and shown["api_key"]:
        save = click.confirm(
            "Save the API key and access token to the config file?", default=True, err=True
        )
    if save is False:  # asked not to: nothing goes to disk, not even the access token
        state.out.message("Not saved (run `didit account login` for a token later).")
        return
    updates = {"access_token": result.access_token}
    if save and shown["api_key"]:
        updates["api_key"] = str(shown["api_key"])
    path = _config.save(state.profile, updates)
    if save:
        state.out.message(f"Saved to {path}")


@account.command("login")
@click.argument("email")
@click.option("--password-stdin", is_flag=True, help="Read the password from stdin.")
@pass_state
@example("didit account login you@example.com")
def account_login(state: State, email: str, password_stdin: bool) -> None:
    """Log in; the access token is stored (owner-only) for `organizations` and `credentials`."""
    password = read_password(password_stdin, confirm=False)

    async def login(client: AsyncDidit) -> Any:
        try:
            return await client.account.login(email=email, password=password)
        except DiditAuthenticationError as exc:
            # The SDK's 401 hint is about API keys and tokens; login sends neither.
            raise DiditAuthenticationError(
                f"Didit refused the login ({exc.status}): the email or password is wrong, the "
                "account is not verified yet (`didit account verify`), or it is locked for a "
                "while after repeated failures.",
                status=exc.status,
                method=exc.method,
                path=exc.path,
                body=exc.body,
                request_id=exc.request_id,
            ) from None

    result = run(state, login, hide=(password,))
    _config.save(state.profile, {"access_token": result.access_token})
    state.out.emit(result)


@account.command("organizations")
@calls(
    lambda c: c.account.list_organizations, bearer=True, columns=["uuid", "name", "contact_email"]
)
@example("didit account organizations")
def account_organizations() -> None:
    """List your organizations (uses the token from `login`)."""


@account.command("credentials")
@click.argument("org_id")
@click.argument("app_id")
@calls(lambda c: c.account.get_credentials, bearer=True, keep={"api_key"})
@example("didit account credentials ORG_UUID APP_UUID")
def account_credentials() -> None:
    """An application's credentials, including its API key (shown: you asked for it)."""


@account.command("resend-otp")
@click.argument("email")
@calls(lambda c: c.account.resend_otp)
@example("didit account resend-otp you@example.com")
def account_resend_otp() -> None:
    """Email a new verification code."""


@account.command("create-application")
@click.argument("org_id")
@click.option("--name", required=True)
@click.option("--website-url")
@calls(lambda c: c.account.create_application, bearer=True, keep={"api_key"})
@example("didit account create-application ORG_UUID --name 'Staging'")
def account_create_application() -> None:
    """Create an application in an organization (prints its API key: you asked for it)."""
