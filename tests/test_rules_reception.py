"""Aggregate ratings and reviews (kg/rules/reception.py): one test per construction on sentences
written for the tests, negatives, and the seeds."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import resolve_texts

from kg import vocab
from kg.evaluation import evaluate, read_gold
from kg.store import open_store

GOLD = Path(__file__).parent / "gold" / "seeds_reception.tsv"
ONTOLOGY = Path(__file__).resolve().parent.parent / "ontology" / "kg.ttl"
S, KG, XSD = vocab.SCHEMA, vocab.KG, vocab.XSD

LEAD = "Harbor Lights is an American drama television series created by Ana Ruiz for HBO. "
CONTEXT = "The series received positive reviews from critics. "


def reception(*texts: str):
    """(facts {(work label, relation, node label)}, nodes by label, entities by label)."""
    res = resolve_texts(*texts)
    facts = {
        (res.entities[f.subject].label, f.relation, res.nodes[f.object].label)
        for f in res.facts
        if f.relation in ("review", "aggregateRating")
    }
    nodes = {n.label: n for n in res.nodes.values()}
    entities = {e.label: e for e in res.entities.values()}
    return facts, nodes, entities


def props(node) -> dict[str, tuple[str, str | None]]:
    return {p: (v, d) for p, v, d in node.props}


# --- aggregate ratings -------------------------------------------------------------------------


def test_rotten_tomatoes_approval_average_and_count():
    label = "Rotten Tomatoes: 91% approval, 8.1/10 from 45 reviews"
    f, nodes, ents = reception(
        LEAD + "The review aggregator website Rotten Tomatoes reported a 91% approval rating "
        "with an average rating of 8.1/10 based on 45 reviews."
    )
    assert ("Harbor Lights", "aggregateRating", label) in f
    n = nodes[label]
    assert n.type == S + "AggregateRating"
    p = props(n)
    assert p[KG + "approvalRating"] == ("91", XSD + "decimal")
    assert p[S + "ratingValue"] == ("8.1", XSD + "decimal")
    assert p[S + "bestRating"] == ("10", XSD + "decimal")
    assert p[S + "reviewCount"] == ("45", XSD + "integer")
    assert p[S + "author"][0] == ents["Rotten Tomatoes"].iri
    assert ents["Rotten Tomatoes"].kind == "organization"


def test_metacritic_score_out_of_100_based_on_critics():
    f, _, _ = reception(
        LEAD + "Metacritic, which uses a weighted average, assigned the series a score of 71 out of 100, "
        "based on 22 critics, indicating generally favorable reviews."
    )
    assert ("Harbor Lights", "aggregateRating", "Metacritic: 71/100 from 22 critics") in f


def test_percent_of_critics_and_two_sites_in_one_sentence():
    f, _, _ = reception(
        LEAD + "On Rotten Tomatoes, 88% of 32 critics gave the series a positive review, "
        "while on Metacritic it has a score of 74 out of 100 based on 12 critics."
    )
    assert ("Harbor Lights", "aggregateRating", "Rotten Tomatoes: 88% approval from 32 critics") in f
    assert ("Harbor Lights", "aggregateRating", "Metacritic: 74/100 from 12 critics") in f


def test_season_rating_and_the_reviews_that_follow_it():
    f, _, _ = reception(
        LEAD + "On Rotten Tomatoes, the second season holds an approval rating of 95% based on 40 reviews. "
        "Lucy Mangan of The Guardian gave the season five out of five stars."
    )
    assert ("Harbor Lights season 2", "aggregateRating", "Rotten Tomatoes: 95% approval from 40 reviews") in f
    assert ("Harbor Lights season 2", "review", "Lucy Mangan (The Guardian): 5/5") in f


def test_season_named_by_a_reception_sentence():
    f, _, _ = reception(
        LEAD + "The third season received acclaim from critics. "
        "Rotten Tomatoes reports an 89% approval rating for the season, based on 28 reviews."
    )
    assert ("Harbor Lights season 3", "aggregateRating", "Rotten Tomatoes: 89% approval from 28 reviews") in f


def test_score_without_a_scale():
    f, _, _ = reception(
        LEAD + "The series received generally favorable reviews, and has a Metacritic score of 72."
    )
    assert ("Harbor Lights", "aggregateRating", "Metacritic: 72") in f


def test_hedged_rating_is_not_a_fact():
    f, _, _ = reception(
        LEAD
        + "Ruiz hoped the finale could reach a 100% approval rating on Rotten Tomatoes based on 50 reviews. "
        "Will Metacritic give it a score of 90 out of 100 based on 20 critics?"
    )
    assert f == set()


def test_rating_inside_a_long_quotation_is_not_a_fact():
    f, _, _ = reception(
        LEAD + 'Ruiz said, "I never expected Rotten Tomatoes to show a 99% approval rating for us."'
    )
    assert f == set()


# --- reviews -------------------------------------------------------------------------------------


def test_critic_of_outlet_gave_stars():
    f, nodes, ents = reception(
        LEAD + CONTEXT + "Alan Carter of Slant Magazine gave the series 3 out of 4 stars."
    )
    label = "Alan Carter (Slant Magazine): 3/4"
    assert ("Harbor Lights", "review", label) in f
    p = props(nodes[label])
    assert nodes[label].type == S + "Review"
    assert p[S + "author"][0] == ents["Alan Carter"].iri and ents["Alan Carter"].kind == "person"
    assert (
        p[S + "publisher"][0] == ents["Slant Magazine"].iri and ents["Slant Magazine"].kind == "organization"
    )
    assert p[S + "reviewRating"] == ("3/4", "")


def test_outlet_possessive_critic_letter_grade():
    f, _, _ = reception(
        LEAD + CONTEXT + 'Vulture\'s Matt Seitz graded the season an "A-", calling it "superb".'
    )
    assert ("Harbor Lights", "review", "Matt Seitz (Vulture): A-") in f


def test_reviewing_for_outlet_and_critic_for_outlet_with_words():
    f, _, _ = reception(
        LEAD + CONTEXT + "Reviewing the series for Time, Judy Berman felt it was the best drama of the year. "
        "Ed Cumming for The Independent gave it four out of five stars."
    )
    assert ("Harbor Lights", "review", "Judy Berman (Time)") in f
    assert ("Harbor Lights", "review", "Ed Cumming (The Independent): 4/5") in f


def test_outlet_critic_and_critic_in_parentheses():
    f, _, _ = reception(
        LEAD + CONTEXT + "Variety critic Maureen Ryan praised the show's performances. "
        "Kelly Lawler (USA Today) called the series uneven."
    )
    assert ("Harbor Lights", "review", "Maureen Ryan (Variety)") in f
    assert ("Harbor Lights", "review", "Kelly Lawler (USA Today)") in f


def test_outlet_alone_with_a_score():
    f, _, _ = reception(LEAD + CONTEXT + "Empire gave the first episode three stars.")
    assert ("Harbor Lights", "review", "Empire: 3 stars") in f


def test_lowercase_and_slash_outlets():
    f, _, _ = reception(
        LEAD
        + CONTEXT
        + "Peter Sims for /Film called the episode a fine start. Kate Trent for io9 praised the series."
    )
    assert ("Harbor Lights", "review", "Peter Sims (/Film)") in f
    assert ("Harbor Lights", "review", "Kate Trent (io9)") in f


def test_remark_that_does_not_evaluate_the_work_is_not_a_review():
    f, _, _ = reception(
        LEAD
        + CONTEXT
        + "Dave Lowe of the Los Angeles Times felt the teaser was a clever piece of marketing. "
        "Executive producer Ana Ruiz of HBO said the team was grateful for the response."
    )
    assert f == set()


def test_remark_outside_a_reception_context_is_not_a_review():
    f, _, _ = reception(
        LEAD + "In 2019, Kevin Dunn of Marvel Studios said the series was a good fit for the network. "
        "Filming took place in Toronto."
    )
    assert f == set()


def test_actor_as_character_is_not_a_critic():
    f, _, _ = reception(LEAD + CONTEXT + "Harbor Lights' Ruth Nagy as Edith Crane was praised by critics.")
    assert f == set()


# --- the seeds -----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed_scores(seeds_store):
    return evaluate(open_store(seeds_store), read_gold(GOLD))


@pytest.mark.parametrize("relation", ["aggregateRating", "review"])
def test_seeds_precision_and_recall(seed_scores, relation):
    sc = seed_scores[relation]
    assert sc.precision >= 0.90, (relation, sc.wrong)
    assert sc.recall >= 0.80, (relation, sc.misses)


def test_what_rotten_tomatoes_and_metacritic_said(seeds_store):
    from kg.query import named_queries, run

    text = next(q.text for q in named_queries() if q.name == "reception")
    names = ("kind", "source", "critic", "approval", "rating", "scale", "reviews")
    rows = [
        {k: (r[k].value if r[k] is not None else None) for k in names}
        for r in run(open_store(seeds_store), text)
    ]
    aggregates = {r["source"]: r for r in rows if r["kind"] == "aggregate"}
    assert float(aggregates["Rotten Tomatoes"]["approval"]) == 78
    assert float(aggregates["Rotten Tomatoes"]["rating"]) == 6.6
    assert int(aggregates["Rotten Tomatoes"]["reviews"]) == 100
    assert float(aggregates["Metacritic"]["rating"]) == 63
    assert float(aggregates["Metacritic"]["scale"]) == 100
    reviews = {(r["critic"], r["source"], r["rating"]) for r in rows if r["kind"] == "review"}
    assert ("Dan Jolin", "Empire", "3/5") in reviews


def test_reception_and_relationship_terms_are_declared(seeds_store):
    """Every schema:/kg: property and class the seeds' reception and relationship facts use is
    declared in ontology/kg.ttl."""
    import rdflib

    from kg.query import run

    onto = rdflib.Graph().parse(ONTOLOGY, format="turtle")
    declared = {
        str(s)
        for t in (rdflib.OWL.Class, rdflib.OWL.ObjectProperty, rdflib.OWL.DatatypeProperty)
        for s in onto.subjects(rdflib.RDF.type, t)
    }
    q = """SELECT DISTINCT ?t WHERE {
      { ?w schema:aggregateRating|schema:review ?n . ?n ?t ?v }
      UNION { ?w schema:aggregateRating|schema:review ?n . ?n a ?t }
      UNION { ?a ?t ?b . ?a a kg:Character . FILTER(STRSTARTS(STR(?t), STR(kg:))) }
      UNION { VALUES ?t { schema:aggregateRating schema:review kg:FictionalOrganization } }
    }"""
    used = {r["t"].value for r in run(open_store(seeds_store), q)}
    used = {t for t in used if t.startswith((vocab.KG, vocab.SCHEMA))}
    assert {S + "AggregateRating", S + "Review", KG + "approvalRating", KG + "leaderOf"} <= used
    assert used - declared == set()
