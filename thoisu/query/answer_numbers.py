"""Number answers: counts, amounts and figures (``bao nhiêu``, ``mấy``), ordinals (``thứ mấy``) and
durations (``bao lâu``)."""

from __future__ import annotations

import re
from typing import Any

from thoisu.extract.quantities import is_currency
from thoisu.query.answer_common import _anchor, _nearest, _spec, _words, unclaimed_after

# a figure, never the day or month of a date ("22/4, người …" counts nothing) nor the digits of a name
# ("Covid-19", "F-16")
_NUM = re.compile(r"(?<![\w.,/])(?<![^\W\d_]-)\d+(?:[.,]\d+)*(?:\s+(?:nghìn|ngàn|triệu|tỷ|tỉ))?(?!/\d)")


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


def _unit_fits(unit: str | None, asked: str, question: str = "") -> bool:
    """ "bao nhiêu khí tài" is not answered by "160km", nor "bao nhiêu điểm" by "52%": a distance, an area
    or a share only when one is asked — a share only when the question names one anywhere ("Dân số … là
    bao nhiêu?" is no share, "tỷ lệ ủng hộ … là bao nhiêu?" is); an amount of money never when things are
    counted with their classifier ("bao nhiêu chiếc …")."""
    if unit == "percent":
        return any(w in f"{asked} {question}".split() for w in _MEASURES[unit])
    if is_currency(unit) and asked.split()[:1] and asked.split()[0] in _spec().get("count_classifiers", []):
        return False  # "bao nhiêu chiếc iPhone" counts phones: "29 triệu đồng" is what one costs
    return unit not in _MEASURES or not asked or any(w in asked.split() for w in _MEASURES[unit])


def _figure_after_noun(c, question: str) -> list[dict[str, Any]]:
    """``qua đời ở tuổi bao nhiêu`` ← ``qua đời ở tuổi 77``, ``ở độ sâu bao nhiêu`` ← ``ở độ sâu 838 m``:
    the figure the sentence writes right after the noun the question puts before ``bao nhiêu`` — as the
    quantity the extractor read there when it read one ("838 m", "125 triệu USD")."""
    from thoisu.text.numbers import parse_number

    text = c["text"]
    m = re.search(r"((?:[^\W\d_]+\s+){1,2})(?:là\s+)?bao nhiêu\b", question)
    if not m:
        return []
    noun = m.group(1).split()
    for n in (len(noun), 1):
        phrase = r"\s+".join(re.escape(w) for w in noun[-n:])
        found = re.search(rf"(?i)\b{phrase}\s+(?:là\s+)?({_NUM.pattern})", text)
        if found and (value := parse_number(found.group(1))) is not None:
            read = [q["text"] for q in c["quantities"] if text.startswith(q["text"], found.start(1))]
            return [{"answer": read[0] if read else found.group(0), "normalized": value}]
    return []


# what may stand between a counted noun and the verb saying what it counts ("người đã bị bắt giữ")
_TENSE_VOICE = {"da", "dang", "bi", "duoc", "vua", "deu", "van"}


def _count_kind(words: list[str]) -> int | None:
    """Which group of ``exclusive_counts`` the words after a counted noun open with (past tense and
    voice markers aside: "người đã thiệt mạng"), if any."""
    while words[:1] and words[0] in _TENSE_VOICE:
        words = words[1:]
    spec = _spec()
    if any(words[: len(w.split())] == _words(w) for w in spec.get("not_count_kinds", [])):
        return None
    for k, group in enumerate(spec.get("exclusive_counts", [])):
        if any(words[: len(w.split())] == _words(w) for w in group):
            return k
    return None


