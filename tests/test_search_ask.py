"""`thoisu search` and `thoisu ask` through the real CLI, on the bundled examples and on temp files."""

from __future__ import annotations

import json

import pytest
from conftest import CLI, EXAMPLES, SEEDS, ingested, needs_seeds

from thoisu.text.normalize import fold, tone_key


@pytest.fixture(scope="module")
def ex(tmp_path_factory) -> CLI:
    """One store with examples/ ingested, shared by the module."""
    cli = CLI(tmp_path_factory.mktemp("examples") / "t.db")
    code, out, err = cli("ingest", str(EXAMPLES))
    assert out.startswith("documents: 5 new"), err
    return cli


SEARCH_DOCS = {
    "ban-vu-khi.txt": "Nga bán vũ khí cho Ấn Độ theo hợp đồng mới.",
    "ban-thu-ky.txt": "Ban Thư ký ASEAN họp tại Jakarta.",
    "cap-cao.txt": "Hội nghị cấp cao diễn ra tại Hà Nội trong hai ngày.",
    "nang-cao.txt": "Nga nâng cao hợp tác với ASEAN ở mọi cấp.",
}


@pytest.fixture(scope="module")
def tmpstore(tmp_path_factory) -> CLI:
    return ingested(tmp_path_factory.mktemp("search"), SEARCH_DOCS)


def search(cli: CLI, query: str, *args: str) -> list[dict]:
    return cli.json("search", query, *args)


# --- search: diacritics optional ----------------------------------------------------------------
def test_search_without_diacritics_finds_summit(ex):
    hits = search(ex, "hoi nghi cap cao")
    assert hits
    assert all("hội nghị cấp cao" in h["sentence"].lower() for h in hits)
    assert any(h["doc"] == "viet-nam-wto" and "Hội nghị Cấp cao APEC" in h["sentence"] for h in hits)


def test_search_without_diacritics_finds_southeast_asia(ex):
    hits = search(ex, "dong nam a")
    assert hits
    assert any("Đông Nam Á" in h["sentence"] for h in hits)
    assert hits[0]["doc"] == "asean-trung-quoc"
    assert "Đông Nam Á" in hits[0]["sentence"]


def test_search_with_and_without_diacritics_find_the_same_sentences(ex):
    plain = {(h["doc"], h["index"]) for h in search(ex, "hiep dinh")}
    marked = {(h["doc"], h["index"]) for h in search(ex, "Hiệp định")}
    assert plain and plain == marked


def test_exact_diacritics_rank_first(tmpstore):
    hits = search(tmpstore, "bán")
    docs = [h["doc"] for h in hits]
    assert set(docs) >= {"ban-vu-khi", "ban-thu-ky"}  # "ban" matches both when folded
    assert docs[0] == "ban-vu-khi"
    assert hits[0]["score"] > next(h["score"] for h in hits if h["doc"] == "ban-thu-ky")

    hits = search(tmpstore, "ban")
    docs = [h["doc"] for h in hits]
    assert set(docs) >= {"ban-vu-khi", "ban-thu-ky"}
    assert docs[0] == "ban-thu-ky"


def test_quoted_phrase_needs_adjacent_words(tmpstore):
    loose = {h["doc"] for h in search(tmpstore, "cap cao")}
    assert loose == {"cap-cao", "nang-cao"}  # both sentences hold both words
    phrase = {h["doc"] for h in search(tmpstore, '"cap cao"')}
    assert phrase == {"cap-cao"}
    assert {h["doc"] for h in search(tmpstore, '"cấp cao" Hà Nội')} == {"cap-cao"}


def test_words_found_in_no_sentence(tmpstore):
    code, out, err = tmpstore("search", "xyzzyq", "--format", "json")
    assert json.loads(out) == []
    code, out, err = tmpstore("search", "xyzzyq")
    assert code == 0 and "no sentence matches" in err


