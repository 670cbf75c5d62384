"""Series facts, dates, places and casting events (kg/rules/series_facts.py).

Construction tests use sentences written for the tests (not from the seeds); negatives cover
plans, rumours, questions, quotations and numbers that belong to something else. The last tests
check the seeds against tests/gold/seeds_series_facts.tsv.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import facts, resolve_texts

import kg.rules  # noqa: F401  (registers the rule families' relations)
from kg import vocab
from kg.evaluation import evaluate, format_report, read_gold
from kg.query import named_queries, run
from kg.rules.dates import DATE, YEAR, YEAR_MONTH, find_dates, parse_date
from kg.store import open_store

LEAD = "Nightwatch is an American television series created by Ana Ruiz for Netflix. "
GOLD = Path(__file__).parent / "gold" / "seeds_series_facts.tsv"
RELATIONS = (
    "numberOfEpisodes", "premiereDate", "premiereLocation", "releaseDate", "developmentStart",
    "filmingStart", "filmingEnd", "workingTitle", "filmingLocation", "setting", "partOfUniverse",
    "basedOnCharactersFrom", "references", "follows", "setAfter", "casting",
)  # fmt: skip


def sf(*texts: str) -> set[tuple[str, str, str]]:
    """{(subject label, relation, object)}: an entity's or a node's label, or a literal's value."""
    return {f for f in facts(*texts) if f[1] in RELATIONS}


def typed(*texts: str) -> dict[tuple[str, str, str], str | None]:
    """{(subject label, relation, value): datatype} of the literal-valued facts."""
    res = resolve_texts(*texts)
    return {
        (res.entities[f.subject].label, f.relation, f.object): f.datatype
        for f in res.facts
        if f.datatype is not None and f.relation in RELATIONS
    }


def rel(facts: set[tuple[str, str, str]], relation: str) -> set[tuple[str, str]]:
    return {(s, o) for s, r, o in facts if r == relation}


# --- the date parser ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("July 31, 2017", ("2017-07-31", DATE)),
        ("31 July 2017", ("2017-07-31", DATE)),
        ("2017-07-31", ("2017-07-31", DATE)),
        ("March 1, 2022", ("2022-03-01", DATE)),
        ("Sept. 4, 2019", ("2019-09-04", DATE)),
        ("on the 3rd of May, 2015".replace("on the ", ""), ("2015-05-03", DATE)),
        ("October 2016", ("2016-10", YEAR_MONTH)),
        ("the end of May 2014", ("2014-05", YEAR_MONTH)),
        ("late May 2016", ("2016-05", YEAR_MONTH)),
        ("2017", ("2017", YEAR)),
        ("late 2013", ("2013", YEAR)),
        ("mid-2018", ("2018", YEAR)),
        ("early 2015", ("2015", YEAR)),
        ("spring 2016", ("2016", YEAR)),
        ("the end of 2015", ("2015", YEAR)),
    ],
)
def test_parse_date(text, value):
    assert parse_date(text) == value


def test_dates_without_a_year_need_one_from_the_context():
    assert parse_date("August 18") is None
    assert parse_date("August 18", year=2017) == ("2017-08-18", DATE)
    assert parse_date("in October", year=2016) == ("2016-10", YEAR_MONTH)


@pytest.mark.parametrize(
    "text", ["February 30, 2017", "May", "2.5", "67%", "the 13 of previous seasons", "08:18:20:17"]
)
def test_not_dates(text):
    assert parse_date(text) is None


def test_find_dates_skips_numbers_that_are_not_years_and_the_verb_may():
    found = find_dates("Ratings rose 2016% and 100 million viewers may watch it; in 2,000 homes.")
    assert found == []
    found = find_dates("The show premiered on April 4, 2021, and returned in October.")
    assert [(f.year, f.month, f.day) for f in found] == [(2021, 4, 4), (None, 10, None)]


# --- premiere, release, episodes ----------------------------------------------------------------


def test_premiere_date_and_place_and_release_with_the_year_of_the_sentence():
    f = typed(
        LEAD
        + "Nightwatch premiered in Chicago on May 3, 2019, with all ten episodes released on Netflix on May 10."
    )
    assert f[("Nightwatch", "premiereDate", "2019-05-03")] == DATE
    assert f[("Nightwatch", "releaseDate", "2019-05-10")] == DATE
    assert f[("Nightwatch", "numberOfEpisodes", "10")] == vocab.XSD + "integer"
    assert ("Nightwatch", "premiereLocation") in {
        (s, r) for s, r, _ in sf(LEAD + "Nightwatch premiered in Chicago on May 3, 2019.")
    }


def test_premiere_event_held_at_a_venue():
    f = sf(LEAD + "A gala premiere for the series was held at the Orpheum Theatre on March 2, 2020.")
    assert ("Nightwatch", "premiereLocation", "Orpheum Theatre") in f
    assert ("Nightwatch", "premiereDate", "2020-03-02") in f


def test_series_was_released_on_a_platform():
    f = sf(LEAD + "The series was released on June 1, 2018, on the streaming service Hulu.")
    assert ("Nightwatch", "releaseDate", "2018-06-01") in f


def test_lead_sentence_that_premiered_on_a_network():
    f = sf(
        "Maple & Main is an American sitcom created by Jordan Lee that premiered on NBC on September 22, 2016."
    )
    assert ("Maple & Main", "premiereDate", "2016-09-22") in f


@pytest.mark.parametrize(
    "sentence",
    [
        "Nightwatch will premiere on Netflix on May 3, 2021.",
        "The series, which debuts globally on May 3, 2021, stars Tom Hale.",
        "The eight-episode series will launch on Friday, May 3, 2021, when all episodes arrive.",
    ],
)
def test_an_announced_premiere_with_its_whole_date_is_the_premiere(sentence):
    """A network's schedule ("will premiere on May 3, 2021") is what the document states; a
    hedge, a question or a year alone is not (below)."""
    assert ("Nightwatch", "premiereDate", "2021-05-03") in sf(LEAD + sentence)


