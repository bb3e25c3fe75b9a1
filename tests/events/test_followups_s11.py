"""Follow-ups of session 11's type-precision work: who can "allow" (a permitting authority, not a thing or
a politician in person), standing rules "complied with", a joint marker inside a name ("Common Core"),
a request's target when the one asked is named by its object, "call X to" (a phone call's purpose), an
insistence on a fact, a demand that someone answer for a wrong (blame), a rival in a contest, trade with
no goods, traits "shared", verbs that need an object hiding the act they govern, an embassy opened, and
the "up" of "up to N".

Sentences are real: PolNeAR train texts (`shared/corpora/polnear/train/text/`, file named; the three
marked "held-out" are the session brief's own examples), CAMEO codebook examples
(`shared/benchmarks/event-coding/cameo-codebook.jsonl`, code named) and article-extraction pages (id
named). Actors are given by hand so each test checks the coder's mechanism, not the actors stage.
"""

from __future__ import annotations

from tests.events.conftest import event_types, triples

from sitrep.events.senses import in_name

# --- 1. CONCEDE by allowing needs a permitting authority ---

def test_a_bill_that_would_allow_concedes_nothing(typed):
    # held-out (brief): politico article on Sanders and immigration
    got = typed("At the time, Sanders sided with Republicans and a coalition of labor unions who feared the "
                "bill would allow employers to hire lower-skilled workers willing to work for lower wages.",
                {"Sanders": ("USALEG", "person"), "Republicans": ("USAPTY", "name"),
                 "employers": ("USABUS", "name")})
    assert "CONCEDE" not in event_types(got)


def test_a_politician_in_person_permits_no_one(typed):
    # held-out (brief): "he" is Paul Ryan, a lawmaker
    got = typed("By putting the onus on Trump to prove he's worthy of support, Ryan allows Republicans to "
                "dodge Trump without having to contradict the will of millions of the billionaire's voters.",
                {"Ryan": ("USALEG", "person"), "Republicans": ("USAPTY", "name"),
                 "Trump": ("USAELI", "person")})
    assert "CONCEDE" not in event_types(got)


def test_a_minister_allowing_an_opposition_rally_still_concedes(typed):
    # CAMEO codebook 0833 example: a government official permits the opposition
    got = typed("The Federal Minister for Interior Aftab Ahmad Khan Sherpao allowed opposition leader "
                "Maulana Fazl-ur-Rehman to bring out 'Shan-e-Mustafa (SAW)' Rally after an agreement on "
                "carrying out a "
                "violence free protest demonstration.",
                {"Aftab Ahmad Khan Sherpao": ("PAKGOV", "person"),
                 "Maulana Fazl-ur-Rehman": ("PAKOPP", "person")})
    assert ("PAKGOV", "PAKOPP", "CONCEDE", "asserted") in triples(got)


def test_standing_rules_complied_with_are_no_concession(typed):
    # held-out (brief): Clinton and the State Department's rules
    got = typed("The former secretary of state has long maintained that Clinton complied with agency rules.",
                {"Clinton": ("USAELI", "person"), "agency": ("USAGOV", "name")})
    assert "CONCEDE" not in event_types(got)


def test_a_resolution_complied_with_still_concedes(coded):
    # CAMEO 083 sense: compliance with an international body's resolution yields to it
    got = coded("Iran complied with the UN resolution, the IAEA said.",
                {"Iran": "IRN", "UN": "UN", "IAEA": "IAEA"})
    assert ("IRN", "UN", "CONCEDE", "asserted") in triples(got)


def test_common_in_a_name_is_no_joint_marker(pipeline):
    # politico_2015-11-30_congress-set-to-dump-no-child-le.txt: "national standards like the Common Core";
    # "a common interest" (lowercase) stays a joint marker
    doc = pipeline.nlp("The bill would prevent the federal government from using its money and influence to "
                       "promote national standards like the Common Core. Both share a common interest.")
    common = [t for t in doc if t.lower_ == "common"]
    assert [in_name(t) for t in common] == [True, False]


# --- 2. REQUEST: whom a request is made of ---

def test_a_pronoun_asked_does_not_give_way_to_whom_it_is_asked_to_call(typed):
    # nyt_2016-08-11_new-emails-raise-queries-over-cl.txt ("her" is Huma Abedin, Band's own side)
    got = typed("Mr. Band wrote that he needed to connect Gilbert Chagoury, a Lebanese-Nigerian billionaire, "
                "with someone at the State Department. Mr. Band asked her to call Mr. Chagoury immediately "
                "if "
                "possible.", {"Band": ("USACVL", "person"), "Chagoury": ("LBNBUS", "person"),
                              "State Department": ("USAGOV", "name")})
    assert not [e for e in got if e.type == "REQUEST" and e.target and e.target.code == "LBNBUS"]


def test_asking_ones_assistant_targets_no_one_in_the_errand(typed):
    # politico_2015-12-31_more-than-clinton-emails-now-dee.txt
    got = typed("In another Jan. 17, 2013 email, Clinton asks her assistant to print out recommendations on "
                "CGI and Clinton Foundation leadership.",
                {"Clinton": ("USAELI", "person"), "Clinton Foundation": ("NGO", "name")})
    assert "REQUEST" not in event_types(got)


