"""The generator: every construct of the fixture spec, determinism, drift and loud failures."""

from __future__ import annotations

import copy
import importlib
import re
import sys
import types
from pathlib import Path
from typing import Any

import pytest
import yaml
from openapi_spec_validator import validate

from codegen import CodegenError, render
from codegen.__main__ import main as codegen_main
from codegen.pipeline import generate
from codegen.spec_loader import parse_spec

ROOT = Path(__file__).resolve().parents[2]
SPEC = yaml.safe_load((ROOT / "openapi" / "didit.yaml").read_text())
FIXTURE = yaml.safe_load((Path(__file__).parent / "fixture.yaml").read_text())


@pytest.fixture(scope="module")
def gen(tmp_path_factory: pytest.TempPathFactory) -> Any:
    root = tmp_path_factory.mktemp("gen")
    generate(FIXTURE, root / "fixturegen")
    (root / "fixturegen" / "__init__.py").touch()
    sys.path.insert(0, str(root))
    try:
        modules = {
            name: importlib.import_module(f"fixturegen.{name}") for name in ("enums", "operations")
        }
        # Every name of a package's modules (resources/, models/, _codec/), in one namespace.
        for package in ("resources", "models", "_codec"):
            every: dict[str, Any] = {}
            folder = root / "fixturegen" / package
            for path in sorted(folder.glob("*.py")):
                name = "" if path.stem == "__init__" else "." + path.stem
                every.update(vars(importlib.import_module(f"fixturegen.{package}{name}")))
            modules[package] = types.SimpleNamespace(**every)
        yield modules
    finally:
        sys.path.remove(str(root))


class FakeTransport:
    def __init__(self, answer: Any) -> None:
        self.answer = answer
        self.calls: list[tuple[str, dict[str, Any]]] = []

    async def request(self, op: Any, **kw: Any) -> Any:
        self.calls.append((op.operation_id, kw))
        return self.answer

    def paginate(self, op: Any, **kw: Any) -> Any:
        self.calls.append((op.operation_id, kw))
        return kw


def test_the_real_spec_validates_and_covers_every_documented_operation() -> None:
    validate(SPEC)
    table = (ROOT / "docs" / "ARCHITECTURE.md").read_text()
    documented = set(re.findall(r"^\| (\w+) \| (GET|POST|PUT|PATCH|DELETE) (\S+)", table, re.M))
    in_spec = {
        (o["operationId"], m.upper(), p)
        for p, item in SPEC["paths"].items()
        for m, o in item.items()
    }
    assert len(documented) == len(in_spec)
    assert documented == in_spec


def test_check_passes_on_a_fresh_generation_and_detects_drift(tmp_path: Path) -> None:
    # Determinism across runs is test_committed_generated_code_matches_the_spec (the committed
    # files were written by another process).
    out = tmp_path / "gen"
    generate(SPEC, out)
    spec_path = tmp_path / "spec.yaml"
    spec_path.write_text(yaml.safe_dump(SPEC, sort_keys=False))
    assert codegen_main(["--spec", str(spec_path), "--out", str(out), "--check"]) == 0
    (out / "enums.py").write_text((out / "enums.py").read_text() + "\n# edited by hand\n")
    assert codegen_main(["--spec", str(spec_path), "--out", str(out), "--check"]) == 1
    for path in out.rglob("*.py"):
        assert path.read_text().startswith("# Generated from openapi/didit.yaml by codegen.")


def test_a_key_given_twice_in_the_spec_fails_the_generator_with_its_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # YAML keeps the last of two equal keys silently; outside linters refuse the file. The
    # generator refuses it too and says where, instead of generating from half of what was said.
    text = (ROOT / "openapi" / "didit.yaml").read_text()
    lines = text.splitlines(keepends=True)
    at = next(i for i, line in enumerate(lines) if line.startswith("  description:"))
    lines.insert(at, "  description: said twice\n")
    spec_path = tmp_path / "spec.yaml"
    spec_path.write_text("".join(lines))
    assert codegen_main(["--spec", str(spec_path), "--out", str(tmp_path / "gen")]) == 2
    err = capsys.readouterr().err
    assert f"line {at + 2}" in err and "duplicate key 'description'" in err
    assert not (tmp_path / "gen").exists()
    with pytest.raises(CodegenError, match=f"line {at + 2}"):
        parse_spec("".join(lines))
    # The committed spec has no duplicate, and reads as plain YAML does.
    assert parse_spec(text) == SPEC


