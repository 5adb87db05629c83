"""Writing TOML by hand (tomllib only reads): the one quoting rule our files need."""


def quote(s: str) -> str:
    """A TOML basic string that reads back as `s`, control characters included."""
    out = []
    for ch in s:
        cp = ord(ch)
        if ch == "\\":
            out.append("\\\\")
        elif ch == '"':
            out.append('\\"')
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif cp < 0x20 or cp == 0x7F:  # TOML forbids raw control characters in strings
            out.append(f"\\u{cp:04X}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'
