import unicodedata

import pytest

from thoisu.model import Doc
from thoisu.text.normalize import fold, normalize, tone_key


@pytest.mark.parametrize(
    "modern, traditional",
    [
        ("hoà", "hòa"),
        ("Uỷ ban", "Ủy ban"),
        ("thuý", "thúy"),
        ("khoẻ", "khỏe"),
        ("tuỳ", "tùy"),
        ("Thanh Hoá", "Thanh Hóa"),
    ],
)
def test_tone_key_unifies_open_syllables(modern, traditional):
    assert tone_key(modern) == traditional
    assert tone_key(traditional) == traditional


@pytest.mark.parametrize("word", ["quý", "Quỳnh", "hoàng", "toán", "khuyến", "thuyền", "quà", "hoạt"])
def test_tone_key_leaves_closed_syllables_and_qu_alone(word):
    assert tone_key(word) == word


def test_fold_removes_diacritics_and_d_keeping_length():
    text = "Đông Nam Á, Hội nghị Cấp cao, Ủy ban, hoà"
    folded = fold(text)
    assert folded == "dong nam a, hoi nghi cap cao, uy ban, hoa"
    assert len(folded) == len(text)
    assert fold(tone_key("thuỷ")) == fold("thủy") == "thuy"


def test_normalize_whitespace_quotes_dashes_and_map():
    original = "  Nga\u00a0 và ASEAN\r\n\r\n\r\n“Hợp tác” – phát triển  \n"
    text, mapping = normalize(original)
    assert text == 'Nga và ASEAN\n\n"Hợp tác" - phát triển'
    doc = Doc(text=text, original=original, name="x", offset_map=mapping)
    for needle in ("Nga", "ASEAN", "Hợp tác", "phát triển"):
        i = text.index(needle)
        j = doc.to_original(i)
        assert original[j : j + len(needle)] == needle


def test_normalize_composes_decomposed_text_and_drops_zero_width():
    original = unicodedata.normalize("NFD", "Hội nghị") + "\u200b ở Hà Nội"
    text, mapping = normalize(original)
    assert text == "Hội nghị ở Hà Nội"
    doc = Doc(text=text, original=original, name="x", offset_map=mapping)
    i = text.index("Hà Nội")
    j = doc.to_original(i)
    assert original[j : j + 6] == "Hà Nội"
    assert doc.to_original(text.index("nghị")) == original.index("ngh")
