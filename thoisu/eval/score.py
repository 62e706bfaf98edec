"""Scorers: thoisu's pipeline and the baselines against the gold set, in one run.

    >>> from thoisu.eval.score import evaluate
    >>> report = evaluate("test")          # doctest: +SKIP
    >>> report["entities"]["ours"]["PER"]["f1"]   # doctest: +SKIP

Matching rules (docs/annotation.md gives the annotation side):
- entities: exact span and type; linking is right when the gold canonical name is one of the
  linked entity's names (any alias, diacritics and case ignored);
- times: a system expression overlapping a gold one is a detection; it is correct when value and
  granularity (and mod, where gold gives one) are equal; accuracy = correct / gold;
- events: same sentence, same action class and same date value (both undated counts as same);
  one-to-one, greedily; argument accuracy over matched events; date accuracy over events matched
  on sentence and action alone.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from thoisu.eval.gold import GoldDoc, load_gold_set
from thoisu.model import Doc
from thoisu.text.normalize import fold, tone_key

ENTITY_TYPES = ["PER", "ORG", "LOC", "EVENT", "AGREEMENT", "MECHANISM", "FUND", "PRODUCT"]


def _key(text: str | None) -> str:
    return " ".join(fold(tone_key(text or "")).replace("-", " ").split())


def prf(tp: int, fp: int, fn: int) -> dict[str, float | int]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp": tp, "fp": fp, "fn": fn}


def run_pipeline(gold: GoldDoc) -> Doc:
    from thoisu.pipeline import Pipeline

    return Pipeline().from_text(gold.text, name=gold.name, published=gold.published)


# --- entities -----------------------------------------------------------------------------------
def score_entities(
    pairs: list[tuple[GoldDoc, list[tuple[int, int, str, set[str]]]]],
    errors: list | None = None,
    types: list[str] = ENTITY_TYPES,
) -> dict[str, Any]:
    counts = {t: [0, 0, 0] for t in types}
    linked = [0, 0]
    for gold, predicted in pairs:
        gold_spans = {(e["start"], e["end"], e["type"]): e for e in gold.entities if e["type"] in types}
        pred_spans = {(s, e, t): names for s, e, t, names in predicted if t in types}
        for key, g in gold_spans.items():
            if key in pred_spans:
                counts[key[2]][0] += 1
                linked[1] += 1
                if pred_spans[key] is None or _key(g.get("name")) in {_key(n) for n in pred_spans[key]}:
                    linked[0] += 1
                elif errors is not None:
                    errors.append(
                        {
                            "doc": gold.name,
                            "kind": "entity-link",
                            "text": g["text"],
                            "gold": g.get("name"),
                            "system": sorted(pred_spans[key])[:3],
                        }
                    )
            else:
                counts[key[2]][2] += 1
                if errors is not None:
                    errors.append(
                        {
                            "doc": gold.name,
                            "kind": "entity-missed",
                            "text": g["text"],
                            "type": key[2],
                            "context": _context(gold.text, key[0], key[1]),
                        }
                    )
        for key in pred_spans:
            if key not in gold_spans:
                counts[key[2]][1] += 1
                if errors is not None:
                    errors.append(
                        {
                            "doc": gold.name,
                            "kind": "entity-false",
                            "text": gold.text[key[0] : key[1]],
                            "type": key[2],
                            "context": _context(gold.text, key[0], key[1]),
                        }
                    )
    out: dict[str, Any] = {t: prf(*counts[t]) for t in types}
    tot = [sum(c[i] for c in counts.values()) for i in range(3)]
    out["ALL"] = prf(*tot)
    out["linking_accuracy"] = round(linked[0] / linked[1], 4) if linked[1] else 0.0
    return out


def _context(text: str, start: int, end: int) -> str:
    return f"{text[max(0, start - 50) : start]}[{text[start:end]}]{text[end : end + 50]}".replace("\n", " ")


def our_entities(doc: Doc) -> list[tuple[int, int, str, set[str] | None]]:
    out = []
    for m in doc.mentions:
        ent = doc.entities.get(m.entity_id or "", {})
        names = {ent.get("name") or "", ent.get("name_vi") or "", *ent.get("aliases", []), m.text}
        out.append((m.start, m.end, m.type, {n for n in names if n}))
    return out


def underthesea_entities(gold: GoldDoc, doc: Doc) -> list[tuple[int, int, str, set[str] | None]]:
    """underthesea's CRF NER, run per sentence and aligned back to offsets (baseline)."""
    from underthesea import ner

    from thoisu.extract.tokens import align

    out = []
    for s in doc.sentences:
        sentence = doc.text[s.start : s.end]
        tagged = ner(sentence)
        tokens = align(sentence, [(w, tag) for w, _pos, _chunk, tag in tagged], s.start)
        current: list[Any] = []
        for tok in tokens + [None]:
            tag = tok.pos if tok else "O"
            if current and (tag == "O" or tag.startswith("B-") or tag[2:] != current[0][1]):
                out.append((current[0][0].start, current[-1][0].end, current[0][1], None))
                current = []
            if tok and tag != "O":
                current.append((tok, tag[2:]))
    return [(a, b, {"MISC": "ORG"}.get(t, t), n) for a, b, t, n in out]


