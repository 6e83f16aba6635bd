"""Within one cluster (one claim, many sources): who holds which figure or stance, and
whether they disagree.

Rules: figures whose ranges do not overlap disagree (an approximate figure widens by the
tolerance; an open bound such as "plus de 2 millions" or "des milliers" reaches upwards);
an affirmation and a denial disagree; a source that changes its own figure over time has
updated it, it does not disagree with itself; a sentence reprinted by another outlet is a
copy and adds no independent source.

Pure module: settings come from data/cluster.yaml `conflicts`.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass, fields, replace
from datetime import date
from functools import lru_cache
from typing import Any

from rapidfuzz import fuzz

from claimtrack.cluster import fold, parse_iso
from claimtrack.model import Claim
from claimtrack.resources import languages, load_data


@dataclass(frozen=True)
class ConflictSettings:
    """Tolerances for comparing figures (defaults from data/cluster.yaml `conflicts`)."""

    approx_tolerance: float
    rounding_tolerance: float
    round_bound_steps: int | None
    round_bound_min_step: float
    copy_ratio: float
    severity_spread_weight: float
    severity_sources_weight: float
    polarity_spread: float
    sources_saturation: int
    figure_dispute_base: float
    figure_spread_full: float
    vague_source_factor: float
    anonymous_source_factor: float
    hedged_factor: float
    summary_names: int
    open_bound_reach: float | None = None
    reaching_bound_share: float | None = None
    # Source names: words this long or longer, compared by this many first letters (`_parties`)
    source_stem_min_letters: int = 4
    source_stem_letters: int = 5
    # An earlier-count marker ("premier bilan") counts within this many words of the figure
    earlier_marker_reach: int = 0

    @classmethod
    def load(cls, **overrides: Any) -> ConflictSettings:
        """Settings from data/cluster.yaml, with keyword overrides."""
        values = dict(load_data("cluster.yaml")["conflicts"])
        values.update(overrides)
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in values.items() if k in names})


@dataclass(frozen=True)
class Member:
    """One claim of a cluster, as the service layer hands it over."""

    claim_id: int
    claim: Claim
    article: str
    outlet: str | None
    published: date | str | None
    source_canonical: str
    lang: str | None = None  # the article's language: which bound words the figure may use


@dataclass(frozen=True)
class Position:
    """A figure or a stance held by one source (possibly stated in several claims)."""

    source_canonical: str
    sources: tuple[str, ...]  # the attributions as written
    stance: str  # "affirm" or "deny"
    value: float | None
    low: float | None
    high: float | None
    approx: bool
    unit: str | None
    claim_ids: tuple[int, ...]
    first_date: str | None
    last_date: str | None
    superseded: bool = False  # replaced by a later figure of the same source
    anonymous: bool = False  # unnamed people: each anonymous position is its own source
    hedged: bool = False  # every claim of the position is hedged ("would", "aurait")
    reaching: bool = False  # an upper bound that puts the figure forward ("up to 1,000")
    # the range every claim of the position admits (each statement of one count constrains
    # it: "quelque 200" and "nearly 200" leave 180-200); None: the carrier's figure decides
    bounds: tuple[float, float] | None = None

    @property
    def has_figure(self) -> bool:
        """True when the position carries a number."""
        return self.value is not None or self.low is not None or self.high is not None

    def label(self) -> str:
        """The figure or stance as a short text: '10 000', '100-300', '>= 1 000', 'deny'."""
        if not self.has_figure:
            return self.stance
        text = _figure_text(self.value, self.low, self.high, self.approx)
        return f"deny {text}" if self.stance == "deny" else text

    def to_json(self) -> dict[str, Any]:
        """A dict of JSON types."""
        data = asdict(self)
        del data["bounds"]  # derived from the claims; may be open-ended (not JSON)
        data["sources"] = list(self.sources)
        data["claim_ids"] = list(self.claim_ids)
        return data


@dataclass(frozen=True)
class Update:
    """A source replacing its own earlier figure with a new one."""

    source_canonical: str
    before: Position
    after: Position

    def to_json(self) -> dict[str, Any]:
        """A dict of JSON types."""
        return {
            "source_canonical": self.source_canonical,
            "before": self.before.to_json(),
            "after": self.after.to_json(),
        }


@dataclass(frozen=True)
class ClusterAnalysis:
    """Positions in a cluster and whether (and how badly) they disagree."""

    positions: list[Position]
    in_conflict: bool
    severity: float
    summary: str
    copies: dict[int, int]  # claim_id -> claim_id of the earliest appearance of its text
    updates: list[Update]
    independent_sources: int

    @property
    def sort_key(self) -> tuple[int, float, int]:
        """Higher sorts first as more severe."""
        return (int(self.in_conflict), round(self.severity, 6), self.independent_sources)

    def to_json(self) -> dict[str, Any]:
        """A dict of JSON types."""
        return {
            "positions": [p.to_json() for p in self.positions],
            "in_conflict": self.in_conflict,
            "severity": self.severity,
            "summary": self.summary,
            "copies": {str(k): v for k, v in self.copies.items()},
            "updates": [u.to_json() for u in self.updates],
            "independent_sources": self.independent_sources,
        }


# ---------------------------------------------------------------------------------------------
# Figures as intervals


def _figure_text(value: float | None, low: float | None, high: float | None, approx: bool) -> str:
    def number(x: float) -> str:
        text = f"{x:,.0f}" if float(x).is_integer() else f"{x:,.2f}".rstrip("0").rstrip(".")
        return text.replace(",", " ")

    if value is not None and (low is None or low == value) and high is None:
        prefix = ">= " if low is not None else ("~" if approx else "")
        return prefix + number(value)
    if value is not None:
        return ("~" if approx else "") + number(value)
    if low is not None and high is not None:
        return f"{number(low)}-{number(high)}"
    if low is not None:
        return f">= {number(low)}"
    if high is not None:
        return f"<= {number(high)}"
    return "?"


def figure_interval(
    value: float | None,
    low: float | None,
    high: float | None,
    approx: bool,
    settings: ConflictSettings,
    reaching: bool = False,
    below: bool = False,
) -> tuple[float, float] | None:
    """The range of values a figure admits.

    A vague quantity ("des milliers": no value, low = 1000) reaches upwards without limit.
    A bound stated with a round number ("plus de 9 000", "more than 300") stops before the
    next round number (9 000-9 999): had it been 10 000, the source would have said so.
    A precise bound ("at least 471", "au moins neuf") reaches `open_bound_reach` above it
    (open when unset): a source counting at least nine does not report thirteen. An
    approximate figure widens by the tolerance, but no further than the precision it is
    written with: "about 230" is 220-240, "environ 10 000" 9 000-11 000.
    An upper bound that puts its number forward (`reaching`: "up to 1,000 deaths",
    "jusqu'à 20 000 manifestants") reaches down only `reaching_bound_share` below it: the
    source claims a figure near its bound, and 600 disputes it. A ceiling ("fewer than 5%",
    "pas plus de 300") stays open downwards. An approximate figure written as falling short
    of its number (`below`: "nearly 200", "près de 500") reaches down only: 220 is more.
    """

    def margin(number: float) -> float:
        return _approx_margin(number, settings) if approx else 0.0

    if value is not None and low is None and high is None:
        return value - margin(value), value if below and approx else value + margin(value)
    share = settings.reaching_bound_share
    if reaching and share is not None and value is not None and low is None and high == value:
        return value * (1 - share), value
    lo = low if low is not None else (value if high is None else 0.0)
    hi = high
    if lo is None:
        return None
    if hi is None:
        if low is not None and value is not None and value != low:
            return lo, value + margin(value)
        step = _round_step(lo)
        steps = settings.round_bound_steps
        if value is not None and steps and step >= settings.round_bound_min_step:
            return lo, lo + steps * step - 1e-9
        if value is not None and settings.open_bound_reach is not None:
            # "at least nine civilians" reports a toll near nine: 13 is another count
            return lo, lo * (1 + settings.open_bound_reach)
        return lo, math.inf
    return lo - margin(lo), hi + margin(hi)


def _approx_margin(number: float, settings: ConflictSettings) -> float:
    """How far an approximate number reaches: `approx_tolerance` of it, at most one unit of
    its last significant digit (a writer who rounds to tens means within ten)."""
    share = abs(number) * settings.approx_tolerance
    precision = _precision(number)
    return min(share, precision) if precision > 0 else share


def _precision(number: float) -> float:
    """One unit of the last significant digit: 230 -> 10, 2.4 -> 0.1, 10 000 -> 10 000."""
    if float(number).is_integer():
        return _round_step(abs(number))
    decimals = len(f"{abs(number):.6f}".rstrip("0").split(".")[1])
    return 10.0**-decimals


def _round_step(number: float) -> float:
    """The place of the last non-zero digit: 9000 -> 1000, 5200 -> 100, 471 -> 1."""
    if number <= 0 or not float(number).is_integer():
        return 0.0
    step, n = 1, int(number)
    while n % 10 == 0:
        n //= 10
        step *= 10
    return float(step)


def intervals_overlap(a: tuple[float, float], b: tuple[float, float]) -> bool:
    """True when two closed ranges share a value."""
    return a[0] <= b[1] and b[0] <= a[1]


def _point(position: Position) -> float | None:
    """A representative number for spread computations."""
    return _midpoint(position.value, position.low, position.high)


def _midpoint(value: float | None, low: float | None, high: float | None) -> float | None:
    """A figure's value, else the middle of its range, else its one bound."""
    if value is not None:
        return value
    if low is not None and high is not None:
        return (low + high) / 2
    return low if low is not None else high


