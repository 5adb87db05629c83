"""Indonesian conventions for documents: dates, number words, rupiah, NIP, pangkat.

FORMATS.md §4. Messages are in Indonesian because they are shown to office users.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from zoneinfo import ZoneInfo

from .errors import UserError
from .messages import Message, MonthYear, msg

# ---- dates ---------------------------------------------------------------

MONTHS: tuple[str, ...] = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
)
DAYS: tuple[str, ...] = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")


def format_date(d: date) -> str:
    """"2 Januari 2027": no leading zero."""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def format_date_long(d: date) -> str:
    """"Senin, 4 Januari 2027"."""
    return f"{DAYS[d.weekday()]}, {format_date(d)}"


def format_datetime(dt: datetime, tz: ZoneInfo | None = None) -> str:
    """"4 Januari 2027 09.15": Indonesian writes times with a dot. Converted to tz if given."""
    if tz is not None and dt.tzinfo is not None:
        dt = dt.astimezone(tz)
    return f"{format_date(dt)} {dt.hour:02d}.{dt.minute:02d}"


_YMD = re.compile(r"^\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?\s*$")


def format_month_year(text: str) -> str:
    """The SOP's made/effective fields: "2021-12" or "2021-12-05" -> "Desember 2021", "2021" -> "2021".

    Text that is not YYYY[-MM[-DD]] is returned as typed: a document should still print;
    the SOP validator is where such text is reported.
    """
    m = _YMD.match(text or "")
    if not m:
        return (text or "").strip()
    year, month = m.group(1), m.group(2)
    if month is None:
        return year
    if not 1 <= int(month) <= 12:
        return text.strip()
    return f"{MONTHS[int(month) - 1]} {year}"


# ---- number words --------------------------------------------------------

_ONES = ("", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan")
_SCALES = ((10**12, "triliun"), (10**9, "miliar"), (10**6, "juta"))
TERBILANG_MAX = 10**15


def _below_thousand(n: int) -> list[str]:
    words: list[str] = []
    hundreds, rest = divmod(n, 100)
    if hundreds == 1:
        words.append("seratus")
    elif hundreds:
        words += [_ONES[hundreds], "ratus"]
    if rest == 10:
        words.append("sepuluh")
    elif rest == 11:
        words.append("sebelas")
    elif 12 <= rest <= 19:
        words += [_ONES[rest - 10], "belas"]
    elif rest >= 20:
        tens, ones = divmod(rest, 10)
        words += [_ONES[tens], "puluh"]
        if ones:
            words.append(_ONES[ones])
    elif rest:
        words.append(_ONES[rest])
    return words


def terbilang(n: int) -> str:
    """Number in Indonesian words, 0 … 10^15: 1250000 -> "satu juta dua ratus lima puluh ribu"."""
    if isinstance(n, bool) or not isinstance(n, int):
        raise TypeError("terbilang() hanya menerima bilangan bulat.")
    if not 0 <= n <= TERBILANG_MAX:
        raise ValueError(f"Angka {n} di luar jangkauan terbilang (0 sampai 1.000.000.000.000.000).")
    if n == 0:
        return "nol"
    if n == TERBILANG_MAX:
        return "satu kuadriliun"
    words: list[str] = []
    for scale, name in _SCALES:
        count, n = divmod(n, scale)
        if count:
            words += _below_thousand(count) + [name]
    thousands, n = divmod(n, 1000)
    if thousands == 1:
        words.append("seribu")  # "seribu", but "dua ribu", "seratus ribu"
    elif thousands:
        words += _below_thousand(thousands) + ["ribu"]
    words += _below_thousand(n)
    return " ".join(words)


def format_number(n: int) -> str:
    """1250000 -> "1.250.000" (Indonesian groups thousands with a dot)."""
    return f"{n:,}".replace(",", ".")


def count_in_words(n: int, unit: str = "") -> str:
    """Figures and words, as in a surat pengantar: "2 (dua) eksemplar"."""
    text = f"{format_number(n)} ({terbilang(n)})"
    return f"{text} {unit.strip()}" if unit and unit.strip() else text


# ---- rupiah --------------------------------------------------------------

def format_rupiah(amount: int | Decimal, cents: bool = False) -> str:
    """"Rp 1.250.000.000" or, with cents, "Rp 1.250.000.000,00"; negative "-Rp 5.000"."""
    if isinstance(amount, bool) or not isinstance(amount, (int, Decimal)):
        raise TypeError("Jumlah rupiah harus int atau Decimal (bukan float, agar tidak ada galat pembulatan).")
    value = Decimal(amount)
    sign = "-" if value < 0 else ""
    value = abs(value).quantize(Decimal("0.01") if cents else Decimal("1"), rounding=ROUND_HALF_UP)
    whole, _, frac = f"{value:f}".partition(".")
    text = f"{sign}Rp {format_number(int(whole))}"
    return f"{text},{frac}" if cents else text


_RUPIAH = re.compile(
    r"^(?P<sign>-)?\s*(?:rp\.?)?\s*(?P<sign2>-)?\s*"
    r"(?P<whole>\d{1,3}(?:\.\d{3})+|\d+)"
    r"(?:,(?P<frac>\d{1,2}|-))?$",
    re.IGNORECASE,
)


class RupiahError(UserError, ValueError):
    """A sum of rupiah that cannot be read (a ValueError, as before: callers catch that)."""


def parse_rupiah(text: str | int) -> int:
    """Read "Rp 1.250.000.000,00", "1.250.000.000", "1250000000" or "Rp 5.000,-" as whole rupiah."""
    if isinstance(text, int) and not isinstance(text, bool):
        return text
    if not isinstance(text, str) or not text.strip():
        raise RupiahError(msg("rupiah.empty"))
    m = _RUPIAH.match(text.strip())
    if not m or (m.group("sign") and m.group("sign2")):
        raise RupiahError(msg("rupiah.unreadable", text=text.strip()))
    frac = m.group("frac")
    if frac and frac != "-" and int(frac):
        raise RupiahError(msg("rupiah.cents", text=text.strip(), cents=frac))
    value = int(m.group("whole").replace(".", ""))
    return -value if (m.group("sign") or m.group("sign2")) else value


# ---- NIP -----------------------------------------------------------------

@dataclass(frozen=True)
class NipInfo:
    birth_date: date
    appointed: tuple[int, int]  # (year, month) of appointment as CPNS
    sex: str                    # "L" laki-laki or "P" perempuan
    seq: int


def normalize_nip(text: str) -> str:
    """Drop the spaces, dots and dashes people type inside a NIP."""
    return re.sub(r"[\s.\-]", "", text or "")


def nip_problem(text: str) -> str | None:
    """What is wrong with a NIP, in Indonesian, or None if it is valid."""
    problem = nip_problem_message(text)
    return str(problem) if problem is not None else None


def nip_problem_message(text: str) -> Message | None:
    """What is wrong with a NIP, as a message code (the screens word it in their language), or None."""
    nip = normalize_nip(text)
    if not nip:
        return msg("nip.empty")
    odd = sorted({ch for ch in nip if not ch.isascii() or not ch.isdigit()})
    if odd:
        return msg("nip.not_digits", found=", ".join(f"\"{ch}\"" for ch in odd))
    if len(nip) != 18:
        return msg("nip.length", typed=len(nip))
    try:
        born = date(int(nip[0:4]), int(nip[4:6]), int(nip[6:8]))
    except ValueError:
        return msg("nip.birth_not_a_date", digits=nip[0:8])
    if born.year < 1900 or born > date.today():
        return msg("nip.birth_impossible", born=born)
    year, month = int(nip[8:12]), int(nip[12:14])
    if not 1 <= month <= 12:
        return msg("nip.month", digits=nip[12:14])
    if year < 1950:
        return msg("nip.appointed_before_1950", year=year)
    if (year, month) < (born.year + 17, born.month):
        return msg("nip.appointed_too_young", appointed=MonthYear(year, month), born=born)
    if year > date.today().year + 1:
        return msg("nip.appointed_future", year=year)
    if nip[14] not in "12":
        return msg("nip.sex", digit=nip[14])
    if nip[15:18] == "000":
        return msg("nip.sequence")
    return None


def parse_nip(text: str) -> NipInfo:
    """The parts of a valid NIP; ValueError with the nip_problem() message otherwise."""
    problem = nip_problem(text)
    if problem:
        raise ValueError(problem)
    nip = normalize_nip(text)
    return NipInfo(
        birth_date=date(int(nip[0:4]), int(nip[4:6]), int(nip[6:8])),
        appointed=(int(nip[8:12]), int(nip[12:14])),
        sex="L" if nip[14] == "1" else "P",
        seq=int(nip[15:18]),
    )


def format_nip(nip: str) -> str:
    """The official spaced form "19650924 199503 1 002"; anything not 18 digits is returned as typed."""
    n = normalize_nip(nip)
    if len(n) != 18 or not n.isdigit() or not n.isascii():
        return (nip or "").strip()
    return f"{n[0:8]} {n[8:14]} {n[14]} {n[15:18]}"


# ---- pangkat / golongan --------------------------------------------------

PANGKAT: tuple[tuple[str, str], ...] = (
    ("I/a", "Juru Muda"),
    ("I/b", "Juru Muda Tingkat I"),
    ("I/c", "Juru"),
    ("I/d", "Juru Tingkat I"),
    ("II/a", "Pengatur Muda"),
    ("II/b", "Pengatur Muda Tingkat I"),
    ("II/c", "Pengatur"),
    ("II/d", "Pengatur Tingkat I"),
    ("III/a", "Penata Muda"),
    ("III/b", "Penata Muda Tingkat I"),
    ("III/c", "Penata"),
    ("III/d", "Penata Tingkat I"),
    ("IV/a", "Pembina"),
    ("IV/b", "Pembina Tingkat I"),
    ("IV/c", "Pembina Utama Muda"),
    ("IV/d", "Pembina Utama Madya"),
    ("IV/e", "Pembina Utama"),
)
_BY_GOLONGAN = dict(PANGKAT)
_BY_NAME = {name.lower(): (gol, name) for gol, name in PANGKAT}

_GOLONGAN = re.compile(r"^\s*(IV|III|II|I)\s*[/\-\s]?\s*([a-e])\s*$", re.IGNORECASE)
# "Tk 1", "Tk. I", "Tkt.I", "tingkat 1" -> "Tingkat I"
_TINGKAT = re.compile(r"\b(?:tingkat|tkt|tk)\b\.?\s*(?:1|I)\b", re.IGNORECASE)
_WITH_GOLONGAN = re.compile(r"^(.*?)[\s,/]*\(([^()]*)\)\s*$")


def normalize_golongan(text: str) -> str | None:
    """"iv b", "IV-b", "IV/B" -> "IV/b"; None if not a golongan."""
    m = _GOLONGAN.match(text or "")
    return f"{m.group(1).upper()}/{m.group(2).lower()}" if m else None


def pangkat_label(golongan: str) -> str:
    """"IV/b" -> "Pembina Tingkat I (IV/b)"."""
    gol = normalize_golongan(golongan)
    if gol is None or gol not in _BY_GOLONGAN:
        raise ValueError(f"Golongan \"{golongan}\" tidak dikenal: pakai I/a sampai IV/e.")
    return f"{_BY_GOLONGAN[gol]} ({gol})"


def _pangkat_name(text: str) -> tuple[str, str] | None:
    key = " ".join(_TINGKAT.sub("Tingkat I", text).split()).lower()
    return _BY_NAME.get(key)


def normalize_pangkat(text: str) -> str:
    """"Pembina Tk 1" -> "Pembina Tingkat I"; "pembina tk. I (iv/b)" -> "Pembina Tingkat I (IV/b)".

    Text that is not recognised, or whose pangkat and golongan disagree, is left as typed:
    better an odd rank on a letter than a wrong one.
    """
    raw = (text or "").strip()
    m = _WITH_GOLONGAN.match(raw)
    if m:
        found, gol = _pangkat_name(m.group(1)), normalize_golongan(m.group(2))
        if found and gol == found[0]:
            return f"{found[1]} ({gol})"
        return raw
    gol = normalize_golongan(raw)
    if gol in _BY_GOLONGAN:
        return pangkat_label(gol)
    found = _pangkat_name(raw)
    return found[1] if found else raw
