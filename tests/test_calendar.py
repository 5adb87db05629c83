"""Working-time calendar: the cases other systems got wrong (DESIGN.md, "Lessons from the field")."""
from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings, strategies as st

from sopdesk.domain.calendar import DEFAULT_HOURS, Holiday, WorkCalendar
from sopdesk.domain.waktu import parse_waktu

WIB = ZoneInfo("Asia/Jakarta")
# 11–15 January 2027 is a Monday–Friday week without holidays.
MON, TUE, WED, THU, FRI, SAT, SUN = (date(2027, 1, 11) + timedelta(days=i) for i in range(7))
NEXT_MON = date(2027, 1, 18)

SHORT_FRIDAY = {**DEFAULT_HOURS, 4: ((time(7, 30), time(11, 30)), (time(13, 0), time(16, 0)))}


def at(d: date, hh: int, mm: int = 0, tz=WIB) -> datetime:
    return datetime(d.year, d.month, d.day, hh, mm, tzinfo=tz)


@pytest.fixture(scope="module")
def cal() -> WorkCalendar:
    return WorkCalendar()


def due(cal: WorkCalendar, start: datetime, waktu: str) -> datetime:
    return cal.due(start, parse_waktu(waktu))


# ---- hours and holidays --------------------------------------------------

def test_default_hours_are_37_5_hours_a_week(cal):
    week = cal.working_minutes(at(MON, 0), at(SAT, 0))
    assert week == 37 * 60 + 30
    assert cal.minutes_per_day() == 450


def test_weekends_are_not_working_days(cal):
    assert cal.is_working_day(FRI)
    assert not cal.is_working_day(SAT)
    assert not cal.is_working_day(SUN)


def test_national_holiday_and_cuti_bersama(cal):
    assert cal.holiday_name(date(2026, 12, 25)) == "Hari Raya Natal"
    assert cal.holiday_name(date(2026, 12, 24)) == "Cuti Bersama Hari Raya Natal"
    assert cal.holiday_name(date(2026, 12, 23)) is None
    assert not cal.is_working_day(date(2026, 12, 25))
    assert not cal.is_working_day(date(2026, 12, 24))
    assert cal.is_working_day(date(2026, 12, 23))


def test_office_added_and_removed_holidays():
    c = WorkCalendar(added={WED: "Hari Jadi Kabupaten Banyumas"}, removed={date(2026, 12, 24)})
    assert c.holiday_name(WED) == "Hari Jadi Kabupaten Banyumas"
    assert not c.is_working_day(WED)
    assert c.holiday_name(date(2026, 12, 24)) is None
    assert c.is_working_day(date(2026, 12, 24))
    assert not c.is_working_day(date(2026, 12, 25))


def test_holidays_in_year_lists_categories_removals_and_additions():
    c = WorkCalendar(added={date(2026, 2, 22): "Hari Jadi Kabupaten Banyumas"}, removed={date(2026, 12, 24)})
    rows = c.holidays_in_year(2026)
    assert rows == sorted(rows, key=lambda h: h.date)
    assert Holiday(date(2026, 12, 25), "Hari Raya Natal", "libur nasional", False) in rows
    assert Holiday(date(2026, 12, 24), "Cuti Bersama Hari Raya Natal", "cuti bersama", True) in rows
    assert Holiday(date(2026, 2, 22), "Hari Jadi Kabupaten Banyumas", "kantor", False) in rows
    assert all(h.date.year == 2026 for h in rows)
    assert not any(h.date.year == 2026 for h in c.holidays_in_year(2027))


def test_national_holidays_can_be_switched_off():
    c = WorkCalendar(national=False)
    assert c.is_working_day(date(2026, 12, 25))
    assert c.holidays_in_year(2026) == []


def test_overlapping_hours_are_refused():
    bad = {**DEFAULT_HOURS, 0: ((time(7, 30), time(12, 0)), (time(11, 0), time(16, 0)))}
    with pytest.raises(ValueError, match="tumpang tindih"):
        WorkCalendar(hours=bad)


def test_unknown_time_zone_is_refused():
    with pytest.raises(ValueError, match="Zona waktu"):
        WorkCalendar(tz="Asia/Somagede")


def test_calendar_without_hours_raises_instead_of_hanging():
    c = WorkCalendar(hours={})
    with pytest.raises(ValueError, match="jam kerja"):
        due(c, at(MON, 9), "15 menit")
    assert c.minutes_per_day() == 0


# ---- next working moment ------------------------------------------------

