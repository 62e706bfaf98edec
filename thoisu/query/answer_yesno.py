"""Yes/no questions (``… có … không?``, ``… đã … chưa?``): a yes only from a plain statement or an
asserted event of the asked kind, a no only from a stated denial — never from silence.

    >>> _yesno_answer(candidate, ctx)   # doctest: +SKIP
    [{'answer': 'không', 'normalized': False}]
"""

from __future__ import annotations

import re
from typing import Any

from thoisu.extract.event_actors import capitals_of
from thoisu.query.answer_common import _matching_events, _spec, _words
from thoisu.query.question import in_compounds, not_hedging
from thoisu.text.normalize import fold, tone_key


def _yesno_answer(c, ctx):
    """Yes when the sentence holds an event of the asked action whose doer is the question's subject
    (its first entity); "no" only when that event is negated — never from silence."""

    def by_subject(e: dict[str, Any]) -> bool:
        groups = ctx.get("groups") or []
        doers = {a.get("entity_id") for a in e["actors"] if a.get("role") == "source"}
        return not groups or bool(doers & groups[0]) or _listed_among_doers(c, e, groups[0])

    if ctx.get("existence") and denies_existence(c["text"], ctx["existence"]):
        return [{"answer": "không", "normalized": False}]
    refused = _no_by_opposite(c, ctx) or _denied_predicate(c, ctx) or _no_by_rank(c, ctx)
    if refused:
        return refused
    asked_events = _matching_events(c, ctx["actions"], ctx["entities"]) if _verb_is_action(ctx) else []
    if not any(e["actors"] for e in asked_events):
        # no event of the asked kind to read here, or none with a doer to check ("khi đang diễn tập …")
        return _yes_by_statement(c, ctx)
    evs = [e for e in asked_events if by_subject(e)]
    if not evs:
        return []  # the sentence's event has another doer: "Nga có trục xuất …" ← "Mỹ đã trục xuất …"
    done = [e for e in evs if e.get("modality", "asserted") == "asserted"]
    if not done:
        return []  # planned, hoped, possible: neither yes nor no
    e = done[0]
    if not e["negated"] and _hedges_up_to_clause_of(c, e["start"]) - _hedges_excused(c, ctx):
        return []  # "… do Quốc hội thông qua bị khựng lại tại Thượng viện": not a plain yes
    return [{"answer": "không" if e["negated"] else "có", "normalized": not e["negated"]}]


def existence_asked(asked: str, content: list[str]) -> list[str]:
    """What a question asks to exist, as its first three content words: ``Đã có bên nào đứng ra nhận
    trách nhiệm … chưa?`` → ``ben dung ra``; ``Hiện có thông tin về thương vong …?`` → ``thong tin
    thuong``.  [] unless the question opens with ``có`` (after ``đã`` / ``hiện`` / ``vẫn``), naming no doer."""
    words = asked.split()
    k = 0
    while k < len(words) and words[k] in ("hien", "da", "van", "nay"):
        k += 1
    if words[k : k + 1] != ["co"]:
        return []
    return [w for w in words[k + 1 :] if w in content][:3]


def denies_existence(text: str, heads: list[str]) -> bool:
    """Whether the sentence says there is no such thing: a ``chưa có`` / ``không có`` (``vẫn chưa có``,
    ``chưa hề có``) with every one of ``heads`` after it in its clause (``Hiện chưa có thông tin về
    thiệt hại hay thương vong``)."""
    words = _words(text)
    breaks = _clause_breaks(text)
    for p in range(len(words) - 1):
        if words[p] not in _DENIALS:
            continue
        at = p + 2 if words[p + 1] in ("he", "tung") else p + 1
        if words[at : at + 1] != ["co"]:
            continue
        end = min([b for b in breaks if b > at], default=len(words))
        if len(heads) >= 2 and set(heads) <= set(words[at + 1 : end]):
            return True
    return False


def _verb_is_action(ctx) -> bool:
    """Whether the verb asked done is the action the question names: in ``Hải quân Mỹ có từ bỏ kế hoạch
    đưa hai tàu chiến …`` it is "từ bỏ", and the deployment is only its object."""
    verb = _asked_verb(ctx)
    return bool(ctx["actions"]) and (not verb or any(verb[0] in w.split() for w in ctx["action_words"]))


