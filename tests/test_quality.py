"""The quality gate: `thoisu eval --set test --check` fails when a figure drops more than two points
below the one recorded in docs/quality.json (from which the README's table is generated)."""

import json

from conftest import ROOT, needs_corpus

from thoisu.eval.gold import load_gold_set
from thoisu.eval.report import RECORDED


def test_gold_files_resolve_and_split():
    docs = load_gold_set("all")
    assert len(docs) >= 30
    splits = {d.split for d in docs}
    assert splits == {"dev", "test"}
    full = [d for d in docs if "entities" in d.scope]  # QA-only files add questions, not annotated text
    test_share = sum(d.split == "test" for d in full) / len(full)
    assert 0.25 <= test_share <= 0.40
    assert sum(len(d.qa) for d in docs) >= 60
    assert sum(1 for d in docs for q in d.qa if q["answer"] is None) >= 10


def test_recorded_figures_match_readme():
    data = json.loads(RECORDED.read_text("utf-8"))
    readme = (ROOT / "README.md").read_text("utf-8")
    for split in ("dev", "test"):
        assert data[split]["table"] in readme


@needs_corpus
def test_eval_on_test_split_does_not_regress(cli):
    code, out, err = cli("eval", "--set", "test", "--check", check=None)
    assert code == 0, f"quality regression:\n{err}\n{out}"
    assert "| entities | PER F1" in out


def test_a_figure_an_annotator_wrote_as_a_string_is_compared_as_a_number():
    from thoisu.eval.qa import is_correct

    gold = {"type": "number", "answer": "ít nhất 2.300 binh sĩ", "normalized": "2300"}
    assert is_correct(gold, {"answer": "2.300 binh sĩ", "normalized": 2300.0})
    assert not is_correct(gold, {"answer": "230 binh sĩ", "normalized": 230.0})
    # a year is a date written with digits: compared as the date it is
    year = {"type": "date", "answer": "năm ngoái", "normalized": "2020"}
    assert is_correct(year, {"answer": "năm 2020", "normalized": "2020"})
    assert not is_correct(year, {"answer": "năm 2019", "normalized": "2019"})
    day = {"type": "date", "answer": "ngày 21/4", "normalized": "2021-04-21"}
    assert is_correct(day, {"answer": "3 giờ sáng ngày 21/4", "normalized": "2021-04-21T03:00"})
    assert not is_correct(day, {"answer": "3 giờ sáng ngày 22/4", "normalized": "2021-04-22T03:00"})


def test_a_name_answers_without_its_gloss_its_kind_or_where_it_is():
    from thoisu.eval.qa import is_correct

    def right(gold_answer: str, answer: str) -> bool:
        return is_correct({"type": "entity", "answer": gold_answer, "normalized": "X"}, {"answer": answer})

    assert right("Viện Nghiên cứu Hòa bình Stockholm (SIPRI)", "SIPRI")
    assert right("Viện Nghiên cứu Hòa bình Stockholm (SIPRI)", "Viện Nghiên cứu Hòa bình Stockholm")
    assert right("bệnh viện Bạch Mai", "Bạch Mai")
    assert right("đảo Phú Quốc", "Phú Quốc")
    assert right("thôn Đông Xá", "Đông Xá")  # Vietnam's communes, hamlets and wards as well
    assert right("xã Tân Lập", "Tân Lập")
    assert right("Căn cứ không quân Ramstein ở bang Rhineland-Palatinate", "căn cứ không quân Ramstein")
    # another name, a bare kind, the institution's country, a syllable of a name that is no "tại"
    assert not right("Đông Đức", "Đức")
    assert not right("bệnh viện Bạch Mai", "bệnh viện")
    assert not right("Quốc hội Mỹ", "Mỹ")
    assert not right("Trần Văn Tài", "Trần Văn")
    # a place, then after a comma where it lies: the place alone answers, for a place question only
    place = {"type": "place", "answer": "khu vực chân đồi Vitosha, miền tây Bulgaria", "normalized": "X"}
    assert is_correct(place, {"answer": "khu vực chân đồi Vitosha"})
    assert is_correct(place, {"answer": "chân đồi Vitosha"})
    assert not is_correct(place, {"answer": "miền tây Bulgaria"})
    assert not right("Ba Lan, Litva", "Ba Lan")  # an entity question's two names are both its answer


def test_a_list_item_answers_as_its_written_name_too():
    from thoisu.eval.qa import is_correct

    gold = {
        "type": "list",
        "answer": "Ngân hàng Phát triển Châu Á (ADB) và Quỹ Tiền tệ Quốc tế (IMF)",
        "normalized": ["Asian Development Bank", "International Monetary Fund"],
    }
    assert is_correct(gold, {"answer": ["Ngân hàng Phát triển Châu Á", "IMF"], "normalized": None})
    assert is_correct(gold, {"answer": ["ADB"], "normalized": ["ADB"]})  # half the items
    assert not is_correct(gold, {"answer": ["Ngân hàng Thế giới"], "normalized": ["World Bank"]})
    # an answer listing another number of items than its normalised list is read from the latter only
    uneven = {**gold, "answer": "ADB, IMF và WB"}
    assert not is_correct(uneven, {"answer": ["ADB"], "normalized": ["ADB"]})


def test_an_answer_another_article_states_counts_only_as_checked_and_cited():
    from thoisu.eval.qa import is_correct, stated_elsewhere

    gold = {
        "type": "date",
        "answer": None,
        "normalized": None,
        "elsewhere": [
            {"doc": "bai-b", "text": "ngày 9/4 công bố", "answer": "ngày 9/4", "normalized": "2021-04-09"}
        ],
    }
    cited_b = {"answer": "ngày 9/4", "normalized": "2021-04-09", "evidence": [{"doc": "bai-b"}]}
    assert stated_elsewhere(gold, cited_b) and not is_correct(gold, cited_b)
    # the same date from an article nobody checked, or another date from the checked one: unsupported
    assert not stated_elsewhere(gold, {**cited_b, "evidence": [{"doc": "bai-c"}]})
    assert not stated_elsewhere(gold, {**cited_b, "normalized": "2021-04-10", "answer": "ngày 10/4"})
    assert not stated_elsewhere({**gold, "elsewhere": []}, cited_b)


def test_an_elsewhere_anchor_must_be_in_the_article_it_names(tmp_path):
    import pytest

    from thoisu.eval.gold import GoldError, load_gold

    qa = {"question": "Khi nào?", "type": "date", "answer": None, "normalized": None}
    good = {"doc": "asean-trung-quoc", "text": "ký Tuyên bố về ứng xử", "normalized": "2002-11-04"}
    path = tmp_path / "viet-nam-hoa-ky.json"
    path.write_text(
        json.dumps({"doc": "viet-nam-hoa-ky", "scope": ["qa"], "qa": [{**qa, "elsewhere": [good]}]})
    )
    (entry,) = load_gold(path).qa[0]["elsewhere"]
    assert entry["end"] - entry["start"] == len("ký Tuyên bố về ứng xử")
    path.write_text(
        json.dumps(
            {
                "doc": "viet-nam-hoa-ky",
                "scope": ["qa"],
                "qa": [{**qa, "elsewhere": [{**good, "text": "không có"}]}],
            }
        )
    )
    with pytest.raises(GoldError, match="elsewhere"):
        load_gold(path)
