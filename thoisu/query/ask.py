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
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from thoisu.query.answers import _EXTRACTORS, _k, _post_asked
from thoisu.store.base import Store
from thoisu.text.normalize import fold, normalize, tone_key

SUPPORT = 0.6  # share of the question's content words a sentence must contain
CONTEXT_SUPPORT = 0.85  # the same, for a sentence that leaves the question's entities to its document


@lru_cache(maxsize=1)
def _spec() -> dict[str, Any]:
    return yaml.safe_load(
        resources.files("thoisu.extract.data").joinpath("questions.yaml").read_text("utf-8")
    )


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", fold(tone_key(text)))


def question_type(question: str) -> str:
    folded = " " + " ".join(_words(question)) + " "
    marked = " " + " ".join(re.findall(r"[^\W_]+", tone_key(question).lower())) + " "
    best: tuple[int, str] | None = None
    for qtype, patterns in _spec()["types"].items():
        for p in patterns:
            if f" {p} " in folded and (best is None or len(p) > best[0]):
                if p == "dau" and " đâu " not in marked:
                    continue  # "bắt đầu", "đầu năm": not "đâu"
                if qtype == "ordinal" and " thứ " not in marked:
                    continue  # "tuân thủ bao nhiêu": not "thứ bao nhiêu"
                if p == "may" and " mấy " not in marked:
                    continue  # "máy bay … nào": a machine, not "mấy"
                best = (len(p), qtype)
    two = re.search(r" ai (?:\w+ ){0,4}va (?:\w+ ){0,3}(?:nam|ngay|thang|khi) nao ", folded)
    if two:
        return "person"  # "do ai tung ra và vào năm nào": the first thing asked is answered
    if best and best[1] == "yesno" and not folded.strip().startswith("co ") and " co " not in folded:
        return "yesno" if folded.rstrip().endswith(" khong") else "entity"
    if (
        folded.rstrip().endswith((" chua", " hay chua"))
        and " da " in folded
        and (not best or best[1] != "date")
    ):
        return "yesno"  # "Lô viện trợ … đã đến Ấn Độ chưa?"
    if re.search(r" (nhung|cac) (?:\w+ ){1,6}nao ", folded) and (
        not best or best[1] in ("entity", "list", "place")
    ):
        return "list"  # "những nước ASEAN nào", "các văn kiện … nào", "ở những nơi nào"
    return best[1] if best else "entity"