# words that deny, hedge or postpone ("khó có khả năng tiếp tục", "nếu …", "sẽ", "bị khựng lại"): a sentence
# holding one never gives a plain yes
# (read with their marks: "sửa chữa" (repair) and "chủ tịch" hold no "chưa", no "chứ")
_HEDGES_MARKED = {"không", "chưa", "chẳng", "chứ", "khó", "nếu", "thể", "năng", "sẽ", "khựng"}
_HEDGES = {fold(w) for w in _HEDGES_MARKED}  # … folded, as a question's words are
_DENIALS = {"khong", "chang", "chua"}
_ABILITY = {"the", "nang"}  # "có thể", "khả năng" (``_hedges_in`` keeps them only so written)


# compounds that hold a hedge's syllable without hedging: "hàng không" (aviation), "không quân", "không
# kích" (questions.yaml ``not_hedging``)
_NOT_HEDGING = not_hedging()
NOT_HEDGING_FOLDED = {tuple(fold(w) for w in c) for c in _NOT_HEDGING}  # for folded words ("khong quan")


def _hedges_in(c) -> set[str]:
    """The hedge words (folded) the sentence holds outside its names and outside compounds that merely
    contain them: "Nguyễn Văn Thể" and "tổng thể" hold no "có thể", "hàng không" no "không"."""
    text = c["text"]
    for m in sorted(c["mentions"], key=lambda m: -m["start"]):
        a, b = m["start"] - c["start"], m["end"] - c["start"]
        if 0 <= a < b <= len(text):
            text = text[:a] + " , " + text[b:]
    syls = re.findall(r"[^\W_]+", tone_key(text).lower())
    found = set()
    compounded = in_compounds(syls, _NOT_HEDGING)
    for k, w in enumerate(syls):
        prev, nxt = (syls[k - 1] if k else ""), (syls[k + 1] if k + 1 < len(syls) else "")
        if k in compounded:
            continue
        if w in ("thể", "năng") and prev not in ("có", "khả"):
            continue  # only "có thể", "khả năng" hedge
        key = fold(w)
        if key in _DENIALS and fold(nxt) in _spec().get("not_denying_after", []):
            continue  # "không chỉ ủng hộ" (not only)
        if w in _HEDGES_MARKED:
            found.add(key)
    return found


def _hedges_up_to_clause_of(c, at: int) -> set[str]:
    """The sentence's hedges up to the end of the clause holding the offset ``at`` (an event's trigger): a
    later clause's "sẽ" ("đã hối thúc …, đồng thời cho biết sẽ có các biện pháp …") hedges that clause only."""
    words = _words(c["text"])
    k = len(_words(c["doc_text"][c["start"] : at])) if c["start"] <= at else 0
    last = min([b for b in _clause_breaks(c["text"]) if b > k], default=len(words))
    return _hedges_in(c) & set(words[:last])


def _question_hedges(ctx) -> set[str]:
    """Hedge words the question itself asks about (``có tuyên bố sẽ cứng rắn hơn … không?``): the
    answer may hold them; the closing ``không``/``chưa`` only asks."""
    return (set(_asked_before_closing(ctx)) & _HEDGES) - _DENIALS


_CONDITION = re.compile(r"^\W*Nếu (.+?),? thì ", re.IGNORECASE)


def _condition_asked(c, ctx) -> set[str]:
    """``Nếu làm việc ở Việt Nam thì thuế … cao hơn`` for ``Thuế … của nhân sự … làm việc ở Việt Nam có cao
    hơn … không?``: a condition every word of which the question states is the question's case, so its
    "nếu" hedges nothing (as a set of hedge words to leave out)."""
    condition = _CONDITION.match(c["text"])
    if condition and set(_words(condition.group(1))) <= set(ctx["asked"].split()):
        return {"neu"}
    return set()


def _hedges_excused(c, ctx) -> set[str]:
    """The hedge words (folded) that do not hedge this sentence's answer: those the question itself asks
    about, and a condition's "nếu" when the question states the condition."""
    return _question_hedges(ctx) | _condition_asked(c, ctx)


def _asked_before_closing(ctx) -> list[str]:
    """The question's folded words without its closing ``không`` / ``chưa`` / ``hay``, which only ask."""
    words = ctx["asked"].split()
    while words and words[-1] in ("khong", "chua", "hay"):
        words.pop()
    return words


