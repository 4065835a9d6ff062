#!/usr/bin/env python3
"""Extracts the examples of the CommonMark spec (spec.txt) into the JSON list that
tests/commonmark.rs reads: [{example, section, start_line, end_line, markdown, html}, ...].

The parsing is the spec's own test runner's (commonmark-spec test/spec_tests.py, get_tests):
an example is a block fenced by 32 backticks and "example", Markdown and HTML parted by a line
holding ".", and "→" standing for a tab. The section is the last "#" heading above it.

Usage: scripts/commonmark-spec-examples.py SPEC.txt > tests/commonmark/spec-0.31.2.json
SPEC.txt: pulldown-cmark's third_party/CommonMark/spec.txt (the spec 0.31.2 it is tested with).
"""
import json
import re
import sys


def get_tests(path):
    fence = "`" * 32
    header_re = re.compile("#+ ")
    tests, markdown, html = [], [], []
    state, start_line, section, line_number = 0, 0, "", 0
    with open(path, encoding="utf-8", newline="\n") as f:
        for line in f:
            line_number += 1
            stripped = line.strip()
            if stripped == fence + " example":
                state = 1
            elif state == 2 and stripped == fence:
                tests.append({
                    "example": len(tests) + 1,
                    "section": section,
                    "start_line": start_line,
                    "end_line": line_number,
                    "markdown": "".join(markdown).replace("→", "\t"),
                    "html": "".join(html).replace("→", "\t"),
                })
                state, start_line, markdown, html = 0, 0, [], []
            elif stripped == ".":
                state = 2
            elif state == 1:
                if start_line == 0:
                    start_line = line_number - 1
                markdown.append(line)
            elif state == 2:
                html.append(line)
            elif state == 0 and header_re.match(line):
                section = header_re.sub("", line).strip()
    return tests


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    tests = get_tests(sys.argv[1])
    # one example a line: small diffs when the spec changes
    out = ",\n".join(json.dumps(t, ensure_ascii=False) for t in tests)
    sys.stdout.write("[\n" + out + "\n]\n")


if __name__ == "__main__":
    main()