def test_an_announced_premiere_without_a_year_is_the_coming_date():
    f = sf(
        "By Jo Reed | May 5, 2021\n\n"
        "Nightwatch is a Netflix drama that premiered on February 7, 2020. The second season, "
        "which premieres Friday, May 7, stars Tom Hale."
    )
    assert ("Nightwatch season 2", "premiereDate", "2021-05-07") in f


def test_it_premieres_after_a_coming_season_is_that_season():
    f = sf(
        LEAD + "The series premiered on November 12, 2019, and the second season will also consist "
        "of eight episodes. It premieres on October 30, 2020, with new episodes released weekly."
    )
    assert ("Nightwatch season 2", "premiereDate", "2020-10-30") in f
    assert ("Nightwatch", "premiereDate", "2020-10-30") not in f


@pytest.mark.parametrize(
    "sentence",
    [
        "Nightwatch is set to debut on Netflix in 2021.",
        "Nightwatch is scheduled to premiere on May 3, 2021.",
        "Nightwatch could premiere on May 3, 2021, if the edit is finished.",
        "Will Nightwatch premiere on May 3, 2021?",
        'Ruiz said, "We premiered it in Paris on May 1, 2019, in front of everyone we love."',
        "The season was released on DVD on May 5, 2020.",
        "A soundtrack album featuring the score was released by Lakeshore Records on May 7, 2019.",
        "Netflix released a trailer on April 2, 2019.",
    ],
)
def test_plans_questions_quotes_and_other_releases_are_not_premieres(sentence):
    f = sf(LEAD + sentence)
    assert not rel(f, "premiereDate") and not rel(f, "releaseDate") and not rel(f, "premiereLocation")


@pytest.mark.parametrize(
    "sentence",
    [
        "In 2015, the studio was preparing four drama series and a miniseries, totaling 52 episodes.",
        "The episode count is lower than the usual Netflix order of 13.",
        "The first two episodes were screened at the festival.",
        "Each season would consist of ten episodes.",
    ],
)
def test_other_works_episode_counts_are_not_the_series(sentence):
    assert not rel(sf(LEAD + sentence), "numberOfEpisodes")


def test_episode_count_constructions():
    f = sf(LEAD + "The series consists of six episodes.")
    assert ("Nightwatch", "6") in rel(f, "numberOfEpisodes")
    f = sf("Harbor Lights, the eight-episode limited series from Nora Quinn, wrapped filming.")
    assert ("Harbor Lights", "8") in rel(f, "numberOfEpisodes")
    f = sf(LEAD + "Critics liked that Nightwatch was only 8 episodes long.")
    assert ("Nightwatch", "8") in rel(f, "numberOfEpisodes")


@pytest.mark.parametrize(
    ("text", "work", "count"),
    [
        (LEAD + "Nightwatch ran for eight seasons and 192 episodes on ABC.", "Nightwatch", "192"),
        (
            '"Harbor Lights," created by Nora Quinn, premiered on BBC One in 2018 and ran for six episodes.',
            "Harbor Lights",
            "6",
        ),
        (
            LEAD + "Season 1, which arrived on February 24, 2021, also ran 10 episodes.",
            "Nightwatch season 1",
            "10",
        ),
        (
            LEAD + "The second season (Nightwatch II), of 12 episodes, premiered in 2022.",
            "Nightwatch season 2",
            "12",
        ),
        (
            LEAD + 'Ana Ruiz won an Emmy for the six-episode 2006 FX miniseries "Harbor Lights," her first.',
            "Harbor Lights",
            "6",
        ),
        (
            LEAD + '"Harbor Lights," Nora Quinn\'s four-part drama, won best limited series.',
            "Harbor Lights",
            "4",
        ),
    ],
)
def test_episode_totals_of_a_run_and_of_a_season(text, work, count):
    assert (work, count) in rel(sf(text), "numberOfEpisodes")


def test_a_run_stated_in_a_relative_clause_about_another_show_is_not_the_topics():
    f = sf(
        LEAD
        + "Tom Hale plays the role originated by Ana Ruiz on the NBC sitcom, which premiered in 1990 and ran for six seasons and 148 episodes."
    )
    assert not rel(f, "numberOfEpisodes")


def test_an_article_about_a_season_states_facts_about_the_season():
    f = sf("Season 2 of Nightwatch premiered on HBO on April 4, 2021. It contains ten episodes.")
    assert ("Nightwatch season 2", "2021-04-04") in rel(f, "premiereDate")
    assert rel(f, "numberOfEpisodes") == {("Nightwatch season 2", "10")}


# --- development, filming, working title, locations ---------------------------------------------


def test_filming_start_end_and_locations():
    f = sf(
        LEAD + "Principal photography began on April 2, 2018, in Toronto, Ontario, and filming wrapped on "
        "August 30, 2018. Development began in late 2016."
    )
    assert ("Nightwatch", "2018-04-02") in rel(f, "filmingStart")
    assert ("Nightwatch", "2018-08-30") in rel(f, "filmingEnd")
    # (the province only qualifies the city: one place)
    assert ("Nightwatch", "Toronto") in rel(f, "filmingLocation")
    assert ("Nightwatch", "Ontario") not in rel(f, "filmingLocation")
    assert ("Nightwatch", "2016") in rel(f, "developmentStart")


@pytest.mark.parametrize(
    ("span", "start", "end"),
    [
        ("from October 2016 to March 2017", "2016-10", "2017-03"),
        ("from June to November 2019", "2019-06", "2019-11"),
        ("from November to February 2019", "2018-11", "2019-02"),
    ],
)
def test_filming_took_place_from_to(span, start, end):
    f = sf(LEAD + f"Filming, which took place in Atlanta {span}, was difficult.")
    assert rel(f, "filmingStart") == {("Nightwatch", start)}
    assert rel(f, "filmingEnd") == {("Nightwatch", end)}
    assert rel(f, "filmingLocation") == {("Nightwatch", "Atlanta")}


