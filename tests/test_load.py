"""Stage 1: reading articles, removing page furniture, splitting sentences.

Inputs are the files in ``tests/data/articles/``, each named after the
behaviour it shows; they are invented news text, not copies of the seeds.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.ingest import ArticleError, Furniture, decode, parse
from briefing.ingest import read_folder as load_articles

ARTICLES = Path(__file__).parent / "data" / "articles"


@pytest.fixture(scope="module")
def furniture() -> Furniture:
    return Furniture.load()


def load(name: str, furniture: Furniture):  # type: ignore[no-untyped-def]
    return parse(decode((ARTICLES / name).read_bytes()), name, furniture)


# -- page furniture -------------------------------------------------------------------------------


def test_comment_form_ends_the_article(furniture: Furniture) -> None:
    article = load("article_with_comment_form.txt", furniture)
    assert "400 sites" in article.text
    assert "Leave a Reply" not in article.text
    assert "email address" not in article.text
    assert "Comment text from a reader" not in article.text  # everything after the form goes
    assert "Name Email Website" not in article.text
    assert article.removed[0] == "Leave a Reply"
    assert len(article.paragraphs) == 2


def test_a_comment_button_above_the_story_ends_nothing(furniture: Furniture) -> None:
    # a page's "Comment" and "Share" buttons stand above the story: they are dropped,
    # the story kept (an end marker ends the article only after its text began)
    text = (
        "Pakistan suspends trade with India\n\nComment\n\nShare\n\n"
        "Messenger Messenger Pinterest LinkedIn\n\n"
        "Pakistan on Wednesday decided to suspend bilateral trade with India.\n\n"
        "Comment\n\nA reader wrote this.\n"
    )
    article = parse(text, "x.txt", furniture)
    assert article.paragraphs == (
        "Pakistan on Wednesday decided to suspend bilateral trade with India.",
    )
    assert "Messenger Messenger Pinterest LinkedIn" in article.removed
    assert "A reader wrote this." in article.removed


def test_a_site_list_of_latest_headlines_ends_the_story_only_after_it(
    furniture: Furniture,
) -> None:
    text = (
        "Sri Lanka asks India to remove barriers\n\nLatest News\n\n"
        "Sri Lanka asked India to remove trade barriers.\n\n"
        "Latest Headlines in Sri Lanka\n\n- IMF talks with Sri Lanka conclude\n"
    )
    article = parse(text, "x.txt", furniture)
    assert article.paragraphs == ("Sri Lanka asked India to remove trade barriers.",)
    assert "- IMF talks with Sri Lanka conclude" in article.removed


def test_a_byline_a_caption_credit_and_numbered_comments_are_furniture(
    furniture: Furniture,
) -> None:
    text = (
        "Hackers stole emails\n\nFirst paragraph is here.\n\n- By David Menzies\n\n"
        "Hackers stole emails in 2023. | Ritchie B. Tongo/EPA-EFE\n\n"
        "More text follows here.\n\n1. David Emery said:\n\nGreat piece.\n"
    )
    article = parse(text, "x.txt", furniture)
    assert article.paragraphs == (
        "First paragraph is here.",
        "Hackers stole emails in 2023.",
        "More text follows here.",
    )
    assert "Great piece." in article.removed
    stamps = "Published: 28 Jun 2022 05:27 PM BdST Updated: 28 Jun 2022 05:27 PM BdST"
    assert furniture.drops_line(stamps)
    assert not furniture.drops_line("Updated rules were published in May and updated in June.")
    # (a sentence that opens with "By" is text)
    kept = parse("Headline\n\nBy contrast China banned it.\n", "x.txt", furniture)
    assert kept.paragraphs == ("By contrast China banned it.",)


def test_related_articles_list_ends_the_article(furniture: Furniture) -> None:
    article = load("article_with_trailing_related_links.txt", furniture)
    assert article.paragraphs[-1].startswith("Engineers said the network")
    for title in (
        "Related Articles",
        "Airport operator picks vendor",
        "electric tugs",
        "trackside sensors",
    ):
        assert title not in article.text
    assert "Rail company signs deal for trackside sensors" in article.removed


def test_a_wires_contact_lines_end_the_article(furniture: Furniture) -> None:
    text = (
        "Headline\n\nThe US sanctioned two officials.\n\n"
        "To contact the reporter on this story: Sarah McGregor in Washington at "
        "smcgregor5@example.net To contact the editors responsible for this story: "
        "Brendan Murray at brmurray@example.net Sarah McGregor, Ben Holland\n"
    )
    article = parse(text, "x.txt", furniture)
    assert article.text == "The US sanctioned two officials."
    assert "Holland" not in article.text


def test_navigation_ad_blocker_and_photo_credit_lines_are_dropped(furniture: Furniture) -> None:
    article = load("article_with_page_furniture.txt", furniture)
    for line in (
        "Photo by Anna Berg",
        "Back to top button",
        "Adblock Detected",
        "Please consider supporting us by disabling your ad blocker",
    ):
        assert line not in article.text
        assert line in article.removed
    # a dropped line does not end the article: the text after it stays
    assert article.paragraphs == (
        "Lawmakers on the transport committee asked on Monday how much it would cost "
        "operators to replace older network equipment.",
        "The committee will publish its findings after the summer recess, a spokesperson said.",
    )


def test_photo_credit_under_the_headline_is_not_the_publisher(furniture: Furniture) -> None:
    article = load("article_with_photo_credit_under_headline.txt", furniture)
    assert article.publisher is None
    assert "Photo by Lars Holm" in article.removed
    assert "Lars Holm" not in article.text


@pytest.mark.parametrize(
    "line",
    [
        "Delegates queue at the Qualcomm booth in Las Vegas. (Robyn Beck/AFP via Getty Images)",
        "Ministers pose for a picture. (Credit: LEAH MILLIS/POOL/AFP via Getty Image)",
        "Starlink is expanding its footprint across the continent. / Getty",
        "Alex Wong via Getty Images",
        "The coast guard stopped the tanker last December. (AP PHOTO) Credit: AAP",
        "Protesters gather outside the embassy. (AP Photo)",
        # a link to another article
        "Explore further: US moves to block Chinese purchase of German tech firm Aixtron (Update)",
        "Read more: Sweden bans Huawei from its 5G networks",
        "Read: Russia warns EU of rising energy prices.",
        "READ ALSO: Danish mobile network failure hits 450,000 customers",
        # a byline, an author's bio, a photo's licence
        "Author: Dave DeCamp",
        "Mary Cunningham is a reporter for CBS MoneyWatch. Before joining, she worked at CBS.",
        "As a content writer at example.com, I am Jane Doe, a wordsmith with a love for stories.",
        "“BMW Parking” by Elizabeth Cooper is licensed under CC BY-NC 2.0",
        # a photographer and agency alone on a line, a social prompt
        "Tongo, EPA",
        "Follow us",
        # captions dated by the photo, and a page's date lines
        "Deepseek and OpenAI logos are seen in this illustration taken January 27, 2025. — Reuters",
        "Semiconductor chips are seen in this illustration picture taken Feb 17, 2023. [Photo/Agencies]",
        "FILE - The Facebook app icon is seen on a smartphone, Feb. 28, 2023, in Marple Township, Pa. (AP)",
        "A Hydro Quebec logo is seen in Montreal, Feb. 26, 2015. THE CANADIAN PRESS/Ryan Remiorz",
        "Nov 03, 2021 • 6 hours ago • 1 minute read",
        "Xinhua, September 24, 2015 Adjust font size:",
        "Image: REUTERS/Souleymane Camara NO RESALES. NO ARCHIVES Prime Minister Fofana meets "
        "special forces commander Mamady Doumbouya, who ousted President Alpha Conde.",
        # an image embedded in the scraped text, its alt text a caption
        '<image>data:image/s3,"s3://crabby-images/aa8df/aa8dfd1f1ede0e2542eb2ff745ee1e7fafe51566" alt="DeepSeek App Removed from Apple and Google Stores in Italy"</image>',
        "![Huawei logo at a trade fair](https://example.com/huawei.png)",
        # captions ending with their credit, and bylines alone on their line
        "A Huawei logo at Kongens Nytorv in Copenhagen. Photo: Asger Ladefoged/Ritzau Scanpix",
        "A rocket enters orbit over Encinitas, California, the US. Picture: REUTERS/MIKE BLAKE",
        "Photograph: Code on screens in Danbury, U.K., on Monday. Photo credit: Chris Ratcliffe/Bloomberg",
        "Coupang's headquarters in Songpa District, southern Seoul in August [NEWS1]",
        "Vice President Hugo Velázquez in campaign. Photo: Twitter/@HVelazquezPy",
        # a social or login prompt
        "Like us on Facebook and follow us on Twitter.",
        "Log in to Twitter or Facebook account to connect",
    ],
)
def test_a_photo_caption_or_a_link_line_is_dropped(furniture: Furniture, line: str) -> None:
    body = "Norway banned the vendor on Monday."
    article = parse(f"Headline\n\n{line}\n\n{body}\n", "x.txt", furniture)
    assert article.text == body
    assert line in article.removed


@pytest.mark.parametrize(
    "line", ["By Spy Uganda Correspondent", "By MAURICIO SAVARESE and DAVID BILLER"]
)
def test_a_byline_alone_on_its_line_is_dropped(furniture: Furniture, line: str) -> None:
    body = "Norway banned the vendor on Monday."
    article = parse(f"Headline\n\nOslo Daily\n\n{line}\n\n{body}\n", "x.txt", furniture)
    assert article.text == body
    assert line in article.removed


@pytest.mark.parametrize(
    "line",
    [
        "The ministry said the ban would stand (Reuters reported).",
        "The photo agency was sold to Getty Images.",
        "Evan Gershkovich, a reporter for the Wall Street Journal, was released by Russia.",
        "The illustration in the report showed how the hackers had entered the network.",
        "Reading it takes about 5 minutes, the regulator said of its new rules.",
        "By Friday the ministry had lifted the ban on imports/exports.",
        "The rules apply to the EU [and] the UK.",
    ],
)
def test_a_sentence_naming_an_agency_is_kept(furniture: Furniture, line: str) -> None:
    assert parse(f"Headline\n\n{line}\n", "x.txt", furniture).text == line


def test_a_teasers_link_to_the_full_story_ends_the_article(furniture: Furniture) -> None:
    text = (
        "Texas bans apps\n\nTexas banned DeepSeek on Wednesday.\n\nRead Full Article Here\n\n"
        "Recent Articles\n\nElon Musk to visit the Pentagon\n"
    )
    article = parse(text, "x.txt", furniture)
    assert article.text == "Texas banned DeepSeek on Wednesday."
    assert "Elon Musk" not in article.text


def test_related_title_glued_to_a_paragraph_is_cut_off(furniture: Furniture) -> None:
    article = load("article_with_related_title_glued_to_paragraph.txt", furniture)
    assert article.paragraphs[0].startswith("The plan announced on Wednesday")
    assert "Telecom Daily" not in article.text
    assert "Nordic operators pick new vendors" not in article.text
    assert article.removed == (
        "Nordic operators pick new vendors for core networks – Telecom Daily",
    )
    assert article.sentences[0].text.startswith("The plan announced")


def test_related_line_glued_to_its_tag_is_dropped(furniture: Furniture) -> None:
    article = load("article_with_related_line_glued_to_tag.txt", furniture)
    assert "aluminium" not in article.text
    assert "trade-warRelated" not in article.text
    # only the line goes: the paragraph after it is kept
    assert article.paragraphs[-1] == (
        "The industry group said it would ask the government for a delay."
    )


def test_related_to_in_a_sentence_is_not_furniture(furniture: Furniture) -> None:
    text = "Headline about costs\n\nRelated to the spectrum auction, the costs rose sharply.\n"
    article = parse(text, "x.txt", furniture)
    assert article.paragraphs == ("Related to the spectrum auction, the costs rose sharply.",)


# -- the line under the headline ------------------------------------------------------------------


def test_publisher_line_under_the_headline(furniture: Furniture) -> None:
    article = load("article_with_publisher_line.txt", furniture)
    assert article.title == "Satellite firm launches first batch of relay craft"
    assert article.publisher == "Orbital Business Review"
    assert article.byline is None
    assert article.sections == ()
    assert "Orbital Business Review" not in article.text


def test_section_tag_line_under_the_headline(furniture: Furniture) -> None:
    article = load("article_with_section_tags.txt", furniture)
    assert article.sections == ("Business", "Technology", "Europe")
    assert article.publisher is None
    assert article.byline is None
    assert "Business Technology" not in article.text


def test_byline_under_the_headline(furniture: Furniture) -> None:
    article = load("article_with_byline.txt", furniture)
    assert article.byline == "Jane Doe"
    assert article.publisher is None
    assert "Jane Doe" not in article.text


def test_first_sentence_under_the_headline_is_text_not_publisher(furniture: Furniture) -> None:
    text = "Headline\n\nThe regulator approved the merger on Friday.\n\nIt takes effect soon.\n"
    article = parse(text, "x.txt", furniture)
    assert article.publisher is None
    assert article.paragraphs[0] == "The regulator approved the merger on Friday."


# -- sentences ------------------------------------------------------------------------------------


def test_sentence_splitting_keeps_abbreviations_initials_and_quotes(furniture: Furniture) -> None:
    article = load("article_with_abbreviations_and_quotes.txt", furniture)
    assert [s.text for s in article.sentences] == [
        "The U.S. government said on Monday it would review the rules.",
        "Talks were held in the U.S.",
        "The delegation left on Friday.",
        "Dr. Anna Lind, who leads the review, said the work was nearly done.",
        "Former secretary of state Michael R. Pompeo spoke first at the hearing.",
        "The contract went to Nordvik Corp.",
        "The deal closes in May.",
        "“We will not wait,” the minister said.",
        "“The network must be secure.”",
        "Officials agreed with her.",
    ]
    assert [s.paragraph for s in article.sentences] == [0, 0, 0, 1, 1, 2, 2, 3, 3, 3]
    assert [s.index for s in article.sentences] == list(range(1, 11))


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        (
            "Sales rose 3.5 percent in 2020. Profits fell.",
            ["Sales rose 3.5 percent in 2020.", "Profits fell."],
        ),
        (
            "Is the deal done? No. It is not! Talks go on.",
            ["Is the deal done?", "No.", "It is not!", "Talks go on."],
        ),
        ('He said: "It is done." Then he left.', ['He said: "It is done."', "Then he left."]),
        (
            "Prof. Ingrid Sala and Gen. Omar Diaz met at St. Olaf College on Monday.",
            ["Prof. Ingrid Sala and Gen. Omar Diaz met at St. Olaf College on Monday."],
        ),
        (
            "The unit of Vantor Co. Ltd. signed the deal.",
            ["The unit of Vantor Co. Ltd. signed the deal."],
        ),
        # a wire dateline is no part of the first sentence (nor its city an actor)
        (
            "BRUSSELS (Reuters) – The EU banned Huawei. It said so.",
            ["The EU banned Huawei.", "It said so."],
        ),
        (
            "COPENHAGEN, Denmark (AP) -- Norway said Russia was behind the hack.",
            ["Norway said Russia was behind the hack."],
        ),
        (
            "BEIJING, June 30 (Xinhua) -- China said.",
            ["China said."],
        ),
        (
            "NATO — the alliance said it would meet.",
            ["NATO — the alliance said it would meet."],
        ),
        # a place in capitals alone before a dash, or a place and an agency in any case
        (
            "TOKYO — Japan approved fresh sanctions. It said so.",
            ["Japan approved fresh sanctions.", "It said so."],
        ),
        (
            "CALIFORNIA, UNITED STATES — OpenAI announced the return of ChatGPT.",
            ["OpenAI announced the return of ChatGPT."],
        ),
        ("NAIROBI, Kenya — The United States said.", ["The United States said."]),
        ("Jakarta (VNA) - Indonesia will impose tariffs.", ["Indonesia will impose tariffs."]),
        ("COLOMBO (TIP): Sri Lanka signed a memorandum.", ["Sri Lanka signed a memorandum."]),
        ("BEIJING: China on Monday rejected it.", ["China on Monday rejected it."]),
        # a name and its description, or a country's, is no dateline
        (
            "DJI — one of the largest drone makers — was listed.",
            ["DJI — one of the largest drone makers — was listed."],
        ),
        ("US — China talks resumed.", ["US — China talks resumed."]),
    ],
)
def test_sentence_boundaries(furniture: Furniture, paragraph: str, expected: list[str]) -> None:
    article = parse(f"Headline\n\n{paragraph}\n", "x.txt", furniture)
    assert [s.text for s in article.sentences] == expected


def test_sentence_spans_point_into_the_article_text(furniture: Furniture) -> None:
    for path in sorted(ARTICLES.glob("*.txt")):
        article = load(path.name, furniture)
        assert article.sentences, path.name
        for sentence in article.sentences:
            assert article.text[sentence.start : sentence.end] == sentence.text, path.name
            assert article.paragraphs[sentence.paragraph].find(sentence.text) >= 0
        # sentences follow one another and cover every paragraph's words
        starts = [s.start for s in article.sentences]
        assert starts == sorted(starts)
        joined = " ".join(s.text for s in article.sentences)
        assert joined.split() == article.text.split(), path.name


def test_spaces_are_collapsed_before_spans_are_taken(furniture: Furniture) -> None:
    text = "Headline\n\n  The   vote\u00a0was  close.  Both sides   claimed victory.  \n"
    article = parse(text, "x.txt", furniture)
    assert article.text == "The vote was close. Both sides claimed victory."
    assert [article.text[s.start : s.end] for s in article.sentences] == [
        "The vote was close.",
        "Both sides claimed victory.",
    ]


# -- ids ------------------------------------------------------------------------------------------


def test_articles_with_the_same_headline_get_unique_ids() -> None:
    articles, problems = load_articles(ARTICLES / "same_headline")
    assert problems == []
    assert [(a.source, a.id) for a in articles] == [
        ("first_report.txt", "operators-report-strong-quarter"),
        ("second_report.txt", "operators-report-strong-quarter-2"),
    ]


def test_ids_do_not_depend_on_listing_order(tmp_path: Path) -> None:
    # the same two files, written in the other order, still get the same ids
    for name in ("second_report.txt", "first_report.txt"):
        (tmp_path / name).write_bytes((ARTICLES / "same_headline" / name).read_bytes())
    articles, _ = load_articles(tmp_path)
    assert {a.source: a.id for a in articles} == {
        "first_report.txt": "operators-report-strong-quarter",
        "second_report.txt": "operators-report-strong-quarter-2",
    }


# -- unreadable files -----------------------------------------------------------------------------


def test_empty_file_is_refused() -> None:
    for raw in (b"", b"  \n\n \t\n"):
        with pytest.raises(ArticleError, match="empty"):
            decode(raw)


def test_file_with_nul_bytes_is_refused_as_binary() -> None:
    with pytest.raises(ArticleError, match="binary"):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")


def test_latin1_file_names_the_line_and_the_fix() -> None:
    raw = "Headline\n\nThe café opened.\n".encode("latin-1")
    with pytest.raises(ArticleError) as caught:
        decode(raw)
    message = str(caught.value)
    assert "line 3" in message
    assert "0xe9" in message
    assert "re-save the file as UTF-8" in message


def test_utf8_with_bom_and_crlf_is_read() -> None:
    text = decode("\ufeffHeadline\r\n\r\nThe café opened.\r\n".encode())
    assert text == "Headline\n\nThe café opened.\n"


def test_bad_files_are_reported_and_skipped(tmp_path: Path) -> None:
    (tmp_path / "good_article.txt").write_text(
        "Operators sign roaming pact\n\nThe operators signed a roaming pact on Monday.\n", "utf-8"
    )
    (tmp_path / "empty_article.txt").write_bytes(b"")
    (tmp_path / "binary_article.txt").write_bytes(b"\x00\x01\x02binary\x00")
    (tmp_path / "latin1_article.txt").write_bytes(
        "Headline\n\nThe café opened.\n".encode("latin-1")
    )
    (tmp_path / "notes.csv").write_text("not,an,article\n", "utf-8")
    articles, problems = load_articles(tmp_path)
    assert [a.source for a in articles] == ["good_article.txt"]
    reported = {Path(p.path).name: p.message for p in problems}
    assert set(reported) == {"empty_article.txt", "binary_article.txt", "latin1_article.txt"}
    assert "empty" in reported["empty_article.txt"]
    assert "binary" in reported["binary_article.txt"]
    assert "line 3" in reported["latin1_article.txt"]
    assert "UTF-8" in reported["latin1_article.txt"]
    assert all(str(p).startswith(p.path) for p in problems)


def test_headline_without_body_is_refused(furniture: Furniture) -> None:
    with pytest.raises(ArticleError, match="no article text"):
        parse(
            "Only a headline\n\nThe Daily Courier\n\nLeave a Reply\n\nGreat piece.\n",
            "x.txt",
            furniture,
        )


def test_the_headline_repeated_in_the_body_is_removed(furniture: Furniture) -> None:
    text = (
        "Russian Ambassador Summoned to German Foreign Ministry\n\n0\n\n"
        "Russian ambassador summoned to German foreign ministry\n\n"
        "The ambassador was summoned on Thursday.\n"
    )
    article = parse(text, "x.txt", furniture)
    assert [s.text for s in article.sentences] == ["The ambassador was summoned on Thursday."]
    assert "Russian ambassador summoned to German foreign ministry" in article.removed
    alone = parse("Sweden bans Huawei\n\nSweden bans Huawei\n", "x.txt", furniture)
    assert [s.text for s in alone.sentences] == ["Sweden bans Huawei"]


def test_a_one_line_report_is_its_own_text(furniture: Furniture) -> None:
    article = parse("Sweden bans Huawei and ZTE from its 5G networks\n", "x.txt", furniture)
    assert article.title == "Sweden bans Huawei and ZTE from its 5G networks"
    assert [s.text for s in article.sentences] == [article.title]


def test_dateline_under_the_headline_gives_publisher_and_date() -> None:

    article = parse(
        "Operator picks vendor\n\nWireWatch Bureau | Oslo | Updated: Aug 1, 2022, 09:14 PM CET\n\n"
        "Telenor chose Ericsson for its core network on Monday.\n",
        "x.txt",
        Furniture.load(),
    )
    assert article.publisher == "WireWatch Bureau"
    assert article.date == "2022-08-01"
    assert [s.text for s in article.sentences] == [
        "Telenor chose Ericsson for its core network on Monday."
    ]


def test_another_storys_title_ending_an_article_is_furniture() -> None:
    # the titles of linked stories scraped after the text: no closing punctuation
    text = (
        "Uber fined over data transfers\n\n"
        "The Dutch watchdog fined Uber on Monday.\n\n"
        "Uber said it would appeal.\n\n"
        "UK's Starmer in Germany for first bilateral trip as PM\n"
    )
    article = parse(text, "x.txt", Furniture.load())
    assert [s.text for s in article.sentences][-1] == "Uber said it would appeal."


def test_a_last_sentence_signed_by_its_agency_is_text() -> None:
    # "... is expected by 2027. – AFP": a sentence, then the wire's sign-off
    text = (
        "EU and Indonesia sign trade deal\n\n"
        "The two sides signed the deal on Tuesday.\n\n"
        "Implementation of the partnership is expected by 2027. – AFP\n"
    )
    article = parse(text, "x.txt", Furniture.load())
    assert "2027" in article.text


def test_a_wires_end_mark_and_a_reporters_address_end_the_text() -> None:
    text = (
        "Korea fines Google\n\nThe regulator fined Google.\n\n"
        "graceoh@yna.co.kr\n\n(END)\n\nDefense ministry warns of drills\n"
    )
    article = parse(text, "x.txt", Furniture.load())
    assert [s.text for s in article.sentences] == ["The regulator fined Google."]


@pytest.mark.parametrize(
    "notice",
    [
        "™ & © 2025 Cable News Network, Inc., a Warner Bros. Discovery Company. All rights reserved.",
        "©2025 dpa GmbH",
        "Copyright 2024 Thomson Reuters.",
        "Content by Example Media Ltd. All Rights Reserved.",
    ],
)
def test_a_copyright_notice_is_furniture(notice: str) -> None:
    article = parse(
        f"Korea fines Google\n\nThe regulator fined Google.\n\n{notice}\n",
        "x.txt",
        Furniture.load(),
    )
    assert [s.text for s in article.sentences] == ["The regulator fined Google."]


def test_copyright_as_a_subject_is_text() -> None:
    text = "Court rules\n\nCopyright law protects the code, the court said.\n"
    article = parse(text, "x.txt", Furniture.load())
    assert [s.text for s in article.sentences] == [
        "Copyright law protects the code, the court said."
    ]


@pytest.mark.parametrize(
    ("stamp", "date"),
    [
        ("27 May 2024 at 05:02hrs | Views", "2024-05-27"),
        ("Tuesday, 18 July 2023, 17:48", "2023-07-18"),
        ("10th October 2023", "2023-10-10"),
    ],
)
def test_a_date_stamp_among_the_first_lines_dates_the_article_and_is_no_text(
    furniture: Furniture, stamp: str, date: str
) -> None:
    text = (
        "Zimbabwe approves Starlink\n\nNews / National\n\nby Staff reporter\n\n"
        f"{stamp}\n\nThe president approved the licence in 2024.\n"
    )
    article = parse(text, "x.txt", furniture)
    assert article.date == date
    assert stamp not in article.text
    assert article.publisher != stamp
