"""Answer a Vietnamese question from the store, with the sentence that proves it — or say it can't.

1. Read the question: what it asks for (``khi nào`` → date, ``ở đâu`` → place, ``ai`` → person,
   ``bao nhiêu`` → number, ``những … nào`` → list, ``có … không`` → yes/no, ``vì sao`` → reason),
   its entities (the same recogniser as ingest) and its action words (the event triggers).
2. A named entity the store has never seen ends it: the reply names it (``question_entities.py``).
3. Candidate sentences mention every entity of the question (``candidates.py``); each is scored by
   how many of the question's content words it contains, plus a bonus when it holds an event of the
   asked action (``support.py``).
4. The answer comes from the structured records of the best-supported sentence (event date,
   place, actors, object; quantities; times), never from free text guessing (``answers.py`` and
   ``answer_*.py``, one per kind of question).  Below the support threshold the answer is null.

    >>> from thoisu.query.ask import ask
    >>> ask(store, "Nga trở thành Đối tác Đối thoại đầy đủ của ASEAN khi nào?")["normalized"]   # doctest: +SKIP
    '1996-07'
"""

from __future__ import annotations

import re
from typing import Any

from thoisu.query.answer_roles import answer_from_roles
from thoisu.query.answer_yesno import existence_asked
from thoisu.query.answers import _EXTRACTORS, _k, _post_asked, countries_asked
from thoisu.query.candidates import (
    _candidate_sentences,
    _evidence,
    _rival_types,
    documents_naming,
)
from thoisu.query.question import (
    _answer_types,
    _asks_object,
    _described,
    _direction_asked,
    _event_noun,
    _folded_titles,
    _in_light_verb,
    _marked_words,
    _noun_asked,
    _office_named,
    _product_cue_words,
    _spec,
    _trigger_for,
    _unit_after_how_many,
    _verb_before_how_many,
    _verb_before_when,
    _without_qualifier,
    _word_units,
    _words,
    naming_figures,
    person_title_positions,
    place_kinds,
    question_type,
)
from thoisu.query.question_entities import named_in_question
from thoisu.query.support import Asked, incident_asked, only_happened, supported
from thoisu.store.base import Store
from thoisu.text.normalize import normalize

_DESIGNATION = re.compile(r"(?<![\w.-])(?=[\w.-]*\d)(?=[\w.-]*[^\W\d_])[^\W_]+(?:[-.][^\W_]+)*")
RELATED = 3  # sentences a reply without an answer points to as the nearest the corpus has
PRESENT_WINDOW = 0.35  # how far below the best a sentence speaking of the present may be to answer "đến nay"


