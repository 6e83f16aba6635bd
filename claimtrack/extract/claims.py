"""Build `Claim` records from the cues and figures of each sentence."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache

from claimtrack.extract.accused import accused_phrase
from claimtrack.extract.attribution import (
    QUOTE_CHARS,
    Cue,
    agent_noun,
    counted_speakers,
    find_cues,
    main_subject,
    quote_spans,
    role_noun,
    speech_act_noun,
)
from claimtrack.extract.figures import dated, find_figures, list_connector
from claimtrack.extract.speakers import (
    ACRONYM_WORD,
    OrganisationMention,
    acronym_for,
    acronym_in,
    acronym_mentions,
    article_acronyms,
    former_official,
    headed_name_mentions,
    initials_start,
    kinds_of,
    organisation_mentions,
    organisation_of,
    person_affiliation,
)
from claimtrack.lexicon import WHOLE_WORDS, Lexicon, alternation, lexicon, listed_pattern
from claimtrack.model import Attribution, Claim, Figure, Kind, Polarity, Sentence
from claimtrack.normalise import SourceResolver, fold
from claimtrack.resources import load_data
from claimtrack.segment import segment

# A person's name: two or three capitalised words ("Nathalie Orsini", "Anne-Sophie Verlinden").
PERSON_NAME = re.compile(r"(?<![\w'’-])(?:[A-ZÀ-Ý][\w'’-]+\s+){1,2}[A-ZÀ-Ý][\w'’-]+")
# Cue forms that only ever attribute figures next to them ("(police)", "the government's
# 3.2% target"): no statement of their own, no clause of their own.
FIGURE_ONLY = ("paren", "owned")
_CAPITALISED_RUN = re.compile(r"(?<![\w'’-])(?:[A-ZÀ-Ý][\w’'-]+\s+)+[A-ZÀ-Ý][\w’'-]+")


@dataclass(frozen=True)
class Tuning:
    """How far extraction looks, in words, sentences or characters (data/extraction.yaml
    `claims`, where each is explained)."""

    paren_reach_words: int
    generic_words: int
    acronym_name_reach: int
    recent_speakers: int
    pronoun_reach: int
    findings_reach: int
    quote_frame_words: int
    description_reach: int
    max_subject_words: int
    non_finite_reach: int
    own_clause_words: int
    closing_source_gap_words: int
    charge_source_words: int
    non_finite_min_letters: int
    own_point_words: int
    coordinated_part_words: int
    blanket_compliance_answers: int
    revised_value_gap_words: int
    compliant_state_answers: int
    inaction_through_negation: int
    condition_bulletins_affirm: int


@cache
def tuning() -> Tuning:
    """The extraction settings of data/extraction.yaml (read once)."""
    return Tuning(**{k: int(v) for k, v in load_data("extraction.yaml")["claims"].items()})


@dataclass
class _Context:
    """Per-article state: the language tables, the resolver and the recent speakers."""

    lex: Lexicon
    lang: str
    resolver: SourceResolver
    # The last speaker or subject mentioned, and how many sentences ago: a pronoun
    # ("il affirme", "a-t-elle ajouté", "selon elle") or a possessive ("sa porte-parole")
    # points back to it.
    referent: Attribution | None = None
    referent_age: int = 0
    recent: list[Attribution] = field(default_factory=list)
    # Index of the current sentence, and the accusations made so far with their sentence's
    # index: a statement by their target shortly after answers them.
    sentence_index: int = 0
    accusations: list[tuple[int, Claim]] = field(default_factory=list)
    # The article's "Name (ACR)" definitions, and the organisation each person named with a
    # role speaks for (by folded surname): "Brunel said" after "Olivier Brunel, who heads
    # the union".
    acronyms: dict[str, str] = field(default_factory=dict)
    people: dict[str, str] = field(default_factory=dict)
    # The speakers of the current sentence's earlier cues.
    in_sentence: list[Attribution] = field(default_factory=list)
    # The last text `find_cues` read and its cues: a sentence without claims is read again
    # by the fallbacks after `_sentence_claims` (see `_cues`).
    last_cues: tuple[str, list[Cue]] | None = None
    # The article text and where the current sentence starts (names given earlier).
    text: str = ""
    position: int = 0
    sentence_end: int = 0
    previous_start: int = 0
    # The speaker of the last figures and the index of their sentence: "Résultat : …" goes on.
    last_figure: tuple[int, Attribution] | None = None
    # The figures the previous sentence attributed: "Un chiffre que conteste X" denies one.
    previous_figures: list[Claim] = field(default_factory=list)
    # Stances (denial, accusation) taken in the previous sentence, by canonical speaker: the
    # speaker's next statement usually continues them ("X rejected the allegations. « … »,
    # a-t-il déclaré").
    stances: dict[str, tuple[Kind, Polarity]] = field(default_factory=dict)
    previous_stances: dict[str, tuple[Kind, Polarity]] = field(default_factory=dict)
    # Every stance taken so far: (sentence index, canonical speaker, stance). A body's denial
    # reaches its next negations a few sentences on ("The agency rejected the claims. […] The
    # agency said no one would be laid off").
    stance_history: list[tuple[int, str, tuple[Kind, Polarity]]] = field(default_factory=list)
    # Every figure of the current sentence (`_sentence_claims`): a hedge after a figure is
    # that figure's, not an earlier one's.
    sentence_figures: list[Figure] = field(default_factory=list)

    # The canonical sources of the article so far: a generic body ("le parquet") stands for
    # the one specific body of its kind named before ("le parquet financier").
    bodies: list[str] = field(default_factory=list)
    # The kinds of organisation (company, union, agency…) each body was named as so far,
    # by canonical name in order of first mention: "l'entreprise" stands for the one company.
    body_kinds: dict[str, set[str]] = field(default_factory=dict)
    # (offset, body, noun) of the article's "l'exploitant, Mines Boréal-Nord"-like mentions.
    named_kinds: list[OrganisationMention] = field(default_factory=list)

    def antecedent(self, max_age: int) -> list[Attribution]:
        if self.referent is None or self.referent_age > max_age:
            return []
        return [self.referent]


def extract_claims(text: str, lang: str, resolver: SourceResolver | None = None) -> list[Claim]:
    """All attributed claims of an article body, in text order; spans index `text`."""
    ctx = _Context(lexicon(lang), lang, resolver or SourceResolver.default())
    # Bodies named through the resolver extraction was given (user alias files included).
    named = organisation_mentions(text, ctx.lex, ctx.resolver)
    acronymed = acronym_mentions(text, ctx.lex, ctx.resolver)
    headed = headed_name_mentions(text, ctx.lex, ctx.resolver)
    # "la Banque Ardennaise": the whole name, not the name after the noun ("Ardennaise").
    named = [m for m in named if m[0] not in {offset for offset, _, _ in headed}]
    ctx.acronyms = article_acronyms(text, ctx.lex, sorted(named + acronymed + headed))
    ctx.named_kinds = sorted(_without_acronymed(named, acronymed, text) + acronymed + headed)
    ctx.text = text
    accusation = listed_pattern(lang, "headline_accusation")  # "accusé de", "accused of"
    claims: list[Claim] = []
    bare_headings: list[Sentence] = []
    accusing_headings: list[Sentence] = []
    for sentence in segment(text, lang):
        ctx.referent_age += 1
        ctx.sentence_index += 1
        ctx.previous_start, ctx.position = ctx.position, sentence.start
        ctx.sentence_end = sentence.end
        ctx.previous_stances = ctx.stances
        found = (
            _sentence_claims(sentence, ctx)
            or _quote_continued(sentence, ctx)
            or _continued_findings(sentence, ctx)
            or _parallel_figures(sentence, ctx)
        )
        # An agentless suspicion is the investigators' inferred stance, not their speech: their
        # next sentence does not carry it on.
        inferred = not found
        found = found or _agentless_suspicion(sentence, ctx)
        found = [_with_accused(_specific_body(c, ctx), ctx) for c in found]
        ctx.bodies.extend(c.attribution.canonical for c in found)
        for claim in found:
            _remember_kinds(claim.attribution, ctx)
        if any(c.figure is not None and c.polarity == "affirm" for c in found):
            ctx.last_figure = (ctx.sentence_index, found[0].attribution)
        if sentence.heading and _accused_in_headline(sentence, found, lang):
            found = []  # "Microplastics study accused of conflict of interest": it is accused
        if not sentence.heading:  # a subheading does not come between a figure and its denial
            ctx.previous_figures = [
                c for c in found if c.figure is not None and c.polarity == "affirm"
            ]
        ctx.accusations.extend((ctx.sentence_index, c) for c in found if c.kind == "accusation")
        # A stance the journalist reports in passing ("…, a charge Aldany rejected") is no
        # speech that the speaker's next sentence carries on.
        # A denial made with figures ("said it received only €1.9mn and met every
        # commitment") is an argument the speaker's next figures do not carry on.
        with_figures = {c.attribution.canonical for c in found if c.figure is not None}
        ctx.stances = {
            c.attribution.canonical: (c.kind, c.polarity)
            for c in found
            if c.kind in ("denial", "accusation")
            and c.figure is None
            and not (c.kind == "denial" and c.attribution.canonical in with_figures)
            and not _answered_noun(c, ctx)
            and not inferred
        }
        ctx.stance_history.extend((ctx.sentence_index, *taken) for taken in ctx.stances.items())
        if found:
            ctx.referent, ctx.referent_age = found[-1].attribution, 0
            if _accused_by_agent(sentence, found, ctx):
                # "X a été accusé par l'association de… IL rejette ces accusations": the
                # pronoun that follows is the accused subject's, not the accuser's.
                _remember_subject(sentence, ctx)
        elif ctx.referent_age:
            _remember_subject(sentence, ctx)
            if sentence.heading and ctx.lex.headline_attribution.search(sentence.text):
                bare_headings.append(sentence)
            elif sentence.heading and accusation.search(sentence.text):
                accusing_headings.append(sentence)
        claims.extend(found)
    claims = (
        _heading_claims(bare_headings, claims, lang)
        + _heading_accusations(accusing_headings, claims, lang)
        + claims
    )
    claims.sort(key=lambda c: (c.start, c.figure.start if c.figure else c.start))
    return _link_denials(claims, ctx)


def _heading_claims(headings: list[Sentence], claims: list[Claim], lang: str) -> list[Claim]:
    """A headline figure marked as someone's ("3.252 morts officiellement") but naming no
    source is the claim the body attributes to someone with the same value."""
    out = []
    for heading in headings:
        for fig in find_figures(heading.text, lang, offset=heading.start):
            value = fig.value if fig.value is not None else fig.low
            source = next(
                (
                    c
                    for c in claims
                    if c.start > heading.start
                    and c.figure is not None
                    and c.polarity == "affirm"
                    and value is not None
                    and value in (c.figure.value, c.figure.low)
                ),
                None,
            )
            if source is not None:
                out.append(_claim(heading, "figure", "affirm", False, source.attribution, fig))
    return out


def _describes(text: str, report: str, lang: str) -> bool:
    """Whether `text`, a sentence after `report`, describes (a place, a body: "L'usine emploie
    1 200 salariés", "The town has 40,000 inhabitants") rather than carrying the report on:
    its verb is descriptive (lexicon.yaml `descriptive_verbs`), or it is in the present while
    the report was narrated in the past, future or conditional (`narrated_tense`)."""
    if listed_pattern(lang, "descriptive_verbs", WHOLE_WORDS).search(text):
        return True
    narrated = listed_pattern(lang, "narrated_tense", WHOLE_WORDS)
    return narrated.search(report) is not None and narrated.search(text) is None


def _without_acronymed(
    named: list[OrganisationMention], acronymed: list[OrganisationMention], text: str
) -> list[OrganisationMention]:
    """The "Name noun" mentions but those whose noun a "(ACR)" follows: "the Engineering
    Research Council (NSERC)" is one body, the NSERC, not two of the kind "council"."""
    kept = []
    for offset, body, noun in named:
        closing = re.compile(rf"{re.escape(noun)}\s*$", re.IGNORECASE)
        if not any(
            offset < start <= offset + tuning().acronym_name_reach
            and kind == noun
            and "\n" not in text[offset:start]
            and closing.search(text[offset:start])
            for start, _, kind in acronymed
        ):
            kept.append((offset, body, noun))
    return kept


@cache
def _generic_bodies() -> dict[str, tuple[str, ...]]:
    """Generic canonical body -> words of the specific bodies it may stand for
    (aliases/generic.yaml)."""
    table = load_data("aliases", "generic.yaml") or {}
    return {name: tuple(w.casefold() for w in words) for name, words in table.items()}


def _specific_body(claim: Claim, ctx: _Context) -> Claim:
    """A claim by a generic body ("le parquet", "the army") is by the one specific body of
    that kind the article named before ("le parquet financier", "India's army"), if only one."""
    specific = _specific_canonical(claim.attribution.canonical, ctx)
    if specific == claim.attribution.canonical:
        return claim
    return replace(claim, attribution=replace(claim.attribution, canonical=specific))


def _with_accused(claim: Claim, ctx: _Context) -> Claim:
    """An accusation with the party it accuses (`extras["accused"]`, canonical as a source
    is: "the company" is the one company the article named before, an alias the entity it
    stands for; `extras["accused_text"]`, the words of the sentence), when its sentence
    names it as the object of an accusing verb after the source (see `accused_phrase`).
    The accuser's own name and pronouns are no party."""
    if claim.kind != "accusation" or "accused" in claim.extras:
        return claim
    after = claim.attribution.end - claim.start if claim.attribution.end is not None else 0
    found = accused_phrase(claim.sentence, ctx.lang, max(0, after))
    if found is None:
        return _accused_carried_on(claim, ctx)
    words = _known_extension(claim.sentence, *found, ctx)
    canonical = _body_of_kind(words, "", ctx, bare=True)
    if canonical is None:
        canonical, anonymous = ctx.resolver.canonical(words, ctx.lang)
        if anonymous or not canonical:
            return claim
        canonical = _specific_canonical(canonical, ctx)
    if fold(canonical) == fold(claim.attribution.canonical):
        return claim
    return replace(claim, extras={**claim.extras, "accused": canonical, "accused_text": words})


def _accused_carried_on(claim: Claim, ctx: _Context) -> Claim:
    """An accusation that names nobody ("« Elle savait et n'a rien fait », martèle son
    secrétaire général") carries on the charge its speaker made in the sentence before: the
    words naming the party accused there go in `extras["accused_carried"]`, which tells the
    clusterer whom a later denial by another party does not answer. They stay out of
    `extras["accused"]`, which the claim's profile is built from: the profile keeps its own
    words."""
    for index, earlier in reversed(ctx.accusations):
        if index < ctx.sentence_index - 1:
            break
        same_speaker = earlier.attribution.canonical == claim.attribution.canonical
        named = earlier.extras.get("accused_text") or earlier.extras.get("accused_carried")
        if same_speaker and named:
            return replace(claim, extras={**claim.extras, "accused_carried": named})
    return claim


def _known_extension(sentence: str, words: str, offset: int, ctx: _Context) -> str:
    """`words` carried on over the next one to three words when the longer phrase is a
    name the alias tables know: the object of "accusé les forces de l'ordre d'avoir…" ends
    at the first "de" that may open the act ("les forces") but names "les forces de
    l'ordre"."""
    following = sentence[offset + len(words) :].split()
    for extra in range(min(3, len(following)), 0, -1):
        longer = " ".join([words, *following[:extra]]).strip('.,;:»”"')
        if ctx.resolver.lookup(longer, ctx.lang) is not None:
            return longer
    return words


def _specific_canonical(canonical: str, ctx: _Context) -> str:
    """The one specific body the article named before for a generic canonical body ("the
    army" -> "India's army"), else `canonical` (see `_specific_body`)."""
    words = _generic_bodies().get(canonical)
    if not words:
        return canonical
    specific = {
        name
        for name in ctx.bodies
        if name != canonical and any(w in name.casefold() for w in words)
    }
    return specific.pop() if len(specific) == 1 else canonical


def _remember_kinds(attribution: Attribution, ctx: _Context) -> None:
    """Note the kinds of organisation a source names its body as ("Le Syndicat des
    Métallos", "operator Mines Boréal-Nord Inc"); a person's role ("le président du
    syndicat, X") describes the body behind the role, which `_speaks_for` already chose."""
    kinds = ctx.body_kinds.setdefault(attribution.canonical, set())
    if attribution.anonymous:
        return
    if ctx.lex.speaker_role_link.search(attribution.source):
        # "avocate du collectif des familles de victimes": the body behind the role, when the
        # claim is that body's.
        organisation = organisation_of(attribution.source, ctx.lex)
        if organisation and fold(_strip_article(organisation, ctx.lex)) == fold(
            attribution.canonical
        ):
            kinds.update(_sure_kinds(_strip_article(organisation, ctx.lex).split()[:1], ctx.lex))
        return
    if ctx.lex.title_prefix.match(_strip_article(attribution.source, ctx.lex)):
        return
    if generic_kinds(attribution.source, ctx.lex):
        return  # "la compagnie" unresolved says nothing about a named body
    if kinds_of([attribution.canonical], ctx.lex):
        return  # "L'ONG" is the kind's own noun (an acronym), no body's name
    # Only the mention's own nouns, not a complement's ("officials AT THE COMPANY").
    for part in attribution.source.split(","):
        words = []
        for word in re.findall(r"[\w'’-]+", part):
            if word.casefold() in ctx.lex.role_links_words or ctx.lex.preposition.match(word):
                break
            words.append(re.sub(r"^[^\W\d_]['’](?=\w)", "", word))  # "L'entreprise"
        kinds.update(_sure_kinds(words, ctx.lex))


def _sure_kinds(words: list[str], lex: Lexicon) -> set[str]:
    """The kinds of the words' nouns that name one kind only: "the consumer GROUP FlyFair"
    may be a company or an association, and tells neither."""
    found: set[str] = set()
    for word in words:
        kinds = kinds_of([word], lex)
        if len(kinds) == 1:
            found |= kinds
    return found


def _strip_article(source: str, lex: Lexicon) -> str:
    det = lex.determiner_prefix.match(source)
    return source[det.end() :] if det else source


def generic_kinds(source: str, lex: Lexicon, bare: bool = False) -> frozenset[str]:
    """The kinds of a bare generic description of a body ("l'entreprise", "the union", "la
    compagnie minière"): an article, then lowercase words one of which is a noun of
    `organisation_classes`; empty for anything naming or describing more ("the French
    public health agency", "le syndicat des enseignants"); `bare` when the article is fused
    in a link before it ("le PDG DU groupe")."""
    det = lex.determiner_prefix.match(source.strip())
    if det is None and not bare:
        return frozenset()
    words = source.strip()[det.end() if det else 0 :].split()
    if not 1 <= len(words) <= tuning().generic_words or not all(w.islower() for w in words):
        return frozenset()
    if any(w in lex.role_links_words for w in words):
        return frozenset()
    return kinds_of(words, lex)


def _body_of_kind(
    source: str, canonical: str, ctx: _Context, bare: bool = False, until: int | None = None
) -> str | None:
    """The one body of the generic source's kind the article named (see `_bodies_of_kind`);
    None with none or two of that kind."""
    found = _bodies_of_kind(source, canonical, ctx, bare, until)
    return next(iter(found)) if len(found) == 1 else None


def _bodies_of_kind(
    source: str, canonical: str, ctx: _Context, bare: bool = False, until: int | None = None
) -> set[str]:
    """The bodies of the generic source's kind the article named before this sentence (a
    claim's source) or before `until`, the mention's own offset, when given (a "noun, Name",
    "Name (ACR)" or "Crédit Ligérien"-like mention: "…Research Council (NSERC), the council
    said")."""
    kinds = generic_kinds(source, ctx.lex, bare)
    if not kinds:
        return set()
    generic = set(_generic_bodies()) | {canonical}
    reach = ctx.position if until is None else max(ctx.position, until)
    # A body's name, not a stray phrase read as a source ("almost eight times the figure").
    candidates = {
        b
        for b, k in ctx.body_kinds.items()
        if k & kinds and b not in generic and (b[:1].isupper() or _described_kind(b, ctx.lex))
    }
    for offset, body, noun in ctx.named_kinds:
        if offset < reach and _sure_kinds([noun], ctx.lex) & kinds and body not in generic:
            candidates.add(body)
    return candidates


def _continued_findings(sentence: Sentence, ctx: _Context) -> list[Claim]:
    """The figures of a sentence opening on "Résultat :", "The upshot:", "Au total," are
    those of the subject or speaker of the sentence before ("l'équipe de la professeure
    Roudier a installé 36 capteurs. Résultat : en moyenne 240…"), else of the last speaker
    who gave figures, one or two sentences before."""
    openings = listed_pattern(ctx.lang, "figure_continuations", r"^\W*{}")
    if sentence.heading or not openings.match(sentence.text):
        return []
    if ctx.referent is not None and ctx.referent_age <= 1:
        speaker = ctx.referent
    elif ctx.last_figure and ctx.sentence_index - ctx.last_figure[0] <= tuning().findings_reach:
        speaker = ctx.last_figure[1]
    else:
        return []
    hedged = bool(ctx.lex.hedge.search(sentence.text))
    return [
        _claim(sentence, "figure", "affirm", hedged, speaker, f)
        for f in find_figures(sentence.text, ctx.lang, offset=sentence.start)
    ]


def _agentless_suspicion(sentence: Sentence, ctx: _Context) -> list[Claim]:
    """A suspicion with no agent and no speaker in its sentence ("Le principal suspect est
    soupçonné d'avoir organisé la filière", "The driver is suspected of…") is held by the
    investigators who spoke in the sentence before ("D'après les enquêteurs, …"): their
    accusation. Anyone else before (a lawyer, a witness) does not hold it: no claim."""
    if sentence.heading or ctx.referent is None or ctx.referent_age > 1:
        return []
    suspicion = listed_pattern(ctx.lang, "agentless_suspicion", r"(?<![\w'’-]){}")
    if not suspicion.search(sentence.text) or ctx.lex.proposition_negation.search(sentence.text):
        return []  # "Nobody was suspected of…", « Il n'est pas soupçonné de… » blame no one
    investigating = listed_pattern(ctx.lang, "investigating_sources", WHOLE_WORDS)
    if not investigating.search(ctx.referent.source):
        return []
    return [_claim(sentence, "accusation", "affirm", False, ctx.referent, None)]


def _cues(text: str, ctx: _Context) -> list[Cue]:
    """`find_cues` of `text` with the article's resolver, read once per text: the fallbacks
    that try a sentence after `_sentence_claims` ask for the same cues again. The list is
    shared: callers must not change it."""
    if ctx.last_cues is None or ctx.last_cues[0] != text:
        cues = find_cues(text, ctx.lex, lambda words: ctx.resolver.knows(words, ctx.lang))
        ctx.last_cues = (text, cues)
    return ctx.last_cues[1]


def _parallel_figures(sentence: Sentence, ctx: _Context) -> list[Claim]:
    """A sentence with no attribution of its own whose figures share a unit with those one
    source gave in the sentence just before goes on with that report: "Castagnet took 50.6%
    of the vote, the prefecture said. Her rival finished with 49.4%, a gap of 412 ballots"."""
    previous = ctx.previous_figures
    if sentence.heading or not previous or ctx.referent_age != 1:
        return []
    if len({c.attribution.canonical for c in previous}) != 1:
        return []
    if dated(sentence.text, ctx.lang) or _cues(sentence.text, ctx):
        return []  # "…, in 2009" tells background; its own cue decided
    units = {c.figure.unit_canonical for c in previous if c.figure and c.figure.unit_canonical}
    figures = find_figures(sentence.text, ctx.lang, offset=sentence.start)
    same_unit = any(
        f.unit_canonical in units and f.value is not None and not f.approx for f in figures
    )
    if not (
        same_unit
        or _takes_up_count(sentence, figures, ctx.lex)
        or _reported_mood(sentence.text, figures, ctx.lex)
    ):
        return []  # "des dizaines de corps", "a nation of about 310,000 people": description
    if _describes(sentence.text, previous[-1].sentence, ctx.lang):
        return []  # "La commune compte 40 000 habitants": background, not the report's
    if listed_pattern(ctx.lang, "own_reporting").search(sentence.text):
        return []  # "Selon nos informations, …": the outlet's own reporting
    speaker = previous[-1].attribution
    return [
        _claim(sentence, "figure", "affirm", _hedged_figure(sentence, f, figures, ctx), speaker, f)
        for f in figures
    ]


def _hedged_figure(sentence: Sentence, fig: Figure, figures: list[Figure], ctx: _Context) -> bool:
    """Whether a hedge or a conditional of a sentence without a cue of its own qualifies
    `fig` (`_figure_hedge_window`: "La filiale perdrait 520 emplois, au lieu des 410
    prévus" hedges the 520 only)."""
    text = sentence.text
    start, end = _figure_hedge_window(text, (0, len(text)), fig, figures, sentence.start, ctx.lang)
    return bool(ctx.lex.hedge.search(text[start:end])) or _reported_mood(
        text[start:end], figures, ctx.lex
    )


def _takes_up_count(sentence: Sentence, figures: list[Figure], lex: Lexicon) -> bool:
    """Whether a figure counts members of what the sentence before counted, its noun left
    out: it opens the sentence alone ("[238 enfants malades.] Dix-sept ont été
    hospitalisés", "Seventeen were taken to hospital") or takes a partitive ("Quarante et un
    D'ENTRE EUX", "41 OF THEM"; lexicon.yaml `partitive_anaphora`)."""
    partitive = listed_pattern(lex.lang, "partitive_anaphora", r"^\s*{}(?![\w'’-])")
    for figure in figures:
        if figure.unit is not None or figure.value is None:
            continue
        rel_start = figure.start - sentence.start
        rel_end = figure.end - sentence.start
        opening = not re.search(r"\w", sentence.text[:rel_start])
        if opening or partitive.match(sentence.text[rel_end:]):
            return True
    return False


def _reported_mood(text: str, figures: list[Figure], lex: Lexicon) -> bool:
    """Whether a sentence with a figure is put in the mood of reported speech (the French
    conditional: "[a estimé la Cour des comptes.] Le trou atteindrait 157 milliards"), which
    says its figures are someone's, the speaker of the sentence before."""
    if not any(f.value is not None for f in figures):
        return False
    return any(
        m.group().lower() not in lex.hedge_exceptions for m in lex.conditional.finditer(text)
    )


def _quote_continued(sentence: Sentence, ctx: _Context) -> list[Claim]:
    """The figures of a sentence that is only a quotation, right after a quoted speaker, are
    that speaker's: "« … », raconte-t-il. Puis, après un silence : « Moi, j'en ai compté au
    moins douze. »". Without a figure, only a stance is kept ("“…,” she said. “This
    referendum was bought.”"): a quoted remark alone is seldom a claim to track."""
    previous = ctx.referent
    if previous is None or ctx.referent_age != 1 or sentence.heading:
        return []
    if _cues(sentence.text, ctx):
        return []  # its own attributions decided (even when they gave nothing)
    said_before = ctx.text[max(0, ctx.previous_start) : sentence.start]
    if not quote_spans(said_before) and not any(q in said_before for q in '»”"'):
        return []
    text = sentence.text
    quotes = quote_spans(text)
    outside = text
    for a, b in reversed(quotes):
        outside = outside[:a] + outside[b:]
    if not quotes or len(re.findall(r"\w+", outside)) > tuning().quote_frame_words:
        return []
    figures = find_figures(text, ctx.lang, offset=sentence.start)
    hedged = bool(ctx.lex.hedge.search(text))
    if figures:
        return [_claim(sentence, "figure", "affirm", hedged, previous, f) for f in figures]
    cue = Cue("inverted", "report", previous.source, 0, 0, 0, 0, True, False, False)
    kind, polarity = _kind(cue, text, (0, len(text)), previous, ctx)
    if kind == "statement":
        return []
    return [_claim(sentence, kind, polarity, hedged, previous, None)]


def _accused_in_headline(heading: Sentence, found: list[Claim], lang: str) -> bool:
    """Whether a headline's only "speaker" is in fact the accused of an agentless passive
    ("Bréval study accused of conflict of interest")."""
    charge = listed_pattern(lang, "headline_accusation").search(heading.text)
    if charge is None or not found:
        return False
    return all(
        c.kind == "accusation"
        and c.attribution.end is not None
        and not heading.text[c.attribution.end - heading.start : charge.start()].strip()
        for c in found
    )


def _heading_accusations(headings: list[Sentence], claims: list[Claim], lang: str) -> list[Claim]:
    """A headline accusing without naming its author ("Microplastiques : l'étude de Bréval
    accusée de conflit d'intérêts") is the body's accusation of the same charge (one
    sharing a word of five letters or more with the headline's charge), by its source, with
    the figures of the charge."""
    out = []
    for heading in headings:
        charge = listed_pattern(lang, "headline_accusation").search(heading.text)
        assert charge is not None
        words = {w.casefold() for w in re.findall(r"\w{5,}", heading.text[charge.end() :])}
        source = next(
            (
                c
                for c in claims
                if c.start > heading.start
                and c.kind == "accusation"
                and words & {w.casefold() for w in re.findall(r"\w{5,}", c.sentence)}
            ),
            None,
        )
        if source is None:
            continue
        out.append(_claim(heading, "accusation", "affirm", False, source.attribution, None))
        # "Former president accused of €12m embezzlement": a figure in the charge is the
        # accuser's too.
        out.extend(
            _claim(heading, "figure", "affirm", False, source.attribution, fig)
            for fig in find_figures(heading.text, lang, offset=heading.start)
            if fig.start - heading.start >= charge.end()
        )
    return out


def _sentence_claims(sentence: Sentence, ctx: _Context) -> list[Claim]:
    lex = ctx.lex
    text = sentence.text
    dateline = lex.dateline.match(text)
    # The dateline's place is neither subject nor source: blank it, keeping offsets.
    cue_text = " " * dateline.end() + text[dateline.end() :] if dateline else text
    cues = _cues(cue_text, ctx)
    if not cues:
        return []
    speakers = _resolve_speakers(cues, sentence, ctx)
    # A span of time is the claim's figure only when the sentence gives no other number
    # ("the network had been under surveillance for eight months, sources said").
    figures = find_figures(text, ctx.lang, offset=sentence.start)
    # A span of time is not the point of a denial or an accusation: both claims are kept.
    spans_of_time = not figures
    if spans_of_time:
        figures = find_figures(text, ctx.lang, offset=sentence.start, durations=True)
    ctx.sentence_figures = figures
    assigned: dict[int, list[Figure]] = {}
    extra: list[tuple[int, Figure]] = []
    orphans: list[Figure] = []
    paren_series: int | None = None
    last_governed: tuple[int, Figure] | None = None
    for fig in figures:
        rel_start, rel_end = fig.start - sentence.start, fig.end - sentence.start
        index, paren_series = _governing_cue(text, rel_start, rel_end, cues, paren_series, lex)
        if index is None and last_governed is not None:
            index = _revised_value_cue(text, last_governed, fig, sentence.start, ctx.lang)
        if index is None or not speakers[index]:
            orphans.append(fig)
            continue
        assigned.setdefault(index, []).append(fig)
        last_governed = (index, fig)
        # "X a démenti un bilan de 11 300 morts que lui a attribué Y": Y asserted the figure.
        if cues[index].verb == "deny":
            nxt = _next_cue(rel_end, cues, index)
            if nxt is not None and speakers[nxt] and cues[nxt].verb == "report":
                extra.append((nxt, fig))
    out: list[Claim] = []
    # Statements whose own words say something besides a figure: kept beside the figures
    # their speaker gives ("Son avocate évoque une contamination alimentaire : le taux
    # serait « deux fois inférieur » au seuil, affirme-t-elle").
    own_point: set[int] = set()
    for index in range(len(cues)):
        for attribution in speakers[index]:
            figs = assigned.get(index, [])
            point = bool(figs) and _makes_own_point(text, cues[index], figs[0], sentence.start, lex)
            made = _cue_claims(
                sentence, cues, index, attribution, figs, ctx, spans_of_time, own_point=point
            )
            if point or (not figs and _own_clause(text, cues, index, ctx)):
                own_point.update(id(c) for c in made if c.kind == "statement")
            second = _second_clause_claim(sentence, cues, index, attribution, figs, made, ctx)
            if second is not None:
                own_point.add(id(second))
                made.append(second)
            out.extend(made)
    for index, fig in extra:
        for attribution in speakers[index]:
            out.append(_claim(sentence, "figure", "affirm", False, attribution, fig))
    out.extend(_contrast_claims(sentence, cues, orphans, ctx))
    out = _dedupe(out)
    out = [_refuted(sentence, c, ctx.lang) for c in out]
    # A statement by a source that also gives a figure here is that figure's reporting
    # clause ("X a revu son bilan, faisant état de 19 morts"): the figure is the claim.
    with_figures = {c.attribution.canonical for c in out if c.figure is not None}
    out = [
        c
        for c in out
        if c.kind != "statement"
        or c.attribution.canonical not in with_figures
        or id(c) in own_point
    ]
    out = [_contested(sentence, c, out, figures, ctx) for c in out]
    out = _answered_charges(out, ctx)
    out += _rejected_accusers(sentence, out, ctx)
    out = _reciprocal(sentence, out, ctx)
    ctx.recent.extend(c.attribution for c in out)
    del ctx.recent[: -tuning().recent_speakers]
    return sorted(out, key=lambda c: (c.figure.start if c.figure else c.start, c.kind))


def _reciprocal(sentence: Sentence, claims: list[Claim], ctx: _Context) -> list[Claim]:
    """Reciprocal blame ("l'Inde et le Pakistan s'accusent mutuellement", "each side insists
    the other fired first") is one accusation by each party against the other. The parties
    are the coordinated subject, or those a collective subject ("chaque camp", "both sides")
    stands for: the pair named shortly before ("les combats entre l'armée et les rebelles"),
    else the last two known entities named together ("India and Pakistan dispute toll"),
    else the article's first two speakers."""
    if not listed_pattern(ctx.lang, "reciprocal_markers", WHOLE_WORDS).search(sentence.text):
        return claims
    blames = [c for c in claims if c.kind == "accusation" and c.figure is None]
    if not blames:
        subject = _reciprocal_subject(ctx)
        blames = [c for c in claims if c.figure is None and subject.match(c.attribution.source)]
    if not blames:
        return claims
    parties = _reciprocal_parties(sentence, blames, ctx)
    if len(parties) != 2:
        return claims
    first = blames[0]
    out = [c for c in claims if c not in blames]
    for party, other in (parties, parties[::-1]):
        source = next((b.attribution for b in blames if b.attribution.canonical == party), None)
        attribution = source or replace(first.attribution, canonical=party)
        extras = {**first.extras, "reciprocal": "true", "accused": other}
        out.append(
            replace(
                first,
                kind="accusation",
                polarity="affirm",
                attribution=attribution,
                extras=extras,
            )
        )
    return out


def _reciprocal_subject(ctx: _Context) -> re.Pattern[str]:
    """A collective subject standing for both parties ("chaque camp", "each side")."""
    return listed_pattern(ctx.lang, "reciprocal_subjects", r"\W*" + WHOLE_WORDS)


def _reciprocal_parties(sentence: Sentence, blames: list[Claim], ctx: _Context) -> list[str]:
    """The two parties of a reciprocal accusation (canonical names), or fewer if unknown."""
    names = list(dict.fromkeys(b.attribution.canonical for b in blames))
    if len(names) == 2:
        return names  # "India and Pakistan blamed each other": split already
    source = blames[0].attribution.source
    if not _reciprocal_subject(ctx).match(source):
        pieces = re.split(r"\s*,\s*|\s+" + ctx.lex.coordinator.pattern + r"\s+", source)
        pieces = [p for p in pieces if p.strip()]
        if len(pieces) != 2:
            return []
        return list(dict.fromkeys(ctx.resolver.canonical(p, ctx.lang)[0] for p in pieces))
    before = ctx.text[max(0, sentence.start - tuning().description_reach) : sentence.start]
    pairs = list(listed_pattern(ctx.lang, "reciprocal_pairs", WHOLE_WORDS).finditer(before))
    if pairs:
        pair = pairs[-1]
        found = [ctx.resolver.canonical(pair.group(g), ctx.lang)[0] for g in ("a", "b")]
        return list(dict.fromkeys(found))
    named = listed_pattern(ctx.lang, "reciprocal_named_pairs", WHOLE_WORDS)
    for pair in reversed(list(named.finditer(ctx.text, 0, sentence.start))):
        sides = [pair.group(g) for g in ("a", "b")]
        if all(ctx.resolver.knows(side, ctx.lang) for side in sides):
            found = list(dict.fromkeys(ctx.resolver.canonical(x, ctx.lang)[0] for x in sides))
            if len(found) == 2:
                return found  # "India and Pakistan dispute toll", in the headline
    # Else the sides are the story's first two speakers, who usually open it.
    return list(dict.fromkeys(ctx.bodies))[:2]


@cache
def _refuting_before(lang: str) -> re.Pattern[str] | None:
    """What, right before a figure, rejects it (numbers.yaml `refuting_before`)."""
    patterns = load_data(lang, "numbers.yaml").get("refuting_before") or []
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE) if patterns else None


