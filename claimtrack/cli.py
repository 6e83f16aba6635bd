"""The `claimtrack` command. Each command opens a Tracker, calls one method, renders the result.

Exit codes: 0 success, 1 some input failed (the rest still landed), 2 usage error,
130 interrupted (what was written before stays written).
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TextIO, TypeVar

import typer
from rich.console import Console

from claimtrack import __version__, export, render
from claimtrack.errors import ClaimtrackError
from claimtrack.options import DB_ENV_VAR, Options, parse_setting
from claimtrack.records import REVIEW_STATUSES
from claimtrack.resources import corpus_dir, languages, load_data

if TYPE_CHECKING:
    from claimtrack.reader import Reader
    from claimtrack.tracker import Tracker

# The library (tracker, store, extraction, clustering) is imported by the commands that use
# it, not here: `claimtrack --help` and a mistyped option answer without loading it, and a
# command that only reads the database (`_reader`) loads neither extraction nor clustering.

app = typer.Typer(
    name="claimtrack",
    help=(
        "Track who claims what across news articles, and show conflicting figures side by side."
        "\n\nStart with:  claimtrack demo"
        "\n\nYour own articles:  claimtrack ingest articles/  then  claimtrack conflicts"
    ),
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)
# What `_opened` opens: a `Reader` or a `Tracker`.
_Opened = TypeVar("_Opened", bound="Reader")
# Ids are 32-bit in PostgreSQL: anything larger cannot name a row.
MAX_ID = 2**31 - 1
console = Console()
err_console = Console(stderr=True)


class ListFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


class ConflictFormat(StrEnum):
    table = "table"
    markdown = "markdown"
    json = "json"


class ExportFormat(StrEnum):
    csv = "csv"
    jsonl = "jsonl"
    json = "json"
    markdown = "markdown"


class Kind(StrEnum):
    figure = "figure"
    denial = "denial"
    accusation = "accusation"
    statement = "statement"


def _version(value: bool) -> None:
    if value:
        console.print(f"claimtrack {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    ctx: typer.Context,
    db: Annotated[
        str | None,
        typer.Option(
            "--db",
            metavar="PATH|URL",
            help=f"Database: a SQLite file or a SQLAlchemy URL "
            f"(default: ${DB_ENV_VAR}, else ./claimtrack.db).",
            show_default=False,
        ),
    ] = None,
    settings: Annotated[
        list[str] | None,
        typer.Option(
            "--set",
            metavar="NAME=VALUE",
            help="Change a clustering or conflict setting of data/cluster.yaml for this run "
            "(e.g. --set threshold=0.75 --set approx_tolerance=0.15); repeatable.",
            show_default=False,
        ),
    ] = None,
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version."),
    ] = False,
) -> None:
    """Global options, shared by every command.

    Settings given with --set apply to what this run clusters: the claims it ingests and
    the clusters it refreshes.
    """
    overrides: dict[str, Any] = {}
    for text in settings or ():
        try:
            name, value = parse_setting(text)
        except ValueError as exc:
            raise typer.BadParameter(str(exc), param_hint="--set") from None
        overrides[name] = value
    ctx.obj = Options(db=db, settings=overrides)


@contextmanager
def _tracker(ctx: typer.Context, **changes: Any) -> Iterator[Tracker]:
    """Open the library for one command; its errors become a message and an exit code."""
    from claimtrack.tracker import Tracker

    with _opened(Tracker, _options(ctx, changes)) as tracker:
        yield tracker


@contextmanager
def _reader(ctx: typer.Context) -> Iterator[Reader]:
    """`_tracker` for a command that only reads the database."""
    with _opened(_open_reader, _options(ctx, {})) as reader:
        yield reader


def _open_reader(options: Options) -> Reader:
    """A `Reader`, once settings given with --set are checked as every command checks them
    (reading does not use them; checking them loads the clustering stage)."""
    from claimtrack.reader import Reader

    if options.settings:
        from claimtrack.tracker import load_settings

        load_settings(options.settings)
    return Reader(options)


def _options(ctx: typer.Context, changes: dict[str, Any]) -> Options:
    """The run's global options (`main_options`) with this command's `changes`."""
    options: Options = ctx.obj or Options()
    return Options(**{**_fields(options), **changes}) if changes else options


@contextmanager
def _opened(open_: Callable[[Options], _Opened], options: Options) -> Iterator[_Opened]:
    """`open_(options)` for one command; its errors become a message and an exit code."""
    opened = None
    try:
        opened = open_(options)
        yield opened
    except ClaimtrackError as exc:
        render.error(err_console, str(exc))
        raise typer.Exit(exc.exit_code) from None
    except KeyboardInterrupt:
        render.error(err_console, "Interrupted. Everything finished before this point is saved.")
        raise typer.Exit(130) from None
    except typer.Exit:
        raise
    except Exception as exc:  # a bug of ours: say so plainly, without a traceback
        render.error(
            err_console,
            f"Something went wrong inside claimtrack ({type(exc).__name__}: {exc}). "
            "Nothing half-written was kept; please report this message.",
        )
        raise typer.Exit(1) from None
    finally:
        if opened is not None:
            opened.close()


def _fields(options: Options) -> dict[str, Any]:
    return {name: getattr(options, name) for name in Options.__slots__}


@contextmanager
def _output(path: Path | None, encoding: str = "utf-8") -> Iterator[TextIO]:
    if path is None:
        yield sys.stdout
        return
    try:
        with open(path, "w", encoding=encoding, newline="") as handle:
            yield handle
    except OSError as exc:
        render.error(err_console, f"Cannot write {path}: {exc.strerror or exc}")
        raise typer.Exit(1) from None


def _ingest(tracker: Tracker, paths: list[str]) -> int:
    with render.IngestProgress(err_console) as progress:
        report = tracker.ingest(paths, progress)
    render.ingest_summary(console, report)
    if report.interrupted:
        render.error(err_console, "Interrupted. The articles listed above as done are saved.")
        return 130
    return 0 if report.ok else 1


@app.command()
def ingest(
    ctx: typer.Context,
    paths: Annotated[
        list[str],
        typer.Argument(
            metavar="PATH",
            help="Files (.txt, .md, .html), folders (read recursively), globs, or - for stdin.",
            show_default=False,
        ),
    ],
    aliases: Annotated[
        list[Path] | None,
        typer.Option(
            "--aliases", metavar="FILE", help="Extra source-alias file (YAML); repeatable."
        ),
    ] = None,
    lang: Annotated[
        str | None,
        typer.Option("--lang", metavar="LANG", help="Language of every article (fr, en)."),
    ] = None,
) -> None:
    """Read articles, extract their attributed claims and store them.

    Re-ingesting an unchanged article changes nothing; a changed one replaces its claims.
    A file that cannot be read is reported and skipped; the others still land (exit code 1).

    Example:  claimtrack ingest articles/ extra/*.html
    """
    if lang is not None and lang not in languages():
        raise typer.BadParameter(
            f"'{lang}' is not a language claimtrack reads ({', '.join(languages())}).",
            param_hint="--lang",
        )
    with _tracker(ctx, aliases=tuple(aliases or ()), lang=lang) as tracker:
        code = _ingest(tracker, paths)
    raise typer.Exit(code)


@app.command("list")
def list_claims(
    ctx: typer.Context,
    source: Annotated[str | None, typer.Option(help="Source name contains this.")] = None,
    accused: Annotated[
        str | None, typer.Option(help="Accusations whose accused party contains this.")
    ] = None,
    kind: Annotated[Kind | None, typer.Option(help="Only this kind of claim.")] = None,
    article: Annotated[str | None, typer.Option(help="Article file name contains this.")] = None,
    search: Annotated[str | None, typer.Option(help="Sentence contains this text.")] = None,
    conflicts_only: Annotated[
        bool, typer.Option("--conflicts-only", help="Only claims in a conflict.")
    ] = False,
    limit: Annotated[int, typer.Option(min=1, help="Show at most this many claims.")] = 100,
    offset: Annotated[int, typer.Option(min=0, help="Skip this many claims first.")] = 0,
    fmt: Annotated[ListFormat, typer.Option("--format", help="Output format.")] = ListFormat.table,
) -> None:
    """List stored claims, with filters.

    Example:  claimtrack list --source pentagon --kind figure
    """
    from claimtrack.store import ClaimQuery

    query = ClaimQuery(
        source=source,
        accused=accused,
        kind=kind.value if kind else None,
        article=article,
        search=search,
        conflicts_only=conflicts_only,
        limit=limit,
        offset=offset,
    )
    with _reader(ctx) as reader:
        records = reader.claims(query)
        if fmt is ListFormat.table:
            render.claims_table(console, records)
        else:
            export.write_claims(records, fmt.value, sys.stdout)


@app.command()
def show(
    ctx: typer.Context,
    ident: Annotated[
        str,
        typer.Argument(
            metavar="ID", help="A claim id (12), or a cluster id as C7.", show_default=False
        ),
    ],
    as_cluster: Annotated[bool, typer.Option("--cluster", help="Read ID as a cluster id.")] = False,
) -> None:
    """Show one claim with its context, or one cluster with every appearance in date order.

    Example:  claimtrack show 12      claimtrack show C7
    """
    try:
        number = _cluster_id(ident)
    except typer.BadParameter:
        render.error(err_console, f"'{ident}' is not an id: use a number (claim) or C7 (cluster).")
        raise typer.Exit(2) from None
    with _reader(ctx) as reader:
        if as_cluster or ident[:1] in "cC":
            render.cluster_detail(console, reader.cluster(number))
        else:
            record = reader.claim(number)
            render.claim_detail(console, record, reader.article_text(record.article))


@app.command("conflicts")
def show_conflicts(
    ctx: typer.Context,
    fmt: Annotated[
        ConflictFormat, typer.Option("--format", help="Output format.")
    ] = ConflictFormat.table,
    limit: Annotated[int | None, typer.Option(min=1, help="At most this many clusters.")] = None,
) -> None:
    """Show conflicting claims side by side: each figure or stance with its source.

    Example:  claimtrack conflicts --format markdown > conflicts.md
    """
    with _tracker(ctx) as tracker:
        views = tracker.conflicts(limit)
        if fmt is ConflictFormat.table:
            render.conflicts(console, views)
        elif fmt is ConflictFormat.markdown:
            export.conflicts_markdown(views, sys.stdout)
        else:
            export.conflicts_json(views, sys.stdout)


@app.command("export")
def export_claims(
    ctx: typer.Context,
    fmt: Annotated[ExportFormat, typer.Option("--format", help="File format.")] = ExportFormat.csv,
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="Write here instead of the screen.")
    ] = None,
) -> None:
    """Export the claims table (one row per claim; columns in the README).

    CSV files are written with a byte-order mark so spreadsheets keep the accents.

    Example:  claimtrack export --format csv -o claims.csv
    """
    encoding = "utf-8-sig" if fmt is ExportFormat.csv else "utf-8"
    with _reader(ctx) as reader, _output(output, encoding) as out:
        if output is None and fmt is ExportFormat.csv:
            out.write("\ufeff")  # `export > claims.csv` must open with accents intact too
        count = export.write_claims(reader.iter_records(), fmt.value, out)
    if output is not None:
        render.note(err_console, f"Wrote {count} claims to {output}.")


@app.command()
def sources(ctx: typer.Context) -> None:
    """Who asserts what: each source with its number of claims, by kind.

    Example:  claimtrack sources
    """
    with _reader(ctx) as reader:
        render.sources(console, reader.sources())


@app.command()
def recluster(ctx: typer.Context) -> None:
    """Group every stored claim again, e.g. after changing a setting with --set.

    Clusters an editor reviewed, renamed, merged or split off keep their claims; a cluster
    that comes out the same keeps its id. Interrupted, it changes nothing. Claims stored
    before claimtrack kept the accused party of accusations get it.

    Example:  claimtrack --set threshold=0.75 recluster
    """
    with _tracker(ctx) as tracker:
        with render.IngestProgress(err_console, "Re-clustering") as progress:
            report = tracker.recluster(progress)
        if report.interrupted:
            render.error(err_console, "Interrupted: the clusters are as they were before.")
            raise typer.Exit(130)
        render.recluster_summary(console, report)


@app.command()
def stats(ctx: typer.Context) -> None:
    """Counts of articles, claims, sources, clusters and conflicts.

    Example:  claimtrack --db newsroom.db stats
    """
    with _reader(ctx) as reader:
        render.stats(console, reader.stats(), reader.store.safe_url)


@app.command()
def demo(ctx: typer.Context) -> None:
    """Ingest the bundled corpus into a fresh database and show its conflicts.

    Without --db the demo database goes to the system's temporary folder.

    Example:  claimtrack demo
    """
    options: Options = ctx.obj or Options()
    if options.db is None:  # never the newsroom's own database, even if $CLAIMTRACK_DB is set
        path = Path(tempfile.gettempdir()) / "claimtrack-demo.db"
        for stale in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            stale.unlink(missing_ok=True)
        ctx.obj = Options(**{**_fields(options), "db": str(path)})
    articles = sorted(str(p) for p in corpus_dir().iterdir() if p.name.endswith(".txt"))
    with _tracker(ctx) as tracker:
        code = _ingest(tracker, articles)
        console.print()
        render.conflicts(console, tracker.conflicts())
        render.note(
            console,
            f"\nDatabase: {tracker.store.safe_url}\nExplore it: claimtrack --db {ctx.obj.db} "
            "list   (or: show ID, sources, export --format csv -o claims.csv)",
        )
    raise typer.Exit(code)


@contextmanager
def _reading_folders(file_error: type[OSError]) -> Iterator[None]:
    """For commands that read annotated folders: our errors, a malformed folder
    (ValueError) and `file_error` become a message and an exit code (2 for bad input)."""
    try:
        yield
    except (ClaimtrackError, ValueError, file_error) as exc:
        render.error(err_console, str(exc))
        raise typer.Exit(exc.exit_code if isinstance(exc, ClaimtrackError) else 2) from None


@app.command("eval")
def evaluate(
    ctx: typer.Context,
    gold_dir: Annotated[
        Path,
        typer.Argument(
            help="A folder with articles and gold.jsonl (see README).", show_default=False
        ),
    ],
    floors: Annotated[
        str | None,
        typer.Option(
            help="Fail (exit 1) below the pinned floors of this set in data/eval_floors.yaml."
        ),
    ] = None,
    json_out: Annotated[
        Path | None, typer.Option("--json", help="Also write the full report as JSON here.")
    ] = None,
) -> None:
    """Measure extraction and clustering against hand-annotated articles.

    Ingests the folder's articles into a temporary database, then prints recall and
    precision by kind and language, source, value and polarity accuracy, and clustering.

    Example:  claimtrack eval corpus/ --floors corpus
    """
    import json

    from claimtrack.evaluate import check_floors
    from claimtrack.tracker import evaluate_dir

    options: Options = ctx.obj or Options()
    with _reading_folders(FileNotFoundError):
        report = evaluate_dir(gold_dir, options)
    render.eval_report(console, report.rows(), f"Evaluation on {gold_dir}")
    if json_out is not None:
        json_out.write_text(json.dumps(report.as_dict(), ensure_ascii=False, indent=2), "utf-8")
    if floors:
        pinned = (load_data("eval_floors.yaml") or {}).get(floors)
        if not pinned:
            render.error(err_console, f"No floors named '{floors}' in data/eval_floors.yaml.")
            raise typer.Exit(2)
        failures = check_floors(report, pinned)
        for failure in failures:
            render.error(err_console, failure)
        if failures:
            raise typer.Exit(1)
        render.note(console, f"Every pinned floor for '{floors}' holds.")


@app.command("train")
def train(
    ctx: typer.Context,
    gold_dirs: Annotated[
        list[Path],
        typer.Argument(help="Folders of annotated articles (as for eval).", show_default=False),
    ],
    out: Annotated[
        Path, typer.Option("--out", "-o", help="Where to write the model (YAML).")
    ] = Path("pair_model.yaml"),
) -> None:
    """Learn how to group claims from your own annotated articles.

    Fits the pair model that decides whether two claims are the same claim on the
    topics your annotators gave. Use it with --set scorer=learned --set pair_model=FILE.
    Needs scikit-learn (pip install 'claimtrack[train]').

    Example:  claimtrack train desk_gold/ older_gold/ -o desk_model.yaml
    """
    from claimtrack.tracker import load_settings
    from claimtrack.training import train_pair_model

    options: Options = ctx.obj or Options()
    with _reading_folders(OSError):
        settings, _ = load_settings(options.settings)
        with render.IngestProgress(err_console, "Training") as progress:
            model, examples = train_pair_model(gold_dirs, settings, out, progress)
    render.note(
        console,
        f"Fitted on {examples} claim pairs from {len(gold_dirs)} folder(s); wrote {out}. "
        f"Thresholds: figures {model.scorers['figures'].threshold:.2f}, "
        f"stances {model.scorers['stances'].threshold:.2f}.",
    )


def _decide(ctx: typer.Context, by: str | None, action: Callable[[Tracker], Any]) -> None:
    changes = {"author": by} if by else {}
    with _tracker(ctx, **changes) as tracker:
        render.cluster_detail(console, action(tracker))


By = Annotated[str | None, typer.Option("--by", help="Who decides (default: your user name).")]


def _cluster_id(text: str) -> int:
    number = text[1:] if text[:1] in "cC" else text
    if not number.isdigit() or int(number) > MAX_ID:
        raise typer.BadParameter(f"'{text}' is not a cluster id (use 7 or C7).")
    return int(number)


ClusterArg = Annotated[
    int, typer.Argument(metavar="CLUSTER", parser=_cluster_id, help="Cluster id (7 or C7).")
]


@app.command()
def review(
    ctx: typer.Context,
    cluster: ClusterArg,
    status: Annotated[
        str, typer.Option(help=f"One of: {', '.join(REVIEW_STATUSES)}.", show_default=False)
    ],
    note: Annotated[str | None, typer.Option(help="Why; shown with the cluster.")] = None,
    by: By = None,
) -> None:
    """Record an editor's verdict on a cluster; it survives re-ingest.

    Example:  claimtrack review C7 --status disputed --note "Pentagon and Kyiv disagree"
    """
    _decide(ctx, by, lambda t: t.review(cluster, status, note))


@app.command()
def merge(ctx: typer.Context, keep: ClusterArg, other: ClusterArg, by: By = None) -> None:
    """Merge the second cluster into the first (the same claim, split by mistake).

    Example:  claimtrack merge C7 C12
    """
    _decide(ctx, by, lambda t: t.merge(keep, other))


@app.command()
def split(
    ctx: typer.Context,
    claim: Annotated[
        int,
        typer.Argument(metavar="CLAIM", help="Claim id.", show_default=False, max=MAX_ID),
    ],
    by: By = None,
) -> None:
    """Take a claim out of its cluster (it was grouped by mistake).

    Example:  claimtrack split 42
    """
    _decide(ctx, by, lambda t: t.split(claim))


@app.command()
def rename(ctx: typer.Context, cluster: ClusterArg, label: str, by: By = None) -> None:
    """Give a cluster a label editors recognise.

    Example:  claimtrack rename C7 "North Korean troops in Russia"
    """
    _decide(ctx, by, lambda t: t.rename(cluster, label))


def main() -> None:
    app()
