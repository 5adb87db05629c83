"""Schema 4: the monitoring/evaluation records arrive in an older database by its upgrade step,
and a final record is frozen by the database itself."""
import shutil
import sqlite3
from pathlib import Path

import pytest

from sopdesk.app.office import Office
from sopdesk.store import upgrade

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def test_a_v3_database_gets_the_monev_records_and_their_guard(tmp_path):
    path = tmp_path / "kantor.db"
    shutil.copyfile(FIXTURES / "schema-v3.sqlite", path)
    assert 4 in upgrade.STEPS
    Office(path).close()
    con = sqlite3.connect(path)
    try:
        assert con.execute("SELECT count(*) FROM monev_records").fetchone() == (0,)
        sop_id = con.execute("SELECT id FROM sops ORDER BY id").fetchone()[0]
        insert = ("INSERT INTO monev_records (kind, sop_id, period, revision, state, content, created_at, updated_at) "
                  "VALUES (?, ?, ?, ?, ?, '{}', '2026-07-06T02:00:00Z', '2026-07-06T02:00:00Z')")
        con.execute(insert, ("monitoring", sop_id, "2026-1", 1, "draft"))
        con.execute("UPDATE monev_records SET content = '{\"a\": 1}', state = 'final' WHERE id = 1")
        with pytest.raises(sqlite3.DatabaseError, match="kept as it was"):
            con.execute("UPDATE monev_records SET content = '{}' WHERE id = 1")
        with pytest.raises(sqlite3.DatabaseError, match="kept as it was"):
            con.execute("DELETE FROM monev_records WHERE id = 1")
        with pytest.raises(sqlite3.IntegrityError):   # the same revision twice
            con.execute(insert, ("monitoring", sop_id, "2026-1", 1, "draft"))
        for kind, period in (("monitoring", "2026"), ("monitoring", "2026-3"), ("evaluasi", "2026-1")):
            with pytest.raises(sqlite3.IntegrityError):
                con.execute(insert, (kind, sop_id, period, 1, "draft"))
        con.execute(insert, ("evaluasi", sop_id, "2026", 1, "draft"))
        con.execute("DELETE FROM monev_records WHERE kind = 'evaluasi'")   # a draft may be discarded
    finally:
        con.close()
