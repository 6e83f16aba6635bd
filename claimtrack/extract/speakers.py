"""Who a person speaks for: the organisation behind a role mention, and an article's acronyms.

Wire copy names people by their role: "Colonel Anatol Brezny, a spokesperson for the ministry",
"la directrice de l'ARS, Nathalie Orsini", "UNHCR spokesperson Hanne Lidvall", "FlyFair's
director". The claim belongs to the organisation. Organisations are introduced once with their
acronym ("le syndicat des médecins hospitaliers de Montclar (SMHM)") and then named by it or by
their head noun ("le syndicat", "the union"). All words come from the language's lexicon.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import cache

from claimtrack.lexicon import Lexicon, alternation, lexicon
from claimtrack.normalise import SourceResolver, fold
from claimtrack.resources import languages, load_data

# An acronym as a word: "CGSP", "CFE-CGC", "FO".
ACRONYM_WORD = r"[A-ZÀ-Ý][A-ZÀ-Ý0-9&-]{1,9}"
# An acronym in brackets: "(UCA)".
ACRONYM = re.compile(rf"\(({ACRONYM_WORD})\)")
# An acronym read as a word, which French copy writes with one capital ("(Sdis)", "(Insee)"):
# one only when its letters are the initials of the words naming it (`spelled_by_initials`).
TITLE_ACRONYM = re.compile(r"\(([A-ZÀ-Ý][a-zà-ÿ]{2,6})\)")
# How many words before "(ACR)" may belong to the name it abbreviates.
ACRONYM_NAME_WORDS = 9
# How many words a description of an organisation by its head noun may have ("the Valdorian
# carrier", "l'agence régionale de santé" is a name).
DESCRIPTION_WORDS = 3
WORD = re.compile(r"[\w'’-]+")


# Punctuation that ends the clause a "Name (ACR)" name is read from.
_CLAUSE_END = re.compile(r"[.,;:!?«»“”\"()\n]")
# Characters looked back from an acronym: far more than its ACRONYM_NAME_WORDS words take, so
# that each acronym costs the same however long the article (not the whole text before it).
_NAME_REACH = 600


def _acronym_names(text: str, lex: Lexicon) -> Iterator[tuple[re.Match[str], list[str]]]:
    """Each "(ACR)" of `text` with the words of the name before it in its clause (at most
    ACRONYM_NAME_WORDS), when there is one."""
    matches = [*ACRONYM.finditer(text), *_title_acronyms(text, lex)]
    for match in sorted(matches, key=lambda m: m.start()):
        start = max(0, match.start() - _NAME_REACH)
        before = _CLAUSE_END.split(text[start : match.start()])[-1]
        if person_affiliation(before, match.group(1), lex):
            continue  # "la députée Anne Morel (LR)": her party, not another name of hers
        words = _name_words(WORD.findall(before)[-ACRONYM_NAME_WORDS:], lex)
        if words:
            yield match, words


# A person's full name ending a phrase: two or three capitalised words.
_TRAILING_PERSON_NAME = re.compile(r"(?<![\w'’-])(?:[A-ZÀ-Ý][\w'’-]+\s+){1,2}[A-ZÀ-Ý][\w'’-]+\s*$")


def _initials_hold(acronym: str, name: str) -> bool:
    """Whether the acronym's letters come in order among the initials of the name's parts,
    hyphenated parts included ("Groupe Hospitalier Rance-Emeraude" holds "GHRE")."""
    initials = iter(part[0].casefold() for part in re.split(r"[\s'’-]+", name) if part)
    return all(letter in initials for letter in acronym.casefold() if letter.isalpha())


def person_affiliation(before: str, acronym: str, lex: Lexicon) -> bool:
    """Whether the acronym bracketed right after `before` is the affiliation of the person
    named last ("le sénateur Jean Dupont (PS)", "le maire Gérard Lhuillier (DVD)"); not a body
    the alias tables know, whom the person speaks for ("Sandrine Coudert (CGT)"), nor the
    name's own short form: a body's name holds its acronym's initials ("Médecins Sans
    Frontières (MSF)"), a word for a kind of organisation ("the Autonomous Firefighters' Union
    (SASP)") or follows a complement or a coordinator ("Natural Sciences and Engineering
    Research Council")."""
    if SourceResolver.default().lookup(acronym, lex.lang):
        return False  # a body the tables know: "Sandrine Coudert (CGT)" speaks for her union
    name = _TRAILING_PERSON_NAME.search(before)
    if name is None or _initials_hold(acronym, name.group()):
        return False
    kinds = set().union(*lex.organisation_classes.values())
    if any(re.sub(r"['’]s?$", "", w).casefold() in kinds for w in name.group().split()):
        return False
    words = before[: name.start()].split()
    return not words or not (
        words[-1].casefold() in lex.role_links_words or lex.coordinator.fullmatch(words[-1])
    )


