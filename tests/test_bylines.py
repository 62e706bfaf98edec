"""The author and the credited outlets that close a Vietnamese news article."""

from thoisu.extract.entities import _bylines


def spans(text):
    return [(text[a:b], kind) for a, b, kind in _bylines(text, 0, len(text))]


def test_byline_with_credits():
    assert spans("Hai bên sẽ tiếp tục đàm phán. Thu Hà Theo Reuters, Kyodo") == [
        ("Thu Hà", "PER"),
        ("Reuters", "ORG"),
        ("Kyodo", "ORG"),
    ]


def test_byline_run_together_with_theo_and_compiled():
    assert spans("Cuộc họp kết thúc. Quốc AnhTheo The Hill") == [("Quốc Anh", "PER"), ("The Hill", "ORG")]
    assert spans("Thanh Bình Tổng hợp") == [("Thanh Bình", "PER")]


def test_a_sentence_that_cites_a_source_is_not_a_byline():
    assert spans("Theo Reuters, Nga và Trung Quốc đã họp tại Bắc Kinh.") == []
    assert spans("Ông cho biết Nga sẽ đáp trả theo luật quốc tế.") == []
