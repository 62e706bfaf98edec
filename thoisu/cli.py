"""The ``thoisu`` command line.  Exit codes: 0 all good, 1 something refused or failed, 2 usage.

$ thoisu ingest examples/
$ thoisu show 002_9f8e7fe52f313744 --format json
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from thoisu.output import FORMATS, emit, to_json
from thoisu.query.export import KINDS as EXPORT_KINDS
from thoisu.store import StoreError, open_store


def db_option(fn: Callable[..., Any]) -> Callable[..., Any]:
    """``--db`` is accepted before or after the sub-command; the later one wins."""

    def remember(ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
        if value:
            ctx.ensure_object(dict)["db"] = value
        return value

    return click.option(
        "--db",
        "db_path",
        metavar="FILE",
        expose_value=False,
        callback=remember,
        help="SQLite store (default: $THOISU_DB or ./thoisu.db).",
    )(fn)


def format_option(default: str = "table", extra: tuple[str, ...] = ()) -> Callable[..., Any]:
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(FORMATS + extra),
        default=default,
        show_default=True,
        help="Output format.",
    )


def get_store(ctx: click.Context):
    root = ctx.find_root()
    path = (root.obj or {}).get("db") or (ctx.obj or {}).get("db")
    try:
        return open_store(path)
    except StoreError as exc:
        raise click.ClickException(str(exc)) from None


def fail(message: str, code: int = 1) -> None:
    click.echo(f"error: {message}", err=True)
    sys.exit(code)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@db_option
@click.version_option(package_name="thoisu")
@click.pass_context
def cli(ctx: click.Context) -> None:
    """thoisu: Vietnamese news turned into a cited knowledge base of international relations."""
    ctx.ensure_object(dict)


# --- ingest -------------------------------------------------------------------------------------
@cli.command()
@click.argument("paths", nargs=-1, required=True)
@db_option
@click.option("--quiet", "-q", is_flag=True, help="Print only errors.")
@click.option(
    "--jobs", "-j", type=click.IntRange(1, 64), default=1, show_default=True, help="Worker processes."
)
@click.option(
    "--batch-size",
    type=click.IntRange(1, 10000),
    default=100,
    show_default=True,
    help="Documents per transaction.",
)
@format_option("table")
@click.pass_context
def ingest(
    ctx: click.Context, paths: tuple[str, ...], quiet: bool, jobs: int, batch_size: int, fmt: str
) -> None:
    """Read files, directories, globs or - (stdin) and store their documents and records."""
    from thoisu.ingest import ingest_paths

    store = get_store(ctx)
    report = ingest_paths(store, paths, jobs=jobs, batch_size=batch_size, progress=not quiet)
    for err in report.errors:
        click.echo(f"error: {err}", err=True)
    if not quiet or fmt != "table":
        summary = report.summary()
        if fmt == "table":
            click.echo(
                f"documents: {summary['new']} new, {summary['updated']} updated, {summary['unchanged']} unchanged, "
                f"{summary['refused']} refused; stored: {summary['sentences']} sentences, {summary['times']} times, "
                f"{summary['mentions']} mentions, {summary['events']} events"
            )
        else:
            emit(summary, fmt)
    sys.exit(1 if report.errors else 0)


# --- documents ----------------------------------------------------------------------------------
@cli.command()
@db_option
@format_option()
@click.pass_context
def docs(ctx: click.Context, fmt: str) -> None:
    """List stored documents, one record each."""
    emit(get_store(ctx).list_documents(), fmt, title="documents", empty="no documents stored")


@cli.command()
@click.argument("doc")
@db_option
@format_option("json")
@click.pass_context
def show(ctx: click.Context, doc: str, fmt: str) -> None:
    """One document by name or id, with its sentences and records."""
    from thoisu.query.documents import document_record

    store = get_store(ctx)
    try:
        record = document_record(store, doc)
    except StoreError as exc:
        fail(str(exc))
    if fmt == "table":
        emit(
            record["sentences"], fmt, columns=["index", "start", "end", "kind", "text"], title=record["name"]
        )
    else:
        emit(record, fmt)


@cli.command()
@db_option
@format_option()
@click.pass_context
def stats(ctx: click.Context, fmt: str) -> None:
    """Counts of everything stored."""
    counts = get_store(ctx).stats()
    if fmt == "table":
        emit([{"records": k, "count": v} for k, v in counts.items()], fmt, title="store")
    else:
        emit(counts, fmt)


# --- times --------------------------------------------------------------------------------------
@cli.command()
@click.argument("text")
@click.option("--anchor", metavar="YYYY-MM-DD", help="Reference date for relative and partial expressions.")
@format_option("json")
def times(text: str, anchor: str | None, fmt: str) -> None:
    """Find and normalise the time expressions in TEXT."""
    from datetime import date

    from thoisu.extract.time import find_times
    from thoisu.text.normalize import normalize

    if anchor:
        try:
            date.fromisoformat(anchor)
        except ValueError:
            raise click.BadParameter(
                f"{anchor!r} is not a date like 2020-10-30", param_hint="--anchor"
            ) from None
    norm, _ = normalize(text)
    found = [
        {
            "text": t.text,
            "start": t.start,
            "end": t.end,
            "value": t.value,
            "granularity": t.granularity,
            "mod": t.mod,
            "inferred": t.inferred,
        }
        for t in find_times(norm, anchor)
    ]
    emit(found, fmt, title="times", empty="no time expression found")


# --- events and the timeline --------------------------------------------------------------------
def event_filters(fn: Callable[..., Any]) -> Callable[..., Any]:
    fn = click.option(
        "--actor", "actors", multiple=True, help="Entity name, alias or id (repeatable: all must take part)."
    )(fn)
    fn = click.option(
        "--from", "date_from", metavar="DATE", help="Earliest date (YYYY, YYYY-MM or YYYY-MM-DD)."
    )(fn)
    fn = click.option("--to", "date_to", metavar="DATE", help="Latest date (YYYY, YYYY-MM or YYYY-MM-DD).")(
        fn
    )
    fn = click.option(
        "--action", "actions", multiple=True, help="Action class, e.g. SIGN_AGREEMENT (repeatable)."
    )(fn)
    return fn


def _check_actors(store: Any, actors: tuple[str, ...]) -> None:
    from thoisu.query.entities import resolve_entities

    unknown = [a for a in actors if not resolve_entities(store, a)]
    if unknown:
        fail(
            "no entity named "
            + ", ".join(repr(a) for a in unknown)
            + " in the store; `thoisu entities` lists them"
        )


@cli.command()
@db_option
@event_filters
@click.option("--doc", help="Only events of this document (name or id).")
@click.option("--limit", type=int, help="At most this many records.")
@format_option("table")
@click.pass_context
def events(ctx: click.Context, actors, date_from, date_to, actions, doc, limit, fmt) -> None:
    """Every event record, with its provenance."""
    from thoisu.query.timeline import events_for

    store = get_store(ctx)
    _check_actors(store, actors)
    rows = events_for(store, list(actors), date_from, date_to, list(actions), doc, limit)
    if fmt == "table":
        rows = [
            {
                "date": (r["date"] or {}).get("value"),
                "action": r["action"],
                "trigger": r["trigger"],
                "actors": ", ".join(a["text"] for a in r["actors"]),
                "object": (r["object"] or {}).get("text"),
                "place": (r["place"] or {}).get("text"),
                "doc": r["doc"],
                "sentence": r["sentence"],
            }
            for r in rows
        ]
    emit(rows, fmt, title="events", empty="no events match")


@cli.command()
@db_option
@event_filters
@format_option("table", extra=("md",))
@click.pass_context
def timeline(ctx: click.Context, actors, date_from, date_to, actions, fmt) -> None:
    """Events merged across documents and sorted by date (undated ones listed apart)."""
    from thoisu.query.timeline import timeline as build

    store = get_store(ctx)
    _check_actors(store, actors)
    result = build(store, actors=list(actors), date_from=date_from, date_to=date_to, action=list(actions))
    if fmt == "json":
        emit(result, fmt)
    elif fmt == "jsonl":
        emit(result["entries"] + [dict(e, undated=True) for e in result["undated"]], fmt)
    elif fmt == "md":
        click.echo(render_markdown(result))
    else:
        rows = [
            {
                "date": e["date"],
                "action": e["action"],
                "summary": e["summary"],
                "sources": ", ".join(f"{s['doc']}#{s['sentence']}" for s in e["sources"]),
            }
            for e in result["entries"]
        ]
        rows += [
            {
                "date": "(undated)",
                "action": e["action"],
                "summary": e["summary"],
                "sources": ", ".join(f"{s['doc']}#{s['sentence']}" for s in e["sources"]),
            }
            for e in result["undated"]
        ]
        emit(rows, fmt, title="timeline", empty="no events match")


def render_markdown(result: dict[str, Any]) -> str:
    lines = ["| date | action | event | sources |", "|---|---|---|---|"]
    for e in result["entries"] + result["undated"]:
        src = "<br>".join(f"{s['doc']} #{s['sentence']}: {s['text']}" for s in e["sources"])
        lines.append(
            f"| {e['date'] or '(undated)'} | {e['action']} | {e['summary']} | {src.replace('|', '/')} |"
        )
    return "\n".join(lines)


# --- entities -----------------------------------------------------------------------------------
@cli.command()
@db_option
@click.option("--type", "etype", help="PER, ORG, LOC, EVENT, AGREEMENT, MECHANISM, FUND or PRODUCT.")
@click.option("--limit", type=int, help="At most this many entities.")
@format_option("table")
@click.pass_context
def entities(ctx: click.Context, etype: str | None, limit: int | None, fmt: str) -> None:
    """Canonical entities with their aliases and how often they are mentioned."""
    from thoisu.query.entities import list_entities

    rows = list_entities(get_store(ctx), etype, limit)
    if fmt == "table":
        rows = [{**r, "aliases": ", ".join(r["aliases"][:6])} for r in rows]
    emit(
        rows,
        fmt,
        columns=["id", "name", "name_vi", "type", "aliases", "wikidata", "mentions", "docs"],
        title="entities",
        empty="no entities stored",
    )


@cli.command()
@click.argument("name")
@db_option
@format_option("json")
@click.pass_context
def entity(ctx: click.Context, name: str, fmt: str) -> None:
    """An entity's profile: aliases, roles, mentions with sentences, events, related entities."""
    from thoisu.query.entities import entity_profile

    profile = entity_profile(get_store(ctx), name)
    if profile is None:
        fail(f"no entity named {name!r} in the store; `thoisu entities` lists them")
    if fmt == "table":
        emit(
            profile["mentions"],
            fmt,
            columns=["doc", "sentence", "text", "sentence_text"],
            title=profile["name"],
        )
    else:
        emit(profile, fmt)


