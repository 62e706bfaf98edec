"""Extracting the answer of each question type from one candidate sentence and its records.

Every extractor takes the candidate ``c`` (a sentence with its events, times, mentions and
quantities) and the question context ``ctx`` (asked actions, entities, content words, wanted
answer types, the unit after ``bao nhiêu``), and returns ``[{answer, normalized, …}]`` or ``[]``.
"""

from __future__ import annotations

import re
from typing import Any

from thoisu.text.normalize import fold, tone_key


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", fold(tone_key(text)))


def _k(value: Any) -> str:
    return " ".join(_words(str(value)))


def _spec() -> dict[str, Any]:
    from thoisu.query.ask import _spec as spec

    return spec()


def _matching_events(
    c: dict[str, Any], actions: set[str], entities: set[str] | None = None
) -> list[dict[str, Any]]:
    """Events of the asked action, those involving more of the question's entities first."""
    evs = [e for e in c["events"] if not actions or e["action"] in actions]

    def involved(e: dict[str, Any]) -> int:
        ids = {a.get("entity_id") for a in [*e["actors"], e.get("object") or {}, e.get("place") or {}]}
        return len(ids & (entities or set()))

    return sorted(evs, key=lambda e: -involved(e))


def _anchor(c: dict[str, Any], ctx: dict[str, Any]) -> int:
    """Where in the sentence the question's content words match (their mean offset)."""
    folded = fold(tone_key(c["text"]))
    hits = [m.start() for w in ctx["content"] for m in re.finditer(rf"(?<!\w){re.escape(w)}(?!\w)", folded)]
    return c["start"] + (sum(hits) // len(hits) if hits else 0)


def _nearest(items: list[dict[str, Any]], pos: int) -> list[dict[str, Any]]:
    return sorted(items, key=lambda x: abs(x["start"] - pos))


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
}


def _dates_another_verb(c, t, ctx) -> bool:
    """``do Đức sản xuất năm 1978 đã mất tích``: a time right after a lower-case word the question does
    not use dates that word ("sản xuất"), not what the question asks about ("mất tích")."""
    before = c["text"][: t["start"] - c["start"]].rstrip()
    last = re.search(r"(\w+)$", before)
    if not last or not last.group(1).islower():
        return False
    word = _words(last.group(1))[0]
    return word not in _TIME_LEADS and word not in ctx["content"] and word not in ctx.get("stop", ())


# what may stand between an event noun and the time that dates it: a place, a time preposition
_NOUN_TO_TIME = re.compile(r"\s*(?:(?:tại|ở)\s+[^,;.()\"]{1,40}?\s*)?(?:vào|hôm|ngày|hồi)?\s*")


def _time_of_event_noun(c, noun: str | None) -> list[dict[str, Any]]:
    """``cuộc họp báo tại Kiev ngày 20/4``, ``cuộc trưng cầu ý dân vào tháng 6/2016``: the time written
    right after the event noun the question asks about (its place may come between)."""
    if not noun:
        return []
    words = [(m.end(), w) for m in re.finditer(r"[^\W_]+", c["text"]) for w in _words(m.group())]
    ends = []
    for n in range(len(noun.split()), 1, -1):  # the whole noun asked, else its head ("sự kiện")
        part = " ".join(noun.split()[:n])
        ends += [
            words[k + n - 1][0]
            for k in range(len(words) - n + 1)
            if " ".join(w for _, w in words[k : k + n]) == part
        ]
    for end in ends:
        for t in c["times"]:
            if t["value"] and t["granularity"] != "duration" and not t["value"].startswith("XXXX"):
                between = c["text"][end : t["start"] - c["start"]]
                if t["start"] - c["start"] >= end and _NOUN_TO_TIME.fullmatch(between):
                    return [{"answer": t["text"], "normalized": t["value"]}]
    return []


def _date_answer(c, ctx):
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
    if asked_events:
        return []  # the asked event is here, undated: the sentence's times date something else
    if c.get("coverage", 1.0) < FREE_TIME_SUPPORT:
        return []  # no event of the asked kind is dated here: a bare time needs nearly every word asked
    # a time the event stage gave to another kind of event dates that one ("Tuần trước, Australia thông báo
    # hủy 2 thỏa thuận mà bang Victoria đã ký": the announcing, not the signing)
    others = {
        (e["date"].get("text"), e["date"].get("value"))
        for e in c["events"]
        if e.get("date") and ctx["actions"] and e["action"] not in ctx["actions"]
    }
    dated = [
        t
        for t in c["times"]
        if t["granularity"] != "duration"
        and t["value"]
        and not t["value"].startswith("XXXX")
        and not _dates_another_verb(c, t, ctx)
        and (t["text"], t["value"]) not in others
    ]
    best = _nearest(dated, _anchor(c, ctx))
    return [{"answer": best[0]["text"], "normalized": best[0]["value"]}] if best else []