def test_committed_generated_code_matches_the_spec() -> None:
    files = render(SPEC)
    for name, src in files.items():
        assert (ROOT / "didit_async" / "_generated" / name).read_text() == src, name


def test_models_allof_nullable_unions_maps_and_forward_compatibility(gen: Any) -> None:
    m, c = gen["models"], gen["_codec"]
    data = {
        "id": "t1",
        "color": "In Review",
        "note": None,
        "child": {"id": "c"},
        "value": [{"id": "v"}],
        "tags": {"a": 1},
        "free": {"x": [1]},
        "kids": [{"id": "k"}],
        "surprise": True,
    }
    thing = c.structure_Thing(data)
    assert thing.id == "t1" and thing.color is gen["enums"].Color.IN_REVIEW
    assert isinstance(thing.child, m.Base) and isinstance(thing.value[0], m.Base)
    assert thing.additional_properties == {"surprise": True}
    assert c.unstructure_Thing(thing) == data
    assert c.structure_Thing({"id": "t", "value": "plain"}).value == "plain"
    odd = c.structure_Thing({"id": "t", "color": "ultraviolet"}).color
    assert odd == "ultraviolet" and isinstance(odd, gen["enums"].Color)
    assert odd.value == "ultraviolet" and not odd.is_known and thing.color.is_known
    assert c.unstructure_Thing(c.structure_Thing({"id": "t", "color": "ultraviolet"})) == {
        "id": "t",
        "color": "ultraviolet",
    }
    assert c.unstructure_Thing(c.structure_Thing({"id": "t"})) == {"id": "t"}
    assert "secret" not in repr(c.structure_Thing({"id": "t", "api_key": "secret"}))


def test_surprising_json_types_are_kept_not_fatal(gen: Any) -> None:
    c = gen["_codec"]
    data = {
        "id": "t",
        "color": 5,
        "child": "not an object",
        "kids": "not a list",
        "tags": [1],
        "pet": 3,
        "shade": ["x"],
        "value": 2.5,
    }
    thing = c.structure_Thing(data)
    assert thing.color == 5 and thing.kids == "not a list" and thing.child == "not an object"
    assert c.unstructure_Thing(thing) == data
    listed = c.structure_Thing({"id": "t", "kids": [{"id": "a"}, "junk", None]})
    assert listed.kids[0].id == "a" and listed.kids[1:] == ["junk", None]


def test_renamed_fields_unions_of_models_and_explicit_nulls_round_trip(gen: Any) -> None:
    m, c, e = gen["models"], gen["_codec"], gen["enums"]
    data = {
        "id": "t",
        "class": "c",
        "2fa": True,
        "x-trace": "tr",
        "pet": {"barks": 3},
        "shade": "red",
        "note": None,
        "seen_at": None,
        "born": "2000-01-31",
    }
    thing = c.structure_Thing(data)
    assert (thing.class_, thing.f_2fa, thing.x_trace) == ("c", True, "tr")
    assert isinstance(thing.pet, m.Dog) and thing.pet.barks == 3
    assert thing.shade is e.Color.RED and thing.born == "2000-01-31"
    assert thing.additional_properties == {}
    assert c.unstructure_Thing(thing) == data
    cat = c.structure_Thing({"id": "t", "pet": {"meows": True}, "shade": {"id": "b"}})
    assert isinstance(cat.pet, m.Cat) and isinstance(cat.shade, m.Base)
    # Built by hand, None means "leave out" for optional response fields.
    assert c.unstructure_Thing(m.Thing(id="t", note=None)) == {"id": "t"}


def test_request_models_keep_absent_and_null_apart(gen: Any) -> None:
    m, c = gen["models"], gen["_codec"]
    assert c.unstructure_ThingCreate(m.ThingCreate(name="ab")) == {"name": "ab"}
    assert c.unstructure_ThingCreate(m.ThingCreate(name="ab", webhook_url=None)) == {
        "name": "ab",
        "webhook_url": None,
    }


