"""Events on invented sentences, and the timeline that merges them across documents.

Extraction runs in-process on one sentence at a time; the timeline runs through the real CLI
(`cli` fixture style) against a store built once for the module from files written to a temp dir.
"""

from __future__ import annotations

import json

import pytest
from conftest import CLI, ingested, span

from thoisu.model import Doc, Event
from thoisu.query.timeline import merge


def event_at(doc: Doc, trigger: str, occ: int = 1) -> Event:
    start, end = span(doc, trigger, occ)
    found = [e for e in doc.events if (e.start, e.end) == (start, end)]
    assert found, (
        f"no event triggered by {trigger!r} at {start}-{end}; got {[(e.trigger, e.start, e.action) for e in doc.events]}"
    )
    ev = found[0]
    assert ev.trigger == trigger == doc.text[ev.start : ev.end]
    return ev


def actor_ids(ev: Event, role: str | None = None) -> list[str]:
    return [a["entity_id"] for a in ev.actors if role is None or a.get("role") == role]


# --- actions, arguments, dates ------------------------------------------------------------------
def test_signing_with_actors_object_place_and_day(nlp):
    doc = nlp.from_text(
        "Ngày 28/10/2010, tại Hà Nội, Nga và ASEAN đã ký Hiệp định Hợp tác Văn hóa ASEAN - Nga."
    )
    ev = event_at(doc, "ký")
    assert (ev.start, ev.end) == (45, 47)
    assert ev.action == "SIGN_AGREEMENT"
    assert sorted(actor_ids(ev, "source")) == ["RUS", "org:asean"]
    assert ev.object["text"] == "Hiệp định Hợp tác Văn hóa ASEAN - Nga" and ev.object["type"] == "AGREEMENT"
    assert doc.text[ev.object["start"] : ev.object["end"]] == ev.object["text"]
    assert ev.place["entity_id"] == "vn:ha-noi"
    assert (ev.date["value"], ev.date["granularity"]) == ("2010-10-28", "day")
    assert (ev.modality, ev.negated) == ("asserted", False)
    assert len([e for e in doc.events if e.action == "SIGN_AGREEMENT"]) == 1


def test_meeting_with_source_target_place_and_date(nlp):
    doc = nlp.from_text("Singapore hội đàm với Indonesia tại Jakarta ngày 3/3/2019.")
    ev = event_at(doc, "hội đàm")
    assert ev.action == "MEET"
    assert actor_ids(ev, "source") == ["SGP"]
    assert actor_ids(ev, "target") == ["IDN"]
    assert ev.place["entity_id"] == "city:jakarta"
    assert (ev.date["value"], ev.date["granularity"]) == ("2019-03-03", "day")


def test_meeting_between_ministers_named_after_titles(nlp):
    doc = nlp.from_text(
        "Ngoại trưởng Nga Sergey Lavrov hội đàm với Ngoại trưởng Indonesia Retno Marsudi tại Jakarta ngày 6/7/2021."
    )
    ev = event_at(doc, "hội đàm")
    assert ev.action == "MEET"
    assert actor_ids(ev, "source") == ["per:sergey-lavrov"]
    assert "per:retno-marsudi" in actor_ids(ev, "target")
    assert "RUS" not in actor_ids(ev, "target")
    assert ev.place["entity_id"] == "city:jakarta"
    assert ev.date["value"] == "2021-07-06"


def test_official_visit(nlp):
    doc = nlp.from_text("Ngày 15/7/1996, Thủ tướng Nhật Bản thăm chính thức Việt Nam.")
    ev = event_at(doc, "thăm chính thức")
    assert ev.action == "VISIT"
    assert actor_ids(ev, "source") == ["JPN"]
    assert actor_ids(ev, "target") == ["VNM"]
    assert ev.place["entity_id"] == "VNM"  # where the visitor goes is where the visit happens
    assert (ev.date["value"], ev.date["granularity"]) == ("1996-07-15", "day")


