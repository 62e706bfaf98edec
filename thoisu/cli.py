"""The ``thoisu`` command line.  Exit codes: 0 all good, 1 something refused or failed, 2 usage.

    $ thoisu ingest examples/
    $ thoisu show 002_9f8e7fe52f313744 --format json
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

import click

from thoisu.output import FORMATS, emit, to_json
from thoisu.store import StoreError, open_store


def db_option(fn: Callable[..., Any]) -> Callable[..., Any]:
    """``--db`` is accepted before or after the sub-command; the later one wins."""

    def remember(ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
        if value:
            ctx.ensure_object(dict)["db"] = value
        return value

    return click.option(
        "--db", "db_path", metavar="FILE", expose_value=False, callback=remember,
        help="SQLite store (default: $THOISU_DB or ./thoisu.db).",
    )(fn)


def format_option(default: str = "table", extra: tuple[str, ...] = ()) -> Callable[..., Any]:
    return click.option(
        "--format", "fmt", type=click.Choice(FORMATS + extra), default=default, show_default=True,
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
@click.option("--jobs", "-j", type=click.IntRange(1, 64), default=1, show_default=True, help="Worker processes.")
@click.option("--batch-size", type=click.IntRange(1, 10000), default=100, show_default=True, help="Documents per transaction.")
@format_option("table")
@click.pass_context
def ingest(ctx: click.Context, paths: tuple[str, ...], quiet: bool, jobs: int, batch_size: int, fmt: str) -> None:
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
        emit(record["sentences"], fmt, columns=["index", "start", "end", "kind", "text"], title=record["name"])
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


def main() -> None:
    try:
        cli.main(prog_name="thoisu", standalone_mode=True)
    except BrokenPipeError:
        sys.exit(0)


__all__ = ["cli", "main", "to_json"]
