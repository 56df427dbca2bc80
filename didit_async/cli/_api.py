"""``didit api OPERATION_ID``: any operation of the spec from the shell, by its operation id.

Path parameters are given in the path's order as arguments; everything else as ``--param
name=value`` (a value that parses as JSON is sent as that JSON, else as text), or as one
``--body`` JSON object. ``--session-token`` is the session's token for the sandbox-arm call;
``--transaction-token`` makes the call as a device (``/v1/transactions/``), without the API key.
A binary answer (a PDF) goes to ``--output``.
"""

from __future__ import annotations

import inspect
import json
import re
from pathlib import Path
from typing import Any

import click

from didit_async._client import AsyncDidit, resolve_operation
from didit_async._generated.operations import OPERATIONS

from ._app import State, cli, example, pass_state, run

_PATH_PARAM = re.compile(r"{([^}]+)}")


def _value(raw: str) -> Any:
    try:
        return json.loads(raw)
    except ValueError:
        return raw


def _params(pairs: tuple[str, ...]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for pair in pairs:
        name, sep, raw = pair.partition("=")
        if not sep or not name:
            raise click.BadParameter(f"{pair!r} is not name=value", param_hint="--param")
        out[name.replace("-", "_")] = _value(raw)
    return out


@cli.command("api")
@click.argument("operation_id")
@click.argument("path_values", nargs=-1)
@click.option("--param", "params", multiple=True, help="name=value (JSON or text); repeatable.")
@click.option("--body", default=None, help="The request fields as one JSON object.")
@click.option("--session-token", default=None, help="The session's token (sandbox arm).")
@click.option("--transaction-token", default=None, help="Call as a device with this SDK token.")
@click.option("--output", type=click.Path(dir_okay=False, path_type=Path), default=None)
@click.option("--all", "walk_all", is_flag=True, help="Walk every page of a list.")
@example("didit api transactions_rules_list --param mode=ACTIVE")
@pass_state
def api(
    state: State,
    operation_id: str,
    path_values: tuple[str, ...],
    params: tuple[str, ...],
    body: str | None,
    session_token: str | None,
    transaction_token: str | None,
    output: Path | None,
    walk_all: bool,
) -> None:
    """Call any operation by its operation id (every operation is reachable from here)."""
    op = OPERATIONS.get(operation_id)
    if op is None:
        raise click.BadParameter(
            f"unknown operation {operation_id!r}; `didit api-list` shows them all",
            param_hint="OPERATION_ID",
        )
    names = _PATH_PARAM.findall(op.path)
    if len(path_values) != len(names):
        raise click.UsageError(f"{operation_id} takes {len(names)} path value(s): {names}")
    kwargs = _params(params)
    if body is not None:
        parsed = _value(body)
        if not isinstance(parsed, dict):
            raise click.BadParameter("must be a JSON object", param_hint="--body")
        kwargs = {**parsed, **kwargs}
    if session_token is not None:
        kwargs["session_token"] = session_token

    async def work(client: AsyncDidit) -> Any:
        target: Any = client.device(transaction_token) if transaction_token else client
        method = resolve_operation(target, op)
        accepted = inspect.signature(method).parameters
        unknown = sorted(set(kwargs) - set(accepted))
        if unknown:
            raise click.BadParameter(
                f"{operation_id} takes no {', '.join(unknown)}", param_hint="--param"
            )
        result = method(*path_values, **kwargs)
        if op.paginated:
            return [x async for x in result] if walk_all else await result
        return await result

    result = run(state, work)
    if isinstance(result, bytes):
        if output is None:
            raise click.UsageError(f"{operation_id} answers a file: give --output PATH")
        output.write_bytes(result)
        state.out.err.print(f"wrote {len(result)} bytes to {output}")
        return
    state.out.emit(result)


@cli.command("api-list")
@example("didit api-list")
@pass_state
def api_list(state: State) -> None:
    """Every operation id with its method, path and SDK method."""
    state.out.emit(
        [
            {
                "operation_id": op.operation_id,
                "method": op.method,
                "path": op.path,
                "sdk": f"client.{op.resource}.{op.method_name}",
            }
            for op in OPERATIONS.values()
        ],
        columns=["operation_id", "method", "path", "sdk"],
    )