def test_joining_with_month_granularity(nlp):
    doc = nlp.from_text("Tháng 7/1996, Nga trở thành Đối tác Đối thoại đầy đủ của ASEAN.")
    [ev] = [e for e in doc.events if e.action == "JOIN"]
    assert ev.trigger.startswith("trở thành")
    assert actor_ids(ev, "source") == ["RUS"]
    assert ev.object["entity_id"] == "org:asean"
    # a month stays a month: never padded to 1996-07-01
    assert (ev.date["value"], ev.date["granularity"]) == ("1996-07", "month")


def test_planned_with_se_and_month(nlp):
    doc = nlp.from_text("Việt Nam và Lào sẽ ký Hiệp định Hợp tác Biên giới Việt Nam - Lào vào tháng 12/2021.")
    ev = event_at(doc, "ký")
    assert ev.action == "SIGN_AGREEMENT"
    assert ev.modality == "planned" and ev.negated is False
    assert actor_ids(ev, "source") == ["VNM", "LAO"]
    assert ev.object["text"] == "Hiệp định Hợp tác Biên giới Việt Nam - Lào"
    assert (ev.date["value"], ev.date["granularity"]) == ("2021-12", "month")


def test_planned_with_du_kien_hosting(nlp):
    doc = nlp.from_text(
        "Campuchia dự kiến đăng cai Hội nghị Cấp cao ASEAN lần thứ 40 tại Phnôm Pênh năm 2022."
    )
    ev = event_at(doc, "đăng cai")
    assert ev.action == "HOLD_CONFERENCE"
    assert ev.modality == "planned"
    assert actor_ids(ev, "source") == ["KHM"]
    assert (ev.object["text"], ev.object["type"]) == ("Hội nghị Cấp cao ASEAN lần thứ 40", "EVENT")
    assert ev.place["entity_id"] == "city:phnom-penh"
    assert (ev.date["value"], ev.date["granularity"]) == ("2022", "year")
    # "lần thứ 40" is part of the name, never a date
    assert all(t.text != "40" for t in doc.times)


def test_hoped(nlp):
    doc = nlp.from_text("Ấn Độ hy vọng tham gia Diễn đàn Khu vực ASEAN (ARF).")
    ev = event_at(doc, "tham gia")
    assert ev.action == "JOIN"
    assert ev.modality == "hoped"
    assert actor_ids(ev, "source") == ["IND"]
    assert ev.object["entity_id"] == "mech:arf"
    assert ev.date is None  # no fallback to any other date


def test_negated(nlp):
    doc = nlp.from_text("Nhật Bản không tham gia Hiệp định Thương mại Tự do Việt Nam - Mông Cổ.")
    ev = event_at(doc, "tham gia")
    assert ev.action == "JOIN"
    assert ev.negated is True and ev.modality == "asserted"
    assert actor_ids(ev, "source") == ["JPN"]
    assert ev.object["text"] == "Hiệp định Thương mại Tự do Việt Nam - Mông Cổ"


def test_planned_and_negated(nlp):
    doc = nlp.from_text("Thái Lan sẽ không tham gia Hiệp định Thương mại Tự do Việt Nam - Mông Cổ.")
    ev = event_at(doc, "tham gia")
    assert (ev.action, ev.negated, ev.modality) == ("JOIN", True, "planned")


def test_aid_amount(nlp):
    doc = nlp.from_text("Ngày 2/9/2021, Nhật Bản tặng Việt Nam 100.000 liều vắc xin.")
    ev = event_at(doc, "tặng")
    assert ev.action == "PROVIDE_AID"
    assert actor_ids(ev, "source") == ["JPN"]
    assert (ev.amount["value"], ev.amount["unit"]) == (100000.0, "dose")
    assert ev.date["value"] == "2021-09-02"