@pytest.mark.parametrize(
    "query", ["AND (", '"hội nghị', "hoi nghi AND (", "OR )", '"', "*", "NEAR(", 'cấp cao"', "-", "((("]
)
def test_stray_syntax_does_not_crash(ex, query):
    code, out, err = ex("search", query, "--format", "json")
    assert code == 0, err
    assert isinstance(json.loads(out), list)
    assert "Traceback" not in err


def test_stray_syntax_falls_back_to_plain_terms(ex):
    hits = search(ex, "hoi nghi AND (")
    assert hits and all("hội nghị" in h["sentence"].lower() for h in hits)
    unbalanced = search(ex, '"hoi nghi cap cao')
    assert unbalanced and all("hội nghị cấp cao" in h["sentence"].lower() for h in unbalanced)


def test_search_json_fields_and_offsets(ex):
    hits = search(ex, "Việt Nam", "--limit", "50")
    assert len(hits) > 3
    shown = {}
    for h in hits:
        assert {"doc", "index", "sentence", "start", "end", "score", "highlights"} <= set(h)
        if h["doc"] not in shown:
            shown[h["doc"]] = ex.json("show", h["doc"])
        doc = shown[h["doc"]]
        assert doc["text"][h["start"] : h["end"]] == h["sentence"]
        assert doc["sentences"][h["index"]]["text"] == h["sentence"]
        assert h["highlights"]
        for a, b in h["highlights"]:
            assert h["start"] <= a < b <= h["end"]
            assert fold(tone_key(doc["text"][a:b])).lower() in {"viet", "nam"}
    scores = [h["score"] for h in hits]
    assert scores == sorted(scores, reverse=True)


def test_search_limit_and_doc_filter(ex):
    assert len(search(ex, "Việt Nam", "--limit", "2")) == 2
    only = search(ex, "Việt Nam", "--doc", "viet-nam-eu")
    assert only and {h["doc"] for h in only} == {"viet-nam-eu"}


# --- ask on the examples ------------------------------------------------------------------------
def ask(cli: CLI, question: str) -> dict:
    reply = cli.json("ask", question)
    assert {"question", "answer", "normalized", "evidence", "confidence"} <= set(reply)
    assert reply["question"] == question
    return reply


def check_evidence(cli: CLI, reply: dict) -> None:
    assert reply["evidence"]
    for ev in reply["evidence"]:
        assert {"doc", "sentence", "text", "start", "end"} <= set(ev)
        doc = cli.json("show", ev["doc"])
        assert doc["sentences"][ev["sentence"]]["text"] == ev["text"]
        assert doc["text"][ev["start"] : ev["end"]] == ev["text"]
    assert 0 < reply["confidence"] <= 1


@pytest.mark.parametrize(
    ("question", "normalized", "doc", "evidence_has"),
    [
        ("Việt Nam gia nhập ASEAN khi nào?", "1995-07-28", "viet-nam-wto", "gia nhập ASEAN ngày 28/7/1995"),
        (
            "Việt Nam và Hoa Kỳ thiết lập quan hệ ngoại giao khi nào?",
            "1995-07-12",
            "viet-nam-hoa-ky",
            "thiết lập quan hệ ngoại giao ngày 12/7/1995",
        ),
        ("Trung Quốc trở thành Đối tác Đối thoại của ASEAN năm nào?", "1991", "asean-trung-quoc", "năm 1991"),
        ("Chủ tịch nước Trương Tấn Sang thăm Hoa Kỳ khi nào?", "2013-07", "viet-nam-hoa-ky", "Tháng 7/2013"),
    ],
)
def test_ask_date(ex, question, normalized, doc, evidence_has):
    reply = ask(ex, question)
    assert reply["type"] == "date"
    assert reply["normalized"] == normalized
    assert reply["answer"]
    assert reply["evidence"][0]["doc"] == doc
    assert evidence_has in reply["evidence"][0]["text"]
    check_evidence(ex, reply)


