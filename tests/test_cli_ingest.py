"""End-to-end: the real CLI as a user runs it, against a fresh store."""

import json
import sqlite3

from conftest import EXAMPLES, SEEDS, needs_seeds


def test_ingest_examples_show_and_idempotence(cli):
    code, out, err = cli("ingest", str(EXAMPLES))
    assert code == 0, err
    assert out.startswith("documents: 5 new, 0 updated, 0 unchanged, 0 refused")
    docs = cli.json("docs")
    assert sorted(d["name"] for d in docs) == [
        "asean-trung-quoc",
        "viet-nam-eu",
        "viet-nam-hdba",
        "viet-nam-hoa-ky",
        "viet-nam-wto",
    ]
    before = cli.json("stats")
    code, out, _ = cli("ingest", str(EXAMPLES))
    assert "0 new, 0 updated, 5 unchanged" in out
    assert cli.json("stats") == before

    shown = cli.json("show", "viet-nam-hoa-ky")
    assert shown["published"] == "2023-09-15T08:30"
    assert shown["title"].startswith("Quan hệ Việt Nam - Hoa Kỳ")
    assert shown["sentences"][0]["kind"] == "title" and shown["sentences"][1]["kind"] == "timestamp"
    for s in shown["sentences"]:
        assert shown["text"][s["start"] : s["end"]] == s["text"]


def test_jsonl_output_is_one_object_per_line(cli):
    cli("ingest", str(EXAMPLES))
    _, out, _ = cli("docs", "--format", "jsonl")
    lines = out.strip().splitlines()
    assert len(lines) == 5
    assert all(isinstance(json.loads(line), dict) for line in lines)


def test_batch_with_one_bad_file(cli, tmp_path):
    (tmp_path / "good1.txt").write_text("Việt Nam và Lào ký hiệp định hợp tác ngày 5/9/2020.")
    (tmp_path / "bad.txt").write_bytes("Der Vertrag wurde in München unterzeichnet, schön.".encode("latin-1"))
    (tmp_path / "good2.txt").write_text("Thái Lan và Campuchia họp tham vấn tại Băng Cốc.")
    code, out, err = cli("ingest", str(tmp_path), check=1)
    assert "2 new" in out and "1 refused" in out
    assert f"error: {tmp_path / 'bad.txt'}: not valid UTF-8" in err
    assert sorted(d["name"] for d in cli.json("docs")) == ["good1", "good2"]


def test_usage_errors_exit_2(cli):
    code, _, err = cli("ingest", check=2)
    assert "Missing argument" in err
    code, _, err = cli("docs", "--format", "xml", check=2)


def test_show_unknown_document(cli):
    cli("ingest", str(EXAMPLES))
    code, _, err = cli("show", "khong-co", check=1)
    assert "no document with id or name 'khong-co'" in err


def test_failed_batch_leaves_store_as_before(cli, tmp_path):
    cli("ingest", str(EXAMPLES))
    before = cli.json("stats")
    # A trigger that makes the next document insert fail mid-batch, after its sentences went in.
    con = sqlite3.connect(cli.db)
    con.execute("CREATE TRIGGER boom BEFORE INSERT ON times BEGIN SELECT RAISE(ABORT, 'disk on fire'); END")
    con.execute(
        "CREATE TRIGGER boom2 BEFORE INSERT ON sentences WHEN NEW.text LIKE '%Malaysia%' BEGIN SELECT RAISE(ABORT, 'disk on fire'); END"
    )
    con.commit()
    con.close()
    (tmp_path / "x.txt").write_text("Ngày 1/1/2021, Việt Nam và Malaysia họp.")
    (tmp_path / "y.txt").write_text("Ngày 2/1/2021, Việt Nam và Singapore họp.")
    code, out, err = cli("ingest", str(tmp_path), check=1)
    assert "rolled back: disk on fire" in err
    assert cli.json("stats") == before


@needs_seeds
def test_seed_publication_time_and_offsets(cli):
    cli("ingest", str(SEEDS))
    shown = cli.json("show", "002_9f8e7fe52f313744")
    assert shown["published"] == "2020-10-30T11:21"
    assert shown["sentences"][1] == {
        "index": 1,
        "start": 28,
        "end": 44,
        "kind": "timestamp",
        "text": "11:21 30/10/2020",
    }
    assert all(shown["text"][s["start"] : s["end"]] == s["text"] for s in shown["sentences"])


def test_ingest_in_a_process_pool_stores_the_same(cli, tmp_path):
    from conftest import CLI

    cli("ingest", str(EXAMPLES))
    single = cli.json("stats")
    pooled = CLI(tmp_path / "pool.db")
    pooled("ingest", "--jobs", "2", str(EXAMPLES))
    assert pooled.json("stats") == single
