"""Type precision of CONCEDE, COOPERATE, REQUEST and ASSAULT on real news (session 11): a setting phrase
read as a phrasal verb's particle, "each other" and "in common" read as joint action, hostility
"traded", training with no trainee, news passed on read as intelligence sharing, a request's target
taken from what is asked when the one asked is the audience ("you"), appointments asked for, an
unarmed group's "attack" on a politician, and an old war's acts told in a relative clause.

Sentences from PolNeAR train texts (`shared/corpora/polnear/train/text/`, file named); actors are given
by hand (`coded` fixture) so each test checks the coder's mechanism, not the actors stage.
"""

from __future__ import annotations

from tests.events.conftest import event_types, triples


def test_a_verb_with_an_object_gives_nothing_in_a_setting_phrase(coded):
    # nyt_2016-06-09_ryan-calls-trump-line-racist-but.txt
    got = coded("One early supporter, Representative Lee Zeldin, Republican of New York, gave the technique "
                "a whirl in an interview with CNN on Tuesday.", {"Lee Zeldin": "USALEG", "CNN": "USAJRN"})
    assert "CONCEDE" not in event_types(got)


def test_a_speech_given_in_a_city_is_no_giving_in(coded):
    # politico_2016-02-19_more-hillary-clinton-emails-rele.txt
    got = coded("The message refers to a speech Clinton gave in Cairo earlier that month.",
                {"Clinton": "USAELI", "Cairo": "EGY"})
    assert "CONCEDE" not in event_types(got)


def test_giving_in_to_demands_still_concedes(coded):
    # the particle reading: "gave in" with no object of its own
    got = coded("The Sudanese government finally gave in to the demands of the rebels.",
                {"Sudanese government": "SDNGOV", "rebels": "SDNREB"})
    assert ("SDNGOV", "SDNREB", "CONCEDE", "asserted") in triples(got)


def test_having_things_in_common_is_no_cooperation(coded):
    # politico_2015-12-09_the-presidential-candidates-favo.txt
    got = coded("Sen. Marco Rubio and former Gov. Jeb Bush have more in common than their Miami ties.",
                {"Marco Rubio": "USALEG", "Jeb Bush": "USAELI"})
    assert "COOPERATE" not in event_types(got)


def test_an_act_on_one_another_is_mutual_not_joint(coded):
    # politico_2016-02-17_bush-rubio-collide-in-scramble-f.txt
    got = coded("Top Republicans worry that Rubio and Bush are cannibalizing one another's voters to "
                "Trump's benefit.", {"Rubio": "USALEG", "Bush": "USAELI", "Trump": "USAELI"})
    assert "COOPERATE" not in event_types(got)


def test_working_together_is_still_joint(coded):
    # re3d CENTCOM E19357552CAE0E45EE364E60A317AC59
    got = coded("The U.S., French and Royal Navy are working together in support of maritime security "
                "operations.", {"U.S.": "USA", "French": "FRA", "Royal Navy": "GBRMIL"})
    assert "COOPERATE" in event_types(got)


def test_trading_criticism_is_no_cooperation(coded):
    # nyt_2016-08-01_pressure-rises-on-trump-after-cr.txt
    got = coded("The controversy has escalated as Mr. Khan and Mr. Trump have traded criticism.",
                {"Mr. Khan": "USACVL", "Mr. Trump": "USAELI"})
    assert "COOPERATE" not in event_types(got)


def test_training_with_no_trainee_is_no_cooperation(coded):
    # nyt_2016-06-23_convention-cities-brace-for-prot.txt
    got = coded("A spokesman said the police had trained for 18 months to deal with protesters.",
                {"police": "USACOP", "protesters": "USACVL"})
    assert "COOPERATE" not in event_types(got)


def test_training_opposition_forces_cooperates(coded):
    # article-extraction page 1ee91d1fce65 (tuning, even)
    got = coded("The U.S. military in al-Tanf has been training the Syrian opposition forces to fight "
                "against Islamic State.", {"U.S. military": "USAMIL", "Syrian opposition forces": "SYRREB"})
    assert ("USAMIL", "SYRREB", "COOPERATE", "asserted") in triples(got)