def ask(store: Store, question: str) -> dict[str, Any]:
    from thoisu.extract.event_actors import _capitals
    from thoisu.extract.events import _triggers
    from thoisu.extract.gazetteer import gazetteer, syllables
    from thoisu.pipeline import Pipeline
    from thoisu.query.entities import resolve_entities

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
    groups: list[set[str]] = []  # one set of stored ids per entity the question names
    unknown: list[str] = []
    loose_words: set[str] = set()  # words of descriptive names the store doesn't hold as such
    for m in qdoc.mentions:
        stored = set(resolve_entities(store, m.entity_id)) if m.entity_id else set()
        stored |= set(resolve_entities(store, m.text))
        country = _capitals().get(m.entity_id or "")
        if country and not stored:
            # "Manila đã gửi công hàm …" where the corpus names only Philippines: a capital stands for
            # its government, as in the events
            stored = set(resolve_entities(store, country))
        if stored:
            groups.append(stored)
        elif m.type == "PER" or m.entity_id in gazetteer().entities:
            unknown.append(m.text)  # a person, or a gazetteer entity, the corpus never mentions
        else:
            loose_words.update(_words(m.text))
    if unknown:
        reply["not_found"] = unknown
        reply["message"] = "Không có trong kho dữ liệu: " + ", ".join(unknown)
        return reply
    entity_ids = sorted({i for g in groups for i in g})
    entity_words = {w for m in qdoc.mentions for w in _words(m.text)} - loose_words
    triggers, longest = _triggers()
    qwords = _words(text)
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
    actions = {a for a, _ in matched}
    action_words = {w for _, w in matched}  # folded: "tro thanh"
    asked_nouns = {
        w
        for n in [*_spec()["answer_types"], *_spec()["time_nouns"]]
        for w in n.split()
        if f"{n} nao" in " ".join(qwords)
    }  # "giai đoạn nào", "nhà phân tích nào": what is asked for is no word the answer's sentence must hold
    # "Nữ bệnh nhân 84 tuổi …": an age describes who is meant; the answer's sentence may call her otherwise
    ages = {k for k in range(len(qwords) - 1) if qwords[k].isdigit() and qwords[k + 1] == "tuoi"}
    ages |= {k + 1 for k in ages}
    content = list(
        dict.fromkeys(
            w
            for k, w in enumerate(qwords)
            if w not in stop and w not in entity_words and w not in asked_nouns and k not in ages
        )
    )
    equivalents = _spec().get("equivalents", {})
    want = _answer_types(qwords, qtype, entity_words)
    unit = _unit_after_how_many(text) if qtype == "number" else []
    # "Nga đã rút bao nhiêu binh sĩ": the verb counted over must be in the evidence, not just its nouns
    counted_verb = _verb_before_how_many(qwords, stop, entity_words) if qtype == "number" else None
    copular = re.match(r"\s*(ai la|ai hien la)\b|.*\bla ai\s*$", " ".join(_words(text)))
    taken = (_post_asked(text) or ("", False))[1]
    if qtype == "person" and copular and not taken:
        # "Ai là Người phát ngôn …?" asks who holds a post; "Ai được đề cử làm …?" asks who takes one
        by_role = _answer_from_roles(store, text, groups)
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
    asked = " " + " ".join(qwords) + " "
    rivals = _rival_types(store, groups, want)
    scored = []
    numbers = [w for w in content if w.isdigit()]  # "vòng 3", "năm 2017": a number asked about must be there
    for c in candidates:
        folded_sentence = " " + " ".join(_words(c["text"])) + " "
        words = set(folded_sentence.split())
        sentence_actions = {e["action"] for e in c["events"]}
        stated = words | {p for t in c["times"] for p in re.findall(r"\d+", t["value"] or "")}
        if any(n not in stated and n.lstrip("0") not in stated for n in numbers):
            continue
        if (
            counted_verb
            and counted_verb not in words
            and not set(equivalents.get(counted_verb, ())) & words
            and not (counted_verb in _COMPOSING and _counted_in_parentheses(c["text"], unit))
        ):
            continue
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
        ):
            continue  # "Shoigu trở thành Bộ trưởng … năm nào?": neither such an event nor its words here
        if not content and not actions:
            continue  # nothing but the names to go on
        present = [w for w in content if w in words or any(e in words for e in equivalents.get(w, ()))]
        present += _said_otherwise(asked, content, present, folded_sentence)
        coverage = len(present) / len(content) if content else 1.0
        c["coverage"] = coverage
        has_action = bool(actions & sentence_actions)
        score = coverage + (0.2 if has_action else 0.0) + 0.1 * c["entity_share"]
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
        "entities": set(entity_ids),
        "groups": groups,
        "asks_object": _asks_object(qwords, action_words),
        "stop": stop,
        "content": content,
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
    return reply


def _answer_from_roles(store: Store, text: str, groups: list[set[str]]) -> dict[str, Any] | None:
    """``Ai là Người phát ngôn Lầu Năm Góc?`` — a stored role relation names the person."""
    from thoisu.extract.gazetteer import gazetteer

    g = gazetteer()
    words = text.split()
    if not groups:
        return None
    # the title the question names, and the shorter titles inside it whose extra words name the
    # organisation ("người phát ngôn [Bộ Ngoại giao] Mỹ"), never a vaguer post ("Bộ trưởng" for
    # "Bộ trưởng Quốc phòng")
    object_words = {
        w for ids in groups for eid in ids for w in _words(g.entities.get(eid, {}).get("name_vi") or "")
    }
    titles: list[str] = []
    for a in range(len(words)):
        for b in range(min(len(words), a + g.max_title_len), a, -1):
            info = g.title(" ".join(words[a:b]))
            if not info:
                continue
            if not titles:
                titles.append(info["title_en"])
                longest_end = b
            elif set(_words(" ".join(words[b:longest_end]))) <= object_words:
                titles.append(info["title_en"])
        if titles:
            break
    if not titles:
        return None
    # "Đại sứ Mỹ tại Nga": the office belongs to the entity named first after the title (Mỹ), not the
    # posting; each named entity is tried in turn and one that gives a single holder answers
    named = {i for g in groups for i in g}
    for group in groups:
        # "Ai sẽ trở thành Bộ trưởng Giao thông thay ông X?": X, named in the question, is not the answer
        rows = [r for r in _role_holders(store, titles, group) if r["subject_id"] not in named]
        if len({r["subject_id"] for r in rows}) == 1:
            break
    else:
        return None  # none, or several people held that post: not a single supported answer
    r = rows[0]
    return {
        "answer": r["name_vi"] or r["name"],
        "normalized": r["name"],
        "confidence": 0.9,
        "evidence": [
            {
                "doc": r["doc"],
                "sentence": r["sentence"],
                "text": r["text"],
                "start": r["start"],
                "end": r["end"],
            }
        ],
    }


