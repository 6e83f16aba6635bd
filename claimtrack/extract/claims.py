"""Build `Claim` records from the cues and figures of each sentence."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from claimtrack.extract.attribution import Cue, find_cues
from claimtrack.extract.figures import find_figures
from claimtrack.lexicon import Lexicon, lexicon
from claimtrack.model import Attribution, Claim, Figure, Kind, Polarity, Sentence
from claimtrack.normalise import SourceResolver
from claimtrack.segment import segment

# How many words may separate a figure from the parenthetical source that follows it
# ("1,3 million de personnes (selon la police)").
PAREN_REACH_WORDS = 4


@dataclass
class _Context:
    """Per-article state: the language tables, the resolver and the last named speaker."""

    lex: Lexicon
    lang: str
    resolver: SourceResolver
    last_speaker: list[Attribution] = field(default_factory=list)


def extract_claims(text: str, lang: str, resolver: SourceResolver | None = None) -> list[Claim]:
    """All attributed claims of an article body, in text order; spans index `text`."""
    ctx = _Context(lexicon(lang), lang, resolver or SourceResolver.default())
    claims: list[Claim] = []
    for sentence in segment(text, lang):
        claims.extend(_sentence_claims(sentence, ctx))
    return _link_denials(claims, ctx.lex)


def _sentence_claims(sentence: Sentence, ctx: _Context) -> list[Claim]:
    lex = ctx.lex
    text = sentence.text
    cues = find_cues(text, lex, lambda words: ctx.resolver.knows(words, ctx.lang))
    if not cues:
        return []
    speakers = _resolve_speakers(cues, sentence, ctx)
    figures = find_figures(text, ctx.lang, offset=sentence.start)
    assigned: dict[int, list[Figure]] = {}
    extra: list[tuple[int, Figure]] = []
    paren_series: int | None = None
    for fig in figures:
        rel_start, rel_end = fig.start - sentence.start, fig.end - sentence.start
        index, paren_series = _governing_cue(text, rel_start, rel_end, cues, paren_series)
        if index is None or not speakers[index]:
            continue
        assigned.setdefault(index, []).append(fig)
        # "X a démenti un bilan de 11 300 morts que lui a attribué Y": Y asserted the figure.
        if cues[index].verb == "deny":
            nxt = _next_cue(rel_end, cues, index)
            if nxt is not None and speakers[nxt] and cues[nxt].verb == "report":
                extra.append((nxt, fig))
    out: list[Claim] = []
    for index, cue in enumerate(cues):
        for attribution in speakers[index]:
            scope = _scope(text, cues, index)
            figs = assigned.get(index, [])
            for fig in figs:
                polarity: Polarity = "deny" if cue.verb == "deny" else "affirm"
                span = (
                    min(cue.start, fig.start - sentence.start),
                    max(cue.end, fig.end - sentence.start),
                )
                out.append(
                    _claim(
                        sentence,
                        "figure",
                        polarity,
                        _hedged(text[span[0] : span[1]], lex),
                        attribution,
                        fig,
                    )
                )
            if cue.form == "paren":
                continue
            kind, polarity = _kind(cue, scope, lex)
            if figs and kind in ("statement",):
                continue
            if figs and cue.verb == "deny" and kind == "denial":
                continue
            if not figs and cue.form == "prep" and _relays(cues, index):
                continue
            out.append(_claim(sentence, kind, polarity, _hedged(scope, lex), attribution, None))
    for index, fig in extra:
        for attribution in speakers[index]:
            out.append(_claim(sentence, "figure", "affirm", False, attribution, fig))
    out = _dedupe(out)
    if out:
        ctx.last_speaker = [out[-1].attribution]
    return sorted(out, key=lambda c: (c.figure.start if c.figure else c.start, c.kind))


def _claim(
    sentence: Sentence,
    kind: Kind,
    polarity: Polarity,
    hedged: bool,
    attribution: Attribution,
    figure: Figure | None,
) -> Claim:
    return Claim(
        sentence=sentence.text,
        start=sentence.start,
        end=sentence.end,
        kind=kind,
        polarity=polarity,
        hedged=hedged,
        attribution=attribution,
        figure=figure,
    )


def _resolve_speakers(
    cues: list[Cue], sentence: Sentence, ctx: _Context
) -> list[list[Attribution]]:
    """The attributions of each cue: participles reuse the previous cue's speaker, pronouns the
    last named speaker of the article, and "X et Y" becomes two sources when both are known."""
    speakers: list[list[Attribution]] = []
    previous: list[Attribution] = []
    for cue in cues:
        if cue.form == "participle":
            current = previous
        elif cue.pronoun:
            current = previous or ctx.last_speaker
        else:
            current = _attributions(cue, sentence, ctx)
        speakers.append(current)
        if current and cue.form != "paren":
            previous = current
    return speakers


def _attributions(cue: Cue, sentence: Sentence, ctx: _Context) -> list[Attribution]:
    start = sentence.start + cue.source_start
    parts = _conjuncts(cue.source, ctx)
    out = []
    for offset, words in parts:
        canonical, anonymous = ctx.resolver.canonical(words, ctx.lang)
        out.append(
            Attribution(
                source=words,
                canonical=canonical,
                anonymous=anonymous,
                start=start + offset,
                end=start + offset + len(words),
            )
        )
    return out


def _conjuncts(source: str, ctx: _Context) -> list[tuple[int, str]]:
    """Split "les États-Unis et la Corée du Sud" into its sources when each part is known;
    otherwise the whole mention is one source ("des organisations et des responsables")."""
    pieces = []
    pos = 0
    for match in re.finditer(r"\s*,\s*|\s+(?:" + ctx.lex.coordinator.pattern + r")\s+", source):
        pieces.append((pos, source[pos : match.start()]))
        pos = match.end()
    pieces.append((pos, source[pos:]))
    if len(pieces) > 1 and all(ctx.resolver.knows(words, ctx.lang) for _, words in pieces):
        canonicals = {ctx.resolver.canonical(words, ctx.lang)[0] for _, words in pieces}
        # "Le président ukrainien, Volodymyr Zelensky" is one speaker named twice.
        if len(canonicals) == len(pieces):
            return pieces
    return [(0, source)]


def _governing_cue(
    text: str, start: int, end: int, cues: list[Cue], paren_series: int | None
) -> tuple[int | None, int | None]:
    """Index of the cue that attributes the figure at text[start:end], and the cue that a
    following bare parenthetical figure should inherit ("(40.000 selon la CGT), … (15.000)")."""
    paren = _enclosing_paren(text, start)
    if paren is not None:
        for i, cue in enumerate(cues):
            if cue.form == "paren" and paren[0] <= cue.trigger_start < paren[1]:
                return i, i
        if paren_series is not None:
            return paren_series, paren_series
    for i, cue in enumerate(cues):
        if cue.form != "paren" or cue.trigger_start < end:
            continue
        gap = text[end : cue.trigger_start]
        if len(gap.split()) <= PAREN_REACH_WORDS and not any(ch.isdigit() for ch in gap):
            return i, paren_series
        break
    main = [i for i, c in enumerate(cues) if c.form != "paren"]
    before = [i for i in main if cues[i].end <= start]
    after = [i for i in main if cues[i].start >= end]
    prev = before[-1] if before else None
    if (
        prev is not None
        and cues[prev].form in ("subject", "passive")
        and cues[prev].trigger_end <= start
    ):
        return prev, paren_series
    if after and cues[after[0]].form in ("prep", "inverted"):
        return after[0], paren_series
    if prev is not None and cues[prev].form != "participle":
        return prev, paren_series
    if prev is not None:
        return prev, paren_series
    return None, paren_series


def _enclosing_paren(text: str, pos: int) -> tuple[int, int] | None:
    for match in re.finditer(r"\([^()]*\)", text):
        if match.start() < pos < match.end():
            return match.start(), match.end()
    return None


def _next_cue(pos: int, cues: list[Cue], current: int) -> int | None:
    for i, cue in enumerate(cues):
        if i != current and cue.start >= pos and cue.form in ("prep", "inverted"):
            return i
    return None


def _scope(text: str, cues: list[Cue], index: int) -> str:
    """The words a cue attributes: from its start to the next main cue (an inverted cue also
    owns the quote before it)."""
    cue = cues[index]
    following = [
        c.start for c in cues[index + 1 :] if c.form not in ("paren",) and c.start > cue.end
    ]
    end = following[0] if following else len(text)
    start = cue.start
    if cue.form == "inverted":
        earlier = [c.end for c in cues[:index] if c.form not in ("paren",)]
        start = earlier[-1] if earlier else 0
    return text[start:end]


def _kind(cue: Cue, scope: str, lex: Lexicon) -> tuple[Kind, Polarity]:
    if cue.verb == "deny":
        return "denial", "deny"
    if cue.verb == "accuse":
        return "accusation", "affirm"
    if lex.denial_terms.search(scope):
        return "denial", "deny"
    if lex.accusation_terms.search(scope):
        return "accusation", "affirm"
    return "statement", "affirm"


def _relays(cues: list[Cue], index: int) -> bool:
    """A trailing "according to X" after a speaker's verb names who relayed it, not a speaker."""
    return any(c.form in ("subject", "inverted") for c in cues[:index])