def _refuted(sentence: Sentence, claim: Claim, lang: str) -> Claim:
    """A figure the speaker rejects for another ("14 proxy votes, not 600", "112 kilos, et non
    85") is that figure denied."""
    pattern = _refuting_before(lang)
    if claim.figure is None or claim.polarity != "affirm" or pattern is None:
        return claim
    before = sentence.text[: claim.figure.start - sentence.start]
    return replace(claim, polarity="deny") if pattern.search(before) else claim


def _contested(
    sentence: Sentence, claim: Claim, claims: list[Claim], figures: list[Figure], ctx: _Context
) -> Claim:
    """A stance against a figure given earlier in the sentence (by someone else, or by a
    speaker left unresolved), with no number of its own, is that figure denied (annotation
    guidelines: kind figure, polarity deny, the contested value) when an anaphor names the
    figure: "…« well over half » of voters went to the polls, a claim the prefecture says is
    not borne out", "It also said … at least 11 Pakistani soldiers, a claim Pakistan's
    military dismissed", "…plus de quarante militaires, un chiffre que Sorvan conteste"."""
    if claim.figure is not None or claim.polarity != "deny" or claim.attribution.start is None:
        return claim
    denier = claim.attribution.canonical
    if ctx.lex.non_assertion.search(ctx.text[claim.attribution.start : sentence.end]):
        return claim  # "a figure officials said they could not yet confirm" rejects nothing
    own = {
        (c.figure.start, c.figure.end)
        for c in claims
        if c.figure is not None and (c.attribution.canonical == denier or c.polarity == "deny")
    }
    earlier = [
        f for f in figures if f.end <= claim.attribution.start and (f.start, f.end) not in own
    ]
    if earlier:
        between = ctx.text[earlier[-1].end : claim.attribution.end or claim.attribution.start]
        if not ctx.lex.anaphora_figure.search(between):
            return claim
        return replace(claim, kind="figure", figure=earlier[-1])
    # "[La participation s'établit à 47,3 %, d'après les services de l'État.] Un chiffre que
    # conteste l'équipe du challenger", "Le syndicat conteste ce bilan": the main figure the
    # sentence before gave someone else, named by an anaphor here.
    # a figure given with the denier's own name ("Selon un dernier bilan du ministre…, Othman
    # Abdeljalil, …") is the denier's, whatever name its source got
    names = set(re.findall(r"(?<![\w'’-])[A-ZÀ-Ý][\w'’-]{3,}", claim.attribution.source))
    previous = [
        c
        for c in ctx.previous_figures
        if c.attribution.canonical != denier and not any(n in c.sentence for n in names)
    ]
    if previous and ctx.lex.anaphora_figure.search(sentence.text):
        return replace(claim, kind="figure", figure=previous[0].figure)
    return claim


