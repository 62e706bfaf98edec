"""How well a candidate sentence supports the question asked: the filters a sentence must pass (the
figures, verbs, office, event and action the question names) and the share of its content words the
sentence holds — a score, or None when the sentence cannot answer.

    >>> supported(candidate, asked, {})   # doctest: +SKIP
    1.3
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from thoisu.query.answer_common import unclaimed_after
from thoisu.query.answer_dates import dated_only_in_other_clause
from thoisu.query.answer_yesno import denies_existence, refers_back
from thoisu.query.candidates import _document_words, _names_a_rival
from thoisu.query.question import (
    _COMPOSING,
    _counted_in_parentheses,
    _head,
    _holds,
    _marked_words,
    _said_otherwise,
    _spec,
    _words,
)
from thoisu.text.normalize import fold, tone_key

SUPPORT = 0.6  # share of the question's content words a sentence must contain
CONTEXT_SUPPORT = 0.8  # the same, for a sentence that leaves the question's entities to its document
BEFORE_SUPPORT = 0.9  # the same, counting words the sentence leaves to the one before it and the headline
# "Theo Bộ trưởng … Matt Hancock, …": an account attributed to its source, who said it
_ATTRIBUTED = re.compile(r"\s*Theo\s+[^,]{3,80},")
# "Khi đó, …": a sentence opening by referring back to the time the one before it told
_THEN = re.compile(r"\s*(?:Khi đó|Lúc đó|Hồi đó|Vào thời điểm đó|Thời điểm đó)\b")


@dataclass
class Asked:
    """What a question asks, as the sentences that may answer it are checked against it (see ``ask``)."""

    qtype: str
    content: list[str]  # the folded content words a sentence should hold
    asked: str  # the question's folded words, space-padded
    groups: list[set[str]]  # stored ids of each entity the question names
    rivals: list[set[str]]  # the types another name must have to stand in each one's place
    sources: list[set[str]]  # whose account the question says it is ("Theo …,")
    account_words: set[str]  # the kind of account it names ("Theo dự báo của IMF, …": du, bao)
    actions: set[str]  # the event types the question's verbs trigger
    action_words: set[str]  # … and those verbs, folded
    object_actions: bool  # every action asked lies in the object after "về"
    after_about: str  # the folded words after "về"
    existence: list[str]  # what a yes/no question asks to exist ("Đã có bên nào … chưa?")
    numbers: list[str]  # figures the question names, which the sentence must state
    naming_numbers: set[str]  # … those naming something ("cụm 5"), which it may leave to the one before it
    months: set[str]  # "tháng 4/2021" as "2021-04"
    months_given: set[str]  # … and its parts
    days: dict[str, list[str]]  # "30/10/2020" as "2020-10-30" -> its figures
    bare_days: dict[str, list[str]]  # "ngày 29/4" as "04-29" -> its figures
    article_days: dict[str, list[str]]  # "dịp lễ 30/4" as "30/4" -> its figures: an occasion named by its day
    big_figures: list[str]  # "353.000" as "353 000": figures of thousands, which say what is asked about
    counted_verb: str | None  # "đã rút bao nhiêu": the verb counted over
    done_verb: str | None  # "Những nước nào đã cử tàu …": the verb the one asked for did
    done_actions: set[str]  # … as event types
    unit: list[str]  # the words after "bao nhiêu"
    units: dict[str, set[str]]  # each content syllable -> the compound the question writes it in
    equivalents: dict[str, list[str]]
    dated_verb: str | None  # "kết thúc vào ngày nào": the verb dated
    dated_actions: set[str]  # … as event types
    dated_marked: str | None  # … written with its marks
    clause_verb: str | None  # the verb whose clause the date must be of
    office: str | None  # "Bộ trưởng Y tế Ấn Độ": an office the sentence must name
    described: str | None  # a description of the person asked, as one phrase
    event_noun: str | None  # "tổ chức họp báo": the event asked is the noun
    marks_of: dict[str, str]  # folded word -> as the question writes it
    person_titles: set[str]  # a title before the person asked: no word the answer must repeat
    capitalised: set[str]  # words of names the recogniser left unclaimed
    name_cues: dict[str, str]  # … each -> the lower-case word before it ("molave" -> "bão")
    cue_words: set[str]  # the kind of product written before its name
    disease_words: set[str]  # the words of a disease the question names ("covid", "19")
    incident: tuple[frozenset[str], str | None] | None  # its words for an incident (``incident_asked``)
    place_words: set[str]  # the kind of place asked ("hòn đảo nào"), which the sentence need not write
    located: dict[int, set[str]]  # group -> the unclaimed name it says where is ("Chùa Thiên Mụ ở Huế")
    happened_only: bool  # its only action words say that something happened ("diễn ra"): ``only_happened``


def supported(c: dict[str, Any], q: Asked, article_words: dict[Any, set[str]]) -> float | None:
    """The candidate sentence's score for the question, or None when it cannot answer it.  Sets
    ``c["coverage"]``, the share of content words it holds, which some answer extractors read."""
    if q.existence and denies_existence(c["text"], q.existence):
        return 1.2 + 0.1 * c["entity_share"]
    folded_sentence = " " + " ".join(_words(c["text"])) + " "
    marked_sentence = set(_marked_words(c["text"]))
    words = set(folded_sentence.split())
    sentence_actions = {e["action"] for e in c["events"]}
    # "… vào năm 2000. Khi đó, …": a sentence that opens by referring back to the time just told
    then = set(re.findall(r"\bnăm (\d{4})\b", c.get("before") or "")) if _THEN.match(c["text"]) else set()
    stated = words | {p for t in c["times"] for p in re.findall(r"\d+", t["value"] or "")} | then
    # "Giữa tháng 4, …" ← "Hồi giữa tháng, …" (2021-04): the month a sentence's time resolves to
    stated |= {
        t["value"][5:].lstrip("0") for t in c["times"] if re.fullmatch(r"\d{4}-\d\d", t["value"] or "")
    }
    # "tính đến cuối tháng 4/2021": an article of April 2021 speaks of that month without naming it
    if (c.get("published") or "")[:7] in q.months:
        stated |= q.months_given
    # "Theo Bộ Y tế … ngày 29/4, … trong 24 giờ qua?": an article published that day tells that day's news
    # as "trong 24 giờ qua" or "hôm nay", without naming the day — in a sentence dating nothing to another
    published_day = (c.get("published") or "")[5:10]
    days_told = {
        (t["value"] or "")[5:] for t in c["times"] if re.fullmatch(r"\d{4}-\d\d-\d\d", t["value"] or "")
    }
    last_day = any(t["value"] == "PT24H" for t in c["times"]) or published_day in days_told
    if published_day in q.bare_days and last_day and days_told <= {published_day}:
        stated |= set(q.bare_days[published_day])
    # "… trước dịp lễ 30/4 …": a day the question names an occasion by need only be written in the
    # sentence's article (its year, be the article's)
    in_article = {
        f
        for day, figures in q.article_days.items()
        if re.search(rf"(?<![\d/]){re.escape(day)}(?!\d)", c.get("doc_text") or "")
        for f in figures
        if len(f) < 4 or (c.get("published") or "").startswith(f)
    }
    stated |= in_article
    unstated = [n for n in q.numbers if n not in stated and n.lstrip("0") not in stated]
    # "Đại hội thể thao cụm 5 hè 2021" asked, "Đại hội" written: a figure of the question may be left to the
    # sentence before or to the headline, as its other words may (``_left_to_what_came_before``)
    if unstated and any(
        n not in q.naming_numbers or n not in _words(c.get("before") or "") for n in unstated
    ):
        return None
    if (
        q.counted_verb
        and not _holds(q.counted_verb, folded_sentence, q.units, q.equivalents)
        and not (q.counted_verb in _COMPOSING and _counted_in_parentheses(c["text"], q.unit))
    ):
        return None
    if (
        q.dated_verb
        and not q.dated_actions & sentence_actions
        and not (
            _holds(q.dated_verb, folded_sentence, q.units, q.equivalents)
            and (
                q.dated_marked in (None, q.dated_verb)
                or q.dated_marked in marked_sentence
                or any(f" {e} " in folded_sentence for e in q.equivalents.get(q.dated_verb, ()))
            )
        )
    ):
        return None
    if q.clause_verb and dated_only_in_other_clause(c, q.clause_verb):
        return None  # "… kể từ khi rời Nhà Trắng": the sentence's date is of its main verb
    if (
        q.done_verb
        and not q.done_actions & sentence_actions
        and not _holds(q.done_verb, folded_sentence, q.units, q.equivalents)
    ):
        return None  # "… đã cử tàu hỗ trợ …" ← "… đề nghị … hỗ trợ tìm kiếm …": not what they did
    if q.office and f" {q.office} " not in folded_sentence:
        return None
    # "Chồng của bà X là ai?" ← "bà X, vợ của Đại sứ Y": the kinship asked, written the other way
    kin = _kin_written_inversely(q.described, c["text"], q.asked)
    if q.described and not kin and not _describes(q.described, folded_sentence, c):
        return None  # (the holder's name may stand inside: "Giám đốc điều hành Stephane Bancel của Moderna")
    # its head (two syllables, as most Vietnamese nouns): "sự kiện vận động" may be written "sự kiện"
    # "Vụ việc xảy ra vào 1 giờ sáng ngày 1/5", "Vụ việc đã khiến ông X bị tước quân hàm": the incident
    # its article is about, which the question describes ("vụ cháy bệnh viện … xảy ra …", "sau vụ tổ
    # chức tiệc") — its words then need only be in the article
    incident = _incident_described(q.incident, folded_sentence)
    if incident and not incident <= _document_words(c, article_words):
        incident = set()
    if (
        q.event_noun
        and f" {_head(q.event_noun)} " not in folded_sentence
        and not set(q.event_noun.split()) <= incident
    ):
        return None  # "họp báo" asked: a sentence without it speaks of another event
    # the source whose account the question says it is ("Theo …,"), named by the sentence itself
    names_source = any(m["entity_id"] in src for src in q.sources for m in c["mentions"])
    # "Theo dự báo của IMF, …" ← "IMF kỳ vọng …": the source, named, gives its account in its own verb
    source_named = bool(q.account_words) and names_source
    if (
        q.actions
        and not q.actions & sentence_actions
        and not any(f" {w} " in folded_sentence for w in q.action_words)
        # "phát biểu" asked, "nói" written: the action's words through their equivalents
        and not any(
            all(x in words or set(q.equivalents.get(x, ())) & words for x in w.split())
            for w in q.action_words
        )
        and not (q.object_actions and refers_back(c["text"]))
        # "Bộ trưởng … nào cho biết …?" ← "Theo Bộ trưởng … Matt Hancock, …": an account attributed is said
        and not ("STATEMENT" in q.actions and _ATTRIBUTED.match(c["text"]))
        # "Cuộc binh biến … diễn ra vào ngày nào?": a verb saying only that it happened asks no action
        and not q.happened_only
        and not (source_named and all(set(w.split()) <= q.account_words for w in q.action_words))
    ):
        return None  # "Shoigu trở thành Bộ trưởng … năm nào?": neither such an event nor its words here
    # "Bãi X nằm trong quần đảo nào?" ← "rạn X, … thuộc quần đảo Trường Sa": the kind of place asked
    # is what the sentence must say besides the names
    if (
        not q.content
        and not q.actions
        and not (
            q.qtype == "place" and q.place_words and all(f" {w} " in folded_sentence for w in q.place_words)
        )
    ):
        return None  # nothing but the names to go on
    # a syllable the question writes with its marks is that syllable ("lặn" is no "lần"), unless a
    # compound or an equivalent of the question holds it
    present = [
        w
        for w in q.content
        if _holds(w, folded_sentence, q.units, q.equivalents)
        and (
            q.marks_of.get(w, w) == w
            or q.marks_of[w] in marked_sentence
            or w in q.units
            or w in q.equivalents
        )
    ]
    present += _said_otherwise(q.asked, q.content, present, folded_sentence)
    # "Năm 2020, …" ← "Năm ngoái, …": a year the sentence states through its resolved times
    years = {(t["value"] or "")[:4] for t in c["times"]} | then
    present += [w for w in q.content if f" nam {w} " in q.asked and w in years and w not in present]
    for day, figures in q.days.items():
        if any((t["value"] or "").startswith(day) for t in c["times"]):
            present += [w for w in q.content if w in figures and w not in present]
    present += [w for w in q.content if w in q.person_titles and w not in present]
    present += [w for w in q.content if w in in_article and w not in present]
    if source_named:
        present += [w for w in q.content if w in q.account_words and w not in present]
    present += [w for w in kin if w not in present]
    # "cuộc bầu cử này" for "cuộc bầu cử tổng thống": the demonstrative stands for what qualifies the noun
    for noun in re.findall(r"(\w+ \w+) nay\b", folded_sentence):
        qualified = re.search(rf" {noun} ((?:\w+ ){{1,2}})", q.asked)
        if qualified:
            present += [w for w in qualified.group(1).split() if w in q.content and w not in present]
    present += [w for w in q.content if w in incident and w not in present]
    if q.qtype == "yesno" and q.after_about and refers_back(c["text"]):
        # "… bình luận về việc KNU chiếm tiền đồn chưa?" ← "… chưa bình luận về thông tin trên"
        told = q.after_about.split()
        present += [w for w in q.content if w in told and w not in present]
    # a name the recogniser does not know ("ở Magway và Meiktila") is left to the article like a
    # known one: present when the sentence's article names it
    if q.capitalised:
        for w, cue in q.name_cues.items():
            if w in q.content and f" {w} " not in folded_sentence and _another_after(c, cue, q.asked):
                return None  # "siêu bão Goni" where "siêu bão Molave" was asked: another of its kind
        told = _document_words(c, article_words)
        if any(w in q.capitalised and w not in told for w in q.content):
            return None  # "… ở núi Semeru": an article that never names it is about something else
        if c["entity_share"] < 1.0:
            present += [w for w in q.content if w in q.capitalised and w not in present]
        # the disease an article is about, which its sentences leave to it ("ổ dịch nguy hiểm nhất") —
        # only when it is all the sentence leaves out
        elif all(w in present or w in q.disease_words for w in q.content):
            present += [w for w in q.content if w in q.disease_words and w not in present]
    if c["entity_share"] == 1.0:
        present += [w for w in q.content if w in q.cue_words and w not in present]
    present += [w for w in q.content if w in q.place_words and w not in present]
    present += _left_to_what_came_before(c, q, present)
    if any(n not in present for n in unstated):
        return None  # … only with nearly every other word of the question the sentence's own
    # "ca tử vong đầu tiên": a sentence counting deaths does not say which was the first (a yes/no
    # question's "lần đầu tiên" may be answered by "lần thứ 2")
    if (
        " dau tien " in q.asked
        and q.qtype != "yesno"
        and not re.search(r" (?:dau tien|lan dau) ", folded_sentence)
    ):
        return None
    coverage = len(present) / len(q.content) if q.content else 1.0
    c["coverage"] = coverage
    # the asked action as an event of the sentence, or in the question's own words (an event the
    # stage did not read: "hai căn cứ … đã bị tấn công")
    has_action = bool(q.actions & sentence_actions) or any(
        f" {w} " in folded_sentence for w in q.action_words
    )
    score = coverage + (0.2 if has_action else 0.0) + 0.1 * c["entity_share"]
    if names_source:
        score += 0.3  # "Theo thăm dò của CBS News, …": the sentence giving that account first
    # "… vào ngày nào?" ← "Số ca nhiễm mới … với gần 353.000 ca": the figure of thousands the question asks
    # about, stated, says it is the fact asked (even where the sentence leaves its country to its article)
    stated_figure = any(f" {f} " in folded_sentence for f in q.big_figures)
    c["states_figure_asked"] = stated_figure  # (a bare time in it may then date the fact: ``_date_answer``)
    if c["entity_share"] == 1.0 and (coverage >= SUPPORT or (has_action and coverage >= SUPPORT - 0.15)):
        return score
    # "Xác tàu ngầm … được tìm thấy vào ngày nào?" ← "… đã tìm thấy mảnh vỡ …": a sentence that leaves the
    # entities to its article must write the noun the question opens with, what it asks about (a yes/no
    # question may restate its subject: "Phe đối lập …" ← "các chính trị gia đối lập …")
    opening = q.asked.split()[:1]
    if q.qtype != "yesno" and c["entity_share"] < 1.0 and set(opening) & set(q.content) - set(present):
        return None
    # "Chùa Thiên Mụ ở Huế …" ← "Chùa Thiên Mụ … đời chúa Tiên … ở Đàng Trong": a sentence writing the
    # unclaimed name that a place of the question only locates is about that name's bearer, whatever
    # other place it names
    rivalled = [k for k in range(len(q.groups)) if not (k in q.located and q.located[k] <= words)]
    if (
        c["entity_share"] < 1.0
        and coverage
        >= (SUPPORT if stated_figure else BEFORE_SUPPORT if c.get("entity_before") else CONTEXT_SUPPORT)
        and not _names_a_rival(c, [q.groups[k] for k in rivalled], [q.rivals[k] for k in rivalled], q.asked)
        # (the kind of place asked is no such one: "Texas sẽ có thêm 2 ghế … trong khi 5 bang khác …")
        and not any(f" {w} khac " in folded_sentence for w in q.content if w not in q.place_words)
    ):  # "một tàu ngầm khác … mất tích": another one of its kind, not the one asked about
        return score - 0.3  # after every sentence that names the entities itself
    return None


# "Vụ cháy bệnh viện ở Bharuch xảy ra …", "Sự cố … diễn ra …"; "… sau vụ tổ chức tiệc không?" (folded)
_INCIDENT_ASKED = re.compile(r"^ (?:\w+ ){0,3}?(?:vu|su co) ((?:\w+ )+?)(xay ra|dien ra)\b")
_INCIDENT_AFTER = re.compile(r" (?:sau|trong|ve) (?:vu|su co) ((?:\w+ )+?)(?:khong |chua )?$")


def only_happened(action_words: set[str]) -> bool:
    """Whether every action word the question holds is one of ``happen_verbs`` ("diễn ra", "xảy ra")
    or a syllable of one it holds (the "ra" of "diễn ra")."""
    generic = set(_spec().get("happen_verbs", [])) & action_words
    return bool(generic) and all(w in generic or any(w in g.split() for g in generic) for w in action_words)


_INCIDENT_ANAPHORS = "vu viec|su viec|su co"  # "vụ việc", "sự việc", "sự cố" (folded)


def _left_to_what_came_before(c: dict[str, Any], q: Asked, present: list[str]) -> list[str]:
    """The question's words a sentence leaves to the sentence before it or to its article's headline
    (``c["before"]``): "Lô hàng thiết bị y tế của Anh … cập cảng Ấn Độ vào ngày nào?" ← "[Anh gửi thêm
    thiết bị y tế …] Lô hàng cứu trợ này dự kiến sẽ cập cảng Ấn Độ vào hôm 27/4."  Counted only when,
    with them, the sentence holds nearly every word of the question (``BEFORE_SUPPORT``) and holds at
    least as many itself."""
    before = " " + " ".join(_words(c.get("before") or "")) + " "
    if not q.content or before == "  ":
        return []
    # with its marks, as in the sentence itself: the "Đông" of "Đông Java" carries no "đóng"
    marked = set(_marked_words(c.get("before") or ""))
    carried = [
        w
        for w in q.content
        if w not in present
        and _holds(w, before, q.units, q.equivalents)
        and (q.marks_of.get(w, w) in (w, *marked) or w in q.units or w in q.equivalents)
    ]
    if len(carried) > len(present) or len(present) + len(carried) < BEFORE_SUPPORT * len(q.content):
        return []
    return carried


def incident_asked(asked: str) -> tuple[frozenset[str], str | None] | None:
    """The question's words for an incident (``asked`` folded, space-padded), read once per question:
    the subject of "xảy ra" / "diễn ra", with that verb, or what follows "sau vụ" / "trong vụ" at the
    question's end, with no verb."""
    subject = _INCIDENT_ASKED.search(asked)
    if subject:
        return frozenset(subject.group(1).split()), subject.group(2)
    after = _INCIDENT_AFTER.search(asked)
    return (frozenset(after.group(1).split()), None) if after else None