def test_a_day_without_a_year_takes_the_year_stated_before_it():
    f = sf(
        LEAD
        + "In March 2017, the cast was set. Filming began on October 2 under the working title Blue Lantern."
    )
    assert rel(f, "filmingStart") == {("Nightwatch", "2017-10-02")}
    assert rel(f, "workingTitle") == {("Nightwatch", "Blue Lantern")}
    # a month before the context's month: which year? nothing is stated
    f = sf(LEAD + "In October 2017, the cast was set. Filming began on March 3.")
    assert not rel(f, "filmingStart")


def test_working_title_in_quotes():
    f = sf(LEAD + 'The series was developed under the title "Low Tide".')
    assert rel(f, "workingTitle") == {("Nightwatch", "Low Tide")}


def test_filming_locations_list():
    f = sf(
        LEAD + "Filming locations for the series included Old Town, the harbour at Port Ellis, and "
        'the Marlow Hotel ("the Grand").'
    )
    assert rel(f, "filmingLocation") == {
        ("Nightwatch", "Old Town"),
        ("Nightwatch", "Port Ellis"),
        ("Nightwatch", "Marlow Hotel"),
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "The studio announced that the series would be filmed in Vancouver.",
        "Filming is expected to begin in May 2022 in Belfast.",
        "Rumors say a second season will film in Montreal.",
        "Animation production began in January 2020 at Pixel Forge in Vancouver.",
        "Principal photography was not required.",
    ],
)
def test_planned_or_other_production_is_not_filming(sentence):
    f = sf(LEAD + sentence)
    assert not rel(f, "filmingLocation") and not rel(f, "filmingStart")


# --- setting, universe, source --------------------------------------------------------------------


def test_setting_and_universe():
    f = sf(LEAD + "It is set in the Lantern Universe (LU). The series is set in Duluth, Minnesota.")
    assert rel(f, "partOfUniverse") == {("Nightwatch", "Lantern Universe")}
    assert rel(f, "setting") == {("Nightwatch", "Duluth")}  # (the state qualifies the city)


def test_place_set_films_are_movies_set_there():
    res = resolve_texts("She studied Boston-set films such as The Departed (2006) and Spotlight (2015).")
    kinds = {e.label: e.kind for e in res.entities.values()}
    assert kinds["The Departed"] == kinds["Spotlight"] == "film"
    assert kinds["Boston"] == "place"
    facts = {(res.entities[f.subject].label, f.relation, res.entities[f.object].label) for f in res.facts}
    assert ("The Departed", "setting", "Boston") in facts and ("Spotlight", "setting", "Boston") in facts


def test_a_plan_about_the_setting_is_not_a_fact():
    f = sf(LEAD + "Ruiz stated that the show will remain set in Detroit.")
    assert not rel(f, "setting")


def test_based_on_a_publishers_characters():
    f = sf(
        "Nightwatch is an American television series created by Ana Ruiz, based on the Image Comics characters of the same name."
    )
    assert rel(f, "basedOnCharactersFrom") == {("Nightwatch", "Image Comics")}
    assert not rel(sf(LEAD + "It is loosely based on the novel by Jane Roe."), "basedOnCharactersFrom")


# --- references, order, chronology ----------------------------------------------------------------


def test_references_a_film_and_a_season():
    f = sf(
        LEAD + "Daybreak premiered on HBO in 2015. The crew admired Copper Run (1998). "
        "The series also references the events of Copper Run. It references the first season of Daybreak."
    )
    assert {
        ("Nightwatch", "Copper Run"),
        ("Nightwatch", "Daybreak season 1"),
        ("Nightwatch", "Daybreak"),
    } <= rel(f, "references")


def test_release_order_and_sequel():
    f = sf(LEAD + "Nightwatch is the third series in the franchise, after Daybreak and Dusk.")
    assert rel(f, "follows") == {("Nightwatch", "Daybreak"), ("Nightwatch", "Dusk")}
    f = sf(LEAD + "The series is a sequel to the film Dusk (2010).")
    assert ("Nightwatch", "Dusk") in rel(f, "follows") and ("Nightwatch", "Dusk") in rel(f, "setAfter")


def test_narrative_chronology():
    f = sf(
        LEAD + "Daybreak premiered on HBO in 2015. Set two years after the first season of Daybreak, the "
        "rangers regroup in Duluth to fight a common enemy. In the timeline, Nightwatch is placed between "
        "the films Alpha (2001) and Beta (2004)."
    )
    assert {("Nightwatch", "Daybreak season 1"), ("Nightwatch", "Alpha"), ("Beta", "Nightwatch")} <= rel(
        f, "setAfter"
    )
    assert ("Nightwatch", "Duluth") in rel(f, "setting")


# --- casting events --------------------------------------------------------------------------------


def test_casting_event_node_with_date_work_and_the_plain_plays_triple():
    res = resolve_texts("In June 2017, Nora Vale was cast as Iris Kade for Deep Water.")
    nodes = list(res.nodes.values())
    assert [n.label for n in nodes] == ["Nora Vale cast as Iris Kade for Deep Water (2017-06)"]
    props = {vocab.local_name(p): (v, d) for p, v, d in nodes[0].props}
    assert props["castingDate"] == ("2017-06", YEAR_MONTH)
    assert res.entities[props["actor"][0]].label == "Nora Vale"
    assert res.entities[props["castAs"][0]].kind == "character"
    assert res.entities[props["castFor"][0]].kind == "series"
    facts = {
        (res.entities[f.subject].label, f.relation, res.entities[f.object].label)
        for f in res.facts
        if f.relation == "plays"
    }
    assert ("Nora Vale", "plays", "Iris Kade") in facts