# --- times --------------------------------------------------------------------------------------
def score_times(
    pairs: list[tuple[GoldDoc, list[tuple[int, int, str | None, str | None, str | None]]]],
    errors: list | None = None,
) -> dict[str, Any]:
    gold_n = correct = detected = predicted_n = matched_pred = 0
    for gold, predicted in pairs:
        predicted_n += len(predicted)
        used: set[int] = set()
        for g in gold.times:
            if g.get("value") is None:
                continue  # negatives only count as false detections below
            gold_n += 1
            hit = next(
                (
                    k
                    for k, p in enumerate(predicted)
                    if k not in used and p[0] < g["end"] and g["start"] < p[1]
                ),
                None,
            )
            if hit is None:
                if errors is not None:
                    errors.append(
                        {
                            "doc": gold.name,
                            "kind": "time-missed",
                            "text": g["text"],
                            "gold": g["value"],
                            "context": _context(gold.text, g["start"], g["end"]),
                        }
                    )
                continue
            used.add(hit)
            detected += 1
            p = predicted[hit]
            ok = p[2] == g["value"] and p[3] == g.get("granularity") and (g.get("mod") in (None, p[4]))
            correct += ok
            if not ok and errors is not None:
                errors.append(
                    {
                        "doc": gold.name,
                        "kind": "time-wrong",
                        "text": g["text"],
                        "gold": [g["value"], g.get("granularity"), g.get("mod")],
                        "system": list(p[2:]),
                        "context": _context(gold.text, g["start"], g["end"]),
                    }
                )
        matched_pred += len(used)
        for k, p in enumerate(predicted):
            if k in used:
                continue
            overlaps_negative = any(
                g.get("value") is None and p[0] < g["end"] and g["start"] < p[1] for g in gold.times
            )
            if errors is not None and overlaps_negative:
                errors.append(
                    {"doc": gold.name, "kind": "time-false", "text": gold.text[p[0] : p[1]], "system": p[2]}
                )
    return {
        "accuracy": round(correct / gold_n, 4) if gold_n else 0.0,
        "detection": prf(detected, predicted_n - matched_pred, gold_n - detected),
        "gold": gold_n,
        "correct": correct,
    }


def our_times(doc: Doc) -> list[tuple[int, int, str | None, str | None, str | None]]:
    return [(t.start, t.end, t.value, t.granularity, t.mod) for t in doc.times]


def dateparser_times(gold: GoldDoc, doc: Doc) -> list[tuple[int, int, str | None, str | None, str | None]]:
    """dateparser 1.5's Vietnamese search_dates over each sentence (baseline); values at day granularity."""
    from dateparser.search import search_dates

    out = []
    settings = {"RELATIVE_BASE": _base(gold.published), "PREFER_DATES_FROM": "past"}
    for s in doc.sentences:
        sentence = doc.text[s.start : s.end]
        found = search_dates(sentence, languages=["vi"], settings=settings) or []
        cursor = 0
        for text, when in found:
            pos = sentence.find(text, cursor)
            if pos < 0:
                continue
            cursor = pos + len(text)
            out.append((s.start + pos, s.start + pos + len(text), when.date().isoformat(), "day", None))
    return out


