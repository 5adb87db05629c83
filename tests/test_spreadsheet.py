"""Excel workbooks (documents/spreadsheet.py), read back with openpyxl: the case list as filtered and
the monitoring figures, each a real sheet (header row, frozen panes, filter, Excel dates and numbers,
fitted widths); and the commands that write them."""
from __future__ import annotations

import json
from datetime import datetime

import pytest
from openpyxl import load_workbook

from sopdesk.app.office import Office
from sopdesk.app.reports import monitoring_stats
from sopdesk.documents.spreadsheet import write_case_list, write_monitoring
from sopdesk.domain.period import Period
from tests.helpers import DECISION_SOP, FixedClock, wib
from tests.test_monitoring import cli, run_case

pytestmark = pytest.mark.databases  # db_target and office: SQLite and PostgreSQL (conftest.py)


@pytest.fixture
def office(db_target):
    o = Office(db_target, clock=FixedClock(wib(2027, 3, 1, 10, 0)))
    o.import_sop_text(DECISION_SOP)
    run_case(o, 11, 10)
    run_case(o, 12, 20)                       # step 2 late
    run_case(o, 13, 40, loop=True)
    run_case(o, 14, 5, finish=False)          # still running, overdue by 1 March
    o.new_case("cek-berkas", "Belum dimulai — “kutip” & <b>", year=2027)
    yield o
    o.close()


def test_case_list_workbook(tmp_path, office):
    rows = office.list_cases(sop="cek-berkas", state="open")
    out = tmp_path / "kasus.xlsx"
    assert write_case_list(rows, office.tz, out) == len(rows) == 2
    ws = load_workbook(out).active
    assert ws.title == "Daftar Kasus" and ws.freeze_panes == "A2" and ws.auto_filter.ref == "A1:N3"
    header = [c.value for c in ws[1]]
    assert header[:5] == ["No. kasus", "Judul", "Kode SOP", "Nama SOP", "Tahun"] and all(c.font.b for c in ws[1])
    values = {row[0].value: [c.value for c in row] for row in ws.iter_rows(min_row=2)}
    running, fresh = values[rows[1]["id"]], values[rows[0]["id"]]
    assert isinstance(running[0], int) and running[4] == 2027 and running[6] == "Berjalan" and running[7] == "Ya"
    assert running[8] == 2 and running[11] == datetime(2027, 1, 14, 8, 0)        # office time, an Excel date
    assert ws.cell(row=2, column=12).number_format == "dd/mm/yyyy hh:mm" or \
        ws.cell(row=3, column=12).number_format == "dd/mm/yyyy hh:mm"
    assert running[10] == datetime(2027, 1, 14, 8, 25)                           # due: 15 working minutes later
    assert fresh[1] == "Belum dimulai — “kutip” & <b>" and fresh[11] is None and fresh[7] == "Tidak"
    assert ws.column_dimensions["B"].width >= 30 and ws.column_dimensions["L"].width >= 16


def test_monitoring_workbook(tmp_path, office):
    stats = monitoring_stats(office, "cek-berkas", Period.semester(2027, 1))
    out = tmp_path / "monitoring.xlsx"
    write_monitoring(stats, office.tz, out)
    wb = load_workbook(out)
    assert wb.sheetnames == ["Langkah", "Ringkasan"]
    ws = wb["Langkah"]
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref == "A1:R5"
    header = [c.value for c in ws[1]]
    rows = {r[0].value: dict(zip(header, [c.value for c in r], strict=True)) for r in ws.iter_rows(min_row=2)}
    s2 = rows[2]
    assert (s2["Dijalankan"], s2["Tepat waktu"], s2["Terlambat"], s2["Median (menit)"], s2["Terlama (menit)"]) == \
        (4, 2, 2, 15, 40)
    assert s2["Tepat waktu (%)"] == 0.5 and s2["Standar (menit)"] == 15 and s2["Masih berjalan"] == 1
    assert s2["Median (waktu kerja)"] == "15 menit" and s2["p90 (menit)"] == 40
    pct = header.index("Tepat waktu (%)") + 1
    assert ws.cell(row=3, column=pct).number_format == "0.0%"
    assert rows[3]["Standar (menit)"] == 450 and rows[3]["Kegiatan"] == "Meminta kekurangan berkas"
    summary = {r[0].value: r[1].value for r in wb["Ringkasan"].iter_rows(min_row=2)}
    assert summary["Periode"] == "Semester I 2027" and summary["Jumlah kasus"] == 5
    assert summary["Dari tanggal"] == datetime(2027, 1, 1) and summary["Kasus dihitung menurut"] == "tanggal mulai kasus"
    assert summary["Dihitung pada"] == datetime(2027, 3, 1, 10, 0)


def test_commands_write_workbooks_and_json_alone(tmp_path, office, db_target):
    db = str(db_target)
    office.close()
    p = cli(db, "case", "list", "--state", "closed", "--xlsx", str(tmp_path / "selesai.xlsx"))
    assert p.returncode == 0, p.stderr
    assert p.stdout.strip() == str(tmp_path / "selesai.xlsx") and "3 kasus ditulis" in p.stderr
    ws = load_workbook(tmp_path / "selesai.xlsx").active
    assert ws.max_row == 4 and {ws.cell(row=r, column=7).value for r in (2, 3, 4)} == {"Selesai"}
    p = cli(db, "case", "list", "--json", "--xlsx", str(tmp_path / "semua.xlsx"))
    assert p.returncode == 0 and len(json.loads(p.stdout)) == 5 and load_workbook(tmp_path / "semua.xlsx").active.max_row == 6
    # --json without --out: only the JSON, on stdout
    p = cli(db, "report", "monitoring", "--sop", "cek-berkas", "--year", "2027", "--json")
    assert p.returncode == 0, p.stderr
    data = json.loads(p.stdout)
    assert data["cases"] == 5 and data["period"]["case_year"] == 2027 and not list(tmp_path.glob("*.pdf"))
    p = cli(db, "report", "monitoring", "--sop", "cek-berkas", "--period", "2027-1", "--xlsx",
            str(tmp_path / "m.xlsx"), "--json")
    assert p.returncode == 0, p.stderr
    assert json.loads(p.stdout)["period"]["label"] == "Semester I 2027" and str(tmp_path / "m.xlsx") in p.stderr
    assert load_workbook(tmp_path / "m.xlsx")["Langkah"].max_row == 5
    for args, words in ((("--year", "2027"), "--out FILE.pdf, --xlsx FILE.xlsx"),
                        (("--period", "2027-3", "--json"), "tidak dikenali"),
                        (("--year", "2027", "--xlsx", str(tmp_path / "no" / "m.xlsx")), "tidak dapat ditulis")):
        p = cli(db, "report", "monitoring", "--sop", "cek-berkas", *args)
        assert p.returncode == 1 and words in p.stderr and "Traceback" not in p.stderr, (args, p.stderr)
    p = cli(db, "report", "monitoring", "--sop", "cek-berkas", "--year", "2027", "--period", "2027-1", "--json")
    assert p.returncode == 2 and "not allowed with" in p.stderr