def test_the_press_passing_on_details_shares_no_intelligence(typed):
    # nyt_2016-08-22_pundit-turns-adviser-in-the-serv.txt
    got = typed("After Fox News executives shared with Mr. Hannity and others the full details of the "
                "allegations, the talk of a walkout ended.",
                {"Fox News executives": ("USAJRN", "organisation"), "Mr. Hannity": ("USACVL", "person")})
    assert "COOPERATE" not in event_types(got)


def test_a_request_made_of_you_is_not_made_of_whom_it_is_for(coded):
    # nyt_2016-07-29_obama-lays-out-stakes-for-a-divi.txt
    got = coded("Mr. Obama said: Tonight, I ask you to do for Hillary Clinton what you did for me.",
                {"Mr. Obama": "USAGOV", "Hillary Clinton": "USAELI"})
    assert "REQUEST" not in event_types(got)


def test_a_request_made_of_him_still_codes_him(coded):
    # politico_2016-01-05_republicans-blast-obama-after-no.txt (a pronoun the fixture resolves)
    got = coded("NATO's secretary general called on North Korea to abandon its nuclear weapons and urged "
                "it to comply with the international community.", {"NATO": "NATO", "North Korea": "PRK"})
    assert ("NATO", "PRK", "REQUEST", "asserted") in triples(got)


def test_asking_a_candidate_to_choose_a_running_mate_is_an_appointment(typed):
    # nyt_2016-08-22_pundit-turns-adviser-in-the-serv.txt
    got = typed("Mr. Hannity had been lobbying Mr. Trump to choose Mr. Gingrich.",
                {"Mr. Hannity": ("USACVL", "person"), "Mr. Trump": ("USAELI", "person"),
                 "Mr. Gingrich": ("USAELI", "person")})
    assert "REQUEST" not in event_types(got)


def test_outside_groups_attacking_a_candidate_accuse(typed):
    # politico_2016-01-29_record-setting-spending-spree-re.txt
    got = typed("Overall, conservative outside groups reported spending $6 million attacking Clinton "
                "using various means.", {"groups": ("USA", "agent"), "Clinton": ("USAELI", "person")})
    assert "ASSAULT" not in event_types(got)
    assert "ACCUSE" in event_types(got)


def test_gunmen_attacking_a_governor_still_assault(typed):
    # the armed counterpart: an armed group's attack on a politician is one of force
    got = typed("Gunmen attacked the convoy of Governor Ahmadi in Kandahar.",
                {"Gunmen": ("UNKUAF", "agent"), "Governor Ahmadi": ("AFGGOV", "person")})
    assert "ASSAULT" in event_types(got)


def test_an_old_wars_act_in_a_relative_clause_is_history(coded):
    # nyt_2016-05-09_american-admiral-rattles-beijing.txt (published 2016)
    got = coded("In 1991, he flew over the Persian Gulf during a naval war in which the United States sank "
                "the Iraqi Navy in 48 hours.", {"United States": "USA", "Iraqi Navy": "IRQMIL"})
    assert "ASSAULT" not in event_types(got)


def test_travel_to_a_city_keeps_its_preposition(coded):
    # re3d US State Department 4174EF50EF8D9024BCC261D602202738: "to" is no particle
    got = coded("Question: Will the United States participate in the Paris meeting on Syria?\n\nAnswer: "
                "Deputy Secretary of State Tony Blinken will travel to Paris for tomorrow's multilateral "
                "meeting, convened by the French government, to discuss efforts to resolve the crisis in "
                "Syria.", {"Tony Blinken": "USAGOV", "Paris": "FRA", "United States": "USA"})
    assert "CONSULT" in event_types(got)


def test_a_treatys_relative_clause_keeps_its_own_time(coded):
    # tests/events/test_weak_type_precision.py: the treaty's date is not the withdrawal's
    got = coded("The treaty from which Russia withdrew was signed in 1987.", {"Russia": "RUS"})
    assert "RETREAT" in event_types(got)


def test_a_habit_of_a_kind_of_people_is_no_happening(coded):
    # ECB+ 12_8ecb.xml
    got = coded("In many hijackings, pirates take the crew and passengers hostage and demand a ransom.",
                {"pirates": "SOMCRM", "crew": "YEMCVL"})
    assert "ASSAULT" not in event_types(got)


def test_a_headline_in_the_present_is_a_happening(events):
    # ECB+ 12_14ecb.xml, as a present-tense headline (whole pipeline)
    got = events("Somali pirates seize Saudi supertanker.")
    assert any(kind == "ASSAULT" for _, _, kind in got)