def _is_rounding(pa: float | None, pb: float | None, settings: ConflictSettings) -> bool:
    """Two figures of one source (their `_point`s) that differ only by rounding ("2,3
    millions" / "2 millions")."""
    if pa is None or pb is None or max(pa, pb) <= 0:
        return False
    return abs(pa - pb) / max(pa, pb) <= settings.rounding_tolerance


# ---------------------------------------------------------------------------------------------
# Copies


@lru_cache(maxsize=8192)
def comparable_text(sentence: str) -> str:
    """A sentence folded (case, accents, quotes) with its spaces collapsed."""
    return " ".join(fold(sentence).split())


@lru_cache(maxsize=65536)
def same_text(a: str, b: str, copy_ratio: float) -> bool:
    """True when two comparable texts are one text reprinted (rapidfuzz ratio, or the
    shorter found inside the longer, at or above `copy_ratio`)."""
    if not a or not b:
        return False
    if a == b:
        return copy_ratio <= 100
    if fuzz.ratio(a, b, score_cutoff=copy_ratio) >= copy_ratio:
        return True
    # "A lire : <same sentence>" and other prefixes: compare the shorter inside the longer
    if min(len(a), len(b)) / max(len(a), len(b)) < 0.6:
        return False
    return fuzz.partial_ratio(a, b, score_cutoff=copy_ratio) >= copy_ratio