def _title_acronyms(text: str, lex: Lexicon) -> Iterator[re.Match[str]]:
    """Each one-capital "(Sdis)" of `text` that spells the initials of the words before it."""
    for match in TITLE_ACRONYM.finditer(text):
        before = _CLAUSE_END.split(text[max(0, match.start() - _NAME_REACH) : match.start()])[-1]
        if spelled_by_initials(match.group(1), before, lex):
            yield match


def spelled_by_initials(acronym: str, before: str, lex: Lexicon) -> bool:
    """Whether `acronym`'s letters are the initials of the last content words of `before`,
    articles, link words and coordinators skipped: "service départemental d'incendie et de
    secours" spells "Sdis", "Institut national de la statistique et des études économiques"
    spells "Insee"; "Saint-Genest-la-Côte" spells no "Loire"."""
    return initials_start(acronym, before, lex) is not None


def initials_start(acronym: str, before: str, lex: Lexicon) -> int | None:
    """Where in `before` the words whose initials `acronym` spells start (see
    `spelled_by_initials`), or None when it spells none."""
    skipped = lex.role_links_words | lex.name_articles
    content: list[tuple[str, int]] = []
    for match in WORD.finditer(before):
        word = re.sub(r"^\w['’]", "", match.group())
        if _plain(word) in skipped or lex.coordinator.fullmatch(word):
            continue
        content.append((word, match.start()))
    tail = content[-len(acronym) :]
    initials = "".join(word[0] for word, _ in tail)
    if len(tail) != len(acronym) or fold(initials) != fold(acronym):
        return None
    return tail[0][1]


def acronym_in(source: str, lex: Lexicon | None = None) -> str | None:
    """The acronym a mention gives in brackets: "le syndicat … de Montclar (SMHM)" -> "SMHM";
    with the language's `lex`, also one written with one capital that spells the initials of
    the words before it ("… d'incendie et de secours (Sdis)" -> "Sdis")."""
    match = ACRONYM.search(source)
    if match is None and lex is not None:
        match = next(_title_acronyms(source, lex), None)
    return match.group(1) if match else None


def article_acronyms(
    text: str, lex: Lexicon, mentions: Sequence[OrganisationMention] | None = None
) -> dict[str, str]:
    """Folded long names and their head nouns -> acronym, for every "Name (ACR)" of `text`.
    A head noun shared by two acronyms ("l'agence" of two agencies) is left out.
    `mentions`: the text's `organisation_mentions`, when the caller has them already."""
    names: dict[str, str] = {}
    heads: dict[str, set[str]] = {}
    for match, words in _acronym_names(text, lex):
        acronym = match.group(1)
        names[_fold(" ".join(words))] = acronym
        head = words[0].casefold()
        if head in lex.role_nouns:
            heads.setdefault(head, set()).add(acronym)
    for head, acronyms in heads.items():
        if len(acronyms) == 1:
            names.setdefault(head, next(iter(acronyms)))
    for noun, name in article_organisations(text, lex, mentions).items():
        names.setdefault(noun, name)
    return names


