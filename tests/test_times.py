"""The Vietnamese temporal tagger: hand-written cases (tests/data/time_cases.yaml) and unit tests."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from thoisu.extract.time import find_times, infer_reference, parse_anchor, tag_times
from thoisu.model import Doc, Sentence
from thoisu.text.numbers import NUMBER_WORDS_RE, parse_number

CASES = yaml.safe_load((Path(__file__).parent / "data" / "time_cases.yaml").read_text(encoding="utf-8"))


def _case_id(case: dict) -> str:
    return case["context"][:48]


@pytest.mark.parametrize("case", CASES, ids=[_case_id(c) for c in CASES])
def test_case(case: dict) -> None:
    context, anchor = case["context"], case["anchor"]
    found = find_times(context, anchor)
    got = [(t.text, t.value, t.granularity, t.mod) for t in found]
    want = [(e["text"], str(e["value"]), e["granularity"], e.get("mod")) for e in case["expect"]]
    assert got == want
    pos = 0
    for t, e in zip(found, case["expect"], strict=True):
        start = context.index(e["text"], pos)
        assert (t.start, t.end) == (start, start + len(e["text"]))
        assert context[t.start : t.end] == t.text
        assert t.inferred is bool(e.get("inferred", False))
        pos = start + len(e["text"])


def test_enough_cases() -> None:
    assert len(CASES) >= 230
    assert sum(1 for c in CASES if not c["expect"]) >= 40


def test_results_sorted_and_disjoint() -> None:
    text = " ".join(c["context"] for c in CASES)
    found = find_times(text, "2021-04-27")
    assert found, "the joined cases contain many expressions"
    for a, b in zip(found, found[1:], strict=False):
        assert a.end <= b.start


# --- parse_number ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("s", "value"),
    [
        ("1,5", 1.5),
        ("100.000", 100000),
        ("1.500.000", 1500000),
        ("2,5 triệu", 2500000),
        ("1,5 tỷ", 1.5e9),
        ("100 nghìn", 100000),
        ("2 tỷ 500 triệu", 2.5e9),
        ("5.0", 5.0),
        ("14.2", 14.2),
        ("1.500,75", 1500.75),
        ("1,500,000", 1500000),
        ("một", 1),
        ("hai", 2),
        ("ba", 3),
        ("bốn", 4),
        ("năm", 5),
        ("sáu", 6),
        ("bảy", 7),
        ("tám", 8),
        ("chín", 9),
        ("mười", 10),
        ("mười lăm", 15),
        ("mười một", 11),
        ("hai mươi", 20),
        ("hai mươi mốt", 21),
        ("hai mươi tư", 24),
        ("hai mươi lăm", 25),
        ("năm mươi", 50),
        ("trăm", 100),
        ("một trăm hai mươi lăm", 125),
        ("một trăm linh năm", 105),
        ("hai trăm lẻ một", 201),
        ("ba nghìn năm trăm", 3500),
        ("hai triệu", 2e6),
        ("ngàn", 1000),
        ("nghìn tỷ", 1e12),
    ],
)
def test_parse_number(s: str, value: float) -> None:
    assert parse_number(s) == pytest.approx(value)


@pytest.mark.parametrize(
    "s", ["", "iOS", "024.3823.4567", "hai mươi năm", "Ba Lan", "năm năm", "G20", "mươi"]
)
def test_parse_number_rejects(s: str) -> None:
    assert parse_number(s) is None


def test_number_words_regex() -> None:
    text = (
        "sau hai năm, mười lăm năm và năm năm; một trăm linh năm người; năm mươi; hàng chục; bán lẻ; Năm 2003"
    )
    assert [m.group() for m in NUMBER_WORDS_RE.finditer(text)] == [
        "hai",
        "mười lăm",
        "một trăm linh năm",
        "năm mươi",
    ]


# --- anchors and the pipeline stage ------------------------------------------------------------
def test_parse_anchor_forms() -> None:
    assert parse_anchor("2020-10-01").iso == "2020-10-01"
    assert parse_anchor("2020-10-30T11:21").iso == "2020-10-30"
    assert parse_anchor("20201001").iso == "2020-10-01"
    assert parse_anchor("2020-10").iso == "2020-10"
    assert parse_anchor("2020").iso == "2020"
    assert parse_anchor(dt.date(2021, 4, 27)).iso == "2021-04-27"
    assert parse_anchor(dt.datetime(2021, 4, 27, 8, 0)).iso == "2021-04-27"
    assert parse_anchor(None) is None


def test_find_times_accepts_date_anchor_and_names_it() -> None:
    (t,) = find_times("Hôm qua, đoàn đã tới.", dt.date(2020, 10, 1))
    assert t.value == "2020-09-30"
    assert t.anchor == "2020-10-01"
    assert t.inferred is False
    (t,) = find_times("Ngày 3/2/2020, đoàn đã tới.", dt.date(2020, 10, 1))
    assert t.anchor is None  # an explicit date needs no anchor


def _doc(text: str, published: str | None = None, sentences: bool = False) -> Doc:
    doc = Doc(text=text, original=text, name="t", published=published)
    if sentences:
        start = 0
        for part in text.split(". "):
            doc.sentences.append(Sentence(start, start + len(part) + 1))
            start += len(part) + 2
    return doc


def test_tag_times_anchors_on_published() -> None:
    doc = tag_times(
        _doc("Bộ Ngoại giao ra thông báo vào ngày 3-2. Hôm qua, hai bên đã họp.", "2020-02-05", True)
    )
    assert [(t.text, t.value, t.inferred, t.anchor, t.sentence) for t in doc.times] == [
        ("ngày 3-2", "2020-02-03", False, "2020-02-05 (publication date)", 0),
        ("Hôm qua", "2020-02-04", False, "2020-02-05 (publication date)", 1),
    ]


def test_tag_times_published_datetime() -> None:
    doc = tag_times(_doc("Sáng nay, Thủ tướng chủ trì cuộc họp.", "2020-10-30T11:21"))
    assert [(t.value, t.granularity) for t in doc.times] == [("2020-10-30", "day")]
    assert doc.times[0].sentence is None  # no sentences split yet


def test_tag_times_infers_reference_without_published() -> None:
    text = (
        "Chuyến thăm diễn ra từ ngày 2 đến 4-2. Hai bên sẽ hợp tác trong giai đoạn sau năm 2020. "
        "Năm 2016, hội nghị được tổ chức tại Sochi. Năm nay, hai bên sẽ gặp lại."
    )
    doc = tag_times(_doc(text))
    by_text = {t.text: t for t in doc.times}
    assert by_text["từ ngày 2 đến 4-2"].value == "2020-02-02/2020-02-04"
    assert by_text["từ ngày 2 đến 4-2"].inferred is True
    assert by_text["từ ngày 2 đến 4-2"].anchor == "2020 (latest explicit date in text)"
    assert by_text["Năm nay"].value == "2020"
    assert by_text["Năm nay"].inferred is True
    assert by_text["Năm 2016"].inferred is False
    assert by_text["Năm 2016"].anchor is None


def test_inference_prefers_the_latest_point_and_skips_future_targets() -> None:
    text = (
        "Vào tháng 7/2022, Nga tổ chức kỷ niệm. Tuyên bố về quan hệ đến năm 2030 được thông qua cuối năm 2021. "
        "Năm nay, hai bên sẽ tiếp tục đối thoại. Nga viện trợ 100.000 liều vào cuối tháng 12 vừa qua."
    )
    ref = infer_reference(text)
    assert ref is not None and ref.iso == "2022-07"
    doc = tag_times(_doc(text))
    by_text = {t.text: t for t in doc.times}
    assert by_text["Năm nay"].value == "2022"
    assert by_text["cuối tháng 12 vừa qua"].value == "2021-12"
    assert by_text["cuối tháng 12 vừa qua"].mod == "end"
    assert by_text["cuối tháng 12 vừa qua"].anchor == "2022-07 (latest explicit date in text)"
    assert by_text["đến năm 2030"].value == "../2030"


def test_future_year_under_a_cue_is_not_the_reference() -> None:
    assert infer_reference("Năm 2019, dự án khởi công. Dự án sẽ hoàn thành vào năm 2030.").iso == "2019"


def test_unknown_year_when_nothing_can_be_inferred() -> None:
    doc = tag_times(_doc("Bộ Ngoại giao ra thông báo vào ngày 3-2 về cuộc họp hôm qua."))
    assert [(t.text, t.value, t.inferred, t.anchor) for t in doc.times] == [
        ("ngày 3-2", "XXXX-02-03", False, None),
        ("hôm qua", "XXXX-XX-XX", False, None),
    ]


def test_month_is_never_a_day() -> None:
    for t in find_times("Quan hệ bắt đầu từ tháng 7/1996 (Jakarta, 7/1996).", "2020-10-01"):
        assert t.value == "1996-07"
        assert t.granularity == "month"


def test_seed_like_header_line() -> None:
    (t,) = find_times("Quan hệ đối thoại ASEAN-Nga\n11:21 30/10/2020\n")
    assert (t.text, t.value, t.granularity) == ("11:21 30/10/2020", "2020-10-30T11:21", "time")


def test_tag_times_returns_the_doc() -> None:
    doc = _doc("Không có mốc thời gian nào ở đây.")
    assert tag_times(doc) is doc
    assert doc.times == []


def test_inference_tense_cue_compared_year() -> None:
    doc = tag_times(
        _doc("Doanh thu quý I tăng 12% so với cùng kỳ năm 2020. Năm nay, công ty đặt mục tiêu lớn.")
    )
    by_text = {t.text: t for t in doc.times}
    assert by_text["Năm nay"].value == "2021"
    assert by_text["Năm nay"].inferred is True
    assert by_text["Năm nay"].anchor == "2021 (year after 'năm 2020')"
    assert by_text["quý I"].value == "2021-Q1"
