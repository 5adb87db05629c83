"""The office's own settings that documents and the calendar need."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from typing import Any


@dataclass(frozen=True)
class Official:
    """A person who signs or performs steps. A Bupati has no NIP."""

    name: str
    position: str = ""
    rank: str = ""        # pangkat/golongan, e.g. "Pembina Tingkat I (IV/b)"
    nip: str = ""
    active: bool = True
    active_from: str = ""  # YYYY-MM-DD or ""
    active_to: str = ""
    id: int | None = None


@dataclass(frozen=True)
class OfficeProfile:
    government: str = "PEMERINTAH KABUPATEN BANYUMAS"
    unit: str = "KECAMATAN SOMAGEDE"
    address: str = "Jalan Raya Somagede No. 9, Somagede"
    phone: str = ""
    postal_code: str = ""
    email: str = ""
    website: str = ""
    place: str = "Somagede"            # written before the date: "Somagede, 2 Januari 2027"
    head_position: str = "Camat Somagede"
    regent_position: str = "Bupati Banyumas"
    logo_path: str = ""
    paper: str = "F4"                  # "A4" or "F4"
    timezone: str = "Asia/Jakarta"
    numbering_template: str = "{kode}/{urut}/{tahun}"
    classification_code: str = "000.7.2.7"
    addressee: str = "Yth. Bupati Banyumas"
    addressee_attention: str = "u.p. Kepala Bagian Organisasi Setda Kabupaten Banyumas"
    addressee_place: str = "di Purwokerto"
    language: str = "id"

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> OfficeProfile:
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})

    def to_dict(self) -> dict[str, str]:
        return {f.name: getattr(self, f.name) for f in fields(self)}

    @property
    def address_line(self) -> str:
        # No-break spaces keep "Telp. 0281…" and "Email kec…" whole when the kop line wraps.
        parts = [self.address]
        if self.phone:
            parts.append(f"Telp.\u00a0{self.phone}")
        if self.postal_code:
            parts.append(f"Kode\u00a0Pos\u00a0{self.postal_code}")
        if self.email:
            parts.append(f"Email\u00a0{self.email}")
        return ", ".join(p for p in parts if p)
