#!/usr/bin/env python3
"""Checks that regenerating after the docs change never renames a call.

Usage: Scripts/history-names.py HISTORY_DIR [--tool BIN]

HISTORY_DIR is the corpus's `history/` folder: pairs of old and new versions of the same pages,
listed in its CHANGES.tsv. Dumps both sides with `apidocgen dump` and prints, per format, how many
pairs keep their endpoint id (the generated names come from it), and every pair that does not.
"""
import argparse
import csv
import json
import os
import subprocess
from collections import Counter


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("history")
    parser.add_argument("--tool", default=os.path.join(os.path.dirname(__file__), "..", ".build", "release", "apidocgen"))
    args = parser.parse_args()
    history = os.path.abspath(args.history)
    dump = subprocess.run([args.tool, "dump", "--format", "json", history], capture_output=True, check=False)
    ids = {}
    for endpoint in json.loads(dump.stdout)["endpoints"]:
        ids.setdefault(os.path.relpath(os.path.abspath(endpoint["source"]["file"]), history), endpoint["id"])
    counts = Counter()
    with open(os.path.join(history, "CHANGES.tsv"), encoding="utf-8") as changes:
        for row in csv.DictReader(changes, delimiter="\t"):
            if not row["old_path"] or not row["new_path"]:
                continue
            old, new = ids.get(row["old_path"]), ids.get(row["new_path"])
            if old is None or new is None:
                counts[row["format"], "unparsed"] += 1
            elif old == new:
                counts[row["format"], "kept"] += 1
            else:
                counts[row["format"], "renamed"] += 1
                print(f"renamed: {row['endpoint']}: {old} -> {new}")
    print("format | pairs with both sides | names kept | renamed | a side without endpoint")
    print("--- | --- | --- | --- | ---")
    for fmt in sorted({f for f, _ in counts}):
        kept, renamed, unparsed = (counts[fmt, k] for k in ("kept", "renamed", "unparsed"))
        print(f"{fmt} | {kept + renamed + unparsed} | {kept} | {renamed} | {unparsed}")


if __name__ == "__main__":
    main()