def test_castings_respectively_and_relative_dates():
    f = sf(
        LEAD
        + "In April 2018, Ruth Nagy was cast as Edith Crane. Later that month, Paul Ames joined the cast as "
        "Sam Crane. Ivy Lane and Bo Chen were cast as Ana Marsh and Tom Ward, respectively, in June 2018."
    )
    assert rel(f, "casting") == {
        ("Ruth Nagy", "Ruth Nagy cast as Edith Crane for Nightwatch (2018-04)"),
        ("Paul Ames", "Paul Ames cast as Sam Crane for Nightwatch (2018-04)"),
        ("Ivy Lane", "Ivy Lane cast as Ana Marsh for Nightwatch (2018-06)"),
        ("Bo Chen", "Bo Chen cast as Tom Ward for Nightwatch (2018-06)"),
    }


def test_announced_to_be_playing_a_role_later_revealed():
    f = sf(
        LEAD
        + "In July 2019, Mara Fenn was announced to be playing the main villain of the series, later revealed to be Odessa."
    )
    assert rel(f, "casting") == {("Mara Fenn", "Mara Fenn cast as Odessa for Nightwatch (2019-07)")}


@pytest.mark.parametrize(
    "sentence",
    [
        "In 2019, Sam Hill was rumored to be cast as Jack Frost.",
        "Sam Hill would be cast as Jack Frost if the talks succeed.",
        "According to Deadline, Sam Hill has been cast as Jack Frost, though Netflix has not confirmed it.",
        "Sam Hill said he would be reprising the role of Jack Frost.",
    ],
)
def test_rumours_plans_and_unconfirmed_reports_are_not_castings(sentence):
    assert not rel(sf(LEAD + sentence), "casting")


def test_cast_for_another_unnamed_work_is_not_the_topic():
    f = sf(LEAD + "In 2020, Sam Hill was cast as Jack Frost in a reboot of the film.")
    assert not any("for Nightwatch" in o for _, o in rel(f, "casting"))


# --- the seeds -------------------------------------------------------------------------------------


def test_seed_accuracy_per_relation(seeds_store):
    st = open_store(seeds_store)
    gold = read_gold(GOLD)
    scores = evaluate(st, gold)
    mine = {r: scores[r] for r in RELATIONS}
    print(format_report(mine, st))
    for r, sc in mine.items():
        assert sc.gold > 0, r
        assert sc.precision >= 0.90, (r, sc.precision, sc.wrong)
        assert sc.recall >= 0.80, (r, sc.recall, [g.object for g in sc.misses])


def test_seed_traps(seeds_store):
    st = open_store(seeds_store)
    q = vocab.sparql_prefixes() + "SELECT ?s ?o WHERE { ?s %s ?o }"
    episodes = {r["o"].value for r in run(st, q % "schema:numberOfEpisodes")}
    assert episodes == {"8"}  # not the 60 of Marvel's deal, not the usual 13
    released = {r["o"].value for r in run(st, q % "schema:datePublished")}
    assert "2017-08-17" not in released  # the soundtrack album
    premiere = {r["o"].value for r in run(st, q % "kg:premiereDate")}
    assert premiere == {"2017-07-31"}  # "set to debut on Netflix in 2017" is a plan


def test_premiere_query_answers_when_and_where(seeds_store):
    st = open_store(seeds_store)
    text = next(nq.text for nq in named_queries() if nq.name == "premiere")
    cols = ("work", "premiered", "where", "released")
    rows = [{c: (r[c].value if r[c] is not None else None) for c in cols} for r in run(st, text)]
    row = next(r for r in rows if r["work"] == "Marvel's The Defenders")
    assert row["premiered"] == "2017-07-31" and row["released"] == "2017-08-18"
    assert set((row["where"] or "").split(", ")) == {"New York", "Tribeca Performing Arts Center"}


def test_an_adaptation_clause_between_the_title_and_premiered():
    f = facts(
        "Bad Sisters is an Irish black comedy television series. Bad Sisters, adapted by Sharon Horgan from "
        "the Belgian series Clan, premiered on Apple TV+ on 19 August 2022 with ten episodes."
    )
    assert ("Bad Sisters", "premiereDate", "2022-08-19") in f
    assert not {x for x in f if x[0] == "Clan" and x[1] == "premiereDate"}


def test_a_place_qualified_by_its_state_or_country_is_one_place():
    f = facts(
        "Harbour is an American drama series. It was filmed in Atlanta, Georgia. The second season was "
        "filmed in Santiago, Chile. Later episodes were filmed in France, Italy and Tokyo, and in "
        "London, Texas and Bristol."
    )
    places = {o for s, r, o in f if r == "filmingLocation"}
    assert {"Atlanta", "Santiago", "France", "Italy", "Tokyo"} <= places
    assert not places & {"Georgia", "Chile"}


def test_an_episode_tables_air_date_column_dates_each_episode():
    f = sf(
        LEAD + "\n\nNo. overall  No. in series  Title  Directed by  Written by  Original air date\n"
        '7  1  "Episode 1"  Colm Quinn  Steve Knight  2 October 2014\n'
        '8  2  "Episode 2"  Colm Quinn  Steve Knight  9 October 2014\n'
    )
    assert {("Nightwatch episode 7", "2014-10-02"), ("Nightwatch episode 8", "2014-10-09")} <= rel(
        f, "premiereDate"
    )


def test_a_season_overview_table_gives_each_seasons_length_and_first_air_date():
    f = sf(
        "Harbour Lights is an American sitcom created by Ana Ruiz that aired on NBC from March 3, 1991, to "
        "May 2, 1994, for three seasons and 61 episodes.\n\n"
        "Season  Episodes  First aired  Last aired\n"
        "1  22  March 3, 1991  May 12, 1992\n"
        "2  22  September 20, 1992  May 16, 1993\n"
        "3  17  September 19, 1993  May 2, 1994\n\n"
        "Reception\n\nCritics liked it."
    )
    assert ("Harbour Lights", "1991-03-03") in rel(f, "premiereDate")
    assert ("Harbour Lights", "61") in rel(f, "numberOfEpisodes")
    assert {("Harbour Lights season 1", "22"), ("Harbour Lights season 3", "17")} <= rel(
        f, "numberOfEpisodes"
    )
    assert {("Harbour Lights season 2", "1992-09-20"), ("Harbour Lights season 3", "1993-09-19")} <= rel(
        f, "premiereDate"
    )
    assert not {o for s, o in rel(f, "premiereDate") if o.startswith("1994")}  # last aired: not a premiere