def article_organisations(
    text: str, lex: Lexicon, mentions: Sequence[OrganisationMention] | None = None
) -> dict[str, str]:
    """Descriptive nouns -> the one organisation of their kind that `text` names with one:
    "l'usine chimique Armorichim" makes "le groupe" and "l'entreprise" Armorichim, "Aerovia,
    the Valdorian carrier" makes "the airline" Aerovia. Kinds naming two bodies are left out.
    `mentions`: the text's `organisation_mentions`, when the caller has them already."""
    named: dict[str, set[str]] = {}
    for _, body, noun in organisation_mentions(text, lex) if mentions is None else mentions:
        named.setdefault(noun, set()).add(body)
    found: dict[str, str] = {}
    for nouns in lex.organisation_classes.values():
        for noun in nouns:
            kinds = [kind for kind in lex.organisation_classes.values() if noun in kind]
            bodies = set().union(*(named.get(n, set()) for kind in kinds for n in kind))
            if len(bodies) == 1:
                found[noun] = next(iter(bodies))
    return found


# (offset, canonical body, descriptive noun): "l'exploitant, Mines Boréal-Nord".
OrganisationMention = tuple[int, str, str]


def organisation_mentions(
    text: str, lex: Lexicon, resolver: SourceResolver | None = None
) -> list[OrganisationMention]:
    """(offset, canonical body, descriptive noun) for every organisation `text` names with a
    noun of its kind ("l'exploitant, Mines Boréal-Nord", "the Steelworkers union"), in order;
    bodies are canonical through `resolver` (the built-in tables when None)."""
    resolver = resolver or SourceResolver.default()
    found: list[tuple[OrganisationMention, int]] = []
    appositions: list[tuple[int, int]] = []
    for shape, pattern in _organisation_patterns(lex.lang):
        for match in pattern.finditer(text):
            name = match.group("name")
            if not _proper_name(name, match, text, lex):
                continue
            before = WORD.findall(text[max(0, match.start() - 30) : match.start()])
            if shape == "noun_apposition" and before and _plain(before[-1]) in lex.role_links_words:
                continue  # "la vice-présidente DE l'entreprise, Isabelle Lachance": a person
            body = resolver.canonical(name, lex.lang)[0]
            noun = match.group("noun")
            if noun in lex.legal_suffixes and lex.legal_kind:
                # "Acme Inc.": a legal form makes the name one of the kind's first noun.
                noun = sorted(lex.organisation_classes.get(lex.legal_kind, {noun}))[0]
            if shape == "apposition":
                appositions.append((match.end("name"), match.end()))
            found.append(((match.start(), body, noun.casefold()), match.start("name")))
    # "Sorelio, the US software company": the description in apposition to a name describes
    # that name; a capital inside it ("US") is a modifier, not a second company.
    return sorted(
        mention
        for mention, name_at in found
        if not any(start < name_at < end for start, end in appositions)
    )


def acronym_mentions(
    text: str, lex: Lexicon, resolver: SourceResolver | None = None
) -> list[OrganisationMention]:
    """(offset, acronym's canonical body, descriptive noun) for every "Name (ACR)" whose name
    opens or ends on a noun of its kind: "l'Union des coursiers autonomes (UCA)" is a union,
    so later "le syndicat" is the UCA; "the Steelworkers Union (USW)" likewise. A first word
    is the head only before a link word ("Union DES coursiers"; "Union européenne" is none).
    Bodies are canonical through `resolver` (the built-in tables when None)."""
    resolver = resolver or SourceResolver.default()
    nouns = set().union(*lex.organisation_classes.values())
    linked = {
        noun: sorted(lex.organisation_classes[kind])[0]
        for kind, heads in (
            load_data(lex.lang, "lexicon.yaml").get("linked_name_heads") or {}
        ).items()
        for noun in heads
        if lex.organisation_classes.get(kind)
    }
    found: list[OrganisationMention] = []
    for match, words in _acronym_names(text, lex):
        # "à l'appel de L'UNION des coursiers": the name starts at its first capital.
        words = [re.sub(r"^\w['’]", "", w) for w in words]
        start = next((i for i, w in enumerate(words) if w[:1].isupper()), len(words))
        words = words[start:]
        if len(words) < 2:
            continue  # "(UCA)" after a phrase that is no name
        first, last = words[0].casefold(), words[-1].casefold()
        if (first in nouns or first in linked) and _plain(words[1]) in lex.role_links_words:
            noun = linked.get(first, first)  # "Union des…": the kind's own noun
        elif last in nouns:
            noun = last
        else:
            continue
        acronym = match.group(1)
        found.append((match.start(), resolver.lookup(acronym, lex.lang) or acronym, noun))
    return found


