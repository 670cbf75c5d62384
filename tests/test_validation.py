"""SHACL validation (ontology/shapes.ttl, kg/validation.py, `kg validate`)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import make_store

from kg import vocab
from kg.cli import cli
from kg.store import open_store
from kg.validation import format_report, validate

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

RES = vocab.RES
DOC = vocab.BASE + "document/0123456789abcdef"
SENTENCE_TEXT = "Charlie Cox stars as Matt Murdock in Daredevil."
SENTENCE = f"{DOC}#char=0,{len(SENTENCE_TEXT)}"
ACTIVITY = RES + "activity/build-test"


def _date_relation() -> vocab.Relation | None:
    """A registered relation whose values are dates (rule modules register them), if any."""
    import kg.rules  # noqa: F401

    dates = {vocab.XSD + d for d in ("date", "gYearMonth", "gYear")}
    found = [r for r in vocab.relations().values() if r.datatype in dates and "series" in r.domain]
    return min(found, key=lambda r: r.name) if found else None


def _statement(name: str, s: str, p: str, o: str, evidence: bool = True) -> str:
    if not evidence:  # a statement that lost its provenance
        return f"<{RES}statement/{name}> a rdf:Statement ; rdf:subject <{s}> ; rdf:predicate <{p}> ; rdf:object {o} ."
    return f"""<{RES}statement/{name}> a rdf:Statement ;
      rdf:subject <{s}> ; rdf:predicate <{p}> ; rdf:object {o} ;
      kg:evidence <{SENTENCE}> ; prov:wasDerivedFrom <{DOC}> ; prov:wasGeneratedBy <{ACTIVITY}> ;
      kg:extractionRule "test" ."""


def broken_trig() -> str:
    """A small graph in the build's shape with known defects (the comments list them)."""
    date = _date_relation()
    date_fact = ""
    if date is not None:  # a date as a plain string instead of an xsd:date
        date_fact = f'res:series\\/daredevil <{date.iri}> "April 10, 2015" .\n  ' + _statement(
            "date", RES + "series/daredevil", date.iri, '"April 10, 2015"'
        )
    plays = vocab.PLAYS
    return f"""
@prefix kg: <https://w3id.org/defenders-kg/ontology#> .
@prefix res: <https://w3id.org/defenders-kg/resource/> .
@prefix schema: <https://schema.org/> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

<https://w3id.org/defenders-kg/graph/entities> {{
  res:person\\/charlie-cox a schema:Person ; rdfs:label "Charlie Cox" ; skos:altLabel "Cox" .
  res:person\\/rosario-dawson a schema:Person ; rdfs:label "Rosario Dawson" .
  res:person\\/deborah-ann-woll a schema:Person ; rdfs:label "Deborah Ann Woll" .
  # defect: two labels
  res:person\\/elden-henson a schema:Person ; rdfs:label "Elden Henson", "Elden Henson Jr." .
  res:character\\/matt-murdock a kg:Character ; rdfs:label "Matt Murdock" ; skos:altLabel "Daredevil" .
  res:character\\/claire-temple a kg:Character ; rdfs:label "Claire Temple" .
  # defect: a character that is also a person
  res:character\\/karen-page a kg:Character, schema:Person ; rdfs:label "Karen Page" .
  res:series\\/daredevil a schema:TVSeries ; rdfs:label "Daredevil" .
  res:series\\/daredevil\\/season\\/2 a schema:TVSeason ; rdfs:label "Daredevil season 2" ;
      schema:partOfSeries res:series\\/daredevil ; schema:seasonNumber 2 .
  res:series\\/daredevil\\/episode\\/1 a schema:TVEpisode ; rdfs:label "Daredevil episode 1" ;
      schema:partOfSeries res:series\\/daredevil ; schema:episodeNumber 1 .
  # defect: an episode without a number
  res:series\\/daredevil\\/episode\\/3 a schema:TVEpisode ; rdfs:label "Daredevil episode 3" ;
      schema:partOfSeries res:series\\/daredevil .
}}

<https://w3id.org/defenders-kg/graph/meta> {{
  <{DOC}> a kg:Document, prov:Entity ;
      schema:name "fixture.txt" ; prov:atLocation "tests/fixture.txt" ;
      kg:sha256 "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef" ;
      kg:characterCount 200 .
  # defect: a time as a plain string
  <{ACTIVITY}> a prov:Activity ; rdfs:label "test build" ; prov:startedAtTime "2024-05-01" ;
      prov:wasAssociatedWith res:agent\\/test ; prov:used <{DOC}> .
  res:agent\\/test a prov:SoftwareAgent ; rdfs:label "test agent" .
}}

<{DOC}> {{
  <{SENTENCE}> a kg:Sentence ; rdf:value "{SENTENCE_TEXT}" ;
      nif:beginIndex {0} ; nif:endIndex {len(SENTENCE_TEXT)} ; nif:referenceContext <{DOC}> .

  res:person\\/charlie-cox kg:plays res:character\\/matt-murdock .
  res:character\\/matt-murdock kg:appearsIn res:series\\/daredevil, res:series\\/daredevil\\/season\\/2 .
  res:person\\/deborah-ann-woll kg:plays res:character\\/karen-page .
  {_statement("a", RES + "person/charlie-cox", plays, f"<{RES}character/matt-murdock>")}
  {_statement("b", RES + "character/matt-murdock", vocab.APPEARS_IN, f"<{RES}series/daredevil>")}
  {_statement("c", RES + "character/matt-murdock", vocab.APPEARS_IN, f"<{RES}series/daredevil/season/2>")}
  {_statement("d", RES + "person/deborah-ann-woll", plays, f"<{RES}character/karen-page>")}

  # defect: kg:plays whose object is a series
  res:person\\/charlie-cox kg:plays res:series\\/daredevil .
  {_statement("e", RES + "person/charlie-cox", plays, f"<{RES}series/daredevil>")}

  # defect: a fact whose only statement has no evidence
  res:person\\/rosario-dawson kg:plays res:character\\/claire-temple .
  {_statement("f", RES + "person/rosario-dawson", plays, f"<{RES}character/claire-temple>", evidence=False)}

  {date_fact}
}}
"""