def _counts_another_kind(question: str, noun: str, after: str, sentence: str) -> bool:
    """``bao nhiêu ca tử vong`` asked, ``247 ca mắc`` (or ``247 trường hợp mắc``) written: a count of
    another kind of case — as is ``300.000 ca/ngày`` in a sentence that says nowhere what its cases are
    of that kind."""
    phrases = _spec().get("phrase_equivalents", {})
    # the noun as the question writes it, of one syllable or two ("ca", "trường hợp")
    asked = re.search(rf"\bbao nhieu ({re.escape(noun)}(?: \w+)*)", " ".join(_words(question)))
    if not asked:
        return False
    rest = f"{asked.group(1)} "
    noun = max((p for p in (noun, *phrases) if rest.startswith(f"{p} ")), key=len)
    written = max(
        (w for w in (noun, *phrases.get(noun, [])) if f"{after} ".startswith(f"{w} ")), key=len, default=None
    )
    kind_asked = rest[len(noun) + 1 :].split()[:3]
    if not kind_asked or not written:  # "… chiếm 34 ca." ends with its noun
        return False
    wanted = _count_kind(kind_asked)
    if wanted is None:
        return False
    found = _count_kind(after[len(written) + 1 :].split())
    if found is not None:
        return wanted != found
    folded = f" {' '.join(_words(sentence))} "
    return not any(f" {' '.join(_words(w))} " in folded for w in _spec()["exclusive_counts"][wanted])


def _of_another_named(c, at: int, ctx) -> bool:
    """``… sau khi siêu bão Molave làm 22 người chết`` for ``siêu bão Goni``: the last name the recogniser
    left unclaimed, written after one of the question's cue words before the figure in its clause, is not
    the one asked."""
    clause_start = max((m.end() for m in re.finditer(r"[,;:]", c["text"][:at])), default=0)
    last = max(
        (
            found
            for cue in ctx.get("name_cues", {}).values()
            for found in unclaimed_after(c, cue, at)
            if found[0] >= clause_start
        ),
        default=None,
    )
    return last is not None and f" {' '.join(_words(last[1]))} " not in ctx["asked"]


# "những ai đã tiêm 2 liều", "người được tiêm đủ 2 liều": people described by how much of a thing they had
_PEOPLE_DESCRIBED = re.compile(
    r"(?:\bnhững ai|(?<![\d.,] )\bngười)\s+(?:(?:đã|đang|được|chưa|mới|vừa|từng)\s+)*"
    r"[^\W\d_]+\s+(?:(?:đủ|cả|thêm)\s+)?$"
)


# "cứ 4 phút lại có 1 người tử vong": a rate, how often, not how many
_RATE = re.compile(
    r"\bcứ\s+(?:mỗi\s+)?(?:[\d.,]+\s+)?[^\W\d_]+(?:\s+[^\W\d_]+)?\s+(?:lại\s+)?(?:có\s+)?$", re.I
)


def _counts_nothing_asked(c, at: int, ctx) -> bool:
    """Whether the figure at ``at`` (an offset into the sentence) is no count of what is asked, whatever its
    unit: another named thing's (``_of_another_named``); one saying which people are meant ("Ngay cả những
    ai đã tiêm 2 liều vắc xin vẫn có thể nhiễm" gives no doses given by a country); or a rate ("cứ 4 phút
    lại có 1 người tử vong")."""
    before = c["text"][:at]
    return bool(_of_another_named(c, at, ctx) or _PEOPLE_DESCRIBED.search(before) or _RATE.search(before))


# "lớn hơn nhiều so với", "cao hơn bất kỳ": what follows is compared with the figure, not measured by it
_COMPARISON = re.compile(r"\bso với\b|\b\w+ hơn\b(?!\s+(?:\d|một|hai|ba|bốn|năm|mười|trăm|nghìn|triệu))")


def _compared_from(c, ctx) -> int | None:
    """Where a comparison starts in the sentence when some word the question asks about is written only
    after it: "chìm xuống độ sâu 600-700 mét, lớn hơn nhiều so với độ sâu tối đa cho phép" does not give
    the maximum depth, "59% tỷ lệ ủng hộ, cao hơn bất kỳ tỷ lệ nào ông Trump từng nhận" not Trump's."""
    text = c["text"]
    asked = set(ctx["content"]) | set(ctx["entity_words"])
    # "độ cao bao nhiêu mét so với mực nước biển": what the question itself compares with may follow
    # the sentence's "so với" too
    asked -= set(ctx["asked"].partition(" so voi ")[2].split())
    for m in _COMPARISON.finditer(text):
        before = set(_words(text[: m.start()]))
        after = set(_words(text[m.end() :]))
        if (asked & after) - before:
            return m.start()
    return None


def _number_answer(c, ctx):
    found = _figure_answer(c, ctx)
    cut = _compared_from(c, ctx) if found else None
    if cut is not None and 0 <= c["text"].find(found[0]["answer"]) < cut:
        return []
    return found


