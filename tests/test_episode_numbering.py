"""Episodes are numbered across the whole series: the season a reference counts in, and the
lengths of the seasons before it, come from the text ("The first season, consisting of 13
episodes", "the second season premiere", an article about one season)."""

from __future__ import annotations

from helpers import facts

LEAD = "Nightwatch is an American television series created by Ana Ruiz for Netflix. "
LENGTHS = "The first season, consisting of 13 episodes, was released in 2015. "


def directed(f: set[tuple[str, str, str]]) -> set[tuple[str, str]]:
    return {(s, o) for s, r, o in f if r == "directed"}


def test_later_season_premiere_and_finale_count_on_from_earlier_seasons():
    f = facts(
        LEAD + LENGTHS + "The second season, also consisting of 13 episodes, was released in 2018. "
        'The second season premiere, "Home", was directed by Lucy Liu. '
        "Tom Shore directed the second-season finale."
    )
    assert directed(f) >= {("Lucy Liu", "Nightwatch episode 14"), ("Tom Shore", "Nightwatch episode 26")}


def test_unknown_earlier_season_lengths_give_no_episode_number():
    f = facts(LEAD + 'The third season premiere, "Home", was directed by Lucy Liu.')
    assert not directed(f)


def test_each_of_the_first_seasons_and_an_elliptical_list():
    f = facts(
        LEAD + "Each of the show's first two seasons ran ten episodes, and the third ran eight. "
        "For the fourth and final season, Ana Ruiz directed the season premiere, Kim Ode directed "
        "the third, and Bo Lin directed the fifth and sixth."
    )
    assert directed(f) >= {
        ("Ana Ruiz", "Nightwatch episode 29"),
        ("Kim Ode", "Nightwatch episode 31"),
        ("Bo Lin", "Nightwatch episode 33"),
        ("Bo Lin", "Nightwatch episode 34"),
    }


def test_an_article_about_one_season():
    f = facts(
        "The second season of the American streaming television series Nightwatch follows Vic Reyes. "
        + LENGTHS
        + "The season consists of 13 episodes. Mia Park directed the first two episodes. The season finale was directed by Tom Shore. "
        "Kim Ode, who had directed in the first season, directed the fifth episode."
    )
    assert directed(f) >= {
        ("Mia Park", "Nightwatch episode 14"),
        ("Mia Park", "Nightwatch episode 15"),
        ("Tom Shore", "Nightwatch episode 26"),
        ("Kim Ode", "Nightwatch episode 18"),
    }
    assert ("Kim Ode", "Nightwatch episode 5") not in directed(f)


def test_headline_season_and_coordinated_episodes():
    f = facts(
        "'Nightwatch' Season 2 Sets Directors\n\n"
        "Netflix has set the directors for the second season of Nightwatch. All eight episodes of the "
        "first season were directed by Ana Ruiz. Mia Park will direct the first two episodes and the "
        "season finale of the eight-episode season. The fifth and sixth episodes go to Bo Lin, a "
        "veteran of Ozark. Kim Ode is set for the seventh episode."
    )
    assert directed(f) >= {
        ("Mia Park", "Nightwatch episode 9"),
        ("Mia Park", "Nightwatch episode 10"),
        ("Mia Park", "Nightwatch episode 16"),
        ("Bo Lin", "Nightwatch episode 13"),
        ("Bo Lin", "Nightwatch episode 14"),
        ("Kim Ode", "Nightwatch episode 15"),
    }
    assert ("Ana Ruiz", "Nightwatch episode 1") in directed(f)


def test_set_for_an_episode_needs_directing_in_view():
    f = facts(LEAD + "The writers' room is busy. Kim Ode is set for the seventh episode, the cast said.")
    assert not directed(f)


def test_pronoun_object_and_series_directed_by():
    f = facts(
        LEAD + 'Ruiz wrote the pilot episode, "First Light", and Gina Hale was hired to direct it. '
        "The series was created and written by Ana Ruiz and directed by Johan Berg."
    )
    assert ("Gina Hale", "Nightwatch episode 1") in directed(f)
    assert ("Johan Berg", "Nightwatch") in directed(f)
    assert ("Ana Ruiz", "Nightwatch") not in directed(f)


def test_series_finale_by_the_showrunners():
    f = facts(
        LEAD + "The series ran for three seasons and 30 episodes. The series finale will be directed "
        "by co-creators and showrunners Ana Ruiz and Dan Fry."
    )
    assert directed(f) >= {("Ana Ruiz", "Nightwatch episode 30"), ("Dan Fry", "Nightwatch episode 30")}
