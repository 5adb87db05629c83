"""The command line as office scripts use it: a subprocess on a real database file."""
import json
import os
import subprocess
import sys

import pytest

from tests.helpers import DECISION_SOP, SEED

pytestmark = pytest.mark.databases  # db_target and office: SQLite and PostgreSQL (conftest.py)


def run(db, *args, check=True):
    p = subprocess.run([sys.executable, "-m", "sopdesk", "--db", str(db), *args],
                       capture_output=True, text=True, encoding="utf-8", env=dict(os.environ), timeout=120)
    if check and p.returncode != 0:
        raise AssertionError(f"exit {p.returncode}: {p.stderr}")
    return p


@pytest.fixture(autouse=True)
def data_dir(tmp_path_factory, monkeypatch):
    folder = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("SOPDESK_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def db(db_target):
    return db_target


def test_the_server_password_is_never_shown_nor_logged(db, data_dir, tmp_path):
    from sqlalchemy.engine import make_url
    if "://" not in str(db):
        pytest.skip("an SQLite file has no password")
    password = make_url(str(db)).password
    assert password
    outputs = [run(db, "case", "new", "--sop", SEED, "--title", "Kasus"), run(db, "case", "show", "99", check=False),
               run(db, "backup", "--list", check=False)]
    wrong = make_url(str(db)).set(password="salah-" + password[::-1]).render_as_string(hide_password=False)
    outputs.append(run(wrong, "sop", "list", check=False))
    assert outputs[-1].returncode == 1 and "menolak nama pengguna atau sandinya" in outputs[-1].stderr
    assert "***" in outputs[-1].stderr and "Traceback" not in outputs[-1].stderr
    gone = make_url(str(db)).set(host="127.0.0.1", port=1).render_as_string(hide_password=False)
    outputs.append(run(gone, "sop", "list", check=False))
    assert outputs[-1].returncode == 1 and "Server kantor tidak terjangkau" in outputs[-1].stderr
    missing = make_url(str(db)).set(database="tidak_ada_basis_data_ini").render_as_string(hide_password=False)
    outputs.append(run(missing, "sop", "list", check=False))
    assert outputs[-1].returncode == 1 and "tidak ada di server" in outputs[-1].stderr
    shown = "\n".join(p.stdout + p.stderr for p in outputs)
    logs = "\n".join(f.read_text(encoding="utf-8", errors="replace") for f in data_dir.rglob("*.log*"))
    assert logs, "the log was written"
    for secret in (password, "salah-" + password[::-1]):
        assert secret not in shown and secret not in logs


def test_version(db):
    p = run(db, "--version")
    assert p.stdout.startswith("sopdesk ")


def test_sop_list_json_has_the_seed(db):
    data = json.loads(run(db, "sop", "list", "--json").stdout)
    assert data == [{"code": SEED, "name": "Standar Operasional Penyusunan Perencanaan Kinerja", "version": 1,
                     "lanes": ["Staf Penerima Surat", "Staf", "Kasubbag Perencanaan dan Keuangan", "Sekretaris",
                               "Camat"], "steps": 11}]


def test_sop_check_import_export_round_trip(db, tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text(DECISION_SOP.replace('time = "15 menit"', 'time = "sebentar"'), encoding="utf-8")
    p = run(db, "sop", "check", str(bad), check=False)
    assert p.returncode == 1 and "langkah 2" in p.stderr and "'time'" in p.stderr and "Traceback" not in p.stderr
    good = tmp_path / "good.toml"
    good.write_text(DECISION_SOP, encoding="utf-8")
    assert "SOP sah" in run(db, "sop", "check", str(good)).stdout
    assert run(db, "sop", "import", str(good)).stdout.strip() == "cek-berkas"
    out = tmp_path / "out.toml"
    run(db, "sop", "export", "cek-berkas", str(out))
    assert run(db, "sop", "import", str(out)).stdout.strip() == "cek-berkas"
    assert "versi 1" in run(db, "sop", "import", str(out)).stderr  # unchanged: same version
    p = run(db, "sop", "import", str(bad), check=False)
    assert p.returncode == 1 and "sebentar" in p.stderr
    p = run(db, "sop", "import", str(tmp_path / "missing.toml"), check=False)
    assert p.returncode == 1 and "tidak ditemukan" in p.stderr


def test_case_flow_and_json_contract(db):
    cid = run(db, "case", "new", "--sop", SEED, "--title", "Penyusunan PK Tahun 2026", "--ref-number", "000.7.2.7/5/2025",
              "--ref-date", "2025-12-15", "--ref-subject", "Penyusunan PK").stdout.strip().splitlines()[-1]
    assert cid == "1"
    run(db, "official", "add", "--name", "Agus Priyanto", "--nip", "199007212015031003", "--rank", "Pengatur (II/c)",
        "--position", "Staf")
    run(db, "case", "start", cid, "1", "--at", "2025-12-18T08:00", "--by", "199007212015031003")
    run(db, "case", "finish", cid, "1", "--at", "2025-12-18T08:04+07:00", "--by", "Agus Priyanto", "--note", "ok")
    run(db, "case", "start", cid, "2", "--at", "2025-12-18T15:55", "--by", "Tamu")
    data = json.loads(run(db, "case", "show", cid, "--json").stdout)
    assert {"id", "title", "sop", "state", "steps"} <= set(data)
    assert data["state"] == "open" and data["sop"] == SEED
    s1, s2, s3 = data["steps"][:3]
    assert set(s1) >= {"no", "lane", "state", "started_at", "finished_at", "due_at", "standard",
                       "actual_working_minutes", "late"}
    assert s1["state"] == "done" and s1["started_at"] == "2025-12-18T08:00:00+07:00"
    assert s1["due_at"] == "2025-12-18T08:05:00+07:00" and s1["actual_working_minutes"] == 4 and s1["late"] is False
    assert s1["lane"] == "Staf Penerima Surat" and s1["standard"] == "5 menit"
    # Thursday 15.55 + 15 working minutes: closes 16.00, so 10 minutes are left for Friday morning
    assert s2["state"] == "running" and s2["due_at"] == "2025-12-19T07:40:00+07:00" and s2["started_by"] == "Tamu"
    assert s3["state"] == "waiting" and s3["started_at"] is None and s3["late"] is False
    rows = json.loads(run(db, "case", "list", "--json").stdout)
    assert rows[0]["id"] == 1 and rows[0]["sop"] == SEED and rows[0]["year"] and rows[0]["current_step"] == 2
    assert {"id", "title", "sop", "year", "state", "current_step"} <= set(rows[0])
    late = json.loads(run(db, "case", "list", "--json", "--state", "late").stdout)
    assert [r["id"] for r in late] == [1]  # step 2 has been running past its due moment since 2025
    running = json.loads(run(db, "case", "list", "--json", "--late", "running").stdout)
    assert [r["id"] for r in running] == [1]
    assert json.loads(run(db, "case", "list", "--json", "--late", "done").stdout) == []
    for words in ("2026 penyusunan", "agus pk", "000.7.2.7/5", "tamu"):   # any order; the people recorded
        assert [r["id"] for r in json.loads(run(db, "case", "list", "--json", "--search", words).stdout)] == [1]
    assert json.loads(run(db, "case", "list", "--json", "--search", "2027 penyusunan").stdout) == []
    assert json.loads(run(db, "case", "list", "--json", "--state", "closed").stdout) == []


@pytest.mark.parametrize("args,words", [
    (("case", "start", "1", "3"), "belum dapat dimulai"),
    (("case", "finish", "1", "1", "--at", "2025-12-18T07:00"), "belum dimulai"),
    (("case", "start", "1", "1", "--at", "kemarin"), "tidak sah"),
    (("case", "show", "99"), "tidak ada"),
    (("case", "new", "--sop", "tidak-ada", "--title", "x"), "tidak ada"),
    (("official", "add", "--name", "X", "--nip", "12345678901234567"), "17"),
])
def test_errors_exit_1_in_indonesian_without_traceback(db, args, words):
    run(db, "case", "new", "--sop", SEED, "--title", "Kasus")
    p = run(db, *args, check=False)
    assert p.returncode == 1, p.stderr
    assert words in p.stderr and "Traceback" not in p.stderr


def test_usage_errors_exit_2(db):
    p = run(db, "case", "frobnicate", check=False)
    assert p.returncode == 2 and "tidak sah" in p.stderr
    p = run(db, "case", "list", "--state", "maybe", check=False)
    assert p.returncode == 2


def test_database_that_is_not_sopdesk(tmp_path):
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not a database at all" * 100)
    p = run(junk, "sop", "list", check=False)
    assert p.returncode == 1 and "rusak" in p.stderr and "Traceback" not in p.stderr
    assert junk.read_bytes().startswith(b"this is not")  # nothing overwritten
    p = run(tmp_path / "no" / "such" / "dir.db", "sop", "list", check=False)
    assert p.returncode == 1 and "tidak ada" in p.stderr


def test_demo_cases(db):
    assert "300 kasus demo" in run(db, "demo", "--cases", "300").stdout
    rows = json.loads(run(db, "case", "list", "--json").stdout)
    assert len(rows) == 300
    assert {r["state"] for r in rows} == {"open", "closed"}
    assert len({r["year"] for r in rows}) >= 4
    assert any(r["late"] for r in rows) and not all(r["late"] for r in rows)
    closed = next(r for r in rows if r["state"] == "closed")
    detail = json.loads(run(db, "case", "show", str(closed["id"]), "--json").stdout)
    assert all(s["state"] == "done" for s in detail["steps"])
