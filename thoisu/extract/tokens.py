"""Word segmentation (stage ``tokens``) and POS tagging (stage ``pos``) with underthesea,
aligned to character offsets.

underthesea returns words as strings; we align them back onto ``Doc.text`` so every token is a
span.  The default pipeline segments only: the entity and event stages need word boundaries, not
tags, and underthesea's POS features are half of the ingest time.  Add ``pos`` to a pipeline to
get tags on the same tokens.

    >>> from thoisu.pipeline import Pipeline
    >>> doc = Pipeline(["sentences", "pos"]).from_text("Ngoại trưởng Nga hội đàm tại Moscow.")
    >>> [(doc.text[t.start:t.end], t.pos) for t in doc.tokens][:3]
    [('Ngoại trưởng', 'N'), ('Nga', 'Np'), ('hội đàm', 'V')]
"""

from __future__ import annotations

from thoisu.model import Doc, Token


def tokenize(doc: Doc) -> Doc:
    """Fill ``doc.tokens`` (words, no tags) sentence by sentence."""
    from underthesea import word_tokenize

    tokens: list[Token] = []
    for s in doc.sentences:
        sentence = doc.text[s.start : s.end]
        words = word_tokenize(sentence) if sentence.strip() else []
        tokens.extend(align(sentence, [(w, "") for w in words], s.start))
    doc.tokens = tokens
    return doc


def pos_tag(doc: Doc) -> Doc:
    """Fill ``doc.tokens`` with words and their POS tags (underthesea's tag set)."""
    from underthesea import pos_tag as tag

    tokens: list[Token] = []
    for s in doc.sentences:
        sentence = doc.text[s.start : s.end]
        tokens.extend(align(sentence, tag(sentence) if sentence.strip() else [], s.start))
    doc.tokens = tokens
    return doc


def align(sentence: str, tagged: list[tuple[str, str]], base: int) -> list[Token]:
    """Place each (word, tag) on ``sentence``; words that cannot be found are skipped."""
    out: list[Token] = []
    cursor = 0
    for word, tag in tagged:
        parts = word.split()
        if not parts:
            continue
        first = sentence.find(parts[0], cursor)
        if first < 0:
            continue
        end = first + len(parts[0])
        ok = True
        for part in parts[1:]:
            nxt = sentence.find(part, end)
            if nxt < 0 or sentence[end:nxt].strip():
                ok = False
                break
            end = nxt + len(part)
        if not ok:
            continue
        out.append(Token(base + first, base + end, tag))
        cursor = end
    return out
