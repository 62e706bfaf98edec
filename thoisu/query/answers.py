"""Extracting the answer of each question type from one candidate sentence and its records.

Every extractor takes the candidate ``c`` (a sentence with its events, times, mentions and
quantities) and the question context ``ctx`` (asked actions, entities, content words, wanted
answer types, the unit after ``bao nhiêu``), and returns ``[{answer, normalized, …}]`` or ``[]``.
"""

from __future__ import annotations

import re
from typing import Any

from thoisu.extract.entity_spans import _vietnamese_syllable
from thoisu.query.answer_common import _anchor, _k, _matching_events, _nearest, _spec, _words, claimed_spans
from thoisu.query.answer_dates import _date_answer
from thoisu.query.answer_numbers import _duration_answer, _number_answer, _ordinal_answer
from thoisu.query.answer_yesno import _yesno_answer
from thoisu.query.candidates import country_ending
from thoisu.query.question import place_kinds
from thoisu.text.normalize import fold, tone_key

# without an event of the asked kind, a place named in the sentence answers only when nearly every
# word asked is there too (as for a bare time, FREE_TIME_SUPPORT)
FREE_PLACE_SUPPORT = 0.8
# … and a place written right after the kind of place asked ("thành phố Tanabe") with fewer
NAMED_PLACE_SUPPORT = 0.7
# … and a place a "nơi …" clause describes, with the words asked (three at least) in that clause
RELATIVE_PLACE_SUPPORT = 0.6

_COUNTRY_ASKED = re.compile(r"\b(?:quoc gia|nuoc)\b(?: \w+){0,3} nao\b")


def _country_asked(ctx) -> bool:
    """``nước nào``, ``quốc gia châu Á nào``: a country is asked for — unless another noun is what
    ``nào`` asks ("các nước trong tổ chức nào" asks for an organisation)."""
    found = _COUNTRY_ASKED.search(ctx["asked"])
    if not found:
        return False
    between = f" {' '.join(found.group().split()[1:-1])} "
    others = [n for n in _spec()["answer_types"] if n not in ("nuoc", "quoc gia")]
    return not any(f" {n} " in between for n in others)


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
    if _country_asked(ctx):
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
    kind = _place_kind_asked(ctx)
    if re.search(r"\btu (?:dau|noi nao)\b", ctx["asked"]) or (kind and f" tu {kind} nao " in ctx["asked"]):
        # "khởi hành từ đâu", "xuất phát từ cảng nào": where from — "từ căn cứ quân sự Travis ở bang
        # California" answers Travis
        origins = [m for m in locs if _introduced_as_place(_lead(c, m), r"từ")]
        if kind in _spec().get("place_nouns_named", []):
            origins = [m for m in origins if _written_after(c, m, kind)]  # a port is written as one
        if origins:
            return [_place_item(c, origins[0])]
    described = _described_by_noi(c, _of_kind(locs, kind) if kind else locs, ctx)
    if described:
        return [_place_item(c, described)]
    written = _place_after_words_asked(c, locs, ctx) or _where_the_subject_is(c, locs, ctx)
    if written:
        return [_place_item(c, written)]
    if kind and c.get("coverage", 1.0) >= NAMED_PLACE_SUPPORT:
        # "cho thành phố nào" ← "cho thành phố Tanabe ở tỉnh Wakayama": the place written after that noun
        after = [m for m in locs if _written_after(c, m, kind)]
        if after:
            return [_place_item(c, after[0])]
        unclaimed = _unclaimed_name_after(c, kind, ctx)
        if unclaimed:
            return [unclaimed]
    if kind in _spec().get("place_nouns_named", []):
        return []  # "từ cảng nào": a port is written as one; "… tới vùng biển Indonesia" names none
    subject = _subject_of_kind(c, _of_kind(locs, kind), kind, ctx) if kind else None
    if subject:
        return [_place_item(c, subject)]
    if kind:
        locs = _of_kind(locs, kind)  # "thành phố nào", "bang nào": never a country, a state no city
        allowed = {m["entity_id"] for m in locs}
    for e in _matching_events(c, ctx["actions"], ctx["entities"]):
        if e.get("place") and e["place"].get("entity_id") in allowed:
            item = _entity_item(c, e["place"]["entity_id"], e["place"]["text"])
            m = next((m for m in locs if m["entity_id"] == e["place"]["entity_id"]), None)
            return [_with_descriptor(c, item, m) if m else item]
    if c.get("coverage", 1.0) < FREE_PLACE_SUPPORT:
        return []  # "được đóng ở đâu" ← "do Đức sản xuất … mất tích … trên vùng biển Bali": another verb's place
    introduced = [m for m in locs if _introduced_as_place(_lead(c, m))]
    if not introduced and len(locs) == 1 and c.get("coverage", 1.0) == 1.0 and locs[0]["start"] > c["start"]:
        # "… phát triển các đảo bên ngoài, trong đó có Natuna": every word asked, and one place — not the
        # sentence's subject ("Moscow bị cáo buộc đưa binh sĩ …")
        introduced = locs
    if _country_asked(ctx) and any(_is_country(m) for m in introduced):
        introduced = [m for m in introduced if _is_country(m)]  # "thuộc dãy Andes, Cusco, Peru": the country
    # "Moscow bị cáo buộc …": a subject, not a place; the place nearest the verb asked, else the words asked
    best = _nearest(introduced, _predicate_anchor(c, ctx) or _anchor(c, ctx))
    if best and _country_asked(ctx) and not _is_country(best[0]):
        best = _country_referred_to(c, best[0], locs)
    if best:
        return [_place_item(c, best[0])]
    unnamed = None if kind or _country_asked(ctx) else _unclaimed_place_introduced(c, ctx)
    return [unnamed] if unnamed else []


