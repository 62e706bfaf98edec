"""Date answers: the date of an event of the asked kind, of the event noun a light verb carries, a
deadline's bound, or — with nearly every asked word present — a time the sentence states."""

from __future__ import annotations

import re
from typing import Any

from thoisu.query.answer_common import _anchor, _matching_events, _nearest, _words
from thoisu.query.answer_yesno import NOT_HEDGING_FOLDED
from thoisu.query.question import OTHER_TIME_OPENERS, in_compounds

# "trước ngày nào", "từ ngày nào": the asked date is the one the text puts after the same word
_DATE_PREPOSITION = re.compile(
    r"\b(truoc|tu|ke tu|den|sau)\s+(?:khi nao|ngay nao|nam nao|thang nao|bao gio)\b"
)


def _bounded_date(c, prep: str) -> list[dict[str, Any]]:
    """The time the sentence introduces with ``prep`` (``hoàn tất trước 1/5``, ``trước khi hết ngày 21/5``);
    an open interval answers with its bound."""
    for t in c["times"]:
        if not t["value"] or t["value"].startswith("XXXX"):
            continue
        lead = " ".join(_words(c["text"][: t["start"] - c["start"]])[-3:] + _words(t["text"])[:1])
        if f" {prep} " in f" {lead} ":
            value = t["value"].removeprefix("../").removesuffix("/..")
            return [{"answer": t["text"], "normalized": value}]
    return []


def dated_only_in_other_clause(c: dict[str, Any], verb: str) -> bool:
    """True when every ``verb`` of the sentence stands in a ``sau khi`` / ``kể từ khi`` … clause that
    states no time itself: "Ngày 19/4, ông A trả lời phỏng vấn kể từ khi rời Nhà Trắng" gives the date
    of the interview, not of leaving.

        >>> c = {"text": "Ngày 19/4, ông A trả lời phỏng vấn kể từ khi rời Nhà Trắng.", "start": 0,
        ...      "times": [{"start": 0}]}
        >>> dated_only_in_other_clause(c, "roi")
        True
    """
    text = c["text"]
    tokens = [(m.start(), " ".join(_words(m.group()))) for m in re.finditer(r"\w+", text)]
    starts = [t["start"] - c["start"] for t in c["times"]]
    found = False
    for k, (at, word) in enumerate(tokens):
        if word != verb:
            continue
        found = True
        clause_start = max((m.end() for m in re.finditer(r"[,;:(]", text[:at])), default=0)
        opener = None  # where the opening words start, within four words before the verb
        for j in range(max(0, k - 6), k):
            span = " ".join(w for _, w in tokens[j:k])
            if tokens[j][0] >= clause_start and any(
                span.startswith(o) and len(span.split()) - len(o.split()) <= 2 for o in OTHER_TIME_OPENERS
            ):
                opener = tokens[j][0]
                break
        if opener is None:
            return False
        end = next((at + m.start() for m in re.finditer(r"[,;.]", text[at:])), len(text))
        if any(opener <= s < end for s in starts):
            return False
    return found


FREE_TIME_SUPPORT = 0.8
_TIME_LEADS = {
    "vao",
    "hoi",
    "tu",
    "ke",
    "nam",
    "ngay",
    "thang",
    "trong",
    "cuoi",
    "dau",
    "giua",
    "hom",
    "tuan",
    "luc",
    "tien",  # "được thử nghiệm lần đầu tiên ngày 29/5/2007"
}


def _dates_another_verb(c, t, ctx) -> bool:
    """``do Đức sản xuất năm 1978 đã mất tích``: a time right after a lower-case word the question does
    not use dates that word ("sản xuất"), not what the question asks about ("mất tích")."""
    before = c["text"][: t["start"] - c["start"]].rstrip()
    named = re.search(r"\b(?:cuộc|buổi|lễ|phiên)((?:\s+\w+){1,3}?)(?:\s+(?:tại|ở)\s+[^,;.]{1,30})?$", before)
    if named and not set(_words(named.group(1))) & set(ctx["content"]):
        return True  # "… được trưng bày tại cuộc họp báo ngày 24/4": the time of the press conference
    last = re.search(r"(\w+)$", before)
    if not last or not last.group(1).islower():
        return False
    word = _words(last.group(1))[0]
    return word not in _TIME_LEADS and word not in ctx["content"] and word not in ctx.get("stop", ())


