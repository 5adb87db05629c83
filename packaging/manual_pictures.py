"""Remake the manual's pictures (resources/manual/gambar/*.png) from the program's own screens.

    QT_QPA_PLATFORM=offscreen python packaging/manual_pictures.py [--out FOLDER] [--only NAME ...]

The window is built as `sopdesk --smoke --screenshot` builds it (make_app, MainWindow without the
saved layout, the same look and fonts), on a fresh database in a temporary folder with a fixed
clock, so the pictures show the same cases every time. Each picture is at most 1000 px wide
(the manual scales it to its reading column) and saved as a 256-colour PNG to keep the manual
small. Run it again after a screen changes and commit the PNGs.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "manual" / "gambar"
MAX_WIDTH = 1000
WINDOW = (1000, 660)
WIB = ZoneInfo("Asia/Jakarta")
NOW = datetime(2026, 12, 7, 10, 20, tzinfo=WIB)   # a Monday morning
SEED = "penyusunan-perencanaan-kinerja"
STAFF = (  # (name, position): the lanes of the seed SOP
    ("SITI AMINAH", "Staf Penerima Surat"),
    ("BAMBANG WIJAYA, S.E.", "Kasubbag Perencanaan dan Keuangan"),
    ("RINA KARTIKA, S.Sos.", "Staf Perencanaan"),
    ("Drs. HARTONO", "Sekretaris Kecamatan"),
)


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 12, day, hour, minute, tzinfo=WIB)


def fill(office) -> dict[str, int]:
    """A few cases in different states; returns the ones the pictures open."""
    from sopdesk.app.paperwork import new_pk, save_pk
    from sopdesk.domain.office import Official
    from sopdesk.domain.pk import Party, Program, Target

    for name, position in STAFF:
        office.save_official(Official(name=name, position=position))
    staf, kasubbag, perencana, sekcam = (name for name, _ in STAFF)
    camat = "Drs. SAPTONO SUPRIYANTO"   # the seed office's Camat (resources/office)

    done = office.new_case(SEED, "Penyusunan Perjanjian Kinerja Tahun 2026", year=2025,
                           ref_number="000.7.2.7/512/2025")
    steps = [(1, staf), (2, staf), (3, camat), (4, kasubbag), (5, perencana), (6, kasubbag), (7, sekcam),
             (8, sekcam), (9, camat), (10, kasubbag), (11, staf)]
    moment = datetime(2025, 12, 1, 8, 0, tzinfo=WIB)
    for no, who in steps:
        office.start_step(done, no, at=moment, by=who)
        moment += timedelta(hours=2)
        office.finish_step(done, no, at=moment, by=who)
        moment += timedelta(minutes=30)

    running = office.new_case(SEED, "Penyusunan Perjanjian Kinerja Tahun 2027", year=2026,
                              ref_number="000.7.2.7/431/2026")
    office.start_step(running, 1, at=at(1, 8, 5), by=staf)
    office.finish_step(running, 1, at=at(1, 8, 10), by=staf)
    office.start_step(running, 2, at=at(1, 8, 30), by=staf)
    office.finish_step(running, 2, at=at(1, 8, 45), by=staf)
    office.start_step(running, 3, at=at(1, 9, 0), by=camat)
    office.finish_step(running, 3, at=at(1, 9, 10), by=camat, note="Segera ditindaklanjuti")
    office.start_step(running, 4, at=at(1, 10, 0), by=kasubbag)
    office.finish_step(running, 4, at=at(4, 14, 0), by=kasubbag)
    office.start_step(running, 5, at=at(7, 8, 0), by=perencana)

    late = office.new_case(SEED, "Revisi Perjanjian Kinerja Tahun 2026", year=2026, ref_number="000.7.2.7/377/2026")
    office.start_step(late, 1, at=datetime(2026, 11, 2, 8, 0, tzinfo=WIB), by=staf)
    office.finish_step(late, 1, at=datetime(2026, 11, 2, 8, 5, tzinfo=WIB), by=staf)
    office.start_step(late, 2, at=datetime(2026, 11, 2, 9, 0, tzinfo=WIB), by=staf)
    office.new_case(SEED, "Penyusunan Perjanjian Kinerja Sekretariat Tahun 2027", year=2026)

    pk = new_pk(office, running)
    goal = "Meningkatnya kualitas pelayanan publik di Kecamatan Somagede"
    pk.targets = [Target(goal, "Indeks Kepuasan Masyarakat", "82", "nilai"),
                  Target(goal, "Persentase layanan PATEN selesai tepat waktu", "95", "%"),
                  Target("Meningkatnya akuntabilitas kinerja kecamatan", "Nilai SAKIP kecamatan", "BB", "predikat")]
    pk.programs = [Program("Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 1_250_000_000,
                           "APBD Tahun 2027"),
                   Program("Program Penyelenggaraan Pemerintahan dan Pelayanan Publik", 350_000_000,
                           "APBD Tahun 2027")]
    pk.date = date(2027, 1, 4)
    pk.second_party = Party("Ir. H. SADEWO TRI LASTIONO, M.M.", "Bupati Banyumas")
    save_pk(office, running, pk)
    return {"running": running}


def to_png(image, path: Path) -> None:
    """A QImage as a 256-colour PNG at most MAX_WIDTH wide."""
    from io import BytesIO

    from PIL import Image
    from PySide6.QtCore import QBuffer, QIODevice, Qt

    if image.width() > MAX_WIDTH:
        image = image.scaledToWidth(MAX_WIDTH, Qt.TransformationMode.SmoothTransformation)
    buf = QBuffer()
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buf, "PNG")
    picture = Image.open(BytesIO(bytes(buf.data()))).convert("RGB")
    picture = picture.quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    picture.save(path, "PNG", optimize=True)
    print(f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}: "
          f"{picture.width}×{picture.height}, {path.stat().st_size // 1024} KB")


def grab_modal(app, then: Callable[[], object], out: Path) -> None:
    """Run `then`, which opens a modal dialog; picture the dialog and close it."""
    from PySide6.QtCore import QTimer

    def take() -> None:
        dialog = app.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(50, take)
            return
        app.processEvents()
        to_png(dialog.grab().toImage(), out)
        dialog.reject()

    QTimer.singleShot(100, take)
    then()


def settle(app, rounds: int = 20) -> None:
    from PySide6.QtCore import QEventLoop, QTimer
    for _ in range(rounds):   # let lists fetch and the swimlane lay out, as the smoke run waits
        loop = QEventLoop()
        QTimer.singleShot(20, loop.quit)
        loop.exec()
        app.processEvents()


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--out", type=Path, default=OUT)
    p.add_argument("--only", nargs="*", help="only these pictures (names without .png)")
    args = p.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    work = Path(tempfile.mkdtemp(prefix="sopdesk-pictures-"))
    os.environ["SOPDESK_DATA_DIR"] = str(work)   # per-PC settings of this run, never the user's
    sys.path.insert(0, str(ROOT))

    from sopdesk.app.office import Office
    from sopdesk.ui.kit import messages
    from sopdesk.ui.shell.app import make_app
    from sopdesk.ui.shell.main_window import MainWindow

    app = make_app()
    messages.set_noninteractive(True)
    office = Office(work / "sopdesk.db", clock=lambda: NOW)
    cases = fill(office)
    window = MainWindow(office, restore_layout=False)
    window.resize(*WINDOW)
    window.show()
    settle(app)
    args.out.mkdir(parents=True, exist_ok=True)
    wanted = set(args.only or ())

    def want(name: str) -> bool:
        return not wanted or name in wanted

    if want("daftar-kasus"):
        to_png(window.grab().toImage(), args.out / "daftar-kasus.png")
    view = window.open_case(cases["running"])
    assert view is not None
    settle(app)
    if want("kasus"):
        view.select_step(5)
        settle(app)
        to_png(window.grab().toImage(), args.out / "kasus.png")
    if want("catat-selesai"):
        view.select_step(5)
        grab_modal(app, lambda: view.record("finish"), args.out / "catat-selesai.png")
    if want("pk"):
        view.show_documents()
        settle(app)
        to_png(window.grab().toImage(), args.out / "pk.png")
    if "panduan" in wanted:   # the manual window itself, to look at (not in the manual)
        manual = window.show_manual("kasus.md")
        manual.resize(*WINDOW)
        settle(app)
        to_png(manual.grab().toImage(), args.out / "panduan.png")
    window.close()
    office.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