# --- search and ask -----------------------------------------------------------------------------
@cli.command()
@click.argument("query")
@db_option
@click.option("--limit", type=click.IntRange(1, 1000), default=20, show_default=True)
@click.option("--doc", help="Only this document (name or id).")
@click.option("--entity", help="Only sentences that mention this entity.")
@click.option(
    "--from", "date_from", metavar="DATE", help="Sentences dated (or documents published) from this date."
)
@click.option("--to", "date_to", metavar="DATE", help="… up to this date.")
@format_option("table")
@click.pass_context
def search(ctx: click.Context, query: str, limit: int, doc, entity, date_from, date_to, fmt: str) -> None:
    """Full-text search over sentences; diacritics optional ("hoi nghi" finds "Hội nghị")."""
    from thoisu.query.search import search as run

    rows = run(
        get_store(ctx), query, limit=limit, doc=doc, entity=entity, date_from=date_from, date_to=date_to
    )
    emit(
        rows,
        fmt,
        columns=["score", "doc", "index", "sentence"],
        title=f"search: {query}",
        empty="no sentence matches",
    )


@cli.command()
@click.argument("question")
@db_option
@format_option("table")
@click.pass_context
def ask(ctx: click.Context, question: str, fmt: str) -> None:
    """Answer a Vietnamese question with the sentence that supports it, or say the corpus doesn't."""
    from thoisu.query.ask import ask as run

    if not any(ch.isalnum() for ch in question):
        raise click.UsageError(
            'the question is empty: ask in Vietnamese, e.g. thoisu ask "Nga gia nhập ASEAN khi nào?"'
        )
    reply = run(get_store(ctx), question)
    if fmt != "table":
        emit(reply, fmt)
        return
    if reply["answer"] is None:
        click.echo(f"(không có câu trả lời) {reply.get('message', '')}")
        for ev in reply.get("related", []):
            click.echo(f"  gần nhất — {ev['doc']} #{ev['sentence']}: {ev['text']}")
        return
    answer = "; ".join(map(str, reply["answer"])) if isinstance(reply["answer"], list) else reply["answer"]
    click.echo(f"{answer}  [{reply['normalized']}]")
    for ev in reply["evidence"]:
        click.echo(f"  — {ev['doc']} #{ev['sentence']}: {ev['text']}")