def _base(published: str | None):
    from datetime import datetime

    return datetime.fromisoformat(published[:10]) if published else datetime(2021, 1, 1)


# --- events -------------------------------------------------------------------------------------
def score_events(
    pairs: list[tuple[GoldDoc, Doc, list[dict[str, Any]]]], errors: list | None = None
) -> dict[str, Any]:
    tp = fp = fn = 0
    arg_ok: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    date_ok = [0, 0]
    for gold, doc, predicted in pairs:
        gold_events = []
        for g in gold.events:
            si = doc.sentence_at(g["start"])
            gold_events.append((si, g))
        used: set[int] = set()
        for si, g in gold_events:
            gdate = (g.get("date") or {}).get("value")
            loose = next(
                (k for k, p in enumerate(predicted) if p["sentence"] == si and p["action"] == g["action"]),
                None,
            )
            if loose is not None:
                date_ok[1] += 1
                date_ok[0] += (predicted[loose].get("date") or {}).get("value") == gdate
            hit = next(
                (
                    k
                    for k, p in enumerate(predicted)
                    if k not in used
                    and p["sentence"] == si
                    and p["action"] == g["action"]
                    and (p.get("date") or {}).get("value") == gdate
                ),
                None,
            )
            if hit is None:
                fn += 1
                if errors is not None:
                    errors.append(
                        {
                            "doc": gold.name,
                            "kind": "event-missed",
                            "action": g["action"],
                            "trigger": g["trigger"]["text"],
                            "date": gdate,
                            "sentence": doc.sentence_text(si) if si is not None else None,
                        }
                    )
                continue
            used.add(hit)
            tp += 1
            wrong = _score_args(g, predicted[hit], doc, arg_ok)
            if errors is not None:
                errors.extend(
                    {
                        "doc": gold.name,
                        "kind": f"event-{arg}",
                        "action": g["action"],
                        "trigger": g["trigger"]["text"],
                        "gold": gold_value,
                        "system": system_value,
                        "sentence": doc.sentence_text(si),
                    }
                    for arg, gold_value, system_value in wrong
                )
        for k, p in enumerate(predicted):
            if k not in used:
                fp += 1
                if errors is not None:
                    errors.append(
                        {
                            "doc": gold.name,
                            "kind": "event-false",
                            "action": p["action"],
                            "trigger": p["trigger"],
                            "date": (p.get("date") or {}).get("value"),
                            "sentence": doc.sentence_text(p["sentence"]),
                        }
                    )
    out = prf(tp, fp, fn)
    out["arguments"] = {k: round(v[0] / v[1], 4) if v[1] else None for k, v in sorted(arg_ok.items())}
    out["date_accuracy"] = round(date_ok[0] / date_ok[1], 4) if date_ok[1] else 0.0
    return out


def _names_of(doc: Doc, arg: dict[str, Any] | None) -> set[str]:
    if not arg:
        return set()
    ent = doc.entities.get(arg.get("entity_id") or "", {})
    return {
        _key(n) for n in [arg.get("text"), ent.get("name"), ent.get("name_vi"), *ent.get("aliases", [])] if n
    }


def _score_args(
    g: dict[str, Any], p: dict[str, Any], doc: Doc, acc: dict[str, list[int]]
) -> list[tuple[str, Any, Any]]:
    """Count a matched event's arguments into `acc`; return the wrong ones as (argument, gold, system)."""
    checks: list[tuple[str, bool, Any, Any]] = []
    gold_actors = {_key(a) for a in g.get("actors") or []}
    if gold_actors:
        found = [a for a in gold_actors if any(a in _names_of(doc, x) for x in p.get("actors") or [])]
        system = [x.get("text") for x in p.get("actors") or []]
        checks.append(("actors", len(found) == len(gold_actors), g.get("actors"), system))
    if g.get("object"):
        sys_text = (p.get("object") or {}).get("text")
        sys_obj, gobj = _key(sys_text), _key(g["object"])
        checks.append(
            ("object", bool(sys_obj) and (gobj in sys_obj or sys_obj in gobj), g["object"], sys_text)
        )
    if g.get("place"):
        ok = _key(g["place"]) in _names_of(doc, p.get("place"))
        checks.append(("place", ok, g["place"], (p.get("place") or {}).get("text")))
    modality = g.get("modality", "asserted")
    checks.append(("modality", modality == p.get("modality"), modality, p.get("modality")))
    for arg, ok, _, _ in checks:
        acc[arg][0] += ok
        acc[arg][1] += 1
    return [(arg, gold_value, system_value) for arg, ok, gold_value, system_value in checks if not ok]