def _asked_of_an_earlier_event(c, t, ctx) -> bool:
    """``Ngày 22/4, Ấn Độ đã vượt qua kỷ lục của Mỹ, nước từng ghi nhận 297.430 ca …``: when more of the
    asked words stand in a later clause that ``từng`` (had once) opens than elsewhere in the sentence, the
    question is about that earlier event, which the time before the clause does not date."""
    text = c["text"]
    end = t["start"] - c["start"] + len(t["text"])
    for m in re.finditer(r"(?<!\w)từng(?!\w)", text[end:].lower()):  # marked: not "tung ra" (launch)
        at = end + m.start()
        if not re.search(r"[,;](?!\d)|\s[-–]\s", text[end:at]):
            continue  # "… từng …" in the time's own clause
        stop = next((at + b.start() for b in re.finditer(r"[,;.](?!\d)", text[at:])), len(text))
        inside, outside = set(_words(text[at:stop])), set(_words(text[:at]))
        if len(inside & set(ctx["content"])) > len(outside & set(ctx["content"])):
            return True
    return False


# what may stand between an event noun and the time that dates it: a place, a time preposition
_NOUN_TO_TIME = re.compile(
    r"\s*(?:(?:tại|ở|đến|tới|sang)\s+[^,;.()\"]{1,40}?\s*)?(?:vào|hôm|ngày|hồi|từ|kể từ)?\s*"
)


def _time_of_event_noun(c, noun: str | None) -> list[dict[str, Any]]:
    """``cuộc họp báo tại Kiev ngày 20/4``, ``cuộc trưng cầu ý dân vào tháng 6/2016``: the time written
    right after the event noun the question asks about (its place may come between)."""
    if not noun:
        return []
    # the whole noun asked, else its head ("sự kiện")
    return _time_after(c, [" ".join(noun.split()[:n]) for n in range(len(noun.split()), 1, -1)])


def _asked_phrases(ctx) -> list[str]:
    """Runs of two or more consecutive content words of the question, longest first:
    ``kết thúc nhiệm kỳ ngoại trưởng`` gives it and ``kết thúc nhiệm kỳ``, ``nhiệm kỳ ngoại trưởng`` …"""
    content = {w for w in ctx["content"] if not w.isdigit()}
    runs, run = [], []
    for w in [*ctx["asked"].split(), ""]:
        if w in content:
            run.append(w)
            continue
        if len(run) >= 2:
            runs.append(run)
        run = []
    phrases = {" ".join(r[a:b]) for r in runs for a in range(len(r)) for b in range(a + 2, len(r) + 1)}
    return sorted(phrases, key=lambda p: -len(p.split()))


def _time_after(c, phrases: list[str], ctx=None) -> list[dict[str, Any]]:
    """The first time written right after one of ``phrases`` (folded) in the sentence.  A two-word
    phrase must not follow a word of its own the question does not use (``kết thúc nhiệm kỳ vào năm
    2011`` does not date ``bắt đầu nhiệm kỳ``)."""
    words = [(m.end(), w) for m in re.finditer(r"[^\W_]+", c["text"]) for w in _words(m.group())]
    asked = set(ctx["asked"].split()) if ctx else set()
    stop = set(ctx.get("stop", ())) if ctx else set()
    ends = []
    for part in phrases:
        n = len(part.split())
        for k in range(len(words) - n + 1):
            if " ".join(w for _, w in words[k : k + n]) != part:
                continue
            before = words[k - 1][1] if k else ""
            # ("kể từ sau binh biến ngày 1/2": "sau", "trước" say when about the event, not another one)
            if ctx and n == 2 and before and before not in asked and before not in stop | {"sau", "truoc"}:
                continue
            ends.append(words[k + n - 1][0])
    for end in ends:
        for t in c["times"]:
            if t["value"] and t["granularity"] != "duration" and not t["value"].startswith("XXXX"):
                between = c["text"][end : t["start"] - c["start"]]
                if t["start"] - c["start"] < end:
                    continue
                # "Ngoại trưởng Mỹ từ 1973-1977": a name the question gives may stand before the time
                named = re.fullmatch(r"\s*((?:[A-ZĐÀ-Ỹ][^\W\d_]*\s+){1,3})(?:từ|vào|trong)?\s*", between)
                if _NOUN_TO_TIME.fullmatch(between) or (
                    ctx and named and set(_words(named.group(1))) <= set(ctx["asked"].split())
                ):
                    return [{"answer": t["text"], "normalized": t["value"]}]
    return []


