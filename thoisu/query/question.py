"""Reading a Vietnamese question: what it asks for, the words it asks with, and what they stand for.

Pure functions over the question's text and folded words (``_words``), with the vocabulary in
``extract/data/questions.yaml`` (``_spec``): the interrogatives that give its type, the nouns that give
the answer's entity type, light verbs and their event nouns, units after ``bao nhiêu``, phrases a
text may word otherwise.

    >>> from thoisu.query.question import question_type
    >>> question_type("Nga trở thành Đối tác Đối thoại đầy đủ của ASEAN khi nào?")
    'date'
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from thoisu.text.normalize import fold, tone_key


@lru_cache(maxsize=1)
def _spec() -> dict[str, Any]:
    return yaml.safe_load(
        resources.files("thoisu.extract.data").joinpath("questions.yaml").read_text("utf-8")
    )


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", fold(tone_key(text)))


@lru_cache(maxsize=1)
def not_hedging() -> frozenset[tuple[str, ...]]:
    """The compounds holding a denial's or hedge's syllable that deny nothing ("hàng không", "không
    quân", "không gian" …: ``not_hedging`` of questions.yaml), as syllables with their marks."""
    return frozenset(tuple(compound.split()) for compound in _spec().get("not_hedging", []))


def in_compounds(words: list[str], compounds: Iterable[tuple[str, ...]]) -> set[int]:
    """The positions of the words that one of ``compounds`` covers (``máy bay không người lái``: 2-4)."""
    return {
        k + i
        for c in compounds
        for k in range(len(words) - len(c) + 1)
        if tuple(words[k : k + len(c)]) == c
        for i in range(len(c))
    }


def _asks_with_khong(marked: str) -> bool:
    """Whether the question's marked words (space-padded) hold a "không" outside ``not_hedging()``."""
    words = marked.split()
    covered = in_compounds(words, not_hedging())
    return any(w == "không" and k not in covered for k, w in enumerate(words))


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
                if p == "khong" and not _asks_with_khong(marked):
                    continue  # "vũ khí không gian", "hàng không": no "không" that asks
                best = (len(p), qtype)
    two = re.search(r" ai (?:\w+ ){0,4}va (?:\w+ ){0,3}(?:nam|ngay|thang|khi) nao ", folded)
    if two:
        return "person"  # "do ai tung ra và vào năm nào": the first thing asked is answered
    if (
        best
        and best[1] not in ("yesno", "number")
        and folded.rstrip().endswith(" khong")
        and not folded.strip().startswith("co ")
        and " co " in folded
        and folded.find(" co ")
        < min(folded.find(f" {p} ") for p in _spec()["types"][best[1]] if f" {p} " in folded)
    ):
        return "yesno"  # "Iran có nói rõ đó là tàu sân bay nào không?": the "nào" is inside what is asked
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
    # "ba quốc gia nào", "2 tàu nào": a count of two or more asks for that many ("năm" aside, and any
    # figure of a year or a designation: "năm 2020 nước nào", "các chiếc F-16 bay về căn cứ nào" ask for one)
    counted = re.search(
        r"(?<![\w-])(?:hai|ba|bốn|sáu|bảy|tám|chín|mười|[2-9]|[1-9]\d)\s+(?:[^\W\d_]+\s+){1,2}nào\b",
        tone_key(question).lower(),
    )
    if counted and (not best or best[1] in ("entity", "list", "place")):
        return "list"
    if best and best[1] == "entity" and re.search(r" ten (?:la )?gi $", folded):
        # "Vợ của Đại sứ … tên là gì?": the name of someone the question opens with is a person's
        opening = f"{marked.strip()} "
        if any(opening.startswith(f"{n} ") for n in _spec().get("person_nouns", [])):
            return "person"
    return best[1] if best else "entity"


def _asks_object(qwords: list[str], action_words: set[str]) -> bool:
    """``Ông Trump thúc đẩy bổ nhiệm ai …?``: "ai" after the asked verb asks for whom it was done to."""
    if "ai" not in qwords or not action_words:
        return False
    joined = " ".join(qwords)
    verb_at = min((joined.find(w) for w in action_words if f" {w} " in f" {joined} "), default=-1)
    return verb_at >= 0 and f" {joined} ".find(" ai ", verb_at) > verb_at


_OWNER_LINKS = {"cua", "o", "tai", "thuoc"}


def _described(text: str, entity_words: set[str]) -> str | None:
    """``Ai là người đứng đầu chính quyền quân sự Myanmar?`` → ``nguoi dung dau chinh quyen quan su``:
    the description a copular who-question asks to be matched, without the names that end it."""
    words = _words(text)
    joined = " ".join(words)
    m = re.fullmatch(r"ai (?:hien )?la (.+)|(.+) (?:hien )?la ai", joined)
    if not m:
        return None
    group = 1 if m.group(1) else 2
    first = len(joined[: m.start(group)].split())
    described = m.group(group).split()
    # "Tư lệnh … Indonesia, người thông tin về …", "người đứng đầu … khi tàu ngầm … mất tích": what
    # follows a comma or "khi" says more of the person, which the sentence may word otherwise
    cuts = [len(_words(text[: c.start()])) - first for c in re.finditer(",", text)]
    cuts += [k for k, w in enumerate(described) if w == "khi"]
    cut = min((k for k in cuts if k >= 2), default=len(described))
    described = described[:cut]
    # "… tham chiến ở Syria của Nga": the names that end it and the words tying them on ("của", "ở")
    while described and (described[-1] in entity_words or described[-1] in _OWNER_LINKS):
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


def _without_qualifier(qwords: list[str], names: set[str]) -> str:
    """The folded question without a place or owner that qualifies the noun before ``nào``
    (``nhà phân tích chính trị tại Moscow nào`` → ``nhà phân tích chính trị nào``, ``tổ chức có trụ sở tại
    Bắc Kinh nào`` → ``tổ chức nào``)."""
    return re.sub(
        r" (?:co tru so )?(?:tai|o|cua) ((?:\w+ ){1,3})(?=nao\b)",
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


def _answer_types(qwords: list[str], qtype: str, names: set[str] = frozenset(), text: str = "") -> set[str]:
    # a noun whose folded form is another noun's ("thị trường", a market; "thị trưởng", a mayor) is read
    # with its marks first
    for noun, types in _spec().get("marked_answer_types", {}).items():
        if re.search(rf"(?i)\b{re.escape(noun)}(?: \w+){{0,3}} nào\b", text):
            return set(types)
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
        if noun in ("ai", "dau"):
            continue  # interrogatives, not nouns: "lần đầu vào thời điểm nào" asks no place
        if re.search(rf"\b{noun}(?: \w+){{1,3}} nao\b", joined):
            return set(types)  # "những quốc gia láng giềng nào", "máy bay vận tải quân sự nào"
    # "Giáo sư vật lý lý thuyết người Mỹ gốc Nhật Bản nào …": the noun the question opens with, however
    # long the description up to its "nào", when a name stands right before that (not "… năm nào")
    named_before_nao = re.search(r"(\w+) nao\b", joined)
    if qtype == "entity" and named_before_nao and named_before_nao.group(1) in names:
        for noun, types in sorted(table.items(), key=lambda kv: -len(kv[0])):
            if noun not in ("ai", "dau") and re.match(rf"\s*{noun}(?: \w+){{4,9}} nao\b", joined):
                return set(types)
    return {"place": {"LOC"}, "person": {"PER"}}.get(qtype, set())


def _event_noun(qwords: list[str], ends: set[str]) -> str | None:
    """``tổ chức (cuộc) họp báo tại Kiev`` → ``hop bao``: the noun a light verb of the question carries,
    up to the first word that ends it (a place, a time, a name), at most four words."""
    light = _spec()["light_verbs"]
    joined = _without_qualifier(qwords, ends)  # "tổ chức có trụ sở tại Bắc Kinh nào": a noun asked
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
    unquoted = re.sub(r"[\"“”'‘’]", "", tone_key(question).lower())  # "bao nhiêu \"khách sạn bệnh viện\""
    m = re.search(r"\b(?:bao nhiêu|mấy)((?:\s+[^\W\d_]+){1,2})", unquoted)
    # "thiệt hại bao nhiêu về xuất khẩu", "chi bao nhiêu cho quốc phòng": a preposition opens what the
    # amount is of; no unit is written
    if not m or m.group(1).split()[0] in _NO_UNIT_AFTER:
        return []
    return _words(m.group(1))


_NO_UNIT_AFTER = {"về", "cho", "trong", "so", "với", "từ", "vào", "khi", "để"}


_COUNT_FILLERS = {"tong", "cong", "tat", "ca", "tong so", "chung"}  # "hủy tổng cộng bao nhiêu thỏa thuận"


def _verb_before_how_many(qwords: list[str], stop: set[str], names: set[str]) -> str | None:
    """The content word right before ``bao nhiêu`` (``rút`` in ``đã rút bao nhiêu binh sĩ``), if any."""
    for k in range(1, len(qwords) - 1):
        if qwords[k : k + 2] == ["bao", "nhieu"]:
            j = k - 1
            while j > 0 and qwords[j] in _COUNT_FILLERS:
                j -= 1
            if j > 0 and qwords[j] == "duoc":
                j -= 1  # "đã tiêm được bao nhiêu liều": the verb before its "được" (managed to)
            word = qwords[j]
            if word in stop or word.isdigit() or word in _COUNT_FILLERS or word in names:
                return None  # "Theo Ngoại trưởng Shringla, bao nhiêu nước …": a name, not a verb
            return word
    return None


_WHEN = (["ngay", "nao"], ["nam", "nao"], ["thang", "nao"], ["khi", "nao"], ["bao", "gio"], ["luc", "nao"])
_WHEN_PREPOSITIONS = {"vao", "tu", "den", "toi", "trong", "hoi", "truoc", "sau"}


@lru_cache(maxsize=1)
def _folded_titles() -> frozenset[tuple[str, ...]]:
    from thoisu.extract.gazetteer import gazetteer

    return frozenset(tuple(_words(" ".join(t))) for t in gazetteer().titles)


@lru_cache(maxsize=1)
def _folded_titles_and_markers() -> frozenset[tuple[str, ...]]:
    """The titles and the academic or professional markers (``Tiến sĩ``, ``Bác sĩ``) a person is named with,
    folded, once."""
    from thoisu.extract.gazetteer import gazetteer

    markers = {tuple(_words(m)) for m in gazetteer().person_markers if _words(m)}
    return _folded_titles() | markers


def person_title_positions(text: str, mentions: list[Any]) -> set[int]:
    """Word positions of a title written right before a person the question names, with or without
    the country between (``Tổng thống Chad Idriss Deby bao nhiêu tuổi?``): it says who is meant, and a
    sentence naming the person need not repeat it — nor an academic or professional marker (``Theo Tiến sĩ
    Trần Văn A, …`` ← ``Theo ông A, …``)."""
    titles = _folded_titles_and_markers()
    longest = max((len(t) for t in titles), default=0)
    found: set[int] = set()
    for m in (m for m in mentions if m.type == "PER"):
        cursor = m.start
        country = next((x for x in mentions if x.type == "LOC" and 0 <= cursor - x.end <= 1), None)
        if country:
            cursor = country.start
        before = _words(text[:cursor])
        for n in range(min(longest, len(before)), 0, -1):
            if tuple(before[-n:]) in titles:
                found |= set(range(len(before) - n, len(before)))
                break
        else:
            # "Cựu thiếu tướng cảnh sát Campuchia Ong Chanthuok bị bắt …": a question opening with a title
            # and what qualifies it, then the person: the whole description says who is meant (not "Vợ
            # của Đại sứ …", whose head is someone else)
            a = 1 if before[:1] in (["cuu"], ["nguyen"], ["tan"]) else 0
            if (
                len(before) <= 6
                and "cua" not in before
                and any(tuple(before[a:b]) in titles for b in range(a + 1, len(before) + 1))
            ):
                found |= set(range(len(before)))
    return found


@lru_cache(maxsize=1)
def place_kinds() -> str:
    """The kinds of place a question may ask for (questions.yaml ``place_nouns``, folded) as one regex
    alternation, longest first: ``thanh pho|vung bien|…``."""
    return "|".join(sorted(map(re.escape, _spec().get("place_nouns", [])), key=len, reverse=True))


# "kể từ khi rời Nhà Trắng", "sau khi …": a clause these open happens at another time than the main verb
OTHER_TIME_OPENERS = ("ke tu khi", "tu khi", "sau khi", "truoc khi")


def _verb_before_when(
    qwords: list[str], stop: set[str], names: set[str], through_names: bool = False
) -> str | None:
    """The content word right before ``ngày nào`` / ``khi nào`` … (``thúc`` in ``kết thúc vào ngày
    nào``): what the asked date is the date of, unless it only says that something happened."""
    for k in range(1, len(qwords) - 1):
        if qwords[k : k + 2] in _WHEN:
            j = k - 1
            while j > 0 and qwords[j] in _WHEN_PREPOSITIONS:
                j -= 1
            titles = _folded_titles()
            for n in (3, 2, 1):  # "kết thúc nhiệm kỳ ngoại trưởng vào năm nào": the title is no verb
                if j - n >= 0 and tuple(qwords[j - n + 1 : j + 1]) in titles:
                    j -= n
                    break
            # "rời Nhà Trắng vào ngày nào": the verb before the place or party it governs
            while through_names and j > 0 and qwords[j] in names:
                j -= 1
            word = qwords[j]
            pair = " ".join(qwords[j - 1 : j + 1]) if j else word
            if any(f" {o} " in f" {' '.join(qwords[max(0, j - 4) : j])} " for o in OTHER_TIME_OPENERS):
                return None  # "… lần đầu sau khi rời Nhà Trắng vào ngày nào": the date is the main verb's
            generic = set(_spec().get("generic_happen_verbs", []))
            if word in stop or word.isdigit() or word in names or word in generic or pair in generic:
                return None
            return word
    return None


def _said_otherwise(asked: str, content: list[str], present: list[str], folded_sentence: str) -> list[str]:
    """Content words of a phrase the sentence words another way (``binh sĩ`` ← ``quân nhân``), from the
    ``phrase_equivalents`` of questions.yaml: the phrase's missing words count as present."""
    found: list[str] = []
    for phrase, others in _spec().get("phrase_equivalents", {}).items():
        words = phrase.split()
        # (some of its words may be no content word: "hãng tin nào đưa tin về …" asks for the "tin")
        if (
            f" {phrase} " not in asked
            or not set(words) & set(content)
            or set(words) & set(content) <= set(present)
        ):
            continue
        if any(f" {o} " in folded_sentence for o in others):
            found += [w for w in words if w in content and w not in present and w not in found]
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


def _direction_asked(word: str, joined: str, stop: set[str], names: set[str]) -> bool:
    """``… chở dưỡng khí tới thành phố nào?``: "tới" / "đến" right before the place asked, after a verb of
    the question's own, is a direction, not a visit (``Ông Biden tới thành phố nào?`` is one).  ``joined``:
    the question's folded words, space-padded."""
    if word not in ("toi", "den"):
        return False
    at = re.search(rf" {word} (?:dau|noi nao|(?:{place_kinds()}) nao) ", joined)
    if not at:
        return False
    before = joined[: at.start()].split()
    return sum(1 for w in before if w not in stop and w not in names) >= 2


def _word_units(qdoc: Any, content: list[str]) -> dict[str, set[str]]:
    """Each content syllable of a lower-case compound word in the question -> that word, folded
    (``hoan`` -> ``hoan thanh``): a sentence holds the word only as the whole compound, so the
    ``thành`` of ``Long Thành`` is no ``hoàn thành``."""
    units: dict[str, set[str]] = {}
    wanted = set(content)
    for t in qdoc.tokens:
        surface = qdoc.text[t.start : t.end]
        parts = _words(surface)
        # the compound may hold a word too common to count on its own ("không quân": not "quân đội")
        if len(parts) >= 2 and surface == surface.lower() and set(parts) & wanted:
            for w in set(parts) & wanted:
                units.setdefault(w, set()).add(" ".join(parts))
    return units


def _holds(
    word: str, folded_sentence: str, units: dict[str, set[str]], equivalents: dict[str, list[str]]
) -> bool:
    """Whether the (space-padded, folded) sentence holds a question word: as the whole compound the
    question writes it in (``_word_units``), or through one of its equivalents (``phát`` ← ``nói``)."""
    return any(f" {u} " in folded_sentence for u in units.get(word, {word})) or any(
        f" {e} " in folded_sentence for e in equivalents.get(word, ())
    )


def _marked_words(text: str) -> list[str]:
    """The text's syllables in lower case with their marks (``lặn``, ``lần``), in order."""
    return re.findall(r"[^\W_]+", tone_key(text).lower())


def _product_cue_words(text: str, mentions: list[Any]) -> set[str]:
    """The kind of product written right before a product's name (``Tàu ngầm KRI Nanggala 402``):
    part of how the question names it, not a word the answer's sentence must repeat (``KRI Nanggala
    mất tích …``)."""
    from thoisu.extract.entity_spans import _entity_heads

    cues = sorted(
        (" ".join(_words(c)) for c in _entity_heads().get("product_cues", [])), key=len, reverse=True
    )
    found: set[str] = set()
    for m in mentions:
        if m.type != "PRODUCT":
            continue
        lead = " " + " ".join(_words(text[: m.start]))
        cue = next((c for c in cues if lead.endswith(" " + c)), None)
        if cue:
            found.update(cue.split())
    return found


# the words before a figure of a date ("ngày 23", "năm 2020", "thế kỷ 20")
_DATED_BY = {"ngay", "thang", "nam", "luc", "gio", "hom", "quy", "tuan", "the", "ky"}
_SEASONS = {"he", "dong", "xuan", "thu"}  # "hè 2021"


def naming_figures(text: str, qwords: list[str], numbers: list[str], stop: set[str]) -> set[str]:
    """The question's figures (``numbers``) that belong to a lower-case description of what it asks about,
    which a sentence may leave to the one before it: ``Đại hội thể thao cụm 5 hè 2021 …`` → {"5",
    "2021"}, ``Trong đợt 1 tiêm vắc xin …`` → {"1"} — not a date's ("ngày 23/4", "năm 2020"), a count's
    ("24 giờ", "3 tàu") nor a name's ("Nanggala 402")."""
    slashed = set(re.findall(r"\d+(?=/)|(?<=/)\d+", text))
    named = {m.group(2) for m in re.finditer(r"(\S+)\s+(\d+)", text) if m.group(1)[0].isupper()}
    return {
        w
        for k, w in enumerate(qwords)
        if w in numbers
        and w not in slashed | named
        and k > 0
        and qwords[k - 1] not in _DATED_BY
        and (
            k + 1 == len(qwords)
            or qwords[k + 1] in stop
            or qwords[k + 1] in _SEASONS
            # "Trong đợt 1 tiêm vắc xin …": the figure numbers a round, whatever follows it
            or any(
                qwords[max(0, k - len(r.split())) : k] == r.split() for r in _spec().get("round_nouns", [])
            )
        )
    }
