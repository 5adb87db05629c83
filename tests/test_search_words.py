"""The words a case is found by (domain/search_words.py): folding, letter numbers, search terms."""
from __future__ import annotations

import time

from sopdesk.domain.search_words import MAX_PARTS, MAX_TERMS, MAX_WORD, MAX_WORDS, fold, prefix_end, terms, words


def found(query: str, *texts: str) -> bool:
    """What the index does, without a database: every term starts one of the words."""
    have = words(*texts)
    return bool(terms(query)) and all(any(w.startswith(t) for w in have) for t in terms(query))


def test_fold_lower_case_without_accents():
    assert fold("Désa SUKAMÁJU") == "desa sukamaju"
    assert fold("Straße") == "strasse"
    assert fold("Jum'at, Ma\u2019ruf") == "jumat, maruf"      # apostrophes inside a word are dropped
    assert fold("m²") == "m2" and fold("ﬁle") == "file"  # compatibility forms


def test_words_of_indonesian_text():
    w = words("Penyusunan PK Sekcam Tahun 2025", "Perihal: Penyampaian Perjanjian Kinerja (PK) Kecamatan Somagede.")
    assert {"penyusunan", "pk", "sekcam", "tahun", "2025", "perihal", "penyampaian", "perjanjian", "kinerja",
            "kecamatan", "somagede"} == w


def test_words_in_any_order_as_prefixes():
    title = "Penyusunan PK Sekcam Tahun 2025"
    assert found("Sekcam 2025", title)
    assert found("2025 sekcam", title)
    assert found("SEK 20", title)
    assert found("sekcam tahun penyusunan pk 2025", title)
    assert not found("sekcam 2026", title)
    assert not found("camat", title)                 # the start of a word, not the middle
    assert found("penyusunan", "Pényusunan")


def test_letter_numbers_by_any_part_the_start_and_the_tail():
    number = "800/012/2026"
    assert {"800", "012", "2026", "800/012/2026", "012/2026"} == words(number)
    for query in ("012", "800/012", "800/012/2026", "012/2026", "800.012", "2026", "800/01"):
        assert found(query, number), query
    assert not found("800/2026", number)             # not neighbours in the number
    assert not found("12", number)                   # "012" starts with 0
    dotted = "000.7.2.7/123/2025"
    assert found("000.7.2.7", dotted) and found("123/2025", dotted) and found("7/123", dotted)


def test_people_with_titles_and_hyphens():
    assert found("siti s.e.", "Siti Rahayu, S.E.")
    assert found("rahayu se", "Siti Rahayu, S.E.") is False   # "S.E." is one compound: "s/e"
    assert found("e-ktp", "Layanan e-KTP") and found("ktp", "Layanan e-KTP")


def test_emoji_markup_and_punctuation_separate_words():
    assert words("Rapat 😀 penting <&> \"final\" [x]") == {"rapat", "penting", "final", "x"}
    assert words("<&>") == set() and words("😀🎉") == set() and words("") == set()
    assert terms("<&>") == [] and terms("   ") == [] and terms("😀") == []
    assert found("rapat final", "Rapat😀final")


def test_terms_drop_repeats_and_terms_another_term_starts_with():
    assert terms("Sekcam 2025") == ["sekcam", "2025"]
    assert terms("sek sekcam SEKCAM") == ["sekcam"]
    assert terms("800 800/012") == ["800/012"]
    assert len(terms(" ".join(f"kata{i}x" for i in range(50)))) == MAX_TERMS


def test_long_text_stays_bounded_and_fast():
    long_word = "a" * 5000
    assert words(long_word) == {"a" * MAX_WORD}
    assert found("a" * 200, long_word)               # a long term is cut the same way
    text = " ".join(f"kata{i}" for i in range(1000))[:5000]
    t0 = time.perf_counter()
    w = words(text)
    assert time.perf_counter() - t0 < 0.5
    assert "kata999" not in w and "kata1" in w
    slashes = "/".join(str(i) for i in range(2500))[:5000]
    w = words(slashes)
    assert all(len(x) <= MAX_WORD for x in w)
    assert len(w) == len(set(slashes.strip("/").split("/"))) + 1   # the parts and the whole, not every tail
    assert len(words("/".join("abcdefgh"[:MAX_PARTS]))) == 2 * MAX_PARTS - 1


def test_a_case_keeps_at_most_max_words_whichever_texts_they_come_from():
    many = [" ".join(f"w{i}x{j}" for j in range(500)) for i in range(10)]
    w = words(*many)
    assert len(w) == MAX_WORDS and w == set(sorted(set().union(*(words(t) for t in many)))[:MAX_WORDS])


def test_prefix_end_bounds_exactly_the_words_that_start_with_the_term():
    assert prefix_end("sek") == "sel"
    assert prefix_end("a\uffff") == "a\U00010000"
    assert prefix_end("x\ud7ff") == "x\ue000"
    for word in ("sek", "sekcam", "sek\U0001f600", "sek\uffff"):
        assert "sek" <= word < prefix_end("sek")
    for word in ("sej", "sel", "se"):
        assert not "sek" <= word < prefix_end("sek")
