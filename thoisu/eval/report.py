"""The quality table: rendered from an eval report, recorded in ``docs/quality.json``, and
copied into the README between markers, so every figure there comes from ``thoisu eval``.

``thoisu eval --set test --check`` (run by the test suite) fails when a recorded figure drops by
more than two points, or when unsupported answers rise above the recorded count.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
RECORDED = ROOT / "docs" / "quality.json"
README = ROOT / "README.md"
TOLERANCE = 0.02
BEGIN, END = "<!-- quality:begin -->", "<!-- quality:end -->"


def key_figures(report: dict[str, Any]) -> dict[str, float]:
    ents = report["entities"]["ours"]
    figs = {f"entities.{t}.f1": ents[t]["f1"] for t in ("PER", "ORG", "LOC", "ALL")}
    figs["entities.linking_accuracy"] = ents["linking_accuracy"]
    figs["times.accuracy"] = report["times"]["ours"]["accuracy"]
    figs["events.f1"] = report["events"]["ours"]["f1"]
    figs["events.date_accuracy"] = report["events"]["ours"]["date_accuracy"]
    if report.get("qa", {}).get("questions"):
        figs["qa.accuracy"] = report["qa"]["accuracy"]
    return figs


def _fmt(x: Any) -> str:
    return "–" if x is None else f"{x:.3f}" if isinstance(x, float) else str(x)


def render_table(report: dict[str, Any]) -> str:
    """A Markdown table: ours beside the baselines, one row per stage figure."""
    ents, times, events, qa = report["entities"], report["times"], report["events"], report.get("qa", {})
    base_e = ents.get("baseline", {})
    rows = [("stage", "figure", "thoisu", "baseline"), ("---", "---", "---", "---")]
    for t in ("PER", "ORG", "LOC", "EVENT", "AGREEMENT", "MECHANISM", "FUND", "PRODUCT", "ALL"):
        o = ents["ours"][t]
        b = base_e.get(t, {}).get("f1") if t in ("PER", "ORG", "LOC") else None
        rows.append(
            ("entities", f"{t} F1 (P {o['precision']:.2f} / R {o['recall']:.2f})", _fmt(o["f1"]), _fmt(b))
        )
    rows.append(("entities", "linking accuracy", _fmt(ents["ours"]["linking_accuracy"]), "–"))
    tb = times.get("baseline", {})
    rows.append(
        ("times", "value+granularity accuracy", _fmt(times["ours"]["accuracy"]), _fmt(tb.get("accuracy")))
    )
    rows.append(
        (
            "times",
            "detection F1",
            _fmt(times["ours"]["detection"]["f1"]),
            _fmt(tb.get("detection", {}).get("f1")),
        )
    )
    sample = times.get("corpus_sample")
    if sample:
        label = f"accuracy on the hand-checked corpus sample ({sample['total']} strings)"
        rows.append(("times", label, _fmt(sample["accuracy"]), "–"))
    eo, eb = events["ours"], events.get("baseline", {})
    rows.append(
        ("events", f"F1 (P {eo['precision']:.2f} / R {eo['recall']:.2f})", _fmt(eo["f1"]), _fmt(eb.get("f1")))
    )
    rows.append(
        ("events", "date accuracy (matched)", _fmt(eo["date_accuracy"]), _fmt(eb.get("date_accuracy")))
    )
    for arg, val in eo["arguments"].items():
        rows.append(("events", f"{arg} accuracy (matched)", _fmt(val), "–"))
    if qa.get("questions"):
        rows.append(("ask", f"accuracy ({qa['questions']} questions)", _fmt(qa["accuracy"]), "–"))
        rows.append(("ask", "unsupported answers", str(qa["unsupported_answers"]), "–"))
        for key, label in (
            (
                "unsupported_from_other_articles",
                "… of which drawn from another article than the question's (none of the hand-checked answers)",
            ),
            (
                "answered_from_other_articles",
                "right answers another article states, to questions the own article can't answer (checked by hand)",
            ),
        ):
            if qa.get(key):
                rows.append(("ask", label, str(qa[key]), "–"))
        if qa.get("by_type"):
            rows.append(
                (
                    "ask",
                    "right by question type",
                    ", ".join(f"{t} {v}" for t, v in qa["by_type"].items()),
                    "–",
                )
            )
    names = ", ".join(
        f"{k}: {v}"
        for k, v in (
            ("entities", ents.get("baseline_name")),
            ("times", times.get("baseline_name")),
            ("events", events.get("baseline_name")),
        )
        if v
    )
    qa_only = report.get("qa_only_documents")
    head = (
        f"split **{report['split']}**, {report['documents']} documents"
        + (f" (+{qa_only} with questions only)" if qa_only else "")
        + (f"; baselines — {names}" if names else "")
    )
    return head + "\n\n" + "\n".join("| " + " | ".join(r) + " |" for r in rows)


def load_recorded() -> dict[str, Any]:
    return json.loads(RECORDED.read_text("utf-8")) if RECORDED.exists() else {}


def record_figures(report: dict[str, Any]) -> None:
    data = load_recorded()
    data[report["split"]] = {
        "figures": key_figures(report),
        "unsupported_answers": report.get("qa", {}).get("unsupported_answers"),
        "table": render_table(report),
    }
    RECORDED.parent.mkdir(parents=True, exist_ok=True)
    RECORDED.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", "utf-8")
    update_readme(data)


def update_readme(data: dict[str, Any]) -> None:
    if not README.exists():
        return
    text = README.read_text("utf-8")
    if BEGIN not in text or END not in text:
        return
    body = "\n\n".join(data[s]["table"] for s in ("dev", "test", "all") if s in data)
    new = re.sub(
        re.escape(BEGIN) + ".*?" + re.escape(END), lambda _: f"{BEGIN}\n{body}\n{END}", text, flags=re.S
    )
    README.write_text(new, "utf-8")


def compare_to_recorded(report: dict[str, Any]) -> list[str]:
    recorded = load_recorded().get(report["split"])
    if not recorded:
        return [f"no recorded figures for split {report['split']!r} in {RECORDED}"]
    problems = []
    now = key_figures(report)
    for name, before in recorded["figures"].items():
        after = now.get(name)
        if after is None or after < before - TOLERANCE:
            problems.append(f"{name}: {after} < recorded {before} - {TOLERANCE}")
    before_u = recorded.get("unsupported_answers")
    after_u = report.get("qa", {}).get("unsupported_answers")
    if before_u is not None and after_u is not None and after_u > before_u:
        problems.append(f"unsupported answers rose from {before_u} to {after_u}")
    return problems