@cache
def _charge_noun(lang: str) -> re.Pattern[str]:
    """A noun naming a charge ("allegation", "accusation"): lexicon `nominal_cues.accuse`."""
    nouns = load_data(lang, "lexicon.yaml")["nominal_cues"]["accuse"]
    return re.compile(rf"\b{alternation(nouns, escape=False)}\b", re.IGNORECASE)


def _answered_noun(claim: Claim, ctx: _Context) -> str:
    """The answered noun that opens the phrase of a claim's source ("an allegation" in "…, an
    allegation the club rejected", "une accusation" in "…, une accusation que Lignéo
    rejette"), or ""."""
    start = claim.attribution.start
    if start is None:
        return ""
    head = ctx.text[claim.start : start]
    opening = max(head.rfind(","), head.rfind(";"), head.rfind(" - "), head.rfind(" – "))
    phrase = head[opening + 1 :].lstrip(" -–") + claim.attribution.source
    answered = ctx.lex.answered_noun_prefix.match(phrase)
    return answered.group() if answered else ""


def _answered_charges(claims: list[Claim], ctx: _Context) -> list[Claim]:
    """What the sentence then calls a charge that someone else rejects is an accusation:
    "Police sources said the club had sold far more tickets, an allegation the club
    rejected", "…, une accusation que la direction dément"."""
    charged = [
        c
        for c in claims
        if c.kind == "denial"
        and c.attribution.start is not None
        and _charge_noun(ctx.lang).search(_answered_noun(c, ctx))
    ]
    if not charged:
        return claims
    first = min(c.attribution.start or 0 for c in charged)
    deniers = {c.attribution.canonical for c in charged}
    return [
        replace(c, kind="accusation", polarity="affirm")
        if c.kind == "statement"
        and c.attribution.canonical not in deniers
        and (c.attribution.start is None or c.attribution.start < first)
        else c
        for c in claims
    ]


def _rejected_accusers(sentence: Sentence, claims: list[Claim], ctx: _Context) -> list[Claim]:
    """The accusation a denial names with its author is that author's claim too: "The
    University rejected accusations by a plastics industry group that…", "rejette les
    accusations de l'opposition selon lesquelles…" (one record per source)."""
    denials = [c for c in claims if c.kind == "denial" and c.attribution.end is not None]
    if not denials:
        return []
    lex = ctx.lex
    text = sentence.text
    out: list[Claim] = []
    for m in lex.nominal_accuse.finditer(text):
        denial = next(
            (c for c in denials if (c.attribution.end or 0) - sentence.start <= m.start()), None
        )
        words = re.match(r"[\w'’ -]+", text[m.end() :])
        if denial is None or words is None:
            continue
        kept: list[str] = []
        tokens = words.group().split()
        for i, word in enumerate(tokens):
            if kept and (lex.source_stop.match(word) or lex.clause_boundary.fullmatch(word)):
                break
            following = tokens[i + 1] if i + 1 < len(tokens) else ""
            if kept and word.lower() in lex.role_links_words and following.islower():
                break  # "allegations by Human Rights Watch OF abuses": the charge follows
            kept.append(word)
        phrase = " ".join(kept[: tuning().charge_source_words]).strip(" '’-")
        if not phrase or not _names_a_source(phrase, ctx):
            continue
        start = sentence.start + m.end() + words.group().index(phrase)
        canonical, anonymous = ctx.resolver.canonical(phrase, ctx.lang)
        known = {c.attribution.canonical for c in claims if c.kind == "accusation"}
        if canonical == denial.attribution.canonical or canonical in known:
            continue
        accuser = Attribution(phrase, canonical, anonymous, start, start + len(phrase))
        out.append(_claim(sentence, "accusation", "affirm", False, accuser, None))
    return out


def _names_a_source(phrase: str, ctx: _Context) -> bool:
    """A phrase naming a party the tracker can compare: a known entity or a proper name
    ("Hamas", "l'ONG Human Rights Watch"), not a description ("a plastics industry group",
    "rights groups") nor a charge ("de corruption", "of torture")."""
    if ctx.resolver.knows(phrase, ctx.lang) or PERSON_NAME.search(phrase):
        return True
    body = ctx.lex.determiner_prefix.sub("", phrase)
    return any(w[:1].isupper() for w in body.split())


def _own_clause(text: str, cues: list[Cue], index: int, ctx: _Context) -> bool:
    """Whether a verb that governs no figure reports a clause of its own beside the figures
    its speaker gives with another verb ("said 340 cases had been recorded AND WARNED THAT
    the outbreak could spread", "who called for a public inquiry"), not a frame of them ("a
    revu son bilan, faisant état de 19 morts")."""
    cue = cues[index]
    if cue.form != "subject":
        return False  # an inverted verb's clause comes before it: the figure's
    later = [c.trigger_start for c in cues[index + 1 :] if c.trigger_start >= cue.trigger_end]
    clause = text[cue.trigger_end : min(later, default=len(text))]
    if find_figures(clause, ctx.lang) or ctx.lex.anaphora_figure.search(clause):
        return False
    return len(re.findall(r"[^\W\d_]+", clause)) >= tuning().own_clause_words


def _second_clause_claim(
    sentence: Sentence,
    cues: list[Cue],
    index: int,
    attribution: Attribution,
    figs: list[Figure],
    made: list[Claim],
    ctx: _Context,
) -> Claim | None:
    """A second reported clause without a figure after the one that gives the speaker's
    figures is a claim of its own when it takes a stance ("said 35 of its boats were at sea
    AND THAT none had made contact", "affirme que 18 000 billets ont été vendus ET QU'aucun
    spectateur n'est entré sans contrôle"), its kind read from that clause alone."""
    cue = cues[index]
    if not figs or cue.form in FIGURE_ONLY or cue.figure_only or cue.verb != "report":
        return None
    if any(c.figure is None for c in made):
        return None
    text = sentence.text
    start, end = _scope(text, cues, index, ctx.lex)
    last_figure = max(f.end for f in figs) - sentence.start
    pattern = listed_pattern(ctx.lang, "second_reported_clause", r"(?<![\w'’-]){}")
    second = pattern.search(text, max(start, last_figure), end)
    if second is None or any(second.end() <= f.start - sentence.start < end for f in figs):
        return None
    span = (second.end(), end)
    if len(re.findall(r"\w+", text[span[0] : span[1]])) < tuning().own_clause_words:
        return None
    if ctx.lex.non_assertion.search(text[span[0] : span[1]]):
        return None
    # The clause is read as if it were reported on its own, its verb already behind it.
    clause = replace(
        cue, source_start=span[0], source_end=span[0], trigger_start=span[0], trigger_end=span[0]
    )
    kind, polarity = _kind(clause, text, span, attribution, ctx)
    if (kind, polarity) == ("statement", "affirm"):
        return None  # a plain elaboration belongs to the figure's report; a stance stands alone
    hedged = _hedged(text, span[0], span[1], clause, ctx.lex)
    return _claim(sentence, kind, polarity, hedged, attribution, None)


def _denies_the_figure(text: str, cue: Cue, figs: list[Figure], offset: int, lex: Lexicon) -> bool:
    """Whether a denial verb's figures are what it denies ("dément le bilan de 11 300 morts",
    "Un chiffre contesté par le syndicat"), so that the figure, denied, is the whole claim.
    A figure in a clause of its own after the verb ("conteste : son client n'aurait remis
    qu'une quarantaine de documents", "denied that its driver…", "denied selling thousands
    more tickets") leaves the denial standing beside it."""
    first = min(fig.start - offset for fig in figs)
    if first < cue.trigger_start or cue.form == "passive":
        # What a passive denial verb denies is its subject ("Son coût, évalué à 1,1 milliard
        # …, est contesté par les opposants").
        return True
    gap = text[cue.trigger_end : first]
    head = re.split(r"[,;:«»“”\"]", gap, maxsplit=1)
    if lex.anaphora_figure.search(head[0]):
        # "dismissed the jobs pledge, telling reporters that 'barely 10,000'…": the verb
        # denies a figure given before; the counter-figure is the claim.
        return True
    if len(head) > 1:
        return False
    words = re.findall(r"[^\W\d_][\w'’-]*", gap)
    # A complementiser opening one of the words (on the words joined by single spaces, each
    # tried where it starts: no copy of the rest of the gap per word).
    joined, start = " ".join(words) + " ", 0
    for word in words:
        if lex.complementiser_word.match(joined, start):
            return False
        start += len(word) + 1
    # A verb right after the denial verb ("nie AVOIR vendu", "denied SELLING") opens its
    # own clause; further on, "-er" or "-ing" words are as likely nouns ("hier", "dossier").
    return not any(
        lex.infinitive.fullmatch(word)
        or (
            len(word) >= tuning().non_finite_min_letters
            and word.lower().endswith(lex.non_finite_suffixes)
        )
        for word in words[: tuning().non_finite_reach]
    )


def _makes_own_point(text: str, cue: Cue, figure: Figure, offset: int, lex: Lexicon) -> bool:
    """Whether a cue says something of its own before a colon that introduces its figure
    ("évoque une contamination alimentaire : le taux serait « deux fois inférieur »"), not
    merely the figure's frame ("avance un bilan bien moindre : quatre cas")."""
    before = text[cue.trigger_end : figure.start - offset]
    head = re.split(r"\s[:;]\s", before, maxsplit=1)
    if len(head) < 2 or len(re.findall(r"\w+", head[0])) < tuning().own_point_words:
        return False
    return not lex.anaphora_figure.search(head[0]) and not lex.denial_terms.search(head[0])


