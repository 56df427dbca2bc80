"""The generator: every construct of the fixture spec, determinism, drift and loud failures."""

from __future__ import annotations

import copy
import importlib
import re
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from openapi_spec_validator import validate

from codegen import CodegenError, render
from codegen.__main__ import main as codegen_main
from codegen.generator import generate

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
        yield {
            name: importlib.import_module(f"fixturegen.{name}")
            for name in ("models", "enums", "_codec", "operations", "resources")
        }
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
    documented = set(re.findall(r"^\| (\w+) \| (GET|POST|PATCH|DELETE) (\S+)", table, re.M))
    in_spec = {
        (o["operationId"], m.upper(), p)
        for p, item in SPEC["paths"].items()
        for m, o in item.items()
    }
    assert len(documented) == 65
    assert documented == in_spec


def test_generation_is_deterministic_and_check_detects_drift(tmp_path: Path) -> None:
    assert render(SPEC) == render(SPEC)
    out = tmp_path / "gen"
    generate(SPEC, out)
    spec_path = tmp_path / "spec.yaml"
    spec_path.write_text(yaml.safe_dump(SPEC, sort_keys=False))
    assert codegen_main(["--spec", str(spec_path), "--out", str(out), "--check"]) == 0
    (out / "models.py").write_text((out / "models.py").read_text() + "\n# edited by hand\n")
    assert codegen_main(["--spec", str(spec_path), "--out", str(out), "--check"]) == 1
    for path in out.glob("*.py"):
        assert path.read_text().startswith("# Generated from openapi/didit.yaml by codegen.")


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
    assert c.structure_Thing({"id": "t", "color": "ultraviolet"}).color == "ultraviolet"
    assert c.unstructure_Thing(c.structure_Thing({"id": "t"})) == {"id": "t"}
    assert "secret" not in repr(c.structure_Thing({"id": "t", "api_key": "secret"}))


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
    ],
)
def test_request_validation_names_the_field_and_reason(
    gen: Any, body: dict[str, Any], field: str, reason: str
) -> None:
    from didit_async._seam import RequestValidationError

    with pytest.raises(RequestValidationError) as info:
        gen["_codec"].validate_ThingCreate(body)
    assert (info.value.field, info.value.reason) == (field, reason)


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
    from didit_async._seam import RequestValidationError

    with pytest.raises(RequestValidationError):
        await up.send(file=b"01234567890")  # over x-max-bytes
    with pytest.raises(RequestValidationError):
        await things.parts.all("not-a-uuid")
    with pytest.raises(RequestValidationError):
        things.list(kind="huge")


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
    ],
)
def test_unsupported_constructs_stop_the_generator_with_the_location(
    mutate: Any, pointer: str
) -> None:
    with pytest.raises(CodegenError) as info:
        render(_broken(mutate))
    assert info.value.pointer.startswith(pointer)