@pytest.mark.parametrize(
    "start, expected",
    [
        (at(MON, 9), at(MON, 9)),            # inside: itself
        (at(MON, 6), at(MON, 7, 30)),        # before opening
        (at(MON, 12, 30), at(MON, 13)),      # in the break
        (at(MON, 12), at(MON, 13)),          # break starts exactly at 12.00
        (at(MON, 16), at(TUE, 7, 30)),       # closing time is not working time
        (at(FRI, 16, 15), at(FRI, 16, 15)),  # Friday runs to 16.30
        (at(FRI, 17), at(NEXT_MON, 7, 30)),  # weekend skipped
        (at(SAT, 10), at(NEXT_MON, 7, 30)),
    ],
)
def test_next_working_moment(cal, start, expected):
    got = cal.next_working_moment(start)
    assert got == expected
    assert got.tzinfo == WIB


def test_next_working_moment_skips_holidays(cal):
    assert cal.next_working_moment(at(date(2026, 12, 23), 17)) == at(date(2026, 12, 28), 7, 30)


# ---- due: minutes and hours ----------------------------------------------

@pytest.mark.parametrize(
    "start, waktu, expected",
    [
        (at(MON, 9), "15 menit", at(MON, 9, 15)),
        (at(MON, 6), "15 menit", at(MON, 7, 45)),           # start before opening
        (at(MON, 12, 30), "15 menit", at(MON, 13, 15)),     # start during the break
        (at(MON, 11, 50), "30 menit", at(MON, 13, 20)),     # runs across the break
        (at(MON, 17), "15 menit", at(TUE, 7, 45)),          # start after closing
        (at(MON, 15, 45), "15 menit", at(MON, 16)),         # ends exactly at closing
        (at(MON, 15, 50), "15 menit", at(TUE, 7, 35)),      # runs across the night
        (at(FRI, 16), "2 jam", at(NEXT_MON, 9)),            # across a weekend
        (at(SAT, 10), "5 menit", at(NEXT_MON, 7, 35)),      # started on a Saturday
        (at(MON, 7, 30), "7,5 jam", at(MON, 16)),           # one full day of minutes
    ],
)
def test_due_in_minutes(cal, start, waktu, expected):
    assert due(cal, start, waktu) == expected


def test_friday_afternoon_with_default_hours_stays_on_friday(cal):
    # The default Friday closes at 16.30, so 15.55 + 15 minutes fits the same day.
    assert due(cal, at(FRI, 15, 55), "15 menit") == at(FRI, 16, 10)


def test_friday_afternoon_with_a_16_00_close_moves_to_monday():
    # FORMATS.md §5's example, which assumes Friday closes at 16.00.
    c = WorkCalendar(hours=SHORT_FRIDAY)
    assert due(c, at(FRI, 15, 55), "15 menit") == at(NEXT_MON, 7, 40)


def test_minutes_started_on_a_holiday(cal):
    assert due(cal, at(date(2026, 12, 25), 10), "15 menit") == at(date(2026, 12, 28), 7, 45)


def test_minutes_started_on_cuti_bersama(cal):
    assert due(cal, at(date(2026, 12, 24), 8), "1 jam") == at(date(2026, 12, 28), 8, 30)


def test_minutes_across_an_office_added_holiday():
    c = WorkCalendar(added={WED: "Rapat Kabupaten"})
    assert due(c, at(TUE, 15, 30), "1 jam") == at(THU, 8)


def test_minutes_across_an_office_removed_holiday():
    c = WorkCalendar(removed={date(2026, 12, 24)})
    assert due(c, at(date(2026, 12, 23), 15, 30), "1 jam") == at(date(2026, 12, 24), 8)


# ---- due: days ------------------------------------------------------------

def test_four_days_over_christmas_2026(cal):
    # 24 Dec cuti bersama, 25 Dec Natal, then the weekend.
    assert due(cal, at(date(2026, 12, 22), 9), "4 hari") == at(date(2026, 12, 30), 9)


def test_one_working_day_is_a_day_not_24_working_hours(cal):
    assert due(cal, at(MON, 10), "1 hari kerja") == at(TUE, 10)
    assert due(cal, at(MON, 10), "1 hari") == at(TUE, 10)


def test_a_week_is_five_working_days(cal):
    assert due(cal, at(MON, 10), "1 minggu") == at(NEXT_MON, 10)


def test_days_from_before_opening_keep_the_opening_time(cal):
    assert due(cal, at(MON, 6), "1 hari") == at(TUE, 7, 30)


