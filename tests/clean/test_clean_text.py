"""Plain-text articles from real corpora: title, subtitle and header found by general rules."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from sitrep.clean import clean_document
from sitrep.clean.extracted import same_text
from sitrep.errors import CleanError
from sitrep.records import RawDocument

POLNEAR = ("corpora", "polnear", "train", "text")


def _raw(content: str, **meta: str) -> RawDocument:
    return RawDocument(origin="test", content=content, kind="text", id="t", **meta)


def test_polnear_titles_match_the_corpus_metadata(shared: Path) -> None:
    # PolNeAR's metadata.tsv gives each article's title; USA Today titles join headline and
    # standfirst with ";" where the text prints them on two lines, so those count as title + subtitle.
    with open(shared / "corpora" / "polnear" / "metadata.tsv", encoding="utf-8") as handle:
        titles = {row["filename"]: row["title"] for row in csv.DictReader(handle, delimiter="\t")}
    paths = sorted(shared.joinpath(*POLNEAR).glob("*.txt"))[::10]
    good = 0
    for path in paths:
        doc = clean_document(_raw(path.read_text(encoding="utf-8")))
        headline = " ".join(
            filter(None, [doc.title, doc.subtitle if (doc.title or "").endswith(";") else None])
        )
        good += same_text(headline, titles[path.stem])
        assert doc.title is None or doc.title not in doc.text.split("\n\n")[0]
    assert good >= 0.95 * len(paths)


def test_polnear_dateline_gives_agency_and_keeps_the_sentence(shared: Path) -> None:
    path = shared.joinpath(*POLNEAR, "breitbart_2016-03-01_the-latest-sanders-wins-minnesot.txt")
    doc = clean_document(_raw(path.read_text(encoding="utf-8")))
    assert doc.title == "The Latest: Sanders wins Minnesota Democratic caucuses."
    assert doc.publisher == "AP"
    assert doc.text.startswith("WASHINGTON (AP) — The Latest on campaign 2016")
    assert "___" not in doc.text


def test_re3d_sentence_per_line_text_keeps_its_first_sentence(shared: Path) -> None:
    # re3d documents have no header: one sentence per line, the title given apart (as JSONL would).
    line = (shared / "corpora" / "re3d" / "BBC Online" / "documents.json").read_text(encoding="utf-8-sig")
    record = json.loads(line.splitlines()[0])
    doc = clean_document(_raw(record["text"]))
    assert doc.title is None
    assert doc.text.startswith(record["text"].split("\n")[0])
    given = clean_document(_raw(record["text"], title=record["title"]))
    assert given.title == record["title"] and given.text == doc.text


def test_given_title_repeated_on_the_first_line_is_not_body() -> None:
    text = (
        "Russia giving Iran military aid\n\nRussia is providing Iran with an unprecedented level of "
        "military assistance, the White House said on Friday."
    )
    doc = clean_document(
        _raw(text, title="Russia giving Iran military aid", published="2022-12-09T08:00:00Z")
    )
    assert doc.text.startswith("Russia is providing") and doc.published == "2022-12-09"


def test_caption_echoing_the_headline_under_the_date_line_is_dropped() -> None:
    # modelled on the seed's layout with a caption that has no photo credit
    text = (
        "Flooding forces thousands from homes in eastern Libya\n\nReuters March 3, 2021\n"
        "Thousands forced from homes by flooding in Libya\n\n"
        "Flooding in eastern Libya has forced thousands of people from their homes, officials said on "
        "Wednesday, as rescue teams searched for the missing."
    )
    doc = clean_document(_raw(text))
    assert (doc.title, doc.publisher, doc.published) == (
        "Flooding forces thousands from homes in eastern Libya",
        "Reuters",
        "2021-03-03",
    )
    assert doc.text.startswith("Flooding in eastern Libya has forced")


def test_hard_wrapped_lines_are_joined_into_paragraphs() -> None:
    text = (
        "Ministers met in Brussels\n\nThe ministers met in Brussels on Monday to discuss the\n"
        "sanctions package, officials said.\n\nA second round is planned."
    )
    doc = clean_document(_raw(text))
    assert doc.text == (
        "The ministers met in Brussels on Monday to discuss the sanctions package, officials said."
        "\n\nA second round is planned."
    )


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "El presidente dijo el martes que las conversaciones con Rusia continuarán en Ginebra la próxima "
            "semana, según un comunicado del ministerio.",
            "es",
        ),
        (
            "Der Präsident sagte am Dienstag, dass die Gespräche mit Russland nächste Woche in Genf "
            "fortgesetzt werden, teilte das Ministerium mit.",
            "de",
        ),
    ],
)
def test_non_english_text_is_refused_with_the_language(text: str, language: str) -> None:
    with pytest.raises(CleanError, match=rf"not English \(detected: {language}\)") as info:
        clean_document(_raw(text))
    assert info.value.origin == "test"


def test_text_of_only_furniture_is_refused() -> None:
    with pytest.raises(CleanError, match="no article text"):
        clean_document(_raw("Most Read\nShare this article\nSign up for our newsletter"))


def test_overlong_body_is_refused() -> None:
    paragraph = "The talks went on late into the night, officials in Geneva said on Friday. "
    with pytest.raises(CleanError, match="more than the limit"):  # numbered: a repeated paragraph is dropped
        clean_document(_raw("\n\n".join(f"{number}. {paragraph * 10}" for number in range(300))))


# Headers as wire and broadcaster pages print them (layouts modelled on BBC, Reuters, Xinhua and
# Al Jazeera article pages; the story sentences are short stand-ins)
WIRE_HEADERS = [
    ("Ukraine war: US to send Patriot missiles, officials say\n\nBy Jane Doe\nBBC News\n\n"
     "13 December 2022\n\n"
     "The US is preparing to send Patriot air defence missiles to Ukraine, US officials have said.\n\n"
     "Kyiv has repeatedly asked for the system to counter Russian missile strikes.\n",
     "2022-12-13", "BBC News", "Jane Doe"),
    ("Turkey says it will not allow Sweden to join NATO until demands met\n\nBy Huseyin Hayatsever\n"
     "3 minute read\n\nANKARA, Dec 9 (Reuters) - Turkey will not approve Sweden's NATO membership until "
     "Stockholm meets its demands, the foreign minister said on Friday.\n\n"
     "He said more steps were needed.\n\n"
     "Reporting by Huseyin Hayatsever; Editing by Daren Butler\n",
     None, "Reuters", "Huseyin Hayatsever"),
    ("China, Saudi Arabia sign comprehensive strategic partnership agreement\n\n"
     "Source: Xinhua | 2022-12-09 10:22:31 | Editor: huaxia\n\n"
     "RIYADH, Dec. 8 (Xinhua) -- Chinese President Xi "
     "Jinping and Saudi King Salman on Thursday signed a strategic partnership agreement in Riyadh.\n\n"
     "The two sides agreed to hold a meeting between the heads of state every two years.\n",
     "2022-12-09", "Xinhua", None),
    ("Iran hangs first prisoner over protests\n\nRights groups condemn the execution of a man convicted of "
     "blocking a street.\n\nPublished On 8 Dec 2022\n\nIran has carried out the first known execution of a "
     "prisoner arrested during the protests, state media reported.\n\nAmnesty International condemned the "
     "hanging and urged Tehran to halt further executions.\n\nSOURCE: Al Jazeera and news agencies\n",
     "2022-12-08", "Al Jazeera", None),
]


@pytest.mark.parametrize(("text", "published", "publisher", "author"), WIRE_HEADERS)
def test_wire_and_broadcaster_headers_give_metadata_not_body(text: str, published: str | None,
                                                             publisher: str, author: str | None) -> None:
    doc = clean_document(RawDocument(origin="page", content=text, kind="text"))
    assert (doc.published, doc.publisher, doc.author) == (published, publisher, author)
    first = doc.text.split("\n\n")[0]
    assert first.split()[0] in {"The", "ANKARA,", "RIYADH,", "Iran"}  # no byline, outlet or reading time left
    assert "minute read" not in doc.text and "Editor:" not in doc.text and "SOURCE:" not in doc.text