def test_a_release_with_no_premiere_stated_is_the_premiere_and_a_first_season_dates_the_series():
    f = sf(
        "Panchayat season 1\n\nThe first season of Panchayat (Hindi: पंचायत), an Indian comedy-drama streaming "
        "series developed by Deepak Kumar Mishra, was released on Amazon Prime Video on 3 April 2020."
    )
    assert {("Panchayat season 1", "2020-04-03"), ("Panchayat", "2020-04-03")} <= rel(f, "premiereDate")
    # a premiere stated apart from the release: the release date is not the premiere
    g = sf(
        LEAD
        + "Nightwatch premiered in Chicago on May 3, 2019. The series was released on Netflix on May 10, 2019."
    )
    assert rel(g, "premiereDate") == {("Nightwatch", "2019-05-03")}


def test_a_seasons_section_of_field_lines_gives_its_length_and_premiere():
    f = sf(
        "The Quick Hour\nSketch show | BBC Two | 1994–2000\n\nOverview\nThe Quick Hour was a BBC Two sketch "
        "show created by Paul Whitehouse.\n\n"
        "Series 1 (1994)\nEpisodes: 6\nFirst broadcast: 27 September 1994\nDirector: Sid Roberson\n\n"
        "Series 2 (1996)\nEpisodes: 8\nFirst broadcast: 9 February 1996\nDirector: Mark Mylod\n"
    )
    assert {("The Quick Hour season 1", "6"), ("The Quick Hour season 2", "8")} <= rel(f, "numberOfEpisodes")
    assert {
        ("The Quick Hour season 1", "1994-09-27"),
        ("The Quick Hour", "1994-09-27"),
        ("The Quick Hour season 2", "1996-02-09"),
    } <= rel(f, "premiereDate")


def test_a_series_page_titled_with_a_small_word_and_a_run_dated_at_its_end():
    f = facts(
        "Murder in Eden (series 1)\n\n"
        "The first series of Murder in Eden, the British crime drama created by Robert Thorogood, was broadcast "
        "on BBC One from 25 October to 13 December 2011. It stars Ben Miller as DI Richard Poole.\n\n"
        "The series was produced by Red Planet Pictures."
    )
    assert {
        ("Murder in Eden", "creator", "Robert Thorogood"),
        ("Murder in Eden", "originalNetwork", "BBC One"),
    } <= f
    assert {
        ("Murder in Eden season 1", "premiereDate", "2011-10-25"),
        ("Murder in Eden", "premiereDate", "2011-10-25"),
    } <= f
    assert ("Richard Poole", "appearsIn", "Murder in Eden") in f
    assert ("Murder in Eden", "productionCompany", "Red Planet Pictures") in f
    assert not {x for x in f if "Eden" in (x[0], x[2])}


def test_a_network_premiered_a_series_and_aired_some_of_its_episodes():
    f = facts(
        "Twenty Years Later, 'Skyward' Is Still Flying\n\nBy Marcus Delaney | September 20, 2022\n\n"
        'On September 20, 2002, Fox premiered a space western called Skyward with an episode called "The '
        'Train Job". Fox aired eleven of its fourteen episodes, out of order.'
    )
    assert {("Skyward", "premiereDate", "2002-09-20"), ("Skyward", "originalNetwork", "Fox")} <= f
    assert ("Skyward", "numberOfEpisodes", "14") in f
    assert ("Skyward", "numberOfEpisodes", "11") not in f


def test_a_series_infobox_gives_its_companies_network_length_and_premiere():
    f = facts(
        "Fjordheim\n\nGenre: Crime comedy-drama\nCreated by: Eilif Skodvin, Anne Bjørnstad\n"
        "Music by: Steven Van Zandt\nCinematography: Odd Reinhardt Nicolaysen\nNo. of seasons: 3\n"
        "No. of episodes: 24\nProduction company: Rubicon TV\nOriginal network: NRK1\n"
        "Release: 25 January 2012 – 17 December 2014\n\n"
        "Fjordheim is a Norwegian crime comedy-drama television series created by Eilif Skodvin."
    )
    assert {
        ("Fjordheim", "composer", "Steven Van Zandt"),
        ("Fjordheim", "cinematographer", "Odd Reinhardt Nicolaysen"),
        ("Fjordheim", "numberOfEpisodes", "24"),
        ("Fjordheim", "productionCompany", "Rubicon TV"),
        ("Fjordheim", "originalNetwork", "NRK1"),
        ("Fjordheim", "premiereDate", "2012-01-25"),
    } <= f
    # an episode's infobox: its network and air date are the episode's, not the series'
    g = facts(
        'Not What He Seems\nFrom the Gravity Lake Wiki\n\n"Not What He Seems"\nSeason: 2\nEpisode: 11\n'
        "Airdate: March 9, 2015\nNetwork: Disney XD\nNo. of episodes: 40\n\n"
        "Gravity Lake is an American animated series created by Alex Hirsch for Disney Channel."
    )
    assert ("Gravity Lake", "originalNetwork", "Disney XD") not in g
    assert ("Gravity Lake", "numberOfEpisodes", "40") not in g


def test_an_interviews_we_filmed_in_and_a_six_part_documentary():
    f = facts(
        "Wild Acres is an American documentary series about a commune.\n\n"
        "We filmed in Antelope itself, in Portland and in The Dalles, and we flew to Germany."
    )
    assert {("Wild Acres", "filmingLocation", p) for p in ("Antelope", "Portland", "The Dalles")} <= f
    assert ("Wild Acres", "filmingLocation", "Germany") not in f


