"""The national holidays remembered per PC: the same answers as the `holidays` package, which is then left alone."""
import json
from datetime import date

import pytest

from sopdesk.app import holiday_cache
from sopdesk.domain.calendar import WorkCalendar, package_holidays


@pytest.fixture
def asked(monkeypatch):
    """Counts the years the package is asked for."""
    years: list[int] = []

    def counting(year):
        years.append(year)
        return package_holidays(year)
    holiday_cache.forget()
    monkeypatch.setattr(holiday_cache, "package_holidays", counting)
    yield years
    holiday_cache.forget()


def test_same_answers_as_the_package_and_asked_once_per_pc(asked, data_dir):
    cal = WorkCalendar(national_source=holiday_cache.national_holidays)
    assert cal.holidays_in_year(2026) == WorkCalendar().holidays_in_year(2026)
    assert sorted(asked) == [2025, 2026, 2027]  # the years beside it come along
    files = list((data_dir / "cache").glob("libur-nasional-*.json"))
    assert len(files) == 1 and set(json.loads(files[0].read_text(encoding="utf-8"))["years"]) == {"2025", "2026", "2027"}
    holiday_cache.forget()  # a new run of the program on this PC
    again = WorkCalendar(national_source=holiday_cache.national_holidays)
    assert again.holiday_name(date(2027, 1, 1)) == WorkCalendar().holiday_name(date(2027, 1, 1))
    assert again.holidays_in_year(2025) == WorkCalendar().holidays_in_year(2025)
    assert sorted(asked) == [2025, 2026, 2027]


def test_a_damaged_file_only_means_asking_the_package(asked, data_dir):
    holiday_cache.national_holidays(2026)
    (path,) = (data_dir / "cache").glob("libur-nasional-*.json")
    path.write_text('{"format": 1, "years": {"2026": [["bukan tanggal"', encoding="utf-8")
    holiday_cache.forget()
    assert holiday_cache.national_holidays(2026) == package_holidays(2026)
    assert json.loads(path.read_text(encoding="utf-8"))["format"] == 1  # written afresh


def test_an_unwritable_cache_folder_does_not_stop_the_calendar(asked, data_dir):
    (data_dir / "cache").write_text("not a folder", encoding="utf-8")
    assert holiday_cache.national_holidays(2026) == package_holidays(2026)