@pytest.mark.parametrize(
    ("question", "answer", "normalized", "doc"),
    [
        ("Việt Nam và EU ký Hiệp định EVFTA ở đâu?", "Hà Nội", "Hanoi", "viet-nam-eu"),
        (
            "Trung Quốc tham gia Hiệp ước Thân thiện và Hợp tác ở Đông Nam Á ở đâu?",
            "Bali",
            "Bali",
            "asean-trung-quoc",
        ),
    ],
)
def test_ask_place(ex, question, answer, normalized, doc):
    reply = ask(ex, question)
    assert reply["type"] == "place"
    assert (reply["answer"], reply["normalized"]) == (answer, normalized)
    assert reply["evidence"][0]["doc"] == doc
    check_evidence(ex, reply)


def test_ask_number(ex):
    reply = ask(ex, "Đại hội đồng Liên Hợp Quốc bầu Việt Nam với bao nhiêu phiếu thuận?")
    assert reply["type"] == "number"
    assert reply["normalized"] == 192
    assert "192" in reply["answer"]
    assert reply["evidence"][0]["doc"] == "viet-nam-hdba"
    assert "192 phiếu thuận" in reply["evidence"][0]["text"]
    check_evidence(ex, reply)


def test_ask_list(ex):
    reply = ask(ex, "Việt Nam và EU đã ký những hiệp định nào?")
    assert reply["type"] == "list"
    assert isinstance(reply["answer"], list) and isinstance(reply["normalized"], list)
    assert {"EU–Vietnam Free Trade Agreement", "EU–Vietnam Investment Protection Agreement"} <= set(
        reply["normalized"]
    )
    assert all(e["doc"] == "viet-nam-eu" for e in reply["evidence"])
    check_evidence(ex, reply)


@pytest.mark.parametrize(
    ("question", "unknown"),
    [
        ("Việt Nam và Lào ký hiệp định khi nào?", "Lào"),
        ("Ngoại trưởng Nga Sergey Lavrov thăm Việt Nam khi nào?", "Sergey Lavrov"),
    ],
)
def test_ask_about_an_entity_not_in_the_store(ex, question, unknown):
    reply = ask(ex, question)
    assert reply["answer"] is None and reply["normalized"] is None
    assert reply["evidence"] == []
    assert unknown in reply["not_found"]
    assert unknown in reply["message"]
    code, out, _ = ex("ask", question)
    assert code == 0 and unknown in out


@pytest.mark.parametrize(
    "question",
    [
        "Việt Nam và EU thiết lập quan hệ ngoại giao khi nào?",
        "Trung Quốc và ASEAN tổ chức Hội nghị Cấp cao APEC ở đâu?",
    ],
)
def test_ask_fact_not_stated(ex, question):
    reply = ask(ex, question)
    assert reply["answer"] is None and reply["normalized"] is None
    assert reply["evidence"] == []
    assert not reply.get("not_found")


# --- the seed documents, end to end -------------------------------------------------------------
@pytest.fixture(scope="module")
def seeds(tmp_path_factory) -> CLI:
    cli = CLI(tmp_path_factory.mktemp("seeds") / "t.db")
    cli("ingest", str(SEEDS))
    return cli


@needs_seeds
def test_seeds_dialogue_partner_date(seeds):
    reply = ask(seeds, "Nga trở thành Đối tác Đối thoại đầy đủ của ASEAN khi nào?")
    assert reply["type"] == "date"
    assert reply["normalized"] == "1996-07"
    ev = reply["evidence"][0]
    assert ev["doc"] == "002_9f8e7fe52f313744"
    assert "AMM-29" in ev["text"]
    check_evidence(seeds, reply)


@needs_seeds
@pytest.mark.parametrize(
    "question", ["Nga gia nhập NATO khi nào?", "Việt Nam và Lào ký hiệp định biên giới khi nào?"]
)
def test_seeds_unanswerable(seeds, question):
    reply = ask(seeds, question)
    assert reply["answer"] is None and reply["normalized"] is None
    assert reply["evidence"] == []