@pytest.mark.parametrize(
    ("body", "field", "reason"),
    [
        ({}, "name", "required"),
        ({"name": "a"}, "name", "min_length"),
        ({"name": "AB"}, "name", "pattern"),
        ({"name": "ab", "ref": "nope"}, "ref", "format"),
        ({"name": "ab", "size": 11}, "size", "max"),
        ({"name": "ab", "size": True}, "size", "type"),
        ({"name": "ab", "color": "blue"}, "color", "enum"),
        ({"name": "ab", "base": {}}, "base.id", "required"),
        ({"name": "ab", "notify": True}, "email", "depends"),
        ({"name": "ab", "extra": 1}, "extra", "unknown"),
        ({"name": "ab", "webhook_url": "not a url"}, "webhook_url", "format"),
        ({"name": "ab", "born": "2000-02-30"}, "born", "format"),
        ({"name": "ab", "at": "yesterday"}, "at", "format"),
        ({"name": "ab", "portrait_image": "QUJDREVGRw=="}, "portrait_image", "max_bytes"),
        ({"name": "ab", "from": 1}, "from", "type"),
        ({"name": "ab", "pet": {"name": "rex"}}, "pet", "type"),
        ({"name": "ab", "pet": {"barks": "loud"}}, "pet.barks", "type"),
        ({"name": "ab", "color": "Red"}, "color", "enum"),
        ({"name": "ab", "base": []}, "base", "type"),
    ],
)
def test_request_validation_names_the_field_and_reason(
    gen: Any, body: dict[str, Any], field: str, reason: str
) -> None:
    from didit_async._seam import DiditValidationError

    with pytest.raises(DiditValidationError) as info:
        gen["_codec"].validate_ThingCreate(body)
    assert (info.value.field, info.value.reason) == (field, reason)
    assert str(info.value).startswith(f"{field}: ")


def test_valid_requests_pass_and_messages_name_types_not_values(gen: Any) -> None:
    from didit_async._seam import DiditValidationError

    c, e = gen["_codec"], gen["enums"]
    c.validate_ThingCreate(
        {
            "name": "ab",
            "born": "2000-02-29",
            "at": "2024-05-01T10:00:00Z",
            "portrait_image": "QUJDREVG",  # 6 bytes: the limit
            "pet": {"meows": False},
            "color": e.Color.IN_REVIEW,
            "notify": True,
            "email": "a@b.co",
        }
    )
    with pytest.raises(DiditValidationError) as info:
        c.validate_ThingCreate({"name": ["s3cret-token"]})
    assert info.value.message == "must be a string, not list"
    assert "s3cret" not in str(info.value)
    with pytest.raises(DiditValidationError) as info:
        c.validate_ThingCreate({"name": "ab", "color": e.Color("blue")})  # pseudo-member
    assert info.value.reason == "enum" and "red, In Review" in info.value.message


@pytest.mark.anyio
async def test_resources_build_bodies_and_decode_every_response_kind(gen: Any) -> None:
    r = gen["resources"]
    ops = gen["operations"].OPERATIONS
    assert ops["things_create"].idempotency.kind == "if_body_field"
    assert ops["things_create"].auth == ("api_key", "bearer")
    assert ops["upload_send"].request_kind == "multipart"
    t = FakeTransport({"id": "new"})
    things = r.ThingsResource(t)
    made = await things.create(name="ab", base={"id": "b"}, webhook_url=None)
    assert made.id == "new"
    assert t.calls[-1][1]["json"] == {"name": "ab", "webhook_url": None, "base": {"id": "b"}}
    t.answer = None
    assert await things.delete("x") is None
    t.answer = b"%PDF"
    assert await things.pdf("x") == b"%PDF"
    t.answer = [{"id": "a"}, {"id": "b"}]
    assert [x.id for x in await things.parts.all("3fa85f64-5717-4562-b3fc-2c963f66afa6")] == [
        "a",
        "b",
    ]
    pag = things.list(kind="big", limit=5)
    assert pag["query"] == {"kind": "big", "limit": 5}
    assert pag["decode_item"]({"id": "z"}).id == "z"
    up = r.UploadResource(FakeTransport({"id": "u"}))
    await up.send(file=b"123", note="n", idempotency_key="k")
    kw = up._transport.calls[-1][1]
    assert kw["files"] == {"file": b"123"} and kw["data"] == {"note": "n"}
    assert kw["headers"] == {"Idempotency-Key": "k"}
    from didit_async._seam import DiditValidationError

    with pytest.raises(DiditValidationError):
        await up.send(file=b"01234567890")  # over x-max-bytes
    with pytest.raises(DiditValidationError):
        await things.parts.all("not-a-uuid")
    with pytest.raises(DiditValidationError):
        things.list(kind="huge")
    with pytest.raises(DiditValidationError) as info:
        things.list(since="tomorrow")
    assert info.value.field == "since"
    assert things.list(order="desc")["query"] == {"order": "desc"}
    # Two success shapes (200 done / 202 queued) are told apart by their required keys.
    t.answer = {"results": ["a"]}
    done = await things.batch(id="b")
    assert isinstance(done, gen["models"].BatchDone) and done.results == ["a"]
    t.answer = {"job_id": "3fa85f64-5717-4562-b3fc-2c963f66afa6"}
    assert isinstance(await things.batch(id="b"), gen["models"].BatchJob)
    with pytest.raises(DiditValidationError) as info:
        await things.delete("  ")
    assert (info.value.field, info.value.reason) == ("thing_id", "empty")


