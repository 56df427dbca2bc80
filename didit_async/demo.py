"""``make demo``: the whole platform, end to end, against the built-in sandbox (no account, no net).

Run it with ``python -m didit_async.demo``. It tells a short story: register and verify an
account, create a KYC workflow, register a webhook destination, create 200 sessions in bulk,
let simulated users finish them, receive and verify the signed webhooks, poll the decisions,
review two sessions by hand (approve one, decline and blocklist another), list sessions page by
page, save a PDF and show the balance.
"""

from __future__ import annotations

import random
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

import anyio

from didit_async import AsyncDidit, BulkProgress, ScopeLimit
from didit_async._http import AsyncClient
from didit_async.models import SessionStatus
from didit_async.sandbox import Sandbox, SandboxConfig
from didit_async.webhooks import WebhookEvent, webhook_endpoint

SESSIONS = 200
SCALE = 20  # the sandbox and the client both run Didit's limits x20 so the demo takes seconds
WEBHOOK_URL = "https://demo.app.invalid/webhooks/didit"
OUTPUT = Path("demo-output")
MIX = (
    ["approve"] * 12
    + ["decline_document_expired"] * 3
    + ["review_aml_possible_match"] * 3
    + ["decline_liveness_attack", "abandon"]
)


def say(step: str, text: str = "") -> None:
    print(f"\033[1m{step}\033[0m {text}".rstrip(), flush=True)


def bar(progress: BulkProgress) -> None:
    if not sys.stdout.isatty() and progress.done % 50 and progress.done != SESSIONS:
        return  # redraw in place on a terminal; a log file gets a line every 50
    width = 30
    filled = width * progress.done // SESSIONS
    sys.stdout.write(
        ("\r" if sys.stdout.isatty() else "\n")
        + f"   [{'#' * filled}{'.' * (width - filled)}] {progress.done}/{SESSIONS}"
        f"  failed={progress.failed}"
    )
    sys.stdout.flush()


def scaled_limits() -> dict[str, ScopeLimit]:
    from didit_async._generated.spec import RATE_LIMIT_SCOPES

    return {
        name: ScopeLimit(limit * SCALE, window)
        for name, (limit, window) in RATE_LIMIT_SCOPES.items()
    }