def _client_of(
    cue: Cue, sentence: Sentence, antecedent: list[Attribution], ctx: _Context
) -> Attribution | None:
    """The client a possessed counsel speaks for ("selon SON AVOCAT", "her lawyer said",
    lexicon.yaml `counsel_roles`): the sentence's own subject before the cue ("Le maire,
    Gérard Castellan, a été entendu…, selon son avocat"), else the previous speaker."""
    possessed = ctx.lex.possessive.match(cue.source)
    if possessed is None:
        return None
    counsel = listed_pattern(ctx.lang, "counsel_roles", r"^\s*(?:{})\b")
    if not counsel.match(cue.source[possessed.end() :]):
        return None
    client = _subject_of(sentence, cue, ctx) or antecedent
    return client[0] if client else None


def _subject_of(sentence: Sentence, cue: Cue, ctx: _Context) -> list[Attribution]:
    """The sentence's own subject, when it comes before a pronoun cue: "La ministre, Helena
    Vasko, a présenté un budget qui, selon elle, ramènera le déficit à 3,2 %"."""
    span = main_subject(sentence.text, ctx.lex, lambda w: ctx.resolver.knows(w, ctx.lang))
    span = span or _simple_past_subject(sentence.text[: cue.start], ctx.lex)
    if span is None or span[1] > cue.start:
        return []
    words = sentence.text[span[0] : span[1]]
    if ctx.lex.pronoun.match(words) or (
        find_figures(words, ctx.lang) and not counted_speakers(words, ctx.lex)
    ):
        return []  # "Cinquante-sept bulletins ont été rejetés, selon elle"; not "34 mayors"
    tokens = re.findall(r"[\w'’-]+", words)
    if not (
        PERSON_NAME.search(words)
        or {t.lower() for t in tokens} & ctx.lex.role_nouns
        or (counted_speakers(words, ctx.lex) and role_noun(tokens[-1], ctx.lex))
        or ctx.resolver.knows(words, ctx.lang)
        # "Sorelio, the US software company whose…": a name opening the sentence that a
        # description follows
        or (span[0] == 0 and _described_name(words, sentence.text[span[1] :], ctx.lex))
    ):
        return []
    subject = replace(cue, source=words, source_start=span[0], source_end=span[1], pronoun=False)
    return [_attribution(subject, sentence, ctx)]


def _described_name(words: str, following: str, lex: Lexicon) -> bool:
    """Capitalised words then, after a comma, a description opening on an article
    ("Sorelio" + ", the US software company…")."""
    after = following.split(",")[1].split() if following.startswith(",") else []
    tokens = words.split()
    return (
        bool(tokens)
        and all(t[:1].isupper() for t in tokens)
        and bool(after)
        and lex.determiner_prefix.match(f"{after[0]} ") is not None
    )


def _noun_before(sentence: Sentence, cue: Cue, ctx: _Context) -> list[Attribution]:
    """The noun phrase a participle qualifies, when nothing separates them: "la publication
    d'une ÉTUDE estimant que…", "a REPORT saying that…" (a study or a body speaks)."""
    before = sentence.text[: cue.trigger_start]
    determiners = alternation(list(ctx.lex.determiners), escape=True)
    match = re.search(
        rf"^.*(?<![\w-])(?:{determiners})\s*((?:[^\W\d_][\w'’-]*\s+){{1,3}})$",
        before,
        re.IGNORECASE,
    )
    if match is None:
        return []
    words = match.group(1).strip()
    head = words.split()[0].lower()
    if speech_act_noun(ctx.lex).search(words):
        return []  # "issued a statement saying…": the issuer speaks, not the document
    if not (
        head in ctx.lex.role_nouns
        or head in ctx.lex.speaking_documents
        or ctx.resolver.knows(words, ctx.lang)
    ):
        return []
    start = match.start(1)
    noun = replace(cue, source=words, source_start=start, source_end=start + len(words))
    return [_attribution(noun, sentence, ctx)]


def _simple_past_subject(text: str, lex: Lexicon) -> tuple[int, int] | None:
    """The words before a sentence's first bare past form, where a past form alone is a
    finite verb ("A citizens' group FILED a complaint on Monday, alleging that…"); None in a
    language whose past participles need an auxiliary, or when a comma comes first."""
    if lex.past_participle_needs_aux:
        return None
    words = list(re.finditer(r"[^\W\d_][\w'’-]*|[^\w\s]", text))
    for i, word in enumerate(words[1 : tuning().max_subject_words], start=1):
        token = word.group()
        if not token[0].isalnum():
            return None
        if token.islower() and token.endswith(lex.past_suffixes):
            previous = words[i - 1].group()
            return None if previous.lower() in lex.determiners else (0, words[i - 1].end())
    return None


def _accused_by_agent(sentence: Sentence, found: list[Claim], ctx: _Context) -> bool:
    """Whether the sentence's claims are accusations whose speakers are all the agents of a
    passive ("X a été accusé PAR l'association de…", "X has been accused BY parents of…")."""
    if not all(c.kind == "accusation" for c in found):
        return False
    agent = re.compile(rf"(?:{ctx.lex.agent_preposition.pattern.lstrip('^')})\s+$", re.I)
    return all(
        c.attribution.start is not None
        and agent.search(sentence.text[: c.attribution.start - sentence.start]) is not None
        for c in found
    )


def _remember_subject(sentence: Sentence, ctx: _Context) -> None:
    """A sentence without claims may still introduce the next speaker: "La sous-préfète,
    Hélène Marchadour, s'est voulue rassurante. « … », a-t-elle ajouté."."""
    span = main_subject(sentence.text, ctx.lex, lambda w: ctx.resolver.knows(w, ctx.lang))
    if span is None:
        return
    words = sentence.text[span[0] : span[1]]
    if ctx.lex.pronoun.match(words):
        return
    canonical, anonymous = ctx.resolver.canonical(words, ctx.lang)
    canonical = _described_person(words, ctx) or canonical
    if not anonymous and not ctx.resolver.lookup(words, ctx.lang):
        # "Le PDG du groupe, Marc Delestre, a démenti": the body he speaks for.
        canonical = _speaks_for(words, canonical, ctx)
    start = sentence.start + span[0]
    ctx.referent = Attribution(words, canonical, anonymous, start, start + len(words))
    ctx.referent_age = 0


def _cue_claims(
    sentence: Sentence,
    cues: list[Cue],
    index: int,
    attribution: Attribution,
    figs: list[Figure],
    ctx: _Context,
    spans_of_time: bool = False,
    own_point: bool = False,
) -> list[Claim]:
    """The figure claims a cue governs, plus its statement, denial or accusation (a denial
    stays beside figures that are only spans of time)."""
    lex = ctx.lex
    text = sentence.text
    cue = cues[index]
    out = []
    for fig in figs:
        polarity: Polarity = "deny" if cue.verb == "deny" else "affirm"
        start = min(cue.start, fig.start - sentence.start)
        if fig.start - sentence.start < cue.start:
            # The source follows the figure: the hedge may open its clause ("ils seraient
            # près de deux cents selon le comité").
            start = max(
                (c.end for c in cues if c.end <= start and c.form not in FIGURE_ONLY), default=0
            )
        # The hedge may follow the figure ("10 000 soldats seraient déjà présents"), up to
        # the next cue.
        end = max(cue.end, _next_cue_start(cues, fig.end - sentence.start, len(text)))
        start, end = _figure_hedge_window(
            text, (start, end), fig, ctx.sentence_figures, sentence.start, ctx.lang
        )
        hedged = _hedged(text, start, end, cue, lex)
        out.append(_claim(sentence, "figure", polarity, hedged, attribution, fig))
    if cue.form in FIGURE_ONLY or cue.figure_only:
        return out  # "(police)", "put the toll at" only ever attribute a figure
    start, end = _scope(text, cues, index, lex)
    kind, polarity = _kind(cue, text, (start, end), attribution, ctx)
    if (
        figs
        and kind != "statement"
        and _tally_carries_no_stance(cue, text, (start, end), attribution, ctx)
    ):
        # "[L'ANSM accuse Optivel …] L'ANSM a recensé 38 cas": the accuser's next sentence
        # counts; it does not carry the charge on
        kind, polarity = "statement", "affirm"
    if figs and (
        (kind == "statement" and not own_point)
        or (
            cue.verb == "deny"
            and kind == "denial"
            and not spans_of_time
            and _denies_the_figure(text, cue, figs, sentence.start, lex)
        )
    ):
        return out
    if not figs and cue.form == "prep" and _relays(cues, index):
        return out
    if not figs and kind == "statement" and lex.source_prefix.match(cue.source):
        # "selon les chiffres de police" attributes figures, not statements; the next
        # sentence's bare figures may still be theirs.
        ctx.referent, ctx.referent_age = attribution, 0
        return out
    if kind == "statement" and lex.non_assertion.search(text[start:end]):
        return out  # "is looking into the reported strike", "it is still unclear whether"
    # A clause about something else after the reported one ("blamed Quimibase, WHICH could not
    # be reached", "denied selling more tickets THAN the stadium could hold") hedges nothing
    # here; a consequence ("…, ce qui aurait allongé") or a second verb ("but warned it could")
    # is the stance's own, so the breaks are fewer than a figure's.
    breaks = listed_pattern(ctx.lang, "stance_hedge_breaks").search(text, cue.trigger_end, end)
    hedged = _hedged(text, start, breaks.start() if breaks else end, cue, lex)
    out.append(_claim(sentence, kind, polarity, hedged, attribution, None))
    return out


def _negated(proposition: str, lex: Lexicon) -> bool:
    """Whether the reported proposition is negated near its start ("« Personne n'a fermé de
    lits »", "Israel was not responsible"); "almost never", "ne … que" and a negation inside a
    condition ("si … ne … pas", "unless", "if … not") do not negate, nor, with extraction.yaml
    `condition_bulletins_affirm`, a bulletin on the victims' condition ("None was in a
    life-threatening condition", « aucun n'est dans un état grave »; lexicon.yaml
    `condition_reassurances`)."""
    body = lex.complementiser.sub("", proposition.strip())
    opening_condition = lex.conditional_openers.match(body)
    if opening_condition and "," in body:
        # "S'il n'y a pas d'accord, la grève continuera": the claim follows the condition.
        body = body.split(",", 1)[1]
    first_clause = re.split(r"[,;:.!?]", body, maxsplit=1)[0]
    # "la grève va s'étendre si la plateforme ne revient pas": the condition is not the claim.
    first_clause = lex.conditional_openers.split(first_clause, maxsplit=1)[0]
    if tuning().condition_bulletins_affirm:
        # "None was in a life-threatening condition": a bulletin on the victims, no denial.
        bulletins = listed_pattern(lex.lang, "condition_reassurances", WHOLE_WORDS)
        first_clause = bulletins.sub(" ", first_clause)
    opening = " ".join(first_clause.split()[: lex.negation_reach_words])
    opening = lex.weak_negation.sub(" ", opening)
    # "nobody is looking for them", "n'a rien fait": blame for inaction, not a denial.
    opening = _inaction_blame(lex.lang).sub(" ", opening)
    return bool(lex.proposition_negation.search(opening))


def _unnegated_inaction(scope: str, lex: Lexicon) -> bool:
    """Whether blame for inaction opens a clause with no negation before it: a later negation
    is part of the charge (« La direction savait dès juin qu'elle n'aurait pas assez
    d'équipages », "These shortcomings were identified and not corrected"); one before it
    sets the charge aside ("We never ignored a warning"). Read with lexicon.yaml
    `left_unfixed_charges`, blame that holds its own negation."""
    unfixed = listed_pattern(lex.lang, "left_unfixed_charges", WHOLE_WORDS)
    blamed = [*_inaction_blame(lex.lang).finditer(scope), *unfixed.finditer(scope)]
    for match in blamed:
        clause = re.split(r"[.;!?]", scope[: match.start()])[-1]
        if not lex.proposition_negation.search(clause):
            return True
    return False


def _inaction_blame(lang: str) -> re.Pattern[str]:
    """Blame for negligence or inaction ("ignored four warnings", "personne n'a réagi")."""
    return listed_pattern(lang, "inaction_accusations", WHOLE_WORDS)


def _answers_accusation(
    text: str, cue: Cue, scope: str, attribution: Attribution, negated: bool, ctx: _Context
) -> bool:
    """A statement answers a recent accusation by someone else when a reply verb introduces
    it ("a répliqué", "hit back"), when it points back at it ("ces accusations"), or when
    its speaker, named in the accusation, negates."""
    recent = [
        claim
        for index, claim in ctx.accusations
        if ctx.sentence_index - index <= ctx.lex.answer_reach_sentences
        and claim.attribution.canonical != attribution.canonical
    ]
    if not recent:
        return False
    if negated and _accused_negates_charge(text, scope, attribution, recent, ctx.lang):
        return True
    if attribution.anonymous:
        return False
    if ctx.lex.reply_verbs.search(text[cue.trigger_start : cue.trigger_end]):
        return True
    if ctx.lex.answer_anaphora.search(scope):
        return True
    if not negated:
        return False
    names = _name_words(attribution)
    return any(
        names & (_name_words_in(claim.sentence) - _name_words(claim.attribution))
        for claim in recent
    )


def _accused_negates_charge(
    text: str, scope: str, attribution: Attribution, recent: list[Claim], lang: str
) -> bool:
    """Whether a negated quote answers a recent accusation as its target: the quote shares a
    word stem with the accusation's charge (its sentence without the accuser's name) and the
    accused speaks, either described as the charged party outside the quote ("« Farmers are
    not the polluters », said the head of the farm union" after "blamed manure spread on
    surrounding FARMland") or through a possessive inside it ("OUR AIR DEFENCE did not fire"
    after "caused by a Lusarian AIR DEFENCE missile"). A third party negating ("Police said
    the fire was not caused by fertiliser") names no charged party as itself, and a speaker
    described like the accuser ("Foreign Minister X" after "its foreign ministry said,
    accusing…") is on the accuser's side."""
    # Reporting verbs ("said", "blamed") are in every attributed sentence: no stem shared.
    text = _cues_blanked(text, lang)
    quotes = quote_spans(text)
    said = " ".join(text[a:b] for a, b in quotes) or scope
    # Outside the quotes the journalist describes the speaker; a reported clause has only
    # its speaker's name for that.
    around = "".join(
        text[b:a]
        for (_, b), (a, _) in zip([(0, 0), *quotes], [*quotes, (len(text), 0)], strict=True)
    )
    quoted = _stems(said, lang)
    speaker = _stems(around if quotes else attribution.source, lang)
    negation = lexicon(lang).proposition_negation.search(said)
    owner = _owned_words(said[: negation.start()] if negation else "", lang)
    for claim in recent:
        accuser = _stems(f"{claim.attribution.source} {claim.attribution.canonical}", lang)
        charge = _stems(_cues_blanked(claim.sentence, lang), lang) - accuser
        if not _stems_meet(quoted, charge, lang) or _stems_meet(speaker, accuser, lang):
            continue
        if _stems_meet(speaker, charge, lang) or _stems_meet(owner, charge, lang):
            return True
    return False


@lru_cache(maxsize=4096)
def _cues_blanked(text: str, lang: str) -> str:
    """`text` with the words of its attribution cues blanked (offsets kept). Memoised: an
    accusation's sentence is blanked again for every negated quote that may answer it."""
    for cue in find_cues(text, lexicon(lang), lambda words: False):
        start, end = cue.trigger_start, cue.trigger_end
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def _owned_words(subject: str, lang: str) -> set[str]:
    """The stems of the nouns a first-person possessive introduces in `subject` ("OUR air
    defence", « NOS pratiques d'épandage »; lexicon.yaml `first_person_possessives`)."""
    owned = listed_pattern(
        lang, "first_person_possessives", r"(?<![\w'’-]){}\s+((?:[\w-]+[\s'’]+){0,2}[\w-]+)"
    )
    return {stem for match in owned.finditer(subject) for stem in _stems(match.group(1), lang)}


def _stems(text: str, lang: str) -> set[str]:
    """The folded content words of `text` long enough to carry a stem (lexicon.yaml
    `charge_stem_letters`), function words (topics.yaml `stopwords`) left out."""
    least = int(load_data(lang, "lexicon.yaml")["charge_stem_letters"])
    stop = _function_words(lang)
    words = (fold(w) for w in re.findall(r"\w+", text))
    return {w for w in words if len(w) >= least and w not in stop and not w.isdigit()}


@cache
def _function_words(lang: str) -> frozenset[str]:
    return frozenset(fold(str(w)) for w in load_data(lang, "topics.yaml").get("stopwords") or [])


