"""Hostile input: random SOP files, random .sopcase files, and nasty text through Office and back.

Every case ends in a result or a UserError with an Indonesian message, never
another exception, and nothing already saved changes.
"""
import copy
import hashlib
import io
import json
import sqlite3
import tomllib
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from sopdesk.app.office import Office
from sopdesk.app.transfer import TransferError, export_case, import_case, read_case_file
from sopdesk.domain.errors import UserError
from sopdesk.domain.office import Official
from sopdesk.domain.sop_file import read_sop, sop_from_dict
from sopdesk.domain.text_rules import strip_invisible
from sopdesk.resources import resource_path
from tests.helpers import SEED

SEED_TEXT = resource_path("sops", f"{SEED}.toml").read_text(encoding="utf-8")
SEED_DICT = tomllib.loads(SEED_TEXT)
FUZZ = settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))


def _sop_result_ok(result) -> None:
    sop, problems = result
    assert isinstance(problems, list)
    assert sop is not None or problems
    for p in problems:
        assert str(p)  # each problem renders as a sentence


# -- the SOP loader -------------------------------------------------------------------

@FUZZ
@given(st.text(max_size=3000))
def test_read_sop_never_raises_on_random_text(text):
    _sop_result_ok(read_sop(text, "acak.toml"))


@FUZZ
@given(st.integers(0, len(SEED_TEXT)), st.integers(0, 200), st.text(max_size=40))
def test_read_sop_never_raises_on_a_damaged_seed(at, cut, insert):
    _sop_result_ok(read_sop(SEED_TEXT[:at] + insert + SEED_TEXT[at + cut:], "rusak.toml"))


LEAF = st.one_of(st.none(), st.booleans(), st.integers(), st.integers(-2**70, 2**70), st.floats(),
                 st.text(max_size=30), st.from_regex(r"\A-?\d{1,12} ?(menit|jam|hari|minggu|bulan)\Z"),
                 st.dates(), st.datetimes(), st.times())
VALUES = st.recursive(LEAF, lambda c: st.lists(c, max_size=4) | st.dictionaries(st.text(max_size=8), c, max_size=4),
                      max_leaves=12)
KEYS = st.sampled_from(sorted({*SEED_DICT, *SEED_DICT["steps"][0], "next", "if_yes", "if_no", "yes_label"})) \
    | st.text(max_size=8)


@FUZZ
@given(st.data())
def test_sop_from_dict_never_raises_on_mutated_seed(data):
    d = copy.deepcopy(SEED_DICT)
    for _ in range(data.draw(st.integers(1, 5))):
        target = d
        steps = d.get("steps")
        if data.draw(st.booleans()) and isinstance(steps, list) and steps:
            pick = steps[data.draw(st.integers(0, len(steps) - 1))]
            target = pick if isinstance(pick, dict) else d
        if data.draw(st.integers(0, 4)) == 0 and target:
            target.pop(data.draw(st.sampled_from(sorted(target, key=str))), None)
        else:
            target[data.draw(KEYS)] = data.draw(VALUES)
    _sop_result_ok(sop_from_dict(d, "acak.toml"))


@FUZZ
@given(st.dictionaries(KEYS, VALUES, max_size=8))
def test_sop_from_dict_never_raises_on_random_dicts(d):
    _sop_result_ok(sop_from_dict(d))
    _sop_result_ok(sop_from_dict({**d, "format": "sopdesk-sop/1"}))


# -- .sopcase files ---------------------------------------------------------------------

@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    """One exported case (bytes) and a database to import into."""
    folder = tmp_path_factory.mktemp("sopcase")
    office = Office(folder / "asal.db")
    cid = office.new_case(SEED, "Kasus contoh")
    office.start_step(cid, 1)
    office.finish_step(cid, 1)
    office.add_note(cid, "catatan")
    data = export_case(office, cid, folder / "contoh.sopcase").read_bytes()
    office.close()
    target = Office(folder / "tujuan.db")
    yield data, target, folder
    target.close()