async def run() -> int:
    started = time.perf_counter()
    rng = random.Random(42)
    sandbox = Sandbox(SandboxConfig(start_after=0.2, finish_after=0.6, rate_limit_scale=SCALE))
    received: list[WebhookEvent] = []

    async def on_webhook(event: WebhookEvent) -> None:
        received.append(event)

    async with sandbox.running(interval=0.05):
        http = AsyncClient(transport=sandbox.transport(), base_url=sandbox.config.base_url)
        options: dict[str, Any] = {
            **sandbox.base_urls(),
            "http_client": http,
            "rate_limits": scaled_limits(),
        }
        async with AsyncDidit(api_key="", **options) as anonymous:
            email = "founder@demo-company.dev"
            say("1.", f"Register {email} and verify the emailed code")
            await anonymous.account.register(email=email, password="Demo!Passw0rd")
            code = (await http.get(f"/sandbox/otp/{email}")).json()["code"]
            account = await anonymous.account.verify_email(email=email, code=code)
            assert account.application is not None
            api_key = str(account.application.api_key)
            say(
                "  ",
                f"organization {account.organization.uuid if account.organization else '?'}"
                f", API key {api_key[:11]}… (masked)",
            )

        async with AsyncDidit(api_key=api_key, **options) as client:
            say("2.", "Create a KYC workflow (ID scan, liveness, face match, AML)")
            workflow = await client.workflows.create(
                workflow_label="KYC onboarding",
                workflow_type="kyc",
                is_liveness_enabled=True,
                is_face_match_enabled=True,
                is_aml_enabled=True,
                aml_decline_threshold=80,
            )
            say("  ", f"{workflow.uuid}  features={workflow.features}")

            say("3.", "Register a webhook destination and mount a verifying receiver")
            destination = await client.webhooks.destinations.create(
                label="demo",
                url=WEBHOOK_URL,
                webhook_version="v3",
                subscribed_events=["status.updated", "data.updated"],
            )
            secret = str(destination.secret_shared_key)
            sandbox.register_receiver(WEBHOOK_URL, webhook_endpoint(on_webhook, secrets=[secret]))

            say("4.", f"Create {SESSIONS} sessions in bulk under the rate limits")
            rows = (
                {
                    "workflow_id": workflow.uuid,
                    "vendor_data": f"customer-{i:04d}",
                    "sandbox_scenario": rng.choice(MIX),
                }
                for i in range(SESSIONS)
            )
            created = []
            async with client.sessions.create_many(
                rows, concurrency=16, on_progress=bar
            ) as results:
                async for result in results:
                    if result.ok:
                        created.append(result.session)
            print()
            ids = [s.session_id for s in created if s is not None]
            say("  ", f"{len(ids)} sessions created, {len(set(ids))} distinct")

            say("5.", "Simulated users finish; watch the decisions until each is settled")
            settled = {
                str(s)
                for s in (
                    SessionStatus.APPROVED,
                    SessionStatus.DECLINED,
                    SessionStatus.IN_REVIEW,
                    SessionStatus.ABANDONED,
                )
            }
            final: dict[str, str] = {}
            async with client.sessions.watch(ids, until=settled, min_interval=0.3) as changes:
                async for change in changes:
                    if change.status in settled:
                        final[change.session_id] = str(change.status)
            say("  ", ", ".join(f"{k}: {v}" for k, v in sorted(Counter(final.values()).items())))

            await anyio.sleep(0.3)
            await sandbox.deliver_webhooks()
            verified = [e for e in received if e.type == "status.updated"]
            say(
                "6.",
                f"Webhooks received and verified (X-Signature-V2): {len(verified)} "
                f"deliveries, {len({e.event_id for e in verified})} distinct events",
            )

            in_review = [sid for sid, status in final.items() if status == "In Review"]
            if len(in_review) >= 2:
                approve, decline = in_review[0], in_review[1]
                say(
                    "7.",
                    f"Review by hand: approve {approve[:8]}…, decline and blocklist {decline[:8]}…",
                )
                decision = await client.sessions.retrieve_decision(approve)
                hits = decision.aml_screenings[0].hits if decision.aml_screenings else []
                for hit in hits or []:
                    await client.sessions.update_aml_hit_status(
                        approve, hit_id=str(hit.id), review_status="False Positive"
                    )
                await client.sessions.update_status(
                    approve, new_status="Approved", comment="AML hit is a false positive"
                )
                await client.sessions.update_status(
                    decline, new_status="Declined", comment="Confirmed sanctions match"
                )
                await client.blocklist.add(
                    session_id=decline, blocklist_face=True, blocklist_document=True
                )
                blocked = await client.blocklist.list()
                after = await client.sessions.retrieve_decision(approve)
                say(
                    "  ",
                    f"{approve[:8]}… is now {after.status}; blocklist holds "
                    f"{blocked.count} entries",
                )

            say("8.", "List sessions page by page (50 per page, newest first)")
            pages = 0
            async for page in client.sessions.list(limit=50).pages():
                pages += 1
                first = page.results[0]
                say(
                    "  ",
                    f"page {pages}: {len(page.results)} rows, first "
                    f"#{first.session_number} {first.vendor_data} {first.status}",
                )

            say("9.", "Save the PDF report of the first session")
            await anyio.Path(OUTPUT).mkdir(exist_ok=True)
            pdf = await client.sessions.generate_pdf(ids[0])
            target = OUTPUT / "report.pdf"
            await anyio.Path(target).write_bytes(pdf)
            say("  ", f"{target} ({len(pdf)} bytes, starts with {pdf[:8]!r})")

            balance = await client.billing.get_balance()
            say("10.", f"Balance: ${balance.balance} after {len(final)} settled sessions")
        await http.aclose()
    say(
        "Done",
        f"in {time.perf_counter() - started:.1f} s; sandbox served "
        f"{sandbox.stats.requests} requests, {sandbox.stats.throttled} of them throttled.",
    )
    return 0 if len(set(ids)) == SESSIONS and sandbox.stats.throttled == 0 else 1


def main() -> int:
    """Entry point for ``python -m didit_async.demo``."""
    return anyio.run(run)


if __name__ == "__main__":
    sys.exit(main())
