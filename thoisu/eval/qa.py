"""Ask accuracy: the gold questions asked against a store built from the gold documents.

An answer is right when its normalised form equals the gold one (dates and numbers exactly;
names when any of the answer's names matches the gold name or a shorter form of it — without its
parenthesised gloss, its kind of place or facility, or where it is (``_name_forms``); lists when they
share at least half their items;
yes/no by value).  A non-null answer to a question whose gold answer is null is *unsupported* —
the figure that must stay at zero — unless the gold lists it under ``elsewhere``: another article
of the store states that answer, as checked by hand (the annotator judged the question's own
article only).  Such a reply counts as right, and apart.
"""

from __future__ import annotations

import re
import tempfile
from pathlib import Path
from typing import Any

from thoisu.eval.gold import GoldDoc, source_path
from thoisu.text.normalize import fold, tone_key


def _k(value: Any) -> str:
    return " ".join(fold(tone_key(str(value))).replace("-", " ").split())


def _names(value: Any) -> set[str]:
    if value is None:
        return set()
    if isinstance(value, list):
        return {_k(v) for v in value}
    return {_k(value)}


def _kinds() -> list[str]:
    """Kinds of place or facility a name may be written with, folded, longest first."""
    from thoisu.query.question import _spec

    spec = _spec()
    return sorted({*spec["place_nouns"], *spec["answer_kind_nouns"]}, key=lambda k: -len(k.split()))


def _name_forms(value: Any) -> set[str]:
    """A gold name and the shorter forms that name the same thing: without its parenthesised gloss, and
    the gloss alone ("Viện … Y tế (IHME)"); without a place it is said to be at ("Căn cứ … Travis ở bang
    California"); without the kind of place or facility it opens with ("bệnh viện Ibn Khatib", "đảo
    Catanduanes").  A shorter form is never a single letter or a bare kind.

        >>> sorted(_name_forms("bệnh viện Ibn Khatib ở Baghdad"))
        ['benh vien ibn khatib', 'benh vien ibn khatib o baghdad', 'ibn khatib', 'ibn khatib o baghdad']
    """
    if not isinstance(value, str):
        return _names(value)
    bare = re.sub(r"\([^()]*\)", " ", value)
    forms = {_k(value), _k(bare), *(_k(g) for g in re.findall(r"\(([^()]*)\)", value))}
    forms.add(_k(re.split(r" (?:ở|tại) ", bare, maxsplit=1)[0]))  # marked: "tại", not the name "Tài"
    kinds = _kinds()
    for form in list(forms):
        kind = next((k for k in kinds if form.startswith(f"{k} ")), None)
        if kind:
            forms.add(form[len(kind) + 1 :])
    return {f for f in forms if len(f) > 1 and f not in kinds}


def _truth(value: Any) -> bool | None:
    """A yes/no value however written: True, "yes", "có", "đúng" / False, "no", "không", "chưa"."""
    if isinstance(value, bool):
        return value
    key = _k(value) if value is not None else ""
    return (
        True
        if key in ("true", "yes", "co", "dung")
        else False
        if key in ("false", "no", "khong", "chua")
        else None
    )


def _list_items(gold: dict[str, Any]) -> list[set[str]]:
    """Each item of a gold list, as the names that answer it: its normalised name and, when the written
    answer lists as many items ("Công ty Gỗ Myanmar (MTE) và …"), that item's forms (``_name_forms``)."""
    norm, answer = gold.get("normalized"), gold.get("answer")
    if not isinstance(norm, list):
        return [{n} for n in _names(norm or answer)]
    written = re.split(r"\s*(?:,|;|\bvà\b)\s*", answer) if isinstance(answer, str) else []
    written = [w for w in written if w.strip()]
    if len(written) != len(norm):
        return [{n} for n in _names(norm)]
    return [{_k(n)} | _name_forms(w) for n, w in zip(norm, written, strict=True)]