def find_copies(members: Sequence[Member], settings: ConflictSettings) -> dict[int, int]:
    """claim_id -> claim_id of the earliest member of another article with the same text.

    Only claims of one source can be copies of each other; pair verdicts are memoised
    (`same_text`), so re-analysing a growing cluster compares each new pair of texts once.
    """
    ordered = sorted(members, key=lambda m: (_date_key(m.published), m.claim_id))
    earlier_of_source: dict[str, list[tuple[Member, str]]] = {}
    copies: dict[int, int] = {}
    for member in ordered:
        text = comparable_text(member.claim.sentence)
        earlier = earlier_of_source.setdefault(member.source_canonical, [])
        for previous, previous_text in earlier:
            if previous.article == member.article or previous.claim_id in copies:
                continue
            if same_text(text, previous_text, settings.copy_ratio):
                copies[member.claim_id] = previous.claim_id
                break
        earlier.append((member, text))
    return copies


def _date_key(value: date | str | None) -> tuple[int, int, int]:
    parts = parse_iso(value)
    if parts is None:
        return (9999, 99, 99)
    return parts[0], parts[1] or 0, parts[2] or 0


def _date_text(value: date | str | None) -> str | None:
    if value is None:
        return None
    return value.isoformat() if isinstance(value, date) else str(value)


# ---------------------------------------------------------------------------------------------
# Positions


def _source_key(member: Member) -> str:
    """Anonymous people are not one source: each anonymous claim stands alone."""
    if member.claim.attribution.anonymous or member.source_canonical in ("", "anonymous"):
        return f"anonymous#{member.claim_id}"
    return member.source_canonical