_AS_OF = re.compile(r"\b(?:tinh|cho) (?:den|toi)(?: het)?(?: ngay| thang| nam)?$")


def _as_of(c, item: dict[str, Any]) -> bool:
    """``tính đến nay`` (``../2021-04-29``), ``Tính đến ngày 27/4``, ``từ 2019`` (``2019/..``): a bound
    a count or a state is given at, which dates no event — only a question asking ``trước / từ / đến …
    nào`` takes it (``_bounded_date``)."""
    value = str(item["normalized"])
    if value.startswith("../") or value.endswith("/.."):
        return True
    at = c["text"].find(str(item["answer"]))
    return at > 0 and bool(_AS_OF.search(" ".join(_words(c["text"][:at])[-4:])))


# what, at most four words before a verb, says it has not happened: "vẫn có thể được tìm thấy", "chưa ký"
# (a plan keeps its date: "sẽ tạm dừng từ ngày 25/4" answers "tạm dừng từ ngày nào")
_NOT_DONE = re.compile(r"\b(?:co the|chua|khong|hy vong|hi vong|ky vong)\b")


def _only_hedged(text: str, verb: str | None) -> bool:
    """Whether every time the sentence writes the verb whose date is asked, something before it says it
    has not happened (yet); the compounds that merely hold a denial's syllable ("không quân", "hàng
    không") are the yes/no answers' (``NOT_HEDGING_FOLDED``) and deny nothing here either."""
    if not verb:
        return False
    words = _words(text)
    at = [k for k, w in enumerate(words) if w == verb]
    return bool(at) and all(_NOT_DONE.search(_without_compounds(words[max(0, k - 4) : k])) for k in at)


def _without_compounds(window: list[str]) -> str:
    """The words joined, each one of a ``NOT_HEDGING_FOLDED`` compound (within them) written as ``_``."""
    covered = in_compounds(window, NOT_HEDGING_FOLDED)
    return " ".join("_" if k in covered else w for k, w in enumerate(window))


def _date_answer(c, ctx):
    """The asked date, never one the question itself gives (``công bố ngày 31/10 … có hiệu lực từ ngày
    nào``, ``gấp 20 lần cả năm 2020, trong tháng nào``), nor a year or month for ``ngày nào``, nor a year
    for ``tháng nào``: such a coarser date is kept in ``ctx["coarser"]`` for the reply to mention."""
    given = {(int(d), int(m)) for d, m in re.findall(r"\b(\d{1,2})/(\d{1,2})\b", ctx["question"])}
    given_years = _years_given(ctx)
    if _only_hedged(c["text"], ctx.get("dated_verb")) and not _only_hedged(
        ctx["question"], ctx.get("dated_verb")
    ):
        # (a denial the question writes too is part of what it asks: "… u gan không cần mổ vào ngày nào?")
        return []  # "… cho biết tàu ngầm vẫn có thể được tìm thấy": it has not been, on that day or any
    found = []
    # "tính đến ngày nào" takes the bound itself; "từ ngày nào" asks when something began
    bounded = _DATE_PREPOSITION.search(ctx["asked"])
    bounded = bounded is not None and bounded.group(1) in ("truoc", "den", "sau")
    for item in _stated_date(c, ctx):
        value = str(item["normalized"])
        if not bounded and _as_of(c, item):
            continue  # "Ca mắc đầu tiên được phát hiện khi nào?" is not answered by "tính đến nay"
        day = re.match(r"\d{4}-(\d\d)-(\d\d)", value)  # a day, or a time of day ("4h50 sáng ngày 1/11")
        if day and (int(day.group(2)), int(day.group(1))) in given:
            continue
        if value in given_years:
            continue  # "… gấp 20 lần cả năm 2020, trong tháng nào?": the question's own year
        if (_ASKS_DAY.search(ctx["asked"]) and not day) or (
            _ASKS_MONTH.search(ctx["asked"]) and len(value) == 4
        ):
            ctx.setdefault("coarser", {**item, "evidence": c})
            continue
        found.append(_at_granularity_asked(item, ctx["asked"]))
    return found