# --- export -------------------------------------------------------------------------------------
@cli.command()
@db_option
@click.option(
    "--what",
    "kind",
    type=click.Choice(EXPORT_KINDS),
    default="events",
    show_default=True,
)
@click.option(
    "--format", "fmt", type=click.Choice(("jsonl", "json", "csv")), default="jsonl", show_default=True
)
@click.option(
    "--out", type=click.Path(dir_okay=False, writable=True), help="Write to this file instead of stdout."
)
@click.pass_context
def export(ctx: click.Context, kind: str, fmt: str, out: str | None) -> None:
    """Every stored record of one kind, with provenance, as JSONL, JSON or CSV."""
    import csv
    import io

    from thoisu.query.export import export_records, flatten

    rows = export_records(get_store(ctx), kind)
    buffer = io.StringIO()
    if fmt == "json":
        buffer.write(to_json(rows) + "\n")
    elif fmt == "jsonl":
        for row in rows:
            buffer.write(to_json(row, indent=None) + "\n")
    else:
        flat = [flatten(r) for r in rows]
        fields = list(dict.fromkeys(k for r in flat for k in r))
        writer = csv.DictWriter(buffer, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(flat)
    if out:
        with open(out, "w", encoding="utf-8", newline="") as handle:
            handle.write(buffer.getvalue())
        click.echo(f"{len(rows)} {kind} written to {out}", err=True)
    else:
        sys.stdout.write(buffer.getvalue())


# --- evaluation ---------------------------------------------------------------------------------
@cli.command(name="eval")
@click.option("--set", "split", type=click.Choice(["dev", "test", "all"]), default="test", show_default=True)
@click.option("--errors", is_flag=True, help="List every miss and false hit with its sentence.")
@click.option("--no-baselines", is_flag=True, help="Skip the baselines (faster).")
@click.option(
    "--check", is_flag=True, help="Exit 1 if a figure is more than 2 points below the recorded one."
)
@click.option(
    "--record", is_flag=True, help="Write these figures as the recorded ones and update the README table."
)
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option(
    "--gold",
    "gold_dir",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="Score against the gold files in this folder instead of tests/gold/ (e.g. your own annotations).",
)
def evaluate(
    split: str, errors: bool, no_baselines: bool, check: bool, record: bool, fmt: str, gold_dir: Path | None
) -> None:
    """Score the pipeline (and baselines) against the hand-annotated gold set."""
    from thoisu.eval.report import compare_to_recorded, record_figures, render_table
    from thoisu.eval.score import evaluate as run

    if gold_dir is not None and (record or check):
        raise click.UsageError("--record and --check compare with the project's own gold set; drop --gold")
    report = run(split, with_errors=errors, baselines=not no_baselines, gold_dir=gold_dir)
    if fmt == "json":
        emit(report, "json")
    else:
        click.echo(render_table(report))
        if errors:
            for e in report.get("errors", []):
                click.echo(to_json(e, indent=None))
    if record:
        record_figures(report)
    if check:
        problems = compare_to_recorded(report)
        for p in problems:
            click.echo(f"regression: {p}", err=True)
        sys.exit(1 if problems else 0)


def main() -> None:
    try:
        cli.main(prog_name="thoisu", standalone_mode=True)
    except BrokenPipeError:
        sys.exit(0)


__all__ = ["cli", "main", "to_json"]