# --- what is not an event -----------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Đội tuyển Việt Nam gặp Thái Lan tại Băng Cốc trong khuôn khổ vòng loại World Cup.",
        "Đội tuyển Việt Nam gặp Thái Lan ở trận chung kết ngày 5/6/2021.",
    ],
)
def test_sports_match_is_not_a_meeting(nlp, text):
    doc = nlp.from_text(text)
    assert [e for e in doc.events if e.action == "MEET"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Các tổ chức quốc tế đánh giá cao vai trò của Việt Nam.",
        "Việt Nam phối hợp chặt chẽ với các tổ chức quốc tế tại Hà Nội.",
    ],
)
def test_to_chuc_as_a_noun_is_not_an_event(nlp, text):
    doc = nlp.from_text(text)
    at = doc.text.index("tổ chức")
    assert not any(e.start <= at < e.end for e in doc.events)
    assert not any(e.action == "HOLD_CONFERENCE" for e in doc.events)


def test_event_inside_a_name_is_not_an_event(nlp):
    doc = nlp.from_text("Tổ chức Hợp tác Thượng Hải (SCO) là một tổ chức khu vực.")
    assert not any(e.action == "HOLD_CONFERENCE" for e in doc.events)


# --- merge (in-process) -------------------------------------------------------------------------
def rec(
    action="SIGN_AGREEMENT",
    date=None,
    actors=("RUS", "org:asean"),
    place=None,
    obj=None,
    negated=False,
    doc="a",
):
    return {
        "doc": doc,
        "action": action,
        "negated": negated,
        "date": {"value": date, "granularity": None} if date else None,
        "actors": [{"entity_id": a, "text": a, "type": "LOC", "role": "source"} for a in actors],
        "place": {"entity_id": place, "text": place} if place else None,
        "object": {"entity_id": obj, "text": obj} if obj else None,
    }


def test_merge_same_signing_with_month_and_day():
    a = rec(date="2010-10", place="vn:ha-noi", doc="a")
    b = rec(date="2010-10-28", place="vn:ha-noi", doc="b")
    assert merge([a, b]) == [[a, b]]


def test_merge_place_missing_on_one_side_is_not_a_disagreement():
    a = rec(date="2010-10-28", place="vn:ha-noi")
    b = rec(date="2010-10", place=None, doc="b")
    assert len(merge([a, b])) == 1


@pytest.mark.parametrize(
    "other",
    [
        rec(action="MEET", date="2010-10-28", place="vn:ha-noi", doc="c"),  # another action
        rec(date="2010-10", place="city:bangkok", doc="d"),  # places disagree
        rec(date="2010-11", place="vn:ha-noi", doc="e"),  # dates disagree
        rec(date="2010-10-27", place="vn:ha-noi", doc="f"),  # days disagree
        rec(date="2010-10-28", actors=("CHN", "org:asean"), place="vn:ha-noi", doc="g"),  # other parties
        rec(date="2010-10-28", place="vn:ha-noi", negated=True, doc="h"),  # "did not sign"
    ],
)
def test_merge_keeps_different_events_apart(other):
    base = rec(date="2010-10-28", place="vn:ha-noi")
    assert merge([base, other]) == [[base], [other]]


def test_merge_subset_of_actors():
    a = rec(date="2010-10-28", actors=("RUS",))
    b = rec(date="2010-10-28", actors=("RUS", "org:asean"), doc="b")
    assert len(merge([a, b])) == 1


# --- the timeline through the real CLI ----------------------------------------------------------
DOCS = {
    "thang.txt": "Tháng 10/2010, Nga và ASEAN ký Hiệp định Hợp tác Văn hóa ASEAN - Nga tại Hà Nội.",
    "ngay.txt": "Ngày 28/10/2010, tại Hà Nội, Nga và ASEAN đã ký Hiệp định Hợp tác Văn hóa ASEAN - Nga.",
    "hoidam.txt": "Ngày 28/10/2010, Nga và ASEAN hội đàm tại Hà Nội.",
    "bangcoc.txt": "Tháng 10/2010, tại Băng Cốc, Nga và ASEAN ký Hiệp định Hợp tác Văn hóa ASEAN - Nga.",
    "nhat.txt": (
        "Ngày 15/7/1996, Thủ tướng Nhật Bản thăm chính thức Việt Nam.\n\n"
        "Tháng 7/1996, Nga trở thành Đối tác Đối thoại đầy đủ của ASEAN.\n\n"
        "Nhật Bản và Việt Nam nhất trí thúc đẩy hợp tác."
    ),
}


