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