def _incident_described(incident: tuple[frozenset[str], str | None] | None, folded_sentence: str) -> set[str]:
    """The question's words for the incident (``incident_asked``) when the sentence refers back to it with
    "vụ việc": saying it "xảy ra" too, when the question did; else anywhere (``folded_sentence`` folded,
    space-padded)."""
    if incident is None:
        return set()
    words, verb = incident
    said = (
        rf"\b(?:{_INCIDENT_ANAPHORS}) (?:\w+ ){{0,2}}{verb}\b" if verb else rf"\b(?:{_INCIDENT_ANAPHORS})\b"
    )
    if re.search(said, folded_sentence):
        return set(words)
    # "vụ nổ súng xảy ra gần làng …" for "vụ binh sĩ Myanmar nổ súng gần làng … xảy ra": the incident
    # named shorter, by words of the question's own description, with its verb
    shorter = re.search(rf"\b(?:vu|su co) ((?:\w+ ){{1,3}}){verb or '(?:xay ra|dien ra)'}\b", folded_sentence)
    return set(words) if shorter and set(shorter.group(1).split()) <= words else set()


def _another_after(c: dict[str, Any], cue: str, asked: str) -> bool:
    """Whether the sentence writes ``cue`` before a capitalised word that neither the question nor a
    recognised name holds (``siêu bão Goni``, for ``siêu bão Molave``)."""
    return any(f" {' '.join(_words(name))} " not in asked for _, name in unclaimed_after(c, cue))


