#!/usr/bin/env python3
"""Where the page's wasm bytes go.

Usage: scripts/wasm-size.py [WASM] [--top N]

WASM defaults to the wasm-bindgen output before wasm-opt
(target/wasm-bindgen/release/chanscope-web_bg.wasm), which still has its name
section. The script prints the size of each section, the gzip -9 size of the
code and data sections, the biggest functions, and the code grouped by the
first three segments of each function's path (crate::module::item), so a
size change can be traced to the module that caused it. It only reads the
file; it needs nothing beyond the Python standard library.
"""
import collections
import re
import sys
import zlib

SECTION_NAMES = {1: "type", 2: "import", 3: "function", 4: "table", 5: "memory", 6: "global", 7: "export",
                 8: "start", 9: "element", 10: "code", 11: "data", 12: "datacount"}


class Reader:
    """A cursor over the module's bytes that reads LEB128 integers."""

    def __init__(self, data):
        self.data = data

    def leb(self, i):
        result = shift = 0
        while True:
            byte = self.data[i]
            i += 1
            result |= (byte & 0x7F) << shift
            shift += 7
            if byte < 0x80:
                return result, i


def sections(r):
    """Every section as (key, start, end); custom sections are keyed by name."""
    out = []
    i = 8
    while i < len(r.data):
        sid = r.data[i]
        n, i = r.leb(i + 1)
        if sid == 0:
            length, j = r.leb(i)
            out.append((r.data[j:j + length].decode("utf8", "replace"), j + length, i + n))
        else:
            out.append((sid, i, i + n))
        i += n
    return out


def imported_functions(r, start):
    """How many functions the import section declares (they take the first indices)."""
    count, i = r.leb(start)
    funcs = 0
    for _ in range(count):
        for _ in range(2):
            length, i = r.leb(i)
            i += length
        kind = r.data[i]
        i += 1
        if kind == 0:
            _, i = r.leb(i)
            funcs += 1
        elif kind in (1, 2):
            if kind == 1:
                i += 1
            flags = r.data[i]
            _, i = r.leb(i + 1)
            if flags & 1:
                _, i = r.leb(i)
        elif kind == 3:
            i += 2
        else:
            _, i = r.leb(i + 1)
    return funcs


def function_names(r, start, end):
    """The name section's function names by index."""
    names = {}
    i = start
    while i < end:
        sub = r.data[i]
        n, i = r.leb(i + 1)
        stop = i + n
        if sub == 1:
            count, i = r.leb(i)
            for _ in range(count):
                idx, i = r.leb(i)
                length, i = r.leb(i)
                names[idx] = r.data[i:i + length].decode("utf8", "replace")
                i += length
        i = stop
    return names


def group_key(name):
    """The crate::module::item prefix a function's size is charged to."""
    name = re.sub(r"::h[0-9a-f]{16}$", "", name)
    name = re.sub(r"\[[0-9a-f]+\]", "", name)
    m = re.match(r"<(?:impl )?(\w+)::(\w+)(?:::(\w+))?", name) or re.match(r"(\w+)::(\w+)(?:::(\w+))?", name)
    return "::".join(g for g in m.groups() if g) if m else name[:40]


def main():
    args = sys.argv[1:]
    top = 25
    if "--top" in args:
        k = args.index("--top")
        top = int(args[k + 1])
        del args[k:k + 2]
    path = args[0] if args else "target/wasm-bindgen/release/chanscope-web_bg.wasm"
    r = Reader(open(path, "rb").read())
    secs = sections(r)
    print(f"{path}: {len(r.data)} bytes, gzip -9 {len(zlib.compress(r.data, 9))}")
    by_key = {}
    for key, start, end in secs:
        by_key[key] = (start, end)
        label = SECTION_NAMES.get(key, f"custom {key}")
        extra = f"  gzip -9 {len(zlib.compress(r.data[start:end], 9))}" if key in (10, 11) else ""
        print(f"  section {label:<24} {end - start:>9}{extra}")
    if 10 not in by_key:
        return
    nimports = imported_functions(r, by_key[2][0]) if 2 in by_key else 0
    names = function_names(r, *by_key["name"]) if "name" in by_key else {}
    count, i = r.leb(by_key[10][0])
    sizes = []
    for k in range(count):
        n, j = r.leb(i)
        sizes.append((j - i + n, names.get(k + nimports, f"func[{k + nimports}]")))
        i = j + n
    sizes.sort(reverse=True)
    print(f"\n{len(sizes)} functions; the biggest:")
    for size, name in sizes[:top]:
        print(f"  {size:>7} {name[:150]}")
    groups = collections.Counter()
    members = collections.Counter()
    for size, name in sizes:
        groups[group_key(name)] += size
        members[group_key(name)] += 1
    print("\ncode by crate::module::item:")
    for key, size in groups.most_common(top * 2):
        print(f"  {size:>7} {members[key]:>5} fns  {key}")


if __name__ == "__main__":
    main()