def _parties(members: Sequence[Member], settings: ConflictSettings) -> dict[str, str]:
    """Each source key's party: a body named generically in one article ("prosecutor's
    office") is the one placed body of its kind the cluster names elsewhere ("Saint-Aurèle
    prosecutor's office"), so its revised figure is an update, not a dispute with itself.
    With two placed bodies of that kind, the generic name stays a party of its own. Likewise
    a name written short ("Lumeris") is the one longer name it begins ("Lumeris Réseaux")."""
    keys = {_source_key(m) for m in members}
    party = {key: key for key in keys}
    for generic in keys:
        specific = [k for k in keys if k != generic and k.lower().endswith(" " + generic.lower())]
        if len(specific) == 1:
            party[generic] = specific[0]
    for short in keys:
        if party[short] != short or not short[:1].isupper():
            continue
        longer = [k for k in keys if _is_short_name_of(short, k)]
        if len(longer) == 1:
            party[short] = longer[0]
    # "ministère de la Protection civile" / "civil protection ministry": one body named in
    # two languages, word for word, is one party. Only a translation changes a name's
    # words: in one language, a name reordered ("Interior Ministry", "Ministry of the
    # Interior") keeps its words whole, while two names sharing stems only ("François
    # Martin", "Françoise Martin") are two names.
    langs: dict[str, set[str]] = {key: set() for key in keys}
    for member in members:
        if member.lang:
            langs[_source_key(member)].add(member.lang)
    by_stems: dict[frozenset[str], list[str]] = {}
    for key in sorted(keys):
        stems = _name_words(key, settings, stems=True)
        if len(stems) < 2 or party[key] != key:
            continue
        named = by_stems.setdefault(stems, [])
        other = next((k for k in named if _same_name(k, key, langs, settings)), None)
        if other is None:
            named.append(key)
        else:
            party[key] = other
    return party


def _same_name(
    first: str, second: str, langs: dict[str, set[str]], settings: ConflictSettings
) -> bool:
    """True when two names sharing their stems are one: the same words in another order,
    or each written in languages the other is not (a translation)."""
    if _name_words(first, settings, stems=False) == _name_words(second, settings, stems=False):
        return True
    return bool(langs[first]) and bool(langs[second]) and not langs[first] & langs[second]


_NAME_WORD_RE = re.compile(r"[^\W\d_]+")


def _name_words(name: str, settings: ConflictSettings, *, stems: bool) -> frozenset[str]:
    """A source name's words of `source_stem_min_letters` or more, in any order, whole or
    cut to their first `source_stem_letters`: the words of one body's name in French and
    English ("Protection civile" / "civil protection") share their stems."""
    letters = settings.source_stem_letters if stems else None
    words = _NAME_WORD_RE.findall(fold(name))  # "l'Intérieur": the article is no word
    return frozenset(
        word[:letters] for word in words if len(word) >= settings.source_stem_min_letters
    )


def _is_short_name_of(short: str, name: str) -> bool:
    """True when `short` is `name` cut after its leading words and the rest is a name too:
    "Lumeris" of "Lumeris Réseaux", "CGT" of "CGT Énergie" (an article
    shortens a company to its first words), not "France" of "France's government"."""
    rest = name[len(short) :]
    return name.startswith(short) and rest[:1] == " " and rest[1:2].isupper()


@lru_cache(maxsize=16)
def _opening_words(lang: str | None, key: str) -> tuple[str, ...]:
    """<lang>/conflicts.yaml `key`, folded: words that may open a figure's text."""
    if lang is None or lang not in languages():
        return ()
    return tuple(fold(word) for word in load_data(lang, "conflicts.yaml").get(key) or ())


def _opens_with(member: Member, key: str) -> bool:
    """True when the member's figure text opens with one of <lang>/conflicts.yaml `key`."""
    figure = member.claim.figure
    return _text_opens_with(figure.text if figure is not None else "", member.lang, key)


@lru_cache(maxsize=16384)
def _text_opens_with(text: str, lang: str | None, key: str) -> bool:
    """`_opens_with` on a figure's text as written (memoised: a cluster's figures are read
    again every time the cluster is analysed, and each figure several times per analysis)."""
    folded = " ".join(fold(text).split())
    return any(folded.startswith(word + " ") for word in _opening_words(lang, key))


def _is_reaching(member: Member) -> bool:
    """True when the member's figure is an upper bound written with a reaching word ("up
    to 1,000", `reaching_bounds`)."""
    figure = member.claim.figure
    if figure is None or figure.high is None or figure.low is not None:
        return False
    return _opens_with(member, "reaching_bounds")


def _is_below(member: Member) -> bool:
    """True when the member's figure is a point written as falling short of it ("nearly 200
    people", "près de 500 morts"; `below_approximations`)."""
    figure = member.claim.figure
    if figure is None or figure.value is None or figure.low is not None or figure.high is not None:
        return False
    return _opens_with(member, "below_approximations")