def _asks_object(qwords: list[str], action_words: set[str]) -> bool:
    """``Ông Trump thúc đẩy bổ nhiệm ai …?``: "ai" after the asked verb asks for whom it was done to."""
    if "ai" not in qwords or not action_words:
        return False
    joined = " ".join(qwords)
    verb_at = min((joined.find(w) for w in action_words if f" {w} " in f" {joined} "), default=-1)
    return verb_at >= 0 and f" {joined} ".find(" ai ", verb_at) > verb_at


def _described(text: str, entity_words: set[str]) -> str | None:
    """``Ai là người đứng đầu chính quyền quân sự Myanmar?`` → ``nguoi dung dau chinh quyen quan su``:
    the description a copular who-question asks to be matched, without the names that end it."""
    words = _words(text)
    m = re.fullmatch(r"ai (?:hien )?la (.+)|(.+) (?:hien )?la ai", " ".join(words))
    if not m:
        return None
    described = (m.group(1) or m.group(2)).split()
    while described and described[-1] in entity_words:
        described.pop()
    return " ".join(described) if len(described) >= 2 else None


def _office_named(text: str) -> str | None:
    """The longest official title the question names, folded (``bo truong y te``), if any."""
    from thoisu.extract.gazetteer import gazetteer

    g = gazetteer()
    words = text.split()
    best = None
    for a in range(len(words)):
        for b in range(min(len(words), a + g.max_title_len), a, -1):
            if g.title(" ".join(words[a:b])):
                cand = " ".join(_words(" ".join(words[a:b])))
                best = cand if best is None or len(cand) > len(best) else best
                break
    return best


def _role_holders(store: Store, titles: list[str], group: set[str]) -> list[dict[str, Any]]:
    """Role relations with the first of ``titles`` that any holder has, held at one of ``group``."""
    from thoisu.extract.gazetteer import gazetteer

    g = gazetteer()
    objects = set(group)
    for eid in list(objects):  # "Bộ Ngoại giao Mỹ" also answers for a role stated as "… Mỹ"
        parent = g.entities.get(eid, {}).get("parent")
        if parent:
            objects.add(parent)
    marks_o = ",".join("?" * len(objects))
    # a title written without its country ("Tổng thống Joe Biden") counts for a country named in the same
    # sentence, never for an organisation merely mentioned there
    countries = {e for e in group if g.entities.get(e, {}).get("kind") == "country"} or {""}
    marks_c = ",".join("?" * len(countries))
    for title in titles:
        rows = store.fetchall(
            "SELECT r.subject_id, r.doc_id, r.sentence, e.name, e.name_vi, d.name AS doc, s.text,"
            ' s.start_offset AS start, s.end_offset AS "end" FROM relations r JOIN entities e ON e.id = r.subject_id'
            " JOIN documents d ON d.id = r.doc_id JOIN sentences s ON s.doc_id = r.doc_id AND s.idx = r.sentence"
            f" WHERE r.kind = 'role' AND r.role = ? AND (r.object_id IN ({marks_o}) OR (r.object_id IS NULL"
            " AND EXISTS (SELECT 1 FROM mentions m WHERE m.doc_id = r.doc_id AND m.sentence = r.sentence"
            f" AND m.entity_id IN ({marks_c}))))",
            [title, *sorted(objects), *sorted(countries)],
        )
        if rows:
            return rows
    return []