def _refused_or_read(path) -> None:
    try:
        read_case_file(path)
    except TransferError as e:
        assert "tidak dapat diimpor" in str(e) or "tidak ditemukan" in str(e) or "terlalu besar" in str(e)


@FUZZ
@given(st.binary(max_size=4000))
def test_random_bytes_are_refused(sample, data):
    _, _, folder = sample
    path = folder / "acak.sopcase"
    path.write_bytes(data)
    with pytest.raises(TransferError):
        read_case_file(path)


@FUZZ
@given(st.data())
def test_truncated_or_flipped_sopcase_is_refused_or_read_whole(sample, data):
    good, _, folder = sample
    raw = bytearray(good)
    if data.draw(st.booleans()):
        raw = raw[:data.draw(st.integers(0, len(raw) - 1))]
    else:
        for _ in range(data.draw(st.integers(1, 8))):
            raw[data.draw(st.integers(0, len(raw) - 1))] = data.draw(st.integers(0, 255))
    path = folder / "rusak.sopcase"
    path.write_bytes(bytes(raw))
    _refused_or_read(path)


def _zip(members: dict) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, body in members.items():
            z.writestr(name, body)
    return buf.getvalue()


JSONISH = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
                       lambda c: st.lists(c, max_size=4) | st.dictionaries(st.text(max_size=12), c, max_size=5),
                       max_leaves=20)


@FUZZ
@given(JSONISH)
def test_bad_manifests_are_refused(sample, manifest):
    good, _, folder = sample
    with zipfile.ZipFile(io.BytesIO(good)) as z:
        members = {n: z.read(n) for n in z.namelist()}
    members["manifest.json"] = json.dumps(manifest)
    path = folder / "manifest.sopcase"
    path.write_bytes(_zip(members))
    with pytest.raises(TransferError):
        read_case_file(path)


@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.data())
def test_bad_payloads_with_a_valid_checksum_import_or_refuse_without_writing(sample, data):
    """The worst case: someone edits case.json and fixes the checksum. Import must still be safe."""
    good, target, folder = sample
    with zipfile.ZipFile(io.BytesIO(good)) as z:
        members = {n: z.read(n) for n in z.namelist()}
    payload = json.loads(members["case.json"])
    for _ in range(data.draw(st.integers(1, 3))):
        section = data.draw(st.sampled_from(["case", "sop", "events", "pk", "attachments"]))
        node = payload[section]
        if isinstance(node, list) and node and data.draw(st.booleans()):
            node = node[data.draw(st.integers(0, len(node) - 1))]
        if isinstance(node, dict) and node and data.draw(st.booleans()):
            node[data.draw(st.sampled_from(sorted(node)))] = data.draw(JSONISH)
        else:
            payload[section] = data.draw(JSONISH)
    body = json.dumps(payload).encode()
    manifest = json.loads(members["manifest.json"])
    manifest.update(payload_sha256=hashlib.sha256(body).hexdigest(), payload_size=len(body))
    members.update({"case.json": body, "manifest.json": json.dumps(manifest)})
    path = folder / "payload.sopcase"
    path.write_bytes(_zip(members))
    before = _rows(target)
    try:
        import_case(target, path)
    except TransferError:
        assert _rows(target) == before


def _rows(office):
    con = sqlite3.connect(office.target)
    try:
        return {t: con.execute(f"SELECT * FROM {t} ORDER BY rowid").fetchall()
                for t in ("cases", "events", "sop_versions", "attachments", "pk_contents", "pk_versions")}
    finally:
        con.close()


# -- nasty text through the database and back ------------------------------------------------