def _member_interval(member: Member, settings: ConflictSettings) -> tuple[float, float] | None:
    """The range of values one member's figure admits (see `figure_interval`)."""
    figure = member.claim.figure
    if figure is None:
        return None
    return figure_interval(
        figure.value,
        figure.low,
        figure.high,
        figure.approx,
        settings,
        _is_reaching(member),
        _is_below(member),
    )


def _common_bounds(
    members: Sequence[Member], settings: ConflictSettings
) -> tuple[float, float] | None:
    """The range every member's figure admits, None when one has none or they share none."""
    ranges = [_member_interval(m, settings) for m in members if m.claim.figure is not None]
    if not ranges or any(r is None for r in ranges):
        return None
    low = max(r[0] for r in ranges if r is not None)
    high = min(r[1] for r in ranges if r is not None)
    return (low, high) if low <= high else None


def _position_of(
    members: Sequence[Member],
    stance: str,
    settings: ConflictSettings,
    superseded: bool = False,
) -> Position:
    """One position from members that state the same figure or stance."""
    first = members[0]
    figure = next((m.claim.figure for m in members if m.claim.figure is not None), None)
    carrier = next((m for m in members if m.claim.figure is not None), first)
    dates = sorted((_date_key(m.published), _date_text(m.published)) for m in members)
    return Position(
        source_canonical=first.source_canonical,
        sources=tuple(dict.fromkeys(m.claim.attribution.source for m in members)),
        stance=stance,
        value=figure.value if figure else None,
        low=figure.low if figure else None,
        high=figure.high if figure else None,
        approx=figure.approx if figure else False,
        unit=(figure.unit_canonical or figure.unit) if figure else None,
        claim_ids=tuple(m.claim_id for m in members),
        first_date=dates[0][1],
        last_date=dates[-1][1],
        superseded=superseded,
        anonymous=_source_key(first) != first.source_canonical,
        hedged=all(m.claim.hedged for m in members),
        reaching=_is_reaching(carrier),
        bounds=_common_bounds(members, settings),
    )


def _group_figures(members: Sequence[Member], settings: ConflictSettings) -> list[list[Member]]:
    """Group one source's figure claims into figures that agree (overlap or rounding)."""
    groups: list[_FigureGroup] = []
    for member in sorted(members, key=lambda m: (_date_key(m.published), m.claim_id)):
        single = _FigureGroup(member, settings)
        for group in groups:
            agree = (
                single.range is not None
                and group.range is not None
                and intervals_overlap(single.range, group.range)
            )
            same_day = group.last_day == single.last_day
            if agree or (same_day and _is_rounding(group.point, single.point, settings)):
                group.add(member, settings)
                break
        else:
            groups.append(single)
    return [group.members for group in groups]


class _FigureGroup:
    """A growing group of `_group_figures`: its members, the figure of its first member
    (which the group's position carries, see `_position_of`) and the range every member
    admits, narrowed as each member joins rather than read again from all of them as the
    group's position would (`_common_bounds`)."""

    def __init__(self, first: Member, settings: ConflictSettings) -> None:
        figure = first.claim.figure
        assert figure is not None  # only figure claims are grouped
        self.members = [first]
        self.point = _midpoint(figure.value, figure.low, figure.high)
        self.last_day = _date_key(first.published)
        # the range of the group's figure when its members share none (`_interval`)
        self._fallback = figure_interval(
            figure.value, figure.low, figure.high, figure.approx, settings, _is_reaching(first)
        )
        first_range = _member_interval(first, settings)
        self._open = first_range is None  # a member without a range: no common bounds
        self._low, self._high = first_range or (0.0, 0.0)
        self.range = self._current()

    def add(self, member: Member, settings: ConflictSettings) -> None:
        """Take `member` in and narrow the common range by its own."""
        self.members.append(member)
        self.last_day = _date_key(member.published)
        member_range = _member_interval(member, settings)
        if member_range is None:
            self._open = True
        else:
            self._low = max(self._low, member_range[0])
            self._high = min(self._high, member_range[1])
        self.range = self._current()

    def _current(self) -> tuple[float, float] | None:
        if not self._open and self._low <= self._high:
            return self._low, self._high
        return self._fallback


