"""The event stage's clause rules, on sentences written for these tests: which trigger a time
expression dates, who the subject is, and when two triggers are one event."""

import pytest


def events(nlp, text, published="2021-04-20"):
    doc = nlp.from_text(text, published=published)
    return doc, doc.events


def summary(ev):
    sources = [a["entity_id"] for a in ev.actors if a.get("role") == "source"]
    targets = [a["entity_id"] for a in ev.actors if a.get("role") == "target"]
    return ev.action, ev.trigger, (ev.date or {}).get("value"), sources, targets


def test_each_time_dates_the_action_before_it(nlp):
    _, evs = events(nlp, "Trước đó, Việt Nam gia nhập ASEAN ngày 28/7/1995 và tham gia APEC tháng 11/1998.")
    assert [summary(e)[:3] for e in evs] == [
        ("JOIN", "gia nhập", "1995-07-28"),
        ("JOIN", "tham gia", "1998-11"),
    ]
    assert all(summary(e)[3] == ["VNM"] for e in evs)  # the subject carries over, not the object ASEAN


def test_a_time_closing_a_fronted_phrase_dates_the_main_clause(nlp):
    _, evs = events(
        nlp, "Trong cuộc gặp giữa hai ngoại trưởng ngày 12/4, Indonesia đã kêu gọi Mỹ tăng đầu tư."
    )
    propose = next(e for e in evs if e.action == "PROPOSE")
    assert summary(propose) == ("PROPOSE", "kêu gọi", "2021-04-12", ["IDN"], ["USA"])


def test_what_was_said_keeps_its_own_dates(nlp):
    _, evs = events(
        nlp, "Bộ Ngoại giao Nga cho biết hai bên thỏa thuận chuẩn bị kế hoạch hợp tác sau năm 2020."
    )
    agree = next(e for e in evs if e.action == "AGREE")
    assert agree.date is None  # "sau năm 2020" is the plan's period, not when they agreed


def test_causative_subject_joins_too(nlp):
    _, evs = events(nlp, "Tổng thống Biden đã đưa Mỹ tái gia nhập Thỏa thuận Paris về biến đổi khí hậu.")
    join = next(e for e in evs if e.action == "JOIN")
    ids = {a["entity_id"] for a in join.actors}
    assert {"per:joe-biden", "USA"} <= ids
    assert join.object["entity_id"] == "agr:paris-agreement"


def test_a_trigger_repeated_by_the_same_subject_is_one_event(nlp):
    text = (
        "Trung Quốc và Nga đã đạt được đồng thuận.\n"
        "Hai bên ký Tuyên bố chung Trung - Nga về an ninh mạng, ký tại Bắc Kinh tháng 6/2019."
    )
    _, evs = events(nlp, text)
    signs = [e for e in evs if e.action == "SIGN_AGREEMENT"]
    assert len(signs) == 1
    assert summary(signs[0])[2:4] == ("2019-06", ["CHN", "RUS"])


def test_the_speaker_is_outside_the_quote(nlp):
    _, evs = events(nlp, '"Căng thẳng với Trung Quốc là vấn đề lớn nhất", ông Henry Kissinger nhấn mạnh.')
    statement = next(e for e in evs if e.action == "STATEMENT")
    assert summary(statement)[3] == ["per:henry-kissinger"]


def test_a_sports_story_yields_no_political_events(nlp):
    text = (
        "CLB Hà Nội gặp Thanh Hóa ở vòng 5 V-League tối 12/3.\n"
        "HLV của đội bóng thủ đô cho biết các cầu thủ đã sẵn sàng.\n"
        "Tiền đạo người Brazil kêu gọi người hâm mộ đến sân cổ vũ.\n"
        "Ban tổ chức giải đấu dự kiến bán hết vé trước trận."
    )
    _, evs = events(nlp, text)
    assert evs == []


def test_a_sports_word_in_world_news_does_not_silence_it(nlp):
    text = (
        "Ngày 5/6/2021, Ngoại trưởng Nhật Bản hội đàm với Ngoại trưởng Việt Nam tại Tokyo.\n"
        "Hai bên nhất trí tăng cường hợp tác kinh tế và an ninh.\n"
        "Hai ngoại trưởng cũng trao đổi về Thế vận hội Tokyo sắp diễn ra.\n"
        "Nhật Bản cam kết hỗ trợ Việt Nam 1 triệu liều vaccine."
    )
    _, evs = events(nlp, text)
    assert [e.action for e in evs][:2] == ["MEET", "AGREE"]


@pytest.mark.parametrize(
    "text, trigger",
    [
        (
            "Ngoại trưởng Australia thông báo sẽ hủy 4 thỏa thuận giữa bang Victoria và Trung Quốc.",
            "thỏa thuận",
        ),
        ("Hai nước đã cho thấy một mặt trận thống nhất chống lại Bắc Kinh.", "thống nhất"),
        ("Ấn Độ hôm nay tiếp tục công bố những con số kỷ lục về dịch bệnh.", "công bố"),
        ("Washington ban hành loạt lệnh trừng phạt lên Moscow.", "ban hành"),
        ("Trung Quốc nhiều lần bác bỏ những cáo buộc này.", "cáo buộc"),
        ("Bộ Giao thông vận tải còn gặp nhiều khó khăn về vốn.", "gặp"),
        ("Tàu ngầm của Hải quân Chile gặp nạn sáng 2/5 ngoài khơi Valparaíso.", "gặp"),
        ("Hai bên tranh cãi về nguồn cung cấp vaccine cho Bắc Ireland.", "cung cấp"),
        ("Trung Quốc đẩy mạnh các nỗ lực nhằm khẳng định sự thống trị tại Biển Đông.", "khẳng định"),
    ],
)
def test_nouns_and_figures_of_speech_are_not_events(nlp, text, trigger):
    doc = nlp.from_text(text, published="2021-04-30")
    assert trigger not in [e.trigger for e in doc.events]
