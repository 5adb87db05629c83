"""The national holidays of each year, remembered on this PC so the `holidays` package is rarely loaded.

The package loads every country it knows (some 300 modules, a fifth of a second
on an office PC) before it can answer for Indonesia, and that answer changes
only with the package's version. So the answer for a year is kept in a small
JSON file per package version in the per-PC cache folder, and the package is
asked only for a year not seen before on this PC (together with the years
beside it). A missing, unreadable or damaged file only means asking the package.
"""
from __future__ import annotations

import importlib.util
import json
import logging
import re
from datetime import date
from importlib import metadata
from pathlib import Path

from ..domain.calendar import CATEGORY_GOVERNMENT, CATEGORY_PUBLIC, package_holidays
from ..files import write_atomic
from ..paths import cache_dir

log = logging.getLogger(__name__)

FORMAT = 1
_CATEGORIES = {CATEGORY_PUBLIC, CATEGORY_GOVERNMENT}
_known: dict[int, dict[date, tuple[str, str]]] = {}  # this run's years, whatever calendar asks


def national_holidays(year: int) -> dict[date, tuple[str, str]]:
    """date -> (name, category) for `year`: WorkCalendar's national source."""
    got = _known.get(year)
    if got is None:
        got = _read_or_make(year)
        _known[year] = got
    return got


def forget() -> None:
    """Forget the years read in this run; the next question reads the file again."""
    _known.clear()


def _package_version() -> str | None:
    """The installed `holidays` version, without importing the package (that is the cost saved).

    Read from the name of its dist-info folder: asking importlib.metadata parses the
    package's long METADATA file, which costs as much as the rest of opening a case.
    """
    spec = importlib.util.find_spec("holidays")
    if spec is not None and spec.origin:
        found = list(Path(spec.origin).parent.parent.glob("holidays-*.dist-info"))
        if len(found) == 1:  # more would be a muddled install: let importlib.metadata decide
            return found[0].name[len("holidays-"):-len(".dist-info")]
    try:
        return metadata.version("holidays")
    except metadata.PackageNotFoundError:
        return None


def _cache_file(version: str) -> Path:
    return cache_dir() / f"libur-nasional-{re.sub(r'[^0-9A-Za-z.]+', '-', version)}.json"


def _read(path: Path) -> dict[int, dict[date, tuple[str, str]]]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("format") != FORMAT:
            return {}
        years = {}
        for y, rows in data["years"].items():
            years[int(y)] = {date.fromisoformat(d): (str(name), cat) for d, name, cat in rows if cat in _CATEGORIES}
        return years
    except FileNotFoundError:
        return {}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        log.warning("holiday cache %s unreadable; asking the holidays package", path, exc_info=True)
        return {}


def _read_or_make(year: int) -> dict[date, tuple[str, str]]:
    version = _package_version()
    if version is None:
        return package_holidays(year)
    path = _cache_file(version)
    years = _read(path)
    if year in years:
        return years[year]
    # The package is loaded now anyway: the years beside this one cost little more.
    for y in (year - 1, year, year + 1):
        if y not in years:
            years[y] = package_holidays(y)
    data = {"format": FORMAT, "package": f"holidays {version}",
            "years": {str(y): [[d.isoformat(), name, cat] for d, (name, cat) in sorted(days.items())]
                      for y, days in sorted(years.items())}}
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(json.dumps(data, ensure_ascii=False).encode("utf-8"), path)
    except OSError:
        log.warning("holiday cache %s not written", path, exc_info=True)
    return years[year]
