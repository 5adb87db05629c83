"""Real SOPs leave Waktu empty on some rows: such a step is valid, never late, shown "—",
left out of the lateness figures (its durations still counted); `sop check` warns, never refuses."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import replace

import pytest

from sopdesk.app.office import Office
from sopdesk.documents.sop_sheet import render_sop_sheet
from sopdesk.domain.monitoring import MonitoringCollector
from sopdesk.domain.office import OfficeProfile
from sopdesk.domain.sop import cautions, validate
from sopdesk.domain.sop_file import read_sop, write_sop
from sopdesk.domain.waktu import NO_STANDARD, WaktuError, has_standard, parse_waktu, read_waktu, waktu_text
from tests.helpers import DECISION_SOP, FixedClock, wib
from tests.pdf_checks import no_network, page_texts, squash  # noqa: F401 (no_network is an autouse fixture)

# The decision SOP with Waktu left empty on its first and last rows, as real sheets do.
OPEN_SOP = (DECISION_SOP.replace('time = "5 menit"', 'time = ""')
            .replace('time = "10 menit"', 'time = "-"'))


@pytest.mark.parametrize("text", ["", "   ", "-", "–", "—"])
def test_an_empty_waktu_is_no_standard(text):
    assert read_waktu(text) is None
    assert not has_standard(text)
    assert waktu_text(text) == NO_STANDARD == "—"
    with pytest.raises(WaktuError):
        parse_waktu(text)   # where a standard is required, still refused


@pytest.mark.parametrize("text,minutes,days", [
    ("1 minggu", None, 5), ("1 bulan", None, 22), ("2 jam", 120, None), ("1 hari kerja", None, 1),
    ("1 Hari Kerja", None, 1), ("3 HARI", None, 3), ("5 Hari", None, 5), ("15 MENIT", 15, None),
    ("15 Menit", 15, None), ("1,5 Jam", 90, None), ("2  Minggu", None, 10),
])
def test_units_real_sheets_use_in_any_case(text, minutes, days):
    w = read_waktu(text)
    assert w is not None and (w.minutes, w.days) == (minutes, days)
    assert waktu_text(text) == " ".join(text.split()).lower()


def test_an_unknown_unit_names_the_units():
    with pytest.raises(WaktuError, match="satuan \"mnit\" tidak dikenal: tulis menit, jam, hari"):
        read_waktu("15 mnit")


def test_an_sop_with_empty_waktu_is_valid_and_only_warned_about():
    sop, problems = read_sop(OPEN_SOP, "x.toml")
    assert problems == [] and sop is not None
    assert validate(sop) == []
    warned = cautions(sop, "x.toml")
    assert [(w.step, w.field, w.is_warning) for w in warned] == [(1, "time", True), (4, "time", True)]
    assert all("x.toml" in str(w) and "tanpa waktu standar" in str(w) for w in warned)
    again, problems = read_sop(write_sop(sop))
    assert problems == [] and again == sop
    assert sop.step(1).standard is None and sop.step(2).standard is not None


def test_a_step_without_standard_is_never_late_yet_its_time_is_counted(tmp_path):
    clock = FixedClock(wib(2030, 1, 1, 9, 0))
    office = Office(tmp_path / "t.db", clock=clock)
    try:
        code, _v, _c = office.import_sop_text(OPEN_SOP, "open.toml")
        cid = office.new_case(code, "Berkas A", year=2027)
        office.start_step(cid, 1, at=wib(2027, 1, 4, 8, 0), by="Agus")
        office.finish_step(cid, 1, at=wib(2027, 1, 20, 8, 0), by="Agus")     # weeks: never late
        office.start_step(cid, 2, at=wib(2027, 1, 20, 9, 0), by="Agus")
        office.finish_step(cid, 2, at=wib(2027, 1, 20, 9, 10), by="Agus", decision="ya")
        office.start_step(cid, 4, at=wib(2027, 1, 20, 10, 0), by="Agus")     # the end step, still running
        view = office.case(cid)
        st = view.state.steps
        assert st[1].due_at is None and st[1].late is False and st[1].actual_working_minutes > 0
        assert st[4].due_at is None and st[4].late is False                  # running for years now
        assert st[2].due_at is not None
        assert not view.state.late and not view.state.late_done
        rows = office.list_cases()
        assert rows[0]["current_due_at"] is None
        from sopdesk.app.reports import monitoring_stats
        stats = monitoring_stats(office, code, 2027)
        s1, s2, s4 = stats.step(1), stats.step(2), stats.step(4)
        assert (s1.runs, s1.untimed, s1.timed, s1.on_time, s1.late) == (1, 1, 0, 0, 0)
        assert s1.on_time_share is None and s1.median_minutes and s1.median_ratio is None
        assert (s2.runs, s2.on_time, s2.on_time_share) == (1, 1, 1.0)
        assert s4.running == 1 and s4.running_late == 0
        assert stats.late_cases == 0 and stats.bottleneck is None
        assert stats.to_json()["steps"][0]["untimed"] == 1
        case_json = office.case(cid)
        assert case_json.sop.step(1).time == ""
    finally:
        office.close()


def test_collector_leaves_untimed_runs_out_of_the_shares():
    sop, _ = read_sop(OPEN_SOP)
    c = MonitoringCollector(sop, 2027, 450)
    c.add_run(2, 10, late=False)
    c.add_run(2, 30, late=True)
    c.add_run(1, 900, late=False, timed=False)
    s1, s2 = c.result().step(1), c.result().step(2)
    assert (s2.runs, s2.late, s2.on_time_share) == (2, 1, 0.5)
    assert (s1.runs, s1.timed, s1.late, s1.on_time_share, s1.worst_minutes) == (1, 0, 0, None, 900)


def test_the_sheet_prints_a_dash_for_no_standard_and_waktu_in_lower_case(tmp_path):
    sop, _ = read_sop(OPEN_SOP.replace('time = "15 menit"', 'time = "15 Menit"'))
    out = tmp_path / "sheet.pdf"
    render_sop_sheet(sop, OfficeProfile(), out, paper="A4")
    chart = " ".join(page_texts(out)[1:])
    assert chart.count("—") >= 2
    assert "15 menit" in chart and "Menit" not in chart and "1 hari" in chart


def test_layout_shows_a_dash_on_screen_too():
    from sopdesk.flowchart import layout_sop
    sop, _ = read_sop(OPEN_SOP)
    times = {c.step_no: c.text_lines for c in layout_sop(sop).cells if c.role == "time"}
    assert times[1] == ("—",) and times[4] == ("—",) and times[2] == ("15 menit",)


def _cli(db, *args, check=True):
    p = subprocess.run([sys.executable, "-m", "sopdesk", "--db", str(db), *args], capture_output=True, text=True,
                       encoding="utf-8", env=dict(os.environ), timeout=120)
    if check and p.returncode != 0:
        raise AssertionError(f"exit {p.returncode}: {p.stderr}")
    return p


def test_sop_check_warns_and_import_accepts(tmp_path, monkeypatch):
    monkeypatch.setenv("SOPDESK_DATA_DIR", str(tmp_path / "data"))
    f = tmp_path / "open.toml"
    f.write_text(OPEN_SOP, encoding="utf-8")
    db = tmp_path / "kantor.db"
    p = _cli(db, "sop", "check", str(f))
    assert p.returncode == 0 and "SOP sah" in p.stdout and "2 peringatan" in p.stdout
    assert p.stderr.count("peringatan:") == 2 and "langkah 1" in p.stderr and "'time'" in p.stderr
    bad = tmp_path / "bad.toml"
    bad.write_text(OPEN_SOP.replace('time = "15 menit"', 'time = "15 mnit"'), encoding="utf-8")
    p = _cli(db, "sop", "check", str(bad), check=False)
    assert p.returncode == 1 and "peringatan:" in p.stderr and "mnit" in p.stderr
    assert _cli(db, "sop", "import", str(f)).stdout.strip() == "cek-berkas"
    cid = int(_cli(db, "case", "new", "--sop", "cek-berkas", "--title", "Berkas B").stdout.strip())
    _cli(db, "case", "start", str(cid), "1", "--by", "Agus")
    data = json.loads(_cli(db, "case", "show", str(cid), "--json").stdout)
    first = data["steps"][0]
    assert first["standard"] == "" and first["due_at"] is None and first["late"] is False
    assert "tanpa waktu standar" in _cli(db, "case", "show", str(cid)).stdout


def test_a_step_without_standard_in_the_case_report(tmp_path):
    from sopdesk.documents.case_report import render_case_report
    office = Office(tmp_path / "t.db", clock=FixedClock(wib(2027, 2, 1, 9, 0)))
    try:
        code, _v, _c = office.import_sop_text(OPEN_SOP)
        cid = office.new_case(code, "Berkas C")
        office.start_step(cid, 1, at=wib(2027, 1, 4, 8, 0), by="Agus")
        office.finish_step(cid, 1, at=wib(2027, 1, 4, 9, 0), by="Agus")
        out = tmp_path / "report.pdf"
        render_case_report(office.case(cid), office, out)
        text = " ".join(page_texts(out))
        assert "tanpa waktu standar" in text and "—" in text
        assert "0 dari 0 pelaksanaan langkah (1 lainnya tanpa waktu standar)" in text
    finally:
        office.close()


def test_validation_problems_and_warnings_stay_apart():
    sop, _ = read_sop(OPEN_SOP)
    broken = sop.with_steps([replace(sop.steps[0], time="sebentar")] + list(sop.steps[1:]))
    assert [p.field for p in validate(broken)] == ["time"] and not validate(broken)[0].is_warning
    assert [w.step for w in cautions(broken)] == [4]
