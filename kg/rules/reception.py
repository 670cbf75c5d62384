"""Reception: aggregate ratings (review aggregators) and individual critics' reviews.

Both are n-ary nodes hanging off the work (the document's topic series, or the season a
sentence names):

* ``WORK schema:aggregateRating [a schema:AggregateRating; schema:author SITE;
  kg:approvalRating 78; schema:ratingValue 6.60; schema:bestRating 10; schema:reviewCount 100]``
  from "Rotten Tomatoes reported a 78% approval rating with an average rating of 6.60/10 based
  on 100 reviews", "Metacritic ... assigned a score of 63 out of 100, based on 30 critics",
  "On Rotten Tomatoes, the season holds an approval rating of 91% ...". Label:
  "Rotten Tomatoes: 78% approval, 6.60/10 from 100 reviews".
* ``WORK schema:review [a schema:Review; schema:author CRITIC; schema:publisher OUTLET;
  schema:reviewRating "3/5"]`` from "Dan Jolin of Empire gave The Defenders 3 out of 5 stars",
  "Jeff Jensen for Entertainment Weekly gave the series a "B+"", "Polygon's Julia Alexander",
  "Reviewing the series for Uproxx, Alan Sepinwall felt ...", "Variety critic Maureen Ryan",
  "Empire gave it three stars". Label: "Dan Jolin (Empire): 3/5", or "Alan Sepinwall (Uproxx)"
  when no score is given; the outlet is named as the text names it ("The Washington Post's X":
  "The Washington Post"; "X of the Los Angeles Times": "Los Angeles Times"). The rating is the
  literal as normalised here (``V/B``, a letter grade, ``N stars``): a nested schema:Rating node
  is not kept by the resolution stage yet. A review of some episodes is attached to the series
  (or to the season the reception paragraph is about).

A journalist's remark is a review only when the sentence evaluates the work: a strong cue
(a score, "review", "reviewing") or an evaluation verb ("felt", "praised", "called") about the
series/episode/season (outside quotations) near other reception sentences. Opinions inside
quotations are never facts, and a hedged or questioned rating ("could reach 90%") is skipped.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg import names as N
from kg import vocab
from kg.extraction import (
    Candidate,
    Extractor,
    Mention,
    SentenceView,
    literal,
    make_mention,
    node,
    person_mention,
)

NAME, POSS = N.NAME, N.POSS
S, KG, XSD = vocab.SCHEMA, vocab.KG, vocab.XSD
AGGREGATE_RATING, REVIEW = S + "AggregateRating", S + "Review"
AUTHOR, PUBLISHER = S + "author", S + "publisher"
RATING_VALUE, BEST_RATING, REVIEW_COUNT, REVIEW_RATING = (
    S + "ratingValue",
    S + "bestRating",
    S + "reviewCount",
    S + "reviewRating",
)
APPROVAL = KG + "approvalRating"
DECIMAL, INTEGER = XSD + "decimal", XSD + "integer"
WORKS = {"series", "season", "episode", "film"}

vocab.register("aggregateRating", S + "aggregateRating", WORKS, {"node"})
vocab.register("review", S + "review", WORKS, {"node"})

NUM = r"\d+(?:\.\d+)?"
CARD = "|".join(sorted(N.CARDINALS, key=len, reverse=True))
VAL = rf"(?:{NUM}|{CARD})"
#: an outlet or site: a name ("Entertainment Weekly", "/Film", "ComicBook.com", "io9")
ORG = rf"(?:/?{NAME}(?:\.(?:com|net|org|co\.uk))?|[a-z]+\d+[a-z\d]*)"

# --- aggregate ratings -------------------------------------------------------------------------

AGG_CUE = re.compile(
    r"\b(?:approval|average (?:rating|score)|weighted average|aggregat\w+|Metascore|normali[sz]ed (?:rating|score)|"
    r"(?:based on|from|of) \d[\d,]* (?:critic |professional )?(?:reviews|critics|ratings))\b"
    r"|\b(?-i:[A-Z])\w+ score of \d",
    re.I,
)
SITE_CUES = (
    re.compile(
        rf"\b(?i:review[- ]aggregat(?:or|ion)|aggregator)(?: (?i:website|site|service|platform))? (?P<site>{ORG})"
    ),
    re.compile(
        rf"(?:^|, |; |\b(?:and|while|whereas) )(?i:on|at|according to|per) (?:the )?"
        rf"(?:(?i:review[- ])?(?i:aggregator) (?:(?i:website|site) )?)?(?P<site>{ORG})"
    ),
    # "an 82% approval rating on Rotten Tomatoes", "a Metacritic score of 68"
    re.compile(
        rf"\b(?:rating|score|average|reviews|critics)(?: \w+)? (?:on|at|from) (?:the )?(?P<site>{ORG})"
    ),
    re.compile(
        rf"\b(?:a|an|the|its|their) (?P<site>{ORG}) (?:score|rating|approval rating|average|Metascore)\b"
    ),
    re.compile(
        rf"^(?:(?i:the) )?(?P<site>{ORG})(?:, (?:which|a|an|the)[^,]*,)? (?:also )?"
        r"(?:reported|reports|assigned|assigns|gave|gives|calculated|calculates|lists|listed|shows|showed|"
        r"has|had|holds|held|registered|registers|records|recorded|computed|computes)\b"
    ),
)
APPROVAL_RX = re.compile(
    rf"(?P<a>{NUM}) ?%(?= (?:approval|rating|approval rating|positive|fresh|score|of (?:the )?\d[\d,]* (?:critics|reviews)))"
    rf"|(?:approval rating|approval score|approval) of (?P<b>{NUM}) ?%"
)
AVERAGE_RX = re.compile(
    rf"average (?:rating|score) (?:of |was |is )?(?P<v>{NUM}) ?(?:/|out of) ?(?P<b>{NUM})", re.I
)
SCORE_RX = re.compile(
    rf"\b(?:score|rating|Metascore|grade)(?: of| was| is)? (?P<v>{NUM}) ?(?:/|out of) ?(?P<b>{NUM})"
    rf"|\b(?P<v2>{NUM})(?:/| out of )(?P<b2>{NUM})(?= (?:score|rating|Metascore))",
    re.I,
)
#: a score without its scale ("a Metacritic score of 68")
VALUE_RX = re.compile(
    rf"\b(?:score|rating|Metascore) (?:of |was |is )?(?P<v>{NUM})(?! ?(?:/|out of|%|\.\d|\d))", re.I
)
COUNT_RX = re.compile(
    r"\b(?:based on|from|of|across|among|with) (?:the )?(?P<n>\d[\d,]*) (?P<noun>(?:critic |professional )?(?:reviews|critics|ratings))\b"
)
HEDGE = re.compile(
    r"\b(?:could|would|might|may|will|expected|projected|predicted|rumou?red|hopes?|if|whether)\b", re.I
)

# --- reviews -----------------------------------------------------------------------------------

CRITIC_PATTERNS = (
    # "Tracy Brown of the Los Angeles Times", "Jeff Jensen for Entertainment Weekly"
    re.compile(
        rf"(?P<critic>{NAME}),? (?:of|for|from|at|writing for|(?:a |the )?(?:critic|reviewer|writer|columnist|editor) (?:for|at|of)) "
        rf"(?:the )?(?P<outlet>{ORG})"
    ),
    # "Polygon's Julia Alexander", "Variety's TV critic Maureen Ryan"
    re.compile(
        rf"(?P<outlet>{ORG}){POSS} (?:(?:chief |senior |lead |TV |television )?(?:critic|reviewer|writer|columnist) )?(?P<critic>{NAME})(?! as )"
    ),
    # "Reviewing the series for Uproxx, Alan Sepinwall", "Writing for The Guardian, Lucy Mangan"
    re.compile(
        rf"(?:Reviewing|Writing|In (?:a|her|his|their) review)\b[^,]*? (?:for|in|at) (?:the )?(?P<outlet>{ORG}),? (?P<critic>{NAME})"
    ),
    # "Variety critic Maureen Ryan"
    re.compile(rf"(?P<outlet>{ORG}) (?:critic|reviewer|columnist|writer) (?P<critic>{NAME})"),
    # "Maureen Ryan (Variety)"
    re.compile(rf"(?P<critic>{NAME}) \((?P<outlet>{ORG})\)"),
    # "critic Maureen Ryan" (no outlet)
    re.compile(rf"\b(?:critic|reviewer) (?P<critic>{NAME})"),
)
#: an outlet alone: "Empire gave it three stars" (needs a score)
OUTLET_ONLY = re.compile(rf"^(?P<outlet>{ORG}) (?:also )?(?:gave|awarded|rated|scored|graded)\b")
GIVE = r"(?:gave|gives|giving|awarded|awarding|awards|rated|rating|rates|scored|scoring|scores|graded|grading|assigned|assigning)"
RATING_RX = re.compile(
    rf"\b{GIVE}\b(?P<gap>[^.;]{{0,60}}?)(?:"
    rf"\b(?P<v>{VAL}) (?:stars? )?out of (?P<b>{VAL})"
    rf"|\b(?P<v2>{NUM}) ?/ ?(?P<b2>\d+)"
    rf"|[\"“](?P<g>[A-F][+\-−–]?)[\"”]|\b(?:a grade of |an? )(?P<g2>[A-F][+\-−–]?)(?=[\s,.;]|$)(?: grade)?"
    rf"|\b(?P<stars>{VAL}|{NUM}) stars?\b)",
    re.I,
)
STRONG_CUE = re.compile(r"\b(?:review|reviews|reviewing|reviewed|reviewer)\b", re.I)
EVAL_VERB = re.compile(
    r"\b(?:felt|feels|called|calls|calling|praised|praises|praising|criticized|criticised|criticizing|"
    r"described|describing|noted|noting|found|finding|wrote|writes|enjoyed|enjoying|appreciated|"
    r"highlighted|lauded|panned|concluded|considered|deemed|dubbed|said|says|argued|"
    r"was (?:(?:more|less|very|highly|generally|mostly) )?(?:critical|positive|negative|impressed|excited|"
    r"disappointed|enthusiastic|unimpressed))\b"
)
WORK_REF = re.compile(
    r"\b(?:the|this|its) (?:(?:first|second|third|fourth|final|last|entire|whole|new|opening) )?"
    r"(?:(?:\w+ )?episodes?|series|mini-?series|show|season|premiere|finale|film|movie)\b|\bit\b"
)
RECEPTION_CUE = re.compile(
    r"\b(?:review\w*|critic\w*|reception|aggregator|Rotten Tomatoes|Metacritic|approval rating)\b", re.I
)
SEASON = re.compile(
    rf"\b(?:(?i:the) (?P<ord>{N.ORDINAL_RE}) season|(?i:season|series) (?P<num>\d+|{CARD}))\b(?! of)(?!\.\d)(?! ?(?:/|out of|stars?|points?)\b)"
)
QUOTE = re.compile(r"[\"“][^\"“”]*[\"”]")

#: how many sentences a season named by an aggregate rating stays the work of the reception
SEASON_WINDOW = 10


def _num(text: str) -> str:
    t = text.replace(",", "")
    n = N.number_word(t) if not re.fullmatch(NUM, t) else None
    return str(n) if n is not None else t


def _org(s: SentenceView, text: str, start: int) -> Mention | None:
    name = N.strip_leading_noise(N.clean(text))
    if not name or name.lower() in {"it", "the", "its", "this", "he", "she"}:
        return None
    offset = N.clean(text).rfind(name)
    return make_mention("organization", name, s.base + start + offset, s.base + start + len(text))


def _work(ex: Extractor, s: SentenceView, text: str, aggregate: bool = False) -> Mention | None:
    """The work: a season of the topic series the sentence names, else the season the
    reception paragraph is about (named by an aggregate rating or a reception sentence a few
    sentences before), else the topic series."""
    topic = ex.topic_here(s)
    if topic is None:
        return None
    at = s.index
    # per document: the season the latest aggregate rating was about, and where (sentence position)
    seasons: dict[str, tuple[Mention, int]] = ex.memo("reception.season", dict)
    m = SEASON.search(text)
    if m:
        n = N.number_word(m.group("ord") or m.group("num"))
        if n is not None and n > 0:
            season = Mention(f"{topic.text} season {n}", "season", topic.start, topic.end, n, topic)
            if aggregate and at is not None:
                seasons["latest"] = (season, at)
            return season
    context = seasons.get("latest")
    if context is not None and at is not None and 0 <= at - context[1] <= SEASON_WINDOW:
        season = context[0]
        return Mention(season.text, "season", topic.start, topic.end, season.number, topic)
    return topic


def _is_topic(ex: Extractor, name: str) -> bool:
    topic = ex.out.topic
    key = N.series_key(name)
    return (topic is not None and N.series_key(topic.text) == key) or any(
        N.series_key(m.text) == key for m in ex.out.series_mentions
    )


def _masked_quotes(text: str) -> str:
    return QUOTE.sub(lambda m: " " * len(m.group()), text)


def rules(ex: Extractor, s: SentenceView) -> Iterator[Candidate]:
    text = s.text
    if text.rstrip().endswith("?"):
        return
    masked = _masked_quotes(text)
    if RECEPTION_CUE.search(masked) and SEASON.search(masked):
        _work(ex, s, masked, aggregate=True)  # "The second season received positive reviews."
    yield from _aggregate(ex, s, text)
    yield from _reviews(ex, s, text)


# --- aggregate ratings ---------------------------------------------------------------------------


def _sites(ex: Extractor, s: SentenceView, text: str) -> list[tuple[Mention, int, int]]:
    """(site, start, end) of each review site the sentence names, in order."""
    found: dict[int, tuple[Mention, int, int]] = {}
    for rx in SITE_CUES:
        for m in rx.finditer(text):
            name = N.strip_leading_noise(m.group("site"))
            if _is_topic(ex, name) or name.lower() in {"it", "the"}:
                continue
            org = _org(s, m.group("site"), m.start("site"))
            if org is not None and not any(a <= m.start("site") < b for _, a, b in found.values()):
                found[m.start("site")] = (org, m.start("site"), m.end("site"))
    return [found[k] for k in sorted(found)]


def _aggregate(ex: Extractor, s: SentenceView, text: str) -> Iterator[Candidate]:
    if not AGG_CUE.search(text):
        return
    sites = _sites(ex, s, text)
    if not sites:
        return
    work = _work(ex, s, _masked_quotes(text), aggregate=True)
    if work is None:
        return
    # one segment per site: up to the clause (";", ", while", ", and") where the next site starts
    bounds = []
    for i, (_, a, _) in enumerate(sites):
        start = 0 if i == 0 else _clause_before(text, a)
        end = len(text) if i + 1 == len(sites) else _clause_before(text, sites[i + 1][1])
        bounds.append((start, end))
    for (site, _, _), (a, b) in zip(sites, bounds, strict=True):
        seg = text[a:b]
        if HEDGE.search(seg):
            continue
        props: list[tuple[str, Mention]] = [(AUTHOR, site)]
        parts: list[str] = []
        base = s.base + a
        ap = APPROVAL_RX.search(seg)
        if ap:
            g = "a" if ap.group("a") else "b"
            props.append((APPROVAL, literal(ap.group(g), base + ap.start(g), base + ap.end(g), DECIMAL)))
            parts.append(f"{ap.group(g)}% approval")
        value = AVERAGE_RX.search(seg)
        vg, bg = "v", "b"
        if value is None:
            value = SCORE_RX.search(seg)
            if value is not None and value.group("v") is None:
                vg, bg = "v2", "b2"
        if value is not None:
            v, best = value.group(vg), value.group(bg)
            props.append((RATING_VALUE, literal(v, base + value.start(vg), base + value.end(vg), DECIMAL)))
            props.append((BEST_RATING, literal(best, base + value.start(bg), base + value.end(bg), DECIMAL)))
            parts.append(f"{v}/{best}")
        elif ap is None and (only := VALUE_RX.search(seg)) is not None:
            v = only.group("v")
            props.append((RATING_VALUE, literal(v, base + only.start("v"), base + only.end("v"), DECIMAL)))
            parts.append(v)
        if not parts:
            continue
        label = f"{N.clean(site.text)}: {', '.join(parts)}"
        count = COUNT_RX.search(seg)
        if count:
            n = count.group("n").replace(",", "")
            props.append((REVIEW_COUNT, literal(n, base + count.start("n"), base + count.end("n"), INTEGER)))
            label += f" from {n} {count.group('noun')}"
        rating = node(AGGREGATE_RATING, s.base + a, s.base + b, props, label)
        yield ex.emit(s, work, "aggregateRating", rating, "aggregate-rating")


def _clause_before(text: str, pos: int) -> int:
    """Start of the clause holding ``pos``: after the last ";", ", while", ", and", ", whereas"."""
    best = 0
    for m in re.finditer(r";|,? (?:while|whereas)\b|, and\b|, but\b", text[:pos]):
        best = m.end()
    return best


# --- reviews ------------------------------------------------------------------------------------


def _reception_context(ex: Extractor, s: SentenceView) -> bool:
    i = s.index
    return any(RECEPTION_CUE.search(_masked_quotes(x.text)) for x in ex.sents[max(0, i - 8) : i + 1])


def _rating(text: str, start: int, end: int) -> str | None:
    """The score a critic gave, in text[start:end]: "3/5", "6.5/10", "B+", "4 stars"."""
    m = RATING_RX.search(text, start, end)
    if m is None or HEDGE.search(m.group("gap") or ""):
        return None
    if m.group("v"):
        return f"{_num(m.group('v'))}/{_num(m.group('b'))}"
    if m.group("v2"):
        return f"{m.group('v2')}/{m.group('b2')}"
    grade = m.group("g") or m.group("g2")
    if grade:
        return grade.replace("−", "-").replace("–", "-")
    if m.group("stars"):
        n = _num(m.group("stars"))
        return f"{n} star" + ("" if n == "1" else "s")
    return None


def _reviews(ex: Extractor, s: SentenceView, text: str) -> Iterator[Candidate]:
    if AGG_CUE.search(text) and _sites(ex, s, text):
        return  # an aggregator's sentence, not a critic's
    found: list[tuple[int, int, Mention | None, Mention | None]] = []  # (start, end, critic, outlet)
    for rx in CRITIC_PATTERNS:
        for m in rx.finditer(text):
            crit = m.groupdict().get("critic")
            out = m.groupdict().get("outlet")
            critic = None
            if crit:
                sp = s.span(m, "critic")
                assert sp
                critic = person_mention(s, *sp, strict=False)
                if critic is None or len(critic.text.split(" ")) < 2 or _is_topic(ex, critic.text):
                    continue
            outlet = None
            if out:
                name = N.strip_leading_noise(out)
                if _is_topic(ex, name) or name in {"It", "The"}:
                    continue
                outlet = _org(s, out, m.start("outlet"))
            if any(a <= m.start() < b or m.start() <= a < m.end() for a, b, _, _ in found):
                continue
            found.append((m.start(), m.end(), critic, outlet))
    if not found:
        m = OUTLET_ONLY.match(text)
        if m and not _is_topic(ex, m.group("outlet")):
            outlet = _org(s, m.group("outlet"), m.start("outlet"))
            found.append((m.start(), m.end(), None, outlet))
    if not found:
        return
    found.sort(key=lambda f: f[0])
    plain = _masked_quotes(text)
    work = _work(ex, s, plain)
    if work is None:
        return
    context = None
    for i, (start, end, critic, outlet) in enumerate(found):
        stop = found[i + 1][0] if i + 1 < len(found) else len(text)
        rating = _rating(text, start, stop)
        if critic is None and (outlet is None or rating is None):
            continue
        if outlet is None and rating is None and not STRONG_CUE.search(plain):
            continue
        if rating is None and not STRONG_CUE.search(plain):
            if not (
                EVAL_VERB.search(plain, end, stop) and (WORK_REF.search(plain) or _names_topic(ex, plain))
            ):
                continue
            if context is None:
                context = _reception_context(ex, s)
            if not context:
                continue
        props: list[tuple[str, Mention]] = []
        who = []
        if critic is not None:
            props.append((AUTHOR, critic))
            who.append(critic.text)
        if outlet is not None:
            props.append((PUBLISHER, outlet))
            who.append(f"({outlet.text})" if critic is not None else outlet.text)
        label = " ".join(who)
        if rating is not None:
            props.append((REVIEW_RATING, literal(rating, s.base + start, s.base + stop)))
            label += f": {rating}"
        review = node(REVIEW, s.base + start, s.base + stop, props, label)
        yield ex.emit(s, work, "review", review, "review")


def _names_topic(ex: Extractor, text: str) -> bool:
    topic = ex.out.topic
    if topic is None:
        return False
    title = N.strip_possessive_brand(topic.text)
    return re.search(rf"(?<!\w){re.escape(title)}(?!\w)", text, re.I) is not None
