"""Strict validation of LSP messages against the LSP 3.17 meta model (metaModel.json).

Strict means: every required property present, no property the specification does not define,
every value of the declared type, and a union value must match at least one of its members.
"""
from __future__ import annotations

import json
import os
import pathlib

HERE = pathlib.Path(__file__).resolve().parent


def find_meta_model() -> pathlib.Path:
    """The shared copy beside the project when present (as CI has it), else the vendored copy."""
    candidates = [
        os.environ.get("COPYDESK_META_MODEL"),
        HERE.parent.parent.parent / "shared" / "lsp" / "metaModel.json",
        HERE / "lsp" / "metaModel.json",
    ]
    for c in candidates:
        if c and pathlib.Path(c).is_file():
            return pathlib.Path(c)
    raise FileNotFoundError("metaModel.json not found")


INT_MIN, INT_MAX = -(2**31), 2**31 - 1


class MetaModel:
    def __init__(self, path: pathlib.Path | None = None):
        data = json.loads((path or find_meta_model()).read_text())
        self.requests = {r["method"]: r for r in data["requests"]}
        self.notifications = {n["method"]: n for n in data["notifications"]}
        self.structures = {s["name"]: s for s in data["structures"]}
        self.enumerations = {e["name"]: e for e in data["enumerations"]}
        self.aliases = {a["name"]: a for a in data["typeAliases"]}
        self._props_cache: dict[str, dict] = {}

    # -- structures -------------------------------------------------------------------------
    def properties(self, name: str) -> dict:
        """All properties of a structure, including those it extends and mixes in."""
        if name in self._props_cache:
            return self._props_cache[name]
        s = self.structures[name]
        props: dict = {}
        for parent in s.get("extends", []) + s.get("mixins", []):
            if parent["kind"] == "reference":
                props.update(self.properties(parent["name"]))
        for p in s.get("properties", []):
            props[p["name"]] = p
        self._props_cache[name] = props
        return props

    # -- validation -------------------------------------------------------------------------
    def check(self, value, typ: dict, path: str = "$") -> list[str]:
        kind = typ["kind"]
        if kind == "base":
            return self._check_base(value, typ["name"], path)
        if kind == "reference":
            return self._check_reference(value, typ["name"], path)
        if kind == "array":
            if not isinstance(value, list):
                return [f"{path}: expected an array, got {_show(value)}"]
            errors = []
            for i, item in enumerate(value):
                errors += self.check(item, typ["element"], f"{path}[{i}]")
            return errors
        if kind == "map":
            if not isinstance(value, dict):
                return [f"{path}: expected an object (map), got {_show(value)}"]
            errors = []
            for k, v in value.items():
                errors += self.check(k, typ["key"], f"{path}.<key {k!r}>")
                errors += self.check(v, typ["value"], f"{path}[{k!r}]")
            return errors
        if kind == "or":
            attempts = [self.check(value, item, path) for item in typ["items"]]
            if any(not a for a in attempts):
                return []
            best = min(attempts, key=len)
            return [f"{path}: matches no member of the union ({len(typ['items'])} members); closest: " + "; ".join(best[:3])]
        if kind == "and":
            return self._check_properties(value, self._merged(typ["items"]), path)
        if kind == "tuple":
            if not isinstance(value, list) or len(value) != len(typ["items"]):
                return [f"{path}: expected a tuple of {len(typ['items'])}, got {_show(value)}"]
            errors = []
            for i, (v, t) in enumerate(zip(value, typ["items"])):
                errors += self.check(v, t, f"{path}[{i}]")
            return errors
        if kind == "literal":
            props = {p["name"]: p for p in typ["value"]["properties"]}
            return self._check_properties(value, props, path)
        if kind == "stringLiteral":
            return [] if value == typ["value"] else [f"{path}: expected {typ['value']!r}, got {_show(value)}"]
        if kind in ("integerLiteral", "booleanLiteral"):
            return [] if value == typ["value"] else [f"{path}: expected {typ['value']!r}, got {_show(value)}"]
        return [f"{path}: unknown type kind {kind}"]

    def _merged(self, items: list[dict]) -> dict:
        props: dict = {}
        for item in items:
            if item["kind"] == "reference" and item["name"] in self.structures:
                props.update(self.properties(item["name"]))
            elif item["kind"] == "literal":
                props.update({p["name"]: p for p in item["value"]["properties"]})
        return props

    def _check_base(self, value, name: str, path: str) -> list[str]:
        ok = {
            "string": isinstance(value, str),
            "URI": isinstance(value, str),
            "DocumentUri": isinstance(value, str),
            "RegExp": isinstance(value, str),
            "boolean": isinstance(value, bool),
            "null": value is None,
            "integer": isinstance(value, int) and not isinstance(value, bool) and INT_MIN <= value <= INT_MAX,
            "uinteger": isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= INT_MAX,
            "decimal": isinstance(value, (int, float)) and not isinstance(value, bool),
        }.get(name)
        if ok is None:
            return [f"{path}: unknown base type {name}"]
        return [] if ok else [f"{path}: expected {name}, got {_show(value)}"]

    def _check_reference(self, value, name: str, path: str) -> list[str]:
        if name in ("LSPAny",):
            return []
        if name == "LSPObject":
            return [] if isinstance(value, dict) else [f"{path}: expected an object, got {_show(value)}"]
        if name == "LSPArray":
            return [] if isinstance(value, list) else [f"{path}: expected an array, got {_show(value)}"]
        if name in self.aliases:
            return self.check(value, self.aliases[name]["type"], path)
        if name in self.enumerations:
            e = self.enumerations[name]
            values = [v["value"] for v in e["values"]]
            base = e["type"]["name"]
            errors = self._check_base(value, {"string": "string", "integer": "integer", "uinteger": "uinteger"}[base], path)
            if errors:
                return errors
            if value not in values and not e.get("supportsCustomValues"):
                return [f"{path}: {value!r} is not a {name} ({values})"]
            return []
        if name in self.structures:
            return self._check_properties(value, self.properties(name), path, name)
        return [f"{path}: unknown type {name}"]

    def _check_properties(self, value, props: dict, path: str, name: str = "literal") -> list[str]:
        if not isinstance(value, dict):
            return [f"{path}: expected {name} object, got {_show(value)}"]
        errors = []
        for key in value:
            if key not in props:
                errors.append(f"{path}: property {key!r} is not defined for {name}")
        for key, p in props.items():
            if key not in value:
                if not p.get("optional"):
                    errors.append(f"{path}: {name} is missing required property {key!r}")
                continue
            errors += self.check(value[key], p["type"], f"{path}.{key}")
        return errors

    # -- whole messages ------------------------------------------------------------------------
    def check_server_message(self, message: dict, client_requests: dict) -> list[str]:
        """Checks one message the server sent. `client_requests` maps the ids of the client's
        requests to their methods, so responses can be checked against their result type."""
        errors = []
        if message.get("jsonrpc") != "2.0":
            errors.append("jsonrpc must be '2.0'")
        if "method" in message:
            method = message["method"]
            allowed = {"jsonrpc", "method", "params"} | ({"id"} if "id" in message else set())
            errors += [f"envelope has unexpected key {k!r}" for k in message if k not in allowed]
            spec = self.requests.get(method) if "id" in message else self.notifications.get(method)
            if spec is None:
                return errors + [f"{method}: not a server-to-client {'request' if 'id' in message else 'notification'} in LSP 3.17"]
            if spec.get("messageDirection") == "clientToServer":
                errors.append(f"{method}: the specification sends it client to server only")
            if "params" in spec:
                errors += self.check(message.get("params"), spec["params"], f"{method}.params")
                if method == "$/progress" and isinstance(message.get("params"), dict):
                    errors += self.check(message["params"].get("value"), _WORK_DONE, f"{method}.params.value")
            elif "params" in message and message["params"] is not None:
                errors.append(f"{method}: takes no params")
            return errors
        # A response.
        allowed = {"jsonrpc", "id", "result", "error"}
        errors += [f"response has unexpected key {k!r}" for k in message if k not in allowed]
        if ("result" in message) == ("error" in message):
            return errors + ["a response has exactly one of result and error"]
        rid = message.get("id")
        if "error" in message:
            e = message["error"]
            if not isinstance(e, dict) or not isinstance(e.get("code"), int) or not isinstance(e.get("message"), str):
                errors.append(f"malformed error {e!r}")
            elif set(e) - {"code", "message", "data"}:
                errors.append(f"error has unexpected keys {set(e) - {'code', 'message', 'data'}}")
            return errors
        method = client_requests.get(_id_key(rid))
        if method is None:
            return errors + [f"response to unknown id {rid!r}"]
        spec = self.requests.get(method)
        if spec is None:
            return errors  # a custom method: nothing to check against
        return errors + self.check(message["result"], spec["result"], f"{method}.result")


_WORK_DONE = {
    "kind": "or",
    "items": [
        {"kind": "reference", "name": "WorkDoneProgressBegin"},
        {"kind": "reference", "name": "WorkDoneProgressReport"},
        {"kind": "reference", "name": "WorkDoneProgressEnd"},
    ],
}


def _id_key(rid):
    return json.dumps(rid)


def _show(value) -> str:
    text = json.dumps(value)
    return text if len(text) < 80 else text[:77] + "..."


def validate_transcript(transcript: list[tuple[str, dict]], model: MetaModel | None = None) -> list[str]:
    """Checks every server message in a transcript of (direction, message) pairs, where
    direction is 'c2s' or 's2c'."""
    model = model or MetaModel()
    requests: dict = {}
    errors = []
    for direction, message in transcript:
        if direction == "c2s":
            if "method" in message and "id" in message:
                requests[_id_key(message["id"])] = message["method"]
            continue
        for e in model.check_server_message(message, requests):
            errors.append(f"{json.dumps(message)[:200]}\n    -> {e}")
    return errors