def test_a_comma_separated_enum_list_takes_a_string_or_a_list_and_checks_each_value(
    gen: Any,
) -> None:
    from didit_async._seam import DiditValidationError

    things = gen["resources"].ThingsResource(FakeTransport(None))
    color = gen["enums"].Color
    # Both forms reach the transport as given; it sends a string as is and comma-joins a list.
    assert things.list(colors="red,In Review")["query"] == {"colors": "red,In Review"}
    assert things.list(colors=["red", color.IN_REVIEW])["query"] == {
        "colors": ["red", color.IN_REVIEW]
    }
    assert things.list(colors=color.RED)["query"] == {"colors": color.RED}
    for bad, reason, shown in [
        ("red,blue", "enum", "not 'blue'"),
        ("red, In Review", "enum", "not ' In Review'"),
        (("red", "In review"), "enum", "not 'In review'"),
        (["red", None], "enum", "not NoneType"),
        ([], "min_items", "at least one"),
        ({"red"}, "type", "not set"),
    ]:
        with pytest.raises(DiditValidationError) as info:
            things.list(colors=bad)
        assert (info.value.field, info.value.reason) == ("colors", reason)
        assert shown in info.value.message
        assert (info.value.method, info.value.path) == ("GET", "/things/")


def _broken(mutate: Any) -> dict[str, Any]:
    spec = copy.deepcopy(FIXTURE)
    mutate(spec)
    return spec


