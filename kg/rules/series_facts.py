"""Series facts and events: episodes, premiere and release, development and filming dates,
working title, filming locations, setting, shared universe, source material, references,
release order, narrative chronology, and dated casting events.

Every rule reads a construction, never a sentence of the seeds:

* "X premiered in PLACE on DATE", "a premiere for X was held at PLACE on DATE", "X is an American
  sitcom created by Y that premiered on NBC on DATE", "X aired from DATE", "X returned for its
  second season on DATE"
* "X was released on DATE", "all N episodes were released on DATE", "X, which released in DATE"
* "X consists of N episodes", "the N, hour-long episodes were released simultaneously", "X was
  only N episodes long", "X, the eight-episode limited series"
* "Development began in DATE", "Filming (for X) began/wrapped on DATE", "filming, which took
  place in PLACE from DATE to DATE", "under the working title T", "filming locations included ..."
* "X is set in PLACE", "PLACE-set films such as A (1971)", "Set a few months after SEASON, ...",
  "X is set in / part of the NAME Universe", "based on the PUBLISHER characters ..."
* "X references (the events of) W", "X is the final series ..., after A, B and C", "X is a sequel
  to W", "X placed between the films A and B"
* "In DATE, ACTOR was cast as CHARACTER for SERIES" (also "joined the cast as", "A and B were cast
  as X and Y, respectively", "was announced to be playing ..., later revealed to be X") -> an
  n-ary kg:CastingEvent node (actor, character, work, date) linked from the actor; the plain
  kg:plays triple comes from the core rules.

Plans ("is set to debut", "would be filmed", "debuts on" a date to come), rumours, unconfirmed
reports, questions, negations and long quotations (masked by the extractor) state nothing.

Subjects. A name is a work only when the document types it (its topic, a series cue, a film with
a year, "the film X"); "the series", "the Netflix series", "the miniseries" are the topic; a
sentence-initial "It" is the work the previous sentence opens with (else the topic); "the
season" is the season last named as a subject. A fact with no stated subject is about the
document's focus: the season an article about a season opens with, else the topic. When the
extractor found no topic, an appositive ("X, the eight-episode limited series") or a definition
("X is an American sitcom ...") names it.

Dates (kg/rules/dates.py) are as precise as the text. A day or month without a year ("on August
18", "in October") takes the year of the last date stated before it in the sentence or the
`CONTEXT` sentences before, unless its month comes earlier (then the year is unknown and the fact
is dropped); "later that month", "the following year" and "that spring" are read the same way.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator

from kg import names as N
from kg import vocab
from kg.extraction import (
    CITATION,
    EPISODES_LABEL,
    FACILITY,
    INFOBOX_FIELD,
    INFOBOX_RELEASE,
    NETWORK_PREMIERED,
    PIPE_CREDITS,
    Candidate,
    Extractor,
    Mention,
    SentenceView,
    line_runs,
    literal,
    make_mention,
    meta_fields,
    node,
    person_mention,
    series_mention,
    split_list,
)

from . import dates as D
from .crew import EPISODE_OF_SERIES, focus_episode, scoped

K, S, XSD = vocab.KG, vocab.SCHEMA, vocab.XSD
WORKS = {"series", "season", "film"}

vocab.register_kind("universe", K + "FictionalUniverse")
vocab.register("numberOfEpisodes", S + "numberOfEpisodes", {"series", "season"}, datatype=XSD + "integer")
vocab.register("premiereDate", K + "premiereDate", WORKS | {"episode"}, datatype=D.DATE)
vocab.register("premiereLocation", K + "premiereLocation", WORKS | {"episode"}, {"place"})
vocab.register("releaseDate", S + "datePublished", WORKS | {"episode"}, datatype=D.DATE)
vocab.register("developmentStart", K + "developmentStart", WORKS, datatype=D.DATE)
vocab.register("filmingStart", K + "filmingStart", WORKS, datatype=D.DATE)
vocab.register("filmingEnd", K + "filmingEnd", WORKS, datatype=D.DATE)
vocab.register("workingTitle", K + "workingTitle", WORKS, datatype="")
vocab.register("filmingLocation", S + "locationCreated", WORKS, {"place"})
vocab.register("setting", S + "contentLocation", WORKS, {"place"})
vocab.register("partOfUniverse", K + "partOfUniverse", WORKS, {"universe"})
vocab.register("basedOnCharactersFrom", K + "basedOnCharactersFrom", WORKS, {"organization"})
vocab.register("references", K + "references", WORKS, WORKS)
vocab.register("follows", K + "follows", WORKS, WORKS)
vocab.register("setAfter", K + "setAfter", WORKS, WORKS)
vocab.register("casting", K + "castingEvent", {"person"}, {"node"})

CASTING_EVENT = K + "CastingEvent"
CAST_ACTOR, CAST_AS, CAST_FOR, CAST_DATE = S + "actor", K + "castAs", K + "castFor", K + "castingDate"

NAME, CHAR, POSS, WORD = N.NAME, N.CHAR, N.POSS, N.WORD
UP = N.UP
ORD = N.ORDINAL_RE
NUM = rf"(?:{N.CARDINAL_RE}|twenty|thirty|forty|fifty|sixty|[1-9]\d{{0,2}})"

#: a title: capitalised words, optionally joined by small words or a colon ("Captain America:
#: Civil War", "The French Lieutenant's Woman", "Seven Samurai")
TWORD = rf"(?:{WORD}(?:['’]s\b)?|\d+)"
TITLE = rf"(?<![\w'’]){WORD}(?:['’]s\b)?(?:(?::| of| the| &| in| on| a| an| to| for| at| from| with| de| des| du| del| la| le)? {TWORD})*"
#: a place name: "Hell's Kitchen", "St. Nicholas Park", "240 Centre Street"
PWORD = rf"(?:St\.|Mt\.|Ft\.|[{UP}][\w\-]*(?:['’]s\b)?(?:['’][{UP}][\w\-]*)?)"
PLACE = rf"(?<![\w'’])(?:\d{{1,5}}[A-Z]? )?{PWORD}(?: (?:of |de |del |la |du |upon )?{PWORD})*"
_NOT_PLACE = re.compile(
    rf"^(?:{D.MONTH_FULL}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|A|An|It|"
    r"This|That|Season|Episode|Netflix|Hulu|HBO|Amazon|Disney\+?|Apple)\b"
)
_EVENT = re.compile(r"\b(?:Festival|Fest|Comic-?Con|Con|Awards?|Expo|Convention|Summit|Week|Market)$")
_UNIVERSE = re.compile(r"(?:Universe|Multiverse|[a-z]verse)$")

# plans, rumours, questions and negations ("reported" is not a rumour; "May" is a month)
_PLAN = re.compile(
    r"\b(?:(?i:slated|set to|expected|rumou?r(?:s|ed)?|will|would|could|might|plans? to|planned|hopes? to|"
    r"wants? to|in talks|is to|are to|was to|scheduled|intend(?:s|ed)? to|aim(?:s|ed)? to|"
    r"speculat\w*|whether|if|not|never|no longer)|may|potential(?:ly)?|possibl[ey])\b|n't\b"
)
_STOP = re.compile(
    r";|, (?:with|while|whereas|where|which|who|and|but|although|though|after|before|when|as|because|"
    r"since|following|leading|making|allowing|despite|along|being|so|then)\b|—| (?:and|but) (?:was|were|"
    r"is|are|it|the|he|she|they|its|his|her)\b"
)

_SEASON = re.compile(
    # (a title with a small word, "Death in Paradise", when the document knows it: see `_season`)
    # (British "series": "The fourth series of Doc Martin launched ...")
    rf"[Tt]he (?P<ord>{ORD}) (?:season|series) of (?:the (?:[\w\-]+ ){{0,5}}?(?:series|show|drama|sitcom|mini-?series) )?"
    rf"(?P<s1>{NAME}(?: (?:in|of|on|at|to|for|from|with|the) {NAME}){{0,2}})"
    rf"|[Ss]eason (?P<num>\d+) of (?P<s2>{NAME})"
    rf"|(?P<s3>{NAME}){POSS} (?P<ord2>{ORD}) season|(?P<s4>{NAME}) season (?P<num2>\d+)(?![.\d])"
)


def _season_pattern() -> str:
    """The season reference without named groups (for embedding in bigger patterns)."""
    return re.sub(r"\?P<\w+>", "?:", _SEASON.pattern)


SEASON = _season_pattern()
#: a work in object position: a season ("the second season of X", "the first season"), a title
WORK_OBJ = (
    rf"{SEASON}|[Tt]he (?:{ORD}) season\b|[Ss]eason \d+\b(?!\.\d)|the (?:film|movie|series|show) {TITLE}"
    rf"|the (?:film|movie)\b(?! [A-Z])|(?!(?:{D.MONTH_FULL})\b){TITLE}"
)
COREF = (
    r"\b(?:[Tt]he|[Tt]his|[Ii]ts) (?:[A-Z][\w+\-]* |[\w]+-(?:episode|part) )?(?:mini-?series|series|show|programme|program|drama|sitcom|serial|project)"
    r"(?: (?:finale|premiere|opener))?\b(?!['’])"
)
#: "the season", "the season finale": the season the text is about
SEASON_COREF = r"\b[Tt]he season(?: (?:finale|premiere|opener))?\b(?!['’])"


SUBJ_GROUPS = ("app", "season", "sord", "snum", "scoref", "coref", "it", "name")


def _subj(p: str, it_anywhere: bool = False) -> str:
    it = r"\b[Ii]t\b" if it_anywhere else r"(?:^(?:[-*•] )?|(?<=; )|(?<=: ))It\b"
    # "Produced by Little Gem, it premiered on ITV": a fronted participle, then "it"
    it += r"|^(?:Produced|Created|Written|Directed|Filmed|Shot|Developed|Made|Adapted) by [^;]{1,120}?, it\b"
    return (
        # (a season too: "The first season of Panchayat (Hindi: ...), an Indian ... series, was released")
        rf"(?:(?P<{p}app>^(?P<{p}apt>(?:{NAME}{POSS} )?{TITLE}|{SEASON})(?: \([^()\n]{{1,60}}\))?, (?:an?|the|adapted|based|created|developed|written) [^,;]+?)"
        rf"|(?P<{p}season>{SEASON})|(?P<{p}sord>\b(?:[Tt]he|[Ii]ts) (?:(?:\d+|{N.CARDINAL_RE})-(?:episode|part) )?(?:{ORD}) season)\b|(?P<{p}snum>\b[Ss]eason (?:{N.CARDINAL_RE}))\b"
        rf"|(?P<{p}scoref>{SEASON_COREF})|(?P<{p}coref>{COREF})|(?P<{p}it>{it})|(?P<{p}name>(?:{NAME}{POSS} )?{TITLE}))"
    )


#: a sentence's opening subject (groups prefixed "q"): what "It" in the next sentence means, what
#: a later "... and ran for six episodes" in the same sentence is about
OPENING_SUBJECT = re.compile(_subj("q"))


# --- document-level knowledge -------------------------------------------------------------------

FILM_YEAR = re.compile(rf"(?P<t>{TITLE}) \((?:\d{{4}} film|film|(?P<y>1[89]\d\d|20\d\d))\)")
FILM_NOUN = re.compile(rf"\b(?:[Ff]ilms?|[Mm]ovies?|[Ff]eature) (?P<t>{TITLE})")


GENRE = (
    r"(?:mini-?series|series|show|drama|sitcom|anthology|thriller|comedy|comedy-drama|procedural|docuseries|documentary|serial|"
    r"soap opera|telenovela)"
)
_NOT_A_TITLE = r"(?!(?:It|This|That|They|He|She|There|Here)\b)"
TOPIC_APPOSITIVE = re.compile(
    rf"(?:^|(?<=[a-z] )){_NOT_A_TITLE}(?P<t>(?:{NAME}{POSS} )?{TITLE}), (?:the|an?) (?:[\w\-]+ ){{0,4}}?{GENRE}\b"
    rf"|^{_NOT_A_TITLE}(?P<t5>(?:{NAME}{POSS} )?{TITLE}),?(?: \([^)]*\))? (?:is|was) an? (?:[\w\-]+ ){{0,8}}?{GENRE}\b"
    rf"|^{_NOT_A_TITLE}(?P<t2>(?:{NAME}{POSS} )?{TITLE}) (?:is|was) the (?:[\w\-]+ ){{0,4}}?(?:series|show|mini-?series|season|drama)\b"
)
TOPIC_CUE = re.compile(
    rf"(?P<t3>(?:{NAME}{POSS} )?{TITLE}) (?:returned|came back) for (?:its|a) (?:{ORD}) season\b"
    rf"|\b(?:its|their|the) (?:new |upcoming |original |latest )(?:[\w\-]+ )?{GENRE} (?P<t4>{TITLE})"
)


def _title_key(t: str) -> str:
    return re.sub(r"^the ", "", N.fold(t))


def _trim_title(t: str) -> str:
    """'Wong Kar-wai's The Grandmaster' -> 'The Grandmaster'; strips sentence-initial noise."""
    m = re.match(r"^.+?['’]s (The .+)$", t)
    if m:
        t = m.group(1)
    return N.strip_leading_noise(t)


