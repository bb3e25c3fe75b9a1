"""Wire datelines read by `sitrep.clean.header` (the one dateline reader), the doubled stop after an
initialism (`sitrep.clean.article`) and the language gate's English runner-up (`sitrep.clean.language`)."""

from sitrep.clean.article import clean_document
from sitrep.clean.header import dateline_agency, dateline_spans
from sitrep.clean.language import detect_language
from sitrep.records import RawDocument

# article-extraction benchmark, page d605bdef...: a dateline with no dash before the story
CNN = ("Hong Kong (CNN Business) A muddled view of US-China trade talks once again seems to be weighing on "
       "markets.")
# TimeBank APW19980227.0468: the AP's 1990s wire copy puts an underscore after the agency
MOSCOW = ("MOSCOW (AP)_ The mayor of Moscow has allocated funds to help build a museum in honor of Mikhail "
          "Kalashnikov, the Russian who gave his name to the world's most widely wielded weapon.")
# article-extraction benchmark, page c58aa507...: a place in capitals and a dash, no agency
PRISON = "WASHINGTON – Two federal prison officers were charged Tuesday with falsifying records."
# PolNeAR train huff-post_2016-05-02_huffpollster-indiana-s-gop-prima: a heading in capitals, no dateline
HEADING = ("INDIANA’S DEMOGRAPHICS FAVOR CRUZ, BUT ECONOMY FAVORS TRUMP - David Wasserman: “Indiana, which "
           "borders Ohio, should be fertile territory for Kasich.”")
# PolNeAR train (a debate transcript): a speaker's name and a colon is no dateline
SPEAKER = "TRUMP: The deaths of Alton Sterling in Louisiana and Philando Castile in Minnesota were tragic."


def _opening(text: str) -> str:
    spans = dateline_spans(text)
    return text[spans[0][0]:spans[0][1]] if spans else ""


def test_a_dateline_run_into_its_story_is_read():
    assert _opening(CNN) == "Hong Kong (CNN Business) "
    assert dateline_agency(CNN) == "CNN Business"


def test_a_name_and_its_acronym_before_a_capital_are_no_dateline():
    # PolNeAR-style prose: the bracket abbreviates the name before it
    assert _opening("Human Rights Watch (HRW) Director Kenneth Roth said the report was damning.") == ""


def test_the_wire_underscore_closes_a_dateline():
    assert _opening(MOSCOW) == "MOSCOW (AP)_ "
    assert dateline_agency(MOSCOW) == "AP"


def test_a_place_in_capitals_and_a_dash_is_a_dateline_but_a_heading_or_a_speaker_is_not():
    assert _opening(PRISON) == "WASHINGTON – "
    assert _opening(HEADING) == ""
    assert _opening(SPEAKER) == ""


def test_a_known_place_run_into_a_story_opener_is_a_dateline():
    # TimeBank's MOSCOW story as snippets print it, agency dropped
    assert _opening(MOSCOW.replace("(AP)_ ", "")) == "MOSCOW "
    assert _opening("Washington Post reporters said on Monday that the paper would appeal.") == ""


def test_datelines_opening_later_paragraphs_are_found_too():
    text = "A headline over the story\n\n" + PRISON
    assert [text[a:b] for a, b in dateline_spans(text)] == ["WASHINGTON – "]


def test_an_initialisms_doubled_stop_is_one_stop():
    # the U.S.. typo of wire snippets; "U.S..." (an ellipsis) is left alone
    raw = RawDocument(origin="t", kind="text",
                      content="Iranian officials have criticized the new U.S.. Senate sanctions bill against "
                              "Tehran. They warned the U.S... and left.")
    text = clean_document(raw).text
    assert "new U.S. Senate" in text
    assert "the U.S... and" in text


def test_english_as_a_close_runner_up_is_english():
    # PolNeAR train breitbart_2016-02-20_the-latest: langid scores it Nigerian Pidgin 0.35, English 0.31
    cruz = "Texas Sen. Ted Cruz and Florida Sen. Marco Rubio are in close race for second."
    assert detect_language(cruz)[0] == "en"
    # a page in another language leaves English near 0: still refused
    assert detect_language("Der Präsident hat am Montag in Berlin eine Rede gehalten und die Regierung "
                           "scharf kritisiert.")[0] == "de"