def _stems_meet(these: set[str], those: set[str], lang: str) -> bool:
    """Whether a word of one set and a word of the other share a stem: one begins the other
    ("farm", "farmland") or they share their first `charge_stem_letters` letters and half
    of the longer word ("farmers", "farmland"; "pollueurs", "pollution")."""
    least = int(load_data(lang, "lexicon.yaml")["charge_stem_letters"])
    for a in these:
        for b in those:
            if a.startswith(b) or b.startswith(a):
                return True
            common = len(_common_prefix(a, b))
            if common >= least and common * 2 >= max(len(a), len(b)):
                return True
    return False


def _common_prefix(a: str, b: str) -> str:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return a[:n]


def _name_words(attribution: Attribution) -> set[str]:
    """The words (four letters or more) naming a speaker, folded: "le porte-parole du
    GOUVERNEMENT" is named by "accuse LE GOUVERNEMENT de…"."""
    return _name_words_in(f"{attribution.source} {attribution.canonical}")


def _name_words_in(text: str) -> set[str]:
    return {w.casefold() for w in re.findall(r"(?<![\w'’-])\w[\w-]{3,}", text)}


def _contrast_claims(
    sentence: Sentence, cues: list[Cue], orphans: list[Figure], ctx: _Context
) -> list[Claim]:
    """A figure set against a parenthetical counter-figure keeps the previous sentence's
    source: "[selon la police…] 456 000 manifestants (1,2 million selon les syndicats)"."""
    antecedent = ctx.antecedent(1)
    if not orphans or not antecedent or not all(c.form in FIGURE_ONLY for c in cues):
        return []
    previous = antecedent[0]
    if previous.source in {c.source for c in cues}:
        return []
    return [_claim(sentence, "figure", "affirm", False, previous, orphans[0])]


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
    """The attribution of each cue: participles reuse the previous cue's speaker, pronouns
    the last speaker of the article (an empty list when there is none)."""
    speakers: list[list[Attribution]] = []
    previous: list[Attribution] = []
    speakers_cues: list[Cue] = []
    ctx.in_sentence = []
    for cue in cues:
        noun = _noun_before(sentence, cue, ctx) if cue.form == "participle" else []
        if noun and not previous:
            current = noun  # "une étude estimant que…": the noun the participle qualifies
        elif cue.form == "participle" and (previous or not cue.source):
            # "The governor has gone further, accusing X of…": with no cue before it, the
            # participle's speaker is the sentence's subject.
            current = previous or _subject_of(sentence, cue, ctx)
        elif cue.pronoun:
            # "il affirme" refers to the sentence just before; "a-t-elle ajouté" and
            # "selon elle" name a speaker introduced a little earlier.
            reach = tuning().pronoun_reach if cue.form != "subject" else 1
            current = previous or _subject_of(sentence, cue, ctx) or ctx.antecedent(reach)
            if (
                current
                and ctx.lex.person_pronoun.match(cue.source)
                and not any(_person(a) or a.anonymous for a in current)
            ):
                # "he said" after "the prefecture says…": a personal pronoun names the last
                # person who spoke, not an institution.
                current = _last_person(ctx) or current
        elif previous and _relative_to_previous(
            cue,
            speakers_cues,
            sentence.text,
            ctx.lex,
            _names_office(previous[0], ctx),
        ):
            # "said Josée Pelchat, director of the Steelworkers, WHO called for an inquiry":
            # the relative pronoun's antecedent is the previous speaker, not the last noun.
            current = previous
        elif not _names_someone(cue.source):
            current = []  # "font état DE 110 particules" read as an inverted subject
        else:
            ctx.in_sentence = previous
            current = [_attribution(part, sentence, ctx) for part in _coordinated(cue, ctx)]
        speakers.append(current)
        if current and cue.form not in FIGURE_ONLY:
            previous = current
            speakers_cues.append(cue)
    return speakers


def _names_office(attribution: Attribution, ctx: _Context) -> bool:
    """Whether a mention names its speaker's office through the tables ("la procureure de la
    République de Tulle" -> "Tulle prosecutor's office"), not just its own words ("la
    directrice générale") nor a body found from a possessive ("sa présidente")."""
    source = attribution.source
    if attribution.anonymous or ctx.lex.possessive.match(source):
        return False
    return ctx.resolver.knows(source, ctx.lang) or fold(attribution.canonical) not in fold(source)


def _relative_to_previous(
    cue: Cue, earlier: list[Cue], text: str, lex: Lexicon, known_office: bool = False
) -> bool:
    """Whether a subject cue's verb follows a relative pronoun right after the previous
    speaker's mention, its subject being the end of that mention ("…, director of the
    Steelworkers, who called for…")."""
    if cue.form != "subject" or not earlier:
        return False
    last = earlier[-1]
    # "…, who called for", "…, qui A indiqué": a relative pronoun and auxiliaries only.
    between = text[cue.source_end : cue.trigger_start].strip(" ,").split()
    if not between or not lex.relative_pronoun.fullmatch(between[0]):
        return False
    if not all(lex.auxiliary.fullmatch(w) for w in between[1:]):
        return False
    if last.source_start <= cue.source_start and cue.source_end <= last.source_end:
        return True
    # "a déclaré la procureure de Tulle, HÉLÈNE MARSAC, qui a indiqué…": the name in
    # apposition right after the mention of an office the tables know (`known_office`) is
    # that office ("la directrice générale, Helena Varga, qui…" names no body: the person).
    gap = text[last.source_end : cue.source_start]
    return (
        known_office
        and gap.strip() == ","
        and PERSON_NAME.fullmatch(cue.source.strip()) is not None
    )


def _names_someone(source: str) -> bool:
    """A source holds a word of three letters or more, an acronym ("UN", "AP") or a
    hyphenated name of short capitalised parts ("l'As-So"): a lone preposition or article
    ("de") names nobody."""
    return bool(re.search(r"[^\W\d_]{3,}|\b[A-Z]{2}\b|\b[A-Z]\w*-[A-Z]\w*", source))


def _person(attribution: Attribution) -> bool:
    """A speaker named as a person ("Marc Delvaux", "general manager Pierre-Alain Moreac"),
    or by the surname of a full name given earlier ("Sarr" for "Mamadou Lamine Sarr")."""
    if PERSON_NAME.search(attribution.source) is not None:
        return True
    surname = attribution.source.strip()
    full = attribution.canonical.split()
    return (
        len(full) > 1
        and surname == full[-1]
        and PERSON_NAME.fullmatch(attribution.canonical) is not None
    )


def _last_person(ctx: _Context) -> list[Attribution]:
    person = next((a for a in reversed(ctx.recent) if _person(a)), None)
    return [person] if person else []


def _attribution(cue: Cue, sentence: Sentence, ctx: _Context) -> Attribution:
    start = sentence.start + cue.source_start
    canonical, anonymous = _joint_canonical(cue.source, ctx)
    antecedent = ctx.in_sentence or ctx.antecedent(tuning().pronoun_reach)
    if antecedent and listed_pattern(ctx.lang, "same_source", r"^\W*(?:{})\W*$").match(cue.source):
        # "Selon la même source", "the same source said": the source named just before.
        canonical, anonymous = antecedent[0].canonical, antecedent[0].anonymous
    if canonical is None:
        canonical, anonymous = ctx.resolver.canonical(cue.source, ctx.lang)
        named = None if anonymous else _bracketed_name(cue.source)
        if named is not None:
            # "The regional audit court (Chambre régionale des comptes, CRC) for PACA": the
            # body's own name, given in brackets after its description.
            canonical = ctx.resolver.lookup(named, ctx.lang) or named
        represented = _body_of_kind(cue.source, canonical, ctx) if anonymous else None
        if represented:
            # "a union official", "un responsable syndical": an unnamed member speaks for the
            # one body of that kind the article named.
            canonical, anonymous = represented, False
        # "le bilan arrêté mercredi par l'agence sanitaire": the body after the document.
        document = ctx.lex.source_prefix.match(cue.source)
        described = cue.source[document.end() :] if document else cue.source
        canonical = _definite_description(described, canonical, ctx, until=start)
        canonical = _described_person(cue.source, ctx) or canonical
        # "sa porte-parole", "its spokesperson", "her office": the previous speaker's body,
        # in this sentence ("À en croire le syndicat X, …: son délégué") or before it
        # (`antecedent`, found above).
        if not antecedent and ctx.lex.possessive.match(cue.source) and cue.form == "inverted":
            # "Les garde-frontières polonais ont enregistré…, a annoncé LEUR porte-parole":
            # the body is the sentence's own subject.
            antecedent = _subject_of(sentence, cue, ctx)
        unknown = not anonymous and not (
            ctx.resolver.lookup(cue.source, ctx.lang) or ctx.resolver.lookup(canonical, ctx.lang)
        )
        client = _client_of(cue, sentence, antecedent, ctx)
        if client is not None:
            canonical, anonymous = client.canonical, client.anonymous
        elif ctx.lex.possessive.match(cue.source) and antecedent and unknown:
            canonical, anonymous = antecedent[0].canonical, antecedent[0].anonymous
            _remember_people(cue.source, canonical, ctx)
        elif unknown:
            # "Olivier Brunel, who heads the union, said": the relative clause after the
            # subject may say whom the person speaks for.
            described = _speaker_description(sentence.text[cue.source_end :], ctx.lex)
            canonical = _speaks_for(f"{cue.source}, {described}", canonical, ctx)
            body = _represented_speaker(cue.source, canonical, ctx)
            if body is not None:
                canonical = body
                _remember_people(cue.source, body, ctx)
            if canonical == cue.source:
                full = _full_name(cue.source, ctx)
                canonical = ctx.resolver.canonical(full, ctx.lang)[0] if full else canonical
        elif not anonymous:
            canonical = _acronym_after(cue, sentence, canonical, ctx)
        if (
            not anonymous
            and not ctx.lex.possessive.match(cue.source)
            and not _names_a_person_of(canonical, cue.source, ctx.lex)
        ):
            # "la procureure de la République de Tulle, Hélène Marsac": the tables named her
            # office; "Hélène Marsac, qui a indiqué…", "Marsac said" speak for it too. So does
            # the body her own words name ("le Dr Yann Le Goff, délégué régional de l'AMUF").
            _remember_people(cue.source, canonical, ctx)
    if not anonymous and (
        _first_name_only(cue, sentence, ctx) or _anonymity_clause(cue, sentence, ctx.lex)
    ):
        canonical, anonymous = "anonymous", True
    return Attribution(
        source=cue.source,
        canonical=canonical,
        anonymous=anonymous,
        start=start,
        end=start + len(cue.source),
    )


def _names_a_person_of(canonical: str, source: str, lex: Lexicon) -> bool:
    """Whether the canonical name is one of the people the mention names ("Yann Le Goff" for
    "le Dr Yann Le Goff"), or the mention itself: no body to remember them by."""
    if fold(canonical) == fold(source):
        return True
    names = [fold(name) for name in _person_names(source, lex)]
    return any(name in fold(canonical) or fold(canonical) in name for name in names)


def _first_name_only(cue: Cue, sentence: Sentence, ctx: _Context) -> bool:
    """Whether the speaker is a private person given by first name and age only ("raconte
    Inès, 22 ans", "said Lucas, a 19-year-old student"): an unnamed person, anonymous."""
    name = cue.source.split(",", 1)[0].strip()
    if not re.fullmatch(r"[A-ZÀ-Ý][a-zà-ÿ'’-]+", name) or ctx.resolver.knows(name, ctx.lang):
        return False
    after = cue.source[len(name) :] + sentence.text[cue.source_end :]
    age = ctx.lex.age_apposition.pattern
    after = re.sub(r"^,\s*", "", after) if after.lstrip().startswith(",") else ""
    article = ctx.lex.indefinite_prefix.match(after)
    return re.match(rf"(?:{age})\b", after[article.end() if article else 0 :]) is not None


def _anonymity_clause(cue: Cue, sentence: Sentence, lex: Lexicon) -> bool:
    """Whether the clause set off right after the source or its verb keeps the speaker
    unnamed ("A former employee, WHO SPOKE ON CONDITION OF ANONYMITY, told…", "one engineer
    said, ASKING NOT TO BE NAMED", "Son pharmacien, QUI PRÉFÈRE RESTER ANONYME, dit…"); a
    spokesperson unnamed still speaks for the body."""
    if cue.pronoun or not cue.source:
        return False
    if listed_pattern(lex.lang, "representative_roles", _ROLE_AS_WORD).search(cue.source):
        return False  # "a spokesman for the company, who asked not to be named": the company
    text = sentence.text
    for end in (cue.source_end, cue.trigger_end):
        clause = re.match(r"\s*,\s*([^,.;:!?()«»\"“”]+)", text[end:])
        # From the clause's start: "said, citing sources familiar with the matter," names
        # others' anonymity, not the speaker's.
        if clause and lex.anonymous.match(clause.group(1).lower()):
            return True
    return False


# A body's acronym in brackets right after the words naming it: "… par l'Institut national de
# la statistique (INS) ardenien".
_TRAILING_ACRONYM = re.compile(rf"\s*\(({ACRONYM_WORD})\)")


def _acronym_after(cue: Cue, sentence: Sentence, canonical: str, ctx: _Context) -> str:
    """The body the acronym bracketed right after a source names: the tables' body for a
    known acronym, else the acronym itself when the tables took the words for another body
    ("l'Institut national de la statistique (INS)" of another country is no INSEE). A person's
    bracketed party ("Bernard Maillol (LR)") is his affiliation, not his voice."""
    bracket = _TRAILING_ACRONYM.match(sentence.text, cue.source_end)
    if bracket is None or PERSON_NAME.search(cue.source):
        return canonical
    acronym = bracket.group(1)
    named = ctx.resolver.lookup(acronym, ctx.lang)
    if named:
        return named
    return acronym if ctx.resolver.knows(cue.source, ctx.lang) else canonical


# A listed role as a word (unlike `WHOLE_WORDS`, right after an elided article too).
_ROLE_AS_WORD = r"(?<![\w-]){}(?![\w-])"


@cache
def _bare_representative(lang: str) -> re.Pattern[str]:
    """A representative's role and name with no body ("spokesperson Isabelle Lachance", "le
    porte-parole, Jean Roux")."""
    lex = lexicon(lang)
    roles = alternation(load_data(lang, "lexicon.yaml")["representative_roles"], escape=True)
    determiners = alternation(list(lex.determiners), escape=True)
    name = r"[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+)+"
    return re.compile(rf"^(?i:(?:(?:{determiners})\s+)?(?:{roles}))\s*,?\s+{name}$")


def _represented_speaker(source: str, canonical: str, ctx: _Context) -> str | None:
    """The body a representative named without it speaks for: the organisation that spoke
    just before ("Boréal-Nord denied the allegation. « … », spokesperson Isabelle Lachance
    told CBC News"); None when the mention names a body or the last speaker is a person."""
    if not _bare_representative(ctx.lang).match(source.strip()):
        return None
    if canonical != ctx.resolver.canonical(source, ctx.lang)[0]:
        return None  # the mention's own words named the body
    antecedent = ctx.in_sentence or ctx.antecedent(1)
    if not antecedent:
        return None
    body = antecedent[0]
    if body.anonymous or not body.canonical[:1].isupper():
        return None
    # A full name is a person's unless the article named it as a body
    # ("l'entreprise Mines Boréal-Nord") or the tables know it.
    named_body = bool(ctx.body_kinds.get(body.canonical)) or ctx.resolver.knows(
        body.canonical, ctx.lang
    )
    if not named_body and PERSON_NAME.search(body.source):
        return None
    return body.canonical


# "(Chambre régionale des comptes, CRC)": a proper name of two words or more in brackets,
# with its acronym or not.
_BRACKETED_NAME = re.compile(
    r"\((?P<name>[A-ZÀ-Ý][\w'’-]*(?:\s+[\w'’-]+){1,7}?)(?:,\s*[A-ZÀ-Ý0-9&-]{2,10})?\)"
)


def _bracketed_name(source: str) -> str | None:
    """The proper name a source gives in brackets after describing the body ("the regional
    audit court (Chambre régionale des comptes, CRC)"), if its words are a name: capitalised
    first word, lowercase words only as its inner words."""
    match = _BRACKETED_NAME.search(source)
    if match is None or not source[: match.start()].strip():
        return None
    name = match.group("name")
    if PERSON_NAME.fullmatch(name) and len(name.split()) == 2:
        return None  # "(Jean Roux)": a person named after a role
    if _NAMED_BEFORE.search(source[: match.start()]):
        return None  # "Polish NGO Border Aid Network (Siec Pomocy Granicznej)": named already
    acronym = _ACRONYM_BEFORE_BRACKET.search(source[: match.start()])
    if acronym:
        # "le syndicat des pilotes BECA (Belgian Cockpit Association)": the mention names the
        # body by its acronym; the bracket only spells it out.
        return acronym.group(1)
    return name