class _Doc:
    """What the whole document says: its series, its films, the years it states."""

    def published(self) -> tuple[int, int] | None:
        """(year, month) of the document's own date (see `published_day`)."""
        day = self.published_day()
        return day[:2] if day else None

    def published_day(self) -> tuple[int, int, int] | None:
        """(year, month, day) of the document's own date, from a byline or dateline in its first
        lines ("By Jordan Ellery | May 5, 2021", "MADRID, April 25, 2019 —", "Monday 14 September
        2009")."""

        def make() -> tuple[int, int, int] | None:
            head = "\n".join(self.ex.doc.text.split("\n")[:8])
            for line in head.split("\n"):
                # (or a newsletter's issue line: "Week of Sunday 3 June – Saturday 9 June 2018")
                if not re.search(
                    r"\||^By |^[A-Z][A-Z .,]+,|^(?:[A-Z][a-z]+,? )?\w+ \d{1,2}, \d{4}|^(?:[A-Z][a-z]+,? )?\d{1,2} \w+ \d{4}"
                    r"|^(?:Week|Issue|Edition|Posted|Published|Updated)\b[^.]{0,80}$",
                    line,
                ):
                    continue
                for f in D.find_dates(line):
                    if f.year is not None and f.month is not None and f.day is not None:
                        return f.year, f.month, f.day
            return None

        return self.ex.memo("published", make)

    def numeric_order(self) -> str | None:
        """How the document writes all-numeric dates (see `dates.numeric_order`)."""
        return self.ex.memo("numeric-date-order", lambda: D.numeric_order(self.ex.doc.text))

    def episode_list(self) -> dict[int, tuple[int, int, int, str, str]]:
        """A numbered list of the topic's episodes with their air dates, a line each ("1.
        Compromised (4/11/1985)", '2. "Burden of Proof" (11 November 1985)') in a run of two or
        more numbered on from each other: {line start: (number, date start, date end, value,
        datatype)}. Only in a document with no season sections or tables (the numbers count the
        whole series)."""

        def make() -> dict[int, tuple[int, int, int, str, str]]:
            text, out = self.ex.doc.text, {}
            found = list(EPISODE_LIST_LINE.finditer(text))
            for run in line_runs(text, found):
                nums = [int(m.group("n")) for m in run]
                if len(run) < 2 or nums != list(range(nums[0], nums[0] + len(nums))):
                    continue
                for m in run:
                    g = "date" if m.group("date") else "date2"
                    v, a = m.group(g), m.start(g)
                    f = D.find_dates(v)
                    when = f[0].value(None) if f and f[0].start == 0 and f[0].end == len(v) else None
                    if when is not None:
                        out[m.start()] = (int(m.group("n")), a, a + len(v), when[0], when[1])
                    elif (num := D.numeric_date(v, self.numeric_order())) is not None and num[1] == len(v):
                        out[m.start()] = (int(m.group("n")), a, a + len(v), num[2], D.DATE)
            return out

        return self.ex.memo("episode-list", make)

    def __init__(self, ex: Extractor):
        self.ex = ex
        self.index = {id(s): i for i, s in enumerate(ex.sents)}
        self.topic: Mention | None = None
        self._seasons: list[tuple[int, Mention, bool]] | None = None
        self._focus: Mention | bool | None = None
        self.series = {N.series_key(m.text) for m in ex.out.series_mentions}
        if ex.out.topic is not None:
            self.series.add(N.series_key(ex.out.topic.text))
        self.films: set[str] = set()
        self.years: list[tuple[int, int, int | None]] = []
        for s in ex.sents:
            if CITATION.search(s.text):
                continue
            for m in FILM_YEAR.finditer(s.text):
                self.films.add(_title_key(_trim_title(m.group("t"))))
            for m in FILM_NOUN.finditer(s.text):
                self.films.add(_title_key(_trim_title(m.group("t"))))
            # (not a story's own time, "is set in Palm Beach in 1969", nor "sentenced in 1922")
            self.years.extend(
                (s.base + off, y, mo)
                for off, y, mo in D.years_in(s.text)
                if not re.search(
                    r"\bset (?:in [A-Z][\w ]{0,40}?)?(?:in |during |around )(?:the )?$", s.text[:off]
                )
            )
        self.series -= {
            k for k in self.films if k not in {N.series_key(m.text) for m in ex.out.series_mentions}
        }
        self.topic = ex.out.topic or self._appositive_topic()
        if self.topic is not None:
            self.series.add(N.series_key(self.topic.text))
        # (document offset, title) of every film named, for "the film" in object position
        self.film_mentions = sorted(
            (s.base + m.end(), _trim_title(m.group("t")))
            for s in ex.sents
            if not CITATION.search(s.text)
            for rx in (FILM_YEAR, FILM_NOUN)
            for m in rx.finditer(s.text)
        )

    def _appositive_topic(self) -> Mention | None:
        """When the extractor found no topic: "Harbor Lights, the eight-episode limited series
        from ..." opening one of the first sentences names the series the document is about."""
        for s in self.ex.sents[:8]:
            m = TOPIC_APPOSITIVE.search(s.text) or TOPIC_CUE.search(s.text)
            if m:
                sp = s.span(m, next(g for g in ("t", "t2", "t3", "t4", "t5") if m.groupdict().get(g)))
                assert sp
                name = N.strip_leading_noise(N.strip_possessive_brand(sp[0]))
                return series_mention(name, sp[2] - len(name), sp[2])
        return None

    def last_season(self, s: SentenceView, pos: int) -> Mention | None:
        """The season named last before document offset ``pos`` ("the season" refers to it)."""
        if self._seasons is None:
            self._seasons = []
            for x in self.ex.sents:
                if CITATION.search(x.text):
                    continue
                for m in _SEASON.finditer(x.text):
                    season = _season(x, m.group(), x.base + m.start(), x.base + m.end(), self.series)
                    if season is not None:
                        self._seasons.append((x.base + m.start(), season, _at_subject(x.text, m.start())))
                for m in re.finditer(
                    rf"\b(?:[Tt]he|[Ii]ts|[Tt]his) ({ORD}) season\b(?! of)|\b[Ss]eason ({N.CARDINAL_RE})\b(?! of)",
                    x.text,
                ):
                    season = _topic_season(self, x, m.group(1) or m.group(2), m.start())
                    if season is not None:
                        self._seasons.append((x.base + m.start(), season, _at_subject(x.text, m.start())))
            self._seasons.sort(key=lambda z: z[0])
        i = self.index.get(id(s), 0)
        lo = self.ex.sents[max(0, i - CONTEXT)].base
        found = [(m, subj) for off, m, subj in self._seasons if lo <= off < pos]
        subjects = [m for m, subj in found if subj]
        if subjects:
            return subjects[-1]
        # an article about one season: "the season" is that season, not one named in passing
        # ("with A and B returning from the first season")
        focus = self.focus_here(s)
        if focus is not None and focus.kind == "season":
            return focus
        return found[-1][0] if found else None

    def focus_here(self, s: SentenceView, at: int = 0) -> Mention | None:
        """What a fact without a stated subject is about: the season an article about a season
        opens with ("Season 3 of Gravel Road premiered on ..."), else the topic series."""
        if self._focus is None:
            self._focus = False
            first = next((x for x in self.ex.sents if not CITATION.search(x.text)), None)
            m = _SEASON.match(first.text) if first is not None else None
            if first is not None and m:
                season = _season(first, m.group(), first.base, first.base + m.end(), self.series)
                if season is not None and N.series_key(season.parent.text) in self.series:  # type: ignore[union-attr]
                    self._focus = season
        return self._focus or self.topic_here(s, at)

    def prev_subject(self, s: SentenceView) -> Mention | None:
        """The work the previous sentence opens with (what a sentence-initial "It" refers to)."""
        i = self.index.get(id(s), 0)
        if i == 0:
            return None
        prev = self.ex.sents[i - 1]
        m = OPENING_SUBJECT.match(prev.text)
        if m is None or m.group("qit"):
            return None
        return _subject(self, prev, m, "q")

    def topic_here(self, s: SentenceView, at: int = 0) -> Mention | None:
        """The document's topic series as a mention in sentence ``s`` ("the series", "it")."""
        if self.ex.out.topic is not None:
            return self.ex.topic_here(s, at)
        if self.ex.lead_person() is not None:
            return self.ex.topic_here(s, at)  # a profile: the series its paragraph is about
        if self.topic is None:
            return None
        return Mention(self.topic.text, "series", s.base + at, s.base + at)

    def context(self, s: SentenceView, pos: int) -> tuple[int, int | None] | None:
        """(year, month) of the last date with a year stated before document offset ``pos``, in
        this sentence or the `CONTEXT` previous ones."""
        i = self.index.get(id(s), 0)
        lo = self.ex.sents[max(0, i - CONTEXT)].base
        found = [(y, mo) for off, y, mo in self.years if lo <= off < pos]
        return found[-1] if found else None

    def year_before(self, s: SentenceView, pos: int, month: int | None) -> int | None:
        """The year of a date stated without one: the context's year; None when there is none, or
        when the month is before the context's month ("in October 2016 ... in March": which year?)."""
        ctx = self.context(s, pos)
        if ctx is None:
            return None
        year, ctx_month = ctx
        if month is not None and ctx_month is not None and month < ctx_month:
            return None
        return year

    def work(self, text: str, start: int, end: int, kind: str | None = None) -> Mention | None:
        """A work named ``text`` at [start, end): a known series or film (or of ``kind``)."""
        toks = N.clean(text).split(" ")
        owner = (
            next((k for k in range(2, min(5, len(toks))) if re.search(r"\w['’]s$", toks[k - 1])), None)
            if kind is None
            else None
        )
        if (
            owner
            and owner < len(toks)
            and N.looks_like_person_name(re.sub(r"['’]s$", "", " ".join(toks[:owner])))
            # (the rest a title the text names alone: not "Mrs Brown's Boys")
            and any(x.text == " ".join(toks[owner:]) for x in self.ex.out.series_mentions)
        ):
            toks = toks[owner:]  # "Ole Bornedal's 1864": the work is "1864"
        for i in range(len(toks)):
            name = " ".join(toks[i:])
            if i and toks[i - 1].endswith(("'s", "’s")) and not toks[i - 1][0].isupper():
                continue
            if not name or (not name[0].isupper() and not name[0].isdigit()):
                continue
            if kind is not None and toks[i].lower() in N.LEADING_NOISE and i < len(toks) - 1:
                continue  # "When Deep Water" -> "Deep Water"
            st = end - len(name)
            if kind == "film" or (kind is None and _title_key(name) in self.films):
                return make_mention("film", name, st, end)
            if kind == "series" or (kind is None and N.series_key(name) in self.series):
                return series_mention(name, st, end)
        return None


#: how many sentences back a date without a year looks for its year
CONTEXT = 5


def _at_subject(text: str, pos: int) -> bool:
    """Does position ``pos`` open the sentence (after at most one introductory phrase)?"""
    return re.fullmatch(r"(?:(?:In|On|By|After|When|During|At) [^,]{1,40}, )?", text[:pos]) is not None


def _doc(ex: Extractor) -> _Doc:
    return ex.memo("series_facts.doc", lambda: _Doc(ex))


# --- helpers -------------------------------------------------------------------------------------


def _season(
    s: SentenceView, text: str, start: int, end: int, known: set[str] | frozenset[str] = frozenset()
) -> Mention | None:
    """The season "the second season of X" names; a title with a small word ("the first season
    of Death in Paradise") only if ``known`` holds it, else cut there ("of Daredevil on Netflix")."""
    m = _SEASON.fullmatch(text)
    if not m:
        return None
    for sg, ng in (("s1", "ord"), ("s2", "num"), ("s3", "ord2"), ("s4", "num2")):
        if m.group(sg):
            number = N.number_word(m.group(ng))
            if number is None or number < 1:
                return None
            name = N.strip_leading_noise(m.group(sg))
            se = start + m.end(sg)
            cut = re.search(r" (?:in|of|on|at|to|for|from|with|the) ", name) if sg == "s1" else None
            if cut and N.series_key(name) not in known:
                se -= len(name) - cut.start()
                name = name[: cut.start()]
            series = series_mention(name, se - len(name), se)
            return scoped("season", series, number, start, end)
    return None


def _topic_season(d: _Doc, s: SentenceView, ordinal: str, at: int) -> Mention | None:
    topic = d.topic_here(s, at)
    number = N.number_word(ordinal)
    if topic is None or number is None or number < 1:
        return None
    return scoped("season", topic, number, topic.start, topic.end)


def _subject(d: _Doc, s: SentenceView, m: re.Match[str], p: str) -> Mention | None:
    """The work a subject group names (see `_subj`)."""
    g = m.group
    if g(f"{p}app"):
        sp = s.span(m, f"{p}apt")
        assert sp
        if _SEASON.fullmatch(sp[0]):
            season = _season(s, *sp, d.series)
            return season if season is not None and N.series_key(season.parent.text) in d.series else None  # type: ignore[union-attr]
        return d.work(*sp)
    if g(f"{p}scoref"):
        return d.last_season(s, s.base + m.start(f"{p}scoref"))
    if g(f"{p}season"):
        sp = s.span(m, f"{p}season")
        assert sp
        season = _season(s, *sp, d.series)
        if season is not None and N.series_key(season.parent.text) in d.series:  # type: ignore[union-attr]
            return season
        return None
    if g(f"{p}sord"):
        return _topic_season(d, s, g(f"{p}sord").split(" ")[-2], m.start(f"{p}sord"))
    if g(f"{p}snum"):
        return _topic_season(d, s, g(f"{p}snum").split(" ")[1], m.start(f"{p}snum"))
    if g(f"{p}it") and m.start(f"{p}it") == 0:
        return d.prev_subject(s) or d.topic_here(s, 0)
    if g(f"{p}coref") or g(f"{p}it"):
        return d.topic_here(s, m.start(f"{p}coref") if g(f"{p}coref") else m.start(f"{p}it"))
    sp = s.span(m, f"{p}name")
    if sp is None:
        return None
    return d.work(*sp)


def _object_work(
    d: _Doc, s: SentenceView, text: str, start: int, end: int, kind: str | None = None
) -> Mention | None:
    season = _season(s, text, start, end, d.series)
    if season is not None:
        return season
    m = re.fullmatch(rf"[Tt]he ({ORD}) season|[Ss]eason (\d+)", text)
    if m:
        return _topic_season(d, s, m.group(1) or m.group(2), start - s.base)
    named = re.fullmatch(rf"the (?P<noun>film|movie|series|show) (?P<t>{TITLE})", text)
    if named:
        kind = "film" if named.group("noun") in ("film", "movie") else "series"
        return d.work(named.group("t"), start + named.start("t"), end, kind)
    if re.fullmatch(r"the (?:film|movie)", text):
        # the film named last before, in this sentence or the CONTEXT sentences before it
        i = d.index.get(id(s), 0)
        lo = d.ex.sents[max(0, i - CONTEXT)].base
        named = [t for off, t in d.film_mentions if lo <= off <= start]
        for tm in re.finditer(TITLE, s.text[: start - s.base]):
            if _title_key(_trim_title(tm.group())) in d.films:
                named.append(_trim_title(tm.group()))
        return make_mention("film", named[-1], start, end) if named else None
    return d.work(text, start, end, kind)


def _clause_start(text: str, pos: int) -> int:
    return max(text.rfind(";", 0, pos), text.rfind(",", 0, pos), text.rfind(":", 0, pos), -1) + 1


def _planned(text: str, start: int, end: int) -> bool:
    """A plan, rumour, question or negation between the clause start and ``end``."""
    return _PLAN.search(text[_clause_start(text, start) : end]) is not None


def _window(text: str, start: int) -> tuple[int, int]:
    m = _STOP.search(text, start)
    return start, (m.start() if m else len(text))


RELATIVE = re.compile(
    r"\b(?:(?:later |earlier )?(?:that|the same) (?P<same>month|year)|(?:the )?(?:following|next) (?P<next>month|year)"
    r"|a (?P<later>month|year) later|(?:later |earlier )?that (?P<season>spring|summer|fall|autumn|winter))\b"
)


WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
#: a day named relative to the document's own date: "on Sunday night", "last night", "yesterday"
RELATIVE_DAY = re.compile(
    r"\b(?:last night|yesterday|(?:on |last )?(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?: night| evening| afternoon)?(?!s)(?!,? (?:\d|[A-Z][a-z]+ \d)))\b"
)
#: a past premiere or broadcast before such a day
PAST_EVENT = re.compile(
    r"\b(?:launched|premiered|began|debuted|returned|aired|opened|kicked off|was (?:first )?(?:broadcast|shown|screened))\b"
)