@pytest.fixture(scope="module")
def tl(tmp_path_factory) -> CLI:
    return ingested(tmp_path_factory.mktemp("timeline"), DOCS)


def entries(cli: CLI, *args: str) -> list[dict]:
    data = cli.json("timeline", *args)
    return data["entries"]


def test_timeline_merges_two_reports_of_one_signing(tl):
    signings = [e for e in entries(tl, "--action", "SIGN_AGREEMENT")]
    hanoi = [e for e in signings if {s["doc"] for s in e["sources"]} >= {"thang", "ngay"}]
    assert len(hanoi) == 1
    entry = hanoi[0]
    assert len(entry["sources"]) == 2
    assert entry["date"] == "2010-10-28" and entry["granularity"] == "day"  # the finer date wins
    assert entry["actors"] == ["RUS", "org:asean"]
    assert entry["object"] == "Hiệp định Hợp tác Văn hóa ASEAN - Nga"
    for s in entry["sources"]:
        assert s["text"] == DOCS[s["doc"] + ".txt"]
        assert s["sentence"] == 0


def test_timeline_keeps_other_action_and_other_place_apart(tl):
    all_entries = entries(tl)
    by_docs = [sorted(s["doc"] for s in e["sources"]) for e in all_entries]
    assert ["ngay", "thang"] in by_docs
    assert ["hoidam"] in by_docs  # a meeting on the same day is another event
    assert ["bangcoc"] in by_docs  # the same signing reported in another city: not merged
    bangcoc = next(e for e in all_entries if [s["doc"] for s in e["sources"]] == ["bangcoc"])
    assert (bangcoc["action"], bangcoc["date"]) == ("SIGN_AGREEMENT", "2010-10")


def test_timeline_order_and_undated(tl):
    data = tl.json("timeline")
    dates = [e["date"] for e in data["entries"]]
    assert dates.index("1996-07") < dates.index("1996-07-15") < dates.index("2010-10")
    assert dates == sorted(dates)  # ISO prefixes: coarser before finer at the same start
    assert all(e["date"] for e in data["entries"])
    undated = data["undated"]
    assert [e["action"] for e in undated] == ["AGREE"]
    assert undated[0]["date"] is None
    assert undated[0]["actors"] == ["JPN", "VNM"]
    assert undated[0]["sources"][0]["doc"] == "nhat"


def test_timeline_actor_filter(tl):
    japan = tl.json("timeline", "--actor", "Nhật Bản")
    assert [e["action"] for e in japan["entries"]] == ["VISIT"]
    assert [e["action"] for e in japan["undated"]] == ["AGREE"]
    # by English name, by id, without diacritics: the same entity
    for name in ("Japan", "JPN", "nhat ban"):
        assert tl.json("timeline", "--actor", name) == japan
    # repeated --actor: all must take part
    both = tl.json("timeline", "--actor", "Nga", "--actor", "ASEAN")
    # ASEAN takes part in Russia's joining as its object ("Đối tác ... của ASEAN")
    assert {e["action"] for e in both["entries"]} == {"SIGN_AGREEMENT", "MEET", "JOIN"}
    assert all({"RUS", "org:asean"} <= set(e["actors"]) for e in both["entries"] if e["action"] != "JOIN")
    assert all(
        "nhat" not in {s["doc"] for s in e["sources"]} or e["action"] == "JOIN" for e in both["entries"]
    )
    # a formal name resolves to the same country
    assert tl.json("timeline", "--actor", "Liên bang Nga") == tl.json("timeline", "--actor", "Nga")


def test_timeline_date_filters(tl):
    ninety_six = entries(tl, "--from", "1996", "--to", "1996")
    assert [e["date"] for e in ninety_six] == ["1996-07", "1996-07-15"]
    october = entries(tl, "--from", "2010-10", "--to", "2010-10-31")
    assert {e["date"] for e in october} == {"2010-10", "2010-10-28"}
    assert entries(tl, "--from", "2011") == []
    # a date filter drops undated events
    assert tl.json("timeline", "--from", "1990")["undated"] == []
    only_day = entries(tl, "--from", "1996-07-15", "--to", "1996-07-15")
    assert [e["action"] for e in only_day] == ["VISIT"]


