#!/usr/bin/env python3
"""Measures how well flattened tables are nested, against pages whose tables mark depth.

Usage: Scripts/flattened-accuracy.py FEISHU_RAW_DIR [--tool BIN] [--list N]

feishu-raw's tables mark each row's depth (`<md-dt-tr level="2">`), so its nesting is exact. The
same tables without those marks are what feishu-md and feishu-md-alt give: rows in order, with
the nesting left to the examples and the type names. This script copies the folder with the
marks taken out, dumps both with `apidocgen dump --format json`, and prints, for request bodies
and answers, how many sections the flattened reading gets exactly right and the field-level
precision and recall of the flattened reading against the exact one (a field is its dotted
path). Unlike a comparison across formats or with the SDKs, no doc drift counts: the two readings
are of one text.
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter


def dump(tool, folder):
    result = subprocess.run([tool, "dump", "--format", "json", folder], capture_output=True, text=True)
    if result.returncode not in (0, 1):
        sys.exit(f"{tool} dump failed: {result.stderr[:500]}")
    return json.loads(result.stdout)


def key(endpoint, root):
    return os.path.relpath(endpoint["source"]["file"], root) + " " + endpoint["method"] + " " + endpoint["path"]


def paths(fields, prefix=""):
    """Dotted paths of the fields the tables state (example-only members left out)."""
    found = set()
    for field in fields:
        if field.get("exampleOnly"):
            continue
        path = prefix + field["name"]
        found.add(path)
        children = list(field.get("children") or [])
        items = field.get("items")
        while items:
            children += items.get("children") or []
            items = items.get("items")
        found |= paths(children, path + ".")
    return found


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", help="the feishu-raw folder of the corpus")
    parser.add_argument("--tool", default=".build/release/apidocgen")
    parser.add_argument("--list", type=int, default=0, help="how many of the sections read worst to list")
    arguments = parser.parse_args()

    with tempfile.TemporaryDirectory() as scratch:
        flattened = os.path.join(scratch, "feishu-raw")
        shutil.copytree(arguments.folder, flattened)
        for directory, _, files in os.walk(flattened):
            for name in files:
                if name.endswith(".md"):
                    path = os.path.join(directory, name)
                    with open(path, encoding="utf-8", errors="surrogateescape") as page:
                        text = page.read()
                    with open(path, "w", encoding="utf-8", errors="surrogateescape") as page:
                        page.write(re.sub(r' level="\d+"', "", text))
        exact = {key(e, arguments.folder): e for e in dump(arguments.tool, arguments.folder)["endpoints"]}
        read = dump(arguments.tool, flattened)["endpoints"]

    totals = Counter()
    worst = []
    for endpoint in read:
        truth = exact.get(key(endpoint, flattened))
        if truth is None:
            continue
        for section in ("requestBody", "response"):
            expected, got = paths(truth[section]), paths(endpoint[section])
            if not expected and not got:
                continue
            totals[section, "sections"] += 1
            totals[section, "equal"] += expected == got
            totals[section, "expected"] += len(expected)
            totals[section, "got"] += len(got)
            totals[section, "hits"] += len(expected & got)
            if expected != got:
                worst.append((len(expected ^ got), section, key(endpoint, flattened)))

    print("part | sections | nested exactly | fields (exact reading) | precision | recall")
    print("--- | --- | --- | --- | --- | ---")
    for section, label in (("requestBody", "request body"), ("response", "response")):
        sections, equal = totals[section, "sections"], totals[section, "equal"]
        hits = totals[section, "hits"]
        precision = hits / max(1, totals[section, "got"])
        recall = hits / max(1, totals[section, "expected"])
        print(f"{label} | {sections} | {equal} ({100 * equal / max(1, sections):.1f}%) | {totals[section, 'expected']} | {precision:.4f} | {recall:.4f}")
    for difference, section, where in sorted(worst, reverse=True)[: arguments.list]:
        print(f"  {difference} paths differ: {section} of {where}")


if __name__ == "__main__":
    main()