@pytest.fixture
def broken_store(tmp_path: Path) -> Path:
    trig = tmp_path / "broken.trig"
    trig.write_text(broken_trig(), encoding="utf-8")
    return make_store(tmp_path / "store", trig)


def test_shapes_file_is_up_to_date_with_the_relation_registry():
    import gen_shapes

    text = gen_shapes.SHAPES.read_text(encoding="utf-8")
    assert gen_shapes.updated(text) == text, "ontology/shapes.ttl is stale: run scripts/gen_shapes.py"


def test_every_registered_relation_has_a_shape():
    import kg.rules  # noqa: F401

    text = (ROOT / "ontology" / "shapes.ttl").read_text(encoding="utf-8")
    for name in vocab.relations():
        assert f"({name})" in text, f"no shape for {name}: run scripts/gen_shapes.py"


def test_seeds_graph_conforms(seeds_store):
    report = validate(open_store(seeds_store))
    assert report.conforms, format_report(report)
    assert [v for v in report.violations if v.severity != "Warning"] == []
    assert not report.unshaped
    assert report.triples > 1000


def test_broken_graph_yields_the_expected_violations(broken_store):
    report = validate(open_store(broken_store))
    assert not report.conforms
    found = {(v.focus, v.path, v.message) for v in report.violations}

    def has(focus: str, path: str | None, words: str) -> bool:
        return any(f == focus and p == path and words in m for f, p, m in found)

    karen, elden = RES + "character/karen-page", RES + "person/elden-henson"
    episode, cox = RES + "series/daredevil/episode/3", RES + "person/charlie-cox"
    assert has(karen, None, "never also a schema:Person")
    assert has(elden, vocab.LABEL, "exactly one rdfs:label")
    assert has(episode, vocab.EPISODE_NUMBER, "exactly one schema:episodeNumber")
    assert has(cox, vocab.PLAYS, "is a kg:Character")
    assert any(v.value == RES + "series/daredevil" for v in report.violations if v.path == vocab.PLAYS)
    assert has(ACTIVITY, vocab.PROV + "startedAtTime", "xsd:dateTime")
    assert has(RES + "statement/f", None, "has kg:evidence")
    assert has(RES + "person/rosario-dawson", vocab.PLAYS, "with kg:evidence")
    expected = {karen, elden, episode, cox, ACTIVITY, RES + "statement/f", RES + "person/rosario-dawson"}
    # warnings: characters in no work (they do not decide conformance)
    warned = {v.focus for v in report.violations if v.severity == "Warning"}
    assert warned == {karen, RES + "character/claire-temple"}
    date = _date_relation()
    if date is not None:
        assert has(RES + "series/daredevil", date.iri, "xsd:date")
        value = next(v.value for v in report.violations if v.path == date.iri)
        assert value == "April 10, 2015"
        expected.add(RES + "series/daredevil")
    # the rest of the graph is correct: no other node is reported
    assert {v.focus for v in report.violations if v.severity == "Violation"} == expected, format_report(
        report
    )