def test_timeline_action_filter(tl):
    got = entries(tl, "--action", "visit")
    assert [(e["action"], e["date"]) for e in got] == [("VISIT", "1996-07-15")]
    both = entries(tl, "--action", "VISIT", "--action", "JOIN")
    assert [e["action"] for e in both] == ["JOIN", "VISIT"]


def test_timeline_formats(tl):
    data = tl.json("timeline")
    assert set(data) == {"entries", "undated"}
    for e in data["entries"] + data["undated"]:
        assert {"date", "granularity", "action", "summary", "actors", "sources"} <= set(e)
        assert e["summary"]
        for s in e["sources"]:
            assert {"doc", "sentence", "text", "event"} <= set(s)

    _, out, _ = tl("timeline", "--format", "jsonl")
    lines = [json.loads(line) for line in out.strip().splitlines()]
    assert len(lines) == len(data["entries"]) + len(data["undated"])
    assert [x for x in lines if x.get("undated")] == [dict(e, undated=True) for e in data["undated"]]
    assert [x for x in lines if not x.get("undated")] == data["entries"]

    _, md, _ = tl("timeline", "--format", "md")
    rows = md.strip().splitlines()
    assert rows[0] == "| date | action | event | sources |"
    assert rows[1] == "|---|---|---|---|"
    assert len(rows) == 2 + len(data["entries"]) + len(data["undated"])
    assert rows[-1].startswith("| (undated) | AGREE |")
    merged = next(r for r in rows if r.startswith("| 2010-10-28 | SIGN_AGREEMENT |"))
    assert merged.count("<br>") == 1

    _, table, _ = tl("timeline")
    assert "SIGN_AGREEMENT" in table and "(undated)" in table


def test_timeline_unknown_actor_exits_1_naming_it(tl):
    code, out, err = tl("timeline", "--actor", "Vương quốc Atlantis", check=1)
    assert "Vương quốc Atlantis" in err
    assert out == ""
    code, _, err = tl("timeline", "--actor", "Nga", "--actor", "Xứ Sở Thần Tiên", check=1)
    assert "Xứ Sở Thần Tiên" in err and "'Nga'" not in err


def test_timeline_bad_format_is_usage_error(tl):
    tl("timeline", "--format", "xml", check=2)


def test_visit_to_a_capital_targets_its_country_and_takes_place_there(nlp):
    doc = nlp.from_text("Ngày 3/5/2019, Thủ tướng Nhật Bản bay đến Bắc Kinh và ký một bản ghi nhớ.")
    visit = event_at(doc, "bay đến")
    assert actor_ids(visit, "source") == ["JPN"]
    assert actor_ids(visit, "target") == ["CHN"]  # Bắc Kinh, the capital, stands for China
    assert visit.place == {
        "entity_id": "city:beijing",
        "text": "Bắc Kinh",
        "type": "LOC",
        "start": 42,
        "end": 50,
    }
    signing = event_at(doc, "ký")
    assert signing.place["text"] == "Bắc Kinh"  # signed on the same trip


def test_fronted_setting_is_the_place_of_the_first_event(nlp):
    doc = nlp.from_text(
        "Trong buổi họp báo ngày 1/11 tại thủ đô Jakarta, Ngoại trưởng Indonesia Retno Marsudi cho biết hai bên sẽ hợp tác."
    )
    ev = event_at(doc, "cho biết")
    assert ev.place["entity_id"] == "city:jakarta"
    assert ev.place["text"] == "Jakarta"