def _words_asked_around(text: str, m: re.Match, ctx) -> int:
    """How many of the question's content words (the noun counted aside) the figure's own phrase holds: the
    words around it up to the nearest punctuation on each side.  Only the noun is aside: "bao nhiêu người
    thiệt mạng" is answered by "1.517 người thiệt mạng", not "2.223 người trên tàu"."""
    before = re.split(r"[,;:()]", text[: m.start()])[-1]
    after = re.split(r"[,;:]", text[m.end() :])[0]
    words = set(_words(before)) | set(_words(after))
    return sum(w in words for w in ctx["content"] if w not in ctx["unit"][:1])


def _figure_answer(c, ctx):
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
    stated = _copular_figure(text, ctx["question"]) or (
        [] if ctx["unit"] else _figure_after_noun(c, ctx["question"])  # "ở tuổi bao nhiêu?": no unit
    )
    if stated:
        return stated
    if ctx["unit"]:
        unit = " ".join(ctx["unit"][:1])
        spelled = {unit, *_spec().get("equivalents", {}).get(unit, [])}  # "mét" asked, "838 m" written
        # "bao nhiêu binh sĩ" asked, "2.500 quân nhân" written
        # "bao nhiêu mét vuông" asked, "5.000 m2" written; "bao nhiêu ca tử vong", "348 trường hợp tử vong"
        phrases = _spec().get("phrase_equivalents", {})
        alternatives = phrases.get(" ".join(ctx["unit"][:2])) or phrases.get(unit, [])
        # "bao nhiêu trường hợp F1" ← "34 F1": a kind named by a designation is the noun counted, written alone
        named = re.search(rf" bao nhieu {' '.join(ctx['unit'])} ([a-z]+\d+) ", ctx["asked"])
        kind = named.group(1) if named else None
        alternatives = [*alternatives, kind] if kind else alternatives
        nouns = {p for k, v in phrases.items() for p in (k, *v)}
        found = []
        for m in _NUM.finditer(text):
            after = " ".join(_words(text[m.end() : m.end() + 25]))
            # "9.155 người là nhân viên y tế" counts the staff: people, said to be what is counted
            if unit != "nguoi" and (said := re.match(r"\s+người là\s", text[m.end() :])):
                after = " ".join(_words(text[m.end() + said.end() : m.end() + said.end() + 25]))
            if (
                # "80% bệnh nhân" is a share of the patients, not how many there are
                not (
                    re.match(r"\s*(?:%|phần trăm)", text[m.end() :])
                    and not _unit_fits("percent", unit, ctx["asked"])
                )
                and (
                    after.startswith(unit)
                    or after.split()[:1]
                    and after.split()[0] in spelled
                    or any(f"{after} ".startswith(f"{a} ") for a in alternatives)
                )
                and (value := parse_number(m.group())) is not None
                and not _is_given(given, value, after)
                and not _counts_another_kind(ctx["question"], unit, after, text)
                and not _counts_nothing_asked(c, m.start(), ctx)
            ):
                # the quantity the extractor read there ("11 dự án"), else the figure and one word after it
                stated = [q["text"] for q in c["quantities"] if text.startswith(q["text"], m.start())]
                # a noun of several syllables the questions lexicon knows ("53 thủy thủ") or the question writes
                # ("1,6 triệu chữ ký"), else one word
                written = [p for p in {*nouns, *_noun_pair(ctx["unit"])} if f"{after} ".startswith(f"{p} ")]
                size = max((len(p.split()) for p in written), default=1)
                one = len(" ".join(text[m.end() :].split(" ", size + 1)[1 : size + 1])) + 1
                quoted = re.match(r"\s*[\"“][^\"”]{1,40}[\"”]", text[m.end() :])  # 23 "khách sạn bệnh viện"
                one = len(quoted.group()) if quoted else one
                end = m.start() + len(stated[0]) if stated else m.end() + one
                found.append(
                    (
                        _words_asked_around(text, m, ctx),
                        {"answer": text[m.start() : end].strip(" ,.;:)"), "normalized": value},
                    )
                )
        if found:
            # "sức gió 215 km/h, gió giật lên tới 290 km/h": the figure whose own phrase says what is asked
            return [max(found, key=lambda f: f[0])[1]]
    if ctx["unit"] and (listed := _listed_count(c, ctx)):
        return listed
    asked = " ".join(ctx["unit"])
    if ctx["unit"] and (_is_countable(ctx["unit"][0]) or ctx["unit"][0] in _spec().get("written_units", [])):
        # "bao nhiêu liều vắc xin": a figure of another unit ("300.000 ca/ngày") does not count doses; nor
        # does any amount say an age ("bao nhiêu tuổi" is not answered by "260.000 người theo dõi")
        return []
    qs = _nearest(
        [
            {**q, "start": c["start"] + text.find(q["text"])}
            for q in c["quantities"]
            if not _is_given(given, q["value"], " ".join(_words(_NUM.sub("", q["text"], count=1))))
            and _unit_fits(q.get("unit"), asked, ctx["asked"])
            and not _counts_nothing_asked(c, max(0, text.find(q["text"])), ctx)
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


def _noun_pair(unit: list[str]) -> list[str]:
    """The question's two words after ``bao nhiêu`` when they make one noun (``chữ ký``), not a noun and
    what follows it (``lần đưa``, ``nước đã``)."""
    spec = _spec()
    if len(unit) < 2 or not _is_countable(unit[0]):
        return []
    if unit[1] in spec["stopwords"] or unit[1] in spec.get("yesno_openers", []):
        return []
    return [" ".join(unit[:2])]


def _is_countable(word: str) -> bool:
    """Whether a word after ``bao nhiêu`` is a unit of its own — a countable noun (``liều``, ``tàu``,
    ``người``) — rather than a word of the question that names no unit (``bao nhiêu tuổi`` is
    answered by ``77``, ``bao nhiêu phần trăm`` by ``52%``, ``bao nhiêu tiền`` by ``1 tỷ USD``)."""
    spec = _spec()
    return word not in spec.get("unitless_after_how_many", []) and word not in spec["stopwords"]


# what joins the items of a closed list: "A, B và C"
_LIST_JOIN = re.compile(r"\s*,\s*|\s+và\s+|\s*,\s+và\s+")
# … and what opens an open one: "các nước như Mỹ và Nhật Bản" names examples, not all of them
_EXAMPLES_BEFORE = re.compile(r"\b(?:như|kể cả|trong đó có|gồm cả|chẳng hạn)\s*$")


def _listed_count(c, ctx) -> list[dict[str, Any]]:
    """``với phía bao nhiêu nước?`` ← ``với phía Nigeria và Kenya``; ``ở bao nhiêu cấp chính quyền?`` ←
    ``chính quyền cấp trung ương, cấp bang và cấp địa phương``: a sentence with no figure of the unit
    asked may list the things counted, closed by ``và`` — countries the question does not name for a
    count of countries, or items each led by the noun counted."""
    text = c["text"]
    unit = ctx["unit"][0]
    items: list[tuple[int, int]] = []
    if " ".join(ctx["unit"][:2]) in _spec()["list_objects"]["LOC"] or unit in _spec()["list_objects"]["LOC"]:
        from thoisu.extract.gazetteer import gazetteer

        known = gazetteer().entities
        items = [
            (m["start"] - c["start"], m["end"] - c["start"])
            for m in c["mentions"]
            if known.get(m["entity_id"] or "", {}).get("kind") == "country"
            and m["entity_id"] not in ctx["entities"]
        ]
    else:
        # "cấp trung ương, cấp bang và cấp địa phương": each item the unit and one or two words
        led = re.compile(r"[^\W\d_]+(?: (?!và\b)[^\W\d_]+){1,2}")
        items = [
            m.span()
            for w in re.finditer(r"[^\W\d_]+", text)
            if _words(w.group()) == [unit] and (m := led.match(text, w.start()))
        ]

    def closed(run: list[tuple[int, int]]) -> bool:
        """Two or more items, the last joined by "và"."""
        return len(run) > 1 and " và " in f" {text[run[-2][1] : run[-1][0]]} "

    run: list[tuple[int, int]] = []
    for span in items:
        if run and _LIST_JOIN.fullmatch(text[run[-1][1] : span[0]]):
            run.append(span)
            continue
        if closed(run):
            break
        run = [span]
    if not closed(run) or _EXAMPLES_BEFORE.search(text[: run[0][0]]):
        return []
    return [{"answer": f"{len(run)} ({text[run[0][0] : run[-1][1]]})", "normalized": len(run)}]