@cache
def _name_kind_heads(lang: str) -> dict[str, str]:
    """Capitalised words that open a body's name -> the noun of the kind they tell, for an
    article in `lang`: the `name_kind_heads` of every language's lexicon, since a name keeps
    its own language ("Crédit Ligérien" in an English story), for the kinds `lang` knows."""
    classes = lexicon(lang).organisation_classes
    heads: dict[str, str] = {}
    for other in languages():
        table = load_data(other, "lexicon.yaml").get("name_kind_heads") or {}
        for kind, words in table.items():
            if classes.get(kind):
                heads.update(dict.fromkeys(words, sorted(classes[kind])[0]))
    return heads


def headed_name_mentions(
    text: str, lex: Lexicon, resolver: SourceResolver | None = None
) -> list[OrganisationMention]:
    """(offset, canonical body, descriptive noun) for every name `text` opens with a word that
    tells its kind ("Crédit Ligérien", "Banque Populaire", "Bank Negara": banks), the head
    followed by capitalised words on the same line; bodies are canonical through `resolver`."""
    heads = _name_kind_heads(lex.lang)
    if not heads:
        return []
    resolver = resolver or SourceResolver.default()
    particles = alternation(list(lex.name_particles), escape=True)
    tail = rf"(?:[^\S\n]+(?:(?:{particles})[^\S\n]+|\w['’])?[A-ZÀ-Ý][\w'’-]*)+"
    pattern = re.compile(rf"(?<![\w'’-])(?P<head>{alternation(list(heads), escape=True)}){tail}")
    return [
        (m.start(), resolver.canonical(m.group(), lex.lang)[0], heads[m.group("head")])
        for m in pattern.finditer(text)
    ]


def kinds_of(words: list[str], lex: Lexicon) -> frozenset[str]:
    """The kinds of organisation (lexicon.yaml `organisation_classes`) these words' nouns name."""
    plain = {w.casefold().strip("'’") for w in words}
    return frozenset(kind for kind, nouns in lex.organisation_classes.items() if plain & nouns)


def _proper_name(name: str, match: re.Match[str], text: str, lex: Lexicon) -> bool:
    """Whether a capitalised run names a body: not a date word, an article or an
    adjective ("the Palestinian group"), not a sentence's first word only ("Sollicitée,
    l'agence"), and not cut short ("l'association Eaux | et rivières du Léon")."""
    words = name.split()
    first = words[0].casefold()
    if first in _stop_words(lex.lang) or lex.title_prefix.match(name):
        return False  # "the union's president, DR Olivier Brunel" is a person
    if words[-1].casefold().endswith(lex.name_adjective_suffixes):
        return False
    # "commission CHAIRMAN Gilles Terrasson": a role between noun and name makes it a person.
    between = match.group(0)[: match.start("name") - match.start()].split()[1:]
    if "noun" in match.groupdict() and match.start("noun") > match.end("name"):
        # "Reuters, a SPOKESMAN for the company": the words before the noun of an apposition.
        between += match.group(0)[
            match.end("name") - match.start() : match.start("noun") - match.start()
        ].split()
    if any(w.casefold() in lex.role_nouns or lex.title_prefix.match(f"{w} ") for w in between):
        return False
    # "the electoral commission TOLD AFP": a speech verb between them makes the name its object.
    if any(_speech_verb(w, lex) for w in between):
        return False
    after = re.match(r"\s+([\w&]+)\s", text[match.end("name") :])
    complete = words[-1] in lex.legal_suffixes or words[-1].casefold() in set().union(
        *lex.organisation_classes.values()
    )  # "Acme Inc.", "Aerovia Group": the name's own ending closes it
    if (
        after
        and not complete
        and (after.group(1) == "&" or lex.coordinator.fullmatch(after.group(1)))
    ):
        return False
    if len(words) >= 2:
        return True
    # A capitalised word is a name if the text also capitalises it inside a sentence.
    inside = re.compile(rf"[\w,;:]\s+{re.escape(words[0])}(?![\w-])")
    return inside.search(text) is not None


