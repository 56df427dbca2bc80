"""Bring Didit's published fields into openapi/didit.yaml, on the operations we already have.

For each operation our spec shares with Didit's published OpenAPI facts (matched as in
:mod:`tools.facts_check`), this adds every documented query parameter, request field and
response field we lack, at every depth, and widens what we state more narrowly than Didit
(a missing null, a missing enum value, a missing format). It follows our conventions
(docs/ARCHITECTURE.md §1): every object with properties becomes a named component, named after
its parent (``SessionDecision`` → ``IdVerification`` → ``IdVerificationIdLookup``); our names,
descriptions and ``x-`` extensions are kept; nullable is ``type: [x, "null"]`` (an enum or a
model: ``anyOf`` with null). It never adds an operation, and never removes anything.

Re-runnable: a second run changes nothing. Items listed in tools/facts_exceptions.yaml are left
alone. ``python -m tools.facts_import`` rewrites the spec in place (keys in their order, new
components appended in the order first met, so the diff reads top to bottom).
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Mapping
from typing import Any

import yaml

from tools.facts_check import (
    SPEC,
    Resolver,
    flatten,
    load,
    load_exceptions,
    matches,
    shared_operations,
)

HEADER = (
    "# The Didit API, described by hand for didit-async (OpenAPI 3.1).\n"
    "# The single source of truth for codegen/: edit this file, then `make generate`.\n"
)
# Constraints copied from Didit's schema as they are; descriptions never (the facts have none).
CONSTRAINTS = (
    "minimum",
    "maximum",
    "minLength",
    "maxLength",
    "minItems",
    "maxItems",
    "pattern",
    "default",
)
# Said of a field our docs-based reading required and Didit's published schema does not.
RELAXED = "Optional in Didit's published schema, which we follow (the docs pages mark it required)."
# Status codes without content, mapped to our shared error responses.
ERROR_RESPONSES = {
    "400": "BadRequest",
    "401": "Unauthorized",
    "402": "PaymentRequired",
    "403": "Forbidden",
    "404": "NotFound",
    "409": "Conflict",
    "413": "BadRequest",
    "415": "BadRequest",
    "429": "TooManyRequests",
    "500": "ServerError",
    "502": "ServerError",
    "503": "ServerError",
}


def camel(name: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"[^A-Za-z0-9]+", name) if part)


def singular(name: str) -> str:
    for suffix, repl in (
        ("ies", "y"),
        ("sses", "ss"),
        ("ches", "ch"),
        ("shes", "sh"),
        ("xes", "x"),
    ):
        if name.endswith(suffix):
            return name[: -len(suffix)] + repl
    if name.endswith("s") and not name.endswith("ss"):
        return name[:-1]
    return name


class Importer:
    """Merges Didit's facts into our spec document, in place."""

    def __init__(self, ours: dict[str, Any], facts: Mapping[str, Any]) -> None:
        self.ours = ours
        self.schemas: dict[str, Any] = ours["components"]["schemas"]
        self.facts = facts
        self.their = Resolver(facts)
        self.mine = Resolver(ours)
        self.exceptions = load_exceptions()
        self.named: dict[str, str] = {}  # Didit component name -> our component name
        self.added: list[str] = []
        self.operation_id = ""
        self.kind = "response"  # what the importer is merging: query, request or response

    def excused(self, item: str, aspect: str = "") -> bool:
        """Whether the exception list leaves ``item`` alone (rows with ``only:`` one aspect)."""
        full = f"{self.operation_id} {item}"
        return any(
            matches(full, row["item"]) and row.get("only", aspect) == aspect
            for row in self.exceptions
        )

    # --- converting Didit's schemas to ours -------------------------------------------------

    def new_name(self, hint: str) -> str:
        name, n = hint, 2
        while name in self.schemas:
            name, n = f"{hint}{n}", n + 1
        return name

    def convert(self, schema: Any, hint: str, at: str = "") -> dict[str, Any]:
        """Our schema for one of Didit's: objects become named components."""
        ref_name = None
        if isinstance(schema, Mapping) and "$ref" in schema:
            ref_name = schema["$ref"].rsplit("/", 1)[-1]
        if isinstance(schema, Mapping) and len(schema.get("allOf") or []) == 1:
            inner = dict(schema["allOf"][0])
            if schema.get("nullable"):
                inner["nullable"] = True
            return self.convert(inner, hint, at)
        raw = self.their.deref(schema)
        nullable = bool(raw.get("nullable")) or bool(
            isinstance(schema, Mapping) and schema.get("nullable")
        )
        union = raw.get("oneOf") or raw.get("anyOf")
        if union:
            objects = [self.their.deref(m) for m in union]
            if all(m.get("type") == "object" and m.get("properties") for m in objects):
                merged, _ = flatten(self.their, raw)
                return self._object(merged, hint, nullable, ref_name, at)
            members = [self.convert(m, hint, at) for m in union]
            if nullable:
                members.append({"type": "null"})
            return {"anyOf": members}
        kind = raw.get("type")
        if kind == "object" or raw.get("properties"):
            if raw.get("properties"):
                return self._object(raw, hint, nullable, ref_name, at)
            out: dict[str, Any] = {"type": ["object", "null"] if nullable else "object"}
            extra = raw.get("additionalProperties", True)
            typed = isinstance(extra, Mapping) and bool(extra)
            out["additionalProperties"] = self.convert(extra, hint, f"{at}{{*}}") if typed else True
            return out
        if kind == "array":
            out = {"type": ["array", "null"] if nullable else "array"}
            out["items"] = self.convert(raw.get("items") or {}, singular(hint), f"{at}[]")
            out.update({k: raw[k] for k in ("minItems", "maxItems") if k in raw})
            return out
        if kind is None:
            return {}
        out = {"type": kind}
        if "format" in raw:
            out["format"] = raw["format"]
        out.update(
            {k: raw[k] for k in CONSTRAINTS if k in raw and k not in ("minItems", "maxItems")}
        )
        if out.get("default", 0) is None:
            del out["default"]
        enum = [v for v in raw.get("enum") or [] if v is not None]
        if enum:
            out["enum"] = enum
            if nullable:
                return {"anyOf": [out, {"type": "null"}]}
        elif nullable:
            out["type"] = [kind, "null"]
        return out

    def _object(
        self, raw: Mapping[str, Any], hint: str, nullable: bool, ref_name: str | None, at: str
    ) -> dict[str, Any]:
        if ref_name and ref_name in self.named:
            name = self.named[ref_name]
        else:
            name = self.new_name(hint)
            if ref_name:
                self.named[ref_name] = name
            component: dict[str, Any] = {"type": "object", "properties": {}}
            self.schemas[name] = component
            self.added.append(name)
            self.merge_object(name, raw, self.kind, at)
        ref = {"$ref": f"#/components/schemas/{name}"}
        return {"anyOf": [ref, {"type": "null"}]} if nullable else ref

    # --- merging into what we have ----------------------------------------------------------

    def merge_object(self, name: str, theirs: Any, kind: str = "response", at: str = "") -> None:
        """Add Didit's properties to our component ``name``, and widen the shared ones."""
        flat, _ = flatten(self.their, theirs)
        ours = self.schemas[name]
        if "allOf" in ours:
            # Our model composes parts: new properties go on the model itself.
            ours.setdefault("properties", {})
        props = ours.setdefault("properties", {})
        ours_flat, _ = flatten(self.mine, ours)
        for prop, sub in flat["properties"].items():
            path = f"{at}.{prop}" if at else prop
            if prop not in ours_flat["properties"]:
                if self.excused(f"{kind}:{path}"):
                    continue
                props[prop] = self.convert(sub, name + camel(prop), path)
                continue
            target = props if prop in props else None
            if target is None:
                continue  # declared on an allOf part we do not own here
            props[prop] = self.merge_property(props[prop], sub, name + camel(prop), kind, path)
        if kind != "response" and not self.excused(f"{kind}:{at}"):
            documented = set(flat["required"])
            for r in flat["required"]:
                if self.excused(f"{kind}:{at}.{r}" if at else f"{kind}:{r}", "required"):
                    continue
                if r in props and r not in ours.get("required", []):
                    ours.setdefault("required", []).append(r)
            for r in list(ours.get("required", [])):
                if r in props and r not in documented and flat["properties"]:
                    ours["required"].remove(r)
                    note = RELAXED.format(kind=kind)
                    text = str(props[r].get("description", ""))
                    if note not in text:
                        props[r] = {"description": f"{text} {note}".strip(), **props[r]}
                        props[r]["description"] = f"{text} {note}".strip()
            if "required" in ours and not ours["required"]:
                del ours["required"]
        if "type" not in ours and "allOf" not in ours:
            ours["type"] = "object"

    def merge_property(
        self, mine: dict[str, Any], theirs: Any, hint: str, kind: str, path: str
    ) -> dict[str, Any]:
        """Our property schema widened to what Didit documents (our wording kept)."""
        if self.excused(f"{kind}:{path}"):
            return mine
        flat_theirs, their_null = flatten(self.their, theirs)
        their_types = set(flat_theirs["type"])
        ref = self._ref_of(mine)
        if ref is not None:
            target = self.schemas[ref]
            if target.get("properties") or "allOf" in target:
                if flat_theirs["properties"]:
                    self.merge_object(ref, theirs, kind, path)
            elif "enum" in target:
                self._widen_enum(target, flat_theirs)
            if their_null and not flatten(self.mine, mine)[1]:
                mine = self._nullable(mine)
            return mine
        mine_flat, mine_null = flatten(self.mine, mine)
        mine_types = set(mine_flat["type"])
        if flat_theirs["properties"] and not mine_flat["properties"]:
            # A free-form object (or an untyped value) Didit types: name it.
            converted = self.convert(theirs, hint, path)
            if "description" in mine:
                converted = {"description": mine["description"], **converted}
            return converted
        if "array" in their_types and "items" in flat_theirs:
            if "type" not in mine and not ({"anyOf", "oneOf", "$ref"} & set(mine)):
                mine["type"] = "array"  # an untyped list: say it is one
                mine_types = {"array"}
            items = mine.get("items")
            if isinstance(items, dict):
                mine["items"] = self.merge_property(
                    items, flat_theirs["items"], singular(hint), kind, f"{path}[]"
                )
            elif "anyOf" not in mine and not mine_types - {"array"}:
                mine["items"] = self.convert(flat_theirs["items"], singular(hint), f"{path}[]")
        widened = their_types == {"integer"} and "number" in mine_types
        retype = not self.excused(f"{kind}:{path}", "type")
        if their_types and mine_types and not their_types <= mine_types and not widened and retype:
            if "anyOf" in mine or "oneOf" in mine:
                return mine
            if len(their_types) > 1:
                converted = self.convert(theirs, hint, path)
                if "description" in mine:
                    converted = {"description": mine["description"], **converted}
                return converted
            mine["type"] = sorted(their_types)[0] if len(their_types) == 1 else sorted(their_types)
            if "array" not in their_types:
                mine.pop("items", None)
            if "object" not in their_types:
                mine.pop("additionalProperties", None)
        new_format = flat_theirs.get("format")
        if new_format and mine_flat.get("format") != new_format and "anyOf" not in mine:
            mine["format"] = new_format
        if flat_theirs.get("enum") and mine_flat.get("enum") is not None:
            if "anyOf" in mine:
                for member in mine["anyOf"]:
                    if "enum" in member:
                        self._widen_enum(member, flat_theirs)
            else:
                self._widen_enum(mine, flat_theirs)
        stricter = "pattern" in mine and mine["pattern"] != flat_theirs.get("pattern")
        if kind != "response" and stricter and not self.excused(f"{kind}:{path}", "pattern"):
            # Stricter than Didit's published schema: Didit's own examples send other forms.
            if "pattern" in flat_theirs:
                mine["pattern"] = flat_theirs["pattern"]
            else:
                del mine["pattern"]
        if their_null and not mine_null:
            mine = self._nullable(mine)
        return mine

    def _ref_of(self, schema: Mapping[str, Any]) -> str | None:
        if "$ref" in schema:
            return str(schema["$ref"]).rsplit("/", 1)[-1]
        members = [m for m in schema.get("anyOf") or [] if m != {"type": "null"}]
        if len(members) == 1 and "$ref" in members[0]:
            return str(members[0]["$ref"]).rsplit("/", 1)[-1]
        return None

    @staticmethod
    def _widen_enum(target: dict[str, Any], theirs: Mapping[str, Any]) -> None:
        values = target.get("enum")
        if values is None:
            return
        for value in theirs.get("enum") or []:
            if value is not None and value not in values:
                values.append(value)

    @staticmethod
    def _nullable(schema: dict[str, Any]) -> dict[str, Any]:
        if "$ref" in schema or "enum" in schema:
            inner = {k: v for k, v in schema.items() if k != "description"}
            out: dict[str, Any] = {"anyOf": [inner, {"type": "null"}]}
            if "description" in schema:
                out = {"description": schema["description"], **out}
            return out
        if "anyOf" in schema or "oneOf" in schema:
            key = "anyOf" if "anyOf" in schema else "oneOf"
            schema[key] = [*schema[key], {"type": "null"}]
            return schema
        kind = schema.get("type")
        if isinstance(kind, str):
            schema["type"] = [kind, "null"]
        elif isinstance(kind, list) and "null" not in kind:
            schema["type"] = [*kind, "null"]
        return schema

    # --- operations -------------------------------------------------------------------------

    def run(self) -> None:
        for _method, _path, ours, theirs in list(shared_operations(self.ours, self.facts)):
            self.operation_id = ours["operationId"]
            self.kind = "query"
            self.merge_query(ours, theirs)
            self.kind = "request"
            self.merge_body(ours, theirs)
            self.kind = "response"
            self.merge_responses(ours, theirs)

    def merge_query(self, ours: Any, theirs: Mapping[str, Any]) -> None:
        params = ours.get("parameters") or []
        by_name = {
            p["name"]: p for p in (self.mine.deref(q) for q in params) if p.get("in") == "query"
        }
        for raw in theirs.get("parameters") or []:
            param = self.their.deref(raw)
            if param.get("in") != "query" or self.excused(f"query:{param['name']}"):
                continue
            schema = self.convert(param.get("schema") or {}, camel(self.operation_id))
            mine = by_name.get(param["name"])
            if mine is None:
                # An operation without parameters gets the key only when one is added.
                params = ours.setdefault("parameters", params)
                params.append(
                    {
                        "name": param["name"],
                        "in": "query",
                        "required": bool(param.get("required")),
                        "schema": schema,
                    }
                )
            else:
                mine["schema"] = self.merge_property(
                    mine.get("schema") or {}, param.get("schema") or {}, "", "query", param["name"]
                )

    def merge_body(self, ours: Any, theirs: Mapping[str, Any]) -> None:
        body = theirs.get("requestBody")
        mine = ours.get("requestBody")
        if not body or not mine:
            return
        for media in (self.mine.deref(mine).get("content") or {}).values():
            ref = self._ref_of(media.get("schema") or {})
            if ref is None:
                continue
            their_content = self.their.deref(body).get("content") or {}
            for media_type, their_media in their_content.items():
                if media_type in self.mine.deref(mine)["content"] or len(their_content) == 1:
                    self.merge_object(ref, their_media.get("schema") or {}, "request")

    def merge_responses(self, ours: Any, theirs: Mapping[str, Any]) -> None:
        responses = ours.setdefault("responses", {})
        for status, raw in (theirs.get("responses") or {}).items():
            if status in ("default", "5XX", "4XX") or self.excused(f"status:{status}"):
                continue
            if status not in responses:
                if status in ERROR_RESPONSES:
                    responses[status] = {
                        "$ref": f"#/components/responses/{ERROR_RESPONSES[status]}"
                    }
                continue
            if status[0] not in "23":
                continue
            their_content = self.their.deref(raw).get("content") or {}
            our_content = self.mine.deref(responses[status]).get("content") or {}
            for their_media in their_content.values():
                for media in our_content.values():
                    self.merge_response_schema(media, their_media.get("schema") or {})

    def merge_response_schema(self, media: dict[str, Any], theirs: Any) -> None:
        schema = media.get("schema") or {}
        flat_theirs, _ = flatten(self.their, theirs)
        ref = self._ref_of(schema)
        if ref is not None and ("properties" in self.schemas[ref] or "allOf" in self.schemas[ref]):
            if flat_theirs["properties"]:
                self.merge_object(ref, theirs)
            return
        if schema.get("type") == "array" and "array" in flat_theirs["type"]:
            item_ref = self._ref_of(schema.get("items") or {})
            if item_ref is not None:
                self.merge_object(item_ref, flat_theirs["items"])


def dump(doc: Mapping[str, Any]) -> str:
    """Our spec as YAML: keys in document order, multi-line strings as literal blocks."""

    class Dumper(yaml.SafeDumper):
        pass

    def text(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
        style = "|" if "\n" in value else None
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)

    Dumper.add_representer(str, text)
    body = yaml.dump(doc, Dumper=Dumper, sort_keys=False, allow_unicode=True, width=100)
    return HEADER + body


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.facts_import", description=__doc__)
    parser.add_argument("--dry-run", action="store_true", help="list new components only")
    args = parser.parse_args(argv)
    ours, facts = load()
    importer = Importer(ours, facts)
    importer.run()
    print(f"{len(importer.added)} new components")
    if not args.dry_run:
        SPEC.write_text(dump(ours))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
