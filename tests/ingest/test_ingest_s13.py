"""Session 13: one-line errors for bad input. A malformed JSON or JSON Lines file says where the parser
stopped in words that read ("Unterminated string starting at column 10", not "starting at, column 10");
an archive or a PDF given for text names its format."""

from __future__ import annotations

import gzip
import io
import tarfile
import zipfile
from pathlib import Path

import pytest

from sitrep.errors import InputError
from sitrep.ingest.decode import decode_text
from sitrep.ingest.jsonl import read_json, read_jsonl
from sitrep.ingest.limits import Limits
from sitrep.ingest.paths import read_file
from sitrep.records import Problem


def test_jsonl_error_names_line_and_column() -> None:
    stream = io.BytesIO(b"{\"text\": \"A report.\"}\n{\"text\": \"abc")
    items = list(read_jsonl(stream, "feed.jsonl", Limits()))
    problem = items[1]
    assert isinstance(problem, Problem)
    assert str(problem) == "feed.jsonl:line 2: invalid JSON (Unterminated string starting at column 10)"


def test_jsonl_error_after_a_message_not_ending_in_at() -> None:
    items = list(read_jsonl(io.BytesIO(b'{"a": }\n'), "feed.jsonl", Limits()))
    assert str(items[0]) == "feed.jsonl:line 1: invalid JSON (Expecting value at column 7)"


def test_json_error_names_line_and_column() -> None:
    items = list(read_json('[\n{"text": "abc', "one.json", Limits()))
    assert len(items) == 1 and "\n" not in str(items[0])
    assert str(items[0]) == "one.json: invalid JSON (Unterminated string starting at line 2, column 10)"


# ---- binary input names the archive or document format its first bytes announce ----

_STORY = b"Russia is providing Iran with an unprecedented level of military assistance.\n"  # the seed's lead


def _zipped() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("story.txt", _STORY)
    return buffer.getvalue()


def _tarred() -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w") as archive:
        info = tarfile.TarInfo("story.txt")
        info.size = len(_STORY)
        archive.addfile(info, io.BytesIO(_STORY))
    return buffer.getvalue()


@pytest.mark.parametrize(("data", "named"), [
    (_zipped(), "a zip archive: unpack it first"),
    (_tarred(), "a tar archive: unpack it first"),
    (gzip.compress(_STORY), "gzip-compressed: name it .gz"),
    (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\x00\x00", "a PDF document: save its text first"),
])
def test_binary_refusal_names_the_format(data: bytes, named: str) -> None:
    with pytest.raises(InputError) as caught:
        decode_text(data, "story.txt")
    assert caught.value.message == f"binary file, not text ({named})"


def test_unknown_binary_keeps_the_plain_refusal() -> None:
    with pytest.raises(InputError) as caught:
        decode_text(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "photo.txt")
    assert caught.value.message == "binary file, not text"


def test_archive_error_is_one_line_naming_the_file(tmp_path: Path) -> None:
    path = tmp_path / "stories.zip"
    path.write_bytes(_zipped())
    [problem] = list(read_file(path))
    assert isinstance(problem, Problem)
    assert str(problem) == f"{path}: binary file, not text (a zip archive: unpack it first)"
    assert "\n" not in str(problem)


# ---- UTF-8 once read as cp1252 and saved again ("mojibake") is put back ----

def test_mojibake_is_put_back_with_a_note() -> None:
    # the seed's lead sentence as a page saved through a wrong encoding prints it
    story = "Russia is providing Iran with an “unprecedented” level of aid in exchange for Tehran’s drones."
    # a reader keeps the byte cp1252 leaves undefined (0x9D, last of "”") as a control character
    undefined = {0x81, 0x8D, 0x8F, 0x90, 0x9D}
    broken = "".join(chr(b) if b in undefined else bytes([b]).decode("cp1252")
                     for b in story.encode("utf-8")).encode("utf-8")
    decoded = decode_text(broken, "story.txt")
    assert decoded.text == story
    assert decoded.note == "UTF-8 read as cp1252 or Latin-1 before: put back on 1 line(s)"


@pytest.mark.parametrize("text", [
    "Não há café à noite, disse o presidente.",  # Portuguese: accented letters next to letters
    "«Perú» naïve Zoë résumé — 20°C",  # guillemets and a degree sign after accented letters
])
def test_latin_text_is_left_as_it_is(text: str) -> None:
    decoded = decode_text(text.encode("utf-8"), "story.txt")
    assert decoded.text == text and decoded.note is None