def _speech_verb(word: str, lex: Lexicon) -> bool:
    """Whether a word is a reporting, denial or accusation verb form ("told", "a déclaré")."""
    tables = (lex.verbs.report, lex.verbs.deny, lex.verbs.accuse, lex.verbs.report_with_quote)
    return any(table.fullmatch(word) for table in tables)


def _initial_either(word: str) -> str:
    """ "comité" -> "[cC]omité": the word with either case of its first letter."""
    first = word[:1]
    return f"[{first.lower()}{first.upper()}]{re.escape(word[1:])}"


@cache
def _stop_words(lang: str) -> frozenset[str]:
    """Capitalised words that never name a body: articles, prepositions, months, weekdays."""
    lex = lexicon(lang)
    raw = load_data(lang, "lexicon.yaml")
    numbers = load_data(lang, "numbers.yaml") or {}
    words = {*lex.name_articles, *lex.determiners, *lex.role_links_words, *raw["prepositions"]}
    words |= {w.rstrip(".") for w in [*numbers.get("months", []), *numbers.get("weekdays", [])]}
    return frozenset(w.casefold().strip() for w in words if w.strip())


# Descriptive nouns this short are acronyms too ("ONG", "NGO").
ACRONYM_NOUN_MAX = 3


@cache
def _organisation_patterns(lang: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """ "le syndicat Unité Police", "the Armorichim factory", "Aerovia, the Valdorian carrier"."""
    lex = lexicon(lang)
    nouns = sorted({n for kind in lex.organisation_classes.values() for n in kind}, key=len)
    if not nouns:
        return ()
    # A descriptive noun is lowercase ("the International Federation" is a name), except
    # when it opens the name itself ("le Comité citoyen Sauvons le lac").
    noun = r"(?P<noun>" + "|".join(re.escape(n) for n in reversed(nouns)) + r")"
    # Short nouns are also written as the acronyms they are: "l'ONG Peace Frontiers".
    acronyms = [re.escape(n.upper()) for n in nouns if len(n) <= ACRONYM_NOUN_MAX]
    opening = r"(?P<noun>" + "|".join([*acronyms, *map(_initial_either, reversed(nouns))]) + r")"
    legal = sorted(lex.legal_suffixes, key=len, reverse=True)
    titled = (
        r"(?P<noun>"
        + "|".join([*(re.escape(n.capitalize()) for n in reversed(nouns)), *map(re.escape, legal)])
        + r")"
    )
    joiners = sorted(lex.name_particles - lex.role_links_words, key=len, reverse=True)
    capital = r"[A-ZÀ-Ý][\w'’&-]*"
    space = r"[ \t\u00a0]+"
    join = rf"(?:{space}(?:{'|'.join(map(re.escape, joiners))}){space}[\w'’-]+)?" if joiners else ""
    name = rf"(?P<name>{capital}(?:{space}{capital})*{join})"
    articles = "|".join(
        re.escape(a) for a in sorted(lex.name_articles, key=len, reverse=True) if a.strip()
    )
    # A lowercase modifier that is no function word ("chimique", "consumer", "hospital").
    function = "|".join(re.escape(w) for w in sorted(_stop_words(lang), key=len, reverse=True))
    modifier = rf"(?:{space}(?!(?i:{function})(?![\w-]))(?-i:[a-zà-ÿ][\w'’-]*))"
    shapes = {
        # "l'usine chimique Armorichim", "the consumer group FlyFair"
        "noun_name": rf"(?<![\w-]){opening}{modifier}{{0,2}}{space}{name}(?![\w-])",
        # "the Armorichim factory", "the FCSH hospital union"
        "name_noun": rf"(?<![\w-])(?i:{articles}){space}{name}{modifier}?{space}{noun}(?![\w-])",
        # "Aerovia Group", "the Continental Cycling Federation": the noun ends the name.
        "titled": rf"(?<![\w'’-])(?P<name>(?:{capital}{space}){{1,3}}{titled})(?![\w-])",
        # "Aerovia, the Valdorian carrier", "FlyFair, a consumer group"
        # "l'exploitant, Mines Boréal-Nord", "the operator, Acme": the name after its noun.
        "noun_apposition": rf"(?<![\w'’-])(?i:{articles})(?:{space})?{noun}{modifier}{{0,2}},"
        rf"{space}{name}(?=\s*[.,;:!?)]|\s*$)",
        "apposition": rf"{name},{space}(?i:{articles}){space}(?:[\w'’-]+{space}){{0,3}}?"
        rf"{noun}(?![\w'’-])",
    }
    return tuple(
        (shape, re.compile(shapes[shape])) for shape in (*lex.organisation_name_orders, "titled")
    )


def acronym_for(phrase: str, acronyms: dict[str, str], lex: Lexicon) -> str | None:
    """The acronym (or name) of the organisation `phrase` names in full or by its head noun:
    "le syndicat" and "l'agence régionale" as well as "the Valdorian carrier"."""
    if not acronyms:
        return None
    words = _name_words(WORD.findall(phrase), lex)
    if not words:
        return None
    found = acronyms.get(_fold(" ".join(words)))
    if found or len(words) > DESCRIPTION_WORDS:
        return found
    # A short description: its head noun, first in French, last in English, the other words
    # modifiers ("l'agence RÉGIONALE", "the VALDORIAN carrier").
    kinds = set().union(*lex.organisation_classes.values())
    for head, rest in ((words[0], words[1:]), (words[-1], words[:-1])):
        # Only a noun for an organisation, not owned by another ("Pakistan's military").
        owned = any(w.endswith(lex.possessive_suffixes) for w in rest)
        if (
            head.islower()
            and head in kinds
            and not owned
            and not any(_fold(w) in lex.role_links_words for w in rest)
        ):
            found = acronyms.get(_fold(head))
            if found:
                return found
    return None


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


def former_official(source: str, lex: Lexicon) -> bool:
    """Whether a mention describes its person by a role put in the past ("Ndeye Coumba Faye,
    the FORMER chief accountant of the agency (ANFR)"): she speaks for herself."""
    prefixes = [re.escape(m) for m in lex.former_role_markers if m.endswith("-")]
    for part in re.split(r"\s*,\s*", source.strip()):
        if prefixes:
            # "l'ex-directeur": the prefix is a word of its own before the role.
            part = re.sub(rf"(?i)(?<![\w-])({'|'.join(prefixes)})(?=\w)", r"\1 ", part)
        match = lex.speaker_role_link.search(part)
        if match and _former_role(part[: match.start()], lex):
            return True
    return False


@cache
def _role_acronym(lang: str) -> re.Pattern[str] | None:
    """A role a body's acronym follows directly ("délégué CGSP", lexicon.yaml `acronym_roles`)."""
    roles = load_data(lang, "lexicon.yaml").get("acronym_roles") or []
    if not roles:
        return None
    listed = alternation(roles, escape=True)
    return re.compile(rf"(?<![\w-])(?i:{listed})\s+(?P<org>{ACRONYM_WORD})(?![\w'’&-])")


def _role_link_org(part: str, lex: Lexicon) -> str | None:
    """ "ROLE link ORG" ("le porte-parole du gouvernement"), "ROLE ACRONYM" ("délégué CGSP")
    or "ORG's ROLE"."""
    acronym = _role_acronym(lex.lang)
    found = acronym.search(part) if acronym else None
    if found and not _former_role(part[: found.start()], lex):
        return found.group("org")
    match = lex.speaker_role_link.search(part)
    if match and _former_role(part[: match.start()], lex):
        return None  # "the former chief accountant of the agency" speaks for herself
    if match:
        org = _cut_person(_first_role_body(part[match.end() :].strip(), lex), lex)
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


def _first_role_body(org: str, lex: Lexicon) -> str:
    """The body of the first of coordinated roles: "délégué régional de l'AMUF ET URGENTISTE
    au CHU de Brest" -> "l'AMUF"; a coordinator inside a name ("Eau et Rivières de Bretagne",
    "ministère de l'Écologie et du Climat") opens no role: a capital or a link follows it."""
    for match in lex.coordinator.finditer(org):
        following = org[match.end() :].split()
        if following and following[0].casefold() in lex.role_links_words:
            continue  # "… de l'Écologie ET DU Climat": the complement goes on
        if following and lex.determiner_prefix.match(f"{following[0]} "):
            following = following[1:]  # "… AND A lecturer at Ghent University"
        if following and following[0].islower():
            return org[: match.start()].rstrip(" ,")
    return org


def _former_role(before: str, lex: Lexicon) -> bool:
    """Whether the words right before a role put it in the past ("the FORMER", "l'EX-")."""
    words = re.findall(r"[\w'’]+-?", before.casefold())
    if not words:
        return False
    last = re.sub(r"^\w['’]", "", words[-1])
    return last in lex.former_role_markers or last.rstrip("-") in lex.former_role_markers


def _premodified_role(part: str, lex: Lexicon) -> str | None:
    """ "UNHCR spokesperson Hanne Lidvall", "Council chair Ilse Marten": the words before a
    role noun that a capitalised name follows."""
    match = lex.speaker_role_premodified.search(part)
    if match is None:
        return None
    words = _name_words(WORD.findall(part[: match.start()]), lex)
    while words and words[0].lower() in lex.role_modifiers:
        words = words[1:]  # "FORMER spokesman John Reed"
    if not all(w[:1].isupper() or w.lower() in lex.role_nouns for w in words):
        return None  # "Regional health director Nathalie Orsini": no body's name
    if _portfolio(match.group(), " ".join(words), lex):
        return None
    if lex.portfolio_role.search(match.group()) and words and not " ".join(words).isupper():
        # "Walloon Health Minister Claire Denoël": a place and a portfolio before a minister
        # name an office, not a body of the article ("Health" is not the health observatory).
        return f"{' '.join(words)} {match.group().strip()}"
    return " ".join(words) or None


def _after_portfolio(org: str, lex: Lexicon) -> str:
    """ "Finances d'Estravie" -> "Estravie"; "la Santé" -> "" (a portfolio alone)."""
    words = WORD.findall(org)
    for i, word in enumerate(words[1:], start=1):
        low = _plain(word)
        if lex.coordinator.fullmatch(words[i - 1]):
            continue  # "des Ressources naturelles ET DES Forêts": the portfolio goes on
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


def _cut_person(org: str, lex: Lexicon) -> str:
    """ "la CGT Philippe Martinez" -> "la CGT": a trailing two-word capitalised name is the
    person, not the organisation; one ending with a body's noun is not a person ("the National
    Rural Boreholes Agency")."""
    bracket = re.search(r"\s*\([^()]*\)\s*$", org)
    if bracket and org[: bracket.start()].strip():
        # "Réseau d'aide frontalière (Sieć Pomocy Granicznej)": the brackets give the body's
        # acronym or its name in another language, not a person after it.
        return org[: bracket.start()]
    words = org.split()
    if words and words[-1].lower() in lex.role_nouns:
        return org
    if len(words) >= 3 and all(w[:1].isupper() for w in words[-2:]):
        rest = words[:-2]
        # "the Red Cross" stays whole: what would remain names nothing.
        if any(w[:1].isupper() for w in rest):
            return " ".join(rest)
    return org


def _fold(text: str) -> str:
    return " ".join(text.casefold().replace("’", "'").split())
