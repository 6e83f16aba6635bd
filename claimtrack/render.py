"""Terminal rendering: the only module that imports rich."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rich import box
from rich.console import Console, Group
from rich.panel import Panel
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table
from rich.text import Text

from claimtrack.export import figure_label, format_number, stance_label
from claimtrack.records import ClaimRecord, ClusterRecord, SourceCount, Stats

CONTEXT_CHARS = 300
# Below this many inputs a progress bar is noise.
PROGRESS_FROM = 20


def claims_table(console: Console, records: Sequence[ClaimRecord]) -> None:
    if not records:
        console.print("No claims match.")
        return
    table = Table(box=box.SIMPLE_HEAD, show_lines=False, expand=True)
    table.add_column("id", justify="right", no_wrap=True)
    table.add_column("cluster", justify="right", no_wrap=True)
    table.add_column("kind", no_wrap=True)
    table.add_column("source", ratio=2)
    table.add_column("figure", ratio=1)
    table.add_column("article", ratio=2, overflow="fold")
    table.add_column("sentence", ratio=6)
    for r in records:
        kind = r.kind + (" ✗" if r.polarity == "deny" else "")
        cluster = str(r.cluster_id or "")
        if r.in_conflict:
            cluster += " ⚠"
        if r.review_status:
            cluster += f" [{r.review_status}]"
        table.add_row(
            str(r.claim_id),
            Text(cluster),
            kind,
            Text(_who(r)),
            Text(figure_label(r) + (" (hedged)" if r.hedged else "")),
            Text(r.article),
            highlighted_sentence(r),
        )
    console.print(table)
    console.print(f"{len(records)} claim(s). ⚠ = in conflict, ✗ = denial.", style="dim")


def _who(record: ClaimRecord) -> str:
    """The source, and for an accusation whom it accuses: "SASP accuses Lignéo"."""
    if record.kind == "accusation" and record.accused_canonical:
        return f"{record.source_canonical} accuses {record.accused_canonical}"
    return record.source_canonical


def highlighted_sentence(record: ClaimRecord) -> Text:
    """The sentence with its figure in bold."""
    text = Text(record.sentence)
    if record.figure_start is not None and record.figure_end is not None:
        start = record.figure_start - record.start
        end = record.figure_end - record.start
        if 0 <= start < end <= len(record.sentence):
            text.stylize("bold yellow", start, end)
    return text


def claim_detail(console: Console, record: ClaimRecord, article_text: str) -> None:
    facts = Table.grid(padding=(0, 2))
    facts.add_column(style="bold")
    facts.add_column(highlight=False)
    facts.add_row("claim", Text(str(record.claim_id)))
    facts.add_row("kind", Text(f"{record.kind} ({record.polarity})"))
    source = record.source_canonical + (" (anonymous)" if record.source_anonymous else "")
    facts.add_row("source", Text(f"{source} — as written: “{record.source}”"))
    if record.accused_canonical:
        written = f" — as written: “{record.accused}”" if record.accused else ""
        facts.add_row("accused", Text(record.accused_canonical + written))
    if record.figure_text:
        marks = ", ".join(
            m for m, on in (("approximate", record.approx), ("hedged", record.hedged)) if on
        )
        facts.add_row("figure", Text(f"{figure_label(record)}" + (f" ({marks})" if marks else "")))
    elif record.hedged:
        facts.add_row("hedged", Text("yes"))
    facts.add_row("article", Text(f"{record.article} — {record.title or ''}"))
    facts.add_row("outlet, date", Text(f"{record.outlet or '?'}, {record.published or 'undated'}"))
    facts.add_row("offsets", Text(f"{record.start}–{record.end}"))
    cluster = f"{record.cluster_id}" + (" — in conflict" if record.in_conflict else "")
    if record.review_status:
        cluster += f" — reviewed: {record.review_status}"
    facts.add_row("cluster", Text(cluster))
    if record.copy_of:
        facts.add_row("copy of", Text(f"claim {record.copy_of}"))
    context = Text()
    before = article_text[max(0, record.start - CONTEXT_CHARS) : record.start]
    after = article_text[record.end : record.end + CONTEXT_CHARS]
    context.append(("…" if record.start > CONTEXT_CHARS else "") + before, style="dim")
    context.append_text(highlighted_sentence(record).copy())
    context.stylize("underline", len(context) - len(record.sentence), len(context))
    context.append(after + ("…" if record.end + CONTEXT_CHARS < len(article_text) else ""), "dim")
    console.print(Panel(Group(facts, Text(), context), title=f"Claim {record.claim_id}"))


def cluster_detail(console: Console, cluster: ClusterRecord) -> None:
    header = Text(cluster.label or cluster.summary or "", style="bold")
    if cluster.review_status:
        header.append(
            f"\nReview: {cluster.review_status} by {cluster.reviewed_by} at {cluster.reviewed_at}"
        )
        if cluster.review_note:
            header.append(f" — {cluster.review_note}")
    table = _positions_table(cluster.members, chronological=True)
    title = f"Cluster {cluster.cluster_id}" + (" — in conflict" if cluster.in_conflict else "")
    console.print(Panel(Group(header, table), title=title))


def conflicts(console: Console, views: Sequence[Any]) -> None:
    """Per conflicting cluster: what is disputed, then one row per position, side by side."""
    if not views:
        console.print("No conflicts found.")
        return
    for view in views:
        c: ClusterRecord = view.cluster
        title = f"Cluster {c.cluster_id} · severity {c.severity:.2f}"
        title += f" · {c.independent_sources} independent source(s)"
        header = Text(c.label or c.summary or "", style="bold")
        if c.label and c.summary:
            header.append(f"\n{c.summary}", style="none")
        if c.review_status:
            header.append(f"  [{c.review_status}]", style="magenta")
            if c.review_note:
                header.append(f" {c.review_note}", style="magenta")
        parts: list[Any] = [header, _position_rows(c.members, view.analysis)]
        for update in view.analysis.updates:
            before, after = update.before, update.after
            parts.append(
                Text(
                    f"Update: {update.source_canonical} went from {before.label()} "
                    f"({before.last_date or 'undated'}) to {after.label()} "
                    f"({after.first_date or 'undated'}) — its own revision, not a conflict.",
                    style="cyan",
                )
            )
        console.print(Panel(Group(*parts), title=title))
    console.print(f"{len(views)} conflicting cluster(s), most severe first.", style="dim")


def _position_rows(members: Sequence[ClaimRecord], analysis: Any) -> Table:
    """One row per position; its first appearance speaks for the others."""
    by_id = {m.claim_id: m for m in members}
    table = _evidence_table(members)
    for position in analysis.positions:
        shown = [by_id[i] for i in position.claim_ids if i in by_id]
        if not shown:
            continue
        first = shown[0]
        marks = [w for w, on in (("hedged", first.hedged), ("approx", first.approx)) if on]
        if position.superseded:
            marks.append("superseded")
        copies = sum(1 for m in shown if m.copy_of)
        more = len(shown) - 1
        if more:
            marks.append(f"+{more} more" + (f", {copies} copies" if copies else ""))
        written = "; ".join(dict.fromkeys(f"“{w}”" for w in position.sources))
        table.add_row(
            _position_text(stance_label(first), first.polarity, marks),
            Text(position.source_canonical + "\n") + Text(written, style="dim"),
            _where(first),
            highlighted_sentence(first),
        )
    return table


def _evidence_table(members: Sequence[ClaimRecord]) -> Table:
    table = Table(box=box.SIMPLE_HEAD, expand=True)
    table.add_column("position", ratio=2)
    table.add_column("source", ratio=2)
    # Wide enough for the article's file name: editors look it up by that name.
    widest = max((len(m.article) for m in members), default=10)
    table.add_column("where", overflow="fold", width=max(24, min(widest, 60)))
    table.add_column("sentence", ratio=6)
    return table


def _where(m: ClaimRecord) -> Text:
    """Claim id and article, then outlet and date."""
    text = Text(f"#{m.claim_id}\n{m.article}\n")
    text.append(f"{m.outlet or 'outlet unknown'} · {m.published or 'undated'}", style="dim")
    return text


def _position_text(label: str, polarity: str, marks: Sequence[str]) -> Text:
    text = Text(label, style="bold red" if polarity == "deny" else "bold")
    if marks:
        text.append(" (" + ", ".join(marks) + ")", style="dim")
    return text


def _positions_table(members: Sequence[ClaimRecord], chronological: bool = False) -> Table:
    """One row per claim (for `show CLUSTER`): every appearance, not only one per position."""
    table = _evidence_table(members)
    ordered = members if chronological else sorted(members, key=_position_order)
    for m in ordered:
        marks = [w for w, on in (("hedged", m.hedged), ("approx", m.approx)) if on]
        if m.copy_of:
            marks.append(f"copy of {m.copy_of}")
        table.add_row(
            _position_text(stance_label(m), m.polarity, marks),
            Text(m.source_canonical + "\n") + Text(f"“{m.source}”", style="dim"),
            _where(m),
            highlighted_sentence(m),
        )
    return table


def _position_order(m: ClaimRecord) -> tuple[Any, ...]:
    value = m.value if m.value is not None else (m.value_low or m.value_high or 0)
    return (m.polarity, value, m.source_canonical, m.published or "", m.claim_id)


def sources(console: Console, counts: Sequence[SourceCount]) -> None:
    if not counts:
        console.print("No sources yet. Ingest articles first: claimtrack ingest FOLDER")
        return
    table = Table(box=box.SIMPLE_HEAD, expand=True)
    table.add_column("source")
    table.add_column("claims", justify="right")
    table.add_column("articles", justify="right")
    table.add_column("kinds")
    table.add_column("as written", ratio=3)
    for c in counts:
        name = c.canonical + (" (anonymous)" if c.anonymous else "")
        kinds = ", ".join(f"{k} {n}" for k, n in sorted(c.by_kind.items()))
        table.add_row(
            Text(name), str(c.claims), str(c.articles), kinds, Text("; ".join(c.spellings[:6]))
        )
    console.print(table)


def stats(console: Console, s: Stats, where: str) -> None:
    table = Table.grid(padding=(0, 2))
    table.add_column(style="bold")
    table.add_column(justify="right")
    table.add_row("database", Text(where))
    for label, value in (
        ("articles", s.articles),
        ("claims", s.claims),
        ("sources", s.sources),
        ("clusters", s.clusters),
        ("conflicts", s.conflicts),
    ):
        table.add_row(label, format_number(value))
    for kind, n in sorted(s.by_kind.items()):
        table.add_row(f"  {kind}", format_number(n))
    for lang, n in sorted(s.by_lang.items()):
        table.add_row(f"  claims in {lang}", format_number(n))
    console.print(table)


def ingest_summary(console: Console, report: Any) -> None:
    console.print(
        f"Articles: {report.articles} ({report.new} new, {report.updated} updated, "
        f"{report.unchanged} unchanged). Claims extracted: {report.claims}."
    )
    if report.skipped:
        console.print(f"Skipped {len(report.skipped)} input(s):", style="bold red")
        for name, reason in report.skipped:
            console.print(f"  {name}: {reason}", markup=False, highlight=False)


def recluster_summary(console: Console, report: Any) -> None:
    console.print(
        f"Re-clustered {report.claims} claims of {report.articles} articles: "
        f"{report.clusters_before} clusters before, {report.clusters_after} now; "
        f"{report.moved} claims changed cluster. "
        f"{report.kept} cluster(s) with an editor's decision kept as they were."
    )


class IngestProgress:
    """A progress callback for the tracker: a bar on long runs, silence for a few files."""

    def __init__(self, console: Console, verb: str = "Ingesting") -> None:
        self.console = console
        self.verb = verb
        self.bar: Progress | None = None
        self.task: Any = None

    def __call__(self, done: int, total: int, name: str) -> None:
        if self.bar is None:
            if total < PROGRESS_FROM or not self.console.is_terminal:
                return
            self.bar = Progress(
                TextColumn(self.verb),
                BarColumn(),
                MofNCompleteColumn(),
                TimeRemainingColumn(),
                TextColumn("{task.description}"),
                console=self.console,
                transient=True,
            )
            self.bar.start()
            self.task = self.bar.add_task("", total=total)
        self.bar.update(self.task, completed=done, description=name[:40])

    def __enter__(self) -> IngestProgress:
        return self

    def __exit__(self, *_exc: object) -> None:
        if self.bar is not None:
            self.bar.stop()


def eval_report(console: Console, rows: Sequence[tuple[str, str, Any]], title: str) -> None:
    """Metrics down, languages across ("all" first), so languages compare at a glance."""
    languages: list[str] = []
    metrics: dict[str, dict[str, Any]] = {}
    for metric, lang, value in rows:
        if lang not in languages:
            languages.append(lang)
        metrics.setdefault(metric, {})[lang] = value
    table = Table(title=title, box=box.SIMPLE_HEAD)
    table.add_column("metric")
    for lang in languages:
        table.add_column(lang, justify="right")
    for metric, values in metrics.items():
        cells = [values.get(lang) for lang in languages]
        table.add_row(
            metric,
            *("" if v is None else f"{v:.3f}" if isinstance(v, float) else str(v) for v in cells),
        )
    console.print(table)


def error(console: Console, message: str) -> None:
    console.print(f"Error: {message}", style="bold red", markup=False, highlight=False)


def note(console: Console, message: str) -> None:
    console.print(message, markup=False, highlight=False)
