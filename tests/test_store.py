import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import inspect

from sopdesk.app.office import Office
from sopdesk.store import tables
from sopdesk.store.errors import StoreError
from sopdesk.store.schema import SCHEMA_VERSION

pytestmark = pytest.mark.databases  # db_target and office: SQLite and PostgreSQL (conftest.py)

ROOT = Path(__file__).resolve().parents[1]


def test_tables_mirror_schema_sql(db_target):
    office = Office(db_target)
    insp = inspect(office.engine)
    assert set(insp.get_table_names()) == set(tables.metadata.tables)
    for name, table in tables.metadata.tables.items():
        assert [c["name"] for c in insp.get_columns(name)] == [c.name for c in table.columns], name
    office.close()


def test_pragmas_and_version(tmp_path):
    office = Office(tmp_path / "t.db")
    with office.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
        assert conn.exec_driver_sql("SELECT value FROM meta WHERE key='schema_version'").scalar() == str(SCHEMA_VERSION)


def test_seeded_once_and_reopened_without_duplicates(db_target):
    Office(db_target).close()
    office = Office(db_target)
    with office.reading() as conn:
        assert conn.exec_driver_sql("SELECT value FROM meta WHERE key='schema_version'").scalar() == str(SCHEMA_VERSION)
        assert conn.exec_driver_sql("SELECT value FROM meta WHERE key='application'").scalar() == "sopdesk"
    assert len(office.sops()) == 1 and len(office.officials()) == 1
    assert office.profile().unit == "KECAMATAN SOMAGEDE"
    assert office.officials()[0].nip == "196509241995031002"


def test_the_seed_officials_are_data_the_office_file_the_cli_loads(tmp_path, db_target):
    from sopdesk.app.paperwork import load_office_file, read_office_file
    from sopdesk.domain.sop_file import read_sop
    from sopdesk.resources import resource_path
    seed = read_office_file(resource_path("office", "somagede.toml"))
    office = Office(db_target)
    assert [(o.name, o.nip, o.rank, o.position) for o in office.officials()] == \
        [(o.name, o.nip, o.rank, o.position) for o in seed.officials]
    # The Camat who approved the seed SOP, the same person in both seed files.
    sop, _problems = read_sop(resource_path("sops", "penyusunan-perencanaan-kinerja.toml").read_text(encoding="utf-8"))
    camat = office.find_official(sop.approved_by.nip)
    assert camat is not None and camat.name == sop.approved_by.name == "Drs. SAPTONO SUPRIYANTO"
    assert camat.position == office.profile().head_position == "Camat Somagede"
    load_office_file(office, resource_path("office", "somagede.toml"))   # loading it again changes nothing
    assert len(office.officials()) == 1 and office.profile() == Office(tmp_path / "u.db").profile()


def test_newer_database_is_refused(db_target):
    office = Office(db_target)
    with office.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    office.close()
    with pytest.raises(StoreError, match="lebih baru"):
        Office(db_target)


def test_foreign_sqlite_file_is_refused_untouched(tmp_path):
    path = tmp_path / "lain.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE x (a)")
    con.commit()
    con.close()
    with pytest.raises(StoreError, match="bukan milik sopdesk"):
        Office(path)
    con = sqlite3.connect(path)
    assert [r[0] for r in con.execute("SELECT name FROM sqlite_master")] == ["x"]


def test_settings_survive_reopen(db_target):
    from dataclasses import replace
    from datetime import date, time
    office = Office(db_target)
    office.save_profile(replace(office.profile(), phone="(0281) 123456", paper="A4"))
    hours = dict(office.working_hours())
    hours[4] = ((time(7, 30), time(11, 30)), (time(13, 0), time(16, 0)))
    office.save_working_hours(hours)
    office.set_calendar_override(date(2026, 3, 2), "add", "Hari Jadi Kabupaten")
    office.close()
    again = Office(db_target)
    assert again.profile().phone == "(0281) 123456" and again.profile().paper == "A4"
    assert again.working_hours()[4][1] == (time(13, 0), time(16, 0))
    assert again.calendar().holiday_name(date(2026, 3, 2)) == "Hari Jadi Kabupaten"
    assert not again.calendar().is_working_day(date(2026, 3, 2))


def test_wheel_carries_resources_and_schema(tmp_path):
    out = tmp_path / "dist"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out),
                    str(ROOT)], check=True, capture_output=True, timeout=300)
    wheel = next(out.glob("sopdesk-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert "sopdesk/_data/schema.sql" in names
    assert "sopdesk/_data/schema-postgresql.sql" in names
    assert "sopdesk/_resources/sops/penyusunan-perencanaan-kinerja.toml" in names