_COUNTRY_ASKED = re.compile(r"\b(?:quoc gia|nuoc)\b(?: \w+){0,3} nao\b")


def _typed_mentions(c, ctx, types: set[str]) -> list[dict[str, Any]]:
    """Mentions of the wanted types that the question itself does not name, nor names through a person
    ("Tổng thống Mỹ Joe Biden" when the question names ông Biden); when a country is asked for
    ("quốc gia nào", "nước nào"), countries before regions ("quốc gia Tây Phi Guinea")."""
    asked = ctx["asked"]
    named_people = [m for m in c["mentions"] if m["type"] == "PER" and m["entity_id"] in ctx["entities"]]
    out = [
        m
        for m in c["mentions"]
        if m["type"] in types
        and m["entity_id"] not in ctx["entities"]
        and f" {_k(m['text'])} " not in asked
        and not _nationality_of(m, named_people)
    ]
    if _COUNTRY_ASKED.search(asked):
        countries = [m for m in out if _is_country(m)]
        return countries + [m for m in out if m not in countries]
    return out


def _is_country(m: dict[str, Any]) -> bool:
    """A country's mention (ISO ids, where places and regions have ``city:``, ``region:`` …)."""
    return m["type"] == "LOC" and bool(m["entity_id"]) and ":" not in m["entity_id"]


def _nationality_of(m: dict[str, Any], people: list[dict[str, Any]]) -> bool:
    """A country written right before a person ("Tổng thống Nga Vladimir Putin") is that person's nationality."""
    return m["type"] == "LOC" and any(0 < p["start"] - m["end"] <= 2 for p in people)


def _place_answer(c, ctx):
    # a country right before a person is the person's nationality ("Tổng thống Nga Vladimir Putin"), not a place
    people = [m for m in c["mentions"] if m["type"] == "PER"]
    locs = [m for m in _typed_mentions(c, ctx, {"LOC"}) if not _nationality_of(m, people)]
    allowed = {m["entity_id"] for m in locs}
    for e in _matching_events(c, ctx["actions"], ctx["entities"]):
        if e.get("place") and e["place"].get("entity_id") in allowed:
            return [_entity_item(c, e["place"]["entity_id"], e["place"]["text"])]
    introduced = [
        m for m in locs if _introduced_as_place(c["doc_text"][max(0, m["start"] - 40) : m["start"]])
    ]
    best = _nearest(introduced, _anchor(c, ctx))  # "Moscow bị cáo buộc …": a subject, not a place
    return [_entity_item(c, best[0]["entity_id"], best[0]["text"])] if best else []


def _introduced_as_place(lead: str) -> bool:
    """``tại Jakarta``, ``ở thủ đô Jakarta``, ``ở vùng chiến sự miền Đông``: tại/ở/đến (or an opening
    parenthesis), then at most three lower-case words (what kind of place), then the name."""
    m = re.search(r"(?:\b(?:tại|ở|đến)|\()((?:\s+\w+){0,3})\s*$", lead)
    return bool(m) and all(w.islower() for w in m.group(1).split())


def _entity_item(c, eid, text):
    """An answer that is an entity: its canonical name, and the entity for the reply."""
    import json

    m = next((m for m in c["mentions"] if m["entity_id"] == eid and m["name"]), None)
    if m is None:
        return {"answer": text, "normalized": text}
    entity = {
        "id": eid,
        "name": m["name"],
        "name_vi": m["name_vi"],
        "aliases": json.loads(m["aliases"] or "[]"),
    }
    return {"answer": text, "normalized": m["name"], "entity": entity}


def _post_asked(question: str) -> tuple[str, bool] | None:
    """The post a "who becomes/is X" question names: ``Ai trở thành Bộ trưởng Tài chính mới …`` →
    ``bo truong tai chinh`` (folded), up to a word that ends the post; and whether it is taken
    (``trở thành``, ``làm``) rather than held (``là``)."""
    m = re.search(r"\b(trở thành|làm|là)\s+(.+?)(?:\s+(?:mới|của|tại|ở|trong|năm|vào)\b|\?|$)", question)
    return (" ".join(_words(m.group(2))), m.group(1) != "là") if m else None


