"""Dates in running text -> xsd literals (a helper of the series-facts rules; no ``rules`` here).

* "July 31, 2017", "31 July 2017", "2017-07-31"      -> xsd:date       "2017-07-31"
* "October 2016", "the end of May 2014", "late May"  -> xsd:gYearMonth "2016-10"
* "2017", "late 2013", "mid-2018", "spring 2016"     -> xsd:gYear      "2013"

A qualifier ("early", "late", "the end of", "mid-") only narrows a period inside the value, so it
is dropped. A day or month without a year ("on August 18", "in October") is found with
``year=None``; the caller supplies the year from the context (`context_year`) or drops it.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass

from kg import vocab

DATE = vocab.XSD + "date"
YEAR_MONTH = vocab.XSD + "gYearMonth"
YEAR = vocab.XSD + "gYear"

_MONTHS = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
]  # fmt: skip
_ABBR = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
         "oct": 10, "nov": 11, "dec": 12}  # fmt: skip
MONTH_FULL = "|".join(m.capitalize() for m in _MONTHS)
MONTH_RE = rf"(?:{MONTH_FULL}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)"
DAY_RE = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
YEAR_RE = r"(?:1[89]\d\d|20\d\d)"
QUAL_RE = (
    r"(?:(?:the )?(?:very )?(?:end|start|beginning|middle|close|first half|second half|latter half|"
    r"first quarter|last quarter) of |(?:early|late|mid)[- ](?!of\b)|mid)"
)
SEASON_RE = r"(?:[Ss]pring|[Ss]ummer|[Ff]all|[Aa]utumn|[Ww]inter|[Hh]oliday season)"

_PATTERN = re.compile(
    rf"(?P<iso>(?<![\d\-])(?P<iy>{YEAR_RE})-(?P<im>0[1-9]|1[0-2])-(?P<id>0[1-9]|[12]\d|3[01])(?![\d\-]))"
    rf"|(?P<mdy>(?<!\w)(?P<m1>{MONTH_RE}) (?P<d1>{DAY_RE})(?![\d:])(?:,? (?P<y1>{YEAR_RE})(?![\d]))?)"
    rf"|(?P<dmy>(?<![\w.,])(?P<d2>{DAY_RE}) (?:of )?(?P<m2>{MONTH_RE})(?:,? (?P<y2>{YEAR_RE}))?(?![\w]))"
    rf"|(?P<my>(?<!\w)(?P<q3>{QUAL_RE})?(?P<m3>{MONTH_RE}),? (?:of )?(?P<y3>{YEAR_RE})(?![\d]))"
    rf"|(?P<sy>(?<!\w)(?P<q4>{QUAL_RE})?{SEASON_RE},? (?:of )?(?P<y4>{YEAR_RE})(?![\d]))"
    rf"|(?P<y>(?<![\w$£€.,/\-])(?P<q5>{QUAL_RE})?(?P<y5>{YEAR_RE})(?![\d%]|[\-–/]\d|,\d|\.\d| percent))"
    rf"|(?P<mo>(?<!\w)(?P<q6>{QUAL_RE})?(?P<m6>{MONTH_FULL})(?![\w\-']))"
)


@dataclass(frozen=True)
class FoundDate:
    """A date expression at [start, end) of the searched text; ``year`` None = year not stated."""

    start: int
    end: int
    year: int | None
    month: int | None = None
    day: int | None = None

    def value(self, year: int | None = None) -> tuple[str, str] | None:
        """(lexical value, datatype IRI), with ``year`` filling a missing year; None if invalid."""
        y = self.year if self.year is not None else year
        if y is None:
            return None
        if self.day is not None and self.month is not None:
            try:
                return _dt.date(y, self.month, self.day).isoformat(), DATE
            except ValueError:
                return None
        if self.month is not None:
            return f"{y:04d}-{self.month:02d}", YEAR_MONTH
        return f"{y:04d}", YEAR


def _month(name: str) -> int:
    key = name.lower().rstrip(".")
    if key in _MONTHS:
        return _MONTHS.index(key) + 1
    return _ABBR[key]


def _day(text: str) -> int:
    return int(re.match(r"\d+", text).group())  # type: ignore[union-attr]


#: the end of a range whose year is the start's too: "December 1 – December 2, 1985", "1–3 May 2019"
_RANGE_END = re.compile(
    rf"[ \t]?[–—-][ \t]?(?:{MONTH_RE} {DAY_RE},?|{DAY_RE} {MONTH_RE},?|{DAY_RE},?) (?P<y>{YEAR_RE})(?!\d)"
)


def _range_year(text: str, at: int) -> int | None:
    m = _RANGE_END.match(text, at)
    return int(m.group("y")) if m else None


def find_dates(text: str, bare_months: bool = False) -> list[FoundDate]:
    """Every date expression in ``text``, left to right. A month alone counts after a preposition
    ("in October"), or anywhere with ``bare_months`` (for the parts of "from June to October")."""
    out = []
    for m in _PATTERN.finditer(text):
        g = m.group
        if g("iso"):
            out.append(FoundDate(m.start(), m.end(), int(g("iy")), int(g("im")), int(g("id"))))
        elif g("mdy"):
            y = int(g("y1")) if g("y1") else _range_year(text, m.end())
            out.append(FoundDate(m.start(), m.end(), y, _month(g("m1")), _day(g("d1"))))
        elif g("dmy"):
            y = int(g("y2")) if g("y2") else _range_year(text, m.end())
            out.append(FoundDate(m.start(), m.end(), y, _month(g("m2")), _day(g("d2"))))
        elif g("my"):
            out.append(FoundDate(m.start(), m.end(), int(g("y3")), _month(g("m3"))))
        elif g("sy"):
            out.append(FoundDate(m.start(), m.end(), int(g("y4"))))
        elif g("y"):
            out.append(FoundDate(m.start(), m.end(), int(g("y5"))))
        elif g("mo"):
            # a month alone ("in October"): only after a preposition, so "May" the verb is not one
            before = text[max(0, m.start() - 12) : m.start()].lower()
            if (
                bare_months
                or g("q6")
                or re.search(
                    r"(?:^|\b)(?:in|by|since|until|till|from|to|of|during|through|early|late|mid|the)\s*[- ]?$",
                    before,
                )
            ):
                out.append(FoundDate(m.start(), m.end(), None, _month(g("m6"))))
    return out


def parse_date(text: str, year: int | None = None) -> tuple[str, str] | None:
    """A whole string as a date: 'July 31, 2017' -> ('2017-07-31', xsd:date); None if not a date."""
    t = " ".join(text.strip().strip(".,").split())
    t = re.sub(r"^(?:in|on|at|by|from|since) ", "", t, flags=re.I)
    if t and t[0].islower() and not re.match(QUAL_RE, t):
        t = t[0].upper() + t[1:]
    found = [f for f in find_dates(t) if f.start == 0 and f.end == len(t)]
    if not found:
        m = re.fullmatch(rf"(?:{QUAL_RE})?(?P<m>{MONTH_FULL})", t)
        found = [FoundDate(0, len(t), None, _month(m.group("m")))] if m else []
    return found[0].value(year) if found else None


#: a year in parentheses after a title is the year of a film, not a date of the story being told
_TITLE_YEAR = re.compile(rf"\(\s*{YEAR_RE}\s*\)")


def years_in(text: str) -> list[tuple[int, int, int | None]]:
    """(offset, year, month or None) of every date with a stated year in ``text`` (film years in
    brackets excluded)."""
    out = []
    for f in find_dates(text):
        if f.year is None:
            continue
        if _TITLE_YEAR.fullmatch(text[max(0, f.start - 1) : f.end + 1]):
            continue
        if f.month is None and re.match(
            r" (?:film|movie|novel|book|play|original|version|series)\b", text[f.end :]
        ):
            continue  # "Alice Birch's reimagining of the 1988 film": another work's year
        out.append((f.start, f.year, f.month))
    return out


#: an all-numeric date, "4/11/1985" (which part is the day, the document's other dates say)
NUMERIC_DATE = re.compile(r"(?<![\d/.])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>(?:18|19|20)\d\d)(?![\d/])")


def numeric_order(text: str) -> str | None:
    """How a document writes its numeric dates: "dmy" when one has a first part over 12
    ("18/11/1985"), "mdy" when one has a second part over 12, None when they never say (or
    disagree)."""
    dmy = mdy = False
    for m in NUMERIC_DATE.finditer(text):
        a, b = int(m.group("a")), int(m.group("b"))
        dmy |= a > 12 >= b
        mdy |= b > 12 >= a
    return "dmy" if dmy and not mdy else "mdy" if mdy and not dmy else None


def numeric_date(text: str, order: str | None) -> tuple[int, int, str] | None:
    """The first numeric date in ``text`` read in ``order``: (start, end, ISO date), or None."""
    m = NUMERIC_DATE.search(text)
    if m is None or order is None:
        return None
    a, b, y = int(m.group("a")), int(m.group("b")), int(m.group("y"))
    day, month = (a, b) if order == "dmy" else (b, a)
    try:
        return m.start(), m.end(), _dt.date(y, month, day).isoformat()
    except ValueError:
        return None