def is_correct(gold: dict[str, Any], reply: dict[str, Any]) -> bool:
    g_norm, s_norm = gold.get("normalized"), reply.get("normalized")
    if gold.get("answer") is None:
        return reply.get("answer") is None
    if reply.get("answer") is None:
        return False
    if isinstance(g_norm, list) or isinstance(s_norm, list):
        items, s = _list_items(gold), _names(s_norm) | _names(reply.get("answer"))
        return bool(items) and sum(bool(i & s) for i in items) >= max(1, len(items) / 2)
    if isinstance(g_norm, bool) or gold.get("type") == "yesno":
        return _truth(g_norm) is not None and _truth(g_norm) in (_truth(s_norm), _truth(reply.get("answer")))
    if (
        isinstance(g_norm, str)
        and isinstance(s_norm, (int, float))
        and re.fullmatch(r"-?\d+(?:\.\d+)?", g_norm.strip())
    ):
        g_norm = float(g_norm)  # a figure an annotator wrote as a string ("2300"); a year stays a date
    if isinstance(g_norm, (int, float)) and isinstance(s_norm, (int, float)):
        return abs(float(g_norm) - float(s_norm)) < 1e-6 * max(1.0, abs(float(g_norm)))
    if (
        isinstance(g_norm, str)
        and re.fullmatch(r"\d{4}-\d\d-\d\d", g_norm)
        and str(s_norm).startswith(f"{g_norm}T")
    ):
        return True  # "3 giờ sáng ngày 21/4" (2021-04-21T03:00) names a time of the day asked
    entity = reply.get("entity") or {}
    candidates = (
        _names(s_norm)
        | _names(reply.get("answer"))
        | _names([entity.get("name_vi") or "", *entity.get("aliases", [])])
    )
    wanted = _names(g_norm) | _name_forms(gold.get("answer"))
    if gold.get("type") == "place" and isinstance(gold.get("answer"), str):
        # "Wellesley, Massachusetts", "khu vực chân núi Meron, miền bắc Israel": the place, then where it lies
        wanted |= _name_forms(gold["answer"].split(",", 1)[0])
    return bool(candidates & wanted)


def stated_elsewhere(gold: dict[str, Any], reply: dict[str, Any]) -> bool:
    """Whether a reply to a question its own article can't answer gives an answer another article
    states, as the gold's hand-checked ``elsewhere`` entries record (the reply must cite that article)."""
    cited = {e.get("doc") for e in reply.get("evidence", [])}
    return any(
        other["doc"] in cited
        and is_correct(
            {**other, "answer": other.get("answer") or other["text"], "type": gold.get("type")}, reply
        )
        for other in gold.get("elsewhere", [])
    )


def score_qa(
    golds: list[GoldDoc], errors: list | None = None, extra: list[dict[str, Any]] | None = None
) -> dict[str, Any]:
    """Ingest the gold documents into a temporary store and ask every gold question."""
    from thoisu.ingest import ingest_paths
    from thoisu.query.ask import ask
    from thoisu.store import open_store

    questions = [(g.name, qa) for g in golds for qa in g.qa] + [("examples", qa) for qa in extra or []]
    if not questions:
        return {"questions": 0}
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(str(Path(tmp) / "qa.db"))
        paths = [str(source_path(g.name)) for g in golds]
        if extra:
            paths.append(str(Path(__file__).resolve().parents[2] / "examples"))
        ingest_paths(store, paths)
        right = unsupported = elsewhere = answerable = checked = 0
        by_type: dict[str, list[int]] = {}
        for name, qa in questions:
            reply = ask(store, qa["question"])
            from_elsewhere = qa.get("answer") is None and stated_elsewhere(qa, reply)
            checked += from_elsewhere
            ok = is_correct(qa, reply) or from_elsewhere
            right += ok
            counts = by_type.setdefault(qa.get("type") or "?", [0, 0])
            counts[0] += ok
            counts[1] += 1
            answerable += qa.get("answer") is not None
            if qa.get("answer") is None and reply.get("answer") is not None and not from_elsewhere:
                unsupported += 1
                # the annotator judged the question's own article only: an answer drawn from another
                # article of the store may be one that article states (counted, not excused)
                elsewhere += name not in {e.get("doc") for e in reply.get("evidence", [])}
            if not ok and errors is not None:
                errors.append(
                    {
                        "doc": name,
                        "kind": "qa",
                        "question": qa["question"],
                        "gold": qa.get("normalized"),
                        "system": reply.get("normalized"),
                        "answer": reply.get("answer"),
                    }
                )
        store.close()
    n = len(questions)
    return {
        "questions": n,
        "answerable": answerable,
        "accuracy": round(right / n, 4),
        "correct": right,
        "unsupported_answers": unsupported,
        "unsupported_from_other_articles": elsewhere,
        "answered_from_other_articles": checked,
        "by_type": {t: f"{c[0]}/{c[1]}" for t, c in sorted(by_type.items())},
    }