def _subject_of_kind(c, locs: list[dict[str, Any]], kind: str, ctx) -> dict[str, Any] | None:
    """``Bang nào được thêm 2 ghế …?`` ← ``Cụ thể, Texas sẽ có thêm 2 ghế …``: a question opening with the
    kind of place asked makes it the subject; the sentence's first place of that kind, when it opens the
    sentence's clause and the verb asked (the first content word after "nào") follows it.  ``kind``: the
    folded kind asked (``_place_kind_asked``)."""
    verb = next((w for w in ctx["asked"].split()[len(kind.split()) + 1 :] if w in ctx["content"]), None)
    if not ctx["asked"].startswith(f" {kind} nao ") or not verb or not locs:
        return None
    first = min(locs, key=lambda m: m["start"])
    lead = c["text"][: first["start"] - c["start"]]
    after = f" {' '.join(_words(c['text'][first['end'] - c['start'] :]))} "
    clause_opens = not _words(re.split(r"[,;:]", lead)[-1])
    return first if clause_opens and f" {verb} " in after else None


def _unclaimed_place_introduced(c, ctx) -> dict[str, Any] | None:
    """``xảy ra ở đâu?`` ← ``xảy ra ở khu vực chân núi Meron, miền bắc Israel``: with no place the
    recogniser knows, a capitalised name it left unclaimed, written after a noun of a kind of place
    (``núi``, ``làng``, ``đảo`` …) that "ở" / "tại" introduces at most three words before."""
    tokens = _tokens(c["text"])
    found = [
        (start, item)
        for kind in place_kinds().replace("\\", "").split("|")
        for start, item in _unclaimed_names_after(c, kind, ctx, tokens)
        if {"o", "tai"} & set(_words(c["text"][:start])[-3:])
    ]
    return min(found, key=lambda f: f[0])[1] if found else None


def _place_after_words_asked(c, locs: list[dict[str, Any]], ctx) -> dict[str, Any] | None:
    """``… xây tường biên giới với nước nào?`` ← ``… tường biên giới với Mexico``; ``… bay về căn cứ nào
    …?`` ← ``… bay về căn cứ Misawa``: the place the sentence writes right after the two words the
    question puts before the noun asked (that noun written or not), when they are not both stop words."""
    kinds = f"{place_kinds()}|nuoc|quoc gia|noi"
    noun = re.search(rf" ((?:{kinds})) nao ", ctx["asked"])
    if not noun:
        return None
    before = ctx["asked"][: noun.start()].split()[-2:]
    if len(before) < 2 or all(w in ctx["stop"] for w in before):
        return None
    kind = noun.group(1).split()
    for m, lead in _folded_leads(c, locs):
        if lead[-len(kind) :] == kind:
            lead = lead[: -len(kind)]  # "bay về căn cứ Misawa": the noun asked written too
        if lead[-2:] == before:
            return m
    return None