def _person_answer(c, ctx):
    asked_post = _post_asked(ctx["question"])
    if asked_post:
        post, taken = asked_post
        folded = fold(tone_key(c["text"]))
        words = post.split()
        # "Bộ trưởng Y tế Singapore" asked, "Bộ trưởng Y tế" written: drop the country the text leaves out
        at = next((a for n in range(len(words), 1, -1) if (a := folded.find(" ".join(words[:n]))) >= 0), -1)
        if at >= 0 and taken:
            # several appointments in one sentence: the person right before the post taken
            people = [m for m in _typed_mentions(c, ctx, {"PER"}) if m["end"] - c["start"] <= at]
            if not people:
                return []  # "Bộ trưởng Giao thông Ong Ye Kung sẽ trở thành …": the post is held, not taken
            best = max(people, key=lambda m: m["end"])
            return [_entity_item(c, best["entity_id"], best["text"])]
        if at >= 0:
            # "Ai là Tổng thống Mỹ tuyên bố …?" ← "Tổng thống Mỹ Bill Clinton tuyên bố": the holder named after it
            after = [m for m in _typed_mentions(c, ctx, {"PER"}) if m["start"] - c["start"] >= at]
            if after and after[0]["start"] - c["start"] - at <= len(post) + 20:
                return [_entity_item(c, after[0]["entity_id"], after[0]["text"])]
    # "Ông Trump thúc đẩy bổ nhiệm ai": "ai" after the verb asks for whom it was done to
    role = "target" if ctx.get("asks_object") else "source"
    for e in _matching_events(c, ctx["actions"], ctx["entities"]):
        for a in sorted(e["actors"], key=lambda a: a.get("role") != role):
            if a.get("type") == "PER" and a.get("entity_id") not in ctx["entities"]:
                return [_entity_item(c, a["entity_id"], a["text"])]
    best = _nearest(_typed_mentions(c, ctx, {"PER"}), _anchor(c, ctx))
    return [_entity_item(c, best[0]["entity_id"], best[0]["text"])] if best else []


_NUM = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)*(?:\s+(?:nghìn|ngàn|triệu|tỷ|tỉ))?")


_MEASURES = {
    "km": ("km", "xa", "dai"),
    "km2": ("km2", "rong", "dien"),
    "ha": ("ha", "rong", "dien"),
    "percent": ("phan", "tram", "ty", "le", "%"),
}


def _copular_figure(text: str, question: str) -> list[dict[str, Any]]:
    """``hạn ngạch … ở Nga là bao nhiêu người?`` ← ``hạn ngạch … ở Nga là 455, trong khi … 280 người``:
    the figure the sentence equates with the words the question puts before ``là bao nhiêu``."""
    from thoisu.text.numbers import parse_number

    q = re.search(r"(\S+\s+\S+)\s+là\s+(?:khoảng\s+)?bao nhiêu", question)
    if not q:
        return []
    subject = _words(q.group(1))
    for m in re.finditer(r"\blà\s+(?:khoảng\s+|gần\s+|hơn\s+)?(" + _NUM.pattern + ")", text):
        if _words(text[: m.start()])[-len(subject) :] == subject and (value := parse_number(m.group(1))):
            return [{"answer": m.group(1), "normalized": value}]
    return []


def _given_numbers(question: str) -> dict[float, set[str]]:
    """The question's own figures, each with the word that follows it: ``trợ cấp 1.400 USD`` gives
    1400 → {"usd"}; ``mấy lần đưa 2 tàu sân bay`` gives 2 → {"tau"}."""
    from thoisu.text.numbers import parse_number

    given: dict[float, set[str]] = {}
    for m in _NUM.finditer(question):
        value = parse_number(m.group())
        if value is not None:
            given.setdefault(value, set()).update(_words(question[m.end() :])[:1] or {""})
    return given


def _is_given(given: dict[float, set[str]], value: float | None, after: str) -> bool:
    """A figure the question gives is not its answer, unless the text counts something else with it
    (``2 lần`` answers ``mấy lần … 2 tàu sân bay``)."""
    if value not in given:
        return False
    word = after.split()[0] if after.split() else ""
    return "" in given[value] or not word or word in given[value]


