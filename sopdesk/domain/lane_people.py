"""Who belongs to a swimlane: officials whose position names the lane ("Camat" → "Camat Somagede",
"Kasubbag Perencanaan dan Keuangan" → "Kepala Subbagian Perencanaan dan Keuangan").

Lanes are positions written by whoever typed the SOP, officials' positions by whoever keeps the
list of officials, so the match forgives case, punctuation and the usual office abbreviations,
but not a different office: "Sekretaris Camat" is not in the lane "Camat".
"""
from __future__ import annotations

import re
from collections.abc import Sequence

_ABBREVIATIONS = {
    "kasubbag": "kepala subbagian", "kasubag": "kepala subbagian", "kasubbagian": "kepala subbagian",
    "kabag": "kepala bagian", "kasi": "kepala seksi", "kasie": "kepala seksi", "kaur": "kepala urusan",
    "sekcam": "sekretaris kecamatan", "sekdes": "sekretaris desa", "subbag": "subbagian", "subag": "subbagian",
    "staff": "staf", "kec": "kecamatan", "sie": "seksi", "pj": "penjabat", "plt": "pelaksana tugas",
}


def words(text: str) -> list[str]:
    """Lower-case words with the abbreviations written out ("Sub Bagian" is "subbagian")."""
    plain = re.sub(r"[^\w]+", " ", (text or "").casefold())
    plain = re.sub(r"\bsub (bagian|bag)\b", r"sub\1", plain)
    out: list[str] = []
    for w in plain.split():
        out += _ABBREVIATIONS.get(w, w).split()
    return out


def lane_match(lane: str, position: str) -> int:
    """2: the position is the lane; 1: it is a post in the lane (same first word, every lane word in it); 0: not."""
    lw, pw = words(lane), words(position)
    if not lw or not pw:
        return 0
    if lw == pw:
        return 2
    if lw[0] == pw[0] and all(pw.count(w) >= lw.count(w) for w in set(lw)):
        return 1
    return 0


def lane_first(lane: str, positions: Sequence[str]) -> tuple[list[int], list[int]]:
    """The indexes of `positions` in the lane (exact matches first, otherwise in the given order),
    and the indexes of the rest in their order."""
    scored = [(lane_match(lane, p), i) for i, p in enumerate(positions)]
    inside = [i for s, i in sorted(scored, key=lambda x: (-x[0], x[1])) if s > 0]
    rest = [i for s, i in scored if s == 0]
    return inside, rest
