"""Mentions of several actors at once carry one member each (actors/groups.py): conjoined state modifiers
on one noun and definite plurals ("the two leaders", "both sides") that stand for the parties named just
before. Sentences are written by hand in the forms found on session 16's bilateral-meeting pages
(/work/notes/pages16/pairs: summit reports, ministers' talks, ceasefire accusations; page ids given)."""

from __future__ import annotations

from tests.actors.conftest import group_members as members


def test_conjoined_state_modifiers_give_one_member_each(pipeline) -> None:
    # form of page 016: two states' demonyms on one "officials" holding talks
    found = members(pipeline, "U.S. and Russian diplomats met in Geneva on Monday.")
    assert list(found.values()) == [["USAGOV", "RUSGOV"]]


def test_conjoined_modifiers_with_a_two_word_demonym(pipeline) -> None:
    # form of page 004: two navies named by conjoined demonyms
    found = members(pipeline, "U.S. and South Korean troops held joint military exercises on Monday.")
    assert list(found.values()) == [["USAMIL", "KORMIL"]]


def test_the_two_leaders_are_the_persons_named_before(pipeline) -> None:
    # form of page 000: a summit of two named leaders, then "The two leaders also agreed ..."
    found = members(pipeline, "Putin met Erdogan in Sochi on Monday. The two leaders agreed to expand "
                               "trade.")
    assert found == {"leaders": ["RUSGOV", "TURGOV"]}


def test_both_sides_are_the_states_named_before(pipeline) -> None:
    # form of page 022: talks of two states, then what "the two sides" agreed
    found = members(pipeline, "Japan and China held talks in Tokyo. Both sides agreed to set up a hotline.")
    assert found == {"Both sides": ["JPN", "CHN"]}


def test_the_leaders_of_the_two_countries(pipeline) -> None:
    # form of page 008: a role "of the two countries"
    found = members(pipeline, "India and Pakistan met in Doha. The leaders of the two countries signed "
                               "a pact.")
    assert found == {"leaders": ["INDGOV", "PAKGOV"]}


def test_the_sides_of_a_war_at_home_are_its_sectors(pipeline) -> None:
    # form of page 012: a government and rebels make a truce, then "the two sides" blame each other
    found = members(pipeline, "Days after the Sudanese government and the rebel leaders signed a truce, "
                               "the two sides blamed each other for the fighting.")
    assert found == {"the two sides": ["SDNGOV", "SDNREB"]}


def test_two_ministers_of_one_government_are_no_pair(pipeline) -> None:
    # a place named beside persons of one state does not make them two states' ministers
    found = members(pipeline, "Foreign Minister Wang Yi and Defence Minister Dong Jun of China visited "
                               "Moscow. The two ministers met Putin.")
    assert found == {}


def test_two_soldiers_and_both_houses_stay_as_they_were(pipeline) -> None:
    # counted people and a legislature's chambers are no parties' group
    assert members(pipeline, "Israeli troops raided Jenin, Palestinian officials said. The two soldiers "
                              "were wounded.") == {}
    assert members(pipeline, "Germany and France signed the treaty. Both houses of parliament approved "
                              "it on Friday.") == {}


def test_a_count_that_does_not_match_gives_no_group(pipeline) -> None:
    # three states named before "the two countries": which two is not said
    assert members(pipeline, "Egypt and Qatar hosted talks with Turkey. The two countries agreed to meet "
                              "again.") == {}


def test_the_two_standing_alone_are_named_persons_only(pipeline) -> None:
    # "The two also discussed ..." stands for two persons named before; counted people arrested are not
    # two parties, whatever states the sentence names
    assert members(pipeline, "Modi met Xi in Kazan on Tuesday. The two also discussed regional "
                              "security.") == {"The two": ["INDGOV", "CHNGOV"]}
    assert members(pipeline, "Israeli police arrested two Palestinian activists in Jerusalem on Monday. "
                              "The two were charged with incitement.") == {}


def test_the_heads_of_two_states_offices(pipeline) -> None:
    # form of page 006: a role that holds a group named "of" stands for one holder each
    found = members(pipeline, "The heads of the Russian and Ukrainian governments met in Minsk on "
                               "Friday.")
    assert found.get("heads") == ["RUSGOV", "UKRGOV"]