# An acronym closing a mention, right before a bracket: "le syndicat des pilotes BECA (".
_ACRONYM_BEFORE_BRACKET = re.compile(r"(?<![\w'’-])([A-Z][A-Z0-9&]{1,9})\s*$")


# Two capitalised words in a row after the first word: a proper name, not a description.
_NAMED_BEFORE = re.compile(r"\S\s+[A-ZÀ-Ý][\w'’-]*\s+[A-ZÀ-Ý][\w'’-]*")


def _full_name(source: str, ctx: _Context) -> str | None:
    """The full name a bare surname stands for, the last one given before it: "Sarr denied"
    after "Mamadou Lamine Sarr"."""
    if not re.fullmatch(r"[A-ZÀ-Ý][\w'’-]+", source):
        return None
    names = [
        ctx.lex.title_prefix.sub("", m.group())
        for m in PERSON_NAME.finditer(ctx.text[: ctx.position])
    ]
    names = [n for n in names if len(n.split()) > 1 and n.split()[-1] == source]
    return names[-1] if names else None


def _speaker_description(following: str, lex: Lexicon) -> str:
    """The phrase set off by commas right after a speaker's mention that describes the
    speaker, or "": "Olivier Brunel, WHO HEADS THE UNION, said", a sentence-final "…, assure
    Paul Ferrand, DIRECTEUR DE CAMPAGNE DE LA LISTE.", past an age ("said Gerard Pillon, 67,
    THE ASSOCIATION'S PRESIDENT, whose…")."""
    if not following.lstrip().startswith(","):
        return ""
    parts = following.split(",")[1:]
    if parts and lex.age_apposition.fullmatch(parts[0].strip()):
        parts = parts[1:]  # "Gerard Pillon, 67, …": the age says nothing of whom he speaks for
    if not parts:
        return ""
    last = len(parts) == 1
    described = parts[0].rstrip(" .!?…") if last else parts[0]
    return described if _describes_speaker(described, lex) else ""


def _describes_speaker(described: str, lex: Lexicon) -> bool:
    """Whether the phrase after a subject describes the speaker ("who heads the union", "the
    union's president"), not a clause of its own ("dix-sept de ces cas ont été contractés…")."""
    words = described.strip()
    if not words:
        return False
    if lex.relative_pronoun.match(words):
        return True
    return not any(ch.isdigit() for ch in words) and not lex.auxiliary.search(words)


def _speaks_for(source: str, canonical: str, ctx: _Context) -> str:
    """The organisation an unknown source speaks for: the acronym it gives, the body its
    role links it to ("a spokesperson for the ministry"), the body a person named earlier
    speaks for, or the acronym of a body named by its head noun ("le syndicat")."""
    lex, lang = ctx.lex, ctx.lang
    acronym = acronym_in(source, lex)
    if acronym and _affiliation(source, acronym, lex):
        acronym = None  # "Bernard Maillol (LR)" is the senator, not his party
    if acronym and not former_official(source, lex):
        # "the former chief accountant of the agency (ANFR)" speaks for herself, not the agency.
        # "(Sdis)" is the tables' "SDIS": an acronym French copy writes with one capital.
        body = ctx.resolver.lookup(acronym, lang) or ctx.resolver.lookup(acronym.upper(), lang)
        body = body or acronym
        _remember_people(source, body, ctx)  # "Ferhat dismissed…" after "Yanis Ferhat, … (UCA)"
        return body
    organisation = organisation_of(source, lex)
    if organisation:
        plain = ctx.resolver.canonical(organisation, lang)[0]
        body = (
            # "secrétaire général du syndicat": the one union the article named before.
            _body_of_kind(organisation, plain, ctx, bare=True)
            or ctx.resolver.lookup(organisation, lang)
            or acronym_for(organisation, ctx.acronyms, lex)
            or _definite_description(organisation, plain, ctx, bare=True)
        )
        # A common noun nobody named before ("the firm's chief executive, Marc Delestre")
        # says less than the person's name; a body described by its kind and what it
        # gathers ("avocate du COLLECTIF DES FAMILLES de victimes") names one.
        # A spokesperson speaks for the body even when a common noun names it ("porte-parole
        # de la protection civile").
        spokesperson = (
            listed_pattern(lang, "representative_roles", _ROLE_AS_WORD).search(source) is not None
        )
        if (
            body != plain
            or _capitalised(organisation)
            or _described_kind(plain, lex)
            or spokesperson
        ):
            titled = lex.title_prefix.match(_strip_article(organisation, lex))
            if titled:
                # "L'avocat de M. Castagnier": the client, by the full name given before.
                body = _full_name(organisation[titled.end() :].strip(), ctx) or body
            _remember_people(source, body, ctx)
            return body
    for name in _capitalised(source):
        if name in ctx.people:
            return ctx.people[name]
    # Only the mention itself: "…, where the company is based" describes a place. A body
    # named only further down is no referent yet.
    acronym = acronym_for(source.split(",")[0], ctx.acronyms, lex)
    return acronym if acronym and _named_before(acronym, ctx) else canonical


def _affiliation(source: str, acronym: str, lex: Lexicon) -> bool:
    """Whether the bracketed acronym follows a person's name, as a party or affiliation does
    ("le sénateur Jean Dupont (PS)", "…, Bernard Maillol (LR)"; see `person_affiliation`)."""
    bracket = source.find(f"({acronym}")
    return bracket > 0 and person_affiliation(source[:bracket], acronym, lex)


def _described_kind(phrase: str, lex: Lexicon) -> bool:
    """A body named by its kind and a complement: "collectif des familles de victimes",
    "syndicat des enseignants" (not a bare "firm", nor "famille de la victime")."""
    words = _strip_article(phrase, lex).split()
    link = next((i for i, w in enumerate(words) if w.casefold() in lex.role_links_words), 0)
    # The head is the last word before the complement, in either language ("collectif DES
    # familles", "union OF hospital doctors"; not "élection de la municipalité").
    return len(words) >= 3 and link > 0 and bool(kinds_of(words[link - 1 : link], lex))


def _remember_people(source: str, body: str, ctx: _Context) -> None:
    """Note the surname of each person named in `source` as speaking for `body` (the last
    word of a run of capitalised words, past the determiner and titles before it: "le Dr
    Yann LE GOFF" -> "goff", not "le")."""
    for name in _person_names(source, ctx.lex):
        ctx.people[name.split()[-1].casefold()] = body


def _person_names(source: str, lex: Lexicon) -> list[str]:
    """The people a mention names: runs of capitalised words, titles and articles removed."""
    names = []
    for run in _CAPITALISED_RUN.findall(source):
        name = lex.title_prefix.sub("", lex.determiner_prefix.sub("", f"{run} ")).strip()
        if PERSON_NAME.fullmatch(name) or (
            len(name.split()) > 3 and PERSON_NAME.search(name) is not None
        ):
            names.append(name)
    return names


def _capitalised(source: str) -> list[str]:
    return [w.casefold() for w in re.findall(r"(?<![\w'’-])[A-ZÀ-Ý][\w'’-]{2,}", source)]


def _coordinated(cue: Cue, ctx: _Context) -> list[Cue]:
    """One cue per coordinated source when the list is not one known entity nor a joint of
    known ones, and names some known entity: "Israel, Hamas and other Palestinian armed
    groups denied" is three denials; "Eaux et rivières du Léon" stays one name."""
    source = cue.source
    if not ctx.lex.coordinator.search(source) or ctx.resolver.lookup(source, ctx.lang):
        return [cue]
    if _joint_canonical(source, ctx)[0] is not None:
        return [cue]
    if _spelled_after(cue, ctx):
        return [cue]  # "l'Institut national de la statistique ET des études économiques (Insee)"
    splitter = re.compile(r"\s*,\s*|\s+" + ctx.lex.coordinator.pattern + r"\s+")
    parts: list[tuple[int, int]] = []
    pos = 0
    for match in [*splitter.finditer(source), None]:
        end = match.start() if match else len(source)
        if source[pos:end].strip():
            parts.append((pos, end))
        pos = match.end() if match else pos
    known = [ctx.resolver.knows(source[a:b], ctx.lang) for a, b in parts]
    if (
        len(parts) < 2
        or not (any(known) or all(_named_party(source[a:b], ctx.lex) for a, b in parts))
        or any(_part_words(source[a:b]) > tuning().coordinated_part_words for a, b in parts)
    ):
        return [cue]
    return [
        replace(
            cue,
            source=source[a:b],
            source_start=cue.source_start + a,
            source_end=cue.source_start + b,
        )
        for a, b in parts
    ]


def _part_words(part: str) -> int:
    """The words of one part of a coordinated source, its bracketed acronym not counted
    ("le Regroupement ornithologique du Bas-Saint-Laurent (ROBSL)" has five)."""
    return len(_TRAILING_ACRONYM.sub("", part).split())


_ACRONYM_TOKEN = re.compile(rf"(?<![\w'’-]){ACRONYM_WORD}(?![\w'’-])")


def _named_party(part: str, lex: Lexicon) -> bool:
    """Whether one part of a coordinated source names a party of its own, though no table
    knows it: an article before a capitalised name ("la FDSEA de la Gironde", "les Jeunes
    Agriculteurs") or an acronym ("regional birding group ROBSL"). A bare capitalised word
    ("Eau et Rivières de Bretagne", "the Food and Drug Administration") may be one name's."""
    if _ACRONYM_TOKEN.search(part):
        return True
    head = re.match(r"([^\W\d_]+['’]?)\s*(?=[A-ZÀ-Ý])", part.strip())
    return head is not None and head.group(1).casefold() in lex.name_articles


def _spelled_after(cue: Cue, ctx: _Context) -> bool:
    """Whether the acronym bracketed right after a source spells words on both sides of its
    first coordinator: then the source is one body's name, not a list."""
    after = ctx.text[ctx.position + cue.source_end : ctx.position + cue.source_end + 20]
    bracket = re.match(r"\s*\(([^\W\d_][^\W_]{1,9})\)", after)
    coordinator = ctx.lex.coordinator.search(cue.source)
    if bracket is None or coordinator is None:
        return False
    start = initials_start(bracket.group(1), cue.source, ctx.lex)
    return start is not None and start < coordinator.start()


def _joint_canonical(source: str, ctx: _Context) -> tuple[str | None, bool]:
    """Sources acting together ("les États-Unis et la Corée du Sud") get one joint name
    ("United States and South Korea") when every coordinated part is a known entity."""
    if not ctx.lex.coordinator.search(source) or ctx.resolver.lookup(source, ctx.lang):
        return None, False
    pieces = re.split(r"\s*,\s*|\s+" + ctx.lex.coordinator.pattern + r"\s+", source)
    pieces = [p for p in pieces if p.strip()]
    if len(pieces) < 2 or not all(ctx.resolver.knows(p, ctx.lang) for p in pieces):
        return None, False
    names: list[str] = []
    for piece in pieces:
        name = ctx.resolver.canonical(piece, ctx.lang)[0]
        if name not in names:
            names.append(name)
    if len(names) == 1:
        return names[0], False
    return ", ".join(names[:-1]) + " and " + names[-1], False


def _definite_description(
    source: str, canonical: str, ctx: _Context, bare: bool = False, until: int | None = None
) -> str:
    """A short definite description of an unknown entity ("the report", "le document") points
    back to the recent speaker whose own words contain that noun, or to the name the article
    gave with it (before `until`, the description's offset, when given); `bare` when the
    article is fused in a link ("le PDG DU groupe")."""
    words = source.split()
    if len(words) > 3 or not (bare or ctx.lex.determiner_prefix.match(source)):
        return canonical
    of_kind = _bodies_of_kind(source, canonical, ctx, bare, until)
    if len(of_kind) == 1:
        return of_kind.pop()
    if len(of_kind) > 1:
        return canonical  # "la banque" after two banks named: either may be meant
    if ctx.resolver.knows(source, ctx.lang):
        return canonical
    # The head noun is the last word ("the trade body") or, where nouns come first, the
    # first after the determiner ("la fédération professionnelle").
    heads = [words[-1]]
    core = _strip_article(source, ctx.lex).split()  # "l'agence sanitaire": "agence sanitaire"
    if len(core) == 2 and load_data(ctx.lang, "numbers.yaml").get("head_noun") == "first":
        heads.append(core[0])
    # "l'armateur" has the head "armateur"; an acronym ("l'ANSM") names, it describes nothing.
    heads = [re.sub(r"^\w['’]", "", w.strip(".,")) for w in heads]
    heads = [h.lower() for h in heads if not (h.isupper() and len(h) > 1)]
    for head in dict.fromkeys(h for h in heads if len(h) >= 3):
        found = _described_body(source, head, ctx)
        if found:
            return found
    return canonical


def _described_body(source: str, head: str, ctx: _Context) -> str | None:
    """The entity a definite description with this head noun points back to, if any."""
    pattern = re.compile(rf"(?<![\w-]){re.escape(head)}(?![\w-])", re.IGNORECASE)
    for attribution in reversed(ctx.recent):
        if attribution.source != source and pattern.search(attribution.source):
            return attribution.canonical
    if head in ctx.lex.role_nouns or agent_noun(head, ctx.lang):
        named = _named_with_head(head, ctx)
        if named:
            return ctx.resolver.canonical(named, ctx.lang)[0]
    named_kind = acronym_for(head, ctx.acronyms, ctx.lex)
    if named_kind and named_kind.lower() in ctx.lex.role_nouns:
        named_kind = None  # "L'ONG … L'association": a kind's own noun names no body
    if named_kind and _named_before(named_kind, ctx):
        # "the company", "le groupe": the one organisation of that kind the article named.
        return ctx.resolver.lookup(named_kind, ctx.lang) or named_kind
    # A body of that kind named only further down ("l'Agence régionale de santé (ARS)") is
    # the referent only when no organisation spoke before ("l'agence sanitaire" after
    # "Santé publique France" is that agency).
    later = ctx.resolver.lookup(named_kind, ctx.lang) or named_kind if named_kind else None
    if head in ctx.lex.organisation_heads:
        # "the company", "l'organisme": the organisation that spoke last, unless the article
        # named it as another kind ("the CGT union" is no company).
        wanted = kinds_of([head], ctx.lex)
        for attribution in reversed(ctx.recent):
            name = attribution.canonical
            known = ctx.body_kinds.get(name)
            if known and wanted and not known & wanted:
                continue
            if not name[-1:].isalnum() and not name.endswith(")"):
                continue  # a byline read as a source ("CBC News ·"), no body
            if name.lower() in ctx.lex.role_nouns:
                continue  # "L'ONG": a kind's own noun names no body
            if name[:1].isupper() and not attribution.anonymous and not PERSON_NAME.fullmatch(name):
                return name
    return later


def _named_before(name: str, ctx: _Context) -> bool:
    """Whether the article wrote `name` before the current sentence or in it."""
    pattern = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])")
    return pattern.search(ctx.text, 0, ctx.sentence_end) is not None


def _described_person(source: str, ctx: _Context) -> str | None:
    """The person a definite description stands for ("Le grimpeur", "Le candidat divers
    gauche"): the last full name the article gave shortly before, if it is no known body."""
    lex = ctx.lex
    determiner = lex.determiner_prefix.match(source)
    if determiner is None:
        return None
    words = source[determiner.end() :].split()
    if not words or words[0].lower() not in lex.person_descriptions or len(words) > 3:
        return None
    if any(w[:1].isupper() for w in words):
        return None  # "le candidat Marc Delvaux" names the person itself
    window = ctx.text[max(0, ctx.position - tuning().description_reach) : ctx.position]
    for match in reversed(list(_CAPITALISED_RUN.finditer(window))):
        tokens = [t for t in match.group().split() if not lex.determiner_prefix.fullmatch(t + " ")]
        name = " ".join(tokens[-2:])
        if len(tokens) >= 2 and not ctx.resolver.knows(name, ctx.lang):
            return name
    return None


def _named_with_head(head: str, ctx: _Context) -> str | None:
    """The last name the article gave with this head noun: "le groupe ARMORICHIM",
    "AEROVIA, the Valdorian carrier", "l'armateur, Navilia Lines" -> later "le groupe", "the
    carrier", "l'armateur"."""
    text = ctx.text[: ctx.position]
    found = [
        (m.start(), m.group(1))
        for p in _head_name_patterns(ctx.lang, head)
        for m in p.finditer(text)
    ]
    return max(found)[1].strip() if found else None