def _no_by_opposite(c, ctx):
    """``Trung Quốc có thừa nhận các tàu này do dân quân biển điều khiển không?`` ← ``… do dân quân biển
    … điều khiển, nhưng Trung Quốc phủ nhận``: the subject says the opposite of the verb asked (at most
    two words after its name), and the sentence holds the rest of what was asked."""
    asked = ctx["asked"]
    subject = (ctx.get("groups") or [set()])[0]
    for verb, opposites in _spec().get("opposites", {}).items():
        if f" {verb} " not in asked:
            continue
        rest = [w for w in ctx["content"] if w not in verb.split() and not w.isdigit()]
        words = set(_words(c["text"]))
        if not rest or sum(w in words for w in rest) / len(rest) < 0.8:
            continue
        ends = [m["end"] - c["start"] for m in c["mentions"] if m["entity_id"] in subject]
        # "Giới chức hải quân Indonesia loại trừ …": the subject as the question writes it, which the
        # recogniser may not read in lower case
        named = ctx.get("subject_text")
        if named:
            ends += [m.end() for m in re.finditer(rf"(?i)(?<!\w){re.escape(named)}(?!\w)", c["text"])]
        for end in ends:
            after = " ".join(_words(c["text"][end : end + 40])[:4])
            if any(re.match(rf"(?:\w+ ){{0,2}}{o}\b", after) for o in opposites):
                return [{"answer": "không", "normalized": False}]
    return []


# "lớn nhất", "lần đầu tiên": the first of a rank; the word before it is what is ranked
_FIRST_ASKED = re.compile(r"\b(\w+) (?:nhat|dau tien)\b")
_RANK_STATED = r"\b{} thu (?:\d+|hai|ba|bon|nam|sau|bay|tam|chin|muoi)\b"


def _no_by_rank(c, ctx):
    """``Ấn Độ có phải là vùng dịch lớn nhất thế giới không?`` ← ``Ấn Độ hiện là vùng dịch lớn thứ 2 thế
    giới``; ``… lần đầu tiên …`` ← ``… lần thứ 2 …``: the sentence ranks below first what the question
    asks to be first, with most of the rest of what was asked, and no other name before it in its clause."""
    first = _FIRST_ASKED.search(ctx["asked"])
    if not first or first.group(1) in ctx.get("stop", ()):
        return []
    folded = " ".join(_words(c["text"]))
    stated = re.search(_RANK_STATED.format(re.escape(first.group(1))), folded)
    if not stated:
        return []
    ranked = set(first.group(0).split())
    rest = [w for w in ctx["content"] if w not in ranked and not w.isdigit()]
    written = set(folded.split())
    if not rest or sum(w in written for w in rest) / len(rest) < 0.75:
        return []
    at = len(folded[: stated.start()].split())
    breaks = _clause_breaks(c["text"])
    start = max([b for b in breaks if b <= at], default=0)
    end = min([b for b in breaks if b > at], default=len(folded.split()))
    subject = (ctx.get("groups") or [set()])[0]
    ranked_here = not subject
    for m in c["mentions"]:
        lead = _words(c["text"][: m["start"] - c["start"]])
        k = len(lead)
        if start <= k < at and m["entity_id"] not in subject:
            return []  # "Mỹ là nước lớn thứ 2 …" ranks another
        # named before the rank, or after it as where it holds ("lần thứ 2 trong lịch sử California"), not
        # as the one ahead ("… lớn thứ 2 thế giới sau Mỹ")
        if m["entity_id"] in subject and (
            k < at or k < end and {"trong", "cua", "tai", "o"} & set(lead[-3:]) and "sau" not in lead[at:]
        ):
            ranked_here = True
    return [{"answer": "không", "normalized": False}] if ranked_here else []


def _listed_among_doers(c, e: dict[str, Any], subject: set[str]) -> bool:
    """``Các nước, trong đó có Mỹ, EU tuyên bố hỗ trợ …``: the subject named in the "trong đó có" (among
    them) aside of the doers, in the clause before the event's trigger."""
    before = c["text"][: e["start"] - c["start"]]
    aside = list(re.finditer(r"\btrong đó có\b", before))
    if not aside or re.search(r"[;:.]", before[aside[-1].end() :]):
        return False
    return any(
        m["entity_id"] in subject and aside[-1].end() <= m["start"] - c["start"] < len(before)
        for m in c["mentions"]
    )