def _interval(position: Position, settings: ConflictSettings) -> tuple[float, float] | None:
    if position.bounds is not None:
        return position.bounds
    return figure_interval(
        position.value, position.low, position.high, position.approx, settings, position.reaching
    )


def _positions_of_source(
    members: Sequence[Member], settings: ConflictSettings
) -> tuple[list[Position], list[Update]]:
    """A source's positions; when its figure changed over time, the earlier ones are marked
    superseded and reported as updates."""
    positions: list[Position] = []
    updates: list[Update] = []
    figures = [m for m in members if m.claim.figure is not None and m.claim.polarity == "affirm"]
    denied = [m for m in members if m.claim.figure is not None and m.claim.polarity == "deny"]
    stances = [m for m in members if m.claim.figure is None]
    groups = _group_figures(figures, settings)
    if groups:
        # A figure is as new as its first appearance: an article recalling the old figure
        # ("340, contre 312 annoncés mardi") does not make it current again.
        def first_seen(group: list[Member]) -> tuple[int, int, int]:
            return min(_date_key(m.published) for m in group)

        ordered = sorted(groups, key=first_seen)
        latest_date = first_seen(ordered[-1])
        current = [_position_of(g, "affirm", settings) for g in ordered]
        for index, group in enumerate(ordered[:-1]):
            if first_seen(group) < latest_date:
                old = replace(current[index], superseded=True)
                current[index] = old
                updates.append(Update(old.source_canonical, old, current[-1]))
        positions.extend(current)
    for group in _group_figures(denied, settings):
        positions.append(_position_of(group, "deny", settings))
    for stance in ("affirm", "deny"):
        chosen = [m for m in stances if m.claim.polarity == stance]
        if chosen and not (stance == "affirm" and figures):
            positions.append(_position_of(chosen, stance, settings))
    return positions, updates


def _holder(position: Position) -> str:
    """Who holds a position: its canonical source, or the claim itself when anonymous."""
    if position.anonymous:
        return f"anonymous#{position.claim_ids[0]}"
    return position.source_canonical


def _party_of(position: Position, party: dict[str, str]) -> str:
    """The party holding a position: its holder (`_holder`) under the name `party` gives
    that holder (`_parties`: one body named two ways is one party)."""
    holder = _holder(position)
    return party.get(holder, holder)


@dataclass(frozen=True)
class _Held:
    """A live position with what each comparison of a pair reads of it, read once per
    cluster rather than once per pair of positions."""

    position: Position
    party: str  # its holder's party (`_parties`)
    range: tuple[float, float] | None  # `_interval`
    last_stated: tuple[int, int, int]  # `_date_key` of its last date


def _disagree(a: _Held, b: _Held) -> bool:
    """Two positions of different sources that cannot both be right."""
    if a.position.has_figure and b.position.has_figure:
        if a.range is None or b.range is None:
            return False
        if a.position.stance == b.position.stance:
            return not intervals_overlap(a.range, b.range)
        # a denied figure disputes whoever affirms that figure
        return intervals_overlap(a.range, b.range)
    return a.position.stance != b.position.stance


# A source's change of figure as `_overtaken` reads it: the range it left, the range it
# moved to, and the day the new one first appeared.
_Move = tuple[tuple[float, float], tuple[float, float], tuple[int, int, int]]


def _moves(updates: Sequence[Update], settings: ConflictSettings) -> list[_Move]:
    """The updates whose two figures both have a range, read once per cluster rather than
    once per pair of positions."""
    moves = []
    for update in updates:
        before, after = _interval(update.before, settings), _interval(update.after, settings)
        if before is not None and after is not None:
            moves.append((before, after, _date_key(update.after.first_date)))
    return moves


def _overtaken(old: _Held, new: _Held, moves: Sequence[_Move]) -> bool:
    """True when the count itself moved from `old`'s figure to `new`'s: some source held
    `old`'s figure, then replaced it with one that agrees with `new` (`moves`, see `_moves`),
    and `old` was last stated before the day that replacement appeared. The earlier toll
    echoed by another source is history, not a dispute (212 batches recalled on Monday, 301
    on Wednesday); the old figure stated on or after that day still disputes the new one."""
    if not moves or not (old.position.has_figure and new.position.has_figure):
        return False
    if "deny" in (old.position.stance, new.position.stance):
        return False
    old_range, new_range = old.range, new.range
    if old_range is None or new_range is None:
        return False
    return any(
        intervals_overlap(old_range, before)
        and intervals_overlap(after, new_range)
        and old.last_stated < first_seen
        for before, after, first_seen in moves
    )