def test_days_from_closing_time_start_the_next_morning(cal):
    assert due(cal, at(THU, 16), "1 hari") == at(NEXT_MON, 7, 30)


def test_days_landing_in_the_target_days_break(cal):
    # 11.45 is working time on Thursday but in Friday's break.
    assert due(cal, at(THU, 11, 45), "1 hari") == at(FRI, 13)


def test_days_landing_after_the_target_days_close(cal):
    # 16.15 is working time on Friday, after Monday's close.
    assert due(cal, at(FRI, 16, 15), "1 hari") == at(NEXT_MON, 16)


def test_days_skip_office_added_holiday():
    c = WorkCalendar(added={TUE: "Rapat Kabupaten"})
    assert due(c, at(MON, 10), "1 hari") == at(WED, 10)


# ---- time zones -----------------------------------------------------------

def test_naive_datetimes_are_refused(cal):
    naive = datetime(2027, 1, 11, 9, 0)
    with pytest.raises(ValueError):
        cal.due(naive, parse_waktu("15 menit"))
    with pytest.raises(ValueError):
        cal.working_minutes(naive, at(MON, 10))
    with pytest.raises(ValueError):
        cal.next_working_moment(naive)


def test_other_zones_are_converted_in_and_out(cal):
    got = due(cal, datetime(2027, 1, 11, 2, 0, tzinfo=UTC), "15 menit")  # 09.00 WIB
    assert got == at(MON, 9, 15)
    assert got.tzinfo == WIB
    assert got.hour == 9 and got.minute == 15


def test_calendar_in_wita_counts_the_local_clock():
    wita = ZoneInfo("Asia/Makassar")
    c = WorkCalendar(tz="Asia/Makassar")
    assert due(c, at(MON, 6, 45, tz=WIB), "15 menit") == at(MON, 8, tz=wita)  # 06.45 WIB is 07.45 WITA: already open there


# ---- working minutes -------------------------------------------------------

def test_working_minutes_over_the_break(cal):
    assert cal.working_minutes(at(MON, 11), at(MON, 14)) == 120


def test_working_minutes_empty_or_reversed(cal):
    assert cal.working_minutes(at(MON, 9), at(MON, 9)) == 0
    assert cal.working_minutes(at(MON, 10), at(MON, 9)) == 0


def test_working_minutes_over_holidays(cal):
    # Wed 23 Dec 15.00 → Mon 28 Dec 08.30: 24 and 25 Dec and the weekend count nothing.
    assert cal.working_minutes(at(date(2026, 12, 23), 15), at(date(2026, 12, 28), 8, 30)) == 120


def test_working_minutes_count_an_office_removed_holiday():
    c = WorkCalendar(removed={date(2026, 12, 24)})
    assert c.working_minutes(at(date(2026, 12, 23), 15), at(date(2026, 12, 28), 8, 30)) == 120 + 450


def test_working_minutes_across_new_year(cal):
    # Thu 31 Dec 2026 15.00 → Mon 4 Jan 2027 08.30; 1 Jan 2027 is Tahun Baru.
    assert cal.working_minutes(at(date(2026, 12, 31), 15), at(date(2027, 1, 4), 8, 30)) == 120


def test_working_minutes_round_down_partial_minutes(cal):
    a = at(MON, 9)
    assert cal.working_minutes(a, a + timedelta(seconds=119)) == 1


# ---- properties ------------------------------------------------------------

starts = st.datetimes(
    min_value=datetime(2026, 1, 1), max_value=datetime(2027, 12, 31), timezones=st.just(WIB)
).map(lambda d: d.replace(second=0, microsecond=0))


@settings(max_examples=300, deadline=None)
@given(start=starts, minutes=st.integers(min_value=1, max_value=5000))
def test_due_in_minutes_uses_exactly_that_much_working_time(cal, start, minutes):
    end = due(cal, start, f"{minutes} menit")
    assert end > start
    assert cal.working_minutes(start, end) == minutes
    # and not a minute more: one minute earlier is not enough
    assert cal.working_minutes(start, end - timedelta(minutes=1)) == minutes - 1


@settings(max_examples=300, deadline=None)
@given(start=starts, days=st.integers(min_value=1, max_value=30))
def test_due_in_days_lands_on_the_nth_working_day(cal, start, days):
    end = due(cal, start, f"{days} hari")
    first = cal.next_working_moment(start).date()
    working_days_after = sum(
        cal.is_working_day(first + timedelta(days=i)) for i in range(1, (end.date() - first).days + 1)
    )
    assert cal.is_working_day(end.date())
    assert working_days_after == days