def _yes_by_statement(c, ctx):
    """No event to read: yes only when the sentence states every content word of the question in
    order (``Nhật Bản có gửi máy thở đến Ấn Độ không?`` ← ``… đã gửi 300 máy tạo ôxy và 300 máy
    thở đến Ấn Độ``) and nothing denies, hedges or postpones it; no when a "không" right before one of
    those words denies just that; otherwise no answer."""
    words = _words(c["text"])
    content = [w for w in ctx["content"] if not w.isdigit()]
    if "," in ctx["question"]:
        # "Khi kết thúc nhiệm kỳ, bà Rice có ý định …": what is asked is the main clause's
        main = set(_words(ctx["question"].rsplit(",", 1)[1]))
        content = (
            [w for w in content if w in main] if len([w for w in content if w in main]) >= 2 else content
        )
    if len(content) < 2:
        return []
    positions = _in_order(words, content)
    if not positions:
        # "Ngoại trưởng Blinken có ủng hộ sáng kiến của … không?" ← "Blinken ủng hộ sáng kiến này": the
        # words right after "có" (what is asked done), written together
        positions = _core_positions(words, ctx) or _predicate_positions(words, content, ctx)
        if not positions and set(content) <= set(words):
            # "Lò điện … có bị hỏng do quá tải không?" ← "Quá tải do …, lò điện … bị hỏng": every word
            # asked, in another order, and the verb asked written together
            positions = _core_positions(words, ctx, size=2)
        if not positions:
            return []
    # only the clauses that write the words asked count: "Blinken ủng hộ sáng kiến này, cho rằng … có
    # thể …", "… rút quân khỏi Afghanistan, việc này sẽ giúp …"
    breaks = _clause_breaks(c["text"])
    first = max([b for b in breaks if b <= positions[0]], default=0)
    last = min([b for b in breaks if b > positions[-1]], default=len(words))
    subject = _subject_group(ctx)
    said = [m for m in c["mentions"] if m["entity_id"] in subject]
    # a pronoun the event stage resolved ("bà tuyên bố không có ý định …") names the subject too
    acting = any(a.get("entity_id") in subject for e in c["events"] for a in e["actors"])
    # the word position of each mention, and of each mention of the subject
    at = [len(_words(c["text"][: m["start"] - c["start"]])) for m in c["mentions"]]
    said_at = [k for k, m in zip(at, c["mentions"], strict=True) if m["entity_id"] in subject]
    if (
        subject
        and not any(k <= positions[-1] for k in said_at)
        and not (acting and not said)
        # "… đã phát hiện ra chất ma túy trong cơ thể ông dù … ông Nozaki …": named in a later clause, with
        # no other name in the clause of the words asked
        and not (said and not any(first <= k < last for k in at))
        # a sentence leaving the subject to its article ("Hai bên …"), with no other name before the words
        and not (not said and c.get("entity_share", 1.0) < 1.0 and not any(k <= positions[0] for k in at))
    ):
        return []  # "các nước thành viên NATO … cho Ukraine": Ukraine is not who is a member (or not named)
    hedges = _hedges_in(c) - _hedges_excused(c, ctx) - _denials_asked(words, ctx)
    hedges &= set(words[first:last])
    # an ability written after every word asked is the object's ("máy tạo ôxy có khả năng tạo ra …"); a
    # stall or a denial there is still the predicate's ("… thông qua bị khựng lại")
    hedges -= _ABILITY - set(words[first : positions[-1] + 1])
    if not hedges:
        return [{"answer": "có", "normalized": True}]
    # "không nhận thấy", "chưa từng giành", "chưa phải là thành viên": a denial right before the words asked
    denied = {
        words[p - d]
        for p in positions
        for d in (1, 2, 3)
        # "chưa phải là thành viên", "sẽ không bao giờ tham gia"
        if p - d >= 0 and (d < 3 or words[p - 2 : p] in (["phai", "la"], ["bao", "gio"]))
    } & _DENIALS
    # "Không rõ liệu …, vì Ukraine … nhưng chưa phải là thành viên": hedges of a clause before the one
    # that states the words asked (opened by "vì", "nhưng" …) are that clause's
    opened = [
        len(_words(c["text"][: m.end()]))
        for m in re.finditer(r"[,;]\s+(?=(?:vì|do|bởi|nhưng|song|tuy nhiên)\b)", c["text"])
    ]
    clause_start = max([k for k in opened if k <= positions[0]], default=0)
    early = {w for k, w in enumerate(words) if w in hedges and clause_start <= k <= positions[-1]}
    later = {w for k, w in enumerate(words) if w in hedges and k > positions[-1]}
    if denied and early == denied and later <= _DENIALS:
        # "ông không nhận thấy bất cứ lợi ích nào", "chưa từng giành chiến thắng … nhưng không phải …":
        # a denial right before what was asked, and none but denials of other clauses: a stated no
        return [{"answer": "không", "normalized": False}]
    return []


