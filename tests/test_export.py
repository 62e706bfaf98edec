"""`thoisu export`: every record kind, in JSONL, JSON and CSV, through the real CLI."""

import csv
import io
import json

import pytest
from conftest import EXAMPLES


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    from conftest import CLI

    cli = CLI(tmp_path_factory.mktemp("export") / "t.db")
    cli("ingest", str(EXAMPLES))
    return cli


def test_events_jsonl_carry_provenance(store):
    _, out, _ = store("export")
    rows = [json.loads(line) for line in out.splitlines()]
    assert rows and all(
        {"doc", "sentence", "start", "end", "action", "actors", "date"} <= set(r) for r in rows
    )
    _, shown, _ = store("show", "viet-nam-eu", "--format", "json")
    text = json.loads(shown)["text"]
    signed = next(
        r for r in rows if r["doc"] == "viet-nam-eu" and r["date"] and r["date"]["value"] == "2019-06-30"
    )
    assert text[signed["start"] : signed["end"]] == signed["trigger"] == "ký"


def test_csv_flattens_lists_to_json(store):
    _, out, _ = store("export", "--what", "entities", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    vnm = next(r for r in rows if r["id"] == "VNM")
    assert (vnm["name"], vnm["name_vi"], vnm["type"], vnm["wikidata"]) == (
        "Vietnam",
        "Việt Nam",
        "LOC",
        "Q881",
    )
    assert "Hoa Kỳ" not in json.loads(vnm["aliases"]) and isinstance(json.loads(vnm["aliases"]), list)


def test_every_kind_and_out_file(store, tmp_path):
    for kind in ("documents", "sentences", "times", "mentions", "relations", "quantities", "timeline"):
        _, out, _ = store("export", "--what", kind, "--format", "json")
        assert isinstance(json.loads(out), list), kind
    target = tmp_path / "mentions.jsonl"
    code, out, err = store("export", "--what", "mentions", "--out", str(target))
    assert out == "" and "mentions written to" in err
    assert all(json.loads(line)["entity_id"] for line in target.read_text("utf-8").splitlines()[:5])
    store("export", "--what", "nothing", check=2)
