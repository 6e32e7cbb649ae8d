#!/usr/bin/env python3
"""Measures the generator against what the vendors' official SDKs say about the same endpoints.

Usage: Scripts/oracle-agreement.py CORPUS_DIR ORACLE_DIR [--tool BIN] [--details FILE] [FORMAT ...]

For every format folder of the corpus (dingtalk, feishu-md, feishu-md-alt, feishu-raw), dumps the
model with `apidocgen dump --format json`, matches endpoints to the oracle on method and path
(path parameters normalised, Feishu's /open-apis ignored), and prints per format:

- names: the share of endpoints whose generated call path is the SDK's (Feishu: node-sdk's
  `service.version.resource.method`; DingTalk: the SDK module's service and version, and the
  method its clients call). Words are compared without case or underscores: `batchGetID` and
  `batch_get_id` are one name in two house styles.
- fields: field-level F1 of query parameters, request body and response, counted on the fields
  the page names (an SDK field whose name the page never mentions is drift, not a misreading),
  averaged per endpoint and section, and the three sections averaged.
- nesting ceiling: the fields F1 a reader would reach that read the very same fields but nested
  each where the SDK has it (per section, each name read pairs with at most one SDK field of that
  name). What the fields F1 falls short of it is nesting; what the ceiling falls short of 1 is
  fields the page and the SDK do not share (drift, fields one section names and the SDK puts in
  another), which no reading of the page can win back.

The oracle is a test oracle: this script reads it, the generator never does. `--details FILE`
writes every disagreement with its kind (missing, extra, misplaced, type) for reading.
"""
import argparse
import json
import os
import re
import subprocess
import sys
from collections import Counter, defaultdict

FORMATS = ["dingtalk", "feishu-md", "feishu-md-alt", "feishu-raw"]


def endpoint_key(method, path):
    path = re.sub(r"^/open-apis", "", path)
    path = re.sub(r"/:[^/]+", "/{}", path)
    path = re.sub(r"\{[^}]*\}", "{}", path)
    return method.upper() + " " + path


def words(name):
    return name.replace("_", "").replace(".", "").lower()


def oracle_paths(fields, nested, prefix="", seen=()):
    """Dotted paths of the SDK's fields; a type that contains itself is one level.

    DingTalk's SDK names a body that is not an object (a bare array or value) `<body>`: its
    fields are the body's own, as a page's nameless first row says.
    """
    paths = {}
    for field in fields:
        bare = field["name"] == "<body>"
        path = prefix.rstrip(".") if bare else prefix + field["name"]
        kind = field["type"]
        if path:
            paths[path] = kind_of(kind)
        match = re.match(r"(?:array:)*object:(\w+)", kind)
        if match and match.group(1) in nested and match.group(1) not in seen:
            paths.update(oracle_paths(nested[match.group(1)], nested, path + "." if path else "", seen + (match.group(1),)))
    return paths


def kind_of(sdk_type):
    base = sdk_type.split(":")[0]
    return {
        "int": "integer", "int32": "integer", "int64": "integer", "long": "integer",
        "float": "number", "double": "number", "number": "number", "bool": "boolean", "boolean": "boolean",
        "string": "string", "object": "object", "array": "array", "map": "map", "file": "file",
    }.get(base, base)


def model_paths(fields, prefix=""):
    paths = {}
    for field in fields:
        path = prefix + field["name"] if field["name"] else prefix.rstrip(".")
        if path:
            paths[path] = field["type"]
        if field["type"] == "map":
            continue
        children = field.get("children") or []
        items = field.get("items")
        while items and not children:
            children = items.get("children") or []
            items = items.get("items")
        paths.update(model_paths(children, path + "." if path else ""))
    return paths


def f1(ours, theirs):
    if not ours and not theirs:
        return None
    return f_measure(len(set(ours) & set(theirs)), len(ours), len(theirs))


def ceiling(ours, theirs):
    """The F1 of `ours` re-nested to agree with `theirs` wherever a name allows."""
    if not ours and not theirs:
        return None
    leaf = lambda path: path.split(".")[-1]
    mine, sdk = Counter(map(leaf, ours)), Counter(map(leaf, theirs))
    return f_measure(sum(min(count, sdk[name]) for name, count in mine.items()), len(ours), len(theirs))


def f_measure(hits, found, expected):
    precision = hits / found if found else 1.0
    recall = hits / expected if expected else 1.0
    return 0.0 if precision + recall == 0 else 2 * precision * recall / (precision + recall)


def named_by_page(paths, text):
    """The SDK's fields whose every name on the way down the page mentions."""
    return {path: kind for path, kind in paths.items() if all(part in text for part in path.split("."))}


