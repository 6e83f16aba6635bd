"""Who a person speaks for: the organisation behind a role mention, and an article's acronyms.

Wire copy names people by their role: "Colonel Anatol Brezny, a spokesperson for the ministry",
"la directrice de l'ARS, Nathalie Orsini", "UNHCR spokesperson Hanne Lidvall", "FlyFair's
director". The claim belongs to the organisation. Organisations are introduced once with their
acronym ("le syndicat des médecins hospitaliers de Montclar (SMHM)") and then named by it or by
their head noun ("le syndicat", "the union"). All words come from the language's lexicon.
"""

from __future__ import annotations

import re

from claimtrack.lexicon import Lexicon

ACRONYM = re.compile(r"\(([A-ZÀ-Ý][A-ZÀ-Ý0-9&-]{1,9})\)")
# How many words before "(ACR)" may belong to the name it abbreviates.
ACRONYM_NAME_WORDS = 9
WORD = re.compile(r"[\w'’-]+")


def acronym_in(source: str) -> str | None:
    """The acronym a mention gives in brackets: "le syndicat … de Montclar (SMHM)" -> "SMHM"."""
    match = ACRONYM.search(source)
    return match.group(1) if match else None


def article_acronyms(text: str, lex: Lexicon) -> dict[str, str]:
    """Folded long names and their head nouns -> acronym, for every "Name (ACR)" of `text`.
    A head noun shared by two acronyms ("l'agence" of two agencies) is left out."""
    names: dict[str, str] = {}
    heads: dict[str, set[str]] = {}
    for match in ACRONYM.finditer(text):
        acronym = match.group(1)
        before = re.split(r"[.,;:!?«»“”\"()\n]", text[: match.start()])[-1]
        words = _name_words(WORD.findall(before)[-ACRONYM_NAME_WORDS:], lex)
        if not words:
            continue
        names[_fold(" ".join(words))] = acronym
        head = words[0].casefold()
        if head in lex.role_nouns:
            heads.setdefault(head, set()).add(acronym)
    for head, acronyms in heads.items():
        if len(acronyms) == 1:
            names.setdefault(head, next(iter(acronyms)))
    return names


def acronym_for(phrase: str, acronyms: dict[str, str], lex: Lexicon) -> str | None:
    """The acronym of the organisation `phrase` names in full or by its head noun."""
    if not acronyms:
        return None
    words = _name_words(WORD.findall(phrase), lex)
    return acronyms.get(_fold(" ".join(words))) if words else None


def _name_words(words: list[str], lex: Lexicon) -> list[str]:
    """The words of a name, from after its last article ("… contre LE syndicat des
    médecins" -> "syndicat des médecins"; "l'agence régionale" -> "agence régionale")."""
    for i in range(len(words) - 1, -1, -1):
        # An article after a link word opens a complement ("observatoire DE LA santé").
        if i and _plain(words[i - 1]) in lex.role_links_words:
            continue
        if _plain(words[i]) in lex.name_articles:
            return words[i + 1 :]
        elided = re.match(r"^(\w['’])(.+)$", words[i])
        if elided and _plain(elided.group(1)) in lex.name_articles:
            return [elided.group(2), *words[i + 1 :]]
    return words


def _plain(word: str) -> str:
    return word.casefold().replace("’", "'")


def organisation_of(source: str, lex: Lexicon) -> str | None:
    """The organisation a role mention speaks for, as written, or None: "a spokesperson for
    THE MINISTRY", "la coordinatrice de LA FICR", "FLYFAIR's director", "UNHCR spokesperson
    Hanne Lidvall", "Olivier Brunel, who heads THE DOCTORS' UNION"."""
    for part in re.split(r"\s*,\s*", source.strip()):
        found = _role_link_org(part, lex) or _premodified_role(part, lex)
        if found:
            return found
    match = lex.leads_organisation.search(source)
    if match:
        return source[match.end() :].split(",")[0].strip() or None
    return None


def _role_link_org(part: str, lex: Lexicon) -> str | None:
    """ "ROLE link ORG" ("le porte-parole du gouvernement") or "ORG's ROLE"."""
    match = lex.speaker_role_link.search(part)
    if match:
        org = _cut_person(part[match.end() :].strip())
        if lex.portfolio_role.search(match.group()):
            # "la ministre des Finances D'ESTRAVIE": the body follows the portfolio.
            org = _after_portfolio(org, lex)
        return org or None
    match = lex.speaker_role_possessive.search(part)
    if match:
        # "a nurse and THE UNION's spokesman": the owner is the last phrase before "'s".
        owner = lex.coordinator.split(part[: match.start()])[-1]
        return " ".join(_name_words(WORD.findall(owner), lex)) or None
    return None


def _premodified_role(part: str, lex: Lexicon) -> str | None:
    """ "UNHCR spokesperson Hanne Lidvall", "Council chair Ilse Marten": the words before a
    role noun that a capitalised name follows."""
    match = lex.speaker_role_premodified.search(part)
    if match is None:
        return None
    words = _name_words(WORD.findall(part[: match.start()]), lex)
    if _portfolio(match.group(), " ".join(words), lex):
        return None
    return " ".join(words) or None


def _after_portfolio(org: str, lex: Lexicon) -> str:
    """ "Finances d'Estravie" -> "Estravie"; "la Santé" -> "" (a portfolio alone)."""
    words = WORD.findall(org)
    for i, word in enumerate(words[1:], start=1):
        low = _plain(word)
        if low in lex.role_links_words:
            return " ".join(words[i + 1 :])
        elided = re.match(r"^(\w['’])(.+)$", word)
        if elided and _plain(elided.group(1)) in lex.role_links_words:
            return " ".join([elided.group(2), *words[i + 1 :]])
    return ""


def _portfolio(role: str, org: str, lex: Lexicon) -> bool:
    """ "la ministre de la Santé", "Interior Minister": one word after a minister names a
    portfolio, not a body we could tell apart from the person."""
    words = WORD.findall(org)
    return (
        bool(lex.portfolio_role.search(role))
        and len(_name_words(words, lex)) <= 1
        and not org.isupper()
    )


def _cut_person(org: str) -> str:
    """ "la CGT Philippe Martinez" -> "la CGT": a trailing two-word capitalised name is the
    person, not the organisation."""
    words = org.split()
    if len(words) >= 3 and all(w[:1].isupper() for w in words[-2:]):
        rest = words[:-2]
        # "the Red Cross" stays whole: what would remain names nothing.
        if any(w[:1].isupper() for w in rest):
            return " ".join(rest)
    return org


def _fold(text: str) -> str:
    return " ".join(text.casefold().replace("’", "'").split())