def test_an_office_as_subject_is_the_person_the_document_names_in_it(nlp):
    doc = nlp.from_text(
        "Ngoại trưởng Indonesia Retno Marsudi đến Hà Nội. Ngoại trưởng Indonesia tuyên bố sẽ hợp tác. "
        "Tổng thống Nga Vladimir Putin đến Bắc Kinh. Nhà lãnh đạo Nga nhấn mạnh rằng hai bên sẽ hợp tác. "
        "Thủ tướng Nhật Bản cho biết sẽ tham dự."
    )
    assert actor_ids(event_at(doc, "tuyên bố"), "source") == ["per:retno-marsudi"]
    assert actor_ids(event_at(doc, "nhấn mạnh"), "source") == ["per:vladimir-putin"]
    assert actor_ids(event_at(doc, "cho biết"), "source") == [
        "JPN"
    ]  # nobody named in that office: the country


def test_targets_list_goes_on_through_member_words_but_stops_at_a_new_subject(nlp):
    doc = nlp.from_text(
        "Giới chức Nga cáo buộc Mỹ và các nước thành viên NATO gây căng thẳng. "
        "Nếu Nga tấn công Ukraine, Mỹ có thể sẽ cung cấp thêm khí tài cho Ukraine."
    )
    assert actor_ids(event_at(doc, "cáo buộc"), "target") == ["USA", "org:nato"]
    assert actor_ids(event_at(doc, "tấn công"), "target") == ["UKR"]
    assert actor_ids(event_at(doc, "cung cấp"), "source") == ["USA"]


def test_an_opening_speech_phrase_shares_the_subject_and_date_of_the_main_clause(nlp):
    doc = nlp.from_text(
        "Phát biểu tại cung điện nhà nước hôm nay (26/4), Tổng thống Indonesia Joko Widodo cho biết "
        "các thủy thủ là những người yêu nước.",
        published="2021-04-26",
    )
    for trigger in ("Phát biểu", "cho biết"):
        ev = event_at(doc, trigger)
        assert actor_ids(ev, "source") == ["per:joko-widodo"]
        assert ev.date["value"] == "2021-04-26"


def test_the_year_of_what_is_alleged_does_not_date_the_accusation(nlp):
    doc = nlp.from_text(
        "Mỹ cáo buộc Nga can thiệp vào cuộc bầu cử tổng thống năm 2020.", published="2021-04-20"
    )
    assert event_at(doc, "cáo buộc").date is None


def test_a_time_inside_a_subordinate_clause_dates_the_verb_right_after_it(nlp):
    doc = nlp.from_text(
        "Thủ tướng Nhật Bản đã phát biểu sau khi Bộ Ngoại giao Pháp ngày 9/4 công bố chính sách mới.",
        published="2021-04-20",
    )
    assert event_at(doc, "công bố").date["value"] == "2021-04-09"
    assert event_at(doc, "phát biểu").date is None  # the clause's time is not the remark's


def test_talks_between_two_sides_named_after_a_time(nlp):
    doc = nlp.from_text(
        "Sau cuộc đàm phán căng thẳng vào tháng trước giữa các nhà ngoại giao hàng đầu của Mỹ và Trung Quốc "
        "tại Anchorage, Trung Quốc thắt chặt quan hệ với Nga.",
        published="2021-04-20",
    )
    ev = event_at(doc, "đàm phán")
    assert (ev.action, actor_ids(ev, "source"), actor_ids(ev, "target")) == ("MEET", ["USA"], ["CHN"])
    assert ev.date["value"] == "2021-03"


def test_tariffs_are_a_sanction(nlp):
    doc = nlp.from_text("Bắc Kinh đã áp thuế với hàng hóa Australia.")
    ev = event_at(doc, "áp thuế")
    assert (ev.action, actor_ids(ev, "source")) == ("SANCTION", ["CHN"])


@pytest.mark.parametrize(
    "text, trigger, source, target",
    [
        ("Washington sẽ cung cấp thêm các tên lửa chống tăng Javelin cho Ukraine.", "cung cấp", "USA", "UKR"),
        ("Nga cũng cấm 8 quan chức cấp cao khác của Mỹ nhập cảnh.", "cấm", "RUS", "USA"),
        ("EU chỉ trích động thái của Nga.", "chỉ trích", "org:eu", "RUS"),
    ],
)
def test_the_target_after_the_object(nlp, text, trigger, source, target):
    ev = event_at(nlp.from_text(text), trigger)
    assert (actor_ids(ev, "source"), actor_ids(ev, "target")) == ([source], [target])