def test_the_reporter_of_the_sides_is_not_one_of_them(pipeline) -> None:
    # a mediator who reports what "the two sides" agreed tells of them and is none of them
    found = members(pipeline, "Armenian officials and Azerbaijani officials traded charges on Sunday. A "
                               "mediator from the UN said the two sides would pull back their artillery.")
    assert found.get("the two sides") == ["ARMGOV", "AZEGOV"]
    assert found.get("their") == ["ARMGOV", "AZEGOV"]  # (the sides' own artillery)


def test_one_states_government_and_army_are_not_two_sides(pipeline) -> None:
    # two organs of one state named before "the two sides" are no sides of a conflict
    found = members(pipeline, "Kenyan officials praised Kenyan troops on Monday. The two sides agreed to "
                               "meet again.")
    assert found == {}


# Plural pronouns and bare definite plurals for a pair (session 16, helper pairs2; forms of the phone-call
# and summit pages in /work/notes/pages16/pairs2, page ids given)

def test_they_after_conjoined_subjects_is_the_pair(pipeline) -> None:
    # form of page 008: two states agree, the next sentence goes on with "They agreed to ..."
    found = members(pipeline, "Putin and Erdogan met in Sochi on Monday. They agreed to expand trade.")
    assert found == {"They": ["RUSGOV", "TURGOV"]}


def test_their_after_a_meeting_of_two_persons_is_the_pair(pipeline) -> None:
    # form of page 014: "held their first telephone conversation" after one leader met another
    found = members(pipeline, "Putin met Erdogan in Sochi on Monday. Their talks focused on Syria.")
    assert found == {"Their": ["RUSGOV", "TURGOV"]}


def test_they_reported_by_a_spokesman_is_still_the_pair(pipeline) -> None:
    # a single speaker's subject is passed over: "they" is never one person
    found = members(pipeline, "Putin held talks with Erdogan in Sochi on Monday. Kremlin spokesman Dmitry "
                               "Peskov said they agreed to expand trade.")
    assert found.get("they") == ["RUSGOV", "TURGOV"]


def test_they_of_one_sides_people_has_no_members(pipeline) -> None:
    # the nearest plural subject is one side's people: "they" is them, not the pair named before
    assert members(pipeline, "Protesters marched on parliament. They demanded the resignation of the prime "
                              "minister.") == {}
    assert members(pipeline, "Putin and Erdogan met in Sochi on Monday. Russian troops entered the town. "
                              "They shelled the hospital.") == {}


def test_they_after_one_states_two_bodies_has_no_members(pipeline) -> None:
    # conjoined subjects of one state are no pair of states
    assert "They" not in members(pipeline, "Kenyan police and Kenyan soldiers entered the town on Monday. "
                                            "They arrested ten people.")


def test_the_leaders_alone_after_two_persons_named(pipeline) -> None:
    # form of page 001: "The leaders agreed ..." right after one leader called the other
    found = members(pipeline, "Modi called Trump on Monday. The leaders agreed to strengthen the strategic "
                               "partnership.")
    assert found == {"leaders": ["INDGOV", "USAGOV"]}


def test_the_leaders_alone_after_three_persons_named_is_no_group(pipeline) -> None:
    # three persons named before: which of them "the leaders" are is not said
    assert members(pipeline, "Trudeau spoke with Trump and Macron on Friday. The leaders agreed to meet "
                              "again.") == {}
    # nor a group noun with a word of its own before it
    assert "leaders" not in members(pipeline, "Modi called Trump on Monday. The G20 leaders agreed to "
                                               "meet again.")


def test_the_two_men_are_the_persons_named_by_name(pipeline) -> None:
    # form of pages16/clusters 059-061: "The two men met ..." after two leaders named; not counted
    # people whose states are named
    found = members(pipeline, "Putin met Erdogan in Sochi on Monday. The two men agreed to expand trade.")
    assert found == {"The two men": ["RUSGOV", "TURGOV"]}
    assert members(pipeline, "Israeli police arrested two Palestinians in Jerusalem on Monday. The two men "
                              "were charged with incitement.") == {}


def test_the_pair_is_the_two_persons_named_before(pipeline) -> None:
    # form of pages16/fields 011 and clusters 011: "The pair will hold formal bilateral talks"
    found = members(pipeline, "Modi called Putin on Monday. The pair agreed to meet in Moscow.")
    assert found == {"The pair": ["INDGOV", "RUSGOV"]}
