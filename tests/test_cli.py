"""The `kg` command line on a real store built from the seeds."""

from __future__ import annotations

import json
from pathlib import Path

import rdflib
from click.testing import CliRunner

from kg.cli import cli

runner = CliRunner()


def kg(*args: str, env: dict | None = None):
    return runner.invoke(cli, list(args), env=env, catch_exceptions=False)


def test_cast_query_lists_the_actor_character_pairs(seeds_store):
    r = kg("query", "cast", "--store", str(seeds_store))
    assert r.exit_code == 0, r.output
    assert "Charlie Cox" in r.output and "Matt Murdock" in r.output
    assert "Stan Lee" in r.output and "Irving Forbush" in r.output


def test_crossovers_show_claire_temple_in_three_series(seeds_store):
    r = kg("query", "crossovers", "--store", str(seeds_store), "--format", "json")
    data = json.loads(r.output)
    rows = {b["character"]["value"]: b["series_list"]["value"] for b in data["results"]["bindings"]}
    assert set(rows["Claire Temple"].split(", ")) == {"Daredevil", "Jessica Jones", "Marvel's The Defenders"}


def test_directors_query(seeds_store):
    r = kg("query", "directors", "--store", str(seeds_store), "--format", "csv")
    assert "S. J. Clarkson,Marvel's The Defenders,1," in r.output
    assert "S. J. Clarkson,Marvel's The Defenders,2," in r.output


def test_inline_query_and_rq_file(seeds_store, tmp_path):
    q = "SELECT (COUNT(*) AS ?n) WHERE { ?p kg:plays ?c }"
    assert kg("query", q, "--store", str(seeds_store), "-f", "tsv").exit_code == 0
    f = tmp_path / "q.rq"
    f.write_text("ASK { ?p kg:plays ?c }")
    assert kg("query", str(f), "--store", str(seeds_store)).output.strip() == "true"


def test_construct_as_turtle(seeds_store):
    r = kg(
        "query",
        "CONSTRUCT { ?p kg:plays ?c } WHERE { ?p kg:plays ?c }",
        "--store",
        str(seeds_store),
        "-f",
        "turtle",
    )
    g = rdflib.Graph().parse(data=r.output, format="turtle")
    assert len(g) == 33


def test_syntax_error_is_one_line_with_position_and_exit_2(seeds_store):
    r = kg("query", "SELECT ?x WHERE { ?x ?y }", "--store", str(seeds_store))
    assert r.exit_code == 2
    assert "SPARQL syntax error" in r.output and "1:" in r.output
    assert "Traceback" not in r.output


def test_missing_store_says_how_to_build(tmp_path):
    r = kg("query", "cast", "--store", str(tmp_path / "nope"))
    assert r.exit_code == 1
    assert "kg build" in r.output and "Traceback" not in r.output


def test_kg_store_environment_variable(seeds_store):
    r = kg("stats", env={"KG_STORE": str(seeds_store)})
    assert r.exit_code == 0 and "Documents: 2" in r.output


def test_explain_prints_the_evidence_sentence(seeds_store):
    r = kg("explain", "Cox", "plays", "Daredevil", "--store", str(seeds_store))
    assert r.exit_code == 0
    assert "Charlie Cox --plays--> Matt Murdock" in r.output
    assert "Charlie Cox was cast as Matt Murdock / Daredevil for Daredevil" in r.output
    r = kg("explain", "Claire Temple", "appearsIn", "Jessica Jones", "--store", str(seeds_store))
    assert "has been featured in both Daredevil and Jessica Jones" in r.output


def test_explain_unknown_name_is_a_clear_error(seeds_store):
    r = kg("explain", "Nobody Atall", "plays", "Matt Murdock", "--store", str(seeds_store))
    assert r.exit_code == 1 and "no entity called" in r.output


def test_queries_lists_named_queries_with_descriptions():
    r = kg("queries")
    names = [line.split()[0] for line in r.output.splitlines()]
    assert len(names) >= 8
    for n in ("cast", "crossovers", "directors", "person", "evidence", "entities_per_class"):
        assert n in names


def test_every_named_query_runs(seeds_store):
    from kg.query import named_queries

    for nq in named_queries():
        if "SERVICE" in nq.text:
            continue
        r = kg("query", nq.name, "--store", str(seeds_store))
        assert r.exit_code == 0, (nq.name, r.output)
        assert "(0 rows)" not in r.output, nq.name


def test_export_nquads_round_trips_through_rdflib(seeds_store, tmp_path):
    out = tmp_path / "graph.nq"
    r = kg("export", "--format", "nquads", "--store", str(seeds_store), "-o", str(out))
    assert r.exit_code == 0
    ds = rdflib.Dataset()
    ds.parse(out, format="nquads")

    from kg.store import open_store

    assert sum(len(g) for g in ds.graphs()) == len(open_store(seeds_store))


def test_export_turtle_and_jsonld_parse(seeds_store, tmp_path):
    for fmt, rdflib_fmt in (("turtle", "turtle"), ("jsonld", "json-ld"), ("trig", "trig")):
        out = tmp_path / f"g.{fmt}"
        assert kg("export", "-f", fmt, "--store", str(seeds_store), "-o", str(out)).exit_code == 0
        g = rdflib.Dataset() if fmt == "trig" else rdflib.Graph()
        g.parse(out, format=rdflib_fmt)
        assert len(g) > 0 or fmt == "trig"


def test_build_rejects_bad_input_without_traceback(tmp_path):
    bad = tmp_path / "bin.txt"
    bad.write_bytes(b"\xff\xfe\x00bad")
    r = kg("build", str(bad), "--store", str(tmp_path / "s"))
    assert r.exit_code == 1 and "not a text file" in r.output
    r = kg("build", str(tmp_path / "missing"), "--store", str(tmp_path / "s"))
    assert r.exit_code == 1 and "no such file" in r.output
    assert not (tmp_path / "s" / "current").exists()


def test_build_prints_summary(tmp_path):
    doc = tmp_path / "a.txt"
    doc.write_text("Nightwatch is an American television series. The series stars Tom Hale as Jack Stone.")
    r = kg("build", str(doc), "--store", str(tmp_path / "s"), "--no-links")
    assert r.exit_code == 0, r.output
    assert "Documents: 1" in r.output and "plays 1" in r.output and "Time:" in r.output
    assert Path(tmp_path / "s" / "current").is_dir()