def test_an_office_of_a_country_is_the_holder_named_without_it(nlp):
    doc = nlp.from_text(
        "Tổng thống Joko Widodo thăm Hải quân. Tổng thống Indonesia tuyên bố thăng hàm cho các thủy thủ."
    )
    assert actor_ids(event_at(doc, "tuyên bố"), "source") == ["per:joko-widodo"]


def test_a_quote_first_saying_is_dated_by_the_time_after_it(nlp):
    doc = nlp.from_text(
        '"Mỹ sẽ cung cấp vật tư trong những ngày tới cho Ấn Độ", phát ngôn viên Ned Price cho biết hôm 29/4.',
        published="2021-04-30",
    )
    assert event_at(doc, "cho biết").date["value"] == "2021-04-29"


def test_a_speech_at_a_meeting_takes_the_meetings_day(nlp):
    doc = nlp.from_text(
        "Ngoại trưởng Vương Nghị phát biểu tại cuộc họp với các quan chức Mỹ ngày 23/4.",
        published="2021-04-24",
    )
    assert event_at(doc, "phát biểu").date["value"] == "2021-04-23"
    assert event_at(doc, "họp").date["value"] == "2021-04-23"


def test_timeline_summary_of_a_visit_names_the_destination_once(tl):
    visit = next(e for e in entries(tl) if e["action"] == "VISIT")
    assert visit["summary"] == "Nhật Bản thăm chính thức Việt Nam"


def test_theo_outlet_is_the_reports_source_not_the_actor(nlp):
    doc = nlp.from_text(
        "Theo Reuters, lô viện trợ khẩn cấp đầu tiên của Mỹ đã được chuyển đến Ấn Độ hôm nay."
    )
    ev = event_at(doc, "viện trợ")
    assert (ev.action, actor_ids(ev, "source")) == ("PROVIDE_AID", ["USA"])


def test_what_a_statement_says_is_its_object(nlp):
    doc = nlp.from_text(
        "Sau 4 ngày tìm kiếm, hải quân Indonesia tuyên bố tàu ngầm đã chìm ở độ sâu 838 m, bị vỡ thành 3 phần."
    )
    assert event_at(doc, "tuyên bố").object["text"] == "tàu ngầm đã chìm ở độ sâu 838 m"


def test_what_is_called_for_comes_after_whom_it_is_asked_of(nlp):
    doc = nlp.from_text("Ngoại trưởng Lavrov kêu gọi phía Mỹ minh bạch hơn về ý đồ của họ.")
    ev = event_at(doc, "kêu gọi")
    assert actor_ids(ev, "target") == ["USA"]
    assert ev.object["text"] == "minh bạch hơn về ý đồ"


def test_a_passive_takes_the_body_it_happened_in_as_its_agent(nlp):
    doc = nlp.from_text(
        "Kế hoạch Giải cứu nước Mỹ trị giá 1.900 tỷ USD được thông qua ở Quốc hội hồi tháng 3.",
        published="2021-04-28",
    )
    ev = event_at(doc, "thông qua")
    assert (ev.action, [a["text"] for a in ev.actors], ev.date["value"]) == ("ADOPT", ["Quốc hội"], "2021-03")


def test_a_time_before_a_main_predicate_does_not_date_a_later_subordinate_clause(nlp):
    doc = nlp.from_text(
        "Sáng 12/3, một tòa án ở Viêng Chăn đã xử phạt hai người đàn ông vì tổ chức tiệc sinh nhật "
        "khi Chính phủ Lào đang ban hành lệnh phong tỏa.",
        published="2021-03-20",
    )
    assert event_at(doc, "ban hành").date is None  # the fine is dated, not the ban
    doc = nlp.from_text(
        "Ngày 12/3, sau khi Chính phủ Lào ban hành lệnh phong tỏa, nhiều quán ăn đã đóng cửa.",
        published="2021-03-20",
    )
    assert event_at(doc, "ban hành").date["value"] == "2021-03-12"