def our_events(doc: Doc) -> list[dict[str, Any]]:
    from dataclasses import asdict

    return [asdict(e) for e in doc.events]


def trigger_baseline_events(doc: Doc) -> list[dict[str, Any]]:
    """Every trigger word of the ontology is an event, dated by the nearest time in its sentence (baseline)."""
    from thoisu.extract.entities import _syllables
    from thoisu.extract.events import _triggers

    triggers, longest = _triggers()
    out = []
    for si, s in enumerate(doc.sentences):
        syls = _syllables(doc.text, s.start, s.end)
        times = [
            t for t in doc.times if s.start <= t.start < s.end and t.granularity != "duration" and t.value
        ]
        i = 0
        while i < len(syls):
            for j in range(min(len(syls), i + longest), i, -1):
                trig = triggers.get(tuple(x.key for x in syls[i:j]))
                if trig:
                    pos = syls[i].start
                    best = min(times, key=lambda t: abs(t.start - pos), default=None)
                    out.append(
                        {
                            "sentence": si,
                            "action": trig.action,
                            "trigger": doc.text[pos : syls[j - 1].end],
                            "date": {"value": best.value} if best else None,
                            "actors": [],
                            "object": None,
                            "place": None,
                            "modality": "asserted",
                        }
                    )
                    i = j - 1
                    break
            i += 1
    return out


# --- the whole run ------------------------------------------------------------------------------
def evaluate(
    split: str = "test", with_errors: bool = False, baselines: bool = True, gold_dir: Path | None = None
) -> dict[str, Any]:
    golds = load_gold_set(split, gold_dir) if gold_dir is not None else load_gold_set(split)
    docs = [(g, run_pipeline(g)) for g in golds if "entities" in g.scope]
    errors: list[dict[str, Any]] | None = [] if with_errors else None
    report: dict[str, Any] = {
        "split": split,
        "documents": len(docs),
        "qa_only_documents": len(golds) - len(docs),
    }
    report["entities"] = {"ours": score_entities([(g, our_entities(d)) for g, d in docs], errors)}
    report["times"] = {"ours": score_times([(g, our_times(d)) for g, d in docs], errors)}
    from thoisu.eval.times_corpus import CORPUS
    from thoisu.eval.times_corpus import evaluate as times_sample

    if CORPUS.is_dir():
        right, total, _ = times_sample()
        report["times"]["corpus_sample"] = {
            "accuracy": round(right / total, 4),
            "right": right,
            "total": total,
        }
    report["events"] = {"ours": score_events([(g, d, our_events(d)) for g, d in docs], errors)}
    if baselines:
        base: Callable[..., Any]
        report["entities"]["baseline"] = score_entities(
            [(g, underthesea_entities(g, d)) for g, d in docs], None, types=["PER", "ORG", "LOC"]
        )
        report["entities"]["baseline_name"] = "underthesea 9.5 ner()"
        report["times"]["baseline"] = score_times([(g, dateparser_times(g, d)) for g, d in docs])
        report["times"]["baseline_name"] = "dateparser 1.5 search_dates(vi)"
        base = trigger_baseline_events
        report["events"]["baseline"] = score_events([(g, d, base(d)) for g, d in docs])
        report["events"]["baseline_name"] = "trigger words only"
    from thoisu.eval.qa import score_qa

    report["qa"] = score_qa(golds, errors)
    if errors is not None:
        report["errors"] = errors
    return report