def _describes(described: str, folded_sentence: str, c: dict[str, Any]) -> bool:
    """Whether the sentence writes the description asked: as one phrase, or its first three words as one
    and its other words right after them, at most two more between, in the same clause ("người điều hành
    tổ chức y tế phi lợi nhuận" for "người điều hành tổ chức phi lợi nhuận"; not "người đứng đầu chiến dịch
    …, nói chính quyền quân sự" for "người đứng đầu chính quyền quân sự")."""
    if f" {described} " in folded_sentence or f" {described} " in _unnamed(c):
        return True
    words = described.split()
    if words[0] == "nguoi" and len(words) >= 3:
        # "người biên soạn cuốn …" ← "Cuốn sách do Quách Cư Nghiệp … biên soạn", "được phát triển bởi …":
        # the act that describes the person, written in the passive with its doer
        verb = " ".join(words[1:3])
        if re.search(rf" do (?:\w+ ){{1,10}}?{verb} | {verb} boi ", folded_sentence):
            return True
    if len(words) <= 3:
        return False
    for clause in re.split(r"[,;:()\"“”]", c["text"]):
        folded = _words(clause)
        for k in range(len(folded) - 2):
            if folded[k : k + 3] == words[:3]:
                after = folded[k + 3 : k + 3 + len(words) - 3 + 2]
                if set(words[3:]) <= set(after):
                    return True
    return False


