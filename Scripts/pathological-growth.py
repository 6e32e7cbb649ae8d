#!/usr/bin/env python3
"""Generates pathological pages of growing size and depth, runs `apidocgen generate` on each,
and prints CPU seconds and peak memory per size, so growth can be seen to stay linear.

    Scripts/pathological-growth                       # builds the release CLI, then runs all shapes
    Scripts/pathological-growth.py BINARY [SHAPE ...] # with a built CLI, only the named shapes

A benchmark, not a test: it prints numbers and fails only when the tool crashes on a page.
Needs GNU time (`apt-get install time`).
"""
import os
import subprocess
import sys
import tempfile
import time

HEAD = """---
title: "示例"
source_url: https://open.feishu.cn/document/example
---

## 请求

名称 | 值
---|---
HTTP URL | https://open.feishu.cn/open-apis/example/v1/items
HTTP Method | POST

"""

CONVERTED_HEAD = """---
title: "示例"
fullPath: "/uAjLw4CM/example/items/create"
---

# 示例

## 请求

| 项目 | 值 |
| --- | --- |
| HTTP URL | https://open.feishu.cn/open-apis/example/v1/items |
| HTTP Method | POST |

"""


def pipe_table(rows):
    lines = ["### 请求体", "", "名称 | 类型 | 必填 | 描述", "--- | --- | --- | ---"]
    lines += [f"field_{i} | string | 否 | 第 {i} 个字段，**示例值**：\"v{i}\"" for i in range(rows)]
    return HEAD + "\n".join(lines) + "\n"


def nbsp_depth(depth):
    lines = ["### 响应体", "", "| 名称 | 类型 | 描述 |", "| --- | --- | --- |", "| `data` | `\\-` | \\- |"]
    for level in range(1, depth + 1):
        lines.append(f"| {'&nbsp;&nbsp;' * level}└ `f{level}` | `object` | 第 {level} 层 |")
    return CONVERTED_HEAD + "\n".join(lines) + "\n"


def markup_depth(depth):
    rows = "".join(
        f'<md-dt-tr level="{level}"><md-dt-td>f{level}</md-dt-td><md-dt-td>object</md-dt-td>'
        f"<md-dt-td>否</md-dt-td><md-dt-td>第 {level} 层</md-dt-td></md-dt-tr>\n"
        for level in range(depth)
    )
    return (HEAD + "### 请求体\n\n:::html\n<md-dt-table><md-dt-thead><md-dt-tr><md-dt-th>名称</md-dt-th>"
            "<md-dt-th>类型</md-dt-th><md-dt-th>必填</md-dt-th><md-dt-th>描述</md-dt-th></md-dt-tr></md-dt-thead>\n"
            f"<md-dt-tbody>\n{rows}</md-dt-tbody></md-dt-table>\n:::\n")


def html_depth(depth):
    cell = "<b>" * depth + "x" + "</b>" * depth
    return (HEAD + "### 请求体\n\n:::html\n<md-table><md-thead><md-tr><md-th>名称</md-th><md-th>类型</md-th></md-tr></md-thead>\n"
            f"<md-tr><md-td>{cell}</md-td><md-td>string</md-td></md-tr></md-table>\n:::\n")


def emphasis_depth(depth):
    return HEAD.replace("## 请求", "*" * depth + "摘要" + "*" * depth + "\n\n## 请求") + "\n"


def json_depth(depth):
    value = "[" * depth + "1" + "]" * depth
    return HEAD + f"### 响应体示例\n\n```json\n{{\"code\": 0, \"data\": {{\"items\": {value}}}}}\n```\n"


def cmark_images(count):
    return HEAD + "![[]()" * count + "\n"


def nbsp_chains(count):
    lines = ["### 请求体", "", "| 名称 | 类型 | 必填 | 描述 |", "| --- | --- | --- | --- |"]
    lines += [f"| {'&nbsp;' * 40}└ `f{i}` | string | 否 | 字段 |" for i in range(count)]
    return CONVERTED_HEAD + "\n".join(lines) + "\n"


# A run past this many seconds is killed: exit 137. A crash is 128 + its signal (132 a trap, 139
# a stack overflow).
LIMIT_SECONDS = 120

SHAPES = {
    "pipe-table-rows": (pipe_table, [5_000, 20_000, 55_000, 80_000]),
    "nbsp-depth": (nbsp_depth, [100, 200, 400, 800, 2_000]),
    "markup-depth": (markup_depth, [100, 1_000, 10_000, 40_000]),
    "html-depth": (html_depth, [1_000, 10_000, 100_000]),
    "emphasis-depth": (emphasis_depth, [1_000, 10_000, 70_000, 280_000]),
    "json-depth": (json_depth, [100, 1_000, 10_000, 100_000]),
    "cmark-images": (cmark_images, [10_000, 40_000, 80_000, 160_000]),
    "nbsp-chains": (nbsp_chains, [1_000, 4_000, 16_000, 64_000]),
}


def run(binary, page_text, folder):
    page = os.path.join(folder, "page.md")
    with open(page, "w", encoding="utf-8") as file:
        file.write(page_text)
    output = os.path.join(folder, "out")
    start = time.monotonic()
    # GNU time reports its own child's peak; a child forked from here would start with this
    # script's peak, which the largest pages make large.
    process = subprocess.run(
        ["/usr/bin/time", "-f", "%e %U %S %M", "timeout", "-s", "KILL", str(LIMIT_SECONDS),
         binary, "generate", page, "--output", output, "--clean"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, errors="replace")
    wall = time.monotonic() - start
    _, user, system, peak_kb = process.stderr.strip().splitlines()[-1].split()
    return process.returncode, float(user) + float(system), wall, int(peak_kb) / 1024, os.path.getsize(page)


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    binary, names = sys.argv[1], sys.argv[2:] or list(SHAPES)
    crashed = False
    print(f"{'shape':<16} {'size':>8} {'page MB':>8} {'CPU s':>7} {'wall s':>7} {'peak MB':>8} {'MB/page MB':>10}  exit")
    with tempfile.TemporaryDirectory() as folder:
        for name in names:
            make, sizes = SHAPES[name]
            for size in sizes:
                status, cpu, wall, peak, page_bytes = run(binary, make(size), folder)
                page_mb = page_bytes / 1_048_576
                crashed |= status not in (0, 1, 137)
                print(f"{name:<16} {size:>8} {page_mb:>8.2f} {cpu:>7.2f} {wall:>7.2f} {peak:>8.0f} "
                      f"{peak / max(page_mb, 0.01):>10.1f}  {status}", flush=True)
    sys.exit(1 if crashed else 0)


if __name__ == "__main__":
    main()