# --- yes/no and counted questions, on documents written for these tests --------------------------
YESNO_DOCS = {
    "truc-xuat.txt": "# date = 20210420\nNgày 15/4, Mỹ đã trục xuất 10 nhà ngoại giao Nga.\n"
    "Nhật Bản hôm nay đã gửi 300 máy thở đến Ấn Độ.\n"
    "Hàn Quốc hôm nay thông báo sẽ gửi 200 máy thở đến Ấn Độ.\n"
    "Thủ tướng Australia Scott Morrison cho biết ông không nhận thấy lợi ích nào từ thỏa thuận với Trung Quốc.\n"
    "Ấn Độ khó có khả năng tiếp tục xuất khẩu vắc xin sang Bangladesh.\n"
    "Nga triển khai thêm 100.000 binh sĩ tới biên giới với Ukraine.\n",
}


@pytest.fixture(scope="module")
def yesno(tmp_path_factory) -> CLI:
    return ingested(tmp_path_factory.mktemp("yesno"), YESNO_DOCS)


def test_ask_yes_from_an_asserted_event(yesno):
    reply = ask(yesno, "Mỹ có trục xuất các nhà ngoại giao Nga không?")
    assert reply["type"] == "yesno"
    assert (reply["answer"], reply["normalized"]) == ("có", True)
    assert reply["evidence"][0]["text"] == "Ngày 15/4, Mỹ đã trục xuất 10 nhà ngoại giao Nga."


def test_ask_no_when_the_sentence_denies_just_what_was_asked(yesno):
    reply = ask(yesno, "Thủ tướng Scott Morrison có thấy lợi ích nào từ thỏa thuận với Trung Quốc không?")
    assert (reply["answer"], reply["normalized"]) == ("không", False)


def test_ask_yes_when_the_sentence_states_every_word_in_order(yesno):
    reply = ask(yesno, "Nhật Bản có gửi máy thở đến Ấn Độ không?")
    assert reply["normalized"] is True
    assert reply["evidence"][0]["text"].startswith("Nhật Bản hôm nay đã gửi")


@pytest.mark.parametrize(
    "question",
    [
        "Ấn Độ có xuất khẩu vắc xin sang Bangladesh không?",  # hedged: "khó có khả năng"
        "Hàn Quốc có gửi máy thở đến Ấn Độ không?",  # only "sẽ gửi": planned, not done
        "Nga có trục xuất các nhà ngoại giao Mỹ không?",  # the wrong way round
        "Nga đã rút bao nhiêu binh sĩ khỏi biên giới với Ukraine?",  # a number of troops sent, not withdrawn
    ],
)
def test_ask_gives_no_answer_the_text_does_not_state(yesno, question):
    reply = ask(yesno, question)
    assert reply["answer"] is None, reply


def test_ask_counts_with_the_verb_asked(yesno):
    reply = ask(yesno, "Nga triển khai thêm bao nhiêu binh sĩ tới biên giới?")
    assert reply["normalized"] == 100000


DEADLINE_DOCS = {
    "rut-quan.txt": "# date = 20210423\nBộ trưởng Quốc phòng Nga Sergei Shoigu ngày 22/4 ra lệnh cho binh sĩ Nga "
    "rút về các căn cứ thường trực bắt đầu từ hôm nay 23/4 và hoàn tất trước 1/5.\n",
}


def test_ask_deadline_is_the_date_after_truoc(tmp_path):
    store = ingested(tmp_path, DEADLINE_DOCS)
    reply = ask(store, "Binh sĩ Nga phải hoàn tất việc rút về các căn cứ thường trực trước ngày nào?")
    assert (reply["answer"], reply["normalized"]) == ("1/5", "2021-05-01")
    start = ask(store, "Binh sĩ Nga bắt đầu rút về các căn cứ thường trực từ ngày nào?")
    assert start["normalized"] == "2021-04-23"


