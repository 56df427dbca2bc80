"""``didit checks``: the standalone checks (ID, liveness, faces, age, PoA, AML, database,
email and phone codes), one SDK call each."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from ._app import State, cli, example, pass_state, run
from ._shared import calls


@cli.group()
def checks() -> None:
    """Standalone checks: ID, liveness, face match/search, age, AML, email, phone, PoA, database."""


IMAGE = click.Path(exists=True, dir_okay=False, path_type=Path)


@checks.command("id-verification")
@click.argument("front", type=IMAGE)
@click.argument("back", type=IMAGE, required=False)
@click.option("--vendor-data")
@pass_state
@example("didit checks id-verification front.jpg back.jpg")
def check_id(state: State, front: Path, back: Path | None, vendor_data: str | None) -> None:
    """Verify an identity document from its images."""
    kwargs: dict[str, Any] = {"front_image": front}
    if back:
        kwargs["back_image"] = back
    if vendor_data:
        kwargs["vendor_data"] = vendor_data
    state.out.emit(run(state, lambda c: c.id_verification.verify(**kwargs)))


@checks.command("liveness")
@click.argument("user_image", metavar="IMAGE", type=IMAGE)
@calls(lambda c: c.passive_liveness.check)
@example("didit checks liveness selfie.jpg")
def check_liveness() -> None:
    """Passive liveness on one selfie."""


@checks.command("face-match")
@click.argument("user_image", type=IMAGE)
@click.argument("ref_image", type=IMAGE)
@calls(lambda c: c.face_match.compare)
@example("didit checks face-match selfie.jpg passport-photo.jpg")
def check_face_match() -> None:
    """Compare two faces."""


@checks.command("face-search")
@click.argument("user_image", metavar="IMAGE", type=IMAGE)
@calls(lambda c: c.face_search.search)
@example("didit checks face-search selfie.jpg")
def check_face_search() -> None:
    """Search your users for this face."""


@checks.command("age")
@click.argument("user_image", metavar="IMAGE", type=IMAGE)
@calls(lambda c: c.age_estimation.estimate)
@example("didit checks age selfie.jpg")
def check_age() -> None:
    """Estimate age from a selfie."""


@checks.command("poa")
@click.argument("document", type=IMAGE)
@calls(lambda c: c.poa.verify)
@example("didit checks poa utility-bill.pdf")
def check_poa() -> None:
    """Proof of address from a document."""


@checks.command("aml")
@click.option("--full-name", required=True)
@click.option("--date-of-birth")
@click.option("--nationality")
@click.option("--document-number")
@click.option("--entity-type", type=click.Choice(["person", "company"]))
@click.option("--threshold", "aml_match_score_threshold", type=click.IntRange(0, 100))
@calls(lambda c: c.aml.screen)
@example("didit checks aml --full-name 'Ada Lovelace' --date-of-birth 1815-12-10")
def check_aml() -> None:
    """Screen a person or company against sanctions, PEP and adverse-media lists."""


@checks.command("database-validation")
@click.option("--issuing-state", required=True)
@click.option("--validation-type")
@click.option("--id-number")
@click.option("--first-name")
@click.option("--last-name")
@click.option("--date-of-birth")
@calls(lambda c: c.database_validation.validate)
@example("didit checks database-validation --issuing-state ESP --id-number 12345678Z")
def check_database() -> None:
    """Validate identity data against government databases."""


@checks.group("email")
def check_email() -> None:
    """Email one-time codes."""


@check_email.command("send")
@click.argument("email")
@calls(lambda c: c.email.send)
@example("didit checks email send ada@example.com")
def email_send() -> None:
    """Send a code to EMAIL."""


@check_email.command("check")
@click.argument("email")
@click.argument("code")
@calls(lambda c: c.email.check)
@example("didit checks email check ada@example.com 123456")
def email_check() -> None:
    """Check the code EMAIL received."""


@checks.group("phone")
def check_phone() -> None:
    """Phone one-time codes."""


@check_phone.command("send")
@click.argument("phone_number")
@calls(lambda c: c.phone.send)
@example("didit checks phone send +14155550100")
def phone_send() -> None:
    """Send a code to PHONE_NUMBER (E.164)."""


@check_phone.command("check")
@click.argument("phone_number")
@click.argument("code")
@calls(lambda c: c.phone.check)
@example("didit checks phone check +14155550100 123456")
def phone_check() -> None:
    """Check the code PHONE_NUMBER received."""
