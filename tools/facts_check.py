"""Compare openapi/didit.yaml with Didit's published OpenAPI facts and list every disagreement.

Didit publishes an OpenAPI 3.0 description of its API; its facts (descriptions and examples
removed) sit in ``../shared/reference/didit-openapi-facts.json`` beside the clone. Our spec is
written by hand in our own words and names, so this check compares meaning, not text: it
matches our operations to Didit's by method and path (path parameter names may differ) and,
on every shared operation, compares each documented query parameter, request field and
response field at every depth (``a.b[].c``; ``{*}`` is a map value) on type, nullability,
format, enum values and requiredness, plus the documented status codes and the shape (object
or array) of each answer.

Items we leave out on purpose are listed with their reason in ``tools/facts_exceptions.yaml``;
they count as covered and are printed apart. ``python -m tools.facts_check`` prints the
disagreements and a summary; ``--summary`` prints only the summary; ``--json`` the figures.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "didit.yaml"
FACTS = ROOT.parent / "shared" / "reference" / "didit-openapi-facts.json"
EXCEPTIONS = Path(__file__).resolve().parent / "facts_exceptions.yaml"

METHODS = ("get", "post", "put", "patch", "delete")
# Schema keywords this check compares; the rest (lengths, bounds, defaults) are advisory.
COMPARED = ("type", "nullable", "format", "enum", "required")

Schema = Mapping[str, Any]


@dataclass(frozen=True)
class Facet:
    """What one documented field says about itself, normalised across OpenAPI 3.0 and 3.1."""

    types: frozenset[str]
    nullable: bool
    format: str | None
    enum: frozenset[str] | None
    required: bool
    pattern: str | None = None


@dataclass
class OperationReport:
    """The comparison of one shared operation."""

    operation_id: str
    method: str
    path: str
    documented: int = 0
    present: int = 0
    agreeing: int = 0
    excepted: int = 0
    problems: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)
    excused: list[str] = field(default_factory=list)


class Resolver:
    """Follows ``$ref`` inside one document."""

    def __init__(self, doc: Mapping[str, Any]) -> None:
        self.doc = doc

    def deref(self, node: Any) -> Any:
        seen = 0
        while isinstance(node, Mapping) and "$ref" in node:
            target: Any = self.doc
            for part in node["$ref"].removeprefix("#/").split("/"):
                # JSON Pointer escapes: Didit's facts point into paths (`~1v3~1kyb~1...`).
                target = target[part.replace("~1", "/").replace("~0", "~")]
            node = target
            seen += 1
            if seen > 50:
                raise ValueError("$ref cycle")
        return node


def _type_set(schema: Schema) -> tuple[set[str], bool]:
    raw = schema.get("type")
    types = set(raw) if isinstance(raw, list) else ({raw} if raw else set())
    nullable = "null" in types or bool(schema.get("nullable"))
    types.discard("null")
    if schema.get("const", 0) is None or (
        "enum" in schema and None in schema["enum"] and not types
    ):
        nullable = True
    return types, nullable


def flatten(res: Resolver, schema: Any) -> tuple[dict[str, Any], bool]:
    """One schema with ``$ref``, ``allOf`` and ``anyOf``/``oneOf`` folded into a merged dict.

    The second value is True when any branch admits null. Object members of a union have their
    properties merged (a field is required only when every object member requires it).
    """
    schema = res.deref(schema)
    if not isinstance(schema, Mapping):
        return {}, False
    merged: dict[str, Any] = {
        k: v for k, v in schema.items() if k not in ("allOf", "anyOf", "oneOf")
    }
    types, nullable = _type_set(schema)
    props: dict[str, Any] = dict(schema.get("properties") or {})
    required: set[str] = set(schema.get("required") or [])
    for part in schema.get("allOf") or []:
        sub, sub_null = flatten(res, part)
        sub_types, _ = _type_set(sub)
        types |= sub_types
        props.update(sub.get("properties") or {})
        required |= set(sub.get("required") or [])
        for key in ("format", "enum", "items", "additionalProperties"):
            if key in sub and key not in merged:
                merged[key] = sub[key]
    union = (schema.get("anyOf") or []) + (schema.get("oneOf") or [])
    union_required: set[str] | None = None
    for part in union:
        sub, sub_null = flatten(res, part)
        sub_types, _ = _type_set(sub)
        nullable = nullable or sub_null
        if not sub_types and not sub.get("properties") and sub_null:
            continue
        types |= sub_types
        if sub.get("properties"):
            for name, value in sub["properties"].items():
                props.setdefault(name, value)
            sub_required = set(sub.get("required") or [])
            union_required = (
                sub_required if union_required is None else union_required & sub_required
            )
        for key in ("format", "enum", "items", "additionalProperties"):
            if key in sub and key not in merged:
                merged[key] = sub[key]
    if union_required:
        required |= union_required
    if props and not types:
        types = {"object"}
    if not types and not props and "items" not in merged and "enum" not in merged:
        nullable = True  # an untyped schema admits anything, null included
    if "items" in merged and not types:
        types = {"array"}
    merged["type"] = sorted(types)
    merged["properties"] = props
    merged["required"] = sorted(required)
    return merged, nullable


def facet(res: Resolver, schema: Any, required: bool) -> Facet:
    flat, nullable = flatten(res, schema)
    enum = flat.get("enum")
    if isinstance(enum, list) and enum and isinstance(res.deref(enum[0]), Mapping):
        enum = None
    return Facet(
        types=frozenset(flat["type"]),
        nullable=nullable,
        format=flat.get("format"),
        enum=frozenset(str(v) for v in enum if v is not None) if enum else None,
        required=required,
        pattern=flat.get("pattern"),
    )


def walk(
    res: Resolver, schema: Any, prefix: str, depth: int = 0
) -> Iterator[tuple[str, Any, bool]]:
    """Every field under ``schema`` as (dotted path, schema, required), depth first."""
    if depth > 12:
        return
    flat, _ = flatten(res, schema)
    required = set(flat["required"])
    for name, sub in flat["properties"].items():
        path = f"{prefix}.{name}" if prefix else name
        yield path, sub, name in required
        yield from walk(res, sub, path, depth + 1)
    items = flat.get("items")
    if items is not None:
        yield from walk(res, items, f"{prefix}[]", depth + 1)
    extra = flat.get("additionalProperties")
    if isinstance(extra, Mapping) and extra:
        yield from walk(res, extra, f"{prefix}{{*}}", depth + 1)


def _fields(
    res: Resolver, op: Schema, kind: str, prefer: str | None = None
) -> dict[str, tuple[Any, bool]]:
    """Documented items of one operation: query params, request fields, response fields.

    A body documented in several media types is read in ``prefer`` (ours) when it has it.
    """
    out: dict[str, tuple[Any, bool]] = {}
    if kind == "query":
        for param in op.get("parameters") or []:
            param = res.deref(param)
            if param.get("in") == "query":
                out[param["name"]] = (param.get("schema") or {}, bool(param.get("required")))
        return out
    if kind == "request":
        body = res.deref(op.get("requestBody") or {})
        content = body.get("content") or {}
        if prefer in content:
            content = {prefer: content[prefer]}
        for media in content.values():
            for path, sub, req in walk(res, media.get("schema") or {}, ""):
                out.setdefault(path, (sub, req))
        return out
    for status, response in (op.get("responses") or {}).items():
        response = res.deref(response)
        for media in (response.get("content") or {}).values():
            schema = media.get("schema")
            if schema is None:
                continue
            for path, sub, req in walk(res, schema, ""):
                out.setdefault(f"{status}:{path}", (sub, req))
    return out


def _shapes(res: Resolver, op: Schema) -> dict[str, frozenset[str]]:
    out: dict[str, frozenset[str]] = {}
    for status, response in (op.get("responses") or {}).items():
        response = res.deref(response)
        content = response.get("content") or {}
        if not content:
            out[status] = frozenset({"empty"})
            continue
        kinds: set[str] = set()
        for media in content.values():
            flat, _ = flatten(res, media.get("schema") or {})
            kinds |= set(flat["type"]) or {"any"}
        out[status] = frozenset(kinds)
    return out


def _compare(ours: Facet, theirs: Facet, kind: str) -> list[str]:
    out: list[str] = []
    widened = theirs.types == {"integer"} and "number" in ours.types
    if theirs.types and ours.types and not theirs.types <= ours.types and not widened:
        out.append(f"type {sorted(ours.types)} != {sorted(theirs.types)}")
    if theirs.nullable and not ours.nullable:
        out.append("not nullable (Didit: nullable)")
    if theirs.format and ours.format != theirs.format:
        out.append(f"format {ours.format!r} != {theirs.format!r}")
    if theirs.enum and ours.enum is not None and not theirs.enum <= ours.enum:
        out.append(f"enum lacks {sorted(theirs.enum - ours.enum)}")
    if kind != "response" and ours.pattern and ours.pattern != theirs.pattern:
        out.append(f"pattern {ours.pattern!r} stricter than Didit's {theirs.pattern!r}")
    if kind != "response" and theirs.required != ours.required:
        out.append(f"required {ours.required} != {theirs.required}")
    return out


def load_exceptions(path: Path = EXCEPTIONS) -> list[dict[str, str]]:
    """The reasoned exception list: ``{item: <glob over 'operation_id kind:path'>, reason}``."""
    if not path.exists():
        return []
    rows = yaml.safe_load(path.read_text()) or []
    for row in rows:
        if not row.get("reason"):
            raise ValueError(f"exception {row!r} gives no reason")
    return list(rows)


def matches(item: str, pattern: str) -> bool:
    """Whether ``item`` fits ``pattern``, where only ``*`` is a wildcard (``[]`` is literal)."""
    regex = ".*".join(re.escape(part) for part in pattern.split("*"))
    return re.fullmatch(regex, item) is not None


def normalise_path(path: str) -> str:
    return re.sub(r"\{[^}]*\}", "{}", path)


def shared_operations(
    ours: Mapping[str, Any], facts: Mapping[str, Any]
) -> Iterator[tuple[str, str, Schema, Schema]]:
    """(method, our path, our operation, Didit's operation) for each operation in both."""
    theirs = {
        (method, normalise_path(path)): op
        for path, item in facts["paths"].items()
        for method, op in item.items()
        if method in METHODS
    }
    for path, item in ours["paths"].items():
        for method, op in item.items():
            match = theirs.get((method, normalise_path(path)))
            if method in METHODS and match is not None:
                yield method, path, op, match


def check(
    ours: Mapping[str, Any], facts: Mapping[str, Any], exceptions: list[dict[str, str]]
) -> list[OperationReport]:
    """Compare every shared operation; one report each, in our spec's order."""
    our_res, their_res = Resolver(ours), Resolver(facts)
    reports: list[OperationReport] = []

    def excused(report: OperationReport, item: str, aspects: tuple[str, ...] = ()) -> bool:
        for row in exceptions:
            only = row.get("only")
            if only is not None and (only,) != aspects:
                continue
            if matches(item, row["item"]):
                report.excused.append(f"{item}: {row['reason']}")
                return True
        return False

    for method, path, our_op, their_op in shared_operations(ours, facts):
        report = OperationReport(our_op["operationId"], method.upper(), path)
        for kind in ("query", "request", "response"):
            mine = _fields(our_res, our_op, kind)
            our_body = our_res.deref(our_op.get("requestBody") or {}).get("content") or {}
            documented = _fields(their_res, their_op, kind, next(iter(our_body), None))
            for name, (schema, required) in documented.items():
                item = f"{report.operation_id} {kind}:{name}"
                report.documented += 1
                theirs = facet(their_res, schema, required)
                if name not in mine:
                    if excused(report, item):
                        report.excepted += 1
                    else:
                        report.problems.append(f"{kind} {name}: missing")
                    continue
                report.present += 1
                diffs = _compare(facet(our_res, mine[name][0], mine[name][1]), theirs, kind)
                if not diffs:
                    report.agreeing += 1
                elif excused(report, item, tuple(d.split(" ", 1)[0] for d in diffs)):
                    report.agreeing += 1  # a difference we state on purpose
                else:
                    report.problems.extend(f"{kind} {name}: {d}" for d in diffs)
            for name in sorted(set(mine) - set(documented)):
                # Error bodies are our one shared ErrorBody; only success answers are compared.
                if kind == "response" and name[0] not in "23":
                    continue
                item = f"{report.operation_id} extra-{kind}:{name}"
                if not excused(report, item):
                    report.extras.append(f"{kind} {name}: not in Didit's facts (extra)")
        our_shapes, their_shapes = _shapes(our_res, our_op), _shapes(their_res, their_op)
        for status, shape in their_shapes.items():
            problem = None
            if status not in our_shapes and status not in ("default", "5XX"):
                problem = f"status {status}: missing"
            elif status[0] in "23" and not shape <= our_shapes[status] | {"any"}:
                problem = f"status {status}: shape {sorted(our_shapes[status])} != {sorted(shape)}"
            if problem and not excused(report, f"{report.operation_id} status:{status}"):
                report.problems.append(problem)
        for status in our_shapes:
            if status[0] == "2" and status not in their_shapes:
                item = f"{report.operation_id} extra-status:{status}"
                if not excused(report, item):
                    report.extras.append(f"status {status}: not in Didit's facts (extra)")
        reports.append(report)
    return reports


@dataclass(frozen=True)
class Summary:
    """The figures the regression test pins."""

    operations: int
    documented: int
    present: int
    agreeing: int
    excepted: int
    problems: int
    extras: int

    @property
    def coverage(self) -> float:
        return (self.present + self.excepted) / self.documented if self.documented else 1.0

    @property
    def agreement(self) -> float:
        return (self.agreeing + self.excepted) / self.documented if self.documented else 1.0


def summarise(reports: list[OperationReport]) -> Summary:
    return Summary(
        operations=len(reports),
        documented=sum(r.documented for r in reports),
        present=sum(r.present for r in reports),
        agreeing=sum(r.agreeing for r in reports),
        excepted=sum(r.excepted for r in reports),
        problems=sum(len(r.problems) for r in reports),
        extras=sum(len(r.extras) for r in reports),
    )


def load(spec: Path = SPEC, facts: Path = FACTS) -> tuple[dict[str, Any], dict[str, Any]]:
    ours = yaml.safe_load(spec.read_text())
    theirs = json.loads(facts.read_text())
    return ours, theirs


def run(spec: Path = SPEC, facts: Path = FACTS) -> tuple[list[OperationReport], Summary]:
    """Run the whole check; the test calls this."""
    ours, theirs = load(spec, facts)
    reports = check(ours, theirs, load_exceptions())
    return reports, summarise(reports)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.facts_check", description=__doc__)
    parser.add_argument("--summary", action="store_true", help="print only the summary")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--excused", action="store_true", help="also list excepted items")
    parser.add_argument("--facts", type=Path, default=FACTS)
    args = parser.parse_args(argv)
    if not args.facts.exists():
        print(f"no facts file at {args.facts}", file=sys.stderr)
        return 2
    reports, summary = run(SPEC, args.facts)
    if args.json:
        print(
            json.dumps(
                {
                    **summary.__dict__,
                    "coverage": round(summary.coverage, 4),
                    "agreement": round(summary.agreement, 4),
                }
            )
        )
        return 0
    if not args.summary:
        for report in reports:
            if report.problems or report.extras or (args.excused and report.excused):
                print(f"{report.method} {report.path} ({report.operation_id}):")
                for line in report.problems:
                    print(f"  - {line}")
                for line in report.extras:
                    print(f"  + {line}")
                if args.excused:
                    for line in report.excused:
                        print(f"  ~ excused {line}")
    print(
        f"{summary.operations} shared operations; {summary.documented} documented query "
        f"parameters, request and response fields; present {summary.present}"
        f" + excepted {summary.excepted} = {summary.coverage:.1%} covered; "
        f"agreeing in type/format/enum/nullability/requiredness {summary.agreement:.1%}; "
        f"{summary.problems} disagreements (-), {summary.extras} items only we describe (+)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
