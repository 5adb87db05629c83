"""Excel workbooks for offices that forward Excel (documents/spreadsheet.py draws them): the case
list as filtered, and the monitoring figures of an SOP over a period."""
from __future__ import annotations

import os
from typing import IO, TYPE_CHECKING

from ..domain.monitoring import MonitoringStats

if TYPE_CHECKING:
    from .office import Office

Target = str | os.PathLike[str] | IO[bytes]


def case_list_xlsx(office: Office, out: Target, *, sop: str | None = None, year: int | None = None,
                   state: str | None = None, search: str | None = None, sort: str = "id",
                   descending: bool = True, late: str | None = None) -> int:
    """The cases the list shows with this filter and order; returns how many were written."""
    from ..documents.spreadsheet import write_case_list
    rows = office.list_cases(sop=sop, year=year, state=state, search=search, sort=sort, descending=descending,
                             late=late)
    return write_case_list(rows, office.tz, out)


def monitoring_xlsx(office: Office, stats: MonitoringStats, out: Target) -> None:
    from ..documents.spreadsheet import write_monitoring
    write_monitoring(stats, office.tz, out)
