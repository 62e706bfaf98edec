"""Answer a Vietnamese question from the store, with the sentence that proves it — or say it can't.

1. Read the question: what it asks for (``khi nào`` → date, ``ở đâu`` → place, ``ai`` → person,
   ``bao nhiêu`` → number, ``những … nào`` → list, ``có … không`` → yes/no, ``vì sao`` → reason),
   its entities (the same recogniser as ingest) and its action words (the event triggers).
2. A named entity the store has never seen ends it: the reply names it.
3. Candidate sentences mention every entity of the question; each is scored by how many of the
   question's content words it contains, plus a bonus when it holds an event of the asked action.
4. The answer comes from the structured records of the best-supported sentence (event date,
   place, actors, object; quantities; times), never from free text guessing.  Below the support
   threshold the answer is null.

    >>> from thoisu.query.ask import ask
    >>> ask(store, "Nga trở thành Đối tác Đối thoại đầy đủ của ASEAN khi nào?")["normalized"]   # doctest: +SKIP
    '1996-07'
"""

from __future__ import annotations

import re
from typing import Any

from thoisu.query.answer_dates import dated_only_in_other_clause
from thoisu.query.answer_roles import answer_from_roles
from thoisu.query.answer_yesno import denies_existence, existence_asked, refers_back
from thoisu.query.answers import _EXTRACTORS, _k, _post_asked
from thoisu.query.candidates import (
    _candidate_sentences,
    _document_words,
    _evidence,
    _names_a_rival,
    _rival_types,
    documents_naming,
)
from thoisu.query.question import (
    _COMPOSING,
    _answer_types,
    _asks_object,
    _counted_in_parentheses,
    _described,
    _direction_asked,
    _event_noun,
    _folded_titles,
    _head,
    _holds,
    _in_light_verb,
    _marked_words,
    _noun_asked,
    _office_named,
    _product_cue_words,
    _said_otherwise,
    _spec,
    _trigger_for,
    _unit_after_how_many,
    _verb_before_how_many,
    _verb_before_when,
    _word_units,
    _words,
    person_title_positions,
    question_type,
)
from thoisu.store.base import Store
from thoisu.text.normalize import normalize

SUPPORT = 0.6  # share of the question's content words a sentence must contain
_DESIGNATION = re.compile(r"(?<![\w.-])(?=[\w.-]*\d)(?=[\w.-]*[^\W\d_])[^\W_]+(?:[-.][^\W_]+)*")
RELATED = 3  # sentences a reply without an answer points to as the nearest the corpus has
CONTEXT_SUPPORT = 0.8  # the same, for a sentence that leaves the question's entities to its document


