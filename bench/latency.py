"""Query latency on the benchmark store: ``search`` against a plain ``LIKE`` scan, and ``ask``.

The queries and questions are written for this benchmark (about the world news of 2020-2021 the
sample holds); none is copied from the corpus.
"""

from __future__ import annotations

import re
from typing import Any

from bench.measure import latencies, latency_stats, ratio

SEARCH_QUERIES = [
    "Ấn Độ",
    "an do",
    "Covid-19 Ấn Độ",
    "covid an do",
    "tàu ngầm Indonesia",
    "tau ngam indonesia",
    '"Hội đồng Bảo an"',
    '"hoi dong bao an"',
    "Liên Hợp Quốc",
    "lien hop quoc",
    "ngoại trưởng Mỹ",
    "Trung Quốc Mỹ",
    "trừng phạt Myanmar",
    "bầu cử tổng thống",
    "vắc xin",
    "vac xin covid",
    '"New Delhi"',
    "đại sứ quán",
    "tên lửa siêu thanh",
    '"Biển Đen" Nga',
    "hoà bình",
    "hòa bình",
    "kinh tế",
    "du lịch",
    "bóng đá",
    "Biden AND (",
    "Trump OR",
    '"cap cao',
    "Nga NOT Mỹ",
    "hải quân (Anh",
]

ASK_QUESTIONS = [
    "Tàu ngầm KRI Nanggala 402 mất tích khi nào?",
    "Tàu ngầm KRI Nanggala 402 mất tích ở đâu?",
    "Ai kế nhiệm ông Raul Castro?",
    "Ấn Độ ghi nhận bao nhiêu ca mắc Covid-19 trong 24 giờ?",
    "Siêu bão Goni đổ bộ vào đâu?",
    "EU trừng phạt bao nhiêu quan chức Myanmar?",
    "Ai là Người phát ngôn Bộ Ngoại giao Trung Quốc?",
    "Tổng thống Biden phát biểu trước Quốc hội khi nào?",
    "Đặc phái viên của Tổng thống Mỹ gặp ai ở Việt Nam?",
    "Những nước nào hỗ trợ Ấn Độ chống dịch Covid-19?",
    "Nga có trục xuất nhà ngoại giao Bulgaria không?",
    "Vì sao cố vấn tranh cử của ông Trump từ chức?",
    "Thủ tướng Singapore Lý Hiển Long cải tổ nội các khi nào?",
    "Azerbaijan và Armenia giao tranh ở đâu?",
    "Mỹ có trừng phạt Myanmar không?",
]

_WORD = re.compile(r"[^\W_]+")
_OPERATORS = {"and", "or", "not", "near"}


def like_terms(query: str) -> list[str]:
    """The query's balanced quoted phrases and remaining words as typed, operators dropped."""
    phrases = re.findall(r'"([^"]+)"', query)
    rest = re.sub(r'"[^"]+"', " ", query)
    words = [w for w in _WORD.findall(rest) if w.lower() not in _OPERATORS]
    return [p.strip() for p in phrases if p.strip()] + words


def like_scan(store: Any, query: str) -> list[dict[str, Any]]:
    """Baseline: every sentence whose text contains all the query's terms, by ``LIKE`` (no index)."""
    terms = like_terms(query)
    if not terms:
        return []
    where = " AND ".join("text LIKE ?" for _ in terms)
    return store.fetchall(f"SELECT doc_id, idx, text FROM sentences WHERE {where}", [f"%{t}%" for t in terms])


def search_latency(store: Any, rounds: int) -> dict[str, Any]:
    """Median/p95 ms of ``search`` and of the ``LIKE`` scan over the same queries."""
    from thoisu.query.search import search

    hits, ours_s = latencies(lambda q: search(store, q), SEARCH_QUERIES, rounds)
    base_hits, base_s = latencies(lambda q: like_scan(store, q), SEARCH_QUERIES, rounds)
    ours, base = latency_stats(ours_s), latency_stats(base_s)
    return {
        "queries": len(SEARCH_QUERIES),
        "rounds": rounds,
        "ours": ours,
        "queries_with_hits": sum(1 for h in hits if h),
        "baseline": "SELECT … FROM sentences WHERE text LIKE ? AND …",
        "baseline_stats": base,
        "baseline_queries_with_hits": sum(1 for h in base_hits if h),
        "speedup_median": ratio(base["median_ms"], ours["median_ms"]),
        "speedup_p95": ratio(base["p95_ms"], ours["p95_ms"]),
    }


def ask_latency(store: Any, rounds: int) -> dict[str, Any]:
    """Median/p95 ms of ``ask`` over the benchmark questions, and how many got an answer."""
    from thoisu.query.ask import ask

    replies, seconds = latencies(lambda q: ask(store, q), ASK_QUESTIONS, rounds)
    answered = sum(1 for r in replies if r["answer"] is not None)
    return {
        "questions": len(ASK_QUESTIONS),
        "rounds": rounds,
        "ours": latency_stats(seconds),
        "answered": answered,
    }
