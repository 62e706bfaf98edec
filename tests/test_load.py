import io
import json
import sys

import pytest

from thoisu.load import LoadError, RawDocument, decode_bytes, load_inputs

VI = "Ngày 12/7/1995, Việt Nam và Hoa Kỳ thiết lập quan hệ ngoại giao.\nHai bên nhất trí tăng cường hợp tác."


def load_all(*paths):
    return list(load_inputs([str(p) for p in paths]))


def test_txt_utf8_with_and_without_bom_and_utf16(tmp_path):
    (tmp_path / "a.txt").write_bytes(VI.encode("utf-8"))
    (tmp_path / "b.txt").write_bytes(b"\xef\xbb\xbf" + VI.encode("utf-8"))
    (tmp_path / "c.txt").write_bytes(VI.encode("utf-16"))  # with BOM
    docs = load_all(tmp_path / "a.txt", tmp_path / "b.txt", tmp_path / "c.txt")
    assert [d.name for d in docs] == ["a", "b", "c"]
    assert all(isinstance(d, RawDocument) and d.text == VI for d in docs)
    assert [d.meta["encoding"] for d in docs] == ["utf-8", "utf-8-sig", "utf-16"]


def test_txt_metadata_header_lines(tmp_path):
    (tmp_path / "news_world_9.txt").write_text(
        "# doc_id = x\n# url = https://example.org/a\n# date = 20201001\n" + VI
    )
    (doc,) = load_all(tmp_path / "news_world_9.txt")
    assert doc.published == "2020-10-01"
    assert doc.source == "https://example.org/a"
    assert doc.text == VI


def test_jsonl_records_and_bad_lines(tmp_path):
    lines = [
        json.dumps(
            {"id": "r1", "title": "T", "text": VI, "published": "2020-02-03", "url": "u1"}, ensure_ascii=False
        ),
        "{not json",
        json.dumps({"id": "r3"}),
        json.dumps({"id": "r4", "text": VI, "published": "hôm qua"}, ensure_ascii=False),
        json.dumps({"text": VI}, ensure_ascii=False),
    ]
    (tmp_path / "batch.jsonl").write_text("\n".join(lines))
    items = load_all(tmp_path / "batch.jsonl")
    good = [i for i in items if isinstance(i, RawDocument)]
    bad = [i for i in items if isinstance(i, LoadError)]
    assert [(d.name, d.published, d.source, d.title) for d in good] == [
        ("r1", "2020-02-03", "u1", "T"),
        ("batch-5", None, f"{tmp_path / 'batch.jsonl'}:5", None),
    ]
    assert [b.source.rsplit(":", 1)[1] for b in bad] == ["2", "3", "4"]
    assert "invalid JSON" in bad[0].message
    assert "no non-empty 'text'" in bad[1].message
    assert "unreadable 'published'" in bad[2].message


def test_html_main_text_title_and_date(tmp_path):
    html = (
        '<html><head><meta charset="utf-8"><title>Tin</title>'
        '<meta property="og:title" content="Việt Nam và Nhật Bản">'
        '<meta property="article:published_time" content="2023-11-27T10:00:00+07:00"></head>'
        "<body><nav>Trang chủ | Thế giới</nav><article><h1>Việt Nam và Nhật Bản</h1>"
        "<p>Ngày 27/11/2023, Việt Nam và Nhật Bản nâng cấp quan hệ lên Đối tác Chiến lược Toàn diện vì hòa bình và thịnh vượng.</p>"
        "<p>Hai bên nhất trí tăng cường hợp tác kinh tế, đầu tư và giao lưu nhân dân giữa hai nước trong thời gian tới.</p>"
        "</article><footer>Liên hệ tòa soạn</footer></body></html>"
    )
    (tmp_path / "page.html").write_text(html)
    (doc,) = load_all(tmp_path / "page.html")
    assert doc.title == "Việt Nam và Nhật Bản"
    assert doc.published == "2023-11-27"
    assert "Ngày 27/11/2023, Việt Nam và Nhật Bản nâng cấp" in doc.text
    assert "Trang chủ" not in doc.text and "Liên hệ tòa soạn" not in doc.text


def test_directories_recursive_and_globs(tmp_path):
    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    (tmp_path / "sub" / "a.txt").write_text(VI)
    (tmp_path / "sub" / "deeper" / "b.txt").write_text(VI + " Thêm.")
    (tmp_path / "sub" / "skip.bin").write_bytes(b"\x00\x01")
    assert sorted(d.name for d in load_all(tmp_path / "sub")) == ["a", "b"]
    assert [d.name for d in load_all(str(tmp_path / "sub" / "**" / "*.txt"))] == ["a", "b"]


def test_stdin(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(VI.encode("utf-8"))))
    (doc,) = load_all("-")
    assert doc.name == "stdin" and doc.text == VI


@pytest.mark.parametrize(
    "name, data, message",
    [
        ("empty.txt", b"  \n", "file is empty"),
        ("nul.txt", b"abc\x00\x00def", "binary data"),
        (
            "latin1.txt",
            "Le café crème est très brûlé à Genève, où l'été était chaud.".encode("latin-1"),
            "not valid UTF-8",
        ),
        ("page.pdf", b"%PDF-1.4", "unsupported file type .pdf"),
    ],
)
def test_bad_files_are_refused_with_a_message(tmp_path, name, data, message):
    (tmp_path / name).write_bytes(data)
    (err,) = load_all(tmp_path / name)
    assert isinstance(err, LoadError)
    assert err.source == str(tmp_path / name)
    assert message in err.message


def test_missing_paths_and_empty_patterns(tmp_path):
    errs = load_all(tmp_path / "nope.txt", str(tmp_path / "*.none"))
    assert [e.message for e in errs] == ["no such file or directory", "pattern matches no file"]


def test_decode_bytes_prefers_utf8():
    assert decode_bytes("hòa bình".encode()) == ("hòa bình", "utf-8")