def _unit_fits(unit: str | None, asked: str) -> bool:
    """ "bao nhiêu khí tài" is not answered by "160km", nor "bao nhiêu điểm" by "52%": a distance, an area
    or a share only when one is asked."""
    return unit not in _MEASURES or not asked or any(w in asked.split() for w in _MEASURES[unit])


def _number_answer(c, ctx):
    from thoisu.text.numbers import parse_number

    text = c["text"]
    given = _given_numbers(ctx["question"])
    if re.search(r"\blên (?:tới |đến |mức )?bao nhiêu", ctx["question"]):
        # "tăng … lên bao nhiêu": the figure after "lên", not the one it rose from
        m = re.search(
            r"\blên (?:tới |đến |mức |thành )?(?:khoảng |gần |hơn )?(\d[\d.,]*(?:\s+(?:nghìn|ngàn|triệu|tỷ|tỉ))?)",
            text,
        )
        if m and (value := parse_number(m.group(1))) is not None:
            return [{"answer": m.group(0).split(" ", 1)[1], "normalized": value}]
    stated = _copular_figure(text, ctx["question"])
    if stated:
        return stated
    if ctx["unit"]:
        unit = " ".join(ctx["unit"][:1])
        spelled = {unit, *_spec().get("equivalents", {}).get(unit, [])}  # "mét" asked, "838 m" written
        for m in _NUM.finditer(text):
            after = " ".join(_words(text[m.end() : m.end() + 25]))
            if (
                (after.startswith(unit) or after.split()[:1] and after.split()[0] in spelled)
                and (value := parse_number(m.group())) is not None
                and not _is_given(given, value, after)
            ):
                return [
                    {
                        "answer": text[
                            m.start() : m.end() + len(text[m.end() :].split(" ", 2)[1]) + 1
                        ].strip(),
                        "normalized": value,
                    }
                ]
    asked = " ".join(ctx["unit"])
    qs = _nearest(
        [
            {**q, "start": c["start"] + text.find(q["text"])}
            for q in c["quantities"]
            if not _is_given(given, q["value"], " ".join(_words(_NUM.sub("", q["text"], count=1))))
            and _unit_fits(q.get("unit"), asked)
        ],
        _anchor(c, ctx),
    )
    if qs:
        return [{"answer": qs[0]["text"], "normalized": qs[0]["value"]}]
    return []


def _ordinal_answer(c, ctx):
    """``thứ mấy``: the ordinal the sentence states (``lần thứ 17``, ``thứ 150``)."""
    from thoisu.text.numbers import parse_number

    # the ordinal nearest to what the question names: "lần thứ 27 trong lịch sử Nga và là thông điệp
    # thứ 17 của Tổng thống Putin" answers "thứ mấy của Tổng thống Putin" with 17
    named = [c["start"] + m["start"] - c["start"] for m in c["mentions"] if m["entity_id"] in ctx["entities"]]
    target = sum(named) // len(named) if named else _anchor(c, ctx)
    found = []
    for m in re.finditer(r"\bthứ\s+(\d+|[^\W\d_]+)", c["text"]):
        value = 1 if m.group(1).lower() == "nhất" else parse_number(m.group(1))
        if value is not None:
            found.append({"answer": m.group(0), "normalized": int(value), "start": c["start"] + m.start()})
    best = _nearest(found, target)
    return [{"answer": best[0]["answer"], "normalized": best[0]["normalized"]}] if best else []


def _duration_answer(c, ctx):
    """``bao lâu``: a duration the sentence states."""
    spans = [t for t in c["times"] if t["granularity"] == "duration" and t["value"]]
    best = _nearest(spans, _anchor(c, ctx))
    return [{"answer": best[0]["text"], "normalized": best[0]["value"]}] if best else []


def _list_answer(c, ctx):
    want = ctx["want"] or {"LOC", "ORG", "PER", "AGREEMENT"}
    out = []
    if want & {"AGREEMENT", "MECHANISM", "EVENT"}:
        for e in _matching_events(c, ctx["actions"], ctx["entities"]):
            obj = e.get("object")
            if obj and obj.get("type") in want:
                out.append(_entity_item(c, obj["entity_id"], obj["text"]))
    for m in _typed_mentions(c, ctx, want):
        out.append(_entity_item(c, m["entity_id"], m["text"]))
    return out


