"""Legacy Vietnamese encodings: Windows-1258, TCVN3 (ABC), VNI-Windows."""

from __future__ import annotations

import random
import unicodedata

import pytest

from thoisu.text.legacy import (
    ENCODINGS,
    LegacyEncodingError,
    _table,
    decode_legacy,
    encode_legacy,
    score_vietnamese,
)

# Every tone (huyền, sắc, hỏi, ngã, nặng), ư ơ ă â ê ô đ, upper and lower case.
SENTENCES = [
    "Chiều 15/3, tại Hà Nội, Thủ tướng Chính phủ đã tiếp Đại sứ Nhật Bản; hai bên khẳng định quan hệ "
    "Đối tác chiến lược toàn diện đang phát triển mạnh mẽ, thực chất và hiệu quả.",
    "Người phát ngôn Bộ Ngoại giao nhấn mạnh Việt Nam có đầy đủ cơ sở pháp lý và bằng chứng lịch sử "
    "khẳng định chủ quyền đối với quần đảo Hoàng Sa và Trường Sa, phù hợp với luật pháp quốc tế.",
    "Ấn Độ, Úc, Ý và Ả Rập Xê-út hoan nghênh Tuyên bố chung; Ủy ban Thường vụ Quốc hội đã phê chuẩn "
    "Hiệp định, mở ra giai đoạn mới trong hợp tác kinh tế, thương mại và đầu tư.",
    "ĐẠI HỘI ĐỒNG LIÊN HỢP QUỐC THÔNG QUA NGHỊ QUYẾT VỀ BIỂN ĐÔNG VỚI SỰ ỦNG HỘ CỦA NHIỀU NƯỚC, "
    "trong đó có những quốc gia vẫn luôn sẵn sàng nỗ lực giữ vững hòa bình, ổn định và tự do hàng hải.",
]
# TCVN3 (VN3) has no capitals with a tone mark: these keep diacritics on lowercase letters
# (and use only the capitals it has: Đ and the ASCII ones).
SENTENCES_TCVN3 = [
    "Chiều 15/3, tại Hà Nội, Thủ tướng Chính phủ đã tiếp Đại sứ Nhật Bản; hai bên khẳng định quan hệ "
    "Đối tác chiến lược toàn diện đang phát triển mạnh mẽ, thực chất và hiệu quả.",
    "Người phát ngôn Bộ Ngoại giao nhấn mạnh Việt Nam có đầy đủ cơ sở pháp lý và bằng chứng lịch sử "
    "khẳng định chủ quyền đối với quần đảo Hoàng Sa và Trường Sa, phù hợp với luật pháp quốc tế.",
    "Hai bên nhất trí sẽ sớm ký kết thỏa thuận về hợp tác kỹ thuật, đẩy mạnh những dự án năng lượng "
    "sạch, cũng như tăng cường giao lưu nhân dân, vì lợi ích thiết thực của mỗi nước.",
]