def ask(store: Store, question: str) -> dict[str, Any]:
    from thoisu.extract.event_actors import _capitals
    from thoisu.extract.events import _triggers
    from thoisu.extract.gazetteer import gazetteer, syllables
    from thoisu.pipeline import Pipeline
    from thoisu.query.entities import bare_surnames, resolve_entities

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
    groups: list[set[str]] = []  # one set of stored ids per entity the question names
    group_mentions: list[Any] = []  # the question's mention of each
    unknown: list[str] = []
    loose_words: set[str] = set()  # words of descriptive names the store doesn't hold as such
    # "Theo Thủ tướng Malaysia, Myanmar có …": whose account it is; its article must name them, the
    # sentence need not
    attribution = re.match(r"\s*Theo\s+[^,?]+,", text)
    sources: list[set[str]] = []
    for m in qdoc.mentions:
        stored = set(resolve_entities(store, m.entity_id)) if m.entity_id else set()
        stored |= set(resolve_entities(store, m.text))
        if m.type == "ORG" and stored:
            # "Quốc hội": every body the corpus calls so, as an article names "Quốc hội Mỹ" then "Quốc hội"
            stored |= {
                r["entity_id"]
                for r in store.fetchall("SELECT DISTINCT entity_id FROM mentions WHERE text = ?", (m.text,))
                if r["entity_id"]
            }
        country = _capitals().get(m.entity_id or "")
        if country and not stored:
            # "Manila đã gửi công hàm …" where the corpus names only Philippines: a capital stands for
            # its government, as in the events
            stored = set(resolve_entities(store, country))
        if stored and attribution and m.end <= attribution.end():
            sources.append(stored)
        elif stored:
            groups.append(stored)
            group_mentions.append(m)
        elif m.type == "PER" or m.entity_id in gazetteer().entities:
            unknown.append(m.text)  # a person, or a gazetteer entity, the corpus never mentions
        else:
            loose_words.update(_words(m.text))
    # "Thủ tướng Israel Benjamin Netanyahu": a country written right before a person says who the person
    # is; a sentence naming the person need not name it too
    # … as does one written after a named thing with "của" ("tàu ngầm KRI Nanggala 402 của Indonesia")
    nationalities = [
        k
        for k, m in enumerate(group_mentions)
        if m.type in ("LOC", "ORG")
        and any(
            # … as does an organisation ("Tham mưu trưởng Hải quân Indonesia Yudo Margono")
            (p.type == "PER" and 0 < p.start - m.end <= 2)
            or (p.type in ("PRODUCT", "PER", "ORG") and text[p.end : m.start] == " của ")
            for p in group_mentions
        )
    ]
    # "Ngoài Mỹ, … còn dành cho những nước nào?": what "besides" sets aside is no answer, and a sentence
    # giving the others need not name it
    besides = re.match(r"\s*Ngoài\s+[^,?]+,", text)
    if besides:
        nationalities += [k for k, m in enumerate(group_mentions) if m.end <= besides.end()]
    described_by = {i for k in nationalities for i in groups[k]}
    groups = [g for k, g in enumerate(groups) if k not in nationalities]
    group_starts = [
        m.start for k, m in enumerate(group_mentions) if k not in nationalities
    ]  # where each is named
    if sources and not groups:
        group_starts = [0] * len(sources)
        groups, sources = sources, []  # "Theo Bộ Y tế, …" with no other name: the source is the subject
    if unknown:
        reply["not_found"] = unknown
        reply["message"] = "Không có trong kho dữ liệu: " + ", ".join(unknown)
        return reply
    entity_ids = sorted({i for g in groups for i in g} | described_by)
    entity_words = {w for m in qdoc.mentions for w in _words(m.text)} - loose_words
    # "Tàu ngầm KRI Nanggala 402": the kind of product is said by a sentence naming the product itself
    # (a sentence leaving the product to its article must say what it is: "Tàu ngầm mất tích …")
    cue_words = _product_cue_words(text, qdoc.mentions)
    triggers, longest = _triggers()
    qwords = _words(text)
    if besides:
        qwords = _words(text[besides.end() :])
    # triggers are keyed by syllables with their marks ("trừng phạt"), not folded ones ("trung phat")
    marked = syllables(text)
    matched = [
        (t.action, " ".join(_words(" ".join(marked[k : k + n]))))
        for k in range(len(marked))
        for n in range(1, longest + 1)
        if (t := _trigger_for(triggers, marked[k : k + n]))
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
    # "trong tổ chức nào": the noun asked for ("tổ chức", an organisation) is no action ("tổ chức", to hold)
    joined = f" {' '.join(qwords)} "
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
    # "Nữ bệnh nhân 84 tuổi …": an age describes who is meant; the answer's sentence may call her otherwise
    qualifiers = {k for k in range(len(qwords) - 1) if qwords[k].isdigit() and qwords[k + 1] == "tuoi"}
    qualifiers |= {k + 1 for k in qualifiers}
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
    content = list(
        dict.fromkeys(
            w
            for k, w in enumerate(qwords)
            if w not in stop and w not in entity_words and w not in asked_nouns and k not in qualifiers
        )
    )
    content = (
        [w for w in content if w not in framed or w in _words(text[frame.end() :])] if frame else content
    )
    if starts_when:
        content = [w for w in content if w not in ("bat", "dau")]  # "từ ngày 27/9" says the start
    equivalents = _spec().get("equivalents", {})
    # words of names the recogniser left unclaimed ("núi Meron"): not a title's ("Thủ tướng")
    title_words = {w for t in _folded_titles() for w in t}
    capitalised = {w for m in re.finditer(r"(?<=\s)[A-ZĐ][^\W\d_]+", text) for w in _words(m.group())}
    # … and designations mixing letters and digits ("H-6K", "PCL-191"): the recogniser knows few of them
    designated = {w for m in _DESIGNATION.finditer(text) for w in _words(m.group())}
    capitalised |= designated
    capitalised -= set(stop) | title_words
    units = _word_units(qdoc, content)
    want = _answer_types(qwords, qtype, entity_words)
    unit = _unit_after_how_many(text) if qtype == "number" else []
    # "Nga đã rút bao nhiêu binh sĩ": the verb counted over must be in the evidence, not just its nouns
    counted_verb = _verb_before_how_many(qwords, stop, entity_words) if qtype == "number" else None
    # "Cuộc tập trận … kết thúc vào ngày nào?": a sentence dating only its announcement does not answer
    dated_verb = _verb_before_when(qwords, stop, entity_words) if qtype == "date" else None
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
    # "vòng 3", "năm 2017": a number asked about must be there; one inside a designation ("Covid-19")
    # need only be in the sentence's article, as the designation's other words
    numbers = [w for w in content if w.isdigit() and w not in designated]
    # "Đã có bên nào nhận trách nhiệm … chưa?" ← "Hiện chưa có bên nào đứng ra nhận trách nhiệm …": a
    # denial that such a thing exists answers, however little else of the question it repeats
    existence = existence_asked(" ".join(qwords), content) if qtype == "yesno" else []
    for c in candidates:
        if existence and denies_existence(c["text"], existence):
            scored.append((1.2 + 0.1 * c["entity_share"], c))
            continue
        folded_sentence = " " + " ".join(_words(c["text"])) + " "
        marked_sentence = set(_marked_words(c["text"]))
        words = set(folded_sentence.split())
        sentence_actions = {e["action"] for e in c["events"]}
        stated = words | {p for t in c["times"] for p in re.findall(r"\d+", t["value"] or "")}
        # "tính đến cuối tháng 4/2021": an article of April 2021 speaks of that month without naming it
        if (c.get("published") or "")[:7] in months:
            stated |= months_given
        if any(n not in stated and n.lstrip("0") not in stated for n in numbers):
            continue
        if (
            counted_verb
            and not _holds(counted_verb, folded_sentence, units, equivalents)
            and not (counted_verb in _COMPOSING and _counted_in_parentheses(c["text"], unit))
        ):
            continue
        if (
            dated_verb
            and not dated_actions & sentence_actions
            and not (
                _holds(dated_verb, folded_sentence, units, equivalents)
                and (
                    dated_marked in (None, dated_verb)
                    or dated_marked in marked_sentence
                    or any(f" {e} " in folded_sentence for e in equivalents.get(dated_verb, ()))
                )
            )
        ):
            continue
        if clause_verb and dated_only_in_other_clause(c, clause_verb):
            continue  # "… kể từ khi rời Nhà Trắng": the sentence's date is of its main verb
        if office and f" {office} " not in folded_sentence:
            continue
        if described and f" {described} " not in folded_sentence:
            continue
        # its head (two syllables, as most Vietnamese nouns): "sự kiện vận động" may be written "sự kiện"
        if event_noun and f" {_head(event_noun)} " not in folded_sentence:
            continue  # "họp báo" asked: a sentence without it speaks of another event
        if (
            actions
            and not actions & sentence_actions
            and not any(f" {w} " in folded_sentence for w in action_words)
            # "phát biểu" asked, "nói" written: the action's words through their equivalents
            and not any(
                all(x in words or set(equivalents.get(x, ())) & words for x in w.split())
                for w in action_words
            )
            and not (object_actions and refers_back(c["text"]))
        ):
            continue  # "Shoigu trở thành Bộ trưởng … năm nào?": neither such an event nor its words here
        if not content and not actions:
            continue  # nothing but the names to go on
        # a syllable the question writes with its marks is that syllable ("lặn" is no "lần"), unless a
        # compound or an equivalent of the question holds it
        present = [
            w
            for w in content
            if _holds(w, folded_sentence, units, equivalents)
            and (marks_of.get(w, w) == w or marks_of[w] in marked_sentence or w in units or w in equivalents)
        ]
        present += _said_otherwise(asked, content, present, folded_sentence)
        present += [w for w in content if w in person_titles and w not in present]
        # "cuộc bầu cử này" for "cuộc bầu cử tổng thống": the demonstrative stands for what qualifies the noun
        for noun in re.findall(r"(\w+ \w+) nay\b", folded_sentence):
            qualified = re.search(rf" {noun} ((?:\w+ ){{1,2}})", asked)
            if qualified:
                present += [w for w in qualified.group(1).split() if w in content and w not in present]
        if qtype == "yesno" and after_about and refers_back(c["text"]):
            # "… bình luận về việc KNU chiếm tiền đồn chưa?" ← "… chưa bình luận về thông tin trên"
            told = after_about.split()
            present += [w for w in content if w in told and w not in present]
        # a name the recogniser does not know ("ở Magway và Meiktila") is left to the article like a
        # known one: present when the sentence's article names it
        if capitalised:
            told = _document_words(c, article_words)
            if any(w in capitalised and w not in told for w in content):
                continue  # "… ở núi Semeru": an article that never names it is about something else
            if c["entity_share"] < 1.0:
                present += [w for w in content if w in capitalised and w not in present]
        if c["entity_share"] == 1.0:
            present += [w for w in content if w in cue_words and w not in present]
        coverage = len(present) / len(content) if content else 1.0
        c["coverage"] = coverage
        # the asked action as an event of the sentence, or in the question's own words (an event the
        # stage did not read: "hai căn cứ … đã bị tấn công")
        has_action = bool(actions & sentence_actions) or any(
            f" {w} " in folded_sentence for w in action_words
        )
        score = coverage + (0.2 if has_action else 0.0) + 0.1 * c["entity_share"]
        if any(m["entity_id"] in src for src in sources for m in c["mentions"]):
            score += 0.3  # "Theo thăm dò của CBS News, …": the sentence giving that account first
        if c["entity_share"] == 1.0 and (coverage >= SUPPORT or (has_action and coverage >= SUPPORT - 0.15)):
            scored.append((score, c))
        elif (
            c["entity_share"] < 1.0
            and coverage >= CONTEXT_SUPPORT
            and not _names_a_rival(c, groups, rivals, asked)
            and not any(f" {w} khac " in folded_sentence for w in content)
        ):  # "một tàu ngầm khác … mất tích": another one of its kind, not the one asked about
            scored.append((score - 0.3, c))  # after every sentence that names the entities itself
    if not scored:
        reply["message"] = "Không tìm thấy câu nào trong kho dữ liệu trả lời câu hỏi này."
        return reply
    scored.sort(key=lambda x: -x[0])
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
    }
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