def _dates(d: _Doc, s: SentenceView, a: int, b: int) -> list[tuple[int, int, str, str]]:
    """(start, end, lexical value, datatype) of the dates in s.text[a:b] (sentence offsets), with
    relative dates ("later that month", "the following year") read against the context."""
    out = []
    found = D.find_dates(s.text[a:b])
    for i, f in enumerate(found):
        start = a + f.start
        year = None if f.year is not None else d.year_before(s, s.base + start, f.month)
        nxt = found[i + 1] if i + 1 < len(found) else None
        if (
            f.year is None
            and f.month is not None
            and nxt is not None
            and nxt.year is not None
            and nxt.month is not None
            and re.fullmatch(r"\s*(?:to|until|till|through|and|[–-])\s*", s.text[a + f.end : a + nxt.start])
        ):
            # "from 25 October to 13 December 2011": the year of the range's end
            year = nxt.year - 1 if f.month > nxt.month else nxt.year
        val = f.value(year)
        if val is not None:
            out.append((start, a + f.end, *val))
    pub = d.published_day()
    for m in RELATIVE_DAY.finditer(s.text, a, b) if pub else ():
        # "launched ... on ITV1 on Sunday night", in a paper dated Monday 14 September 2009: the
        # day before (only for a past event: a schedule's "premieres on Sunday" is not read)
        if not PAST_EVENT.search(s.text, 0, m.start()) or any(x[0] <= m.start() < x[1] for x in out):
            continue
        assert pub
        day = datetime.date(*pub)
        if m.group("wd"):
            back = (day.weekday() - WEEKDAYS.index(m.group("wd").lower())) % 7
            if back == 0:
                continue
        else:
            back = 1  # "last night", "yesterday"
        when = day - datetime.timedelta(days=back)
        out.append((m.start(), m.end(), when.isoformat(), D.DATE))
    for m in RELATIVE.finditer(s.text, a, b):
        ctx = d.context(s, s.base + m.start())
        unit = (
            m.group("same") or m.group("next") or m.group("later") or ("year" if m.group("season") else None)
        )
        if ctx is None or (unit == "month" and ctx[1] is None):
            continue
        year, month = ctx
        step = 0 if m.group("same") or m.group("season") else 1
        if unit == "year":
            out.append((m.start(), m.end(), f"{year + step:04d}", D.YEAR))
        else:
            assert month is not None
            y, mo = (year + 1, 1) if month + step > 12 else (year, month + step)
            out.append((m.start(), m.end(), f"{y:04d}-{mo:02d}", D.YEAR_MONTH))
    return sorted(out)


def _date_literal(s: SentenceView, item: tuple[int, int, str, str]) -> Mention:
    start, end, lex, dt = item
    return literal(lex, s.base + start, s.base + end, dt)


def _places(s: SentenceView, a: int, b: int, prep: str = r"in|at") -> Iterator[Mention]:
    """Place names introduced by a preposition in s.text[a:b] ("in New York", "at the Tribeca ...")."""
    for m in re.finditer(
        rf"\b(?:{prep}) (?:the )?(?:fictional )?(?P<p>{PLACE}(?:(?:, |,? and )(?:the )?{PLACE})*)",
        s.text[a:b],
    ):
        for place in _place_list(s, a + m.start("p"), a + m.end("p")):
            if not _NOT_PLACE.match(place.text) and not re.fullmatch(D.YEAR_RE, place.text):
                yield place


_AND_REGION = re.compile(
    r"(?<=, )(?:Newfoundland and Labrador|Trinidad and Tobago|Bosnia and Herzegovina|Antigua and Barbuda"
    r"|Turks and Caicos(?: Islands)?|Saint Kitts and Nevis|Saint Vincent and the Grenadines)\b"
)


def _place_list(s: SentenceView, a: int, b: int) -> Iterator[Mention]:
    """Every place name of a list: brackets and quoted in-story names are skipped."""
    text = s.text[:b]
    text = re.sub(r"\([^)]*\)|[\"“][^\"”]*[\"”]", lambda m: " " * len(m.group()), text)
    # (the region after a place, its name holding "and": "St. John's, Newfoundland and Labrador")
    text = _AND_REGION.sub(lambda m: " " * len(m.group()), text)
    prev: re.Match[str] | None = None
    for m in re.finditer(PLACE, text[a:b]):
        name, start = m.group(), m.start()
        qualifier = (
            prev is not None
            and prev.group() not in N.REGIONS  # "France, Italy and Tokyo": a list of countries
            and text[a + prev.end() : a + start] == ", "
            and name in N.REGIONS
            and not re.match(r",? and ", text[a + m.end() : b])  # "London, Kent and Bristol": a list
        )
        prev = m
        if qualifier:
            continue  # "Atlanta, Georgia", "Santiago, Chile": the region of the place before
        era = re.match(r"[\w\-]+-(?:period|era|age|century|occupied) (?=[A-Z])", name)
        if era:  # "Edo-period Japan": the place is Japan
            name, start = name[era.end() :], start + era.end()
        if (_NOT_PLACE.match(name) and " " not in name) or re.fullmatch(r"\d+", name):
            continue
        if re.search(r"['’]s?$", name) and not re.match(r"(?:St\.|Saint) ", name):
            continue  # "at Bambú's studios in Tres Cantos": an owner, not the place (but "St. John's")
        yield make_mention("place", name, s.base + a + start, s.base + a + m.end())


def _titles(text: str, base: int) -> Iterator[tuple[str, int, int]]:
    """Titles of a list 'A (1967), B (1954), and C', with sentence offsets."""
    for m in re.finditer(TITLE, text):
        t = m.group()
        if t in ("The", "A", "An"):
            continue
        trimmed = _trim_title(t)
        yield trimmed, base + m.end() - len(trimmed), base + m.end()


def _emit(
    ex: Extractor, s: SentenceView, subj: Mention | None, rel: str, obj: Mention | None, rule: str
) -> Iterator[Candidate]:
    if subj is not None and obj is not None:
        yield ex.emit(s, subj, rel, obj, rule)


# --- premiere and release ---------------------------------------------------------------------

PREMIERED = re.compile(
    rf"{_subj('a')}(?:, (?:produced|created|written|directed|developed|filmed|shot|set) [^,;]{{1,80}},"
    rf"|, (?:also |only |just )?{NUM} episodes(?: long)?,)?,? (?:(?:which|that) )?"
    rf"(?:(?:first|originally|officially|finally|had|was|has) )*(?P<verb>premiered|debuted|launched"
    # "When Father Ted was first broadcast on Channel 4 on 21 April 1995"
    rf"|(?<=first )(?:broadcast|aired|shown|screened|transmitted)(?= on )"
    # "Press Gang began on ITV on 16 January 1989"
    rf"|began(?= (?:airing |broadcasting )?on (?:the )?[A-Z][\w+]*(?: [A-Z][\w+]*)?,? on )"
    # "Shortland Street, created by Caterina De Nave, began on 25 May 1992"
    rf"|began(?= on (?:\d{{1,2}} )?(?:{D.MONTH_FULL})\b))\b"
    rf"|\band (?:later |then |first |originally |officially )?(?P<verb2>premiered|debuted)\b"
)
#: a premiere a network announces, in the present or the future: "The eight-episode first season
#: will launch on Friday, May 24, 2019", "The second season, which premieres Sunday, August 11,
#: 2019," (a whole date only: see `_scheduled_premieres`)
SCHEDULED = re.compile(
    rf"{_subj('e')}(?: \([^()\n]{{1,60}}\))?,? (?:(?:which|that) )?"
    rf"(?P<verb>premieres|premiering|debuts|debuting|launches|will (?:(?:officially|globally|exclusively) )?(?:premiere|debut|launch))\b"
)
#: what makes an announced premiere a guess (a "will" alone does not)
_SCHEDULE_HEDGE = re.compile(
    r"\b(?:(?i:rumou?r(?:s|ed)?|reportedly|expected|could|might|would|plans? to|hopes? to|in talks|whether|if|not|never|"
    r"speculat\w*|possibl[ey]|potential(?:ly)?|tentative(?:ly)?)|may)\b|n't\b"
)
#: a broadcaster or streaming service after "premiered on": the title before it is a series
NETWORK = re.compile(
    r"^,? on (?:the )?(?:Netflix|HBO(?: Max)?|Max|Hulu|Amazon(?: Prime Video)?|Prime Video|Disney\+|Apple TV\+|"
    r"Peacock|Paramount\+|ABC|NBC|CBS|Fox|FX|AMC|The CW|CW|Starz|Showtime|BBC(?: One| Two| Three| Four)?|ITV|"
    r"Channel 4|Sky(?: One| Atlantic)?|Syfy|USA Network|TNT|TBS|Freeform|PBS|Cinemax|Epix|MGM\+)\b"
)
PREMIERE_NOUN = re.compile(
    rf"(?:\b[Tt]he|\b[Aa]n?|\b[Ii]ts) (?:(?!season |episode |finale )[\w\-]+ ){{0,3}}?premiere(?: (?:for|of) {_subj('b')})? "
    rf"(?P<verb>was held|took place|was|happened)\b"
    rf"|{_subj('c')} (?:had|held) its (?:[\w\-]+ ){{0,3}}?(?P<verb2>premiere)\b"
    rf"|{_subj('d')} (?:at|with|during) (?:a|an|its|the) (?:(?!season |episode |finale )[\w\-]+ ){{0,3}}?(?P<verb3>premiere)\b"
)
RELEASED = re.compile(
    rf"{_subj('a')},? (?:(?:which|that) )?(?P<aux>(?:was|were|is|has been|had been|got|will be|would be) )?"
    rf"(?:(?:first|originally|officially|finally|digitally|also|then|exclusively) )*(?P<verb>released|made available|launched)\b"
)
#: "Netflix released the series on August 18, 2017"
RELEASED_IT = re.compile(rf"\b(?:released|launched) (?:{COREF}|it) (?=(?:on|in|worldwide|globally)\b)")
#: "all eight episodes were released", "its ten episodes premiered", "the eight, hour-long episodes
#: were released simultaneously" -- a whole, not "the first two episodes"
ALL_EPISODES = re.compile(
    rf"(?:\b(?P<sown>(?:[Tt]he|[Ii]ts) (?P<sord>{ORD}) season)['’]s |\b(?P<det>[Aa]ll|[Tt]he|[Ii]ts) )(?:(?P<n>{NUM})(?P<adj>(?:,? [\w\-]+){{0,2}}) )?episodes(?: of {_subj('a')})? "
    rf"(?:were |are |was |being |had been |have been )?(?:all )?(?P<verb>released|premiered|debuted|made available|dropped|landed|arrived|streamed)\b"
    rf"(?P<together>(?: on \w+)? (?:simultaneously|at once|all at once|together|in full)\b)?"
)
#: a season dropped whole: "Netflix released all six episodes of the first season on 29 September
#: 2022 and all six episodes of the second season on 22 August 2024"
SEASON_DROPPED = re.compile(
    rf"(?:\b(?:released|dropped|streamed|made available|premiered|debuted|put out) |\band )all (?P<n>{NUM}) episodes "
    rf"of (?:the|its) (?P<ord>{ORD}) (?:season|series)(?: at once| together| simultaneously)? (?=on )"
)
APPEARANCE_IN = re.compile(
    rf"\b(?:appearances?|cameos?|roles?|debut) (?:as {CHAR} )?in (?P<w>{NAME}), which (?:was )?(?:released|premiered|debuted)\b"
)


AIRED = re.compile(
    rf"{_subj('a')},? (?:(?:which|that) )?(?:was |were )?(?:originally |first )?(?:aired|ran|broadcast|was broadcast)"
    rf"(?: on (?:{NAME}|tvN))? (?:from|between) "
)
#: an encyclopedia lead's run: "X is an American television sitcom created by Y that aired on ABC
#: from September 26, 1969, to ..."
LEAD_AIRED = re.compile(
    rf"^{_NOT_A_TITLE}(?P<t>(?:{NAME}{POSS} )?{TITLE}),?(?: \([^)]*\))? (?:is|was) an? [^;.]{{0,160}}?\b(?:that|which) "
    rf"(?:originally |first )?(?:aired|ran|was broadcast|broadcast) (?:on (?:the )?[^;,.]{{1,40}}? )?(?:from|between) "
)
RETURNED = re.compile(rf"{_subj('a')} (?:returned|came back) for (?:its|a) (?P<ord>{ORD}) season\b")
#: a credits page's release line under its heading: "Release Date" over "October 28, 2011
#: (United States) on NBC"
RELEASE_HEADING = re.compile(
    r"(?:Release [Dd]ate|Original [Rr]elease|Original [Aa]ir [Dd]ate|Premiered?)[ \t]*:?"
)
RELEASE_LINE = re.compile(r"(?P<date>[^()\n]{6,30}?)(?: \([^()\n]*\))?(?: on (?P<net>[^()\n]{2,30}))?")


def _release_line(d: _Doc, s: SentenceView) -> Iterator[Candidate]:
    """A credits page's "Release Date" heading over "October 28, 2011 (United States) on NBC": the
    premiere of the page's episode (of the series too for its first episode) or of its topic."""
    ex, doc = d.ex, d.ex.doc.text
    line_start = doc.rfind("\n", 0, s.base) + 1
    above = doc[doc.rfind("\n", 0, max(line_start - 1, 0)) + 1 : max(line_start - 1, 0)]
    m = RELEASE_LINE.fullmatch(s.text.strip())
    if line_start != s.base or not RELEASE_HEADING.fullmatch(above.strip()) or m is None:
        return
    found = D.parse_date(m.group("date"))
    if found is None:
        return
    date = literal(found[0], s.base + m.start("date"), s.base + m.end("date"), found[1])
    episode = ex.credits_page_episode()
    works = [episode] if episode is not None else []
    if ex.out.topic is not None and (episode is None or episode.number == 1):
        works.append(ex.out.topic)
    for work in works:
        yield from _emit(ex, s, work, "premiereDate", date, "release-line")


