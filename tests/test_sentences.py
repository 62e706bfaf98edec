from thoisu.text.normalize import normalize
from thoisu.text.sentences import split_sentences


def units(text):
    text, _ = normalize(text)
    return [(s.kind, text[s.start : s.end]) for s in split_sentences(text)]


def texts(text):
    return [t for _, t in units(text)]


def test_header_units_title_timestamp_heading():
    got = units(
        "Quan hệ Việt - Lào\n09:05 02/03/2021\nHai nước ký hiệp định.\nHợp tác kinh tế\nKim ngạch tăng."
    )
    assert got == [
        ("title", "Quan hệ Việt - Lào"),
        ("timestamp", "09:05 02/03/2021"),
        ("text", "Hai nước ký hiệp định."),
        ("heading", "Hợp tác kinh tế"),
        ("text", "Kim ngạch tăng."),
    ]


def test_numbers_dates_and_decimal_comma_do_not_split():
    s = "Nga góp 1,5 triệu USD và 100.000 liều vaccine ngày 23/7/2008 và ngày 3.2.2020. Hai bên họp ngày 3-2."
    assert texts(s) == [
        "Nga góp 1,5 triệu USD và 100.000 liều vaccine ngày 23/7/2008 và ngày 3.2.2020.",
        "Hai bên họp ngày 3-2.",
    ]


def test_abbreviations_and_initials_do_not_split():
    s = "Ông Alexander A. Ivanov gặp TS. Nguyễn Văn A tại TP. Hồ Chí Minh. Sau đó ông về St. Petersburg."
    assert texts(s) == [
        "Ông Alexander A. Ivanov gặp TS. Nguyễn Văn A tại TP. Hồ Chí Minh.",
        "Sau đó ông về St. Petersburg.",
    ]


def test_vietnamese_capital_letter_before_dot_still_ends():
    assert texts("Nga mở rộng quan hệ ở Đông Nam Á. Nga cũng bán vũ khí.") == [
        "Nga mở rộng quan hệ ở Đông Nam Á.",
        "Nga cũng bán vũ khí.",
    ]


def test_quotes_and_parentheses():
    s = '"Chúng tôi hy vọng ASEAN sẽ tham gia. Hội nghị rất quan trọng", ông nói. Ông (theo TASS. Ngày 2) đã về.'
    assert texts(s) == [
        '"Chúng tôi hy vọng ASEAN sẽ tham gia.',
        'Hội nghị rất quan trọng", ông nói.',
        "Ông (theo TASS. Ngày 2) đã về.",
    ]
    assert texts('Ông nói: "Hợp tác sẽ tăng." Sau đó hai bên ký kết.') == [
        'Ông nói: "Hợp tác sẽ tăng."',
        "Sau đó hai bên ký kết.",
    ]


def test_offsets_slice_the_text():
    text, _ = normalize("Tiêu đề\n\nCâu một. Câu hai!  Câu ba?\n")
    for s in split_sentences(text):
        assert text[s.start : s.end] == text[s.start : s.end].strip()
        assert s.end > s.start


def test_a_sentence_end_glued_to_the_next_sentence_still_splits():
    s = 'Ông nói sẽ dùng "biện pháp cứng rắn".Ông cũng bảo vệ quyết định.Các nước họp tại TP.HCM với Dr.Smith.'
    assert texts(s) == [
        'Ông nói sẽ dùng "biện pháp cứng rắn".',
        "Ông cũng bảo vệ quyết định.",
        "Các nước họp tại TP.HCM với Dr.Smith.",
    ]
    # a web address is no sentence end
    assert texts("Theo dantri.com.vn.Tin mới.") == ["Theo dantri.com.vn.Tin mới."]