def test_numeric_dates_read_in_the_documents_order():
    from kg.rules.dates import numeric_date, numeric_order

    assert numeric_order("aired 4/11/1985 and 18/11/1985") == "dmy"
    assert numeric_order("aired 4/11/1985 and 11/18/1985") == "mdy"
    assert numeric_order("aired 4/11/1985") is None
    assert numeric_date("First: 4/11/1985", "dmy") == (7, 16, "1985-11-04")
    assert numeric_date("First: 4/11/1985", None) is None


def test_seasons_of_equal_length_and_their_total():
    f = sf(
        LEAD
        + "It premiered on May 3, 2021, and ran for five seasons of 13 episodes each, 65 episodes in all."
    )
    assert {("Nightwatch season 5", "numberOfEpisodes", "13"), ("Nightwatch", "numberOfEpisodes", "65")} <= f


def test_an_episodes_block_of_field_lines_under_its_numbered_heading():
    f = facts(
        "Harbour Kids season 2\n\nThe second season of Harbour Kids was released on Netflix on 1 November 2022. "
        "It follows a six-episode first season. The series is produced by Nexiko.\n\n"
        "Episodes\n\n"
        '7 (1) "The Spring Term"\nDirected by: Ann Berg\nWritten by: Lisa Holm & Tove Lind\n'
        "Original release date: 1 November 2022\nWilhelm returns to school.\n\n"
        '8 (2) "Family Duty"\nDirected by: Erik Sand\nWritten by: Lisa Holm\nOriginal release date: 1 November 2022\n'
        "Kristina insists.\n"
    )
    assert {
        ("Ann Berg", "directed", "Harbour Kids episode 7"),
        ("Harbour Kids episode 7", "writer", "Tove Lind"),
        ("Harbour Kids episode 8", "premiereDate", "2022-11-01"),
        ("Erik Sand", "directed", "Harbour Kids episode 8"),
        ("Harbour Kids", "productionCompany", "Nexiko"),
    } <= f
    assert ("Harbour Kids", "premiereDate", "2022-11-01") not in f  # (an episode's block, not the series')
    assert ("Ann Berg", "directed", "Harbour Kids") not in f


def test_a_weekly_guides_sections_under_a_kicker_and_their_slots():
    f = facts(
        "THE COUCH\nYour weekly guide\nWeek of Sunday 3 June – Saturday 9 June 2018\n\n"
        "PICK OF THE WEEK: RED DUST\nSunday 3 June, 8.30pm, ABC\n\n"
        "Five years after the film, Detective Jay Crow is back. The six-part series premieres on ABC on "
        "Sunday 3 June. Ivan Tan's film Red Dust came first.\n\n"
        "ALSO THIS WEEK\n\nHIRE ME\nTuesday 5 June, 8.30pm, ABC\n"
        "Hire Me, a warm three-part documentary series premiering on ABC on Tuesday 5 June, follows jobseekers.\n\n"
        "SALT FLATS\nFriday, 9pm, SBS\nSalt Flats premiered on Foxtel's Showcase channel on 6 May 2016.\n"
    )
    assert {
        ("Red Dust", "originalNetwork", "ABC"),
        ("Red Dust", "premiereDate", "2018-06-03"),
        ("Red Dust", "numberOfEpisodes", "6"),
        ("Ivan Tan", "directed", "Red Dust"),
        ("Hire Me", "premiereDate", "2018-06-05"),
        ("Hire Me", "numberOfEpisodes", "3"),
        ("Hire Me", "originalNetwork", "ABC"),
        ("Salt Flats", "originalNetwork", "Showcase"),
    } <= f
    assert ("Salt Flats", "originalNetwork", "Foxtel") not in f
    # no date of the document's own: a premiere "on Sunday 3 June" has no year
    g = sf(LEAD + "\n\nThe six-part series premieres on Netflix on Sunday 3 June, after a 2016 film.")
    assert not {x for x in g if x[1] == "premiereDate"}


def test_a_seasons_episodes_dropped_together_and_a_season_of_stated_length():
    f = sf(
        "EXCLUSIVE: Netflix's hit thriller The Day Shift is loading up for its third season.\n\n"
        "The first season's ten episodes all dropped on March 23, 2023, and the show became a hit. "
        "Season two, also ten episodes, premiered on January 23, 2025."
    )
    assert {
        ("The Day Shift season 1", "numberOfEpisodes", "10"),
        ("The Day Shift season 1", "premiereDate", "2023-03-23"),
        ("The Day Shift", "premiereDate", "2023-03-23"),
        ("The Day Shift season 2", "premiereDate", "2025-01-23"),
        ("The Day Shift season 2", "numberOfEpisodes", "10"),
    } <= f
    assert ("The Day Shift", "originalNetwork", "Netflix") in facts(
        "EXCLUSIVE: Netflix's hit thriller The Day Shift is loading up for its third season."
    )


def test_each_of_the_seasons_ran_so_many_episodes_and_the_total():
    f = sf(LEAD + "\n\nEach of the four seasons ran 22 episodes, 88 in all.")
    assert {("Nightwatch season 4", "numberOfEpisodes", "22"), ("Nightwatch", "numberOfEpisodes", "88")} <= f


def test_seasons_that_began_on_a_date_and_the_next_one_elliptically():
    f = sf(
        LEAD
        + "\n\nThe second season began on 30 May 2016 and the third on 22 May 2017, with Ann Lee joining. "
        "The fourth season, which began on 22 October 2018, introduced Tom Fry. "
        "Each of the four seasons so far has ten episodes."
    )
    assert {
        ("Nightwatch season 2", "premiereDate", "2016-05-30"),
        ("Nightwatch season 3", "premiereDate", "2017-05-22"),
        ("Nightwatch season 4", "premiereDate", "2018-10-22"),
        ("Nightwatch season 3", "numberOfEpisodes", "10"),
    } <= f