def _without_qualifier(qwords: list[str], names: set[str]) -> str:
    """The folded question without a place or owner that qualifies the noun before ``nào``
    (``nhà phân tích chính trị tại Moscow nào`` → ``nhà phân tích chính trị nào``)."""
    return re.sub(
        r" (?:tai|o|cua) ((?:\w+ ){1,3})(?=nao\b)",
        lambda m: " " if set(m.group(1).split()) <= names else m.group(0),
        " ".join(qwords),
    )


def _noun_asked(qwords: list[str], names: set[str]) -> str | None:
    """The noun phrase a ``X nào`` question asks for, from its answer-type noun up to ``nào``
    (``nha phan tich chinh tri``), when one is there."""
    joined = _without_qualifier(qwords, names)
    nouns = "|".join(sorted(map(re.escape, _spec()["answer_types"]), key=len, reverse=True))
    m = re.search(rf"\b((?:{nouns})(?: \w+){{0,3}}) nao\b", joined)
    return m.group(1) if m else None


def _answer_types(qwords: list[str], qtype: str, names: set[str] = frozenset()) -> set[str]:
    table = _spec()["answer_types"]
    joined = _without_qualifier(qwords, names)
    for noun, types in sorted(table.items(), key=lambda kv: -len(kv[0])):
        # bare "đâu" only in a where question ("xăng dầu" folds to "dau" too)
        if (
            f"{noun} nao" in joined
            or (noun == "ai" and noun in qwords)
            or (noun == "dau" and noun in qwords and qtype == "place")
        ):
            return set(types)
    for noun, types in sorted(table.items(), key=lambda kv: -len(kv[0])):
        if re.search(rf"\b{noun}(?: \w+){{1,3}} nao\b", joined):
            return set(types)  # "những quốc gia láng giềng nào", "máy bay vận tải quân sự nào"
    return {"place": {"LOC"}, "person": {"PER"}}.get(qtype, set())


def _event_noun(qwords: list[str], ends: set[str]) -> str | None:
    """``tổ chức (cuộc) họp báo tại Kiev`` → ``hop bao``: the noun a light verb of the question carries,
    up to the first word that ends it (a place, a time, a name), at most four words."""
    light = _spec()["light_verbs"]
    joined = " ".join(qwords)
    for verb in light:
        at = f" {joined} ".find(f" {verb} ")
        if at < 0:
            continue
        before = joined[:at].split()[-1:]
        if before and before[0] in _spec()["event_noun_classifiers"]:
            continue  # "các tổ chức": the noun (organisation), not the verb
        rest = joined[at + len(verb) :].split()
        while rest and rest[0] in _spec()["event_noun_classifiers"]:
            rest.pop(0)
        stop_at = set(_spec()["event_noun_ends"]) | ends
        noun = []
        for w in rest:
            if w in stop_at:
                break
            noun.append(w)
        if len(noun) < len(rest) and rest[len(noun)] == "nao":
            return None  # "gia nhập tổ chức quốc tế nào": an organisation is asked for
        return " ".join(noun[:4]) or None
    return None


def _head(noun: str) -> str:
    return " ".join(noun.split()[:2])


def _in_light_verb(qwords: list[str], k: int, light: set[str]) -> bool:
    """Whether word ``k`` is part of a light verb (``to chuc``) of the question."""
    return any(
        " ".join(qwords[j : j + len(v.split())]) == v
        for v in light
        for j in range(max(0, k - len(v.split()) + 1), k + 1)
    )


def _unit_after_how_many(question: str) -> list[str]:
    """The (folded) words after ``bao nhiêu`` or ``mấy``: ``mấy lần`` → ``["lan", …]``. Matched on the
    marked text, since ``máy`` (machine) folds to ``may`` too."""
    m = re.search(r"\b(?:bao nhiêu|mấy)((?:\s+[^\W\d_]+){1,2})", tone_key(question).lower())
    return _words(m.group(1)) if m else []


_COUNT_FILLERS = {"tong", "cong", "tat", "ca", "tong so", "chung"}  # "hủy tổng cộng bao nhiêu thỏa thuận"


