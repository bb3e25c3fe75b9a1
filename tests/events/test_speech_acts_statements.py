"""Speech acts in statements and news: dismay at an act, welcoming an accord between others, meetings named
"between" two sides, rebuttals and denials, acts weighed in talks, and what is no speech act (a place naming
an accord, advice to one's own state, an opinion, a participle).

Texts are from the re3d corpus (`corpora/re3d/UK Government/documents.json`, document id above each test)
and PolNeAR train articles (`corpora/polnear/train/text/`, file named above each test).
"""

from __future__ import annotations

from tests.conftest import CORPORA
from tests.events.conftest import keyed_events

from sitrep.events.lexicon import load_lexicon
from sitrep.events.modality import mode_of


# re3d UK Government 1718A3656CA87E3826A28BC3D041F024 (Philip Hammond on barrel bombs in Syria)
def test_dismay_at_an_attack_condemns_its_author(pipeline) -> None:
    found = keyed_events(pipeline, (
        "The Foreign Secretary Philip Hammond said:\n\nI am appalled by this latest brutal "
        "attack by Assad’s regime, just over a week after video footage emerged.\n"))
    assert ("GBR", "SYR", "ACCUSE", "asserted") in found


# re3d UK Government 33A216AD3A006BFF03390675E6C56594 (Tobias Ellwood welcomes a budget deal)
def test_welcoming_an_accord_between_others_supports_its_parties(pipeline) -> None:
    found = keyed_events(pipeline, (
        "Tobias Ellwood, Foreign Office Minister for the Middle East, said:\n\nI welcome the "
        "agreement reached yesterday between the Government of Iraq and the Kurdistan Regional "
        "Government on the issue of federal budget allocations.\n"))
    assert ("GBR", "IRQ", "SUPPORT", "asserted") in found
    assert not any(k == "CONSULT" for _, _, k, _ in found)  # an accord welcomed is no guest received


# nyt_2016-06-07_germany-pledges-to-expand-its-mi.txt: a pledge welcomed is praise, not a visit hosted
def test_a_pledge_welcomed_is_support_not_a_visit(pipeline) -> None:
    found = keyed_events(pipeline, (
        "By contrast, Berlin's pledge last month to add almost 7,000 soldiers to its military "
        "by 2023 was warmly welcomed by NATO allies."))
    assert ("NAT", "DEU", "SUPPORT", "asserted") in found
    assert not any(k == "CONSULT" for _, _, k, _ in found)


# nyt_2016-06-07_china-rebuts-american-criticism-.txt: the headline and a meeting named "between" two sides
def test_rebuttal_and_meetings_between_two_sides(pipeline) -> None:
    rebuttal = keyed_events(pipeline, "China rebuts American criticism on overcapacity.")
    assert ("CHN", "USA", "REJECT", "asserted") in rebuttal
    found = keyed_events(pipeline, (
        "Mr. Lou told a news briefing near the end of a day of annual meetings in Beijing "
        "between senior Chinese and American officials."))
    assert {("CHN", "USA", "CONSULT", "asserted"), ("USA", "CHN", "CONSULT", "asserted")} & found


# nyt_2016-05-09_american-admiral-rattles-beijing.txt: an accord only named "between" two sides is no event
def test_an_accord_only_named_between_two_sides_is_no_event(pipeline) -> None:
    found = keyed_events(pipeline, (
        "Then came a posting as the military adviser to Secretary of State Hillary Clinton, "
        "when he monitored the ''road map'' for the final status accord between Israel and the "
        "Palestinians."))
    assert not any(k == "AGREE" for _, _, k, _ in found)