def _own_moves(
    positions: Sequence[Position],
    party: dict[str, str],
    members: Sequence[Member],
    settings: ConflictSettings,
) -> list[_Move]:
    """A party's changes of figure that its updates (one per replaced figure, to its latest
    one) do not show, for `_overtaken`: from each replaced figure to each of its later
    current ones, and from a figure its text gives as the earlier count ("contre 110
    millions lors de son premier bilan", "initially 16": <lang>/conflicts.yaml
    `earlier_count_markers`) to each other figure the party stated that day."""
    by_id = {m.claim_id: m for m in members}
    figures: dict[str, list[Position]] = {}
    for p in positions:
        if p.has_figure and p.stance == "affirm":
            figures.setdefault(_party_of(p, party), []).append(p)
    moves: list[_Move] = []
    for held in figures.values():
        for old in held:
            old_range = _interval(old, settings)
            if old_range is None:
                continue
            recalled = {
                _date_key(by_id[i].published)
                for i in old.claim_ids
                if _recalls_earlier(by_id[i], settings)
            }
            for new in held:
                new_range = _interval(new, settings)
                if new is old or new_range is None:
                    continue
                days = {_date_key(by_id[i].published) for i in new.claim_ids}
                if old.superseded and not new.superseded:
                    first = _date_key(new.first_date)
                    if first > _date_key(old.first_date):
                        moves.append((old_range, new_range, first))
                for day in sorted(recalled & days):
                    moves.append((old_range, new_range, day))
    return moves


def _recalls_earlier(member: Member, settings: ConflictSettings) -> bool:
    """True when the member's figure is given as an earlier count (`earlier_count_markers`)."""
    figure = member.claim.figure
    return figure is not None and _marked(
        member.claim.sentence,
        figure.text,
        member.lang,
        settings.earlier_marker_reach,
        "earlier_count_markers",
    )


@lru_cache(maxsize=16)
def _marker_pattern(lang: str | None, key: str) -> re.Pattern[str] | None:
    """<lang>/conflicts.yaml `key` as one whole-word pattern on folded text."""
    words = _opening_words(lang, key)
    if not words:
        return None
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")


# What parts a marker from the figure: a clause break other than a comma ("selon le dernier
# bilan, 17 blessés" keeps its marker), or another number, which the marker then belongs to
# ("165 millions, contre 110 millions lors du premier bilan").
_CLAUSE_BREAK_RE = re.compile(r"[;:()\[\]\d]|\s[-–—]\s")


@lru_cache(maxsize=16384)
def _marked(sentence: str, figure_text: str, lang: str | None, reach: int, key: str) -> bool:
    """True when a word of <lang>/conflicts.yaml `key` stands within `reach` words of the
    figure, with no clause break or other number between them (`_CLAUSE_BREAK_RE`)."""
    pattern = _marker_pattern(lang, key)
    if pattern is None or reach <= 0:
        return False
    folded, figure = fold(sentence), fold(figure_text)
    at = folded.find(figure) if figure else -1
    if at < 0:
        return False
    for found in pattern.finditer(folded):
        left, right = (found.end(), at) if found.start() < at else (at + len(figure), found.start())
        between = folded[left:right] if left <= right else ""
        if not _CLAUSE_BREAK_RE.search(between) and len(between.split()) <= reach:
            return True
    return False


def _disputes(
    live: Sequence[Position],
    party: dict[str, str],
    moves: Sequence[_Move],
    settings: ConflictSettings,
) -> list[tuple[Position, Position]]:
    """The pairs of live positions of different parties that dispute each other."""
    held = [
        _Held(p, _party_of(p, party), _interval(p, settings), _date_key(p.last_date)) for p in live
    ]
    return [
        (a.position, b.position)
        for i, a in enumerate(held)
        for b in held[i + 1 :]
        if a.party != b.party
        and _disagree(a, b)
        and not _overtaken(a, b, moves)
        and not _overtaken(b, a, moves)
    ]