def _verb_before_how_many(qwords: list[str], stop: set[str], names: set[str]) -> str | None:
    """The content word right before ``bao nhiêu`` (``rút`` in ``đã rút bao nhiêu binh sĩ``), if any."""
    for k in range(1, len(qwords) - 1):
        if qwords[k : k + 2] == ["bao", "nhieu"]:
            j = k - 1
            while j > 0 and qwords[j] in _COUNT_FILLERS:
                j -= 1
            word = qwords[j]
            if word in stop or word.isdigit() or word in _COUNT_FILLERS or word in names:
                return None  # "Theo Ngoại trưởng Shringla, bao nhiêu nước …": a name, not a verb
            return word
    return None


def _said_otherwise(asked: str, content: list[str], present: list[str], folded_sentence: str) -> list[str]:
    """Content words of a phrase the sentence words another way (``binh sĩ`` ← ``quân nhân``), from the
    ``phrase_equivalents`` of questions.yaml: the phrase's missing words count as present."""
    found: list[str] = []
    for phrase, others in _spec().get("phrase_equivalents", {}).items():
        words = phrase.split()
        if f" {phrase} " not in asked or not set(words) <= set(content) or set(words) <= set(present):
            continue
        if any(f" {o} " in folded_sentence for o in others):
            found += [w for w in words if w not in present and w not in found]
    return found


# verbs of composition: "gồm bao nhiêu dự án" is answered by "đường cao tốc … (11 dự án với 654 km)"
_COMPOSING = {"gom", "co"}


def _counted_in_parentheses(text: str, unit: list[str]) -> bool:
    """Whether the sentence counts the unit asked in a parenthesis (``(11 dự án``)."""
    return bool(unit) and any(
        _words(m.group(1))[: len(unit[:1])] == unit[:1]
        for m in re.finditer(r"\(\s*[\d.,]+\s+([^)]{1,30})", text)
    )


def _trigger_for(triggers: dict, words: list[str]):
    return triggers.get(tuple(words)) if words else None


def _evidence(c: dict[str, Any]) -> dict[str, Any]:
    return {"doc": c["doc"], "sentence": c["idx"], "text": c["text"], "start": c["start"], "end": c["end"]}


def _candidate_sentences(store: Store, groups: list[set[str]], content: list[str]) -> list[dict[str, Any]]:
    if groups:
        sql = (
            'SELECT s.doc_id, d.name AS doc, s.idx, s.text, s.start_offset AS start, s.end_offset AS "end"'
            " FROM sentences s JOIN documents d ON d.id = s.doc_id WHERE 1=1"
        )
        params: list[Any] = []
        for ids in groups:
            marks = ",".join("?" * len(ids))
            # named in the sentence, or an argument of one of its events (a pronoun the event stage
            # resolved: "Khi kết thúc nhiệm kỳ năm 2009, bà tuyên bố …")
            sql += (
                " AND (EXISTS (SELECT 1 FROM mentions m WHERE m.doc_id = s.doc_id AND m.sentence = s.idx"
                f" AND m.entity_id IN ({marks})) OR EXISTS (SELECT 1 FROM events e JOIN event_args a"
                f" ON a.event_id = e.id WHERE e.doc_id = s.doc_id AND e.sentence = s.idx"
                f" AND a.entity_id IN ({marks})))"
            )
            params.extend(sorted(ids) * 2)
        rows = store.fetchall(sql + " LIMIT 2000", params)
        rows += _document_context_sentences(store, groups, {(r["doc_id"], r["idx"]) for r in rows})
    else:
        from thoisu.query.search import search

        hits = search(store, " ".join(content), limit=30)
        rows = []
        for h in hits:
            row = store.fetchone(
                "SELECT d.id AS doc_id, d.name AS doc FROM documents d WHERE d.name = ?", (h["doc"],)
            )
            rows.append(
                {
                    "doc_id": row["doc_id"],
                    "doc": h["doc"],
                    "idx": h["index"],
                    "text": h["sentence"],
                    "start": h["start"],
                    "end": h["end"],
                }
            )
    stop = set(_spec()["stopwords"])
    ranked = sorted(
        rows,
        key=lambda r: (
            -r.get("entity_share", 1.0),
            -sum(1 for w in set(_words(r["text"])) if w in content and w not in stop),
        ),
    )
    named = [r for r in ranked if r.get("entity_share", 1.0) == 1.0][:40]
    context = [r for r in ranked if r.get("entity_share", 1.0) < 1.0][:20]
    for r in named + context:
        _attach_records(store, r)
    return named + context