def ask(store: Store, question: str) -> dict[str, Any]:
    from thoisu.extract.entities import _foreign_syllable
    from thoisu.extract.events import _triggers
    from thoisu.extract.gazetteer import syllables
    from thoisu.pipeline import Pipeline
    from thoisu.query.entities import bare_surnames

    text, _ = normalize(question)
    qtype = question_type(text)
    reply: dict[str, Any] = {
        "question": question,
        "type": qtype,
        "answer": None,
        "normalized": None,
        "evidence": [],
        "confidence": 0.0,
    }
    qdoc = Pipeline(["sentences", "tokens", "entities"]).from_text(text, name="question")
    qdoc.mentions = sorted(
        [*qdoc.mentions, *bare_surnames(store, text, qdoc.mentions)], key=lambda m: m.start
    )
    named = named_in_question(store, text, qdoc)
    if named.unknown:
        reply["not_found"] = named.unknown
        reply["message"] = "Không có trong kho dữ liệu: " + ", ".join(named.unknown)
        return reply
    groups, group_starts, sources, besides = named.groups, named.starts, named.sources, named.besides
    entity_ids = sorted({i for g in groups for i in g} | named.described_by)
    entity_words = {w for m in qdoc.mentions for w in _words(m.text)} - named.loose_words
    # "Tàu ngầm KRI Nanggala 402": the kind of product is said by a sentence naming the product itself
    # (a sentence leaving the product to its article must say what it is: "Tàu ngầm mất tích …")
    cue_words = _product_cue_words(text, qdoc.mentions)
    triggers, longest = _triggers()
    qwords = _words(text)
    if besides:
        qwords = _words(text[besides.end() :])
    # triggers are keyed by syllables with their marks ("trừng phạt"), not folded ones ("trung phat")
    marked = syllables(text)
    # "Tính đến ngày 2/11/2020, …": "đến" there says until when, no visit
    until = {tuple(p.split()) for p in _spec().get("until_phrases", [])}
    matched = [
        (t.action, " ".join(_words(" ".join(marked[k : k + n]))))
        for k in range(len(marked))
        for n in range(1, longest + 1)
        if (t := _trigger_for(triggers, marked[k : k + n]))
        and not any(
            tuple(w.lower() for w in marked[k - len(p) + 1 : k + 1]) == p for p in until if k >= len(p) - 1
        )
    ]
    # verbs a question uses for an action the text states with a trigger ("nói" for "cho biết")
    asked_as = _spec().get("question_actions", {})
    matched += [
        (asked_as[" ".join(marked[k : k + n])], " ".join(_words(" ".join(marked[k : k + n]))))
        for k in range(len(marked))
        for n in (1, 2)
        if " ".join(marked[k : k + n]) in asked_as
    ]
    stop = set(_spec()["stopwords"])
    # "Zelensky tổ chức họp báo …": the event asked is the noun after the light verb, not a HOLD event
    event_noun = _event_noun(qwords, entity_words)
    if event_noun:
        light = set(_spec()["light_verbs"])
        used = [v.split() for v in light if f" {v} " in f" {' '.join(qwords)} "]
        # "đưa ra ước tính": neither "đưa ra" nor its "ra" is the action asked
        matched = [(a, w) for a, w in matched if not any(set(w.split()) <= set(v) for v in used)]
        qwords = [w for k, w in enumerate(qwords) if not _in_light_verb(qwords, k, light)]
    # "trong tổ chức nào", "Tổ chức có trụ sở tại Bắc Kinh nào": the noun asked for ("tổ chức", an
    # organisation) is no action ("tổ chức", to hold)
    joined = f" {_without_qualifier(qwords, entity_words)} "
    matched = [
        (a, w)
        for a, w in matched
        if not (f" {w} nao " in joined and any(w == n or w in n.split() for n in _spec()["answer_types"]))
    ]
    # "Căng thẳng … bắt đầu từ ngày nào?": the start of what its subject names, not an event of founding;
    # a sentence says it with "từ ngày 27/9"
    starts_when = re.search(r" bat dau (?:tu |vao )?(?:ngay|nam|thang|khi|luc|thoi diem) nao ", joined)
    matched = [(a, w) for a, w in matched if not (starts_when and w == "bat dau")]
    if qtype == "place":
        matched = [(a, w) for a, w in matched if not _direction_asked(w, joined, stop, entity_words)]
    actions = {a for a, _ in matched}
    # "… bình luận về việc tàu ngầm gặp nạn chưa?": every action asked is inside the object after "về",
    # which a sentence may write as a reference back ("về thông tin này")
    after_about = joined.partition(" ve ")[2]
    object_actions = (
        qtype == "yesno" and bool(matched) and all(f" {w} " in f" {after_about} " for _, w in matched)
    )
    action_words = {w for _, w in matched}  # folded: "tro thanh"
    asked_nouns = {
        w
        for n in [*_spec()["answer_types"], *_spec()["time_nouns"]]
        for w in n.split()
        if f"{n} nao" in " ".join(qwords)
    }  # "giai đoạn nào", "nhà phân tích nào": what is asked for is no word the answer's sentence must hold
    # "hòn đảo nào", "ngọn núi nào": the kind of place asked, with its classifier — a sentence holding it
    # is no worse for it, one naming the place without it ("đổ bộ vào Catanduanes") no better
    place_asked = re.search(rf"(?:\b(hon|ngon|con) )?\b({place_kinds()}) nao\b", " ".join(qwords))
    place_words = (
        set(place_asked.group(2).split()) | set(place_asked.groups()[:1]) - {None} if place_asked else set()
    )
    # "Nữ bệnh nhân 84 tuổi …": an age describes who is meant; the answer's sentence may call her otherwise
    qualifiers = {k for k in range(len(qwords) - 1) if qwords[k].isdigit() and qwords[k + 1] == "tuoi"}
    qualifiers |= {k + 1 for k in qualifiers}
    # "Viện Hudson nơi chuyên gia Bryan Clark làm việc đặt ở nước nào?": a "nơi" clause says which place is
    # meant; the sentence that answers need not repeat it (the verb before "ở … nào" is what is asked)
    if qtype == "place" and "noi" in qwords[1:]:
        k = qwords.index("noi", 1)
        where = next((j for j in range(k + 2, len(qwords) - 1) if qwords[j] in ("o", "tai")), None)
        if where is not None and k + 1 < where - 1:
            qualifiers |= set(range(k, where - 1))
    # "Adam Rainer, người đàn ông từng …, sinh năm nào?": an apposition after a person says who is meant; a
    # sentence naming the person ("Rainer sinh năm 1899") need not repeat it
    for m in qdoc.mentions if not besides else []:
        apposition = (
            re.match(r",\s*(?:người|một|nhà|cựu)\s[^,?]+,", text[m.end :]) if m.type == "PER" else None
        )
        if apposition:
            qualifiers |= set(
                range(len(_words(text[: m.end])), len(_words(text[: m.end + apposition.end()])))
            )
    # "Tổng thống Chad Idriss Deby bao nhiêu tuổi?": the title says who is meant; a sentence naming the
    # person ("Ông Deby, 68 tuổi, …") need not repeat it, one that does is no better for it
    person_titles = {qwords[k] for k in person_title_positions(text, qdoc.mentions)} if not besides else set()
    # "trong giai đoạn 2010-2012": the figures say the period; a sentence writes "từ năm 2010 đến năm 2012"
    for noun in _spec()["time_nouns"]:
        n = len(noun.split())
        qualifiers |= {
            k + j
            for k in range(len(qwords) - n)
            if qwords[k : k + n] == noun.split() and qwords[k + n].isdigit()
            for j in range(n)
        }
    # "Trong bài phát biểu trước Quốc hội, ông Biden có …", "Sau khi mất chức …, ông X …": the occasion
    # framed before the question is the article's setting; the sentence that answers need not repeat its
    # words (a year it gives, yes)
    frame = re.match(r"\s*(?:Trong|Sau khi|Trước khi)\s+[^,?]+,", text)
    framed = {w for w in _words(frame.group()) if not w.isdigit()} if frame else set()
    # … and so is one closing it ("… sơ tán bao nhiêu người dân trước khi siêu bão Goni đổ bộ?")
    # "… tổng thống lâm thời Chad sau cái chết của ông Deby?": an event after or before which the one asked
    # came, written as a noun — but a name there ("sau vụ nổ kho đạn Vrbetice") still says which event
    closing = re.search(r"\s(?:sau|trước)(?: (khi))?\s+[^,?]+\?\s*$", text) if not frame else None
    rest = _words(text[frame.end() :]) if frame else []
    if closing:
        framed = {w for w in _words(closing.group()) if not w.isdigit()}
        if not closing.group(1):  # a noun, not a "khi" clause: its names still say which event
            framed -= {w for m in re.finditer(r"[A-ZĐ][^\W_]*", closing.group()) for w in _words(m.group())}
        rest = _words(text[: closing.start()])
    # "Theo dự báo của IMF, …": the kind of account its source gave, which a sentence naming the source may
    # write as its verb ("IMF kỳ vọng …")
    account = re.match(r"\s*Theo\s+((?:[a-zđ\u00e0-\u1ef9]+\s+)+)(?:của\s+)?(?=[A-ZĐ])[^,?]+,", text)
    account_words = set(_words(account.group(1))) - set(_words(text[account.end() :])) if account else set()
    content = list(
        dict.fromkeys(
            w
            for k, w in enumerate(qwords)
            if w not in stop and w not in entity_words and w not in asked_nouns and k not in qualifiers
        )
    )
    content = [w for w in content if w not in framed or w in rest] if framed else content
    if starts_when:
        content = [w for w in content if w not in ("bat", "dau")]  # "từ ngày 27/9" says the start
    equivalents = _spec().get("equivalents", {})
    # words of names the recogniser left unclaimed ("núi Meron"): not a title's ("Thủ tướng")
    title_words = {w for t in _folded_titles() for w in t}
    capitalised = {w for m in re.finditer(r"(?<=\s)[A-ZĐ][^\W\d_]+", text) for w in _words(m.group())}
    # … and a name opening the question, which every sentence's first word is written like: only one no
    # Vietnamese syllable spells ("Talentnet được thành lập …", not "Bệnh viện …")
    opening = re.match(r"\s*([A-ZĐ][^\W\d_]+)\b", text)
    if opening and _foreign_syllable(opening.group(1)):
        capitalised |= set(_words(opening.group(1)))
    # … and designations mixing letters and digits ("H-6K", "PCL-191"): the recogniser knows few of them
    designated = {w for m in _DESIGNATION.finditer(text) for w in _words(m.group())}
    capitalised |= designated
    capitalised -= set(stop) | title_words
    # "Chùa Thiên Mụ ở Huế …": a place the question writes only as where a name the recogniser left
    # unclaimed stands (each group -> that name's words)
    located = {
        k: name
        for k, at in enumerate(group_starts)
        if (before := re.search(r"((?:[A-ZĐ][^\W\d_]*\s+)+)(?:ở|tại)\s+$", text[:at]))
        and (name := set(_words(before.group(1))) & capitalised)
    }
    # "siêu bão Molave": the lower-case word a name the recogniser left unclaimed is written after
    tokens = re.findall(r"[^\W_]+", text)
    name_cues = {
        " ".join(_words(b)): a
        for a, b in zip(tokens, tokens[1:], strict=False)
        if a.islower()
        and b[0].isupper()
        and " ".join(_words(b)) in capitalised
        and " ".join(_words(b)) in content
    }
    units = _word_units(qdoc, content)
    want = _answer_types(qwords, qtype, entity_words, text)
    unit = _unit_after_how_many(text) if qtype == "number" else []
    # "Nga đã rút bao nhiêu binh sĩ": the verb counted over must be in the evidence, not just its nouns
    counted_verb = _verb_before_how_many(qwords, stop, entity_words) if qtype == "number" else None
    # "Những nước nào đã cử tàu hỗ trợ …": the verb the one asked for did, written right after its tense
    done = re.search(r" (?:nao|ai) (?:da|dang|se) (\w+) ", " " + " ".join(qwords) + " ")
    done_verb = done.group(1) if done and done.group(1) in content else None
    done_actions = {a for a, w in matched if done_verb and w.split()[0] == done_verb}
    # "Cuộc tập trận … kết thúc vào ngày nào?": a sentence dating only its announcement does not answer
    # (a name the recogniser left unclaimed is no verb: "… ở công viên Yingpanshan khi nào?")
    dated_verb = _verb_before_when(qwords, stop, entity_words | capitalised) if qtype == "date" else None
    dated_actions = {a for a, w in matched if dated_verb in w.split()}
    # "rời Nhà Trắng vào ngày nào": the verb before the place it governs, which a sentence must not
    # leave to a clause of another time
    clause_verb = (
        _verb_before_when(qwords, stop, entity_words, through_names=True) if qtype == "date" else None
    )
    # "được đóng vào năm nào": a one-syllable verb written with its marks is that verb, not "chuyển động"
    marks_of = dict(zip(_words(text), _marked_words(text), strict=False))
    dated_marked = marks_of.get(dated_verb) if dated_verb and dated_verb not in units else None
    copular = re.match(r"\s*(ai la|ai hien la)\b|.*\bla ai\s*$", " ".join(_words(text)))
    taken = (_post_asked(text) or ("", False))[1]
    if qtype == "person" and copular and not taken:
        # "Ai là Người phát ngôn …?" asks who holds a post; "Ai được đề cử làm …?" asks who takes one
        # "Ai là Đại sứ Mỹ tại Việt Nam?": the posting must be stated with the role, or it is another post
        postings = [g for g, at in zip(groups, group_starts, strict=True) if text[:at].endswith(" tại ")]
        # "chỉ huy tàu Đô đốc Shaposhnikov": a title inside a ship's name is no post asked about
        unnamed = text
        for m in qdoc.mentions:
            if m.type == "PRODUCT":
                unnamed = unnamed[: m.start] + re.sub(r"\w", "x", text[m.start : m.end]) + unnamed[m.end :]
        by_role = answer_from_roles(store, unnamed, groups, postings, group_starts)
        if by_role:
            reply.update(by_role)
            return reply
    # "Ai là Bộ trưởng Y tế Ấn Độ?": a sentence can only answer if it names that office itself
    office = _office_named(text) if qtype == "person" else None
    # "Ai là người đứng đầu chính quyền quân sự Myanmar?": the description must be written as one phrase
    described = _described(text, entity_words) if qtype == "person" and not actions else None
    if office and copular and not set(content) - set(office.split()):
        # "Ai là Ngoại trưởng Ukraine?" asks who holds the office: only a stated role answers it
        reply["message"] = "Không có câu nào trong kho dữ liệu nêu người giữ chức vụ này."
        return reply
    candidates = _candidate_sentences(store, groups, content)
    if sources:
        told = documents_naming(store, sources)
        candidates = [c for c in candidates if c["doc_id"] in told]
    asked = " " + " ".join(qwords) + " "
    rivals = _rival_types(store, groups, want)
    scored = []
    article_words: dict[Any, set[str]] = {}
    months = {f"{y}-{int(m):02d}" for m, y in re.findall(r"\btháng\s+(\d{1,2})/(\d{4})\b", text)}
    months_given = {p.lstrip("0") for ym in months for p in ym.split("-")}
    # "trong ngày 30/10/2020": a sentence of that year writes "ngày 30/10", and its time says the year
    days = {
        f"{y}-{int(m):02d}-{int(d):02d}": [d.lstrip("0"), m.lstrip("0"), y]
        for d, m, y in re.findall(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b", text)
    }
    # "Theo Bộ Y tế Ấn Độ ngày 29/4, …": a day without its year, which an article of that day need not write
    bare_days = {
        f"{int(m):02d}-{int(d):02d}": [d.lstrip("0"), m.lstrip("0")]
        for d, m in re.findall(r"\bngày\s+(\d{1,2})/(\d{1,2})\b(?!/\d)", text)
    }
    # "trước dịp lễ 30/4", "dịp 30/4 - 1/5 năm 2021": an occasion named by its day, which a sentence of an
    # article about it need not write — "D/M" -> its figures
    article_days = {
        f"{d}/{m}": [d, m, *([y] if y else [])]
        for occasion in re.finditer(
            r"\bdịp\s+(?:lễ\s+)?(\d{1,2})/(\d{1,2})(?:\s*-\s*(\d{1,2})/(\d{1,2}))?(?:\s+năm\s+(\d{4}))?", text
        )
        for d, m, y in _days_of(occasion)
    }
    # "gần 353.000 ca nhiễm mới": a figure of thousands the question writes says which fact it asks about
    big_figures = [
        " ".join(_words(f)) for f in re.findall(r"(?<![\d.,])\d{1,3}(?:\.\d{3})+(?![\d.,]\d)", text)
    ]
    # "vòng 3", "năm 2017": a number asked about must be there; one inside a designation ("Covid-19")
    # need only be in the sentence's article, as the designation's other words
    numbers = [w for w in content if w.isdigit() and w not in designated]
    naming = naming_figures(text, qwords, numbers, stop)
    # "Đã có bên nào nhận trách nhiệm … chưa?" ← "Hiện chưa có bên nào đứng ra nhận trách nhiệm …": a
    # denial that such a thing exists answers, however little else of the question it repeats
    existence = existence_asked(" ".join(qwords), content) if qtype == "yesno" else []
    q = Asked(
        qtype=qtype,
        content=content,
        asked=asked,
        groups=groups,
        rivals=rivals,
        sources=sources,
        account_words=account_words,
        actions=actions,
        action_words=action_words,
        object_actions=object_actions,
        after_about=after_about,
        existence=existence,
        numbers=numbers,
        naming_numbers=naming,
        months=months,
        months_given=months_given,
        days=days,
        bare_days=bare_days,
        article_days=article_days,
        big_figures=big_figures,
        counted_verb=counted_verb,
        done_verb=done_verb,
        done_actions=done_actions,
        unit=unit,
        units=units,
        equivalents=equivalents,
        dated_verb=dated_verb,
        dated_actions=dated_actions,
        dated_marked=dated_marked,
        clause_verb=clause_verb,
        office=office,
        described=described,
        event_noun=event_noun,
        marks_of=marks_of,
        person_titles=person_titles,
        capitalised=capitalised,
        name_cues=name_cues,
        cue_words=cue_words,
        disease_words=_disease_words(text),
        incident=incident_asked(asked),
        place_words=place_words,
        located=located,
        happened_only=only_happened(action_words),
    )
    for c in candidates:
        score = supported(c, q, article_words)
        if score is not None:
            scored.append((score, c))
    if not scored:
        reply["message"] = "Không tìm thấy câu nào trong kho dữ liệu trả lời câu hỏi này."
        return reply
    scored.sort(key=lambda x: -x[0])
    scored = _latest_first(scored, asked)
    ctx = {
        "actions": actions,
        "action_words": action_words,
        "existence": existence,
        "entities": set(entity_ids),
        "entity_words": entity_words,
        "groups": groups,
        "group_starts": group_starts,
        "asks_object": _asks_object(qwords, action_words),
        "stop": stop,
        "content": [w for w in content if w not in person_titles],
        "want": want,
        "unit": unit,
        "question": text,
        "asked": asked,
        "event_noun": event_noun,
        "noun_asked": _noun_asked(qwords, entity_words),
        "countries_asked": countries_asked(set(entity_ids), asked),
        "name_cues": name_cues,
        "unclaimed": capitalised,  # words of names the recogniser left unclaimed ("hudson")
        "dated_verb": dated_verb,
        # the question's subject as written ("Hải quân Indonesia"), for sentences that write it in lower case
        "subject_text": next(
            (m.text for m in qdoc.mentions if group_starts and m.start == group_starts[0]), None
        ),
    }
    return _reply_from(scored, ctx, qtype, reply)


def _latest_first(
    scored: list[tuple[float, dict[str, Any]]], asked: str
) -> list[tuple[float, dict[str, Any]]]:
    """ "Ấn Độ đã ghi nhận tổng cộng bao nhiêu ca mắc tính đến nay?" asks the figure as it stands now: of
    the sentences about as well supported as the best that speak of their own present ("Đến nay, …", or
    a period up to their day), the newest article's come first (the best supported of a day first) — the
    corpus's latest statement of it, not the best-worded stale one.  Any other question keeps the order
    of support."""
    markers = _spec().get("present_markers", [])
    if not scored or not any(f" {m} " in asked for m in markers):
        return scored
    best = scored[0][0]

    def of_now(c: dict[str, Any]) -> bool:
        folded = f" {' '.join(_words(c['text']))} "
        return any(f" {m} " in folded for m in markers) or any(
            (t["value"] or "").startswith("../") for t in c["times"]
        )

    now = [(s, c) for s, c in scored if s >= best - PRESENT_WINDOW and of_now(c)]
    if not now:
        return scored
    now.sort(key=lambda x: (x[1].get("published") or "", x[0]), reverse=True)
    chosen = {id(c) for _, c in now}
    return now + [(s, c) for s, c in scored if id(c) not in chosen]


def _days_of(occasion: re.Match) -> list[tuple[str, str, str | None]]:
    """The one or two days (day, month, year) an occasion is named by ("dịp 30/4 - 1/5 năm 2021")."""
    d1, m1, d2, m2, y = occasion.groups()
    return [(d1, m1, y), *([(d2, m2, y)] if d2 else [])]


def _disease_words(text: str) -> set[str]:
    """The folded words of the diseases (entity_heads.yaml) the question names: "Covid-19" → covid, 19."""
    from thoisu.extract.entity_spans import _entity_heads

    folded = f" {' '.join(_words(text))} "
    named = [" ".join(_words(d)) for d in _entity_heads().get("diseases", [])]
    return {w for d in named if f" {d} " in folded for w in d.split()}


def _reply_from(
    scored: list[tuple[float, dict[str, Any]]], ctx: dict[str, Any], qtype: str, reply: dict[str, Any]
) -> dict[str, Any]:
    """The answer the best-supported sentences give, through the extractor of the question's type: a
    list gathers the items of every sentence about as well supported as the best; any other type
    takes the first sentence that yields one.  Without one, the reply points to the nearest sentences."""
    extractor = _EXTRACTORS[qtype]
    if qtype == "list":
        items: list[dict[str, Any]] = []
        best = scored[0][0]
        for score, c in scored:
            if score < best - 0.25:
                break
            for item in extractor(c, ctx):
                if _k(item["normalized"]) not in {_k(i["normalized"]) for i in items}:
                    items.append({**item, "evidence": [_evidence(c)]})
        if items:
            reply.update(
                answer=[i["answer"] for i in items],
                normalized=[i["normalized"] for i in items],
                items=items,
                evidence=[e for i in items for e in i["evidence"]],
                confidence=round(min(1.0, best), 2),
            )
        else:
            reply["message"] = "Có câu liên quan nhưng không nêu điều được hỏi."
            reply["related"] = [_evidence(c) for _, c in scored[:RELATED]]
        return reply
    for score, c in scored:
        found = extractor(c, ctx)
        if found:
            if "entity" in found[0]:
                reply["entity"] = found[0]["entity"]
            reply.update(
                answer=found[0]["answer"],
                normalized=found[0]["normalized"],
                evidence=[_evidence(c)],
                confidence=round(min(1.0, score), 2),
            )
            return reply
    reply["message"] = "Có câu liên quan nhưng không nêu điều được hỏi."
    # no answer, but the user may read the sentences nearest to one (never counted as evidence)
    reply["related"] = [_evidence(c) for _, c in scored[:RELATED]]
    if ctx.get("coarser"):
        coarser = ctx["coarser"]
        reply["message"] += (
            f" Kho dữ liệu chỉ nêu thời điểm kém chính xác hơn: {coarser['answer']}"
            f" ({coarser['evidence']['doc']})."
        )
    return reply
