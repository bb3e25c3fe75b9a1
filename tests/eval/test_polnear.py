"""PolNeAR scoring: reading brat attributions and matching sitrep's speakers (corpora/polnear, train)."""

from __future__ import annotations

import pytest

from sitrep.errors import InputError
from sitrep.eval.polnear import articles, read_ann, score_polnear


def test_read_ann_gives_source_cue_and_content(shared):
    # the corpus README's sample: Source "his", Cue "written reply to"
    path = (shared / "corpora" / "polnear" / "train" / "attributions"
            / "breitbart_2015-11-19_exclusive-excerpt-dinesh-d-souza_6b86.ann")
    gold = read_ann(path)
    first = gold[0]
    assert first.source == [(440, 443)] and first.cue_text == "written reply to"
    assert any(len(g.content) == 2 for g in gold)  # discontinuous content spans are kept


def test_bad_brat_line_names_file_and_line(tmp_path):
    bad = tmp_path / "x.ann"
    bad.write_text("T1\tSource forty two\this\n", encoding="utf-8")
    with pytest.raises(InputError, match="line 1"):
        read_ann(bad)


def test_one_annotation_file_per_article(shared):
    pairs = articles(shared / "corpora" / "polnear", "annotator-training")
    assert len(pairs) == 4  # six annotators each, counted once


def test_score_on_a_few_train_articles(shared):
    result = score_polnear(shared / "corpora" / "polnear", "train", limit=3)
    assert result["articles"] == 3 and result["gold"] > 0
    assert result["matched_gold"] <= result["gold"] and result["matched_predicted"] <= result["predicted"]
    assert result["precision"] >= 0.5  # measured 0.76 on 40 train articles
    assert result["reporting_recall"] >= 0.5


def test_title_is_read_as_a_headline_and_matched(shared, tmp_path):
    # PolNeAR train huff-post_2016-07-31_clinton-says-russians-hacked-dnc: its title is attributed to Clinton;
    # a one-article corpus keeps only the title's two attributions
    name = "huff-post_2016-07-31_clinton-says-russians-hacked-dnc"
    train = shared / "corpora" / "polnear" / "train"
    text = (train / "text" / f"{name}.txt").read_text(encoding="utf-8")
    ann = sorted((train / "attributions").glob(f"{name}_*.ann"))[0]
    lines = ann.read_text(encoding="utf-8").splitlines()
    in_title = {line.split("\t")[0] for line in lines
                if line.startswith("T") and int(line.split("\t")[1].split()[1]) < text.index("\n")}
    kept = [line for line in lines if line.split("\t")[0] in in_title or (
        line.startswith("E") and all(arg.split(":")[1] in in_title for arg in line.split("\t")[1].split()))]
    for folder in ("text", "attributions"):
        (tmp_path / "one" / folder).mkdir(parents=True)
    (tmp_path / "one" / "text" / f"{name}.txt").write_text(text, encoding="utf-8")
    (tmp_path / "one" / "attributions" / ann.name).write_text("\n".join(kept) + "\n", encoding="utf-8")
    result = score_polnear(tmp_path, "one")
    assert result["gold"] == 2 and result["matched_gold"] >= 1  # "Clinton Says ..." and "..., Calls ..."
