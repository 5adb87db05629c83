"""Documents opened from anywhere in the window: the SOP sheet and the case report
(`preview_sop_sheet`, `preview_case_report`; `print_case_report` goes straight to the printer).

Each is drawn off the GUI thread (a busy cursor, and a progress dialog with "Batal" when it
takes more than a moment), then opened in the print preview, where it can be printed or
saved. A refusal (UserError: no such SOP or case…) is shown as a warning.

The functions return at once with the running `workers.Task`; the preview opens when
the drawing is done. Tests wait for `run.done` and patch `print_preview.show_preview`.
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from io import BytesIO
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ..kit import workers
from ..kit.formatting import sop_short_name
from . import print_preview

if TYPE_CHECKING:
    from ...app.office import Office
    from ...domain.sop import Sop

log = logging.getLogger(__name__)

translate = QCoreApplication.translate   # lupdate reads translate("context", "literal") calls


@dataclass(frozen=True)
class RenderedPdf:
    """A drawn document, ready for the preview."""

    data: bytes
    title: str
    file_name: str
    paper: str


def open_preview(parent: QWidget | None, pdf: RenderedPdf) -> None:
    """The print preview of a drawn document (through the patchable `print_preview.show_preview`)."""
    print_preview.show_preview(parent, pdf.data, title=pdf.title, file_name=pdf.file_name, paper=pdf.paper)


def render_sop_sheet_pdf(office: Office, code: str, version: int | None = None) -> RenderedPdf:
    """The SOP AP sheet of an SOP as PDF bytes (slow: call it in a worker)."""
    from ...documents.sop_sheet import render_sop_sheet
    profile = office.profile()
    sop = office.sop(code, version)
    buf = BytesIO()
    render_sop_sheet(sop, profile, buf, paper=profile.paper)
    name = sop_short_name(sop.name)
    return RenderedPdf(buf.getvalue(),
                       translate("document_actions", "Lembar SOP — {name}").format(name=name),
                       translate("document_actions", "SOP {name}").format(name=name), profile.paper)


def render_sop_draft_pdf(office: Office, sop: Sop) -> RenderedPdf:
    """The SOP AP sheet of an SOP not saved yet (the editor's), as PDF bytes."""
    from ...documents.sop_sheet import render_sop_sheet
    profile = office.profile()
    buf = BytesIO()
    render_sop_sheet(sop, profile, buf, paper=profile.paper)
    name = sop_short_name(sop.name) or translate("document_actions", "SOP baru")
    return RenderedPdf(buf.getvalue(),
                       translate("document_actions", "Lembar SOP — {name}").format(name=name),
                       translate("document_actions", "SOP {name}").format(name=name), profile.paper)


def render_case_report_pdf(office: Office, case_id: int) -> RenderedPdf:
    """The report of a case as PDF bytes (slow: call it in a worker)."""
    from ...documents.case_report import render_case_report
    profile = office.profile()
    view = office.case(case_id)
    buf = BytesIO()
    render_case_report(view, office, buf, paper=profile.paper)
    return RenderedPdf(buf.getvalue(),
                       translate("document_actions", "Laporan Kasus — {title}").format(title=view.title),
                       translate("document_actions", "Laporan Kasus {id} {title}").format(id=case_id,
                                                                                          title=view.title),
                       profile.paper)


def _in_worker(parent: QWidget | None, render: Callable[[], RenderedPdf], what: str, label: str,
               then: Callable[[RenderedPdf], object]) -> workers.Task:
    """Draw a PDF in a worker under a progress dialog, then hand it to `then` (preview or print)."""
    return workers.run_with_progress(parent, lambda _progress: render(), title=what, label=label, on_result=then)


def _sheet_texts() -> tuple[str, str]:
    return translate("document_actions", "Lembar SOP"), translate("document_actions", "Menyiapkan lembar SOP…")


def _report_texts() -> tuple[str, str]:
    return translate("document_actions", "Laporan Kasus"), translate("document_actions", "Menyiapkan laporan kasus…")


def preview_sop_sheet(parent: QWidget | None, office: Office, code: str, version: int | None = None) -> workers.Task:
    """"Cetak lembar SOP…": draw the SOP sheet in a worker, then open the print preview."""
    return _in_worker(parent, lambda: render_sop_sheet_pdf(office, code, version), *_sheet_texts(),
                      lambda pdf: open_preview(parent, pdf))


def preview_sop_draft(parent: QWidget | None, office: Office, sop: Sop) -> workers.Task:
    """"Pratinjau lembar SOP" in the editor: the sheet of what is being edited, in the print preview."""
    return _in_worker(parent, lambda: render_sop_draft_pdf(office, sop), *_sheet_texts(),
                      lambda pdf: open_preview(parent, pdf))


def preview_case_report(parent: QWidget | None, office: Office, case_id: int) -> workers.Task:
    """"Laporan kasus…": draw the case report in a worker, then open the print preview."""
    return _in_worker(parent, lambda: render_case_report_pdf(office, case_id), *_report_texts(),
                      lambda pdf: open_preview(parent, pdf))


def print_case_report(parent: QWidget | None, office: Office, case_id: int) -> workers.Task:
    """Ctrl+P on a case: draw the case report in a worker, then the print dialog (no preview)."""
    return _in_worker(parent, lambda: render_case_report_pdf(office, case_id), *_report_texts(),
                      lambda pdf: print_preview.print_pdf(parent, pdf.data, title=pdf.title, paper=pdf.paper))
