""""Ekspor Excel" on the case list: the cases as filtered and sorted, as a workbook (app/exports.py)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow, QWidget

from ...app import exports
from ..kit import messages, workers

if TYPE_CHECKING:
    from ...app.office import Office
    from .case_list import CaseListModel

translate = QCoreApplication.translate   # lupdate reads translate("context", "literal") calls


def suggested_name(model: CaseListModel) -> str:
    f = model.filter
    parts = [translate("case_list_export", "Daftar Kasus")]
    if f.sop:
        parts.append(f.sop)
    if f.year:
        parts.append(str(f.year))
    return " ".join(parts) + ".xlsx"


def export_case_list(parent: QWidget, office: Office, model: CaseListModel) -> workers.Task | None:
    """Ask where, then write the list as the model shows it (filter and order) in a worker."""
    path = messages.choose_save_file(parent, translate("case_list_export", "Ekspor Excel"),
                                     translate("case_list_export", "Buku kerja Excel (*.xlsx)"), suggested_name(model))
    if not path:
        return None
    if not path.lower().endswith(".xlsx"):
        path += ".xlsx"
    f = model.filter

    def work(_progress: workers.Progress) -> int:
        return exports.case_list_xlsx(office, path, sop=f.sop, year=f.year, state=f.state,
                                      search=f.search.strip() or None, sort=model.sort_key,
                                      descending=model.descending)

    def saved(n: int) -> None:
        text = translate("case_list_export", "{n} kasus disimpan ke {path}").format(n=n, path=path)
        window = parent.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 8000)

    return workers.run_with_progress(parent, work, title=translate("case_list_export", "Ekspor Excel"),
                                     label=translate("case_list_export", "Menulis buku kerja…"), on_result=saved)