@lru_cache(maxsize=1024)
def _head_name_patterns(lang: str, head: str) -> tuple[re.Pattern[str], ...]:
    """The patterns of `_named_with_head` for one head noun: "head Name", "Name, the …
    head", "head, the … Name" (compiled once per head: compiled per call, they crowded the
    regular expressions of the whole pipeline out of re's own cache)."""
    lex = lexicon(lang)
    particles = alternation(list(lex.name_particles), escape=True)
    # A name never runs over a line break ("…microplastics study" / "PARIS, Oct 8").
    space = r"[^\S\n]+"
    name = rf"(?:[A-ZÀ-Ý][\w'’&-]*(?:{space}(?:[A-ZÀ-Ý][\w'’&-]*|{particles}))*)"
    articles = alternation(list(lex.name_articles), escape=True)
    noun = rf"(?i:{re.escape(head)})"
    before = re.compile(rf"(?<![\w-]){noun}{space}({name})")
    after = re.compile(rf"({name}),\s+(?i:{articles})\s*(?:[\w-]+\s+){{0,3}}?{noun}(?![\w-])")
    # "l'armateur, la compagnie italienne Navilia Lines", "the operator, Navilia Lines".
    apposed = re.compile(
        rf"(?<![\w-]){noun},{space}(?:(?i:{articles})\s*(?:[a-zà-ÿ][\w-]*{space}){{0,3}}?)?({name})"
    )
    return before, after, apposed


def _governing_cue(
    text: str,
    start: int,
    end: int,
    cues: list[Cue],
    paren_series: int | None,
    lex: Lexicon,
) -> tuple[int | None, int | None]:
    """Index of the cue that attributes the figure at text[start:end], and the cue that a
    following bare parenthetical figure inherits ("(40.000 selon la CGT), … (15.000)")."""
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
        if len(gap.split()) <= tuning().paren_reach_words and not any(ch.isdigit() for ch in gap):
            return i, paren_series
        break
    # "le bilan a été estimé à 40 morts par la préfecture", "the government's 3.2% target":
    # a figure inside a cue's own words is that cue's.
    for i, cue in enumerate(cues):
        if (
            cue.form in ("passive", "owned")
            and cue.trigger_start <= start
            and end <= cue.trigger_end
        ):
            return _closing_according_to(text, cues, i), paren_series
    main = [i for i, c in enumerate(cues) if c.form not in FIGURE_ONLY]
    before = [i for i in main if cues[i].end <= start]
    after = [i for i in main if cues[i].start >= end]
    prev = before[-1] if before else None
    nxt = after[0] if after else None
    # "the nearly 500 deaths that health authorities described": the speaker follows the
    # figure in a relative clause.
    # "2 500 manifestants à Nantes, 8 000 selon les organisateurs": a source right after the
    # figure binds tighter than the verb before it.
    if nxt is not None and cues[nxt].form == "prep":
        gap = text[end : cues[nxt].start]
        if "," not in gap and len(gap.split()) <= 3:
            return nxt, paren_series
    # "…injuring 14 people, the local fire service said, while…": a reporting clause set off
    # by commas owns the figures of the clause before it.
    governed = prev is not None and cues[prev].form in ("subject", "passive")
    reporting = nxt is not None and cues[nxt].form == "subject"
    if reporting and not governed and _parenthetical(text, cues[nxt], lex):
        return nxt, paren_series
    if nxt is not None and cues[nxt].form == "subject":
        gap = text[end : cues[nxt].source_start]
        gap_words = gap.split()
        relative = 0 < len(gap_words) <= 3 and lex.relative_pronoun.fullmatch(gap_words[-1])
        if relative and not lex.contrast_conjunction.search(gap):
            return nxt, paren_series
        # "“… 100-to-300 spectrum …,” the report said": the quotation's speaker follows it.
        if re.search(r"[”\"»]\s*,?\s*$", gap) and prev is None:
            return nxt, paren_series
    if prev is not None and _barred(text[cues[prev].trigger_end : start], lex):
        prev = None  # the figure sits in another clause ("…that began after…, killing 1,300")
    if prev is not None and cues[prev].form in ("subject", "passive"):
        return _embedding_speaker(text, cues, prev, lex), paren_series
    if nxt is not None and cues[nxt].form in ("prep", "inverted", "nominal"):
        # A preposition before its source ("Selon X,"), not an owner ("The government's forecast").
        opening = (
            prev is not None
            and cues[prev].form == "prep"
            and cues[prev].trigger_start < cues[prev].source_start
        )
        if opening and cues[nxt].form == "prep" and not re.search(r"\d", text[: cues[prev].start]):
            # "Selon le SIEVL, le site a prélevé 410 millions de litres, soit le double du
            # chiffre avancé par l'entreprise": a "selon X" opening the sentence governs its
            # clause; one after the figure only the figure right before it (see above). A
            # "selon X" after a first figure is that figure's ("31 gendarmes, d'après la
            # DGGN, et 62 manifestants […] selon le collectif").
            return prev, paren_series
        return nxt, paren_series
    # "Sept ans de prison ont été requis par le parquet": the subject of a passive request
    # or estimate is its agent's figure.
    if prev is None and nxt is not None and cues[nxt].form == "passive":
        gap = text[end : cues[nxt].trigger_start]
        if cues[nxt].verb == "report" and not re.search(r"[\d,;:]", gap):
            return nxt, paren_series
    return prev, paren_series


def _revised_value_cue(
    text: str, governed: tuple[int, Figure], fig: Figure, offset: int, lang: str
) -> int | None:
    """The cue of the figure before `fig` when `fig` is the earlier value that figure revises
    (lexicon.yaml `hedge_revision_markers` right before it: "said 14 children were in hospital
    since the meal, up from nine on Tuesday", "1 412 séismes, contre 1 240 annoncés"): the
    speaker of the new value gives the old one too, whatever clause comes between. Not two
    parties compared in one result ("54 %, contre 46 % pour la maire sortante")."""
    index, before = governed
    between = text[before.end - offset : fig.start - offset]
    gap = tuning().revised_value_gap_words
    marker_then_figure = r"(?:(?<![\w'’-])|(?=,)){}\s+(?:\S+\s+){0,GAP}$".replace("GAP", str(gap))
    if not listed_pattern(lang, "hedge_revision_markers", marker_then_figure).search(between):
        return None
    compared = listed_pattern(lang, "hedge_comparison_after", r"\s*(?:\S+\s+){0,2}?{}\b")
    if compared.match(text, fig.end - offset) or re.search(r"[;:]", between):
        return None
    return index


def _closing_according_to(text: str, cues: list[Cue], index: int) -> int:
    """The "selon X" / "according to X" cue that closes the clause of passive cue `index`
    ("La jauge avait été fixée à 25 000 places par un arrêté préfectoral, SELON LA
    PRÉFECTURE": the agent set the figure, the prefecture asserts it), else `index`."""
    passive = cues[index]
    if passive.form != "passive":
        return index
    for j in range(index + 1, len(cues)):
        closing = cues[j]
        if closing.form != "prep" or closing.trigger_start < passive.end:
            continue
        # A year may date the agent ("un arrêté de 2023"); any other number is another figure.
        gap = re.sub(r"\b(?:19|20)\d\d\b", "", text[passive.end : closing.trigger_start])
        if (
            "," in gap
            and len(gap.split()) <= tuning().closing_source_gap_words
            and not re.search(r"[\d;:.«»“”\"]", gap)
        ):
            return j
        break
    return index


def _embedding_speaker(text: str, cues: list[Cue], index: int, lex: Lexicon) -> int:
    """The cue whose reported clause the subject of cue `index` opens ("Utopia 56 said
    SURVIVORS had told its volunteers that 75 people were on board": the charity asserts
    what it relays), else `index`."""
    inner = cues[index]
    if inner.form != "subject" or inner.pronoun:
        return index
    for j in range(index - 1, -1, -1):
        outer = cues[j]
        if outer.form != "subject" or outer.verb != "report":
            continue
        if outer.trigger_end > inner.source_start:
            continue
        if not text[outer.trigger_start : outer.trigger_end].islower():
            break  # "L'association Alerte Eau Commune avance": a name, not a verb
        gap = text[outer.trigger_end : inner.source_start]
        if re.search(r"[^\w\s'’]", gap):
            break  # "…, X said, accusing…": punctuation closes the reported clause
        opening = lex.complementiser.match(gap.lstrip() + " ")
        rest = gap.lstrip()[opening.end() :] if opening else gap.strip()
        if not rest.strip():
            return j
        break
    return index


def _barred(between: str, lex: Lexicon) -> bool:
    """Whether a clause barrier separates a verb from a figure. A conjunction inside the
    verb's complement clause is none ("said THAT the number was nine, BECAUSE two drillers
    were missing": still reported); a relative clause always is ("adding that his party,
    WHICH holds 61 of the 150 seats": background)."""
    barriers = list(lex.figure_barrier.finditer(between))
    if not barriers:
        return False
    relative = any(lex.relative_pronoun.fullmatch(b.group().strip()) for b in barriers)
    return relative or not _reported_clause(between, lex)


def _reported_clause(between: str, lex: Lexicon) -> bool:
    """Whether the words from a verb to a figure open with the verb's complement clause."""
    for word in between.split()[:5]:
        end = lex.complementiser.match(f"{word} ").end()
        if end == len(word) + 1 or (end and word[end - 1] in "'’"):  # "that", "qu'il"
            return True
    return False


def _next_cue_start(cues: list[Cue], pos: int, default: int) -> int:
    starts = [c.start for c in cues if c.start >= pos and c.form not in FIGURE_ONLY]
    return min(starts) if starts else default


def _parenthetical(text: str, cue: Cue, lex: Lexicon) -> bool:
    """ "…, X said." / "…, firefighters say, …": a reporting clause with no object of its own."""
    if not text[: cue.source_start].rstrip().endswith(","):
        return False
    rest = re.split(r"[,.;:!?—–]", text[cue.trigger_end :], maxsplit=1)[0]
    # An adverbial clause after the verb is no object of it: "…, an official said on condition
    # of anonymity because he was not authorized to…" reports the clause before.
    adverbial = listed_pattern(lex.lang, "adverbial_clause_openers", WHOLE_WORDS).search(rest, 1)
    if adverbial:
        rest = rest[: adverbial.start()]
    words = rest.split()
    if len(words) > 6 or any(ch.isdigit() for ch in rest):
        return False
    return not (words and lex.clause_boundary.fullmatch(words[0]))


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


def _scope(text: str, cues: list[Cue], index: int, lex: Lexicon) -> tuple[int, int]:
    """The words a cue attributes: from its trigger to the next main cue. A speaker named
    after a quotation ("« … », a déclaré X", "“…,” X said") or after the clause it reports
    ("No card details were compromised, the carrier said.", "…, according to police") also
    owns what precedes."""
    cue = cues[index]
    following = [
        c.start for c in cues[index + 1 :] if c.form not in FIGURE_ONLY and c.start > cue.end
    ]
    end = following[0] if following else len(text)
    start = cue.trigger_start if cue.form != "inverted" else cue.start
    after_quote = text[: cue.start].rstrip(" ,").endswith(("»", "”", '"'))
    reporting_clause = cue.form == "subject" and _parenthetical(text, cue, lex)
    # "X is suspected of fraud, according to the prosecutor's office": a closing "according
    # to" owns the clause before its comma, as a closing "X said" does.
    closing_source = (
        cue.form == "prep" and not following and text[: cue.start].rstrip().endswith(",")
    )
    if cue.form == "inverted" or after_quote or reporting_clause or closing_source:
        earlier = [c.end for c in cues[:index] if c.form not in FIGURE_ONLY]
        start = earlier[-1] if earlier else 0
    return start, end


def _kind(
    cue: Cue,
    text: str,
    span: tuple[int, int],
    attribution: Attribution,
    ctx: _Context,
    carry_stance: bool = True,
) -> tuple[Kind, Polarity]:
    """Kind and polarity of what a cue attributes, in this order: a denial verb denies; the
    speaker's own defence denies (`_own_defence`); denial vocabulary denies (unless a third
    party negates: "X was not responsible"); an accusation verb accuses; a reply to a recent
    accusation, the accused negating, or a dismissive reply ("« Grotesque », a réagi
    le ministère") denies; another negation is a statement with polarity deny (annotation
    guidelines); accusation vocabulary accuses; else the speaker continues the stance of
    their previous sentence ("X rejected the allegations. « … », a-t-il déclaré"; not with
    `carry_stance` False) or makes a plain statement."""
    lex = ctx.lex
    if cue.verb == "deny":
        return "denial", "deny"
    scope = _open_single_quotes(text[span[0] : span[1]])
    negated = cue.negated or _negated(
        text[span[0] : cue.start] + " " + text[cue.end : span[1]], lex
    )
    answers = _answers_accusation(text, cue, scope, attribution, negated, ctx)
    if lex.self_denial_terms.search(scope) or _own_defence(scope, ctx.lang, cue.verb):
        return "denial", "deny"
    term = lex.denial_terms.search(scope)
    if term:
        # "dénonce des allégations sans fondement"; but "X was not responsible" from a third
        # party only negates. A denial word in a sentence of its own after the negation ("No
        # drones were used. This is a fabrication") denies whatever was negated.
        negation = lex.proposition_negation.search(scope)
        apart = negation is not None and bool(
            re.search(r"[.;!?]", scope[negation.end() : term.start()])
        )
        if answers or not negated or apart:
            return "denial", "deny"
        return "statement", "deny"
    if cue.verb == "accuse":
        return "accusation", "affirm"
    if answers or _dismisses(text, cue, span, lex):
        return "denial", "deny"
    if (
        not negated
        and not _second_verb(text, cue, ctx)
        and _blanket_compliance(scope, attribution, ctx, text[cue.trigger_start : cue.trigger_end])
    ):
        return "denial", "deny"
    continued = _continued_stance(attribution, ctx, negated) if carry_stance else None
    if continued != ("denial", "deny") and _quoted_blame(scope, attribution, ctx):
        return "accusation", "affirm"
    if negated:
        # A denier negates on; an accuser's negation may set a charge aside ("We have not
        # seen systematic fraud").
        return continued if continued == ("denial", "deny") else ("statement", "deny")
    if lex.accusation_terms.search(scope) or _inaction_blame(ctx.lang).search(scope):
        return "accusation", "affirm"
    return continued or ("statement", "affirm")


def _quoted_blame(scope: str, attribution: Attribution, ctx: _Context) -> bool:
    """Whether the speaker's words charge another party under a neutral verb: a wrongdoing
    term (lexicon.yaml `wrongdoing_terms`: « On a falsifié les données », "This is piracy,
    pure and simple") in a clause of its own without negation and without the speaker as its
    agent (`own_agent_before`: "we cut corners" owns up), a first-person grievance
    (`first_person_grievances`: « Nous avions signalé à plusieurs reprises… », "we were told
    to keep quiet"), or blame for inaction with no negation before it, whatever negation
    follows (`_unnegated_inaction`: « La direction savait dès juin qu'elle n'aurait pas… »;
    only with extraction.yaml `inaction_through_negation`).
    Not from a party a recent charge of the article names: the accused
    quoting the charge only restates it."""
    lex = ctx.lex
    grievance = listed_pattern(ctx.lang, "first_person_grievances", WHOLE_WORDS).search(scope) or (
        tuning().inaction_through_negation and _unnegated_inaction(scope, lex)
    )
    if not grievance and not any(
        _blames_in(clause, ctx.lang, lex) for clause in re.split(r"[.;!?]", scope)
    ):
        return False
    speaker = _name_words(attribution)
    return not any(
        speaker & (_name_words_in(claim.sentence) - _name_words(claim.attribution))
        for index, claim in ctx.accusations
        if ctx.sentence_index - index <= lex.answer_reach_sentences
        and claim.attribution.canonical != attribution.canonical
    )


@cache
def _verdict_of_wrong(lang: str) -> re.Pattern[str]:
    """A wrong named as a verdict (lexicon.yaml `verdict_frames` then `wrongdoing_nouns`):
    "This is piracy, pure and simple", « il s'agit d'un acte de piraterie »."""
    nouns = listed_pattern(lang, "wrongdoing_nouns").pattern
    frame = listed_pattern(lang, "verdict_frames", r"(?<![\w'’-]){}").pattern
    return re.compile(frame + nouns + r"(?![\w-])", re.IGNORECASE)