VOWELS = "a ă â e ê i o ô ơ u ư y".split()
TONES = ["", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"]
LOWER = sorted({unicodedata.normalize("NFC", v + t) for v in VOWELS for t in TONES} - set("aeiouy") | {"đ"})


def test_every_lowercase_letter_has_a_mapping():
    assert len(LOWER) == 67
    for name in ("tcvn3", "vni"):
        chars = set(_table(name).values())
        assert not [c for c in LOWER if c not in chars], name
    vni = set(_table("vni").values())
    assert not [c.upper() for c in LOWER if c.upper() not in vni]


@pytest.mark.parametrize(
    ("encoding", "sentences"),
    [("windows-1258", SENTENCES), ("vni", SENTENCES), ("tcvn3", SENTENCES_TCVN3)],
)
def test_round_trip(encoding, sentences):
    for text in sentences:
        data = encode_legacy(text, encoding)
        assert decode_legacy(data) == (text, encoding)
    whole = " ".join(sentences)
    decoded, detected = decode_legacy(encode_legacy(whole, encoding))
    assert detected == encoding and decoded == whole and unicodedata.is_normalized("NFC", decoded)


def test_known_bytes():
    # Independent anchors for each encoding ("Việt Nam", "người", "đã").
    assert encode_legacy("Việt Nam người đã", "windows-1258") == b"Vi\xea\xf2t Nam ng\xfd\xf5\xcci \xf0a\xde"
    assert encode_legacy("Việt Nam người đã", "tcvn3") == b"Vi\xd6t Nam ng\xad\xeai \xae\xb7"
    assert encode_legacy("Việt Nam người đã", "vni") == b"Vie\xe4t Nam ng\xf6\xf4\xf8i \xf1a\xf5"
    assert encode_legacy("VIỆT NAM ĐÃ", "vni") == b"VIE\xc4T NAM \xd1A\xd5"


def _cp1258_all_tones_combining(text: str) -> bytes:
    """Windows-1258 the way converters often write it: every tone mark as a combining byte."""
    out = []
    for char in unicodedata.normalize("NFC", text):
        nfd = unicodedata.normalize("NFD", char)
        tones = "".join(c for c in nfd if c in TONES[1:])
        base = unicodedata.normalize("NFC", "".join(c for c in nfd if c not in TONES[1:]))
        out.append(base + tones)
    return "".join(out).encode("cp1258")  # Python's codec: ă â ê ô ơ ư đ precomposed, tones combining


def test_windows_1258_combining_tones_are_composed():
    for text in SENTENCES:
        data = _cp1258_all_tones_combining(text)
        assert b"\xf2" in data and b"\xec" in data  # combining dot below, combining acute
        assert data.decode("cp1258") != text  # raw decoding is decomposed ...
        assert decode_legacy(data) == (text, "windows-1258")  # ... the result is NFC
        # encode_legacy prefers precomposed bytes where cp1258 has them (á = 0xE1), else combining.
        assert decode_legacy(encode_legacy(text, "windows-1258")) == (text, "windows-1258")


def test_tcvn3_capitals_with_tone_use_combining_marks():
    text = SENTENCES_TCVN3[0] + " Ủy ban Ấn Độ Ý kiến."
    data = encode_legacy(text, "tcvn3")
    assert b"U\xb1y" in data  # Ủ = U + combining hook above
    assert decode_legacy(data) == (text, "tcvn3")


def test_encode_refuses_what_the_encoding_cannot_hold():
    with pytest.raises(LegacyEncodingError):
        encode_legacy("中文", "vni")
    with pytest.raises(LegacyEncodingError):
        encode_legacy("ö", "vni")  # 0xF6 means ư in VNI
    with pytest.raises(LegacyEncodingError):
        encode_legacy("Việt Nam", "viscii")


def test_random_bytes_are_refused():
    for seed in range(5):
        data = random.Random(seed).randbytes(4000)
        with pytest.raises(LegacyEncodingError, match="no encoding is certain"):
            decode_legacy(data)


@pytest.mark.parametrize(
    "text",
    [
        "Le ministre des Affaires étrangères a reçu l'ambassadeur à Paris; les deux pays ont réaffirmé "
        "leur volonté de renforcer la coopération économique et culturelle, a déclaré le porte-parole.",
        "Der Außenminister traf sich in Berlin mit seinem vietnamesischen Amtskollegen; beide Länder "
        "wollen die wirtschaftliche Zusammenarbeit vertiefen, erklärte eine Sprecherin des Ministeriums.",
    ],
)
def test_latin1_western_text_is_refused(text):
    with pytest.raises(LegacyEncodingError) as info:
        decode_legacy(text.encode("latin-1"))
    message = str(info.value)
    assert "not UTF-8" in message and all(name in message for name in ENCODINGS)


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_very_short_input_is_refused(encoding):
    with pytest.raises(LegacyEncodingError, match="no encoding is certain"):
        decode_legacy(encode_legacy("Bộ Ngoại giao", encoding))


def test_ambiguous_bytes_are_refused():
    # 0xE0 is "à" in Windows-1258 and (unmapped, so Latin-1) in TCVN3 and VNI alike.
    with pytest.raises(LegacyEncodingError, match="leads"):
        decode_legacy(b"t\xe0i ch\xednh v\xe0 kinh t\xea cho ng\xe0nh b\xe0n")


def test_unicode_input_is_not_legacy():
    with pytest.raises(LegacyEncodingError, match="UTF-8"):
        decode_legacy("Việt Nam".encode())
    with pytest.raises(LegacyEncodingError, match="byte order mark"):
        decode_legacy("Việt Nam".encode("utf-16"))


def test_score_vietnamese():
    assert score_vietnamese(SENTENCES[1]) >= 0.9
    assert score_vietnamese(" ".join(SENTENCES)) >= 0.9
    # TCVN3 bytes shown as Windows-1252, and VNI bytes shown as Windows-1252: mojibake.
    assert score_vietnamese(encode_legacy(SENTENCES_TCVN3[1], "tcvn3").decode("cp1252")) < 0.5
    assert score_vietnamese(encode_legacy(SENTENCES[1], "vni").decode("cp1252")) < 0.5
    assert score_vietnamese("") == 0.0