def _entity_answer(c, ctx):
    want = ctx["want"]
    for e in _matching_events(c, ctx["actions"], ctx["entities"]):
        obj = e.get("object")
        if (
            obj
            and obj.get("entity_id")
            and obj["entity_id"] not in ctx["entities"]
            and (not want or obj.get("type") in want)
        ):
            return [_entity_item(c, obj["entity_id"], obj["text"])]
    if not want:
        return []
    typed = _typed_mentions(c, ctx, want)
    if _COUNTRY_ASKED.search(ctx["asked"]):
        typed = [m for m in typed if _is_country(m)] or typed  # a country was asked for: one that is named
    best = _nearest(typed, _anchor(c, ctx))
    return [_entity_item(c, best[0]["entity_id"], best[0]["text"])] if best else []


def _yesno_answer(c, ctx):
    """Yes when the sentence holds an event of the asked action whose doer is the question's subject
    (its first entity); "no" only when that event is negated — never from silence."""

    def by_subject(e: dict[str, Any]) -> bool:
        groups = ctx.get("groups") or []
        doers = {a.get("entity_id") for a in e["actors"] if a.get("role") == "source"}
        return not groups or bool(doers & groups[0])

    asked_events = _matching_events(c, ctx["actions"], ctx["entities"]) if ctx["actions"] else []
    if not asked_events:
        return _yes_by_statement(c, ctx)  # no event of the asked kind to read here
    evs = [e for e in asked_events if by_subject(e)]
    if not evs:
        return []  # the sentence's event has another doer: "Nga có trục xuất …" ← "Mỹ đã trục xuất …"
    done = [e for e in evs if e.get("modality", "asserted") == "asserted"]
    if not done:
        return []  # planned, hoped, possible: neither yes nor no
    e = done[0]
    if not e["negated"] and _HEDGES & set(_words(c["text"])):
        return []  # "… do Quốc hội thông qua bị khựng lại tại Thượng viện": not a plain yes
    return [{"answer": "không" if e["negated"] else "có", "normalized": not e["negated"]}]


# words that deny, hedge or postpone ("khó có khả năng tiếp tục", "nếu …", "sẽ", "bị khựng lại"): a sentence
# holding one never gives a plain yes
_HEDGES = {"khong", "chua", "chang", "chu", "kho", "neu", "the", "nang", "se", "khung"}
_DENIALS = {"khong", "chang"}


def _yes_by_statement(c, ctx):
    """No event to read: yes only when the sentence states every content word of the question in
    order (``Nhật Bản có gửi máy thở đến Ấn Độ không?`` ← ``… đã gửi 300 máy tạo ôxy và 300 máy
    thở đến Ấn Độ``) and nothing denies, hedges or postpones it; no when a "không" right before one of
    those words denies just that; otherwise no answer."""
    words = _words(c["text"])
    content = [w for w in ctx["content"] if not w.isdigit()]
    if len(content) < 2:
        return []
    positions = []
    for w in content:
        found = [k for k, x in enumerate(words) if x == w]
        if not found:
            return []
        positions.append(found[0])
    if positions != sorted(positions):
        return []
    subject = (ctx.get("groups") or [set()])[0]
    said = [m for m in c["mentions"] if m["entity_id"] in subject]
    if subject and not any(len(_words(c["text"][: m["start"] - c["start"]])) <= positions[-1] for m in said):
        return []  # "các nước thành viên NATO … cho Ukraine": Ukraine is not who is a member (or not named)
    hedges = _HEDGES & set(words)
    if not hedges:
        return [{"answer": "có", "normalized": True}]
    denied = {words[p - d] for p in positions for d in (1, 2) if p - d >= 0} & _DENIALS
    if hedges <= _DENIALS and denied == hedges:
        # "ông không nhận thấy bất cứ lợi ích nào" denies just what was asked: a stated no
        return [{"answer": "không", "normalized": False}]
    return []


def _reason_answer(c, ctx):
    m = re.search(r"\b(nhằm|để|vì|do)\s+([^.;]+)", c["text"])
    return [{"answer": m.group(2).strip(), "normalized": m.group(2).strip()}] if m else []


_EXTRACTORS = {
    "date": _date_answer,
    "place": _place_answer,
    "person": _person_answer,
    "number": _number_answer,
    "ordinal": _ordinal_answer,
    "duration": _duration_answer,
    "list": _list_answer,
    "entity": _entity_answer,
    "yesno": _yesno_answer,
    "reason": _reason_answer,
}