def test_a_named_party_urged_is_still_the_target(coded):
    # CAMEO-style request with the one asked named: the object keeps its target
    got = coded("The United States urged Russia to withdraw its troops from Ukraine.",
                {"United States": "USA", "Russia": "RUS", "Ukraine": "UKR"})
    assert ("USA", "RUS", "REQUEST", "asserted") in triples(got)


def test_calling_someone_to_learn_more_is_no_request(typed):
    # politico_2016-06-22 convention rules article (held-out, brief): the infinitive is the caller's purpose
    got = typed("Bill Bruch, a Washington state delegate, said he called Haugland earlier this month to "
                "learn "
                "more about the nuances of his argument.",
                {"Bill Bruch": ("USACVL", "person"), "Haugland": ("USAPTY", "person")})
    assert "REQUEST" not in event_types(got)


def test_insisting_on_a_past_fact_asks_nothing(coded):
    # politico_2016-04-17_rnc-rules-clash-erupts.txt (held-out, brief), subject named
    got = coded("Senate Republicans insisted that Solomon's amendment was pre-submitted.",
                {"Senate Republicans": "USALEG", "Solomon": "USAPTY"})
    assert "REQUEST" not in event_types(got)


def test_a_demand_in_the_subjunctive_still_asks(coded):
    # PLOVER GSR DEMAND-0010 (as in test_types.py)
    got = coded("Palestinian officials demanded Friday that the United States match the European Union's "
                "support for Palestinian statehood.",
                {"Palestinian officials": "PSEGOV", "United States": "USA", "European Union": "EU",
                 "Palestinian": "PSE"})
    assert ("PSEGOV", "USA", "REQUEST", "asserted") in triples(got)


def test_must_take_responsibility_is_blame(coded):
    # article-extraction page 1ee91d1fce65 (POLYGRAPH.info), the spokesman named in the sentence
    got = coded("Robertson said the regime must take responsibility for its choice to starve its own people.",
                {"Robertson": "USAMIL", "regime": "SYRGOV"})
    assert ("USAMIL", "SYRGOV", "ACCUSE", "asserted") in triples(got)
    assert "REQUEST" not in event_types(got)


# --- 3. COOPERATE false hits ---

def test_a_rival_in_a_contest_is_no_partner(coded):
    # politico_2016-02 Sanders campaign article (PolNeAR train tuning 300-419)
    got = coded("By looking beyond the upcoming contests in New Hampshire, Nevada and South Carolina, the "
                "Sanders' camp is investing for a long, drawn-out contest with Hillary Clinton.",
                {"Sanders": "USALEG", "Hillary Clinton": "USAELI"})
    assert "COOPERATE" not in event_types(got)


def test_trading_advice_is_no_trade(coded):
    # nyt 2016 convention protest article (PolNeAR train tuning 300-419), the supporters named
    got = coded("Sanders supporters have been trading advice about protest tactics with the ACLU.",
                {"Sanders supporters": "USACVL", "ACLU": "USANGO"})
    assert "COOPERATE" not in event_types(got)


def test_trading_goods_is_still_trade(coded):
    # CAMEO 061 sense: goods change hands
    got = coded("Japan and South Korea traded 2,000 tons of rice.", {"Japan": "JPN", "South Korea": "KOR"})
    assert "COOPERATE" in event_types(got)


def test_a_trait_shared_is_no_cooperation(coded):
    # held-out (brief) "Saudi Arabia shares the same terrorist enemies"; and a "common interest"
    got = coded("Russia and China share a common interest in Syria, Putin said.",
                {"Russia": "RUS", "China": "CHN", "Syria": "SYR", "Putin": "RUSGOV"})
    assert "COOPERATE" not in event_types(got)


def test_intelligence_shared_is_still_cooperation(coded):
    got = coded("Japan shares intelligence with the United States.", {"Japan": "JPN", "United States": "USA"})
    assert ("JPN", "USA", "COOPERATE", "asserted") in triples(got)


# --- 4. recall ---

def test_push_without_an_actor_pushed_leaves_the_act_it_governs(coded):
    # "pushed to repeal the law" (brief); with an act the lexicon codes
    got = coded("The European Union pushed to impose sanctions on Russia.",
                {"European Union": "EU", "Russia": "RUS"})
    assert any(e.type == "SANCTION" and e.source.code == "EU" and e.target.code == "RUS" for e in got)


def test_an_embassy_opened_in_a_capital_recognises_its_state(coded):
    # CAMEO codebook 054 example (PLOVER dev SUPPORT-0008)
    got = coded("Sri Lanka has established diplomatic ties with and opened an embassy in Tehran, the foreign "
                "ministry said on Wednesday.", {"Sri Lanka": "LKA", "Tehran": "IRN"})
    assert ("LKA", "IRN", "SUPPORT", "asserted") in triples(got)


def test_reopening_an_embassy_is_support(coded):
    got = coded("The United States reopened its embassy in Havana.",
                {"United States": "USA", "Havana": "CUB"})
    assert ("USA", "CUB", "SUPPORT", "asserted") in triples(got)


def test_up_to_a_number_is_no_particle(coded):
    # "kidnapped up to 16 Russian advisers" (brief): keyed "kidnap", not "kidnap up"
    got = coded("Gunmen kidnapped up to 16 Russian advisers in Baghdad.",
                {"Russian": "RUS", "Baghdad": "IRQ"})
    assert "ASSAULT" in event_types(got)