def _years_given(ctx) -> set[str]:
    """The years the question itself writes (``năm 2020``), which never answer it."""
    return set(re.findall(r"\bnăm (\d{4})\b", ctx["question"]))


_ASKS_DAY = re.compile(r" (?:ngay|hom) nao ")
_ASKS_YEAR = re.compile(r" nam nao ")
_ASKS_MONTH = re.compile(r" thang nao ")


def _at_granularity_asked(item: dict, asked: str) -> dict:
    """``năm nào`` asks for a year: ``tháng 3/2014`` answers it, normalised ``2014``; ``tháng nào`` a month."""
    value = str(item["normalized"])
    if _ASKS_DAY.search(asked):
        # "ngày nào" ← "4h50 sáng ngày 1/11": the day, as asked
        return {**item, "normalized": value[:10]} if re.match(r"\d{4}-\d\d-\d\dT", value) else item
    if not re.match(r"\d{4}-\d\d", value):
        return item
    if _ASKS_YEAR.search(asked) and not _ASKS_MONTH.search(asked):
        return {**item, "normalized": value[:4]}
    if _ASKS_MONTH.search(asked) and len(value) > 7:
        return {**item, "normalized": value[:7]}
    return item


def _stated_date(c, ctx):
    asked = _DATE_PREPOSITION.search(ctx["asked"])
    if asked:
        bounded = _bounded_date(c, asked.group(1))
        if bounded or asked.group(1) in ("truoc", "den", "sau"):
            return bounded  # a deadline is never the date of something else in the sentence
        # "từ năm nào": a start the text may give without "từ" ("gia nhập WTO năm 2007")
    attached = _time_of_event_noun(c, ctx.get("event_noun"))
    if attached:
        return attached
    # only an event of the asked kind dates the answer ("giữ chức … từ năm nào" is no event we read)
    asked_events = _matching_events(c, ctx["actions"], ctx["entities"]) if ctx["actions"] else []
    for e in asked_events:
        if e.get("date") and e["date"].get("value"):
            return [{"answer": e["date"]["text"], "normalized": e["date"]["value"]}]
    # "Bà Rice kết thúc nhiệm kỳ … vào năm nào?" ← "Khi kết thúc nhiệm kỳ vào năm 2009": the words asked,
    # written as asked, and a time right after them (even when the event read there is undated: "cam kết
    # đưa một tàu khu trục đến châu Á vào tháng 8" dates the voyage, not the commitment)
    attached = _time_after(c, _asked_phrases(ctx), ctx)
    if attached:
        return attached
    if asked_events:
        return []  # the asked event is here, undated: the sentence's times date something else
    if c.get("coverage", 1.0) < FREE_TIME_SUPPORT and not c.get("states_figure_asked"):
        # no event of the asked kind is dated here: a bare time needs nearly every word asked, or the
        # figure of thousands the question names ("gần 353.000 ca … trong ngày 26/4")
        return []
    # a time the event stage gave to another kind of event dates that one ("Tuần trước, Australia thông báo
    # hủy 2 thỏa thuận mà bang Victoria đã ký": the announcing, not the signing)
    others = {
        (e["date"].get("text"), e["date"].get("value"))
        for e in c["events"]
        if e.get("date") and ctx["actions"] and e["action"] not in ctx["actions"]
    }
    given_years = _years_given(ctx)
    dated = [
        t
        for t in c["times"]
        if t["granularity"] != "duration"
        and t["value"]
        and not t["value"].startswith("XXXX")
        and not _dates_another_verb(c, t, ctx)
        and not _asked_of_an_earlier_event(c, t, ctx)
        and (t["text"], t["value"]) not in others
        and t["value"] not in given_years  # "… cả năm 2020, trong tháng nào?": the question's own
    ]
    best = _nearest(dated, _anchor(c, ctx))
    return [{"answer": best[0]["text"], "normalized": best[0]["value"]}] if best else []