NASTY = {
    "markup": "<b>tebal</b> <img src=\"http://contoh.invalid/x.png\"/> &amp; &lt;para&gt; ]]> <![CDATA[x]]>",
    "sql": "'; DROP TABLE cases; -- \" OR 1=1",
    "rtl": "مرحبا بالعالم — שלום עולם \u202eterbalik\u202c \u200f",
    "emoji": "👩‍👩‍👧‍👦 🇮🇩 ✅ 🙂 \U0001F9D1\u200D\U0001F4BB",
    "combining": "e\u0301 a\u0308 Z\u0351\u0352\u0353\u0354",
    "newlines": "baris 1\nbaris 2\r\nbaris 3\ttab",
    "format chars": "zero\u200bwidth \ufeffbom \u00adshy",
    "percent and underscore": "100% _x_ \\ %s {0} $(rm -rf /)",
}
CONTROL = "a\x00b\x01c\x07d\x1b[31me\x7ff"


def kept(text: str) -> str:
    """What Office keeps of any text: control characters (C0 but tab and newline, DEL, C1) and lone
    surrogates dropped."""
    return "".join(ch for ch in text if ch in "\n\t" or not (ord(ch) < 0x20 or 0x7F <= ord(ch) <= 0x9F
                                                             or 0xD800 <= ord(ch) <= 0xDFFF))


def cleaned(text: str) -> str:
    return kept(text).strip()


def cleaned_name(text: str) -> str:
    """What Office keeps of a name or a title: also no direction or invisible characters."""
    return strip_invisible(kept(text)).strip()


@pytest.mark.parametrize("name", sorted(NASTY) + ["control"])
def test_nasty_text_survives_the_round_trip(office, tmp_path, name):
    text = NASTY.get(name, CONTROL)
    cid = office.new_case(SEED, text, ref_subject=text, ref_number=text[:200])
    office.add_note(cid, text)
    oid = office.save_official(Official(name=text[:200], position=text[:300], rank=text[:200]))
    view = office.case(cid)
    assert view.title == cleaned_name(text) and view.events[-1].note == cleaned(text)
    assert view.ref_subject == kept(text)
    assert next(o for o in office.officials() if o.id == oid).name == cleaned_name(text[:200])
    # …and by flashdisk to another PC.
    other = Office(tmp_path / "lain.db")
    r = import_case(other, export_case(office, cid, tmp_path / "k.sopcase"))
    assert other.case(r.case_id).title == view.title and other.case(r.case_id).events[-1].note == cleaned(text)
    other.close()


def test_100000_characters_fit_where_allowed_and_are_refused_elsewhere(office):
    long = ("Sangat panjang ✓ " * 7000)[:100_000]
    cid = office.new_case(SEED, "Kasus dengan catatan panjang")
    office.add_note(cid, long)
    assert office.case(cid).events[-1].note == long.strip()
    with pytest.raises(UserError, match="terlalu panjang"):
        office.add_note(cid, long + "x")
    with pytest.raises(UserError, match="Judul terlalu panjang"):
        office.new_case(SEED, long)
    with pytest.raises(UserError, match="Nama terlalu panjang"):
        office.save_official(Official(name=long))
    assert len(office.case(cid).events) == 1  # the refusals wrote nothing


@FUZZ
@given(st.text(max_size=300))
def test_any_text_is_kept_as_cleaned_or_refused_in_indonesian(office, text):
    try:
        cid = office.new_case(SEED, text)
    except UserError as e:
        assert not cleaned_name(text) and "wajib diisi" in str(e)
        return
    assert office.case(cid).title == cleaned_name(text)
    try:
        office.add_note(cid, text)
    except UserError as e:
        assert "kosong" in str(e).lower()
    else:
        assert office.case(cid).events[-1].note == cleaned(text)


def test_lone_surrogates_do_not_crash(office):
    """A broken clipboard or a non-UTF-8 command line can hand Python a lone surrogate."""
    cid = office.new_case(SEED, "judul \ud800 rusak")
    assert office.case(cid).title == "judul  rusak"