def test_warnings_do_not_decide_conformance(tmp_path):
    trig = tmp_path / "warn.trig"
    trig.write_text(
        """@prefix kg: <https://w3id.org/defenders-kg/ontology#> .
@prefix schema: <https://schema.org/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<https://w3id.org/defenders-kg/graph/entities> {
  <https://w3id.org/defenders-kg/resource/character/mr> a kg:Character ; rdfs:label "Mr" .
  <https://w3id.org/defenders-kg/resource/person/rogue-one> a schema:Person ; rdfs:label "Rogue One" .
  <https://w3id.org/defenders-kg/resource/film/rogue-one> a schema:Movie ; rdfs:label "Rogue One" .
}
""",
        encoding="utf-8",
    )
    report = validate(open_store(make_store(tmp_path / "store", trig)))
    assert report.conforms, format_report(report)
    assert [v.severity for v in report.violations] == ["Warning"] * 3
    assert any("only a title" in v.message and v.focus_label == "Mr" for v in report.violations)
    assert any(v.path == vocab.APPEARS_IN for v in report.violations)
    assert any(
        v.focus == RES + "person/rogue-one" and v.value == RES + "film/rogue-one" for v in report.violations
    )
    assert format_report(report).splitlines()[-1].startswith("The graph conforms: 3 warnings")


def test_report_is_readable_grouped_by_shape_with_labels(broken_store):
    text = format_report(validate(open_store(broken_store)))
    lines = text.splitlines()
    assert lines[-1].startswith("The graph does not conform: ")
    assert "character is not a person: 1 result" in lines
    karen = next(ln for ln in lines if "never also a schema:Person" in ln)
    assert karen.startswith('  Violation: "Karen Page" (res:character/karen-page): ')
    plays = next(ln for ln in lines if "is a kg:Character" in ln)
    assert '"Charlie Cox" (res:person/charlie-cox) kg:plays' in plays
    assert plays.endswith('Value: "Daredevil" (res:series/daredevil)')


def test_cli_exit_codes(seeds_store, broken_store, tmp_path):
    runner = CliRunner()
    ok = runner.invoke(cli, ["validate", "--store", str(seeds_store)])
    assert ok.exit_code == 0, ok.output
    assert ok.output.splitlines()[-1].startswith("The graph conforms: ")
    bad = runner.invoke(cli, ["validate", "--store", str(broken_store)])
    assert bad.exit_code == 1
    assert "never also a schema:Person" in bad.output
    assert "Traceback" not in bad.output
    missing = runner.invoke(cli, ["validate", "--store", str(tmp_path / "nothing")])
    assert missing.exit_code == 1
    assert missing.output.startswith("Error: no knowledge graph in ")