def _rival_types(store: Store, groups: list[set[str]], want: set[str]) -> list[set[str]]:
    """For each entity the question names, the types another name must have to stand in its place: a
    country for a country, a person for a person (one body goes by many names; a country or a person
    does not), never the type the question asks for."""
    types = []
    for group in groups:
        found = {
            r["type"] for e in group if (r := store.fetchone("SELECT type FROM entities WHERE id = ?", (e,)))
        }
        types.append((found & {"LOC", "PER"}) - want)
    return types


def _names_a_rival(c: dict[str, Any], groups: list[set[str]], rivals: list[set[str]], asked: str) -> bool:
    """A sentence that leaves a question's country to its document but names another country (or person)
    in its place is about that other one: "Nhật Bản đã gửi máy thở" does not answer for Hàn Quốc, however
    prominent Hàn Quốc is in the article.  Names of the type asked for are answers, not rivals."""
    named = {m["entity_id"] for m in c["mentions"]}
    every = {e for g in groups for e in g}
    for group, types in zip(groups, rivals, strict=True):
        if group & named:
            continue
        if any(
            m["type"] in types
            and m["entity_id"] not in every
            and f" {' '.join(_words(m['text']))} " not in asked
            for m in c["mentions"]
        ):
            return True
    return False


def _document_context_sentences(
    store: Store, groups: list[set[str]], seen: set[tuple[Any, int]]
) -> list[dict[str, Any]]:
    """Sentences that leave the question's entities to their document ("Các quyết định bổ nhiệm mới
    này có hiệu lực từ ngày 15/5" in an article about Singapore's cabinet): only in documents where
    every one of them is prominent (in the first three sentences, or named at least twice).  They
    need more of the question's words to count (``CONTEXT_SUPPORT``)."""
    docs: set[Any] | None = None
    for ids in groups:
        marks = ",".join("?" * len(ids))
        prominent = {
            r["doc_id"]
            for r in store.fetchall(
                f"SELECT doc_id FROM mentions WHERE entity_id IN ({marks}) GROUP BY doc_id"
                " HAVING count(*) >= 2 OR min(sentence) <= 2",
                sorted(ids),
            )
        }
        docs = prominent if docs is None else docs & prominent
    if not docs:
        return []
    marks = ",".join("?" * len(docs))
    rows = [
        r
        for r in store.fetchall(
            'SELECT s.doc_id, d.name AS doc, s.idx, s.text, s.start_offset AS start, s.end_offset AS "end"'
            f" FROM sentences s JOIN documents d ON d.id = s.doc_id WHERE s.doc_id IN ({marks}) LIMIT 5000",
            sorted(docs),
        )
        if (r["doc_id"], r["idx"]) not in seen
    ]
    for r in rows:
        r["entity_share"] = 0.5
    return rows


def _attach_records(store: Store, row: dict[str, Any]) -> None:
    import json

    key = (row["doc_id"], row["idx"])
    row["events"] = [
        json.loads(e["record"])
        for e in store.fetchall(
            "SELECT record FROM events WHERE doc_id = ? AND sentence = ? ORDER BY start_offset", key
        )
    ]
    row["times"] = store.fetchall(
        "SELECT text, value, granularity, start_offset AS start FROM times WHERE doc_id = ? AND sentence = ?"
        " ORDER BY start_offset",
        key,
    )
    row.setdefault("entity_share", 1.0)
    row["mentions"] = store.fetchall(
        'SELECT m.text, m.type, m.entity_id, m.start_offset AS start, m.end_offset AS "end", e.name, e.name_vi,'
        " e.aliases FROM mentions m LEFT JOIN entities e ON e.id = m.entity_id WHERE m.doc_id = ? AND m.sentence = ?"
        " ORDER BY m.start_offset",
        key,
    )
    row["quantities"] = store.fetchall(
        "SELECT text, value, unit, per FROM quantities WHERE doc_id = ? AND sentence = ? ORDER BY start_offset",
        key,
    )
    doc_text = store.fetchone("SELECT text FROM documents WHERE id = ?", (row["doc_id"],))
    row["doc_text"] = doc_text["text"] if doc_text else ""