def _blames_in(clause: str, lang: str, lex: Lexicon) -> bool:
    """Whether a clause holds a wrongdoing term whose agent is not the speaker, without a
    negation ("This is piracy"; not "this is not fraud", not "we falsified nothing")."""
    term = listed_pattern(lang, "wrongdoing_terms", r"(?<![\w'’-]){}").search(
        clause
    ) or _verdict_of_wrong(lang).search(clause)
    if term is None or lex.proposition_negation.search(clause):
        return False
    own_agent = listed_pattern(lang, "own_agent_before")
    return not own_agent.search(clause[: term.start()])


def _second_verb(text: str, cue: Cue, ctx: _Context) -> bool:
    """Whether the cue is a later verb of a subject with an earlier verb in the sentence ("La
    direction dénonce des allégations… et ASSURE que…"): that verb's clause sets the stance."""
    cues = ctx.last_cues[1] if ctx.last_cues and ctx.last_cues[0] == text else []
    return any(
        other.trigger_start < cue.trigger_start
        and (other.start, other.source) == (cue.start, cue.source)
        for other in cues
    )


def _blanket_compliance(
    scope: str, attribution: Attribution, ctx: _Context, trigger: str = ""
) -> bool:
    """Whether a claim that the charged things were all done by the rules answers a charge
    (lexicon.yaml `blanket_compliance`: "Every animal he owns is registered", « les groupes
    électrogènes étaient entretenus et testés chaque mois », "Our teams followed the
    procedures"): no accuser, under a name that shares a word with theirs, says it, and the
    article charged someone before (an accusation, or a denial that answers one) or the
    reporting verb `trigger` stands firm against one (`standing_firm_verbs`: "maintained that
    his office had acted on every recommendation"). Off unless extraction.yaml
    `blanket_compliance_answers`; a compliant state (`compliant_states`) only with
    `compliant_state_answers`."""
    if not tuning().blanket_compliance_answers:
        return False
    states = tuning().compliant_state_answers and listed_pattern(
        ctx.lang, "compliant_states"
    ).search(scope)
    if not states and not listed_pattern(ctx.lang, "blanket_compliance").search(scope):
        return False
    accusers = {claim.attribution.canonical for _, claim in ctx.accusations}
    speaker = _name_words(attribution)
    if attribution.canonical in accusers or any(
        speaker & _name_words_in(accuser) for accuser in accusers
    ):
        return False  # "« … », a affirmé le collectif des riverains" after the residents' charge
    return (
        bool(accusers)
        or any(taken[0] == "denial" for *_, taken in ctx.stance_history)
        or bool(listed_pattern(ctx.lang, "standing_firm_verbs", WHOLE_WORDS).search(trigger))
    )


def _own_defence(scope: str, lang: str, verb: str | None) -> bool:
    """Whether a speaker defends themselves against a charge without a denial verb: the
    reported clause rejects the charges ("« M. X conteste l'intégralité de ces accusations »",
    "said the company 'firmly contests' the allegations"), negates the speaker's own act ("We
    have not paid", "« Je n'ai jamais plagié »", "assure n'avoir jamais touché un centime"),
    claims compliance ("in full compliance with the rules", « dans le strict respect du
    droit »), or names the charge only to set it aside ("accounting errors, not fraud",
    « de la prudence, pas un dérapage »). An accusation verb's clause that goes on to reject
    charges ("X, qui accuse Y d'avoir…, a rejeté ces accusations") keeps its charge: the
    rejection has its own cue."""
    rejects, corrects, acts, *own = _defence_patterns(lang)
    patterns = own if verb == "accuse" else [rejects, corrects, acts, *own]
    return any(pattern.search(scope) for pattern in patterns)


@cache
def _defence_patterns(lang: str) -> tuple[re.Pattern[str], ...]:
    """lexicon.yaml `charges_rejected`, `charge_corrections`, `act_negations`,
    `own_act_negations` and `compliance_claims`, each starting a word (they may end on the
    space before an excluded word). An act negated with its agent left out ("aucune rançon
    n'a été payée", "there has never been any negotiation") defends whoever would have done
    it; inside an accusation verb's clause it is part of the charge, so it is not read there."""
    keys = (
        "charges_rejected",
        "charge_corrections",
        "act_negations",
        "own_act_negations",
        "compliance_claims",
    )
    return tuple(listed_pattern(lang, key, r"(?<![\w'’-]){}") for key in keys)


def _tally_carries_no_stance(
    cue: Cue, text: str, span: tuple[int, int], attribution: Attribution, ctx: _Context
) -> bool:
    """Whether a counting verb ("a recensé", "has counted", lexicon.yaml `tally_verbs`)
    reports the sentence's figures and the stance it would take comes only from the
    speaker's previous sentence: a tally, not the charge or denial carried on."""
    trigger = text[cue.trigger_start : cue.trigger_end]
    if not listed_pattern(ctx.lang, "tally_verbs", WHOLE_WORDS).search(trigger):
        return False
    own, _ = _kind(cue, text, span, attribution, ctx, carry_stance=False)
    return own == "statement"


def _dismisses(text: str, cue: Cue, span: tuple[int, int], lex: Lexicon) -> bool:
    """A dismissive reply denies: a dismissive word as the verdict of a qualifying frame
    ("called the claim 'a crude attempt at intimidation'", "qualifie ces chiffres de
    « fantaisistes »", "These claims are false"), or a short quoted reply that is a dismissive
    word ("« Grotesque », a réagi le ministère")."""
    around = text[min(span[0], cue.trigger_start) : max(span[1], cue.trigger_end)]
    if lex.dismissal.search(_open_single_quotes(around)):
        return True
    proposition = text[span[0] : cue.start] + " " + text[cue.end : span[1]]
    words = re.findall(r"[\w'’-]+", proposition)
    quoted = any(mark in proposition for mark in QUOTE_CHARS)
    return (
        quoted
        and 0 < len(words) <= lex.dismissal_quote_words
        and bool(lex.dismissive_terms.search(proposition))
    )


def _continued_stance(
    attribution: Attribution, ctx: _Context, negated: bool = False
) -> tuple[Kind, Polarity] | None:
    """The stance the speaker took in the previous sentence, under its name or as a member of
    the body that took it ("The union has accused STV… « … », said Didier Colson, a CGSP
    official" after the CGSP's charge); or a denial under a shorter name ("The police pushed
    back. « … », the regional police directorate said": the body answers on); or, for a
    negation, a denial the speaker made a few sentences before (lexicon.yaml
    `answer_reach_sentences`: "The agency rejected the claims. […] The agency said no one
    would be laid off")."""
    stance = ctx.previous_stances.get(attribution.canonical)
    if stance is not None:
        return stance
    # A member's figures are their own count: the body's stance is not carried onto them.
    member_of = {
        taken
        for name, taken in ctx.previous_stances.items()
        if not ctx.sentence_figures and _member_of(attribution.source, name)
    }
    if len(member_of) == 1:
        return member_of.pop()
    words = {fold(w) for w in re.findall(r"[\w'’-]+", attribution.canonical)}
    shorter = {
        taken
        for name, taken in ctx.previous_stances.items()
        if {fold(w) for w in re.findall(r"[\w'’-]+", name)} < words
    }
    if shorter == {("denial", "deny")}:
        return "denial", "deny"
    if negated and any(
        taken == ("denial", "deny")
        and ctx.sentence_index - index <= ctx.lex.answer_reach_sentences
        and (name == attribution.canonical or _member_of(attribution.source, name))
        for index, name, taken in ctx.stance_history
    ):
        return "denial", "deny"
    return None


def _member_of(source: str, body: str) -> bool:
    """Whether a speaker's description names the body as theirs: every word of the body's
    name, one capitalised word at least, sits in it ("Didier Colson, a CGSP official" for the
    CGSP; "le porte-parole de la FNSEA")."""
    named = re.findall(r"[\w'’-]+", body)
    if not any(w[:1].isupper() for w in named):
        return False
    said = {fold(w) for w in re.findall(r"[\w'’-]+", source)}
    return fold(body) != fold(source) and {fold(w) for w in named} <= said


# An opening single quote ("a 'political revenge'"): a quote mark after no letter, before one.
_OPENING_SINGLE_QUOTE = re.compile(r"(?<!\w)['‘’](?=\w)")


def _open_single_quotes(text: str) -> str:
    """The text with opening single quotes blanked, so that lexicon words, which refuse an
    apostrophe before them (elisions, "l'accusation" is one word), match a quoted phrase:
    "called the charges 'political revenge'"."""
    return _OPENING_SINGLE_QUOTE.sub(" ", text)


def _relays(cues: list[Cue], index: int) -> bool:
    """A trailing "according to X" after a speaker's verb names who relayed it, not a speaker."""
    return any(c.form in ("subject", "inverted") for c in cues[:index])


def _figure_hedge_window(
    text: str, window: tuple[int, int], fig: Figure, figures: list[Figure], offset: int, lang: str
) -> tuple[int, int]:
    """The part of `window` whose hedges qualify `fig`. After the figure it ends at the next
    figure ("plus de 300 témoignages … au moins cinq décès pourraient", the hedge is the five
    deaths') or where a clause of its own starts (lexicon.yaml `hedge_clause_breaks`: "douze
    jours …, ce qui aurait allongé"); an earlier figure a revision replaces keeps out the new
    figure's hedge (`hedge_revision_markers`: "perdrait 520 emplois, au lieu des 410 prévus")."""
    start, end = window
    fig_start, fig_end = fig.start - offset, fig.end - offset
    later = [
        f.start - offset
        for f in figures
        if f.start - offset >= fig_end
        and not _aside(text[: f.start - offset], lang)
        # figures joined as one list share the hedge after it ("12 morts et 40 blessés seraient")
        and not list_connector(lang).fullmatch(text[fig_end : f.start - offset])
    ]
    breaks = listed_pattern(lang, "hedge_clause_breaks").search(text, fig_end)
    end = min([end, *later, *([breaks.start()] if breaks else [])])
    marker_then_figure = r"(?:(?<![\w'’-])|(?=,)){}\s+(?:\S+\s+){0,3}$"
    revised = listed_pattern(lang, "hedge_revision_markers", marker_then_figure).search(
        text[:fig_start], start
    )
    # "recueillerait 54 %, contre 46 % POUR la maire sortante": two parties compared in one
    # hedged result, no revision.
    compared = listed_pattern(lang, "hedge_comparison_after", r"\s*(?:\S+\s+){0,2}?{}\b")
    if revised and not compared.match(text, fig_end):
        start = revised.start()
    return start, max(start, end)


def _aside(before: str, lang: str) -> bool:
    """Whether a figure after `before` is an aside, not the next figure of the clause: in
    brackets ("400 millimeters (16 inches) of rain could fall") or refuted ("neuf
    travailleurs, et non sept, qui seraient coincés")."""
    refuting = _refuting_before(lang)
    return before.count("(") > before.count(")") or bool(refuting and refuting.search(before))


def _hedged(text: str, start: int, end: int, cue: Cue, lex: Lexicon) -> bool:
    """A hedge word in text[start:end]. A conditional after a past reporting verb only
    follows the sequence of tenses ("a déclaré que l'alliance viserait") and does not count."""
    span = text[start:end]
    if lex.hedge.search(span):
        return True
    window = text[max(0, cue.trigger_start - 12) : cue.trigger_end]
    past_report = cue.form in ("subject", "inverted") and bool(lex.auxiliary.search(window))
    for match in lex.conditional.finditer(span):
        if match.group().lower() in lex.hedge_exceptions:
            continue
        if past_report and start + match.start() > cue.trigger_end:
            continue
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


def _link_denials(claims: list[Claim], ctx: _Context) -> list[Claim]:
    """Point each denial at the claim it answers: the same figure asserted by someone else
    for a denied figure, else the latest accusation by another source. A denial answering
    every charge against its speaker after two distinct ones becomes one denial per charge,
    each pointing at its own (see `_charges_answered`)."""
    out: list[Claim] = []
    moved: dict[int, int] = {}  # index in `claims` -> index in `out`
    answers: dict[int, int] = {}  # index in `out` of a per-charge copy -> its accusation's
    for i, claim in enumerate(claims):
        moved[i] = len(out)
        charges = _charges_answered(claims, i, ctx)
        if len(charges) < 2:
            out.append(claim)
            continue
        for charge in charges:
            answers[len(out)] = moved[charge]
            out.append(claim)
    for i, claim in enumerate(out):
        if i in answers:
            out[i] = replace(claim, denies=answers[i])
            continue
        if claim.polarity != "deny":
            continue
        denier = claim.attribution.canonical
        target: int | None = None
        value = claim.figure.value if claim.figure is not None else None
        if value is not None:
            target = _nearest(out, i, _asserts_value(value, denier))
        elif ctx.lex.anaphora_accusation.search(claim.sentence) or claim.kind == "denial":
            target = _nearest(out, i, _accuses(denier), backwards_only=True)
        if target is not None:
            out[i] = replace(claim, denies=target)
    return out


def _charges_answered(claims: list[Claim], index: int, ctx: _Context) -> list[int]:
    """The earlier accusations, one per distinct charge, that a denial answering every charge
    against its speaker answers ("La direction rejette ces accusations", "X, who denies
    wrongdoing", "Le recteur nie catégoriquement."): the latest accusation of each charge
    made by someone else and not aimed at another named party. An accusation starts a new
    charge when it is the first, or when it says it adds one ("reproche AUSSI",
    "She ALSO alleges"); otherwise it restates the charge before it. Empty when the denial
    names what it denies or says nothing of every charge."""
    denial = claims[index]
    if denial.kind != "denial" or denial.figure is not None:
        return []
    if not listed_pattern(ctx.lang, "all_charges_denied").search(denial.sentence):
        return []
    if _answered_noun(denial, ctx):
        return []  # "…, a charge the union rejects": the one charge the sentence names
    further = listed_pattern(ctx.lang, "further_charge_markers", r"(?<![\w'’-]){}(?![\w-])")
    aimed = [
        j
        for j in range(index)
        if claims[j].kind == "accusation"
        and claims[j].sentence != denial.sentence
        and _aimed_at(claims[j], denial.attribution, ctx)
    ]
    denier = fold(denial.attribution.canonical)
    if any(fold(claims[j].extras.get("accused", "")) == denier for j in aimed):
        # Charges against the denier by its own name ("accused the prefect of…" -> the
        # prefecture) leave out those aimed at another party ("accused the mayor of…"),
        # which a description ("the mayor", "l'entreprise") would otherwise let through.
        aimed = [j for j in aimed if fold(claims[j].extras.get("accused", "")) in ("", denier)]
    latest: list[int] = []  # per charge, its latest accusation
    seen: set[str] = set()
    for j in aimed:
        accusation = claims[j]
        if accusation.sentence in seen:
            continue
        seen.add(accusation.sentence)
        if not latest or further.search(accusation.sentence):
            latest.append(j)
        else:
            latest[-1] = j
    return latest


def _aimed_at(accusation: Claim, denier: Attribution, ctx: _Context) -> bool:
    """Whether an accusation may be aimed at `denier`: made by someone else, not a mutual
    one, and not aimed by name at another party (its `extras["accused"]` names no word of
    the denier's)."""
    if accusation.attribution.canonical == denier.canonical or accusation.extras.get("reciprocal"):
        return False  # "Chaque camp accuse l'autre" is no charge a denial answers
    accused = accusation.extras.get("accused", "")
    if not accused or not any(w[:1].isupper() for w in accused.split()):
        return True  # "l'entreprise", "the operator": a description, maybe the denier
    denier_words = {
        fold(w) for w in re.findall(r"[\w'’-]{3,}", f"{denier.canonical} {denier.source}")
    }
    return any(fold(w) in denier_words for w in re.findall(r"[\w'’-]{3,}", accused))


def _asserts_value(value: float, denier: str) -> Callable[[Claim], bool]:
    def check(c: Claim) -> bool:
        return (
            c.figure is not None
            and c.polarity == "affirm"
            and c.figure.value == value
            and c.attribution.canonical != denier
        )

    return check


def _accuses(denier: str) -> Callable[[Claim], bool]:
    def check(c: Claim) -> bool:
        return c.kind == "accusation" and c.attribution.canonical != denier

    return check


def _nearest(
    claims: list[Claim], i: int, pred: Callable[[Claim], bool], backwards_only: bool = False
) -> int | None:
    """The closest claim before `i` (then after, unless `backwards_only`) satisfying `pred`."""
    for j in range(i - 1, -1, -1):
        if pred(claims[j]):
            return j
    if backwards_only:
        return None
    for j in range(i + 1, len(claims)):
        if pred(claims[j]):
            return j
    return None
