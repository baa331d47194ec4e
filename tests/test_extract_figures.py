"""Figures: money, percentages, multipliers, counts, deadline years, durations.

Sentences are invented and about other actors than the seeds.
"""

from __future__ import annotations

import pytest
from extracting import figures


def one(sentence: str):  # type: ignore[no-untyped-def]
    found = figures(sentence)
    assert len(found) == 1, [(f.kind, f.text) for f in found]
    return found[0]


@pytest.mark.parametrize(
    "sentence, kind, text, value, unit",
    [
        ("Sweden will spend $2.5 billion on new networks.", "money", "$2.5 billion", 2.5e9, "USD"),
        ("The deal is worth ¥280 billion.", "money", "¥280 billion", 280e9, "JPY"),
        ("Telia raised US$3 million from investors.", "money", "US$3 million", 3e6, "USD"),
        (
            "Ericsson will invest 5 billion kronor in the plant.",
            "money",
            "5 billion kronor",
            5e9,
            "SEK",
        ),
        ("Telia paid SEK 5 billion for the licences.", "money", "SEK 5 billion", 5e9, "SEK"),
        ("Nokia won a €40m contract.", "money", "€40m", 40e6, "EUR"),
        ("The auction raised 1.2 billion euros.", "money", "1.2 billion euros", 1.2e9, "EUR"),
        (
            "Huawei holds about 25 percent of the market.",
            "percent",
            "about 25 percent",
            25,
            "percent",
        ),
        (
            "Ericsson and Nokia hold less than 1 percent of the market.",
            "percent",
            "less than 1 percent",
            1,
            "percent",
        ),
        (
            "Prices rose 3 percentage points.",
            "percent",
            "3 percentage points",
            3,
            "percentage points",
        ),
        (
            "The new network is 100 times faster than the old one.",
            "multiplier",
            "100 times",
            100,
            "x",
        ),
        ("The fund will run over 10 years.", "duration", "over 10 years", 10, "years"),
        ("The minister made a two-day visit to Brazil.", "duration", "two-day", 2, "days"),
        ("Germany will remove the gear by 2027.", "year", "2027", 2027, "year"),
        ("Telia operates 1,200 base stations.", "count", "1,200 base stations", 1200, "count"),
    ],
)
def test_figure_is_normalized(sentence: str, kind: str, text: str, value: float, unit: str) -> None:
    figure = one(sentence)
    assert (figure.kind, figure.text, figure.unit) == (kind, text, unit)
    assert figure.value == pytest.approx(value)


@pytest.mark.parametrize(
    "sentence, qualifier",
    [
        ("Huawei holds about 25 percent of the market.", "about"),
        ("Ericsson and Nokia hold less than 1 percent of the market.", "less than"),
        ("The fund will run over 10 years.", "over"),
        ("Nokia will spend up to €2 billion on research.", "up to"),
        ("Germany set aside nearly $1 billion for the switch.", "nearly"),
    ],
)
def test_qualifier_is_kept_in_text_and_field(sentence: str, qualifier: str) -> None:
    figure = one(sentence)
    assert figure.qualifier == qualifier
    assert figure.text.startswith(qualifier + " ")


def test_unqualified_figure_has_no_qualifier() -> None:
    assert one("Nokia won a €40m contract.").qualifier is None


def test_equivalent_in_parentheses_is_its_own_figure() -> None:
    found = figures("Canada will spend about $1 billion (¥110 billion) on the switch.")
    assert [(f.text, f.value, f.unit) for f in found] == [
        ("about $1 billion", 1e9, "USD"),
        ("¥110 billion", 110e9, "JPY"),
    ]
    assert found[1].of == f"{found[0].of} (in JPY)"  # what the first measures, in yen


def test_figure_belongs_to_the_actor_of_its_clause() -> None:
    found = figures(
        "Ericsson will invest 5 billion kronor in the plant, while Nokia will spend €40m."
    )
    assert [(f.text, f.actor) for f in found] == [
        ("5 billion kronor", "ericsson"),
        ("€40m", "nokia"),
    ]


def test_figure_records_what_it_measures_and_where() -> None:
    [figure] = figures("Telia opened a lab. Ericsson will invest 5 billion kronor in the plant.")
    assert figure.sentence == 2
    assert figure.evidence == "Ericsson will invest 5 billion kronor in the plant."
    assert "in the plant" in figure.of
    assert figure.actor == "ericsson"


# -- not figures ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Sweden is rolling out 5G while Brazil still relies on 4G and LTE.",
        "The network has 5G and 4G layers, and 3G was switched off.",
        "Ericsson said sales in Sweden fell in 2019.",  # a past year is not a deadline
        "The company is 100 years old.",
        "Huawei opened its first office in Canada ten years ago.",
    ],
)
def test_not_a_figure(sentence: str) -> None:
    assert [(f.kind, f.text) for f in figures(sentence)] == []


def test_list_numbering_is_not_a_figure() -> None:
    body = (
        "The rules have three parts.\n\n1. Operators must register.\n\n"
        "2. Vendors must be audited.\n\n3. Fines apply."
    )
    assert [(f.kind, f.text) for f in figures(body)] == []


def test_inline_list_numbering_is_not_a_figure() -> None:
    body = "The rules say: 1. operators must register, 2. vendors must be audited."
    assert [(f.kind, f.text) for f in figures(body)] == []


@pytest.mark.parametrize(
    "sentence, text, value, unit",
    [
        # a long s ("ſ"), which a regex ignoring case takes for "s", is looked up as one
        ("The review will last ſix years, the ministry said.", "ſix years", 6, "years"),
        ("The carriers lost thouſands of dollars a month.", "thouſands of dollars", 1000, "USD"),
    ],
)
def test_words_with_letters_a_regex_folds_are_read(sentence, text, value, unit):
    found = one(sentence)
    assert (found.text, found.value, found.unit) == (text, value, unit)
