"""The operations taken from Didit's MCP server (applications, session retrieval and imports,
businesses and KYB, transactions and wallet screening, events, lists, customization) through the
blocking client, for the every-operation test."""

from __future__ import annotations

import base64

from didit_async import Didit

PNG = b"\x89PNG\r\n\x1a\n" + b"0" * 64
CSV = "vendor_data,status\nimported-1,Approved\n"


def exercise_current_api(client: Didit, *, org_id: str, session_id: str) -> None:
    """Every issue-15 operation once, each answered with a success."""
    assert len(client.account.list_applications(org_id)) >= 1
    assert client.sessions.retrieve(session_id).session_id == session_id
    assert client.sessions.imports.template().columns
    url = "data:text/csv;base64," + base64.b64encode(CSV.encode()).decode()
    job = client.sessions.imports.create(source_file_url=url)
    assert client.sessions.imports.retrieve(job.uuid).success_count == 1
    assert list(client.sessions.imports.list_errors(job.uuid)) == []
    client.businesses.create(vendor_data="acme", legal_name="Acme Ltd")
    assert [b.vendor_data for b in client.businesses.list()] == ["acme"]
    client.businesses.update("acme", display_name="Acme")
    assert client.businesses.update_status("acme", status="FLAGGED").status == "FLAGGED"
    assert client.businesses.retrieve("acme").display_name == "Acme"
    found = client.kyb.search(country_code="GB", name="Acme")
    client.kyb.select(kyb_response_id=found.results[0].kyb_response_id, vendor_data="acme")
    client.businesses.batch_delete(vendor_data_list=["acme"])
    rows = [
        {
            "transaction_id": f"s-{i}",
            "transaction_category": "finance",
            "transaction_details": {"amount": "5"},
            "subject": {"vendor_data": f"u{i}"},
        }
        for i in range(3)
    ]
    client.transactions.create(**rows[0])  # type: ignore[arg-type]
    results = list(client.transactions.create_many(rows, concurrency=2))
    assert sorted(r.index for r in results if r.ok) == [0, 1, 2]
    assert client.transactions.retrieve("s-1").status == "APPROVED"
    assert len(list(client.transactions.list())) == 3  # the repeat of s-0 stored nothing
    client.wallet_screening.screen(wallet_address="0x" + "ab" * 20, blockchain="ETH")
    client.events.ingest(event_type="login")
    client.events.ingest_batch(events=[{"event_type": "logout"}])
    mine = client.lists.create(name="VIP", list_type="allowlist", entry_type="email")
    assert len(list(client.lists.list(list_type="blocklist"))) == 12
    client.lists.retrieve(mine.uuid)
    client.lists.update(mine.uuid, description="known good")
    entry = client.lists.entries.create(mine.uuid, value="vip@sandbox-mail.dev")
    assert [e.uuid for e in client.lists.entries.list(mine.uuid)] == [entry.uuid]
    faces = next(x for x in client.lists.list(entry_type="face") if x.list_type == "blocklist")
    client.lists.entries.upload_face(faces.uuid, image=base64.b64encode(PNG).decode())
    client.lists.entries.delete(mine.uuid, entry.uuid)
    client.lists.delete(mine.uuid)
    client.customization.update(image_square=PNG)
    assert client.customization.retrieve().image_square