def _subject_group(ctx) -> set[str]:
    """The entity a yes/no question asks about: its first, unless "ở"/"tại" writes that one as where the
    subject is ("Công viên … Zhangye ở Trung Quốc có được … không?": the park, a name the recogniser does not
    know, so no subject to check)."""
    groups, starts = ctx.get("groups") or [set()], ctx.get("group_starts") or []
    if starts and re.search(r"\b(?:ở|tại)\s+$", ctx["question"][: starts[0]]):
        return set()
    return groups[0]


def _predicate_positions(words: list[str], content: list[str], ctx) -> list[int]:
    """What a ``… có phải (là) … không?`` question asks is its predicate: where the sentence writes the
    predicate's content words in order, its subject's somewhere else (``Ca bệnh của ông X có phải lần đầu tiên
    hội chứng Y được chẩn đoán tại Z không?`` ← ``Lần đầu tiên, hội chứng Y được chẩn đoán tại Z, một ca bệnh
    …``); [] for other questions, or when the predicate holds fewer than two content words."""
    asked = ctx["asked"].split()
    k = next((i for i in range(1, len(asked)) if asked[i - 1 : i + 1] == ["co", "phai"]), None)
    if k is None:
        return []
    subject_words = set(asked[: k - 1])
    predicate = [w for w in content if w in asked[k + 1 :] and w not in subject_words]
    if len(predicate) < 2 or not set(content) <= set(words):
        return []
    return _in_order(words, predicate)


def _in_order(words: list[str], wanted: list[str]) -> list[int]:
    """Where ``words`` hold each of ``wanted`` in order, each at its first occurrence after the one before
    (``… quan hệ thương mại … thuế quan``: not the first "quan"); [] when they do not."""
    positions: list[int] = []
    for w in wanted:
        at = next((k for k, x in enumerate(words) if x == w and (not positions or k > positions[-1])), None)
        if at is None:
            return []
        positions.append(at)
    return positions


def _core_positions(words: list[str], ctx, size: int = 3) -> list[int]:
    """Where the sentence writes the three words after the question's ``có`` (the verb asked and its
    object's head), in order and at most one word apart (``phát hiện ra chất``); [] when it does not.
    With ``size=2``, the two words of the verb, side by side."""
    asked = ctx["asked"].split()
    if "co" not in asked[1:]:
        return []
    k = asked.index("co", 1)
    openers = _spec().get("yesno_openers", [])
    while k + 1 < len(asked) and asked[k + 1] in openers:
        k += 1  # "có đang diễn tập", "có còn giữ": the verb comes after its aspect
    core = asked[k + 1 : k + 1 + size]
    if len(core) < size or set(core) & {"khong", "chua", "phai"}:
        return []
    # a function word among them ("từ bỏ kế hoạch": "từ" is also "from") counts only written together
    gaps = (1,) if size == 2 or any(w in ctx["stop"] for w in core[:2]) else (1, 2)
    for start in (i for i, w in enumerate(words) if w == core[0]):
        found, at = [start], start
        for w in core[1:]:
            nxt = next((j for j in (at + g for g in gaps) if j < len(words) and words[j] == w), None)
            if nxt is None:
                break
            found.append(nxt)
            at = nxt
        if len(found) == len(core):
            return found
    return []


# words that open a clause of their own inside a sentence ("… phát hiện ra chất ma túy dù … không bao giờ …")
_CLAUSE_OPENERS = r"nhưng|song|dù|mặc dù|tuy|trong khi|bất chấp"


def _clause_breaks(text: str) -> list[int]:
    """Word positions where a clause of the sentence ends: punctuation and the conjunctions that open the
    next clause."""
    found = re.finditer(rf"[,;:]|(?<!\w)(?:{_CLAUSE_OPENERS})(?!\w)", text)
    return [len(_words(text[: m.start()])) for m in found]


def _denials_asked(words: list[str], ctx) -> set[str]:
    """Denials the question itself asks about, written the same way in the sentence: ``… duy trì thương
    mại không thuế quan không?`` ← ``… không hạn ngạch và không thuế quan`` holds no hedge."""
    asked = _asked_before_closing(ctx)
    sentence = " " + " ".join(words) + " "
    return {
        w
        for k, w in enumerate(asked[:-1])
        if w in _DENIALS and f" {w} {asked[k + 1]} " in sentence and asked[k + 1] not in ctx["stop"]
    }