def test_scenes_shot_around_places_and_a_seasons_filming_is_the_series():
    f = sf(
        "Parish Lane is a sitcom.\n\nThe exterior scenes were shot around Ennis and Kilfen, and the studio scenes "
        "were recorded in front of an audience at The London Studios. It was shot in and around Kununurra."
    )
    assert {
        ("Parish Lane", "filmingLocation", p) for p in ("Ennis", "Kilfen", "The London Studios", "Kununurra")
    } <= f
    g = sf(
        "Harbour Kids season 2\n\nThe second season of Harbour Kids was released on Netflix on 1 November 2022.\n\n"
        "Production\nFilming took place in the spring of 2022 at Stjarn Castle and in Norrby."
    )
    assert {
        ("Harbour Kids", "filmingLocation", "Stjarn Castle"),
        ("Harbour Kids", "filmingLocation", "Norrby"),
    } <= g
    assert not {x for x in g if x[1] == "filmingLocation" and "season" in x[0]}


def test_a_fictional_town_and_a_bulleted_it_is_set_in():
    f = sf(
        "Red Dust is an Australian crime drama.\n\nThis time Jay is sent to the fictional cattle town of Paterby, "
        "where two men vanish. Ann is a student from the neighbouring fictional town of Bjarby, where the series is "
        "set.\n\nStray observations\n- It is set in 1990s Osaka and was shot entirely on location in Osaka."
    )
    assert {("Red Dust", "setting", p) for p in ("Paterby", "Bjarby", "Osaka")} <= f
    assert ("Red Dust", "filmingLocation", "Osaka") in f


def test_a_streaming_pages_title_facts_line_and_release_table():
    f = facts(
        "Harbour Lights (TV Series 2021–2023) - Netflix\nFull Cast & Crew\n\n"
        "Netflix  |  Drama  |  2 seasons, 12 episodes  |  Norway\n\n"
        "Release History\nSeason  Episodes  Released\n1  6  3 March 2021\n2  6  9 June 2023\n\n"
        "Trivia\nNetflix released all six episodes of the first season on 3 March 2021 and all six "
        "episodes of the second season on 9 June 2023."
    )
    assert {
        ("Harbour Lights", "originalNetwork", "Netflix"),
        ("Harbour Lights", "numberOfEpisodes", "12"),
        ("Harbour Lights season 1", "numberOfEpisodes", "6"),
        ("Harbour Lights season 2", "premiereDate", "2023-06-09"),
        ("Harbour Lights episode 6", "premiereDate", "2021-03-03"),
        ("Harbour Lights episode 7", "premiereDate", "2023-06-09"),
    } <= f
    assert ("Harbour Lights", "originalNetwork", "Norway") not in f


def test_footnote_markers_series_with_specials_and_a_first_broadcast_with_its_episode():
    f = facts(
        '"Inside Time": Porridge and Prison Comedy\n\nWhen Porridge was first broadcast on BBC1 on '
        '5 September 1974, with the episode "New Faces, Old Hands", the sitcom left the living room.[1] '
        "Porridge ran for three series of six episodes and two Christmas specials, twenty episodes in all.[2]"
    )
    assert {
        ("Porridge", "originalNetwork", "BBC1"),
        ("Porridge", "premiereDate", "1974-09-05"),
        ("Porridge episode 1", "premiereDate", "1974-09-05"),
        ("Porridge", "numberOfEpisodes", "20"),
        ("Porridge season 3", "numberOfEpisodes", "6"),
    } <= f


def test_a_tv_films_page_and_a_release_range():
    f = facts(
        "Green Hollow (1987 film)\n\nFrom Wikipedia, the free encyclopedia\n\nGreen Hollow\n"
        "Genre: Drama\nCreated by: Ann Reed\nNo. of episodes: 2\nOriginal network: CBC\n"
        "Release: March 1 – March 2, 1987\n\nGreen Hollow is a 1987 Canadian television miniseries."
    )
    assert {
        ("Green Hollow", "originalNetwork", "CBC"),
        ("Green Hollow", "premiereDate", "1987-03-01"),
        ("Green Hollow", "numberOfEpisodes", "2"),
    } <= f


def test_a_local_papers_network_drama_and_a_seasons_episodes_all_directed_by():
    f = facts(
        "THE VALLEY MAIL\nFriday, 26 August 2016\n\nFilm crew returns to town\n\n"
        "The cast and crew of the ABC drama Glitch are back in town filming the show's second season. "
        "The first season premiered on ABC on 9 July 2015 and ran for six episodes, all of them directed by "
        "Emma Freeman. Glitch was created by Tony Ayres and is produced by Matchbox Pictures."
    )
    assert ("Emma Freeman", "directed", "Glitch episode 6") in f
    assert ("Glitch", "productionCompany", "Matchbox Pictures") in f
    assert ("Glitch season 1", "premiereDate", "2015-07-09") in f


def test_filming_at_a_described_spot_taped_before_an_audience_and_a_named_village_setting():
    f = sf(
        "Glen Road is an Irish drama series. It is set in the fictional Wicklow village of Kilbride and "
        "filmed in Avoca. Both seasons were shot in the old neighbourhoods of Bhopal. Every episode was taped "
        "before a studio audience at ABC Television Center in Hollywood. The farm was filmed at a farmhouse in "
        "Jackson's Point, Ontario."
    )
    assert {
        ("Glen Road", "setting", "Kilbride"),
        ("Glen Road", "filmingLocation", "Avoca"),
        ("Glen Road", "filmingLocation", "Bhopal"),
        ("Glen Road", "filmingLocation", "ABC Television Center"),
        ("Glen Road", "filmingLocation", "Jackson's Point"),
    } <= f
    assert ("Glen Road", "setting", "Wicklow") not in f