# nyt_2016-04-23_even-signed-climate-deal-won-t-e.txt and
# nyt_2016-06-27_britain-s-exit-looms-over-clinto.txt: the city or the titled name of an accord is no
# party to it
def test_a_place_naming_an_accord_is_no_target(pipeline) -> None:
    found = keyed_events(pipeline, (
        "The leading Republicans, Donald J. Trump and Senator Ted Cruz, have questioned the "
        "science of climate change and criticized the Paris agreement."))
    assert not any(t == "FRA" for _, t, _, _ in found)
    found = keyed_events(pipeline, (
        "Mrs. Clinton is somewhat hemmed in by her record: She and her husband supported the "
        "North American Free Trade Agreement."))
    assert not any(k == "SUPPORT" for _, _, k, _ in found)


# nyt_2016-07-21_amid-discord-trump-claims-nomina.txt: an endorsement told in a relative clause in the perfect
def test_an_endorsement_in_a_relative_clause_iskeyed_events(pipeline) -> None:
    found = keyed_events(pipeline, (
        "Mr. McConnell, who has both endorsed Mr. Trump and criticized his campaign, offered "
        "a restrained embrace on Tuesday. Senator Mitch McConnell of Kentucky spoke. Donald J. "
        "Trump spoke."))
    assert ("USA", "USA", "SUPPORT", "asserted") in found


# nyt_2016-05-19_democrats-pressure-sanders-to-re.txt: the errand of a future act is planned
def test_the_purpose_of_a_future_act_is_planned(pipeline) -> None:
    # the request itself is no longer coded ("them" names no actor), so its mode is read off the parse
    # of the article's own sentence
    name = "nyt_2016-05-19_democrats-pressure-sanders-to-re.txt"
    text = (CORPORA / "polnear" / "train" / "text" / name).read_text(encoding="utf-8")
    sentence = next(line for line in text.splitlines() if "to ask them to stand" in line)
    ask = next(t for t in pipeline.nlp(sentence) if t.text == "ask")
    assert mode_of(ask, load_lexicon()) == "planned"


# nyt_2016-06-07_germany-pledges-to-expand-its-mi.txt and
# nyt_2016-06-15_global-sympathy-but-very-little-.txt: advice to one's own state and an opinion ("I think
# ... should") demand nothing
def test_advice_at_home_and_opinions_are_no_requests(pipeline) -> None:
    found = keyed_events(pipeline, (
        "Germany should expand its military ''as quickly as possible,'' said Mr. Bartels, a "
        "member of the center-left Social Democratic Party in the German Parliament."))
    assert not any(k == "REQUEST" for _, _, k, _ in found)
    found = keyed_events(pipeline, (
        "''I think the American government should tighten its gun control,'' said Gao Junlan, "
        "a lawyer in Beijing, China."))
    assert not any(k == "REQUEST" for _, _, k, _ in found)


# nyt_2016-04-28_nomination-almost-certain-clinto.txt: "pledged delegates" names delegates, no pledge
def test_a_participle_naming_a_thing_is_no_pledge(pipeline) -> None:
    found = keyed_events(pipeline, (
        "We're going to come back to Philadelphia with the most votes and the most pledged "
        "delegates, Hillary Clinton said of Senator Bernie Sanders."))
    assert not any(k == "AGREE" for _, _, k, _ in found)


# nyt_2016-06-08_durability-carries-clinton-to-he.txt: a promise with no one it is made to is a campaign
# pledge. PLOVER GSR dev PLOVER-GSR01-AGREE-0018: an agreement to resign is coded with no recipient
def test_a_lone_promise_is_dropped_and_a_lone_agreement_kept(pipeline) -> None:
    found = keyed_events(pipeline, (
        "Mrs. Clinton's campaign has been out of step with swaths of an angry electorate that has demanded "
        "more than the competence and hard work she promised to bring to the presidency."))
    assert not any(k == "AGREE" for _, _, k, _ in found)
    found = keyed_events(pipeline, (
        "Ousted President Askar Akayev has agreed to resign without returning to Kyrgyzstan, the Parliament "
        "speaker said Saturday."))
    assert ("KGZ", None, "AGREE", "asserted") in found