CONTEXT_DOCS = {
    "noi-cac.txt": "# date = 20210423\nThủ tướng Singapore Lý Hiển Long công bố cải tổ nội các.\n"
    "Bộ trưởng Giao thông Ong Ye Kung sẽ trở thành Bộ trưởng Y tế.\n"
    "Các quyết định bổ nhiệm mới trong nội các này có hiệu lực từ ngày 15/5.\n"
    "Bộ trưởng Quốc phòng Ng Eng Hen ngày 22/4 thị sát một cuộc tập trận.\n",
}


def test_ask_reads_a_sentence_that_leaves_the_entity_to_its_document(tmp_path):
    store = ingested(tmp_path, CONTEXT_DOCS)
    reply = ask(store, "Các quyết định bổ nhiệm mới trong nội các Singapore có hiệu lực từ ngày nào?")
    assert reply["normalized"] == "2021-05-15"
    assert (
        reply["evidence"][0]["text"]
        == "Các quyết định bổ nhiệm mới trong nội các này có hiệu lực từ ngày 15/5."
    )


@pytest.mark.parametrize(
    "question",
    [
        "Năm nào Ng Eng Hen trở thành Bộ trưởng Quốc phòng Singapore?",  # a date of something else
        "Ai là Bộ trưởng Ngoại giao Singapore?",  # another office than the ones named
    ],
)
def test_ask_does_not_answer_from_a_sentence_about_something_else(tmp_path, question):
    store = ingested(tmp_path, CONTEXT_DOCS)
    assert ask(store, question)["answer"] is None


HONEST_DOCS = {
    "tau-ngam.txt": "# date = 20210426\nTàu ngầm KRI Nanggala 402 của Indonesia do Đức sản xuất năm 1978 đã mất tích "
    "khi đang tập trận ở ngoài khơi Bali.\nSau 4 ngày tìm kiếm, hải quân Indonesia tuyên bố tàu ngầm đã chìm "
    "ở độ sâu 838 m, cách bờ biển 160km.\nFaith Doherty, người đứng đầu chiến dịch bảo vệ rừng, nói chính quyền "
    "quân sự Myanmar thu lợi từ gỗ.\nNgoại trưởng Indonesia Retno Marsudi ngày 1/11 cho biết Indonesia sẽ không "
    "nhường lãnh thổ.\n",
}


@pytest.mark.parametrize(
    "question",
    [
        "Tàu ngầm KRI Nanggala 402 mất tích vào ngày nào?",  # 1978 dates "sản xuất", not "mất tích"
        "Hải quân Indonesia giữ lại bao nhiêu tàu ngầm ở Bali?",  # 160km is a distance, not a count
        "Ai là người đứng đầu chính quyền quân sự Myanmar?",  # the words are there, not the description
        "Bà Retno Marsudi giữ chức Ngoại trưởng Indonesia từ năm nào?",  # 1/11 dates what she said
    ],
)
def test_ask_does_not_answer_tempting_questions_the_text_leaves_open(tmp_path, question):
    store = ingested(tmp_path, HONEST_DOCS)
    assert ask(store, question)["answer"] is None


def test_ask_depth_from_the_same_documents(tmp_path):
    store = ingested(tmp_path, HONEST_DOCS)
    assert ask(store, "Tàu ngầm KRI Nanggala 402 chìm ở độ sâu bao nhiêu mét?")["normalized"] == 838


def test_ask_count_after_a_filler_and_a_product_by_its_kind(tmp_path):
    store = ingested(
        tmp_path,
        {
            "thoa-thuan.txt": "# date = 20210421\nNgoại trưởng Australia Marise Payne tuyên bố sẽ hủy 4 thỏa thuận "
            "với Trung Quốc.\nUkraine đề nghị triển khai hệ thống tên lửa Patriot trên lãnh thổ Ukraine.\n",
        },
    )
    assert ask(store, "Bà Payne tuyên bố sẽ hủy tổng cộng bao nhiêu thỏa thuận?")["normalized"] == 4
    reply = ask(store, "Ukraine đề nghị triển khai hệ thống tên lửa nào trên lãnh thổ của mình?")
    assert reply["answer"] == "Patriot"