def test_a_ratings_reports_sunday_night_is_the_day_before_its_monday_dateline():
    f = facts(
        "TV ratings: Harbour Lights returns\n\nMonday 14 September 2009\n\n"
        "The fourth series of Harbour Lights launched with 8.9 million viewers on ITV1 on Sunday night."
    )
    assert ("Harbour Lights season 4", "premiereDate", "2009-09-13") in f


def test_a_schedules_coming_sunday_is_not_read_as_a_past_day():
    f = facts(
        "Monday 14 September 2009\n\nHarbour Lights is a British drama. Its fourth series premieres on ITV1 on Sunday."
    )
    assert not {x for x in f if x[1] == "premiereDate"}


def test_a_production_companys_page_and_its_filmography_lines():
    f = facts(
        "Kestrel Pictures\n\nKestrel Pictures is an Australian television production company based in Melbourne.\n\n"
        "History\n\nThe company's breakthrough came with Bay Patrol, which premiered on the Seven Network on "
        "20 October 1964.\n\nFilmography\n\n"
        "Bay Patrol (1964-1977) - Seven Network, 510 episodes\n"
        "Dune Road (1969-1975) - Nine Network\n"
        "Cop Corner (1977-1984) - Seven Network\n"
    )
    assert {
        ("Dune Road", "originalNetwork", "Nine Network"),
        ("Dune Road", "premiereDate", "1969"),
        ("Dune Road", "productionCompany", "Kestrel Pictures"),
        ("Bay Patrol", "numberOfEpisodes", "510"),
        ("Bay Patrol", "premiereDate", "1964-10-20"),
        ("Cop Corner", "productionCompany", "Kestrel Pictures"),
    } <= f
    assert ("Bay Patrol", "premiereDate", "1964") not in f  # (the text gives the day)


def test_an_almanacs_entries_are_each_about_their_own_series():
    f = facts(
        "On this day in TV history: September 9\n\n"
        "1974 - Harbour Lights premiered on CBS. Valerie Hart starred as Rhoda Stern.\n\n"
        "1981 - Ridge Line premiered on NBC, starring Nell Carr as Nell Harper.\n\n"
        "1985 - Harbour Lights returned for its second season.\n\n"
        "1989 - Harbour Lights ended on CBS."
    )
    assert ("Nell Harper", "appearsIn", "Ridge Line") in f
    assert ("Nell Harper", "appearsIn", "Harbour Lights") not in f


def test_a_premiere_after_a_set_in_clause_and_a_region_is_no_setting():
    f = facts(
        "Ridge Line is a Canadian family drama. Ridge Line, set on a horse ranch in the Alberta "
        "foothills, premiered on CBC in October 2007."
    )
    assert ("Ridge Line", "premiereDate", "2007-10") in f
    assert ("Ridge Line", "setting", "Alberta") not in f


def test_premiere_phrasings_of_a_series_and_its_first_episode():
    f = facts(
        "Harbour Street, created by Ann Kerr, began on 25 May 1992. It screens weeknights.\n\n"
        "Coast Guard premiered on ABC on March 15, 1977, as a midseason replacement, and its first season "
        "consisted of only nine episodes.\n\n"
        'The series Dead Ground premiered on 21 February 1996 with the first part of "Buried Lies".'
    )
    assert {
        ("Harbour Street", "premiereDate", "1992-05-25"),
        ("Coast Guard season 1", "numberOfEpisodes", "9"),
        ("Dead Ground episode 1", "premiereDate", "1996-02-21"),
    } <= f


def test_a_network_named_in_a_genre_phrase_before_or_after_the_title():
    f = facts(
        "She starred in the BBC One crime drama Dead Ground. She made her debut as Gail Boyd in Phil Ray's Harbour "
        "Street, the Channel 4 soap that launched with the channel."
    )
    assert {
        ("Dead Ground", "originalNetwork", "BBC One"),
        ("Harbour Street", "originalNetwork", "Channel 4"),
        ("Harbour Street", "creator", "Phil Ray"),
    } <= f
    assert ("Phil Ray", "directed", "Harbour Street") not in f


def test_filming_places_in_descriptions_and_moves():
    f = facts(
        "Coast Guard is an American sitcom. Although the series is set in Sacramento, the interiors were "
        "shot at MGM Studios in Culver City. The pilot was filmed at Waratah Park, a wildlife park at Duffys "
        "Forest, with additional location work in Lane Cove."
    ) | facts(
        "Dead Ground is a British crime drama. The first season was filmed in Dallas, where much of the "
        "series is set, before production moved to New Orleans. Sam works in Cambridge, where the first "
        "series is set and was largely filmed; from the fourth series the action moved to London."
    )
    assert {
        ("Coast Guard", "filmingLocation", "MGM Studios"),
        ("Coast Guard", "filmingLocation", "Culver City"),
        ("Coast Guard", "filmingLocation", "Duffys Forest"),
        ("Coast Guard", "filmingLocation", "Lane Cove"),
        ("Dead Ground", "filmingLocation", "New Orleans"),
        ("Dead Ground", "setting", "Dallas"),
        ("Dead Ground", "setting", "Cambridge"),
        ("Dead Ground", "filmingLocation", "Cambridge"),
        ("Dead Ground", "setting", "London"),
    } <= f


def test_a_network_appositive_is_read_only_where_it_describes_the_title_before_it():
    f = facts(
        "He is known for the serial Dark Earth, the Channel 4 drama Kiri and Make Room for Daddy, the ABC "
        "sitcom that starred Danny Thomas. Created as a prequel to Bad Blood, the AMC drama has spent 40 "
        "hours on it. Wong played Sasha Tran in the Netflix romantic comedy Always Maybe."
    )
    assert not {x for x in f if x[1] == "originalNetwork" and x[0] in ("Dark Earth", "Daddy", "Bad Blood")}
    assert ("Always Maybe", "originalNetwork", "Netflix") not in f
