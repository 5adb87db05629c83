"""The SOP exchange file ("sopdesk-sop/1", TOML): read with problems, write back.

read_sop never raises on bad input: it returns the problems, each naming the
file, the step and the field, so an office can fix a file sent by another.
"""
from __future__ import annotations

import tomllib
from collections.abc import Sequence
from typing import Any

from .messages import Message, msg
from .sop import FORMAT, LIST_FIELDS, Problem, Signatory, Sop, Step, validate
from .toml_text import quote

_TEXT_STEP_FIELDS = ("activity", "lane", "kind", "requirements", "time", "output", "note", "yes_label", "no_label")
_INT_STEP_FIELDS = ("no", "next", "if_yes", "if_no")
_TEXT_FIELDS = ("code", "name", "number", "unit", "made", "revised", "effective")
MAX_FILE_CHARS = 2_000_000


def read_sop(text: str, source: str | None = None) -> tuple[Sop | None, list[Problem]]:
    """Parse and validate an SOP file's text. Returns (sop, []) or (sop-or-None, problems)."""
    def problem(message: Message) -> Problem:
        return Problem(str(message), None, None, source, coded=message)

    if len(text) > MAX_FILE_CHARS:
        return None, [problem(msg("sopfile.too_big"))]
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        return None, [problem(msg("sopfile.not_toml", error=str(e)))]
    return sop_from_dict(data, source)


def sop_from_dict(data: dict[str, Any], source: str | None = None) -> tuple[Sop | None, list[Problem]]:
    problems: list[Problem] = []

    def problem(message: Message, step: int | None = None, fld: str | None = None) -> None:
        problems.append(Problem(str(message), step, fld, source, coded=message))

    fmt = data.get("format")
    if fmt != FORMAT:
        problem(msg("sopfile.format", format=fmt, expected=FORMAT), fld="format")
        return None, problems

    def text_of(container: dict[str, Any], key: str, step: int | None = None) -> str:
        val = container.get(key, "")
        if val is None:
            return ""
        if isinstance(val, (int, float)) and not isinstance(val, bool):
            return str(val)
        if not isinstance(val, str):
            problem(msg("sopfile.not_text"), step, key)
            return ""
        return val

    def list_of(key: str) -> tuple[str, ...]:
        val = data.get(key, [])
        if not isinstance(val, list) or not all(isinstance(v, str) for v in val):
            problem(msg("sopfile.not_text_list"), fld=key)
            return ()
        return tuple(val)

    top = {k: text_of(data, k) for k in _TEXT_FIELDS}
    lists = {k: list_of(k) for k in LIST_FIELDS}
    lanes = list_of("lanes")
    unit_lines = list_of("unit_lines")

    appr = data.get("approved_by", {})
    if not isinstance(appr, dict):
        problem(msg("sopfile.approved_by"), fld="approved_by")
        appr = {}
    approved = Signatory(**{k: text_of(appr, k) for k in ("name", "position", "rank", "nip")})

    raw_steps = data.get("steps", [])
    if not isinstance(raw_steps, list):
        problem(msg("sopfile.steps_list"), fld="steps")
        raw_steps = []
    steps: list[Step] = []
    for i, raw in enumerate(raw_steps, start=1):
        if not isinstance(raw, dict):
            problem(msg("sopfile.step_not_table", n=i), fld="steps")
            continue
        no_val = raw.get("no")
        label = no_val if isinstance(no_val, int) and not isinstance(no_val, bool) else None
        ints: dict[str, int | None] = {}
        for key in _INT_STEP_FIELDS:
            val = raw.get(key)
            if val is None:
                ints[key] = None
            elif isinstance(val, int) and not isinstance(val, bool):
                ints[key] = val
            else:
                problem(msg("sopfile.not_int", value=val), label, key)
                ints[key] = None
        no = ints["no"]
        if no is None:
            if "no" not in raw:
                problem(msg("sopfile.step_no_number", n=i), fld="no")
            continue
        texts = {k: text_of(raw, k, label) for k in _TEXT_STEP_FIELDS}
        texts["kind"] = texts["kind"] or "process"
        texts["yes_label"] = texts["yes_label"] or "Ya"
        texts["no_label"] = texts["no_label"] or "Tidak"
        unknown = set(raw) - set(_TEXT_STEP_FIELDS) - set(_INT_STEP_FIELDS)
        for key in sorted(unknown):
            problem(msg("sopfile.unknown_field"), label, key)
        steps.append(Step(
            no=no, next=ints["next"], if_yes=ints["if_yes"], if_no=ints["if_no"],
            activity=texts["activity"], lane=texts["lane"], kind=texts["kind"], requirements=texts["requirements"],
            time=texts["time"], output=texts["output"], note=texts["note"],
            yes_label=texts["yes_label"], no_label=texts["no_label"]))

    sop = Sop(
        code=top["code"], name=top["name"], number=top["number"], unit=top["unit"], unit_lines=unit_lines,
        made=top["made"],
        revised=top["revised"], effective=top["effective"], lanes=lanes, steps=tuple(steps), approved_by=approved,
        legal_basis=lists["legal_basis"], qualifications=lists["qualifications"], related=lists["related"],
        equipment=lists["equipment"], warnings=lists["warnings"], records=lists["records"])
    problems.extend(validate(sop, source))
    return sop, problems


def _list(items: Sequence[str]) -> str:
    if not items:
        return "[]"
    return "[\n" + "".join(f"  {quote(x)},\n" for x in items) + "]"


def write_sop(sop: Sop) -> str:
    """The exchange file for an SOP; read_sop(write_sop(x)) gives x back."""
    a = sop.approved_by
    lines = [
        f"format = {quote(FORMAT)}",
        f"code = {quote(sop.code)}",
        f"name = {quote(sop.name)}",
        f"number = {quote(sop.number)}",
        f"unit = {quote(sop.unit)}",
    ]
    if sop.unit_lines:   # only when set: an SOP without them keeps the text (and digest) it always had
        lines.append(f"unit_lines = {_list(sop.unit_lines)}")
    lines += [
        f"made = {quote(sop.made)}",
        f"revised = {quote(sop.revised)}",
        f"effective = {quote(sop.effective)}",
        f"approved_by = {{ name = {quote(a.name)}, position = {quote(a.position)}, rank = {quote(a.rank)}, "
        f"nip = {quote(a.nip)} }}",
    ]
    for key in LIST_FIELDS:
        lines.append(f"{key} = {_list(getattr(sop, key))}")
    lines.append(f"lanes = {_list(sop.lanes)}")
    for s in sop.steps:
        lines += ["", "[[steps]]", f"no = {s.no}", f"activity = {quote(s.activity)}", f"lane = {quote(s.lane)}",
                  f"kind = {quote(s.kind)}", f"requirements = {quote(s.requirements)}", f"time = {quote(s.time)}",
                  f"output = {quote(s.output)}", f"note = {quote(s.note)}"]
        for key in ("next", "if_yes", "if_no"):
            val = getattr(s, key)
            if val is not None:
                lines.append(f"{key} = {val}")
        if s.kind == "decision":
            lines += [f"yes_label = {quote(s.yes_label)}", f"no_label = {quote(s.no_label)}"]
    return "\n".join(lines) + "\n"