def compare_names(endpoint, entry, platform):
    operation = endpoint["operation"]
    if platform == "dingtalk":
        module = re.match(r"(.+)_(\d+)_(\d+)$", entry["module"])
        service, version = (module.group(1), "v" + module.group(2)) if module else (entry["service"], "")
        ours = (operation["service"], operation["version"], operation["resource"], operation["method"])
        theirs = (service, version, "", entry["method_name"])
    else:
        ours = (operation["service"], operation["version"], operation["resource"], operation["method"])
        theirs = (entry["service"], entry["version"], entry["resource"], entry["method_name"])
    return tuple(map(words, ours)) == tuple(map(words, theirs)), ".".join(p for p in ours if p), ".".join(p for p in theirs if p)


def sections(endpoint, entry):
    nested = entry.get("nested_types", {})
    return {
        "query": (model_paths(endpoint["queryParameters"]), oracle_paths(entry.get("query_params", []), nested)),
        "body": (model_paths(endpoint["requestBody"]), oracle_paths(entry.get("body_fields", []), nested)),
        "response": (model_paths(endpoint["response"]), oracle_paths(entry.get("response_data_fields", []), nested)),
    }


def disagreements(ours, theirs):
    found = []
    leaves_ours = defaultdict(list)
    for path in ours:
        leaves_ours[path.split(".")[-1]].append(path)
    for path in sorted(set(theirs) - set(ours)):
        elsewhere = [p for p in leaves_ours[path.split(".")[-1]] if p not in theirs]
        found.append(("misplaced", path, "ours at " + ", ".join(elsewhere)) if elsewhere else ("missing", path, ""))
    leaves_theirs = {p.split(".")[-1] for p in theirs}
    for path in sorted(set(ours) - set(theirs)):
        if path.split(".")[-1] not in leaves_theirs:
            found.append(("extra", path, ""))
    for path in sorted(set(ours) & set(theirs)):
        mine, sdk = ours[path], theirs[path]
        if mine != sdk and {mine, sdk} not in ({"integer", "number"}, {"map", "object"}) and mine != "any":
            found.append(("type", path, f"ours {mine}, SDK {sdk}"))
    return found


def overall(scores):
    """Per-section scores averaged per section, then the three sections averaged."""
    return sum(sum(scores[s]) / len(scores[s]) if scores.get(s) else 1.0 for s in ("query", "body", "response")) / 3


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus")
    parser.add_argument("oracle")
    parser.add_argument("formats", nargs="*", default=FORMATS)
    parser.add_argument("--tool", default=os.path.join(os.path.dirname(__file__), "..", ".build", "release", "apidocgen"))
    parser.add_argument("--details")
    args = parser.parse_args()

    oracles = {
        "feishu": {endpoint_key(e["http_method"], e["path"]): e for e in json.load(open(os.path.join(args.oracle, "feishu_endpoints.json")))},
        "dingtalk": {endpoint_key(e["http_method"], e["path"]): e for e in json.load(open(os.path.join(args.oracle, "dingtalk_endpoints.json")))},
    }
    details = open(args.details, "w") if args.details else None
    print("format | endpoints in oracle | names match | query F1 | body F1 | response F1 | fields F1 | nesting ceiling | type disagreements")
    print("--- | --- | --- | --- | --- | --- | --- | --- | ---")
    for fmt in args.formats:
        dump = subprocess.run([args.tool, "dump", "--format", "json", os.path.join(args.corpus, fmt)],
                              capture_output=True, check=False)
        document = json.loads(dump.stdout)
        scores = defaultdict(list)
        ceilings = defaultdict(list)
        counts = Counter()
        for endpoint in document["endpoints"]:
            platform = endpoint["platform"]
            entry = oracles[platform].get(endpoint_key(endpoint["method"], endpoint["path"]))
            if entry is None or endpoint.get("server") == "legacy":
                continue
            counts["endpoints"] += 1
            same, ours, theirs = compare_names(endpoint, entry, platform)
            counts["names"] += same
            if details and not same:
                details.write(f"{fmt}\tname\t{endpoint['source']['file']}\tours {ours}\tSDK {theirs}\n")
            with open(endpoint["source"]["file"], encoding="utf-8", errors="replace") as page:
                text = page.read()
            for section, (ours_fields, sdk_fields) in sections(endpoint, entry).items():
                sdk_named = named_by_page(sdk_fields, text)
                score = f1(ours_fields, sdk_named)
                if score is not None:
                    scores[section].append(score)
                    ceilings[section].append(ceiling(ours_fields, sdk_named))
                for kind, path, note in disagreements(ours_fields, sdk_named):
                    counts[kind] += 1
                    if details:
                        details.write(f"{fmt}\t{section} {kind}\t{endpoint['source']['file']}\t{path}\t{note}\n")
        averages = {s: sum(v) / len(v) for s, v in scores.items() if v}
        fields, best = (overall(values) for values in (scores, ceilings))
        n = counts["endpoints"] or 1
        print(f"{fmt} | {counts['endpoints']} | {counts['names'] / n:.1%} ({counts['names']}) | "
              f"{averages.get('query', 1):.3f} | {averages.get('body', 1):.3f} | {averages.get('response', 1):.3f} | "
              f"{fields:.4f} | {best:.4f} | {counts['type']}")
    if details:
        details.close()


if __name__ == "__main__":
    sys.exit(main())
