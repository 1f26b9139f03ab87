"""Reading PolNeAR brat standoff: which lines count, which annotator, which date, which errors."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from brat_helpers import AnnBuilder, at, t_line, write_article, write_metadata

from quotetrail.errors import EvalError
from quotetrail.evaluate.polnear import PolnearCorpus, article_name, parse_ann
from quotetrail.model import Span

FERRY = (
    "“We will not raise the ferry tolls this winter,” Mayor Lena Vask told the Corvale Ledger on Tuesday.\n"
    "She said the harbour budget was balanced for once.\n"
    "“The tolls stay,” Vask said, “and so does the night ferry.”\n"
)


def ferry_ann() -> AnnBuilder:
    ann = AnnBuilder(FERRY)
    ann.attribution(
        content=[at(FERRY, "We will not raise the ferry tolls this winter,")],
        cue=[at(FERRY, "told")],
        source=[at(FERRY, "Mayor Lena Vask")],
    )
    ann.attribution(
        content=[at(FERRY, "the harbour budget was balanced for once")],
        cue=[at(FERRY, "said")],
        source=[at(FERRY, "She")],
    )
    ann.attribution(
        content=[at(FERRY, "The tolls stay,"), at(FERRY, "and so does the night ferry.")],
        cue=[at(FERRY, "said", 2)],
        source=[at(FERRY, "Vask", 2)],
    )
    return ann


def parse(text: str, ann: str) -> tuple:
    return parse_ann(ann, text_length=len(text), source="test.ann")


def test_reads_each_attribution_with_its_roles(tmp_path: Path) -> None:
    write_article(tmp_path, "ledger_2016-11-02_ferry-tolls", FERRY, ferry_ann())
    (article,) = PolnearCorpus(tmp_path).articles()
    assert article.name == "ledger_2016-11-02_ferry-tolls"
    assert article.text == FERRY
    first, second, third = article.attributions
    assert first.source == (at(FERRY, "Mayor Lena Vask"),)
    assert first.cue == (at(FERRY, "told"),)
    assert second.source[0].text_of(FERRY) == "She"
    assert [p.text_of(FERRY) for p in third.content] == ["The tolls stay,", "and so does the night ferry."]


def test_pieces_are_sorted_whatever_order_the_file_gives() -> None:
    text = "“Bridges first,” the minister said, “then the roads.”"
    first, second = at(text, "Bridges first,"), at(text, "then the roads.")
    ann = "\n".join(
        [
            t_line(1, "Content", text, second, first),
            t_line(2, "Cue", text, at(text, "said")),
            "E1\tAttribution:T2 Content:T1 Cue:T2",
        ]
    )
    (attribution,) = parse(text, ann)
    assert attribution.content == (first, second)


def test_missing_source_gives_an_empty_role() -> None:
    text = "Fares will double next spring, the transit board warned."
    ann = AnnBuilder(text).attribution(
        content=[at(text, "Fares will double next spring")], cue=[at(text, "warned")]
    )
    (attribution,) = parse(text, ann.render())
    assert attribution.source == ()
    assert attribution.cue == (at(text, "warned"),)


def test_second_content_role_is_more_content() -> None:
    text = "The senator said the plan was dead. It would never pass, he added."
    content, more = at(text, "the plan was dead"), at(text, "It would never pass")
    ann = (
        t_line(1, "Source", text, at(text, "The senator"))
        + "\n"
        + t_line(2, "Cue", text, at(text, "said"))
        + "\n"
        + t_line(3, "Content", text, content)
        + "\n"
        + t_line(4, "Content", text, more)
        + "\n"
        + "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3 Content2:T4\n"
    )
    (attribution,) = parse(text, ann)
    assert attribution.content == (content, more)


def test_notes_discards_and_continuation_lines_are_ignored() -> None:
    text = "Officials said the dam was safe.\n\nNobody asked the farmers downstream."
    ann = "\n".join(
        [
            t_line(1, "Source", text, at(text, "Officials")),
            t_line(2, "Cue", text, at(text, "said")),
            # a span whose text runs over two lines, as brat writes them
            "T3\tContent 15 31;34 41\tthe dam was safe",
            "",
            "Nobody",
            "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3",
            "#1\tAnnotatorNotes T3\tShould the second paragraph count?",
            t_line(4, "Discuss", text, at(text, "Nobody asked the farmers")),
            t_line(5, "Discard", text, at(text, "downstream")),
            "A1\tUncertain T3",
            "R1\tSupports Arg1:T1 Arg2:T3",
        ]
    )
    (attribution,) = parse(text, ann)
    assert attribution.source == (at(text, "Officials"),)
    assert attribution.content == (Span(15, 31), Span(34, 41))


def test_first_annotator_in_sorted_order_is_used(tmp_path: Path) -> None:
    one = AnnBuilder(FERRY).attribution(content=[at(FERRY, "the harbour budget was balanced for once")])
    write_article(tmp_path, "ledger_x", FERRY, ferry_ann(), annotator="ff00")
    write_article(tmp_path, "ledger_x", FERRY, one, annotator="0a0a")
    corpus = PolnearCorpus(tmp_path)
    assert [f.ann_path.name for f in corpus.files] == ["ledger_x_0a0a.ann"]
    (article,) = corpus.articles()
    assert len(article.attributions) == 1


@pytest.mark.parametrize(
    ("file_name", "article"),
    [
        ("ledger_2016-11-02_ferry-tolls_4e07.ann", "ledger_2016-11-02_ferry-tolls"),
        ("plain_ab12.ann", "plain"),
        ("nounderscore.ann", "nounderscore"),
    ],
)
def test_article_name_drops_only_the_annotator(file_name: str, article: str) -> None:
    assert article_name(Path(file_name)) == article


def test_articles_are_streamed_in_name_order_and_limited(tmp_path: Path) -> None:
    for name in ("c_story", "a_story", "b_story"):
        write_article(tmp_path, name, FERRY, ferry_ann())
    corpus = PolnearCorpus(tmp_path)
    assert [a.name for a in corpus.articles()] == ["a_story", "b_story", "c_story"]
    assert [a.name for a in corpus.articles(limit=2)] == ["a_story", "b_story"]


def test_flat_directory_with_text_and_annotations_side_by_side(tmp_path: Path) -> None:
    (tmp_path / "ferry.txt").write_text(FERRY, encoding="utf-8")
    (tmp_path / "ferry_a1b2.ann").write_text(ferry_ann().render(), encoding="utf-8")
    (article,) = PolnearCorpus(tmp_path).articles()
    assert len(article.attributions) == 3


def test_offsets_count_carriage_returns_as_stored(tmp_path: Path) -> None:
    text = "Headline\r\nThe governor said taxes would fall.\r\n"
    ann = AnnBuilder(text).attribution(
        content=[at(text, "taxes would fall")], cue=[at(text, "said")], source=[at(text, "The governor")]
    )
    write_article(tmp_path, "crlf", text, ann)
    (article,) = PolnearCorpus(tmp_path).articles()
    (attribution,) = article.attributions
    assert attribution.content[0].text_of(article.text) == "taxes would fall"


def test_publication_date_comes_from_metadata_beside_or_above(tmp_path: Path) -> None:
    split = tmp_path / "dev"
    write_article(split, "dated", FERRY, ferry_ann())
    write_article(split, "undated", FERRY, ferry_ann())
    write_article(split, "garbled", FERRY, ferry_ann())
    write_metadata(tmp_path, {"dated": "2016-11-02", "garbled": "sometime in autumn"})
    by_name = {a.name: a.publication_date for a in PolnearCorpus(split).articles()}
    assert by_name == {"dated": date(2016, 11, 2), "undated": None, "garbled": None}


def test_no_metadata_means_no_dates(tmp_path: Path) -> None:
    write_article(tmp_path / "dev", "ferry", FERRY, ferry_ann())
    (article,) = PolnearCorpus(tmp_path / "dev").articles()
    assert article.publication_date is None


def test_fingerprint_follows_content_not_location(tmp_path: Path) -> None:
    write_article(tmp_path / "one" / "dev", "ferry", FERRY, ferry_ann())
    write_metadata(tmp_path / "one", {"ferry": "2016-11-02"})
    shutil.copytree(tmp_path / "one", tmp_path / "two")
    first = PolnearCorpus(tmp_path / "one" / "dev").fingerprint()
    assert first == PolnearCorpus(tmp_path / "two" / "dev").fingerprint()
    assert len(first) == 64
    (tmp_path / "two" / "dev" / "text" / "ferry.txt").write_text(FERRY.replace("Tuesday", "Monday"))
    assert PolnearCorpus(tmp_path / "two" / "dev").fingerprint() != first
    write_metadata(tmp_path / "one", {"ferry": "2016-11-03"})
    assert PolnearCorpus(tmp_path / "one" / "dev").fingerprint() != first


BAD_ANNOTATIONS = [
    pytest.param(f"T1\tSource 0 {len(FERRY) + 5}\tMayor\n", "past the end of the text", id="span-past-end"),
    pytest.param("T1\tSource 9 3\tMayor\n", "ends before it starts", id="span-backwards"),
    pytest.param("T1\tSource 5\tMayor\n", "is not 'start end", id="span-one-number"),
    pytest.param("T1\tSource three 9\tMayor\n", "malformed span line", id="span-words"),
    pytest.param("T1\tCue 69 73\ttold\nE1\tAttribution:T1 Source:T7\n", "refers to T7", id="dangling-ref"),
    pytest.param(
        "T1\tCue 69 73\ttold\nE1\tAttribution:T1 Source\n", "is not 'Role:T<n>'", id="role-no-colon"
    ),
]


@pytest.mark.parametrize(("ann", "message"), BAD_ANNOTATIONS)
def test_malformed_annotation_files_raise_eval_error_naming_file_and_line(
    tmp_path: Path, ann: str, message: str
) -> None:
    ann_path = write_article(tmp_path, "ferry", FERRY, ann)
    corpus = PolnearCorpus(tmp_path)
    with pytest.raises(EvalError, match=message) as caught:
        list(corpus.articles())
    assert f"{ann_path}:" in str(caught.value)


def test_missing_directory_is_an_eval_error(tmp_path: Path) -> None:
    with pytest.raises(EvalError, match="PolNeAR directory not found") as caught:
        PolnearCorpus(tmp_path / "nowhere")
    assert str(tmp_path / "nowhere") in str(caught.value)


def test_directory_without_annotations_is_an_eval_error(tmp_path: Path) -> None:
    (tmp_path / "text").mkdir()
    (tmp_path / "text" / "ferry.txt").write_text(FERRY)
    with pytest.raises(EvalError, match=r"no \.ann files"):
        PolnearCorpus(tmp_path)


def test_annotations_without_their_text_are_an_eval_error(tmp_path: Path) -> None:
    write_article(tmp_path, "ferry", FERRY, ferry_ann())
    (tmp_path / "text" / "ferry.txt").unlink()
    with pytest.raises(EvalError, match="text file missing") as caught:
        PolnearCorpus(tmp_path)
    assert "ferry.txt" in str(caught.value)


def test_text_that_is_not_utf8_is_an_eval_error(tmp_path: Path) -> None:
    write_article(tmp_path, "ferry", FERRY, ferry_ann())
    (tmp_path / "text" / "ferry.txt").write_bytes(b"Le maire a d\xe9clar\xe9 la guerre aux p\xe9ages.")
    with pytest.raises(EvalError, match="not UTF-8") as caught:
        list(PolnearCorpus(tmp_path).articles())
    assert "ferry.txt" in str(caught.value)


def test_metadata_without_the_needed_columns_is_an_eval_error(tmp_path: Path) -> None:
    write_article(tmp_path, "ferry", FERRY, ferry_ann())
    (tmp_path / "metadata.tsv").write_text("name\twhen\nferry\t2016-11-02\n")
    with pytest.raises(EvalError, match="publication_date"):
        PolnearCorpus(tmp_path)


def test_a_byte_order_mark_before_the_first_annotation_is_ignored(tmp_path: Path) -> None:
    ann_path = write_article(tmp_path, "ferry", FERRY, ferry_ann())
    ann_path.write_bytes(b"\xef\xbb\xbf" + ann_path.read_bytes())
    (article,) = PolnearCorpus(tmp_path).articles()
    assert len(article.attributions) == 3
    assert article.attributions[0].source == (at(FERRY, "Mayor Lena Vask"),)


def test_an_empty_annotation_file_is_an_article_without_attributions(tmp_path: Path) -> None:
    write_article(tmp_path, "ferry", FERRY, "")
    (article,) = PolnearCorpus(tmp_path).articles()
    assert article.attributions == ()