@pytest.mark.parametrize(
    ("mutate", "pointer"),
    [
        (
            lambda s: s["components"]["schemas"]["Base"]["properties"].update(
                inner={"type": "object", "properties": {"x": {"type": "string"}}}
            ),
            "#/components/schemas/Base/properties/inner",
        ),
        (
            lambda s: s["components"]["schemas"]["Base"]["properties"].update(
                r={"$ref": "#/components/schemas/Nope"}
            ),
            "#/components/schemas/Base/properties/r",
        ),
        (
            lambda s: s["components"]["schemas"]["ThingCreate"].update(
                {"if": {"properties": {"size": {"minimum": 3}}}}
            ),
            "#/components/schemas/ThingCreate/if",
        ),
        (lambda s: s["paths"]["/things/"]["get"].pop("x-sdk"), "#/paths/~1things~1/get"),
        (
            lambda s: s["components"]["schemas"]["Base"]["properties"].update(
                n={"type": "string", "not": {"const": "x"}}
            ),
            "#/components/schemas/Base/properties/n/not",
        ),
        (lambda s: s["paths"]["/things/"]["post"].pop("x-host"), "#/paths/~1things~1/post"),
        (lambda s: s["paths"]["/things/"]["post"].pop("operationId"), "#/paths/~1things~1/post"),
        (
            lambda s: s["paths"]["/things/"]["post"].update({"x-host": "elsewhere"}),
            "#/paths/~1things~1/post/x-host",
        ),
        (
            lambda s: s["paths"]["/things/"]["get"]["parameters"].append(
                {"name": "ids", "in": "query", "style": "pipeDelimited", "schema": {}}
            ),
            "#/paths/~1things~1/get/parameters/5",
        ),
        (
            lambda s: s["paths"]["/things/"]["get"]["parameters"].append(
                {"name": "c", "in": "cookie", "schema": {"type": "string"}}
            ),
            "#/paths/~1things~1/get/parameters/5",
        ),
        (
            lambda s: s["paths"]["/things/"]["get"]["parameters"].append(
                {"name": "ids", "in": "query", "style": "form", "explode": True, "schema": {}}
            ),
            "#/paths/~1things~1/get/parameters/5",
        ),
        (
            lambda s: s["paths"]["/things/"]["get"]["parameters"].append(
                {
                    "name": "ids",
                    "in": "query",
                    "style": "form",
                    "explode": False,
                    "schema": {"type": "array", "items": {"type": "string"}},
                }
            ),
            "#/paths/~1things~1/get/parameters/5/schema",
        ),
        (
            lambda s: s["paths"]["/things/"]["get"]["parameters"][4]["schema"].update(maxItems=3),
            "#/paths/~1things~1/get/parameters/4/schema",
        ),
        (
            lambda s: [
                s["components"]["schemas"][n].update(required=["name"]) for n in ("Cat", "Dog")
            ],
            "#/components/schemas/Thing/allOf/1/properties/pet/oneOf",
        ),
        (
            lambda s: s["paths"]["/things/{thingId}/pdf/"]["get"]["responses"]["200"].update(
                content={"text/csv": {"schema": {"type": "string"}}}
            ),
            "#/paths/~1things~1{thingId}~1pdf~1/get/responses/200",
        ),
        (
            lambda s: s["components"]["schemas"]["ThingCreate"]["if"].update(
                properties={"size": {"minimum": 3}}
            ),
            "#/components/schemas/ThingCreate/if",
        ),
    ],
)
def test_unsupported_constructs_stop_the_generator_with_the_location(
    mutate: Any, pointer: str
) -> None:
    with pytest.raises(CodegenError) as info:
        render(_broken(mutate))
    assert info.value.pointer.startswith(pointer)


def test_generated_code_passes_mypy_strict(tmp_path: Path) -> None:
    from mypy import api

    generate(FIXTURE, tmp_path / "fixturegen")
    (tmp_path / "fixturegen" / "__init__.py").touch()
    out, err, status = api.run(
        [
            "--strict",
            "--cache-dir",
            str(tmp_path / ".mypy_cache"),
            "--python-version",
            "3.10",
            str(tmp_path / "fixturegen"),
        ]
    )
    assert status == 0, out + err


def test_a_lint_finding_in_the_output_fails_generation(monkeypatch: pytest.MonkeyPatch) -> None:
    # Formatting is part of generation: an import the emitter forgot (or one it should not
    # have emitted) stops the build instead of being patched over by a fixer.
    from codegen import resource_emitter

    names = [n for n in resource_emitter.SEAM_NAMES if n != "DiditValidationError"]
    monkeypatch.setattr(resource_emitter, "SEAM_NAMES", names)
    with pytest.raises(CodegenError, match="F821"):
        render(FIXTURE)


def test_only_validators_a_request_body_reaches_are_emitted_each_a_rule_table() -> None:
    codec = "".join(src for name, src in render(SPEC).items() if name.startswith("_codec/"))
    validators = set(re.findall(r"^def validate_(\w+)\(", codec, re.M))
    bodies = {
        media["schema"]["$ref"].rsplit("/", 1)[1]
        for item in SPEC["paths"].values()
        for op in item.values()
        if isinstance(op, dict)
        for media in op.get("requestBody", {}).get("content", {}).values()
    }
    assert bodies <= validators
    assert "SessionDecision" not in validators  # a response model is never validated
    # Validation is data: every validator reads its model's table with the one check_model.
    for name in validators:
        start = codec.index(f"def validate_{name}(")
        end = codec.find("\n\n\n", start)
        # Its body is the one call, however the formatter wraps a long model name.
        flat = re.sub(r"\s+", "", codec[start:end]).replace(",)", ")")
        assert flat.endswith(f'"""check_model(d,at,_V_{name},_K_{name})'), name
    assert len(re.findall(r"^_V_\w+: Any = \(", codec, re.M)) == len(validators)