def analyse(members: Sequence[Member], settings: ConflictSettings) -> ClusterAnalysis:
    """Positions, conflict, severity, copies and updates of one cluster."""
    copies = find_copies(members, settings)
    party = _parties(members, settings)
    by_source: dict[str, list[Member]] = {}
    for member in members:
        by_source.setdefault(party[_source_key(member)], []).append(member)
    positions: list[Position] = []
    updates: list[Update] = []
    for source_members in by_source.values():
        held, changed = _positions_of_source(source_members, settings)
        positions.extend(held)
        updates.extend(changed)
    positions.sort(key=lambda p: (p.superseded, p.stance, _point(p) or 0.0, p.source_canonical))

    live = [p for p in positions if not p.superseded]
    moves = _moves(updates, settings) + _own_moves(positions, party, members, settings)
    disputes = _disputes(live, party, moves, settings)
    independent = len({party[_source_key(m)] for m in members if m.claim_id not in copies})
    in_conflict = bool(disputes)
    severity = _severity(live, disputes, independent, settings) if in_conflict else 0.0
    return ClusterAnalysis(
        positions=positions,
        in_conflict=in_conflict,
        severity=severity,
        summary=_summary(live, disputes, settings),
        copies=copies,
        updates=updates,
        independent_sources=independent,
    )


def _severity(
    live: Sequence[Position],
    disputes: Sequence[tuple[Position, Position]],
    independent: int,
    settings: ConflictSettings,
) -> float:
    """How much an editor should care, 0..1: the strongest dispute, weighed by who holds it,
    plus a little for the number of independent named sources."""
    strongest = max(_dispute_strength(a, b, settings) for a, b in disputes) if disputes else 0.0
    named = len({p.source_canonical for p in live if _source_weight(p, settings) == 1.0})
    saturation = max(2, settings.sources_saturation)
    sources = min(1.0, max(0, min(named, independent) - 1) / (saturation - 1))
    return round(
        settings.severity_spread_weight * strongest + settings.severity_sources_weight * sources,
        4,
    )


def _dispute_strength(a: Position, b: Position, settings: ConflictSettings) -> float:
    """One dispute, 0..1: figures apart (a clear base, more as the gap widens) or a fixed
    affirm-vs-deny strength, scaled down by the weaker holder and by hedging.

    Approximation needs no discount: approximate figures are already widened before two
    figures count as disputing."""
    strength = settings.polarity_spread
    pa, pb = _point(a), _point(b)
    if a.stance == b.stance and pa is not None and pb is not None and max(pa, pb) > 0:
        spread = abs(pa - pb) / max(pa, pb)
        full = max(settings.figure_spread_full, 1e-9)
        base = settings.figure_dispute_base
        strength = base + (1.0 - base) * min(1.0, spread / full)
    strength *= min(_source_weight(a, settings), _source_weight(b, settings))
    if a.hedged or b.hedged:
        strength *= settings.hedged_factor
    return min(1.0, strength)


def _source_weight(position: Position, settings: ConflictSettings) -> float:
    """1 for a named source; less for a vague description, least for anonymous people.

    Canonical entities are proper names; a source left as a lower-case description
    ("deux pays", "independent reports") was never resolved to anyone."""
    if position.anonymous:
        return settings.anonymous_source_factor
    name = position.source_canonical.strip()
    if not name or not name[0].isupper():
        return settings.vague_source_factor
    return 1.0


def _names(sources: Sequence[str], most: int) -> str:
    """The first `most` sources by name, the rest counted."""
    shown = ", ".join(sources[:most])
    more = len(sources) - most
    return f"{shown}, +{more} more" if more > 0 else shown


def _summary(
    live: Sequence[Position],
    disputes: Sequence[tuple[Position, Position]],
    settings: ConflictSettings,
) -> str:
    """One line: what is disputed and by whom."""
    involved = {id(p) for pair in disputes for p in pair} if disputes else {id(p) for p in live}
    shown = [p for p in live if id(p) in involved]
    unit = next((p.unit for p in shown if p.unit), None)
    # One part per position held, with everyone who holds it: "affirm (A, B) vs deny (C)".
    holders: dict[str, list[str]] = {}
    for position in sorted(shown, key=lambda p: (p.stance != "affirm", _point(p) or 0.0)):
        sources = holders.setdefault(position.label(), [])
        if position.source_canonical not in sources:
            sources.append(position.source_canonical)
    parts = [
        f"{label} ({_names(sources, settings.summary_names)})" for label, sources in holders.items()
    ]
    body = " vs ".join(parts) if disputes else ", ".join(parts)
    prefix = f"{unit}: " if unit else ""
    return prefix + body if body else prefix.rstrip(": ")
