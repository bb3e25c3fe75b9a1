"""Actors of international news: headline lists, pronouns after a possessive, "where" clauses,
"the president" after a personless office, rebels of the document's country, cities the tagger misreads.

Texts are excerpts of re3d documents (`shared/corpora/re3d/<folder>/documents.json`, position named)
and of an article-extraction page (`shared/benchmarks/article-extraction/html/<id>.html.gz`).
"""

from __future__ import annotations

from sitrep.actors.lexicon import gazetteer_country
from sitrep.records import Document


def _code(pipeline, text: str, title: str | None = None, published: str = "2016-06-01"):
    doc = Document(id="t", text=text, title=title, published=published)
    return next(iter(pipeline.code_documents([doc])))


def _person_codes(coded, name: str) -> set[str]:
    return {m.actor.code for m in coded.mentions if m.kind == "person" and m.text == name}


def test_headline_comma_list_does_not_title_the_first_name(pipeline):
    """re3d CENTCOM #6: the headline "Carter, Iraqi Prime Minister Discuss ..." is two people, not
    Carter the Iraqi prime minister; the body titles him Defense Secretary."""
    text = ("Defense Secretary Ash Carter today met with Iraqi Prime Minister Haider al-Abadi in Baghdad, "
            "where the two leaders discussed the campaign to liberate the Iraqi city of Mosul from Islamic "
            "State of Iraq and the Levant terrorists and other issues, according to a Defense Department "
            "news release.\nThe meeting focused on the military campaign to deliver ISIL a lasting defeat, "
            "and Carter complimented the prime minister on the performance of Iraqi security forces in the "
            "ongoing fight for Mosul, the release said.\n")
    coded = _code(pipeline, text, "Carter, Iraqi Prime Minister Discuss Next Moves in Mosul Fight")
    assert {c[:3] for c in _person_codes(coded, "Carter")} == {"USA"}


def test_pronoun_in_a_clause_takes_the_possessive_of_its_sentence(pipeline):
    """re3d UK Government #22: "Assad's 'war' on ISIL is a sham and that he supports them" is Assad,
    not the Foreign Secretary quoted three sentences before."""
    text = ("Philip Hammond said: The UK has worked tirelessly with other member states to secure 13 new EU "
            "sanctions listings on Syria. We have also agreed to target individuals supplying oil to the "
            "regime, including George Haswani, a middleman buying oil from ISIL on behalf of the regime. "
            "This listing gives yet another indication that Assad’s “war” on ISIL is a sham and that he "
            "supports them financially.")
    coded = _code(pipeline, text)
    he = [m for m in coded.mentions if m.kind == "pronoun" and m.text == "he"]
    assert he and he[-1].actor.code[:3] == "SYR"


def test_officials_in_a_where_clause_are_the_places(pipeline):
    """re3d US State Department #20: "visit the Iraqi Kurdistan Region ..., where he will meet with
    senior regional government officials" are Iraq's officials."""
    text = ("Deputy Secretary Blinken will then visit the Iraqi Kurdistan Region on November 23, where he "
            "will meet with senior regional government officials to continue discussions on our efforts to "
            "degrade and defeat Daesh as well as our response to the urgent humanitarian and refugee crises "
            "in Iraq.")
    coded = _code(pipeline, text)
    officials = [m for m in coded.mentions if m.text.endswith("government officials")]
    assert officials and officials[0].actor.code == "IRQGOV"


def test_the_president_is_the_named_president_not_a_personless_office(pipeline):
    """Article-extraction page 04a6711c... (nytimes.com opinion, 2019-11-19): after "the president of
    Ukraine", "the president's phone calls" are still President Trump's."""
    text = ("A new ABC News poll shows majority support for impeachment and even removal. Fifty-one percent "
            "say that “President Trump’s actions were wrong and he should be impeached by the House and "
            "removed from office by the Senate.” A similarly fresh Reuters poll also shows that most "
            "Americans want Congress to investigate Trump if he “committed impeachable offenses during his "
            "conversation with the president of Ukraine.”\n\nWorried about backlash and committed to "
            "restraint, House Democrats have limited their impeachment inquiry to the Ukraine scandal.\n\n"
            "But it’s also possible that there’s still opportunity for an even broader investigation that "
            "tackles everything from White House involvement in Ukraine and the president’s phone calls "
            "with other foreign leaders.")
    coded = _code(pipeline, text, published="2019-11-19")
    later = [m for m in coded.mentions if m.kind == "description" and m.text.lower().endswith("president")]
    assert later and later[-1].actor.code[:3] == "USA"


def test_gazetteer_knows_cities_the_phrase_files_lack():
    """GeoNames cities: "Kharkiv" and "Goma" have a country; a name shared by big cities of two
    countries ("Odessa", Ukraine and Texas) has none."""
    assert gazetteer_country("Kharkiv") == "UKR"
    assert gazetteer_country("Goma") == "COD"
    assert gazetteer_country("Odessa") is None
