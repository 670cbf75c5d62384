"""Entity resolution: variants, short names, aliases, across documents."""

from __future__ import annotations

from helpers import facts, resolve_texts

from kg import vocab


def entity(res, label):
    return next(e for e in res.entities.values() if e.label == label)


def test_accents_merge_and_the_accented_form_is_the_label():
    res = resolve_texts(
        "Zoë Kravitz as Nina Ford: A nurse.", "Zoe Kravitz was cast as Nina Ford for Deep Water."
    )
    people = [e for e in res.entities.values() if e.kind == "person"]
    assert len(people) == 1
    assert people[0].label == "Zoë Kravitz" and "Zoe Kravitz" in people[0].alt_labels
    assert people[0].iri == vocab.RES + "person/zoe-kravitz"


def test_near_identical_first_names_with_same_surname_merge():
    res = resolve_texts(
        "Carla Diaz as Jerilyn Hart: A lawyer.",
        "Jerilynn Hart appeared in the second season of Deep Water.",
    )
    chars = [e for e in res.entities.values() if e.kind == "character"]
    assert len(chars) == 1


def test_different_first_names_stay_apart():
    res = resolve_texts("Ann Lee as John Raymond: An architect. Bo Kim as Lexi Raymond: His daughter.")
    assert {e.label for e in res.entities.values() if e.kind == "character"} == {
        "John Raymond",
        "Lexi Raymond",
    }


def test_alias_after_slash_and_surname_resolve_to_one_character():
    res = resolve_texts(
        "Rick Dale as Sam Wilder / Nightjar: A masked vigilante.",
        "Nightjar appeared in the first season of Harbor Lights.",
    )
    sam = entity(res, "Sam Wilder")
    assert "Nightjar" in sam.alt_labels
    f = facts(
        "Rick Dale as Sam Wilder / Nightjar: A masked vigilante.",
        "Nightjar appeared in the first season of Harbor Lights.",
    )
    assert ("Sam Wilder", "appearsIn", "Harbor Lights season 1") in f


def test_titles_are_alternative_names_not_labels():
    res = resolve_texts("Wu Lan as Madame Feng: A crime boss. Tim Roe as Father Paul Tate: A priest.")
    assert entity(res, "Feng").alt_labels >= {"Madame Feng"}
    assert entity(res, "Paul Tate").alt_labels >= {"Father Paul Tate"}


def test_nickname_variants_merge():
    res = resolve_texts(
        'Eli Dorn as Franklin "Buzz" Mercer: A lawyer.',
        "The crossover includes Nightwatch actors Eli Dorn as Buzz Mercer.",
    )
    chars = [e for e in res.entities.values() if e.kind == "character"]
    assert len(chars) == 1 and "Buzz Mercer" in chars[0].alt_labels


def test_surname_alone_is_an_alternative_name():
    res = resolve_texts(
        "Nightwatch is a television series. Tom Hale as Jack Stone: A detective. Hale said Stone was tired."
    )
    assert "Hale" in entity(res, "Tom Hale").alt_labels
    assert "Stone" in entity(res, "Jack Stone").alt_labels


def test_brand_possessive_series_titles_merge():
    res = resolve_texts(
        "Marvel's Nightwatch is an American television series. The series stars Tom Hale as Jack Stone.",
        "Jack Stone appeared in the first season of Nightwatch.",
    )
    series = [e for e in res.entities.values() if e.kind == "series"]
    assert len(series) == 1
    assert series[0].label == "Marvel's Nightwatch"
    assert series[0].iri == vocab.RES + "series/nightwatch"
    assert vocab.RES + "series/nightwatch/season/1" in res.entities


def test_weak_series_is_dropped_unless_confirmed():
    f = facts("Ben Orr as Luke Vance in Harlem: A fighter.")
    assert not any(o == "Harlem" for _, _, o in f)


def test_the_series_an_article_is_about_from_its_headline_kind():
    """Which series a character with no work named belongs to: the article's topic, read from
    its headline; none for an obituary, a roundup or a feature about several series."""

    def appears(text: str) -> set[tuple[str, str]]:
        return {(s, o) for s, r, o in facts(text) if r == "appearsIn"}

    tv = "Attack on Titan (TV series)\n\nAttack on Titan is a Japanese anime television series. Yuki Kaji voices Eren Yeager."
    assert ("Eren Yeager", "Attack on Titan") in appears(tv)
    wiki = "This Is Us Wiki: List of characters\n\nThis Is Us is an American drama series. Milo Ventimiglia plays Jack Pearson."
    assert ("Jack Pearson", "This Is Us") in appears(wiki)
    caps = (
        'FX\'S "WHAT WE DO IN THE SHADOWS" TO RETURN FOR SIXTH SEASON\n\n'
        "The sixth season of What We Do in the Shadows premieres in October. Kayvan Novak returns as Nandor."
    )
    assert ("Nandor", "What We Do in the Shadows") in appears(caps)
    obit = (
        "Nichelle Nichols, Who Broke Barriers as Uhura on 'Star Trek,' Dies at 89\n\n"
        "Her role made her a pioneer. She also voiced Diane Maza in the animated series Gargoyles."
    )
    assert not any(o == "Star Trek" and s == "Diane Maza" for s, o in appears(obit))
    roundup = (
        "Emmys 2025: 'The Pitt,' 'The Studio' and 'Adolescence' Win Top Prizes\n\n"
        "Noah Wyle won for playing Michael Robinavitch. Seth Rogen won for The Studio."
    )
    assert not any(s == "Michael Robinavitch" and o == "Adolescence" for s, o in appears(roundup))


def test_a_title_after_a_franchise_colon_is_the_same_series():
    f = facts(
        "'The Rings of Power' Season 2 Recap\n\nSpoilers follow for the sixth episode of the second season "
        "of The Lord of the Rings: The Rings of Power, now streaming on Prime Video. Charles Edwards plays "
        "Celebrimbor in The Rings of Power."
    )
    assert ("Celebrimbor", "appearsIn", "The Lord of the Rings: The Rings of Power") in f
    assert not any(o == "The Rings of Power" for _, _, o in f)


def test_a_surname_alone_is_the_person_not_a_character_with_that_surname():
    f = facts(
        "Bel-Vista is an American drama series on Peacock.\n\n"
        "Will Sorrel starred in the original. April Jonas plays Will's mother, Vy Sorrel, who is Vivian's sister.\n\n"
        "Sorrel, Morgan Cole and T.J. Brody executive produce.\n"
    )
    assert ("Bel-Vista", "executiveProducer", "Will Sorrel") in f
    assert ("Bel-Vista", "executiveProducer", "Vy Sorrel") not in f


def test_a_bare_surname_is_not_the_relative_named_after_it():
    f = facts(
        "Sunny Street is an American sitcom created by Harold Marsh. Marsh was executive producer "
        "throughout; his son, Danny Marsh, became a producer. The pilot was written by Marsh and directed "
        "by Joan Pike."
    )
    assert ("Sunny Street episode 1", "writer", "Harold Marsh") in f
    assert ("Sunny Street episode 1", "writer", "Danny Marsh") not in f