def _asked_verb(ctx) -> list[str]:
    """The two words the question asks done, after its ``có`` / ``đã`` / ``đang`` (and further tense
    words): ``ông Putin có đề cập …`` → ``de cap``; ``Tàu … đã được phép rời …`` → ``duoc phep``;
    ``Đã có bên nào …`` (nobody named before it) asks whether there is any: ``co ben``."""
    asked = _asked_before_closing(ctx)
    openers = _spec().get("yesno_openers", [])
    k = next((i for i, w in enumerate(asked) if w in openers), None)
    if k is None:
        return []
    if asked[: k + 1] in (["co"], ["da", "co"], ["hien", "co"]):
        return asked[k : k + 2]
    while k + 1 < len(asked) and asked[k + 1] in openers:
        k += 1
    verb = asked[k + 1 : k + 3]
    return verb if len(verb) == 2 and not set(verb) & _DENIALS else []


def _asked_verbs(ctx) -> list[list[str]]:
    """``_asked_verb`` and the two pairs of words after it, for a verb phrase the text may shorten
    (``đã lên tiếng bình luận … chưa?`` ← ``hiện chưa bình luận``)."""
    verb = _asked_verb(ctx)
    if not verb:
        return []
    asked = ctx["asked"].split()
    k = asked.index(verb[0])
    later = [asked[j : j + 2] for j in (k + 1, k + 2) if len(asked[j : j + 2]) == 2]
    return [verb, *(v for v in later if v[0] not in ctx["stop"] and not set(v) & _DENIALS)]


# "chưa bình luận về thông tin trên": the object is the news the article has just told, in other words
_ANAPHORIC_OBJECT = re.compile(
    r"\bvề (?:(?:các|những) )?(?:thông tin|vấn đề|việc|vụ việc|điều|sự việc|báo cáo|tin) (?:này|trên|đó|nói trên)\b",
    re.IGNORECASE,
)


def refers_back(text: str) -> bool:
    """Whether the sentence's object is written as a reference back ("về thông tin trên")."""
    return bool(_ANAPHORIC_OBJECT.search(text))


def _denied_predicate(c, ctx):
    """No when the sentence writes the verb asked with a denial at most three words before it, in its
    clause (``ông Putin không trực tiếp đề cập đến căng thẳng …``, ``con tàu vẫn chưa được phép rời
    Suez``), with most of what the question asks after the verb; for ``… đã … chưa?``, a ``sẽ`` there
    too (``Nga sẽ thực hiện …``: not yet done).  The subject, when the sentence names it, comes first."""
    words = _words(c["text"])
    verb, at = [], []
    for verb in _asked_verbs(ctx):
        at = [k for k in range(len(words) - 1) if words[k : k + 2] == verb]
        if at:
            break
    if not at:
        return []
    p = at[0]
    asked = ctx["asked"].split()
    rest = [w for w in asked[asked.index(verb[0]) + 2 :] if w not in ctx["stop"] and not w.isdigit()]
    after = set(words[p + 2 :])
    if rest and sum(w in after for w in rest) / len(rest) < 0.5 and not refers_back(c["text"]):
        return []  # the verb, but of something else
    start = max([b for b in _clause_breaks(c["text"]) if b <= p], default=0)
    # the subject is the question's first entity when the question names it before the verb
    qwords = _words(ctx["question"])
    starts = ctx.get("group_starts") or []
    named_first = bool(starts) and any(
        qwords[k : k + 2] == verb and len(_words(ctx["question"][: starts[0]])) < k
        for k in range(len(qwords))
    )
    subject = ctx["groups"][0] if named_first else set()
    # "Tehran không nói rõ …" answers for Iran: a capital speaks for its country
    subject = subject | capitals_of(subject)
    before = [m for m in c["mentions"] if len(_words(c["text"][: m["start"] - c["start"]])) < p]
    said = [m for m in c["mentions"] if m["entity_id"] in subject]
    if said and not any(m in before for m in said):
        return []
    if not said and any(len(_words(c["text"][: m["start"] - c["start"]])) >= start for m in before):
        return []  # another named doer in the clause: "Mỹ chưa …" does not answer for "Nga"
    not_denying = set(_spec().get("not_denying_after", []))
    closing = ctx["asked"].split()[-1]
    for k in range(max(start, p - 3), p):
        w, nxt = words[k], words[k + 1]
        if w in _DENIALS and nxt not in not_denying and nxt != "quan":
            return [{"answer": "không", "normalized": False}]
        if w == "se" and closing == "chua":
            return [{"answer": "chưa", "normalized": False}]
    return []