TEMPTING_DOCS = {
    "tempting.txt": "# date = 20210427\nNhật Bản duy trì lượng dự trữ xăng dầu đủ để đáp ứng tiêu dùng "
    "nội địa trong 200 ngày.\nViệt Nam là đối tác của Nhật Bản.\nTheo thăm dò của Marist, ông Biden được 52% cử tri "
    "ủng hộ ở Florida.\nBộ trưởng Giao thông Ong Ye Kung sẽ trở thành Bộ trưởng Y tế Singapore.\n"
    "Khoản trợ cấp 1.400 USD đã đến với nhiều gia đình Mỹ.\nMoscow bị cáo buộc đưa binh sĩ áp sát biên giới "
    "Ukraine.\nTuần trước, Australia thông báo hủy 2 thỏa thuận mà bang Victoria đã ký với Trung Quốc.\n",
}


@pytest.mark.parametrize(
    "question",
    [
        "Lượng dự trữ xăng dầu của Việt Nam đủ đáp ứng tiêu dùng nội địa trong bao nhiêu ngày?",  # Japan's
        "Theo thăm dò, ông Biden dẫn trước ông Trump bao nhiêu điểm ở Florida?",  # a share is not a lead
        "Ai sẽ trở thành Bộ trưởng Giao thông Singapore thay ông Ong Ye Kung?",  # the post is held, not taken
        "Bao nhiêu gia đình Mỹ đã nhận khoản trợ cấp 1.400 USD?",  # the question's own number
        "Binh sĩ Nga áp sát biên giới Ukraine ở đâu?",  # Moscow is the subject, not a place
        "Bang Victoria ký các thỏa thuận với Trung Quốc vào năm nào?",  # "tuần trước" dates the cancelling
    ],
)
def test_ask_leaves_tempting_questions_open(tmp_path, question):
    store = ingested(tmp_path, TEMPTING_DOCS)
    assert ask(store, question)["answer"] is None


def test_ask_a_country_when_one_is_asked_and_no_yes_for_someone_else(tmp_path):
    store = ingested(
        tmp_path,
        {
            "mo.txt": "# date = 20210426\nMỏ quặng sắt Simandou ở quốc gia Tây Phi Guinea là nguồn thay thế lớn nhất.\n"
            "Nga cáo buộc các nước thành viên NATO cung cấp vũ khí cho Ukraine.\n",
        },
    )
    assert ask(store, "Mỏ quặng sắt Simandou nằm ở quốc gia nào?")["normalized"] == "Guinea"  # not "Tây Phi"
    assert ask(store, "Ukraine đã là thành viên của NATO chưa?")["answer"] is None


def test_ask_whom_an_action_was_done_to(tmp_path):
    store = ingested(
        tmp_path,
        {
            "bo-nhiem.txt": "# date = 20201020\nÔng Trump đã bổ nhiệm thẩm phán Amy Coney Barrett vào Tòa án Tối cao.\n"
        },
    )
    assert ask(store, "Ông Trump bổ nhiệm ai vào Tòa án Tối cao?")["answer"] == "Amy Coney Barrett"


def test_ask_who_held_the_office_named_with_an_action(tmp_path):
    store = ingested(
        tmp_path,
        {
            "my.txt": "# date = 20200712\nNgày 11/7/1995, Tổng thống Mỹ Bill Clinton tuyên bố bình thường hóa quan hệ với Việt Nam.\n"
        },
    )
    reply = ask(store, "Ai là Tổng thống Mỹ tuyên bố bình thường hóa quan hệ với Việt Nam?")
    assert reply["answer"] == "Bill Clinton"


def test_ask_refuses_an_empty_question(ex):
    code, out, err = ex("ask", " ? ", check=None)
    assert code == 2
    assert "the question is empty" in err