def _country_referred_to(c, m, locs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A region cannot answer ``nước nào``, but ``quốc gia Đông Nam Á này`` (this Southeast Asian country)
    refers back to the one country the sentence names before it ("… thực thể của Myanmar là cách để EU
    gây sức ép với chính quyền quân sự ở quốc gia Đông Nam Á này")."""
    text = c["doc_text"]
    if not (re.search(r"\b(?:quốc gia|nước)\s+$", _lead(c, m)) and re.match(r"\s+này\b", text[m["end"] :])):
        return []
    earlier = {x["entity_id"] for x in locs if _is_country(x) and x["end"] <= m["start"]}
    return [next(x for x in locs if x["entity_id"] in earlier)] if len(earlier) == 1 else []


def _described_by_noi(c, locs: list[dict[str, Any]], ctx) -> dict[str, Any] | None:
    """The place a ``nơi …`` clause describes, when that clause holds most of what was asked: ``Tại các
    nghĩa trang ở New Delhi, nơi hiện có số ca tử vong trong ngày cao nhất …`` answers "Thành phố nào … có
    số ca tử vong … cao nhất?" with New Delhi, whatever the rest of the sentence is about."""
    for m in locs:
        after = c["doc_text"][m["end"] : c["end"]]
        clause = re.match(r"\s*,\s*nơi\s+(.*)", after, re.DOTALL)
        if not clause:
            continue
        words = set(_words(clause.group(1)))
        held = sum(w in words for w in ctx["content"])
        if held >= 3 and held / len(ctx["content"]) >= RELATIVE_PLACE_SUPPORT:
            return m
    return None


def _place_item(c, m) -> dict[str, Any]:
    """The place mention ``m`` as an answer, written with its descriptor."""
    return _with_descriptor(c, _entity_item(c, m["entity_id"], m["text"]), m)


def _with_descriptor(c, item: dict[str, Any], m) -> dict[str, Any]:
    """A place answer as the text writes it with its descriptor ("eo biển Bashi", "bang Karen",
    "căn cứ quân sự Travis"): the name alone may be another place (Bali the island, Bali the strait)."""
    from thoisu.extract.entity_spans import _entity_heads

    heads = _entity_heads()
    descriptors = [*heads["described_by"]["LOC"], *heads["place_descriptors"]]
    lead = _lead(c, m).lower()
    for d in sorted(descriptors, key=len, reverse=True):
        if lead.endswith(f"{d} ") and (len(lead) == len(d) + 1 or not lead[-len(d) - 2].isalnum()):
            return {**item, "answer": c["doc_text"][m["start"] - len(d) - 1 : m["start"]] + item["answer"]}
    return item


def _place_kind_asked(ctx) -> str | None:
    """The kind of place a ``X nào`` question asks for (``thanh pho``, ``cang`` …; place_nouns), folded."""
    kinds = place_kinds()
    kind = re.search(rf"\b({kinds}) nao\b", ctx["asked"]) if kinds else None
    return kind.group(1) if kind else None


def _of_kind(mentions: list[dict[str, Any]], kind: str) -> list[dict[str, Any]]:
    """Places that can be of the kind asked: no country for a city, a state or a region, and only a
    gazetteer region for a state or a province (its ids say which are countries and regions)."""
    out = [m for m in mentions if not _is_country(m)]
    if kind in _spec().get("place_nouns_above_city", []):
        # a state or a province is one the gazetteer knows as a region, or is written with its noun
        out = [m for m in out if (m["entity_id"] or "").startswith("region:")]
    return out


def _written_after(c, m, noun: str) -> bool:
    """Whether the mention comes right after the (folded) noun: ``thành phố Tanabe`` for ``thanh pho``,
    or its name opens with a word saying that kind (``Đá Ba Đầu`` is a reef: questions.yaml
    ``place_kinds_in_names``)."""
    opening = _spec().get("place_kinds_in_names", {}).get(noun, [])
    name = _words(m["text"])
    return (" " + " ".join(_words(_lead(c, m)))).endswith(f" {noun}") or (
        len(name) > 1 and name[0] in opening
    )


def _unclaimed_name_after(c, kind: str, ctx) -> dict[str, Any] | None:
    """``ngọn núi nào`` ← ``chọn núi thiêng Batur``: a capitalised name the recogniser left unclaimed, right
    after the noun of the kind asked (and at most one word describing it), which the question doesn't hold."""
    return next((item for _, item in _unclaimed_names_after(c, kind, ctx)), None)


def _unclaimed_names_after(c, kind: str, ctx, tokens=None):
    """Each capitalised name no recognised mention holds, written right after the (folded) noun ``kind``
    (past at most two words describing it) and not held by the question, as (where the noun starts, the
    answer from the noun on); ``tokens`` is ``_tokens`` of the sentence, when already read."""
    text = c["text"]
    claimed = claimed_spans(c)
    for start, run, _ in _capitalised_runs_after(
        text, *(tokens or _tokens(text)), kind.split(), describing=True
    ):
        name = text[run[0][0] : run[-1][1]]
        if (
            not any(a <= run[0][0] < b for a, b in claimed)
            and f" {' '.join(_words(name))} " not in ctx["asked"]
        ):
            yield start, {"answer": text[start : run[-1][1]], "normalized": name}


_TOKEN = re.compile(r"[^\W_][\w'-]*")


def _tokens(text: str) -> tuple[list[tuple[int, int, str]], list[str]]:
    """The text's words as (start, end, surface), and each one folded."""
    tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]
    return tokens, [" ".join(_words(t)) for _, _, t in tokens]


def _capitalised_runs_after(
    text: str,
    tokens: list[tuple[int, int, str]],
    folded: list[str],
    phrase: list[str],
    describing: bool = False,
):
    """Each place the text writes the folded ``phrase`` right before a run of capitalised words (at most
    five, a space apart; with ``describing``, past up to two lower-case words about it: ``núi thiêng Batur``), as
    (where the phrase starts, the run's tokens, the token after the run or None)."""
    n = len(phrase)
    for i in range(len(tokens) - n):
        if folded[i : i + n] != phrase:
            continue
        j = i + n
        # "núi thiêng Batur", "cảng quê nhà Toulon", "sân bay quốc tế Changi": at most two words about it
        while describing and j < min(i + n + 2, len(tokens) - 1) and tokens[j][2].islower():
            j += 1
        run = []
        while j < len(tokens) and tokens[j][2][:1].isupper() and len(run) < 5:
            if run and text[tokens[j - 1][1] : tokens[j][0]] != " ":
                break
            run.append(tokens[j])
            j += 1
        if run:
            yield tokens[i][0], run, tokens[j] if j < len(tokens) else None


def _predicate_anchor(c, ctx) -> int | None:
    """``Người tham gia … bị đổ bệnh ở nước nào?`` ← ``Cuộc thử nghiệm … tại Mỹ đã bị tạm dừng … sau khi
    một người tham gia tại Anh đổ bệnh …``: where the sentence writes the verb a place is asked of (the two
    content words right before the question's "ở/tại … nào" or "ở đâu", side by side), as an offset into
    its document; None when it does not write them so."""
    kinds = f"{place_kinds()}|nuoc|quoc gia"
    asked = re.search(rf" (\w+ \w+) (?:o|tai) (?:(?:{kinds}) nao|dau) ", ctx["asked"])
    if not asked or not set(asked.group(1).split()) & set(ctx["content"]):  # "đổ bệnh": "đổ" folds to "do"
        return None
    verb = asked.group(1).split()
    tokens, folded = _tokens(c["text"])
    return next(
        (c["start"] + tokens[k][0] for k in range(len(folded) - 1) if folded[k : k + 2] == verb), None
    )


def _where_the_subject_is(c, locs: list[dict[str, Any]], ctx) -> dict[str, Any] | None:
    """``Các bệnh viện … nằm ở thành phố nào?`` ← ``… một số bệnh viện ở New Delhi giải trình …``: where
    the question asks its subject lies ("nằm ở", "đặt ở", "đặt tại"), the place the sentence writes with
    "ở" / "tại" right after the subject's noun (its first two words)."""
    kinds = f"{place_kinds()}|nuoc|quoc gia"
    if not re.search(rf" (?:nam|dat) (?:o|tai) (?:(?:{kinds}) nao|dau) ", ctx["asked"]):
        return None
    subject = re.match(r" (?:cac |nhung )?(\w+ \w+) ", ctx["asked"])
    if not subject or any(w in ctx["stop"] for w in subject.group(1).split()):
        return None
    # "Viện Hudson … đặt ở nước nào?" ← "Viện nghiên cứu Hudson ở Mỹ": a name closing the subject may
    # stand alone before "ở"
    name = subject.group(1).split()[-1]
    heads = [subject.group(1), *([name] if name in ctx.get("unclaimed", ()) else [])]
    for m, lead in _folded_leads(c, locs):
        if any(re.search(rf"\b{h} (?:o|tai)(?: (?:{kinds}))?$", " ".join(lead)) for h in heads):
            return m
    return None


def _folded_leads(c, locs: list[dict[str, Any]], size: int = 6):
    """Each place the sentence names as a word of its own, with the (up to ``size``) folded words
    written right before it."""
    tokens, folded = _tokens(c["text"])
    for m in locs:
        at = next((k for k, t in enumerate(tokens) if t[0] == m["start"] - c["start"]), None)
        if at is not None:
            yield m, folded[max(0, at - size) : at]


def _lead(c, m) -> str:
    return c["doc_text"][max(0, m["start"] - 40) : m["start"]]


def _introduced_as_place(lead: str, prepositions: str = r"tại|ở|đến|tới|trên|vào|ngoài khơi|thuộc") -> bool:
    """``tại Jakarta``, ``ở thủ đô Jakarta``, ``ở vùng chiến sự miền Đông``, ``ngoài khơi Bali``: tại/ở/đến
    (or an opening parenthesis), then at most three lower-case words (what kind of place), then the name."""
    m = re.search(rf"(?:\b(?:{prepositions})|\()((?:\s+\w+){{0,4}})\s*$", lead)
    if m and all(w.islower() for w in m.group(1).split()):
        return True
    # … or the places it is in, after the first ("thuộc dãy Andes, Cusco, Peru", "ở Wellesley, Massachusetts")
    name = r"(?:\s+[A-ZĐ][^\W_]*)+"
    return (
        re.search(rf"\b(?:{prepositions})(?:\s+[^\W\d_A-ZĐ]+){{0,4}}{name}(?:,{name})*,\s*$", lead)
        is not None
    )


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
        at, matched = next(
            ((a, n) for n in range(len(words), 1, -1) if (a := folded.find(" ".join(words[:n]))) >= 0),
            (-1, 0),
        )
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
            before = [m for m in _typed_mentions(c, ctx, {"PER"}) if 0 <= at - (m["end"] - c["start"]) <= 3]
            if before:
                return [
                    _entity_item(c, before[-1]["entity_id"], before[-1]["text"])
                ]  # "Ng, người đứng đầu …"
            named = [k for k, w in enumerate(words) if w in ctx.get("entity_words", set())]
            whole = named[0] + 1 if named else len(words)  # the post up to the name that ends it
            # "chỉ huy tàu ngầm KRI Nanggala 402" asked, "một cựu chỉ huy tàu ngầm hạt nhân" written: the
            # post of another thing, whoever holds it
            qualifier = folded[at:].split()[matched : matched + 1]
            if named and matched < whole and qualifier and qualifier[0] not in ctx["asked"].split():
                return []
            copular = re.match(r"\s*Ai (?:hiện )?là\b", ctx["question"]) or ctx["question"].rstrip(
                " ?"
            ).endswith("là ai")
            if copular and matched >= max(whole, 3):
                # "… sau khi người đứng đầu hải quân Singapore nhận được …": the post is written whole, its
                # holder is not named with it; another name in the sentence is someone else
                return []
    # "Ông Trump thúc đẩy bổ nhiệm ai": "ai" after the verb asks for whom it was done to
    role = "target" if ctx.get("asks_object") else "source"
    for e in _matching_events(c, ctx["actions"], ctx["entities"]):
        for a in sorted(e["actors"], key=lambda a: a.get("role") != role):
            if (
                a.get("type") == "PER"
                and a.get("entity_id") not in ctx["entities"]
                and _of_country_asked(a, ctx)
            ):
                return [_entity_item(c, a["entity_id"], a["text"])]
    people = [m for m in _typed_mentions(c, ctx, {"PER"}) if _of_country_asked(m, ctx)]
    best = _nearest(people, _anchor(c, ctx))
    return [_entity_item(c, best[0]["entity_id"], best[0]["text"])] if best else []


def countries_asked(entities: set[str], asked: str) -> set[str]:
    """The countries among the question's entities that it writes right before ``nào`` (``Quan chức Ấn
    Độ nào …?``): whose person or thing is asked for.  ``asked``: the question's folded words, padded."""
    from thoisu.extract.gazetteer import gazetteer

    g = gazetteer()
    return {
        e
        for e in entities
        if ":" not in e and f" {_k(g.entities.get(e, {}).get('name_vi') or e)} nao " in asked
    }


def _of_country_asked(person: dict[str, Any], ctx) -> bool:
    """``Quan chức Ấn Độ nào …?``: a person the gazetteer knows as another country's (Ursula von der
    Leyen, of Germany) is not the one asked for (``ctx["countries_asked"]``, read once per question)."""
    from thoisu.extract.gazetteer import gazetteer

    asked = ctx.get("countries_asked", set())
    country = gazetteer().entities.get(person.get("entity_id") or "", {}).get("country")
    return not asked or not country or country in asked


# "những nước láng giềng nào", "các quốc gia châu Á nào" (folded)
# — not "các nước trong tổ chức nào", which asks for the organisation
_COUNTRIES_LISTED = re.compile(
    r" (?:nhung|cac) (?:nuoc|quoc gia)(?: (?!trong |cua |o |tai |thuoc |voi )\w+){0,3} nao "
)


def _list_answer(c, ctx):
    # a noun asked that says no type ("Những đột biến nào …?") asks for no person: every noun for people
    # is in the answer types
    want = ctx["want"] or {"LOC", "ORG", "AGREEMENT"}
    out = []
    if want & {"AGREEMENT", "MECHANISM", "EVENT"}:
        for e in _matching_events(c, ctx["actions"], ctx["entities"]):
            obj = e.get("object")
            if obj and obj.get("type") in want:
                out.append(_entity_item(c, obj["entity_id"], obj["text"]))
    # "Những đối thủ nào được STRATCOM nêu tên …?": the country a body the question names speaks for
    # (Bộ Tư lệnh Chiến lược Mỹ) is the asker, not one of the things listed
    speaking_for = {
        country_ending(m["name"] or m["text"])
        for m in c["mentions"]
        if m["type"] == "ORG" and m["entity_id"] in ctx["entities"]
    }
    typed = [m for m in _typed_mentions(c, ctx, want) if m["entity_id"] not in speaking_for]
    if _COUNTRIES_LISTED.search(ctx["asked"]):
        # "những nước láng giềng nào": countries, not the cities the sentence names beside them
        typed = [m for m in typed if _is_country(m)]
    lo, hi = _asked_clause(c, ctx)
    typed = [m for m in typed if lo <= m["start"] - c["start"] < hi] or typed
    kind = _place_kind_asked(ctx)
    asked_places = _PLACES_ASKED.search(ctx["asked"])
    # "những tỉnh nào" ← "ở những tỉnh có đặc khu kinh tế như Champasak, Bokeo và Luang Prabang": the
    # enumeration "như" opens after the noun asked
    exemplified = _exemplified(c, typed, kind or (asked_places.group(1) if asked_places else None))
    if exemplified:
        typed = exemplified
    elif kind:
        # "những bang nào": the places written after "bang" and listed with them, else those of that kind
        named = [m for m in typed if _written_after(c, m, kind)]
        run = next((r for r in [_longest_enumeration(c, typed)] if named and named[0] in r), named)
        typed = run or _of_kind(typed, kind)
    elif asked_places:
        # "ở những nơi nào": places the sentence introduces as such ("ở Pskov, Ivanovo và vùng Krasnodar"),
        # not every name of a place it mentions
        typed = _introduced_places(c, typed)
    listed = _longest_enumeration(c, typed)
    for m in listed if len(listed) >= 2 else typed:
        out.append(_entity_item(c, m["entity_id"], m["text"]))
    return out or _unclaimed_names_listed_after(c, ctx)


def _unclaimed_names_listed_after(c, ctx) -> list[dict[str, Any]]:
    """``lập những khu trại nào?`` ← ``thiết lập hai khu trại - Baltal và Chandanwari - cho …``: two or more
    capitalised names no recognised mention holds, listed right after the noun asked (past a count, a dash,
    a colon or "là" / "gồm"), which the question doesn't hold."""
    noun = re.search(r" (?:nhung|cac) ((?:\w+ ){1,3})nao ", ctx["asked"])
    if not noun:
        return []
    tokens, folded = _tokens(c["text"])
    phrase = noun.group(1).split()
    claimed = claimed_spans(c)
    name = r"[A-ZĐ][\w'-]*(?: [A-ZĐ][\w'-]*){0,2}"
    listing = re.compile(rf"\s*(?:[-–:]|là|gồm)?\s*({name}(?:\s*,\s*{name})*\s+(?:và|hay)\s+{name})")
    for i in range(len(tokens) - len(phrase)):
        if folded[i : i + len(phrase)] != phrase:
            continue
        m = listing.match(c["text"], tokens[i + len(phrase) - 1][1])
        if not m:
            continue
        names = [n.strip() for n in re.split(r"\s*,\s*|\s+(?:và|hay)\s+", m.group(1))]
        unclaimed = not any(a < m.end(1) and m.start(1) < b for a, b in claimed)
        if unclaimed and not any(f" {' '.join(_words(n))} " in ctx["asked"] for n in names):
            return [{"answer": n, "normalized": n} for n in names]
    return []


def _exemplified(c, mentions: list[dict[str, Any]], noun: str | None) -> list[dict[str, Any]]:
    """The mentions listed after "như" (such as) that closes a phrase of the noun asked, a few words
    before it: ``các thành phố lớn của Mỹ như New York, Washington, Los Angeles``."""
    if not noun:
        return []
    for m in sorted(mentions, key=lambda m: m["start"]):
        head = c["doc_text"][max(0, m["start"] - 200) : m["start"]]
        # names the recogniser does not know may open the list ("như Champasak, Savanakhet, Bokeo")
        lead = re.search(r"\bnhư\s+(?:[A-ZĐ][\w'-]*(?:\s*,\s*|\s+(?:và\s+)?))*$", head[-120:])
        before = " " + " ".join(_words(head[: len(head) - len(lead.group())])) if lead else ""
        if lead and re.search(rf" {noun}(?: \w+){{0,6}}$", before):
            run = _longest_enumeration(c, [x for x in mentions if x["start"] >= m["start"]])
            return run if run and run[0] is m else [m]
    return []


def _longest_enumeration(c, mentions: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The longest run of the mentions written as one enumeration (``như Hàn Quốc hay Nhật Bản``,
    ``Pháp, Đức, Bỉ và Ireland``): what a list question asks for, rather than every name around it
    (``Bộ Ngoại giao Indonesia``)."""
    runs: list[list[dict[str, Any]]] = []
    kinds = place_kinds()
    for m in sorted(mentions, key=lambda m: m["start"]):
        gap = c["doc_text"][runs[-1][-1]["end"] : m["start"]] if runs else ""
        joined = re.fullmatch(
            r"\s*(?:,|và|hay|hoặc|cùng)(?:\s*(?:,|và|hay|hoặc))?(?:\s+(\w+(?: \w+)?))?\s*", gap
        )
        # "Brest, Lorient và vùng Toulon": the last item may say its kind of place
        noun = joined.group(1) if joined else None
        if runs and joined and (noun is None or (kinds and re.fullmatch(kinds, " ".join(_words(noun))))):
            runs[-1].append(m)
        else:
            runs.append([m])
    return max(runs, key=len, default=[])


_PLACES_ASKED = re.compile(r"\b(noi|dia diem|thanh pho|khu vuc)\b(?: \w+){0,2} nao\b")


def _introduced_places(c, mentions: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Mentions introduced as places (``ở X``), with the ones listed after them (``, Y và vùng Z``)."""
    out: list[dict[str, Any]] = []
    for m in sorted(mentions, key=lambda m: m["start"]):
        lead = c["doc_text"][max(0, m["start"] - 40) : m["start"]]
        listed = bool(out) and re.fullmatch(
            r"(?:\s*(?:,|và|hoặc)(?:\s+\w+)?){1,3}\s*", c["doc_text"][out[-1]["end"] : m["start"]]
        )
        if _introduced_as_place(lead) or listed:
            out.append(m)
    return out


# where a sentence joins clauses about different subjects ("…, trong khi các đơn vị không quân …")
_CLAUSE_BREAK = re.compile(r"[;:]\s+|,\s+(?=(?:trong khi|còn|nhưng|song|đồng thời)\b)")


def _asked_clause(c, ctx) -> tuple[int, int]:
    """The span (offsets in the sentence) of the clause holding most of the question's content words."""
    text = c["text"]
    cuts = [0, *(m.end() for m in _CLAUSE_BREAK.finditer(text)), len(text)]
    content = set(ctx["content"])
    spans = list(zip(cuts, cuts[1:], strict=False))
    return max(spans, key=lambda ab: len(content & set(_words(text[ab[0] : ab[1]]))))


_NAME_ASKED = re.compile(r"\b(?:mang|có|lấy|với|đặt)?\s*tên(?: là)? gì\b|\bgọi là gì\b")
_NAME_GIVEN = re.compile(
    r"\b(?:mang tên|có tên(?: là)?|lấy tên|với tên(?: gọi)?|tên là|được gọi là|gọi là)\s+"
    r"(?:[\"“]([^\"”]{2,60})[\"”]|((?:[A-ZĐ][\w'-]*)(?:\s+[A-ZĐ][\w'-]*)*))"
)


def _entity_answer(c, ctx):
    if _NAME_ASKED.search(ctx["question"]):
        # "nhóm mang tên gì?" ← "lập nên nhóm mang tên "Action Culottée"": the name the sentence gives
        named = _NAME_GIVEN.search(c["text"])
        if named:
            name = named.group(1) or named.group(2)
            return [{"answer": name, "normalized": name}]
        return []
    named = _name_given_to_noun_asked(c, ctx) or _name_after_phrase_asked(c, ctx) or _copular_answer(c, ctx)
    if named:
        return [named]
    want = ctx["want"]
    events = _matching_events(c, ctx["actions"], ctx["entities"])
    if want and ctx["actions"] and _subject_asked(ctx):
        # "Tổ chức … nào đã cho biết …?": who did the action asked, the event's actor
        for e in events:
            for actor in e.get("actors") or []:
                if (
                    actor.get("entity_id")
                    and actor["entity_id"] not in ctx["entities"]
                    and actor.get("type") in want
                ):
                    return [_entity_item(c, actor["entity_id"], actor["text"])]
    for e in events:
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
    typed = [
        m for m in _typed_mentions(c, ctx, want) if _of_country_asked(m, ctx) and not _reporting(c, m, ctx)
    ]
    described = _described_as(c, typed, ctx.get("noun_asked"))
    if described:
        return [_entity_item(c, described["entity_id"], described["text"])]
    if _country_asked(ctx):
        typed = [m for m in typed if _is_country(m)]  # a country was asked for: a city ("Surabaya") is none
        written = _place_after_words_asked(c, typed, ctx)
        if written:
            return [_place_item(c, written)]
    best = _nearest(typed, _anchor(c, ctx))
    return [_entity_item(c, best[0]["entity_id"], best[0]["text"])] if best else []


def _subject_asked(ctx) -> bool:
    """Whether the question's ``… nào`` comes before the verb of its action: it asks who did it."""
    asked = ctx["asked"]
    nao = asked.find(" nao ")
    verbs = [asked.find(f" {w} ") for w in ctx["action_words"] if f" {w} " in asked]
    return nao >= 0 and bool(verbs) and nao < min(verbs)


def _name_given_to_noun_asked(c, ctx) -> dict[str, Any] | None:
    """``… dự án trồng cây nào …?`` ← ``… thúc đẩy dự án mang tên "Vạn lý Trường thành Xanh" …``: the name
    the sentence gives (``mang tên``, ``có tên`` …) to a noun the question writes in the five words
    before ``nào`` (two words, as most Vietnamese nouns)."""
    asked = ctx["asked"].split()
    if "nao" not in asked:
        return None
    k = asked.index("nao")
    before_nao = f" {' '.join(asked[max(0, k - 5) : k])} "
    for given in _NAME_GIVEN.finditer(c["text"]):
        noun = _words(c["text"][: given.start()])[-2:]
        name = given.group(1) or given.group(2)
        if (
            len(noun) == 2
            and f" {' '.join(noun)} " in before_nao
            and f" {' '.join(_words(name))} " not in ctx["asked"] + " "
        ):
            return {"answer": name, "normalized": name}
    return None


def _copular_answer(c, ctx) -> dict[str, Any] | None:
    """``mục tiêu chính của vụ tấn công là gì?`` ← ``… mục tiêu chính của vụ tấn công là căn cứ quân sự
    Victory của Mỹ.``: what the sentence equates with all the words the question puts before ``là gì``
    (after its last comma: "Theo nguồn tin …, " frames it), up to the end of its clause, when that is a
    short phrase."""
    asked = re.search(r"([^,]+?)\s+là gì\s*\?\s*$", ctx["question"])
    subject = _words(asked.group(1)) if asked else []
    if not subject or len(subject) > 12:
        return None
    tokens, folded = _tokens(c["text"])
    n = len(subject)
    for k in range(len(folded) - n):
        if folded[k : k + n] == subject and folded[k + n] == "la":
            if k + n + 1 >= len(tokens):
                return None
            phrase = re.split(r"[,;:.!?(\"“]", c["text"][tokens[k + n + 1][0] :])[0].strip()
            if 1 <= len(phrase.split()) <= 8:
                return {"answer": phrase, "normalized": phrase}
    return None


_REPORTING = re.compile(r"^\s*(?:đã\s+)?(?:đưa tin|cho biết|cho hay|dẫn lời|trích dẫn|thông tin)\b")


def _reporting(c, m, ctx) -> bool:
    """A source telling the news (``Đài truyền hình Press TV đưa tin, lực lượng … đã thử nghiệm``) is not who
    did what it tells, unless the question asks who reported it."""
    if "asks_reporter" not in ctx:  # read once per question
        ctx["asks_reporter"] = bool(
            re.search(
                r"\b(?:dua tin|cho biet|cho hay|dan loi|hang tin|thong tan|to bao|bao nao|dai nao)\b",
                ctx["asked"],
            )
        )
    if ctx["asks_reporter"]:
        return False
    return bool(_REPORTING.match(c["text"][m["end"] - c["start"] :]))


def _name_after_phrase_asked(c, ctx) -> dict[str, Any] | None:
    """``… trong lễ hội nào …?`` ← ``… tham gia lễ hội Lag BaOmer …``: the capitalised name the sentence
    writes right after the words the question puts before ``nào`` (two to five of them, as written)."""
    asked = ctx["asked"].split()
    if "nao" not in asked:
        return None
    k = asked.index("nao")
    text = c["text"]
    tokens, folded = _tokens(text)
    # "… đối tác độc quyền của tổ chức nào tại …" ← "… đối tác độc quyền của Mercer tại …": the sentence
    # may name it without the noun asked, in the noun's place
    noun = (ctx.get("noun_asked") or "").split()
    ends = [k] + ([k - len(noun)] if noun and asked[k - len(noun) : k] == noun else [])
    for end, n in ((end, n) for end in ends for n in (5, 4, 3, 2)):
        phrase = asked[max(0, end - n) : end]
        if len(phrase) < n or all(w in ctx["stop"] for w in phrase):
            continue
        for _, run, after in _capitalised_runs_after(text, tokens, folded, phrase):
            if (
                len(run) == 1
                and after
                and after[2][:1].islower()
                and text[run[0][1] : after[0]] == " "
                and _vietnamese_syllable(run[0][2])
            ):
                continue  # "cơ quan Liên bang …", "lực lượng Vệ binh …": a capitalised word, cut short
            a, b = run[0][0], run[-1][1]
            spans = [(m["start"] - c["start"], m["end"] - c["start"], m) for m in c["mentions"]]
            if any(x < a < y for x, y, _ in spans):
                continue  # "theo Đạo luật Quan hệ …": the words asked begin the name itself
            inside = [m for x, y, m in spans if a <= x and y <= b]
            # "quốc gia Tây Phi Guinea": the last name of the run is the one so described
            m = inside[-1] if inside else None
            name = m["text"] if m else text[a:b]
            if f" {' '.join(_words(name))} " in ctx["asked"] + " " or (
                m and m["entity_id"] in ctx["entities"]
            ):
                continue
            return _entity_item(c, m["entity_id"], m["text"]) if m else {"answer": name, "normalized": name}
    return None


def _described_as(c, mentions: list[dict[str, Any]], noun: str | None) -> dict[str, Any] | None:
    """The mention the sentence describes with the noun asked: ``Vladimir Frolov, một nhà phân tích
    chính trị`` or ``nhà phân tích chính trị Vladimir Frolov`` for ``nhà phân tích chính trị nào``."""
    if not noun or len(noun.split()) < 2:
        return None
    words = noun.split()
    for m in (m for m in mentions if m["type"] == "PER"):  # "quốc gia Tây Phi Guinea" describes no one
        after = _words(c["doc_text"][m["end"] : m["end"] + 80])
        if c["doc_text"][m["end"] : m["end"] + 1] == ",":
            after = after[1:] if after[:1] in (["mot"], ["la"]) else after
            if after[: len(words)] == words:
                return m
        if _words(c["doc_text"][max(0, m["start"] - 80) : m["start"]])[-len(words) :] == words:
            return m
    return None


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