def _scheduled_premieres(d: _Doc, s: SentenceView) -> Iterator[Candidate]:
    """A premiere the network announces ("will premiere on Friday, June 10, 2022", "which
    premieres Sunday, August 11, 2019"): a fact of the document's schedule when it gives the
    whole date and no hedge ("is expected to", "could") or question."""
    text = s.text  # (a question never reaches here: see `rules`)
    for m in SCHEDULED.finditer(text):
        if _SCHEDULE_HEDGE.search(text, _clause_start(text, m.start()), m.end()):
            continue
        a, b = _window(text, m.end())
        ds = _dates(d, s, a, b)
        pub = d.published()
        raw = D.find_dates(text[a:b])
        if raw and raw[0].year is None:
            if pub is None:
                continue  # "premieres on Sunday 3 June" with no date of the document's own: no year
            if raw[0].month is not None:
                # "the second season, which premieres Friday, May 7" in an interview of May 5,
                # 2021: the coming May 7 (not the year an earlier sentence named)
                f = raw[0]
                year = pub[0] + (1 if f.month < pub[1] else 0)  # type: ignore[operator]
                when = f.value(year)
                ds = [(a + f.start, a + f.end, when[0], when[1])] if when else []
        if not ds or ds[0][3] != D.DATE:
            continue
        gap = re.sub(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b,?", "", text[m.end() : ds[0][0]])
        if not re.fullmatch(r"(?:\s|,|on|the|globally|exclusively|worldwide|[A-Z][\w+]*)*", gap):
            continue  # (the date right after the verb, or after the network: "premieres on HBO on ...")
        subj = _subject(d, s, m, "e")
        if m.group("eit") and m.start("eit") == 0 and (i := d.index.get(id(s), 0)) > 0:
            # "..., and the second season will also consist of eight episodes. It premieres on
            # October 30, 2020": an announced premiere is the coming season's, named just before
            prev = d.ex.sents[i - 1]
            named = list(
                re.finditer(
                    rf"\b(?:[Tt]he|[Ii]ts) ({ORD}) season\b(?! of)|\b[Ss]eason ({N.CARDINAL_RE})\b(?! of)",
                    prev.text,
                )
            )
            if named:
                last = named[-1]
                subj = _topic_season(d, prev, last.group(1) or last.group(2), last.start()) or subj
        if subj is None and re.search(r",? (?:which|that) ", m.group()):
            subj = _lead_work(d, s, m.start())
        yield from _emit(d.ex, s, subj, "premiereDate", _date_literal(s, ds[0]), "scheduled-premiere")


#: a transcript's note on its episode: '... the closing credits of Republic of Doyle, season 1,
#: episode 1, "Fathers and Sons," first broadcast on CBC on January 6, 2010'
NOTED_EPISODE_AIRED = re.compile(
    EPISODE_OF_SERIES.pattern + r",(?: [\"“'‘][^\"”'’\n]{1,80}[\"”'’],?)? "
    r"(?:first |originally )?(?:broadcast|aired|shown|transmitted|premiered) on (?:the )?"
    r"(?P<net>[A-Z][\w+&]*(?: [A-Z][\w+&]*){0,2}) on "
)


def _noted_episode_aired(d: _Doc, s: SentenceView) -> Iterator[Candidate]:
    """The air date of the episode a transcript's note names (see NOTED_EPISODE_AIRED); for a
    first episode, the series' and the first season's premiere too, and the series' network."""
    ex = d.ex
    m = NOTED_EPISODE_AIRED.search(s.text)
    t, n = ex.out.topic, focus_episode(ex) if m else None
    if m is None or n is None or t is None or N.series_key(m.group("series")) != N.series_key(t.text):
        return
    ds = _dates(d, s, m.end(), min(len(s.text), m.end() + 40))
    if not ds or ds[0][0] != m.end():
        return
    date = _date_literal(s, ds[0])
    at = (s.base + m.start("series"), s.base + m.end("series"))
    series = series_mention(t.text, *at)
    works = [scoped("episode", series, n, *at)]
    if n == 1:
        works += [series, scoped("season", series, 1, *at)]
        net = make_mention("organization", m.group("net"), s.base + m.start("net"), s.base + m.end("net"))
        yield from _emit(ex, s, series, "originalNetwork", net, "noted-episode-aired")
    for w in works:
        yield from _emit(ex, s, w, "premiereDate", date, "noted-episode-aired")


def _premiere_release(d: _Doc, s: SentenceView) -> Iterator[Candidate]:
    ex, text = d.ex, s.text
    yield from _release_line(d, s)
    yield from _noted_episode_aired(d, s)
    for m in NETWORK_PREMIERED.finditer(text):
        # "On September 20, 2002, Fox premiered a space western called Firefly": its premiere
        sp = s.span(m, "t")
        work = d.work(*sp) if sp else None
        ds = [x for x in _dates(d, s, 0, len(text)) if x[3] == D.DATE]
        if work is not None and work.kind == "series" and len(ds) == 1 and not _planned(text, 0, m.end()):
            yield from _emit(ex, s, work, "premiereDate", _date_literal(s, ds[0]), "network-premiered")
    for m in AIRED.finditer(text):
        if _planned(text, m.start(), m.end()):
            continue
        ds = _dates(d, s, *_window(text, m.end()))
        if ds and ds[0][0] == m.end():
            yield from _emit(
                ex, s, _subject(d, s, m, "a"), "premiereDate", _date_literal(s, ds[0]), "aired-from"
            )
    lead = LEAD_AIRED.match(text)
    if lead and not _planned(text, lead.start(), lead.end()):
        ds = _dates(d, s, *_window(text, lead.end()))
        sp = s.span(lead, "t")
        if ds and ds[0][0] == lead.end() and sp:
            yield from _emit(ex, s, d.work(*sp), "premiereDate", _date_literal(s, ds[0]), "lead-aired-from")
    for m in RETURNED.finditer(text):
        if _planned(text, m.start(), m.end()):
            continue
        series = _subject(d, s, m, "a")
        number = N.number_word(m.group("ord"))
        if series is None or series.kind != "series" or not number or number < 1:
            continue
        season = scoped("season", series, number, series.start, series.end)
        a, b = _window(text, m.end())
        ds = _dates(d, s, a, b)
        if ds and ds[0][0] - a < 10:
            yield from _emit(ex, s, season, "premiereDate", _date_literal(s, ds[0]), "returned-for-season")
    yield from _scheduled_premieres(d, s)
    for m in PREMIERED.finditer(text):
        if _planned(text, m.start(), m.end()):
            continue
        if m.group("verb") == "began" and re.search(
            r"\b(?:[Ff]ilming|[Pp]roduction|[Ss]hooting|[Pp]hotography|[Rr]ehearsals?|[Cc]asting|[Ww]ork)\b",
            text[: m.end()],
        ):
            continue  # "Filming for The Defenders began on October 31": the filming began
        a, b = _window(text, m.end())
        if m.group("verb2"):  # "X consists of six episodes and premiered on ...": X's verb
            subj = _nearest_work_before(d, s, m.start(), topic=False)
        else:
            subj = _subject(d, s, m, "a")
            if subj is None and re.search(r",? (?:which|that) ", m.group()):
                subj = _lead_work(d, s, m.start())
            if subj is None and m.group("aname") and NETWORK.match(text[m.end() :]):
                subj = _unknown_series(s, m, "aname")
        ds = _dates(d, s, a, b)
        if ds:
            yield from _emit(ex, s, subj, "premiereDate", _date_literal(s, ds[0]), "premiered")
            first = re.match(
                r",? with (?:an|its|the|a) (?:first |opening )?(?:episode|instalment|installment) (?:called|titled|entitled\b|(?=[\"“]))"
                # ("with its first episode", 'with the first part of "Buried Lies"')
                r"|,? with (?:the|its) (?:first|opening) (?:episode\b|part of [\"“])"
                r"|,? with (?:the|its|a) pilot\b",
                text[ds[0][1] :],
            )
            batch = re.match(
                rf",? with all (?P<n>{NUM}) (?:of its )?episodes(?: of (?:its|the) (?P<ord>{ORD}) season)?\b",
                text[ds[0][1] :],
            )
            n = N.number_word(batch.group("n")) if batch else None
            if batch and n and 0 < n <= 30 and subj is not None and subj.kind == "series":
                # "premiered on February 7, 2020, with all nine episodes of its first season": the
                # season's length and premiere, and each of its episodes' (a first season's)
                k = N.number_word(batch.group("ord")) if batch.group("ord") else None
                whole = subj
                if k:
                    whole = scoped("season", subj, k, subj.start, subj.end)
                    yield from _emit(ex, s, whole, "premiereDate", _date_literal(s, ds[0]), "premiered-batch")
                a0 = s.base + ds[0][1] + batch.start("n")
                count = literal(str(n), a0, a0 + len(batch.group("n")), vocab.XSD + "integer")
                yield from _emit(ex, s, whole, "numberOfEpisodes", count, "premiered-batch")
                for i in range(1, n + 1) if k == 1 else []:
                    episode = scoped("episode", subj, i, subj.start, subj.end)
                    yield from _emit(
                        ex, s, episode, "premiereDate", _date_literal(s, ds[0]), "premiered-batch"
                    )
            if first and subj is not None and subj.kind == "series":
                # "Press Gang began on ITV on 16 January 1989 with an episode called "Page One"": its first
                episode = scoped("episode", subj, 1, subj.start, subj.end)
                yield from _emit(
                    ex, s, episode, "premiereDate", _date_literal(s, ds[0]), "premiered-with-episode"
                )
        for place in _places(s, a, b):
            if not _EVENT.search(place.text):
                yield from _emit(ex, s, subj, "premiereLocation", place, "premiered-in")
    for m in PREMIERE_NOUN.finditer(text):
        verb = "verb" if m.group("verb") else "verb2" if m.group("verb2") else "verb3"
        if _planned(text, m.start(), m.end()):
            continue
        p = {"verb": "b", "verb2": "c", "verb3": "d"}[verb]
        has_subj = any(m.group(f"{p}{g}") for g in SUBJ_GROUPS)
        subj = _subject(d, s, m, p) if has_subj else d.focus_here(s, m.start())
        a, b = _window(text, m.end(verb))
        ds = _dates(d, s, a, b)
        if ds:
            yield from _emit(ex, s, subj, "premiereDate", _date_literal(s, ds[0]), "premiere-held")
        for place in _places(s, a, b):
            if not _EVENT.search(place.text):
                yield from _emit(ex, s, subj, "premiereLocation", place, "premiere-held")
    for m in RELEASED.finditer(text):
        if _planned(text, m.start(), m.end()):
            continue
        rest = text[m.end() :]
        if not m.group("aux") and not re.match(
            r"(?:,? (?:on|in|worldwide|exclusively|simultaneously|globally))\b", rest
        ):
            continue  # "Marvel released a trailer": an active verb with an object
        subj = _subject(d, s, m, "a")
        if subj is None and m.group("aname"):
            w = APPEARANCE_IN.search(text, max(0, m.start() - 80), m.end())
            if w and w.end("w") == m.end("aname"):
                sp = s.span(w, "w")
                assert sp
                subj = series_mention(*sp)
        a, b = _window(text, m.end())
        if re.search(
            r"\b(?:on|to) (?:DVD|Blu-ray|VHS|home (?:media|video)|soundtrack|vinyl|CD)\b|\bdigital download",
            text[a:b],
        ):
            continue  # a home-media or soundtrack release is not the work's release
        ds = _dates(d, s, a, b)
        if ds:
            yield from _emit(ex, s, subj, "releaseDate", _date_literal(s, ds[0]), "released")
    for m in RELEASED_IT.finditer(text):
        if not _planned(text, m.start(), m.end()):
            a, b = _window(text, m.end())
            ds = _dates(d, s, a, b)
            if ds:
                yield from _emit(
                    ex, s, d.topic_here(s, m.start()), "releaseDate", _date_literal(s, ds[0]), "released-it"
                )
    for m in ALL_EPISODES.finditer(text):
        if _planned(text, m.start(), m.end()) or (
            (m.group("det") or "").lower() == "the" and not m.group("together")
        ):
            continue
        has_subj = any(m.group(f"a{g}") for g in SUBJ_GROUPS)
        subj = _subject(d, s, m, "a") if has_subj else d.focus_here(s, m.start())
        if m.group("sown"):
            # "The first season's ten episodes all dropped on March 23, 2023": that season's
            subj = _topic_season(d, s, m.group("sord"), m.start())
        if not has_subj and re.search(r"\bnew\b", m.group("adj") or ""):
            subj = d.last_season(s, s.base + m.start())  # "its ten new episodes": a season's
        count = _count(s, m, "n") if m.group("n") else None
        if count is not None:
            yield from _emit(ex, s, subj, "numberOfEpisodes", count, "n-episodes-released")
        if m.group("verb") in ("released", "made available", "dropped"):
            a, b = _window(text, m.end())
            ds = _dates(d, s, a, b)
            if ds:
                yield from _emit(ex, s, subj, "releaseDate", _date_literal(s, ds[0]), "all-episodes-released")


def _seasons_dropped(d: _Doc, s: SentenceView) -> Iterator[Candidate]:
    """ "released all six episodes of the first season on DATE and all six episodes of the second
    season on DATE": each season's length and premiere, and each of its episodes' premiere (a later
    season's numbered on from the earlier seasons' lengths, when they are stated)."""
    text, topic = s.text, d.topic_here(s, 0)
    for m in SEASON_DROPPED.finditer(text):
        n, k = N.number_word(m.group("n")), N.number_word(m.group("ord"))
        if topic is None or topic.kind != "series" or not (n and k and 0 < n <= 30 and k > 0):
            continue
        if _planned(text, _clause_start(text, m.start()), m.end()):
            continue
        a, b = _window(text, m.end())
        ds = _dates(d, s, a, b)
        if not ds or ds[0][0] - m.end() > 4:
            continue
        date = _date_literal(s, ds[0])
        season = scoped("season", topic, k, topic.start, topic.end)
        yield from _emit(d.ex, s, season, "premiereDate", date, "season-dropped")
        count = _count(s, m, "n")
        if count is not None:
            yield from _emit(d.ex, s, season, "numberOfEpisodes", count, "season-dropped")
        offset = 0 if k == 1 else d.ex.season_offset(k)
        for i in range(1, n + 1) if offset is not None else ():
            episode = scoped("episode", topic, offset + i, topic.start, topic.end)
            yield from _emit(d.ex, s, episode, "premiereDate", date, "season-dropped")


def _tens(word: str) -> int | None:
    return {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60}.get(word.lower())


def _count(s: SentenceView, m: re.Match[str], g: str) -> Mention | None:
    """The episode count in group ``g`` ("six", "20", "forty") as an xsd:integer literal."""
    n = N.number_word(m.group(g)) or _tens(m.group(g))
    sp = s.span(m, g)
    return literal(str(n), sp[1], sp[2], XSD + "integer") if n and n > 0 and sp else None


# --- episodes ------------------------------------------------------------------------------------

EPISODE_COUNT = re.compile(
    # "The first season (Forbrydelsen) consists of 20 episodes", "Season 1, which arrived on Feb.
    # 24, 2021, also ran 10 episodes", "Full House ran for eight seasons and 192 episodes"
    rf"{_subj('a')}(?: \([^()]{{1,60}}\))?(?:, (?:which|that) [^;]{{1,60}}?,)?,? (?:(?:which|that) )?(?:(?:also|only|just) )?"
    rf"(?:(?:consists|consisted|is composed|was composed|comprises|comprised|will comprise|"
    rf"contains|contained|is made up|was made up|ran for|runs for|ran|runs|will run|spans|spanned|spanning|totals|totaled|"
    rf"totalled|has|had|consisting|lasted|lasts) )(?:of )?(?:a total of |only |just )?(?:{NUM} (?:seasons?|series)(?: and|,) )?(?P<n>{NUM}) episodes\b"
    # "Its second season, eight episodes long, arrives", "The second season (Forbrydelsen II), of 10 episodes,"
    rf"|{_subj('b')}(?: \([^()]{{1,60}}\))?(?: (?:was|is)|,) (?:only |just |also )?(?:(?P<n2>{NUM}) episodes long|(?:of )?(?P<n4>{NUM}) episodes,)"
    rf"|(?:\b(?:[Tt]he|[Tt]his|(?:(?<=, )|(?<=,\" )|(?<=,” ))an?)|(?:(?<=, )|(?<=,\" )|(?<=,” ))(?P<own>{NAME}{POSS})) (?:(?!(?:first|second|third|last|final|next|new)\b)[a-z]+ )?(?P<n3>{NUM})-(?:episode|part) (?:[\w\-]+ ){{0,2}}?(?P<noun>season|{GENRE}|adaptation|satire)\b"
)
#: "Over three seasons, 32 episodes aired", "Kendall appears in all 39 episodes of the series"
EPISODE_TOTAL = re.compile(
    # "premiered on BBC One on 26 August 2018 and ran for six episodes", "..., which ran for six
    # seasons and 77 episodes", "Set in Oxford, ..., it ran for 33 episodes"
    # ("... from September 26, 1969, to March 8, 1974, for five seasons and 117 episodes")
    rf"(?:(?P<how>\band|, which|, it) (?:then |later )?(?:ran for|lasted)|(?P<how2>, running for|, lasting|, for(?= (?:{NUM}) (?:seasons?|series)(?: and|,) )))"
    rf" (?:(?:{NUM}) (?:seasons?|series)(?: and|,) )?(?P<n4>{NUM}) episodes\b"
    rf"|^Over (?:{NUM}) (?:seasons|series), (?P<n2>{NUM}) episodes (?:aired|were broadcast|were made)\b"
    rf"|\bappears? in all (?P<n3>{NUM}) episodes of the (?:series|show)\b"
    # "All eight episodes were directed by Jake Szymanski", "All eight episodes arrive Friday"
    rf"|^All (?P<n5>{NUM}) episodes (?:(?:of (?:the|this) (?:series|season|show) )?(?:were|are|arrive|arrived|drop|dropped|premiere|premiered|debut|debuted|will)\b)"
)


#: "Fox aired eleven of its fourteen episodes": the series' length
OF_ITS_EPISODES = re.compile(
    rf"\b(?:of|all) (?:its|the (?:series|show)['’]s?) (?P<n>{NUM}) episodes\b(?! (?:of|in) )"
)


def _episodes(d: _Doc, s: SentenceView) -> Iterator[Candidate]:
    ex, text = d.ex, s.text
    for m in OF_ITS_EPISODES.finditer(text):
        topic = d.topic_here(s, m.start())
        count = _count(s, m, "n")
        if (
            topic is not None
            and topic.kind == "series"
            and count is not None
            and not _planned(text, 0, m.end())
        ):
            yield ex.emit(s, topic, "numberOfEpisodes", count, "of-its-episodes")
    for m in EPISODE_COUNT.finditer(text):
        if _planned(text, m.start(), m.end()):
            continue
        if m.group("n"):
            if m.group("acoref") and re.search(r"\b(?:on|in|of|from|for|to|at|with|by) $", text[: m.start()]):
                continue  # "originated by Smith on the NBC sitcom, which ran for ...": another show
            subj, g = _subject(d, s, m, "a"), "n"
        elif m.group("n2") or m.group("n4"):
            subj, g = _subject(d, s, m, "b"), "n2" if m.group("n2") else "n4"
        else:
            g = "n3"
            app = re.search(rf"(?P<xname>{TITLE}(?:/{TITLE})?),[\"”]? [\"“]?$", text[: m.start()])
            if app and re.search(r"\bby $", text[: app.start()]):
                app = None  # "... directed by Saul Dibb, the four-part drama": a credit's person
            named = re.match(
                rf" [\"“]?(?P<xname>{TITLE})(?:,?[\"”]|,| \(|$| (?:is|was|premiered|aired)\b)",
                text[m.end() :],
            )
            if named and m.group("noun") != "season":
                # 'the six-episode 2006 FX miniseries "Thief,"': the title that follows
                a0 = s.base + m.end() + named.start("xname")
                subj = d.work(named.group("xname"), a0, a0 + len(named.group("xname")))
                if subj is None and named.group().startswith((' "', " “")):
                    subj = series_mention(named.group("xname"), a0, a0 + len(named.group("xname")))
            elif m.group("noun") == "season":
                o = re.search(rf"\b({ORD}) season$", m.group(0))
                subj = _topic_season(d, s, o.group(1), m.start()) if o else None
            elif app or m.group(0)[0] in "aA" or m.group("own"):
                if not app:
                    continue
                sp = s.span(app, "xname")
                assert sp
                subj = d.work(*sp)
                if subj is None and re.search(r",?[\"”] $", app.group()):
                    subj = series_mention(*sp)  # '"When They See Us," Ava DuVernay's four-part drama'
            else:
                subj = d.topic_here(s, m.start())
        count = _count(s, m, g)
        if count is not None:
            yield from _emit(ex, s, subj, "numberOfEpisodes", count, "episode-count")
    for m in EPISODE_TOTAL.finditer(text):
        count = _count(s, m, next(x for x in ("n2", "n3", "n4", "n5") if m.group(x)))
        if count is None or _planned(text, m.start(), m.end()):
            continue
        how, upto = m.group("how") or m.group("how2"), m.start()
        rel = re.search(r", which [^,;]*$", text[: m.start()]) if how == "and" else None
        if rel:  # "on the NBC sitcom, which premiered in 1990 and ran for ...": the which's
            how, upto = ", which", rel.start()
        if how == "and":
            # the sentence's subject: '"Bodyguard," created by ..., premiered on ... and ran for'
            lead = OPENING_SUBJECT.match(text, len(text) - len(text.lstrip('"“')))
            subj = _subject(d, s, lead, "q") if lead and not lead.group("qit") else d.topic_here(s, m.start())
            quoted = s.span(lead, "qname") if lead and subj is None and text[:1] in '"“' else None
            if quoted and re.match(r",?[\"”]", text[lead.end("qname") :]):
                subj = series_mention(*quoted)  # a quoted title that premiered and ran: a series
        elif how == ", which":
            # the work named before it ("created BoJack Horseman, Netflix's ... , which ran")
            before = sorted(
                (x for x in ex.out.series_mentions if s.base <= x.start and x.end <= s.base + upto),
                key=lambda x: x.start,
            )
            # (only one: in "will play Will Smith in Bel-Air, Peacock's reimagining of The Fresh
            # Prince of Bel-Air, ... the NBC sitcom, which ran for", which one ran?)
            subj = before[-1] if len({N.series_key(x.text) for x in before}) == 1 else None
        elif how:
            subj = d.topic_here(s, m.start())
        else:
            subj = d.prev_subject(s) if m.start() == 0 and not m.group("n5") else d.focus_here(s, m.start())
        if subj is not None:
            yield from _emit(ex, s, subj, "numberOfEpisodes", count, "episode-total")


# --- development, filming, working title, locations ---------------------------------------------

FILMING = r"(?:[Ff]ilming|[Ss]hooting|[Pp]rincipal photography|[Pp]hotography)"
#: production as filming ("Production began in Atlanta"), not pre-, post-, animation or voice work
PRODUCTION = (
    r"(?<![Aa]nimation )(?<![Vv]oice )(?<![Mm]usic )(?<![Ss]ound )(?<![Pp]ost-)(?<![Pp]re-)\b[Pp]roduction"
)
DEVELOPMENT = re.compile(
    rf"\b[Dd]evelopment (?:(?:on|of|for) {_subj('a')} )?(?:had )?(?:began|begun|started|commenced|got underway)\b"
)
FILMING_START = re.compile(
    rf"(?:{FILMING}|{PRODUCTION}|[Cc]ameras)(?: (?:for|on|of) {_subj('a')})? (?:had |was |were )?(?:officially |finally )?"
    rf"(?:began|begun|started|commenced|got underway|got under way|kicked off)(?: rolling)?\b"
    rf"|{_subj('b')} (?:began|started|commenced) (?:filming|shooting|principal photography)\b"
    rf"|\b(?:[Aa]t|[Ww]ith|[Aa]fter|[Bb]y) the (?:start|beginning|commencement) of {FILMING}(?: (?:for|on) {_subj('c')})?(?= (?:in|on) )"
)
FILMING_END = re.compile(
    rf"(?:{FILMING}|{PRODUCTION})(?: (?:for|on|of) {_subj('a')})? (?:had |was )?(?:officially )?(?:wrapped|ended|concluded|finished|completed|was completed|wrapped up)\b"
    rf"|[Cc]ameras(?: (?:for|on) {_subj('c')})? (?:stopped|finished|ceased) rolling\b"
    rf"|{_subj('b')} (?:wrapped|finished|completed|concluded) (?:filming|shooting|production|principal photography)\b"
)
FILMING_SPAN = re.compile(
    rf"(?:{FILMING}|{PRODUCTION})(?: (?:for|on|of) {_subj('a')})?,? (?:which |that )?(?:took place|takes place|occurred|happened|ran|lasted|was done|was conducted|was held)\b"
)
FILMED_IN = re.compile(
    # ("We filmed in Antelope itself, in Portland and in The Dalles": its makers, in an interview)
    rf"(?:(?:{_subj('a')} )?(?:was|were|is|are|being|been|had been|has been)|(?P<and>\band)|(?P<we>^We)) (?:primarily |mainly |largely |entirely |also |partly |partially |principally )?"
    rf"(?:filmed|shot|taped)(?: entirely| primarily| mainly)?(?: on location)?"
    # ("taped before a studio audience at ABC Television Center")
    rf"(?: (?:before|in front of) (?:an? |the )?(?:live |studio )?audience)? (?:(?P<around>in and around|around)|in|at) "
    # "Location work was done in Leeds and in London", "Exterior scenes were shot at ..."
    rf"|(?P<loc>(?:^|(?<=, )|(?<=; )|(?<=, and ))(?:[Tt]he )?(?:[Ll]ocation (?:work|filming|shooting)|[Ee]xterior (?:scenes|shots|filming)|"
    rf"[Ee]xteriors|[Ss]tudio (?:work|scenes|filming)|[Ii]nterior (?:scenes|shots)|[Pp]rincipal photography)) "
    rf"(?:was |were )?(?:(?:done|carried out|completed|filmed|shot|recorded|took place) )?(?:entirely |mainly |largely |primarily )?"
    rf"(?:in front of (?:an? |the )?(?:live |studio )?audience )?(?:in and around|in|at|around) "
    # "..., with additional location work in X", "before production moved to New Orleans"
    rf"|(?P<loc2>(?<=, with )(?:additional |further |some )?location (?:work|filming|shooting) (?:in|at) "
    rf"|\b(?:before|when|after) (?:production|filming|shooting) (?:moved|relocated|shifted) to )"
    # a credits roll's card: "Filmed on location in St. John's, Newfoundland and Labrador"
    rf"|(?P<card>^(?:Filmed|Shot)(?: entirely)?(?: on location)? (?:in|at) )"
)
LOCATION_LIST = re.compile(
    rf"(?:\b(?:[Ff]ilming|[Ss]hooting)|^(?:[Pp]rincipal|[Mm]ain|[Kk]ey|[Oo]ther|[Aa]dditional|[Ll]ocation)|^) ?locations?"
    rf"(?: (?:for|of|on) {_subj('a')})? (?:also )?(?:included|include|includes|were|was|are|is)(?: also)? "
)
WORKING_TITLE = re.compile(
    r"(?:\b(?:working|provisional|tentative) titles?|\b(?:developed|produced|filmed|shot|made|announced) under the title) "
    r"(?:of |was |is |as )?(?:[\"“](?P<q>[^\"”]{1,60})[\"”]"
    rf"|(?P<t>{TITLE}))"
)
SPAN_DATES = re.compile(
    r"\b(?:from|between) (?P<a>.+?) (?:to|until|till|through|and) (?P<b>.+?)(?=[,;]|$| in | at )"
)


def _production(d: _Doc, s: SentenceView) -> Iterator[Candidate]:
    ex, text = d.ex, s.text

    def subj_of(m: re.Match[str], p: str) -> Mention | None:
        if any(m.group(f"{p}{g}") for g in SUBJ_GROUPS):
            return _subject(d, s, m, p)
        return d.focus_here(s, m.start())

    def first_date(m: re.Match[str]) -> Mention | None:
        a, b = _window(text, m.end())
        ds = _dates(d, s, a, b)
        return _date_literal(s, ds[0]) if ds and ds[0][0] - a < 40 else None

    for m in DEVELOPMENT.finditer(text):
        if not _planned(text, m.start(), m.end()):
            yield from _emit(ex, s, subj_of(m, "a"), "developmentStart", first_date(m), "development-began")
    for m in FILMING_START.finditer(text):
        if _planned(text, m.start(), m.end()):
            continue
        p = next((p for p in "abc" if any(m.group(f"{p}{g}") for g in SUBJ_GROUPS)), "")
        subj = _subject(d, s, m, p) if p else d.focus_here(s, m.start())
        yield from _emit(ex, s, subj, "filmingStart", first_date(m), "filming-began")
        a, b = _window(text, m.end())
        ended = re.search(
            r"(?:\band (?:later |then |finally )?(?:ended|wrapped(?: up)?|concluded|finished)|, (?:wrapping|ending|concluding)(?: up)?)\b",
            text[a:b],
        )
        if ended:
            ds = _dates(d, s, a + ended.end(), b)
            if ds and ds[0][0] - (a + ended.end()) < 10:
                yield from _emit(
                    ex, s, subj, "filmingEnd", _date_literal(s, ds[0]), "filming-began-and-ended"
                )
            b = a + ended.start()
        for place in _places(s, a, b):
            yield from _emit(ex, s, subj, "filmingLocation", place, "filming-began-in")
    for m in FILMING_END.finditer(text):
        if _planned(text, m.start(), m.end()):
            continue
        p = next((p for p in "bc" if any(m.group(f"{p}{g}") for g in SUBJ_GROUPS)), "a")
        subj = subj_of(m, p)
        yield from _emit(ex, s, subj, "filmingEnd", first_date(m), "filming-wrapped")
    for m in FILMING_SPAN.finditer(text):
        if _planned(text, m.start(), m.end()):
            continue
        subj = subj_of(m, "a")
        a, b = _window(text, m.end())
        for place in _places(s, a, b):
            yield from _emit(ex, s, subj, "filmingLocation", place, "filming-took-place")
        span = SPAN_DATES.search(text[a:b])
        if span:
            sa, sb = a + span.start("a"), a + span.end("a")
            for start, end in _span_dates(d, s, sa, sb, a + span.start("b"), a + span.end("b")):
                yield from _emit(ex, s, subj, "filmingStart", start, "filming-from-to")
                yield from _emit(ex, s, subj, "filmingEnd", end, "filming-from-to")
    for m in FILMED_IN.finditer(text):
        if _planned(text, m.start(), m.end()):
            continue
        if m.group("we") or m.group("loc") or m.group("card"):
            subj = d.topic_here(s, m.start())
        elif m.group("loc2"):
            subj = _nearest_work_before(d, s, m.start(), topic=True)
            if re.match(r"[A-Z]{2,}\b", text[m.end() :]):
                continue  # "when production moved to MAPPA": a studio, not a place
        else:
            subj = _nearest_work_before(d, s, m.start(), topic=False) if m.group("and") else subj_of(m, "a")
        if subj is None and m.group("ascoref"):
            subj = d.topic_here(s, m.start())  # "The season was shot in ...": a season of the topic's
        if m.group("aname") and subj is None:
            continue
        if m.group("around") and not (
            ((m.group("ait") and m.start("ait") == 0) or m.start() == 0)
            and d.ex.out.topic is not None
            and subj is not None
            and N.series_key(subj.text) == N.series_key(d.ex.out.topic.text)
        ):
            continue  # ("It was shot in and around Kununurra" only of the article's own series)
        if subj is None and re.search(
            r"(?:^|, )(?:[Bb]oth|[Aa]ll|[Ee]ach|[Ee]very) (?:(?:of )?(?:the|its) )?(?:\w+ )?(?:seasons|series|episodes?) $",
            text[: m.start()],
        ):
            subj = d.topic_here(
                s, m.start()
            )  # "Both seasons were shot in ...", "Every episode was taped at ..."
        a, b = _window(text, m.end())
        # (a place inside a description of the spot: "in the old neighbourhoods of Bhopal", "at a
        # farmhouse in Jackson's Point")
        spot = re.match(
            r"(?:(?:a|an|the) (?:[a-z][\w\-'’]* ){1,4}(?:in|of|at|near|outside) ){1,2}(?=[A-Z])", text[a:b]
        )
        a += spot.end() if spot else 0
        lst = re.match(
            rf"(?:the )?{PLACE}(?: itself)?(?:(?:, |,? and )(?:(?:in|on|at) )?(?:the )?{PLACE}(?: itself)?)*",
            text[a:b],
        )
        if lst:
            places = list(_place_list(s, a, a + lst.end()))
            # "at MGM Studios in Culver City", "at Waratah Park, a wildlife park at Duffys Forest":
            # the facility and the town it is in
            town = re.match(
                rf"(?: in|, (?:an?|the) (?:[a-z][\w\-]* ){{1,3}}(?:in|at|near)) (?P<t>{PLACE})",
                text[a + lst.end() : b],
            )
            if (
                town
                and places
                and re.search(rf"\b{FACILITY}$", places[-1].text)
                and town.group("t") not in N.REGIONS
                and not _REGION_LIKE.fullmatch(town.group("t"))
            ):
                at = a + lst.end() + town.start("t")
                places += list(_place_list(s, at, at + len(town.group("t"))))
            for place in places:
                yield from _emit(ex, s, subj, "filmingLocation", place, "filmed-in")
    for m in LOCATION_LIST.finditer(text):
        if _planned(text, m.start(), m.end()):
            continue
        subj = subj_of(m, "a")
        end = re.search(
            r";|, (?:with|while|which|where|as|but|although|after|before|when)\b|$", text[m.end() :]
        )
        b = m.end() + (end.start() if end else 0)
        for place in _place_list(s, m.end(), b):
            yield from _emit(ex, s, subj, "filmingLocation", place, "filming-locations")
    for m in WORKING_TITLE.finditer(text):
        if _planned(text, m.start(), m.end()) and "would" in text[_clause_start(text, m.start()) : m.end()]:
            continue
        g = "q" if m.group("q") else "t"
        sp = s.span(m, g)
        assert sp
        title = N.clean(sp[0])
        if g == "t":
            title = re.sub(r"^(?:The|A|An) (?=\W)", "", title)
            if title in ("The", "A", "An"):
                continue
        subj = _nearest_work_before(d, s, m.start())
        yield from _emit(ex, s, subj, "workingTitle", literal(title, sp[1], sp[2], ""), "working-title")


def _span_dates(
    d: _Doc, s: SentenceView, a1: int, b1: int, a2: int, b2: int
) -> Iterator[tuple[Mention, Mention]]:
    """'from October 2016 to March 2017', 'from June to October 2018' (the start takes the end's
    year, or the year before when its month is later: 'from November to February 2019')."""
    f1 = D.find_dates(s.text[a1:b1], bare_months=True)
    f2 = _dates(d, s, a2, b2)
    if len(f1) != 1 or not f2:
        return
    start, end = f1[0], f2[0]
    if start.year is None:
        end_year = int(end[2][:4])
        end_month = int(end[2][5:7]) if len(end[2]) >= 7 else None
        year = end_year - 1 if start.month and end_month and start.month > end_month else end_year
        val = start.value(year)
    else:
        val = start.value()
    if val is not None:
        yield (
            literal(val[0], s.base + a1 + start.start, s.base + a1 + start.end, val[1]),
            _date_literal(s, end),
        )


def _nearest_work_before(d: _Doc, s: SentenceView, pos: int, topic: bool = True) -> Mention | None:
    """The last work named (or "the series") before ``pos`` in the sentence, else the topic."""
    best: Mention | None = None
    for m in re.finditer(_subj("n", it_anywhere=True), s.text[:pos]):
        w = _subject(d, s, m, "n")
        if w is not None:
            best = w
    return best or (d.topic_here(s, pos) if topic else None)


def _lead_work(d: _Doc, s: SentenceView, pos: int) -> Mention | None:
    """In "X is an American sitcom created by Y that premiered on ...", the relative clause
    describes X: the work the sentence opens with, if it is a definition of it."""
    m = re.match(rf"(?P<w>(?:{NAME}{POSS} )?{TITLE}),?(?: \([^)]*\))? (?:is|was) an? [^,;]*$", s.text[:pos])
    if m is None:
        return None
    sp = s.span(m, "w")
    assert sp
    return d.work(*sp)


def _unknown_series(s: SentenceView, m: re.Match[str], group: str) -> Mention | None:
    """A title the document does not otherwise type, in a series slot ("X premiered on HBO")."""
    sp = s.span(m, group)
    if sp is None or re.match(r" \((?:1[89]|20)\d\d\)", s.text[m.end(group) :]):
        return None
    name = N.strip_leading_noise(sp[0])
    if s.ner_label(sp[2] - len(name), sp[2]) in {"PERSON", "GPE", "LOC", "NORP", "DATE"}:
        return None
    return series_mention(name, sp[2] - len(name), sp[2])


# --- setting, universe, source material --------------------------------------------------------

SET_IN = re.compile(
    rf"{_subj('a')},? (?:(?:which|that) )?(?:is |was |are |were |being |has been |had been )?(?:also |primarily |mainly |largely |entirely |again )?"
    rf"(?:set|takes place|took place|unfolds|unfolded) (?:primarily |mainly |largely |entirely )?(?:in|within|on|aboard) (?:the )?(?:(?:fictional |small |quiet )?"
    # ("the fictional Wicklow village of Ballykissangel")
    rf"(?:[A-Z][\w\-]+ )?(?:town|city|village|island|"
    rf"neighbou?rhood|suburb|county|state|borough) of |(?:a|an|the) (?:[a-z][\w\-]* ){{0,4}}(?:in|of) (?:the )?"
    rf"|(?:a|an|the) (?:[a-z][\w\-]* ){{1,3}}(?=[A-Z]))?(?:\d{{4}}s )?"
    rf"(?P<p>{PLACE}(?:, {PLACE})*)"
)
#: "the fictional cattle town of Patterson", "a student from the neighbouring fictional town of
#: Bjärstad, where the series is set": a made-up place the series is set in
FICTIONAL_PLACE = re.compile(
    rf"\b(?:the|a) (?:[a-z\-]+ )?fictional (?:[a-z\-]+ )?(?:town|city|village|island|county|suburb|borough|hamlet) of "
    rf"(?P<p>{PLACE})(?P<where>, where the (?:series|show|drama|comedy|story) (?:is|was) set\b)?"
)
WHERE_SET = re.compile(
    rf"\b(?:in|at) (?P<p>{PLACE}), where (?:much of |most of |part of |all of )?the (?:[a-z]+ )?(?:series|show|story|drama|action) "
    rf"(?:is|was) set\b(?P<filmed> and (?:was|is) (?:largely |mostly |mainly |also )?(?:filmed|shot))?"
    # "from the fourth series the action moved to London"
    rf"|\bthe (?:action|story) (?:moved|moves|shifted|shifts|relocated|relocates) to (?P<p2>{PLACE})"
)
PREMISE = re.compile(r"^Set (?P<phr>[^,]+(?:, and [^,]+)*),")
#: "The series moves between East Berlin and Bonn", "The serial moves from Yorkshire to London
#: and the Scottish Highlands": the places the story is set in
MOVES_BETWEEN = re.compile(
    rf"{_subj('a')},? (?:(?:which|that) )?(?:moves|shifts|switches|alternates|cuts|travels|jumps) (?:back and forth )?"
    rf"(?:between|from) (?:the )?(?P<p>{PLACE}(?:(?:,|,? and| to) (?:the )?{PLACE})+)"
)
#: a region, not a place a story is set in: "Yorkshire", "the Scottish Highlands"
_REGION_LIKE = re.compile(r".+shire|(?:[\w\-]+ )*(?:Highlands|Lowlands|Midlands)")
SET_FILMS = re.compile(
    rf"(?P<p>{PLACE})-set (?P<noun>films?|movies?|series|shows?|dramas?|thrillers?) (?:such as|like|including|e\.g\.,?) "
    rf"(?P<list>[^;]+?)(?=;|, (?:when|while|which|and other|as well)\b|$| when | to )"
)
UNIVERSE_PART = re.compile(
    rf"{_subj('a')},? (?:(?:which|that) )?(?:is|was|are|were|has been|became) (?:also |officially )?(?:a |an )?(?:part|installment|instalment|entry) (?:of|in) the (?P<u>{NAME})"
    rf"|{_subj('b')} (?:takes|took) place (?:with)?in the (?P<u2>{NAME})"
    rf"|{_subj('c')} (?:is|was) the (?:[\w\-]+ ){{0,3}}?(?:series|show|entry|installment|instalment|film|season|miniseries) (?:in|of) (?:the |{NAME}{POSS} )(?P<u3>{NAME})"
)
BASED_ON = re.compile(
    rf"\b[Bb]ased on (?:the )?(?P<org>{NAME}) (?P<noun>characters?|comics?|comic[- ]books?|comic strips?|graphic novels?|series|titles?)\b"
    rf"|\b[Bb]ased on (?:the )?characters? (?:from|published by|owned by|created for) (?P<org2>{NAME})"
)
_PUBLISHER = re.compile(r"\b(?:Comics|Press|Publishing|Publications|Books|Entertainment)$")


def _setting(d: _Doc, s: SentenceView) -> Iterator[Candidate]:
    ex, text = d.ex, s.text
    for m in SET_IN.finditer(text):
        if _planned(text, m.start(), m.end()):
            continue
        subj = _subject(d, s, m, "a")
        sp = s.span(m, "p")
        assert sp
        name = N.clean(sp[0])
        if _UNIVERSE.search(name):
            yield from _emit(
                ex, s, subj, "partOfUniverse", make_mention("universe", name, sp[1], sp[2]), "set-in-universe"
            )
            continue
        for place in _place_list(s, m.start("p"), m.end("p")):
            if re.match(
                r" (?:foothills|hills|countryside|outback|interior|hinterland|backcountry|wilderness|region|plains|prairies)\b",
                ex.doc.text[place.end : place.end + 20],
            ):
                continue  # "on a horse ranch in the Alberta foothills": a region
            if not _NOT_PLACE.match(place.text) and not _UNIVERSE.search(place.text):
                yield from _emit(ex, s, subj, "setting", place, "set-in")
    for m in FICTIONAL_PLACE.finditer(text):
        sp = s.span(m, "p")
        subj = d.topic_here(s, m.start())
        if sp is None or subj is None or _planned(text, 0, m.end()) or _NOT_PLACE.match(sp[0]):
            continue
        yield from _emit(ex, s, subj, "setting", make_mention("place", *sp), "fictional-place")
    for m in WHERE_SET.finditer(text):
        # "was filmed in Dallas, where much of the series is set", "working in Cambridge, where
        # the first series is set and was largely filmed"
        subj = d.topic_here(s, m.start())
        g = "p" if m.group("p") else "p2"
        if (
            subj is None
            or _NOT_PLACE.match(m.group(g))
            or m.group(g) in N.REGIONS
            or _planned(text, 0, m.end())
        ):
            continue
        place = make_mention("place", m.group(g), s.base + m.start(g), s.base + m.end(g))
        yield from _emit(ex, s, subj, "setting", place, "where-set")
        if m.group("filmed"):
            yield from _emit(ex, s, subj, "filmingLocation", place, "where-set")
    for m in MOVES_BETWEEN.finditer(text):
        if _planned(text, m.start(), m.end()):
            continue
        subj = _subject(d, s, m, "a")
        for place in _place_list(s, m.start("p"), m.end("p")):
            if not (
                place.text in N.REGIONS or _REGION_LIKE.fullmatch(place.text) or _NOT_PLACE.match(place.text)
            ):
                yield from _emit(ex, s, subj, "setting", place, "moves-between")
    for m in UNIVERSE_PART.finditer(text):
        if _planned(text, m.start(), m.end()):
            continue
        g, p = ("u", "a") if m.group("u") else ("u2", "b") if m.group("u2") else ("u3", "c")
        sp = s.span(m, g)
        assert sp
        if _UNIVERSE.search(sp[0]):
            yield from _emit(
                ex,
                s,
                _subject(d, s, m, p),
                "partOfUniverse",
                make_mention("universe", *sp),
                "part-of-universe",
            )
    for m in UNIVERSE_INCLUDES.finditer(text):
        sp = s.span(m, "u")
        assert sp
        if not _UNIVERSE.search(sp[0]) or _planned(text, m.start(), m.end()):
            continue
        universe = make_mention("universe", *sp)
        for t, a, b in _titles(
            re.sub(
                r"\b(?:the|The) (?:films?|series|shows?|movies?) ",
                lambda x: " " * len(x.group()),
                m.group("list"),
            ),
            m.start("list"),
        ):
            noun = re.search(r"(?:films?|movies?|series|shows?) $", text[max(0, a - 8) : a])
            year = re.match(r" \((?:1[89]|20)\d\d\)", text[b:])
            kind = (
                "film"
                if year or (noun and noun.group().startswith(("film", "movie")))
                else "series"
                if noun
                else None
            )
            yield from _emit(
                ex,
                s,
                d.work(t, s.base + a, s.base + b, kind),
                "partOfUniverse",
                universe,
                "universe-includes",
            )
    pm = PREMISE.match(text)
    if pm:
        topic = d.topic_here(s, 0)
        phr_a, phr_b = pm.start("phr"), pm.end("phr")
        for place in _places(s, phr_a, phr_b, prep="in"):
            yield from _emit(ex, s, topic, "setting", place, "premise-set-in")
        for am in re.finditer(rf"\bafter (?:the events of )?(?P<w>{WORK_OBJ})", text[phr_a:phr_b]):
            a = phr_a + am.start("w")
            w = _object_work(d, s, am.group("w"), s.base + a, s.base + a + len(am.group("w")))
            yield from _emit(ex, s, topic, "setAfter", w, "premise-set-after")
        # the main clause: "..., the vigilantes ... team up in New York City to fight ..."
        for place in _places(s, pm.end(), len(text), prep="in"):
            if s.ner_label(place.start, place.end) in {"GPE", "LOC", "FAC"}:
                yield from _emit(ex, s, topic, "setting", place, "premise-in")
                break
    for m in SET_FILMS.finditer(text):
        noun = m.group("noun")
        kind = (
            "film"
            if noun.startswith(("film", "movie"))
            else "series"
            if noun.startswith(("series", "show", "drama"))
            else None
        )
        sp = s.span(m, "p")
        assert sp
        place = make_mention("place", *sp)
        for t, a, b in _titles(m.group("list"), m.start("list")):
            year = re.match(r" \((?:1[89]|20)\d\d\)", text[b:])
            w = d.work(t, s.base + a, s.base + b, "film" if year else kind)
            yield from _emit(ex, s, w, "setting", place, "place-set-works")
    for m in BASED_ON.finditer(text):
        if _planned(text, m.start(), m.end()):
            continue
        g = "org" if m.group("org") else "org2"
        sp = s.span(m, g)
        assert sp
        org = N.strip_leading_noise(sp[0]) if not _PUBLISHER.search(sp[0]) else sp[0]
        ok = bool(_PUBLISHER.search(org)) or (
            s.ner_label(sp[1], sp[2]) == "ORG"
            and (g == "org2" or m.group("noun").startswith(("character", "comic")))
        )
        if ok:
            subj = _nearest_work_before(d, s, m.start())
            yield from _emit(
                ex,
                s,
                subj,
                "basedOnCharactersFrom",
                make_mention("organization", org, sp[2] - len(org), sp[2]),
                "based-on",
            )


# --- references, order, chronology -------------------------------------------------------------

REFERENCES = re.compile(
    rf"{_subj('a', it_anywhere=True)} (?:also |further |directly |briefly |explicitly |repeatedly )?"
    rf"(?:references|referenced|alludes to|alluded to|makes (?:a )?references? to|made (?:a )?references? to|"
    rf"(?:contains|features|includes|has) (?:several |many |multiple |numerous )?(?:references|nods|allusions) to|"
    rf"nods to|pays homage to|paid homage to|calls back to) "
    rf"(?:the (?:events|end|ending|climax|finale|plot|story) of |events (?:of|from) )?(?P<w>{WORK_OBJ})"
)
ORDER = re.compile(
    rf"{_subj('a')} (?:is|was) the (?:[\w\-]+ ){{0,4}}?(?P<noun>series|season|show|film|installment|instalment|entry|miniseries|chapter)\b"
    rf"[^;]*?,? (?:after|following) (?P<list>{TITLE}(?:(?:, |,? and ){TITLE})*)"
)
UNIVERSE_INCLUDES = re.compile(
    rf"\bthe (?P<u>{NAME}),? which (?:also )?(?:includes|included|comprises|spans|contains) "
    rf"(?P<list>(?:the (?:films?|series|shows?|movies?) )?{TITLE}(?: \(\d{{4}}\))?(?:(?:, |,? and )(?:the (?:films?|series|shows?|movies?) )?{TITLE}(?: \(\d{{4}}\))?)*)"
)
SEQUEL = re.compile(
    rf"{_subj('a')},? (?:is|was|serves as|served as) (?:a|the) (?P<adj>direct |loose |spiritual )?(?P<kind>sequel|prequel|follow-up) "
    rf"(?:series |film )?to (?P<w>{WORK_OBJ})"
)
CHRONO = re.compile(
    rf"{_subj('a')},? (?:is |was |being )?(?:set|takes place|took place|placed|positioned|occurs) (?:[\w\-]+ ){{0,3}}?"
    rf"(?P<rel>after|following|before|prior to) (?:the events of )?(?P<w>{WORK_OBJ})"
    rf"|{_subj('b')},? (?:is |was |being )?(?:placed|set|takes place|taking place|positioned) between "
    rf"(?:the (?P<noun>films|movies|series|seasons|events of) )?(?P<x>{TITLE})(?: \(\d{{4}}\))? and (?:the events of )?(?P<y>{TITLE})"
)


def _relations(d: _Doc, s: SentenceView) -> Iterator[Candidate]:
    ex, text = d.ex, s.text
    for m in REFERENCES.finditer(text):
        if _planned(text, m.start(), m.end()):
            continue
        subj = _subject(d, s, m, "a")
        sp = s.span(m, "w")
        assert sp
        w = _object_work(d, s, *sp)
        yield from _emit(ex, s, subj, "references", w, "references")
        if w is not None and w.kind == "season":
            yield from _emit(ex, s, subj, "references", w.parent, "references-season")
    for m in ORDER.finditer(text):
        if _planned(text, m.start(), m.end()):
            continue
        subj = _subject(d, s, m, "a")
        noun = m.group("noun")
        kind = "film" if noun == "film" else "series" if noun in ("series", "show", "miniseries") else None
        for t, a, b in _titles(m.group("list"), m.start("list")):
            w = d.work(t, s.base + a, s.base + b) or (
                d.work(t, s.base + a, s.base + b, kind) if kind else None
            )
            yield from _emit(ex, s, subj, "follows", w, "order-after")
    for m in SEQUEL.finditer(text):
        if _planned(text, m.start(), m.end()):
            continue
        subj = _subject(d, s, m, "a")
        sp = s.span(m, "w")
        assert sp
        w = _object_work(d, s, *sp)
        yield from _emit(ex, s, subj, "follows", w, m.group("kind"))
        if m.group("adj") != "spiritual " and m.group("kind") == "sequel":
            yield from _emit(ex, s, subj, "setAfter", w, "sequel")
        elif m.group("adj") != "spiritual " and m.group("kind") == "prequel":
            yield from _emit(ex, s, w, "setAfter", subj, "prequel")
    for m in CHRONO.finditer(text):
        if _planned(text, m.start(), m.end()):
            continue
        if m.group("w"):
            subj = _subject(d, s, m, "a")
            sp = s.span(m, "w")
            assert sp
            w = _object_work(d, s, *sp)
            if m.group("rel") in ("after", "following"):
                yield from _emit(ex, s, subj, "setAfter", w, "set-after")
            else:
                yield from _emit(ex, s, w, "setAfter", subj, "set-before")
        else:
            subj = _subject(d, s, m, "b")
            kind = "film" if (m.group("noun") or "") in ("films", "movies") else None
            x, y = s.span(m, "x"), s.span(m, "y")
            assert x and y
            wx = _object_work(d, s, *x, kind=kind)
            wy = _object_work(d, s, *y, kind=kind)
            yield from _emit(ex, s, subj, "setAfter", wx, "placed-between")
            yield from _emit(ex, s, wy, "setAfter", subj, "placed-between")


# --- casting events ----------------------------------------------------------------------------

_TITLES = "|".join(sorted(N.LOWER_TITLES))
_CAST_VERB = (
    r"(?:officially |reportedly |subsequently |eventually |later |also |then |first )?"
    r"(?:(?:reported|announced|revealed|confirmed|rumou?red|said)(?: to (?:be|have been))? )?"
    r"(?:(?:cast|recast|hired|tapped|chosen|selected) (?:to play |as |in the roles? of |for the roles? of |in an? (?:[\w\-]+ ){0,2}roles? as )"
    r"|(?:announced|revealed|confirmed) (?:to be playing |to play |as playing |as ))"
)
CAST = re.compile(
    rf"(?P<actor>{NAME}),? (?:who )?(?:was|were|had been|has been|is|have been) {_CAST_VERB}"
    rf"(?:(?:{_TITLES}) )*(?P<char>{CHAR}(?![\w\-]))(?: (?:for|in|on) (?P<work>{WORK_OBJ}))?"
    rf"|(?P<actor2>{NAME}) (?:joined|joins) the (?:main |recurring |series |guest |supporting )?cast"
    rf"(?: of (?P<work2>{COREF}|{WORK_OBJ}))? as (?:(?:{_TITLES}) )*(?P<char2>{CHAR})"
    rf"|(?P<actor3>{NAME}) (?:was|were) (?:announced|revealed|confirmed) (?:to be playing|to play|as playing|as) (?:an? |the )"
    rf"(?P<desc>[a-z][\w\-]*(?: [a-z][\w\-]*){{0,4}})(?: of (?P<work3>{COREF}|{TITLE}))?, "
    rf"(?:later |subsequently |eventually )?revealed (?:to be|as) (?P<char3>{CHAR})"
)
#: "A and B were cast as X and Y(, respectively)"
CAST_PLURAL = re.compile(
    rf"(?P<actors>{NAME}(?:(?:, | and |, and ){NAME})+),? (?:were|have been|had been) {_CAST_VERB}"
    rf"(?P<chars>{CHAR}(?:(?:, | and |, and ){CHAR})+)(?:,? respectively)?(?: (?:for|in|on) (?P<work>{WORK_OBJ}))?"
)


CAST_NO_ROLE = re.compile(
    rf"(?P<actor>{NAME}) (?:was|had been|has been) (?:officially |reportedly |first |eventually |finally )?cast"
    rf"(?: in the (?:lead|title|main|leading|starring|central) role)?(?= (?:in|on) |,|\.|$| after | following )"
)


def _role_of(d: _Doc, actor: str) -> tuple[str, str] | None:
    """(full name, character) of the one role the document has given an actor named ``actor``."""
    key = N.fold(actor)
    roles = {
        (c.subject.text, c.object.text)
        for c in d.ex.out.candidates
        if c.relation == "plays"
        and not c.swappable
        and (N.fold(c.subject.text) == key or N.fold(c.subject.text).split(" ")[-1] == key)
    }
    return next(iter(roles)) if len(roles) == 1 else None


def _casting(d: _Doc, s: SentenceView) -> Iterator[Candidate]:
    text = s.text
    for m in CAST_NO_ROLE.finditer(text):
        if _planned(text, m.start(), m.end()):
            continue
        role = _role_of(d, m.group("actor"))
        a = s.span(m, "actor")
        assert a
        person = person_mention(s, *a, strict=False)
        if role is None or person is None:
            continue
        person = make_mention("person", role[0], person.start, person.end)
        yield from _casting_event(
            d,
            s,
            m,
            person,
            make_mention("character", role[1], person.start, person.end),
            d.focus_here(s, m.start()),
        )
    # (match, suffix of its groups, actor span, character span)
    pairs: list[tuple[re.Match[str], str, tuple[str, int, int], tuple[str, int, int]]] = []
    plural = list(CAST_PLURAL.finditer(text))
    for m in plural:
        actors = split_list(s, m, "actors")
        chars = split_list(s, m, "chars", expand_surname=True)
        if len(actors) == len(chars):
            pairs.extend((m, "", a, c) for a, c in zip(actors, chars, strict=True))
    for m in CAST.finditer(text):
        k = "" if m.group("actor") else "2" if m.group("actor2") else "3"
        if any(p.start() <= m.start() < p.end() for p in plural):
            continue
        if re.search(r"(?:, |\band )$", text[: m.start()]) and re.match(
            rf"{NAME},? (?:who )?(?:were|have been) ", m.group()
        ):
            continue  # one of several actors: handled (or not) by CAST_PLURAL
        a, c = s.span(m, f"actor{k}"), s.span(m, f"char{k}")
        assert a and c
        pairs.append((m, k, a, c))
    pairs.sort(key=lambda x: x[2][1])
    unconfirmed = re.search(r"\b(?:not (?:yet )?(?:been )?confirmed|unconfirmed|denied)\b", text)
    for i, (m, k, a, c) in enumerate(pairs):
        if re.search(r"\b(?:rumou?red|said)\b", m.group(0)) or _planned(text, m.start(), m.end()):
            continue
        if unconfirmed and unconfirmed.start() > m.start():
            continue
        person = person_mention(s, *a, strict=False)
        char_text = N.clean(c[0])
        if person is None or char_text.lower() in {"himself", "herself", "themselves"}:
            continue
        char = make_mention("character", char_text, c[1], c[2])
        work = _cast_work(d, s, m, k)
        if work is None:
            # "A was cast as X and B was cast as Y for W": the work of a later clause
            for later, lk, _, _ in pairs[i + 1 :]:
                work = _cast_work(d, s, later, lk)
                if work is not None:
                    break
        other = re.match(
            r" (?:for|in|on) (?:an?|the|his|her|their) (?!(?:mini-?series|series|show|programme|program|drama)\b)",
            text[c[2] - s.base :],
        )
        if work is None and not other:
            work = d.focus_here(s, m.start())
        yield from _casting_event(d, s, m, person, char, work)


def _casting_event(
    d: _Doc, s: SentenceView, m: re.Match[str], person: Mention, char: Mention, work: Mention | None
) -> Iterator[Candidate]:
    """The n-ary casting node (actor, character, work, date), linked from the actor."""
    date = _cast_date(d, s, m)
    props = [(CAST_ACTOR, person), (CAST_AS, char)]
    label = f"{person.text} cast as {_untitled(char.text)}"
    if work is not None:
        props.append((CAST_FOR, work))
        label += f" for {work.text}"
    if date is not None:
        props.append((CAST_DATE, date))
        label += f" ({date.text})"
    event = node(CASTING_EVENT, s.base + m.start(), s.base + m.end(), props, label)
    yield d.ex.emit(s, person, "casting", event, "cast-as")


_RANKS = {
    "di",
    "dci",
    "ds",
    "dc",
    "pc",
    "dsi",
    "commander",
    "sheriff",
    "colonel",
    "general",
    "major",
    "private",
}


def _untitled(name: str) -> str:
    """'DI Sam Rowe' -> 'Sam Rowe', 'Detective Rita Bloom' -> 'Rita Bloom' (for node labels)."""
    name = N.strip_titles(name)
    toks = name.split(" ")
    while len(toks) > 2 and toks[0].lower().rstrip(".") in _RANKS:
        toks = toks[1:]
    return N.strip_titles(" ".join(toks))


def _cast_work(d: _Doc, s: SentenceView, m: re.Match[str], k: str) -> Mention | None:
    g = f"work{k}"
    if not m.group(g):
        return None
    sp = s.span(m, g)
    assert sp
    if re.fullmatch(COREF, sp[0]):
        return d.topic_here(s, m.start(g))
    w = _object_work(d, s, *sp)
    if w is None and m.string[: m.start(g)].endswith(" for "):
        # "ACTOR was cast as CHARACTER for TITLE": the slot makes TITLE a series
        name = N.strip_leading_noise(sp[0])
        w = series_mention(name, sp[2] - len(name), sp[2])
    return w


def _cast_date(d: _Doc, s: SentenceView, m: re.Match[str]) -> Mention | None:
    """The date of a casting: the last date before it in the sentence, else the first after it."""
    before = _dates(d, s, 0, m.start())
    if before:
        return _date_literal(s, before[-1])
    a, b = _window(s.text, m.end())
    after = _dates(d, s, a, b)
    return _date_literal(s, after[0]) if after else None


# --- the family -------------------------------------------------------------------------------


# --- a season overview table -------------------------------------------------------------------

#: the header of an encyclopedia's season overview rendered as text: "Season  Episodes  First
#: aired  Last aired", "Series | Episodes | First broadcast", "Season\tEpisodes\tOriginally aired",
#: a streaming page's "Season  Episodes  Released"
SEASON_TABLE_HEAD = re.compile(
    r"(?im)^[ \t|]*(?:Season|Series)(?:\t|  +| *\| *)(?:Episodes|No\. of episodes|Eps\.?)(?:\t|  +| *\| *)"
    r"(?P<first>(?:First|Originally|Original(?:ly)?) (?:aired|broadcast|released|release date|air date)|Premiere(?:d)?|Season premiere|Released|Release date)\b[^\n]*$"
)
#: a row under it: the season's number, its episode count, then its first air date
SEASON_TABLE_ROW = re.compile(
    r"[ \t|]*(?P<n>\d{1,2})(?:\t|  +| *\| *)(?P<eps>\d{1,3})(?:\t|  +| *\| *)(?P<date>[^\t|\n]+?)(?=\t|  |\||$)"
)


def _season_rows(d: _Doc) -> list[tuple[int, int, int, int, int]]:
    """The rows of a season overview table: (row start, season, episodes, date start, date end)
    as document offsets; rows follow the header line until the first line that is not one."""

    def make() -> list[tuple[int, int, int, int, int]]:
        text, out = d.ex.doc.text, []
        for h in SEASON_TABLE_HEAD.finditer(text):
            at = h.end() + 1
            for line in text[at:].split("\n"):
                row = SEASON_TABLE_ROW.match(line)
                if row is None:
                    break
                out.append(
                    (
                        at,
                        int(row.group("n")),
                        int(row.group("eps")),
                        at + row.start("date"),
                        at + row.end("date"),
                    )
                )
                at += len(line) + 1
        return out

    return d.ex.memo("series_facts.season_rows", make)


#: "ran for three six-episode series": each season's length
EQUAL_SEASONS = re.compile(
    rf"(?:\b(?:ran for|running for|lasted|made|comprised|consisted of|over) (?:(?P<k>{N.CARDINAL_RE}|\d{{1,2}}) "
    rf"(?P<n>{N.CARDINAL_RE}|\d{{1,2}})[- ](?:episode|part) (?:seasons|series)\b"
    # "ran for five seasons of 13 episodes each, 65 episodes in all"
    # (or "three series of six episodes and two Christmas specials, twenty episodes in all")
    rf"|(?P<k2>{N.CARDINAL_RE}|\d{{1,2}}) (?:seasons|series) of (?P<n2>{N.CARDINAL_RE}|\d{{1,2}}) episodes(?: each\b|(?= and))"
    rf"(?: and (?P<sp>{N.CARDINAL_RE}|\d) (?:Christmas |holiday |feature-length )?specials\b)?)"
    # "Each of the four seasons ran 22 episodes, 88 in all"
    rf"|\b[Ee]ach of (?:the|its) (?P<k3>{N.CARDINAL_RE}|\d{{1,2}}) (?:seasons|series)(?: so far)? (?:ran|had|has|ran for|consisted of|comprised) "
    rf"(?P<n3>{N.CARDINAL_RE}|\d{{1,2}}) episodes\b)"
    rf"(?:,? (?:for a total of |making |with )?(?P<t>\d{{1,3}}|{N.CARDINAL_RE})(?: episodes)?(?: in all| in total)\b"
    rf"|,? (?:making |with )?(?P<t3>\d{{1,3}}) episodes\b"
    rf"|,? for a total of (?P<t2>\d{{1,3}}) episodes\b)?"
)


def _equal_seasons(d: _Doc, s: SentenceView) -> Iterator[Candidate]:
    for m in EQUAL_SEASONS.finditer(s.text):
        gk, gn = ("k", "n") if m.group("k") else ("k2", "n2") if m.group("k2") else ("k3", "n3")
        k, n = N.number_word(m.group(gk)), N.number_word(m.group(gn))
        topic = d.topic_here(s, m.start())
        if not (k and n and 1 < k <= 12 and n < 40) or topic is None or _planned(s.text, 0, m.end()):
            continue
        for i in range(1, k + 1):
            season = scoped("season", topic, i, topic.start, topic.end)
            count = literal(str(n), s.base + m.start(gn), s.base + m.end(gn), vocab.XSD + "integer")
            yield d.ex.emit(s, season, "numberOfEpisodes", count, "equal-seasons")
        gt = next((g for g in ("t", "t3", "t2") if m.group(g)), None)
        specials = N.number_word(m.group("sp")) or 0 if m.group("sp") else 0
        if gt and N.number_word(m.group(gt)) == k * n + specials:
            # "..., 65 episodes in all", "for a total of 18 episodes": the series' length
            total = literal(
                str(N.number_word(m.group(gt))),
                s.base + m.start(gt),
                s.base + m.end(gt),
                vocab.XSD + "integer",
            )
            yield d.ex.emit(s, topic, "numberOfEpisodes", total, "equal-seasons")


def _season_table(d: _Doc, s: SentenceView) -> Iterator[Candidate]:
    """A season overview table's rows: each season's episode count and first air date (the last
    air date states nothing the graph holds)."""
    rows = [r for r in _season_rows(d) if s.sent.start <= r[0] < s.sent.end]
    topic = d.topic_here(s, 0) if rows else None
    if topic is None:
        return
    for at, n, eps, a, b in rows:
        if not 0 < n <= 60 or not 0 < eps < 1000:
            continue
        season = scoped("season", topic, n, at, at)
        count = literal(str(eps), at, at, vocab.XSD + "integer")
        yield d.ex.emit(s, season, "numberOfEpisodes", count, "season-table")
        when = D.parse_date(d.ex.doc.text[a:b])
        if when is not None and when[1] == D.DATE:
            yield d.ex.emit(s, season, "premiereDate", literal(when[0], a, b, when[1]), "season-table")


#: a field line of a season's section: "Episodes: 8", "First broadcast: 9 February 1996"
SECTION_FIELD = re.compile(
    rf"(?m)^(?:(?P<eps>{EPISODES_LABEL})|(?P<first>First (?:broadcast|aired|shown)|"
    r"Original (?:release|air date|broadcast)|Premiered?|Aired|Broadcast))[ \t]*:[ \t]*(?P<v>[^\n]+?)[ \t]*$"
)


#: an infobox's fields about the series: "No. of episodes: 24", "Release: 25 January 2012 – ..."
INFOBOX_EPISODES = re.compile(EPISODES_LABEL)


#: a numbered episode list's line: "1. Compromised (4/11/1985)", '2. "Burden of Proof" (11
#: November 1985)', "3) Breakthrough – 18 November 1985"
EPISODE_LIST_LINE = re.compile(
    r"(?m)^[ \t]*(?P<n>\d{1,3})[.)][ \t]+[\"“]?[^\W\d][^\n()]{0,80}?[\"”]?"
    r"(?:[ \t]+\((?P<date>[^()\n]{4,30})\)|[ \t]+[–—-][ \t]+(?P<date2>[^()\n]{4,30}?))[ \t]*$"
)


def _pipe_aired(d: _Doc, s: SentenceView) -> Iterator[Candidate]:
    """A guide entry's "Aired: March 3, 1997 | Written by ..." line: its episode's premiere."""
    for label, a, b, episode in d.ex.pipe_fields(s):
        if label in PIPE_CREDITS:
            continue
        found = D.parse_date(s.text[a:b])
        if found is not None:
            yield d.ex.emit(
                s, episode, "premiereDate", literal(found[0], s.base + a, s.base + b, found[1]), "pipe-aired"
            )


def _episode_list(d: _Doc, s: SentenceView) -> Iterator[Candidate]:
    """The air date of each episode of a numbered episode list (see `_Doc.episode_list`)."""
    listed = d.episode_list()
    topic = d.topic
    if not listed or topic is None or topic.kind != "series" or d.ex.season_section(s.base) is not None:
        return
    end = s.base + len(s.text)
    for n, a, b, value, dtype in listed.values():
        if not s.base <= a < end:
            continue  # (the sentence holding the date: the splitter may cut "1." from its line)
        episode = scoped("episode", topic, n, a, b)
        yield d.ex.emit(s, episode, "premiereDate", literal(value, a, b, dtype), "episode-list")


#: "The second season began on 30 May 2016 and the third on 22 May 2017", "The fourth season,
#: which began on 22 October 2018, ..."
SEASON_BEGAN = re.compile(
    rf"\b(?:(?:[Tt]he|[Ii]ts) (?P<ord>{ORD}) season|[Ss]eason (?P<num>\d{{1,2}}|{N.CARDINAL_RE}))"
    rf"(?:,? which)? (?:began|started|kicked off|opened) (?=on\b)"
)
SEASON_BEGAN_MORE = re.compile(rf",? and (?:the )?(?P<ord>{ORD}) on ")


def _season_began(d: _Doc, s: SentenceView) -> Iterator[Candidate]:
    """A season that "began on" a date: its premiere (and the next one's, "and the third on")."""
    text = s.text
    for m in SEASON_BEGAN.finditer(text):
        if _planned(text, m.start(), m.end()):
            continue
        k, at = m.group("ord") or m.group("num"), m.end()
        while k is not None:
            ds = _dates(d, s, *_window(text, at))
            season = _topic_season(d, s, k, m.start())
            if not ds or ds[0][3] != D.DATE or season is None:
                break
            yield d.ex.emit(s, season, "premiereDate", _date_literal(s, ds[0]), "season-began")
            more = SEASON_BEGAN_MORE.match(text, ds[0][1])
            k, at = (more.group("ord"), more.end()) if more else (None, 0)


def _infobox_fields(d: _Doc, s: SentenceView) -> Iterator[Candidate]:
    ex = d.ex
    for at, label, a, b in ex.infobox_lines(s):
        topic = d.topic_here(s, at)
        value = ex.doc.text[a:b]
        if topic is None or topic.kind != "series":
            continue
        if INFOBOX_EPISODES.fullmatch(label):
            # "24 (list of episodes)", "6 x 55 mins"
            n = re.fullmatch(
                r"(\d{1,4})(?:\s*\([^()]*\)|\s*[x×]\s*\d{1,3}\s*(?:mins?\.?|minutes|['’′]))?", value
            )
            if n and 0 < int(n.group(1)) < 5000:
                count = literal(n.group(1), a, a + len(n.group(1)), vocab.XSD + "integer")
                # (in an article about one season, "Episodes: 8 x 60 minutes" is that season's)
                k = ex.focus_season()
                work = scoped("season", topic, k, a, b) if k else topic
                yield ex.emit(s, work, "numberOfEpisodes", count, "infobox-field")
        elif INFOBOX_RELEASE.fullmatch(label):
            # (an episode's details block, in a thread about one episode: that episode's, and the
            # series' too for the first)
            n = focus_episode(ex)
            works = [topic] if n is None else [scoped("episode", topic, n, a, b)]
            if n == 1:
                works.append(topic)
            date = _field_date(d, value, a)
            for work in works if date is not None else []:
                yield ex.emit(s, work, "premiereDate", date, "infobox-field")


def _field_date(d: _Doc, value: str, a: int) -> Mention | None:
    """The date a field's value (at document offset ``a``) starts with, as a literal."""
    found = D.find_dates(value)
    when = found[0].value(None) if found and found[0].start == 0 and found[0].year else None
    if when is not None:
        return literal(when[0], a, a + found[0].end, when[1])
    if (num := D.numeric_date(value, d.numeric_order())) is not None and num[0] == 0:
        # "First transmitted: 4/11/1985", in a document whose other dates say 18/11/1985
        return literal(num[2], a, a + num[1], D.DATE)
    return None


def _block_fields(d: _Doc, s: SentenceView) -> Iterator[Candidate]:
    """The air date in an episode's block of field lines ('7 (1) "The Spring Term"' over
    "Original release date: 1 November 2022"): the episode's premiere."""
    for m in INFOBOX_FIELD.finditer(s.text):
        if not INFOBOX_RELEASE.fullmatch(m.group("label")):
            continue
        episode = d.ex.block_episode(s.base + m.start())
        date = _field_date(d, m.group("v"), s.base + m.start("v")) if episode is not None else None
        if episode is not None and date is not None:
            yield d.ex.emit(s, episode, "premiereDate", date, "episode-block")
    # a programme index's date line right under the episode's heading: "Wednesday 8 September
    # 1976, 21:25, BBC1 London"
    doc = d.ex.doc.text
    above = doc.rfind("\n", 0, max(s.base - 1, 0)) + 1
    if s.base == 0 or doc[s.base - 1] != "\n" or not re.match(r"Episode \d{1,3}: ", doc[above : s.base]):
        return
    episode = d.ex.block_episode(s.base)
    found = D.find_dates(s.text)
    lead = re.match(r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? )?", s.text)
    when = found[0].value(None) if found and lead and found[0].start == lead.end() else None
    if episode is not None and when is not None:
        date = literal(when[0], s.base + found[0].start, s.base + found[0].end, when[1])
        yield d.ex.emit(s, episode, "premiereDate", date, "episode-block")


def _season_section(d: _Doc, s: SentenceView) -> Iterator[Candidate]:
    """The field lines under a season's heading ("Series 2 (1996)" over "Episodes: 8" and "First
    broadcast: 9 February 1996"): the season's length and premiere (the first season's is the
    series' premiere too)."""
    for m in SECTION_FIELD.finditer(s.text):
        n = d.ex.season_section(s.base + m.start())
        topic = d.topic_here(s, m.start()) if n else None
        if topic is None or topic.kind != "series":
            continue
        season = scoped("season", topic, n, topic.start, topic.end)
        a, b = s.base + m.start("v"), s.base + m.end("v")
        if m.group("eps"):
            if m.group("v").isdigit() and 0 < int(m.group("v")) < 1000:
                count = literal(m.group("v"), a, b, vocab.XSD + "integer")
                yield d.ex.emit(s, season, "numberOfEpisodes", count, "season-section")
            continue
        found = D.find_dates(m.group("v"))
        when = found[0].value(None) if found and found[0].start == 0 else None
        if when is None:
            continue
        date = literal(when[0], a, a + found[0].end, when[1])
        for work in (season, topic) if n == 1 else (season,):
            yield d.ex.emit(s, work, "premiereDate", date, "season-section")


def _meta_count(d: _Doc, s: SentenceView) -> Iterator[Candidate]:
    """A page's facts line with the series' length: "Netflix  |  2 seasons, 12 episodes  |  ..."."""
    for a, b in meta_fields(d.ex, s):
        m = re.search(r"(?:^|, )(?P<n>\d{1,3}) [Ee]pisodes$", s.text[a:b].strip())
        topic = d.ex.out.topic
        if m and topic is not None:
            at = s.base + a + len(s.text[a:b]) - len(s.text[a:b].lstrip()) + m.start("n")
            count = literal(m.group("n"), at, at + len(m.group("n")), vocab.XSD + "integer")
            yield d.ex.emit(s, topic, "numberOfEpisodes", count, "meta-line")


def rules(ex: Extractor, s: SentenceView) -> Iterator[Candidate]:
    if s.text.rstrip().endswith("?"):
        return
    d = _doc(ex)
    yield from _season_table(d, s)
    yield from _meta_count(d, s)
    yield from _season_section(d, s)
    yield from _infobox_fields(d, s)
    yield from _block_fields(d, s)
    yield from _season_began(d, s)
    yield from _episode_list(d, s)
    yield from _pipe_aired(d, s)
    yield from _equal_seasons(d, s)
    yield from _premiere_release(d, s)
    yield from _seasons_dropped(d, s)
    yield from _episodes(d, s)
    yield from _production(d, s)
    yield from _setting(d, s)
    yield from _relations(d, s)
    yield from _casting(d, s)