def _kin_written_inversely(described: str | None, text: str, asked: str) -> list[str]:
    """The kinship words of a "<kin> của X là ai?" question (``described``; ``asked`` folded) when the
    sentence ``text`` writes that kinship the other way, beside X: "Chồng của bà X là ai?" ← "bà X, vợ
    của Đại sứ Y" or "Vợ của Đại sứ Y, X, …" (questions.yaml ``kin_inverses``)."""
    kin = re.fullmatch(r"(.+?) cua(?: ba| ong)?", described or "")
    inverses = _spec()["kin_inverses"].get(kin.group(1), []) if kin else []
    named = re.search(rf" {re.escape(described or '')} (.+?) (?:hien )?la ai ", asked)
    if not inverses or not named:
        return []
    name = f" {named.group(1)} "
    # the folded words with the commas that set an apposition off
    marked = " " + " ".join(re.findall(r"[^\W_]+|,", fold(tone_key(text)).lower())) + " "
    for other in inverses:
        for written in re.finditer(rf"(?:^|,) {other} cua ((?:\w+ ){{1,6}}?), ", marked):
            # "bà X, vợ của Y" or "vợ của Y, X" — never "Z, vợ của ông X", which says X's wife
            around = marked[max(0, written.start() - 40) : written.end() + 40]
            if name not in f" {written.group(1)}" and name in around:
                return kin.group(1).split()
    return []


def _unnamed(c: dict[str, Any]) -> str:
    """The sentence's folded words without the people it names, space-padded."""
    text = c["text"]
    for m in sorted((m for m in c["mentions"] if m["type"] == "PER"), key=lambda m: -m["start"]):
        a, b = m["start"] - c["start"], m["end"] - c["start"]
        if 0 <= a < b <= len(text):
            text = text[:a] + text[b:]
    return " " + " ".join(_words(text)) + " "