def _hedged(span: str, lex: Lexicon) -> bool:
    for match in lex.hedge.finditer(span):
        if match.group().lower() not in lex.hedge_exceptions:
            return True
    return False


def _dedupe(claims: list[Claim]) -> list[Claim]:
    seen: set[tuple[object, ...]] = set()
    out = []
    for claim in claims:
        fig = claim.figure
        key = (
            claim.kind,
            claim.polarity,
            claim.attribution.canonical,
            (fig.start, fig.end) if fig else None,
        )
        if key in seen:
            continue
        seen.add(key)
        out.append(claim)
    return out


def _link_denials(claims: list[Claim], lex: Lexicon) -> list[Claim]:
    """Point each denial at the claim it answers: an earlier accusation for "nie ces
    accusations", the same figure asserted by someone else for a denied figure."""
    out = list(claims)
    for i, claim in enumerate(out):
        if claim.polarity != "deny":
            continue
        target: int | None = None
        if claim.figure is not None and claim.figure.value is not None:
            target = _nearest(
                out,
                i,
                lambda c: (
                    c.figure is not None
                    and c.polarity == "affirm"
                    and c.figure.value == claim.figure.value
                    and c.attribution.canonical != claim.attribution.canonical
                ),
            )
        elif lex.anaphora_accusation.search(claim.sentence) or claim.kind == "denial":
            target = _nearest(
                out,
                i,
                lambda c: (
                    c.kind == "accusation"
                    and c.attribution.canonical != claim.attribution.canonical
                ),
                backwards_only=True,
            )
        if target is not None:
            out[i] = replace(claim, denies=target)
    return out


def _nearest(
    claims: list[Claim], i: int, pred: Callable[[Claim], bool], backwards_only: bool = False
) -> int | None:
    for j in range(i - 1, -1, -1):
        if pred(claims[j]):
            return j
    if backwards_only:
        return None
    for j in range(i + 1, len(claims)):
        if pred(claims[j]):
            return j
    return None
