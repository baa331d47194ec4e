"""Figures: money, percentages, multipliers, counts, deadline years, durations.

Sentences are invented and about other actors than the seeds.
"""

from __future__ import annotations

import pytest
from extracting import extractor, figures

from briefing.ingest import Furniture, parse


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
        ("Users were promised tokens worth Sh7,700.", "money", "Sh7,700", 7700, "KES"),
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
        ("The U.S. will quadruple the tariff on Chinese EVs.", "multiplier", "quadruple", 4, "x"),
        ("Diplomats were given 48 hours to leave.", "duration", "48 hours", 2, "days"),
        (
            "The rules add controls on two dozen types of chipmaking tools.",
            "count",
            "two dozen types",
            24,
            "count",
        ),
        (
            "The app is used by up to a million Russians.",
            "count",
            "up to a million Russians",
            1_000_000,
            "count",
        ),
        # a country's name in "s" qualifies the counted noun
        ("China sanctioned four US officials.", "count", "four US officials", 4, "count"),
        # a large count after "the" is how many, no pointer back ("the two companies")
        (
            "Scientists want data on the 30,000 satellites in orbit.",
            "count",
            "30,000 satellites",
            30_000,
            "count",
        ),
        # a part out of a whole counts the whole's noun; a range of months dates
        (
            "It says 19 out of the 82 violators still serve.",
            "count",
            "19 out of the 82 violators",
            19,
            "count",
        ),
        ("The plant opens in April-June 2028.", "year", "April-June 2028", 2028, "year"),
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


def test_equivalent_after_a_slash_measures_the_same() -> None:
    found = figures("The fines total £282 million (about €329 million/$366 million) so far.")
    assert [(f.text, f.unit) for f in found] == [
        ("£282 million", "GBP"),
        ("about €329 million", "EUR"),
        ("$366 million", "USD"),
    ]
    assert found[2].of == f"{found[0].of} (in USD)"


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
        "The company is 100 years old.",
        "European stocks hit a three-week low on Friday.",  # a market's mark
        "The cable carries 144 terabytes, in fibres 80 microns thick.",  # measures
    ],
)
def test_not_a_figure(sentence: str) -> None:
    assert [(f.kind, f.text) for f in figures(sentence)] == []


def test_list_numbering_is_not_a_figure() -> None:
    body = (
        "The rules have several parts.\n\n1. Operators must register.\n\n"
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
        ("The carriers closed ſix ſhops last month.", "ſix ſhops", 6, "count"),
    ],
)
def test_words_with_letters_a_regex_folds_are_read(sentence, text, value, unit):
    found = one(sentence)
    assert (found.text, found.value, found.unit) == (text, value, unit)


# -- years ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, text",
    [
        ("Ericsson said sales in Sweden fell in 2019.", "2019"),  # a past event is dated too
        ("The carrier must replace the gear by end-2029.", "end-2029"),
        ("The regulator opened the probe in September 2023.", "September 2023"),
        ("The rules take effect on Jan. 1, 2024.", "Jan. 1, 2024"),
        ("The rules took effect on 8 March 2022.", "8 March 2022"),
        ("Revenue rose in the fourth quarter of 2023.", "fourth quarter of 2023"),
        ("Congress may wait for the fiscal year 2021 budget.", "fiscal year 2021"),
        ("The vendor has equipped the network since 2014.", "2014"),
        ("The ban followed the 2018 elections.", "2018"),
    ],
)
def test_every_year_dating_an_event_is_a_figure(sentence: str, text: str) -> None:
    figure = one(sentence)
    assert (figure.kind, figure.text, figure.unit) == ("year", text, "year")
    assert figure.value == int(text[-4:])


@pytest.mark.parametrize(
    "body",
    [
        "The Telecommunications Act of 2021 funds the program.",  # a year in a name
        "The plan, called Vision 2030, is popular with the carriers.",
        "He invoked the 1977 International Emergency Economic Powers Act against them.",
        "He cited Government Regulation No. 71 of 2019 and Ministerial Regulation No. 10 of 2021.",
        "The carriers met in Oslo to talk about spectrum.\n\nUpdated 06/04/2025, 09:17 AM",
        "The carriers met in Oslo to talk about spectrum.\n\n© 2024 Acme Media Group",
        # a date line under the headline: no sentence, a date and a byline
        "The carriers met in Oslo to talk about spectrum.\n\nBy Ann Lee - 29 November 2024",
        "The carriers met in Oslo to talk about spectrum.\n\nSunday , 3 December 2023",
    ],
)
def test_year_in_a_name_or_a_date_line_is_not_a_figure(body: str) -> None:
    assert [(f.kind, f.text) for f in figures(body)] == []


# -- counts ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, text, value",
    [
        ("Acme built two plants in Chile.", "two plants", 2),
        ("The agency granted six licences last week.", "six licences", 6),
        ("Forty six sailors died in the attack.", "Forty six sailors", 46),
        ("The US placed five Chinese companies on its list.", "five Chinese companies", 5),
        ("The ministry kept 120 UN staff.", "120 UN staff", 120),
        ("The chair said “over 181” applications arrived.", "over 181” applications", 181),
        ("The carrier serves 10 million or fewer customers.", "10 million or fewer customers", 1e7),
        ("Acme split the rollout in two stages.", "two stages", 2),
        ("Only the first two Acme satellites will fly.", "two Acme satellites", 2),
        ("Washington approved two arms sales to Oslo.", "two arms sales", 2),  # a compound
        ("The ship had 12 crew members on board.", "12 crew members", 12),
        ("The US listed a dozen more Chinese companies.", "a dozen more Chinese companies", 12),
        ("Crews replaced 1,200 of Acme's 1,800 masts.", "1,200 of Acme's 1,800 masts", 1200),
    ],
)
def test_count_in_words_or_digits(sentence: str, text: str, value: float) -> None:
    figure = one(sentence)
    assert (figure.kind, figure.text, figure.value, figure.unit) == ("count", text, value, "count")


@pytest.mark.parametrize(
    "sentence",
    [
        "The two companies agreed, and all three firms signed.",  # they point back
        "Acme and two other vendors bid for the contract.",  # part of a group already named
        "Acme is the No. 4 operator in the country.",  # a rank
        "The window closed on January 14 but reopened later.",  # a day
        "Rebels used Shahed-136 drones against the ships.",  # a model
        "The index fell 13.88 points on Friday.",  # a measure
        "Breaches ran at 147.2 per 100,000 people.",  # a rate's base
        "The story was posted 3 hours ago by the desk.",
        "Acme makes 14-nanometre chips for 3.5 GHz radios.",  # technical measures
        "At least several dozen people marched in the capital.",  # vague
        "Beijing protested against the Group of Seven statements on Monday.",  # a name
        "Canada and other Five Eyes partners share intelligence.",
    ],
)
def test_not_a_count(sentence: str) -> None:
    assert [(f.kind, f.text) for f in figures(sentence)] == []


# -- fractions and multiples ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, text, value",
    [
        ("The fund got only one-third of the money it sought.", "one-third", 0.333),
        ("The carriers replaced two thirds of the masts.", "two thirds", 0.667),
        ("Almost half of the towers use Acme gear.", "Almost half", 0.5),
        ("A quarter of the sites failed the audit.", "A quarter", 0.25),
        ("The fine is twice the value of the goods.", "twice", 2),
    ],
)
def test_fraction_or_multiple_is_a_multiplier(sentence: str, text: str, value: float) -> None:
    figure = one(sentence)
    assert (figure.kind, figure.text, figure.unit) == ("multiplier", text, "x")
    assert figure.value == pytest.approx(value)


@pytest.mark.parametrize(
    "sentence",
    [
        "He won a third round of talks with the carriers.",  # an ordinal
        "Acme hired a third party to audit the masts.",
    ],
)
def test_ordinal_is_not_a_fraction(sentence: str) -> None:
    assert [(f.kind, f.text) for f in figures(sentence)] == []


def test_part_of_a_year_is_a_date_not_a_fraction() -> None:
    assert [(f.kind, f.text) for f in figures("Sales rose in the first half of 2023.")] == [
        ("year", "first half of 2023")
    ]


# -- money ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, text, value, unit",
    [
        (
            "The regulator fined Acme 13.9 billion South Korean won.",
            "13.9 billion South Korean won",
            13.9e9,
            "KRW",
        ),
        (
            "Ankara fined Acme 196.7 million Turkish liras.",
            "196.7 million Turkish liras",
            196.7e6,
            "TRY",
        ),
        ("The cable cost NT$858 million.", "NT$858 million", 858e6, "TWD"),
        ("Hackers stole 3816 BTC from the exchange.", "3816 BTC", 3816, "BTC"),
    ],
)
def test_currency_written_as_a_word_or_code(
    sentence: str, text: str, value: float, unit: str
) -> None:
    figure = one(sentence)
    assert (figure.kind, figure.text, figure.unit) == ("money", text, unit)
    assert figure.value == pytest.approx(value)


def test_bare_dollar_of_an_article_about_a_dollar_country_is_its_dollar() -> None:
    body = (
        "Australia will fund a cable to the islands. Australian officials said Australia "
        "would pay $6.5 million, and Australia will run the cable."
    )
    assert [(f.text, f.unit) for f in figures(body)] == [("$6.5 million", "AUD")]


def test_bare_dollar_is_us_dollar_when_the_article_names_the_us_as_much() -> None:
    body = (
        "Australia and the United States will fund a cable. The United States said the "
        "United States and Australia would pay $6.5 million, and Australia agreed."
    )
    assert [(f.text, f.unit) for f in figures(body)] == [("$6.5 million", "USD")]


def test_bare_dollar_beside_the_local_dollar_written_with_its_sign_is_us_dollar() -> None:
    body = (
        "Australia will fund a cable to the islands. Australian officials said Australia "
        "would pay A$137 million ($92.5 million), and Australia will run the cable."
    )
    assert [(f.text, f.unit) for f in figures(body)] == [
        ("A$137 million", "AUD"),
        ("$92.5 million", "USD"),
    ]


@pytest.mark.parametrize(
    "body",
    [
        "Carriers will spend billions of dollars and a few hundred million euros on it.",  # vague
        "Acme paid the fine on Friday, the agency said. ($1 = 0.9068 euros)",  # an exchange rate
    ],
)
def test_vague_amount_or_exchange_rate_is_not_a_figure(body: str) -> None:
    assert [(f.kind, f.text) for f in figures(body)] == []


# -- furniture and repeats ------------------------------------------------------------------------


def test_link_heading_is_furniture() -> None:
    body = "Acme signed a deal with the carrier.\n\nREAD ALSO: Outage hits 450,000 customers"
    assert figures(body) == []


def article_figures(headline: str, body: str) -> list[tuple[str, str]]:
    article = parse(f"{headline}\n\n{body}\n", "x.txt", Furniture.load())
    return [(f.kind, f.text) for f in extractor()(article).figures]


def test_figure_repeated_with_the_same_meaning_is_listed_once() -> None:
    found = article_figures(
        "Acme to pay 15% of its chip revenue to the state",
        "Acme will pay 15% of its revenue to the state. The 15% levy starts soon. "
        "Acme was fined €1.2bn. The €1.2 billion fine is the largest.",
    )
    assert found == [("percent", "15%"), ("money", "€1.2bn")]


def test_same_value_with_another_meaning_is_kept() -> None:
    found = article_figures(
        "Hackers hit banks and TV stations",
        "The attack hit three banks and three TV stations. "
        "The thefts ran from early 2019 to May 2019.",
    )
    assert found == [
        ("count", "three banks"),
        ("count", "three TV stations"),
        ("year", "early 2019"),
        ("year", "May 2019"),
    ]


def test_headline_figure_repeated_in_the_body_is_listed_once() -> None:
    found = article_figures(
        "Germany to drop Acme gear by end-2029",
        "Germany will remove Acme parts from its networks by end-2029, the ministry said.",
    )
    assert found == [("year", "end-2029")]


# -- what a figure measures -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, of",
    [
        # the figure before its noun, or before "in" / "of" and what it measures
        ("Ireland imposed a €1.2 billion fine on Acme for data breaches.", "fine on Acme"),
        ("Acme must pay $1.4 billion in penalties.", "penalties"),
        (
            "Acme will pay 15% of its chip revenue to the state.",
            "share of chip revenue to the state",
        ),
        # a noun and a link before the figure; a subject and a copula
        ("The regulator imposed a fine of €2 billion on Acme.", "fine on Acme"),
        ("The bank approved a loan worth $5 million to Chad.", "loan to Chad"),
        ("The average request is about $31 million.", "average request"),
        ("The value of the goods shipped was $126 million.", "value of the goods shipped"),
        # else the clause, as a relative phrase after a head word
        (
            "Japan has committed $2 billion for the purpose.",
            "amount Japan has committed for the purpose",
        ),
        (
            "The decision was first expected in 2019.",
            "year in which the decision was first expected",
        ),
        (
            "In 2019, the carriers replaced the masts.",
            "year in which the carriers replaced the masts",
        ),
        (
            "Acme has equipped the network since 2014.",
            "year since which Acme has equipped the network",
        ),
        (
            "Australia in 2018 agreed to fund the cable.",
            "year in which Australia agreed to fund the cable",
        ),
        ("The ministry says it will spend $18 million on it.", "amount it will spend on it"),
        ("The fund will run over 10 years.", "period over which the fund will run"),
        (
            "Acme will hire staff over the next five years in Chile.",
            "period over which Acme will hire staff in Chile",
        ),
        ("Poland bought $5.8 billion worth of tanks.", "tanks"),
        ("The US raised the duties on steel to 50% on Wednesday.", "duties on steel"),
        ("The highest fine to date was €50 million.", "highest fine"),
        ("Oslo set a deadline of 2025 for removing the gear.", "deadline for removing the gear"),
        ("The envoys were given two weeks to leave.", "period the envoys were given to leave"),
        # a year before its noun
        ("The ban followed the 2018 elections in Brazil.", "elections in Brazil"),
        # a count: its noun, with the verb it is the object or the subject of
        (
            "The US placed five Chinese companies on its blacklist.",
            "Chinese companies the US placed on its blacklist",
        ),
        ("Forty six sailors were killed in the attack.", "sailors killed in the attack"),
    ],
)
def test_of_is_a_noun_phrase(sentence: str, of: str) -> None:
    assert one(sentence).of == of


def test_of_a_figure_parallel_to_the_one_before_takes_its_noun() -> None:
    found = figures(
        "The board imposed a fine of 47.5 billion won on Acme and 20.5 billion won on Beta."
    )
    assert [f.of for f in found] == ["fine on Acme", "fine on Beta"]


def test_of_a_range_names_its_start_and_end() -> None:
    found = figures("The deals ran between June 2016 and April 2018.")
    assert [f.of for f in found] == [
        "start of the period in which the deals ran",
        "end of the period in which the deals ran",
    ]


def test_a_span_ago_is_a_duration() -> None:
    # the corpus gold counts "Four years ago" and "one year ago" as how long since
    found = figures("Huawei opened its first office in Canada ten years ago.")
    assert [(f.kind, f.value, f.unit) for f in found] == [("duration", 10.0, "years")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Italy approved the deal, two sources close to the matter said.",
        "Italy approved the deal, according to three people familiar with the matter.",
    ],
)
def test_unnamed_sources_a_report_cites_are_no_figure(sentence: str) -> None:
    # figures.yaml attribution_nouns: who told, not what happened
    assert figures(sentence) == []


def test_people_an_act_hits_are_counted() -> None:
    assert [f.value for f in figures("The attack killed five people.")] == [5]


def test_a_ranking_after_a_possessive_is_no_count() -> None:
    # "the world's two biggest economies" names who, as "the two companies" does
    assert figures("Tensions between the world's two biggest economies rose.") == []


@pytest.mark.parametrize(
    "sentence", ["The EU avoided double taxation.", "He has a double standard."]
)
def test_double_as_an_adjective_is_no_multiplier(sentence: str) -> None:
    assert figures(sentence) == []


def test_hours_that_make_no_whole_day_are_no_duration() -> None:
    assert figures("The site went down for two hours.") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("China imposed duties after a year-long investigation.", [(1.0, "years")]),
        ("The decade-long dispute ended.", [(10.0, "years")]),
        ("Loans are capped in any one-year period.", [(1.0, "years")]),
        ("A weeks-long standoff ended.", []),  # a plural unit says no how many
        ("One year later, it was lifted.", []),  # a point in time, not a span
    ],
)
def test_a_span_written_as_one_word_is_a_duration(
    sentence: str, expected: list[tuple[float, str]]
) -> None:
    assert [(f.value, f.unit) for f in figures(sentence) if f.kind == "duration"] == expected


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("Ericsson expects a payment of 3.6 billion crowns.", "SEK"),
        ("The fine was 10 million Czech crowns.", "CZK"),
    ],
)
def test_crowns_are_money(sentence: str, unit: str) -> None:
    assert [(f.kind, f.unit) for f in figures(sentence)] == [("money", unit)]


@pytest.mark.parametrize(
    "sentence, value, unit",
    [
        ("The court fined Google three million rubles.", 3_000_000, "RUB"),
        ("The deal will save nine billion euros a year.", 9_000_000_000, "EUR"),
        ("It costs forty five billion dollars.", 45_000_000_000, "USD"),
    ],
)
def test_an_amount_of_money_in_words(sentence: str, value: float, unit: str) -> None:
    [found] = figures(sentence)
    assert (found.kind, found.value, found.unit) == ("money", value, unit)


def test_a_vague_amount_of_money_in_words_is_no_figure() -> None:
    assert figures("The contracts represent a few hundred million euros.") == []


def test_thousands_grouped_by_spaces() -> None:
    [found] = figures("The project will create 12 000 jobs in Lesotho.")
    assert (found.kind, found.value) == ("count", 12_000)
    # a date's day and year are no such group, nor a row of a table
    assert [f.value for f in figures("On May 5 2024 the ban began.")] == [2024]
    assert [f.value for f in figures("Rows: 100 200 300 400 units.")] == [400]


def test_a_count_of_its_own_and_not_a_units_number() -> None:
    [found] = figures("Britain sanctioned 18 of its officers.")
    assert (found.value, found.text) == (18, "18 of its officers")
    text = "Prosecutors said the officers belonged to Unit 61398 of the People's Liberation Army."
    assert figures(text) == []


@pytest.mark.parametrize(
    "text, value",
    [
        ("The regulator fined the firm 300.000 Euros last year.", 300_000),
        ("The regulator fined the firm 1.250.000 euros last year.", 1_250_000),
        ("It is the first award of the $52-billion CHIPS Act.", 52_000_000_000),
    ],
)
def test_money_grouped_by_periods_or_hyphened_to_its_scale(text: str, value: float) -> None:
    found = [f for f in figures(text) if f.kind == "money"]
    assert [f.value for f in found] == [value]


def test_a_decimal_of_three_digits_stays_a_decimal() -> None:
    assert [f.value for f in figures("Growth was 3.125% last year.")] == [3.125]


@pytest.mark.parametrize(
    "text, value",
    [
        ("The deal has more than doubled in value since it was announced.", 2),
        ("The US tripled the tariff on batteries.", 3),
    ],
)
def test_a_verb_of_multiplying_is_a_multiplier(text: str, value: float) -> None:
    assert [(f.kind, f.value) for f in figures(text)] == [("multiplier", value)]


@pytest.mark.parametrize(
    "text, value, unit",
    [
        ("The CCI imposed a penalty of Rs. 213.14 crore on Meta.", 2131400000.0, "INR"),
        ("Malaysia offered RM 2 billion in incentives.", 2e9, "MYR"),
        ("The ministry fined Google Rp 202.5 billion.", 202.5e9, "IDR"),
        ("Brazil imposed a 25-percent tariff.", 25.0, "percent"),
    ],
)
def test_more_currencies_and_a_hyphened_percent(text: str, value: float, unit: str) -> None:
    # values carry no float noise: 213.14 crore is 2131400000, not 2131399999.9999998
    assert [(f.value, f.unit) for f in figures(text)] == [(value, unit)]


def test_a_documents_number_is_no_year_and_business_days_are_days() -> None:
    found = figures(
        "The Council adopted Council Decision (CFSP) 2024/1779 on Monday. Firms have "
        "28 business days to reply."
    )
    assert [f.text for f in found if f.kind == "year"] == []
    assert ("28 business days", 28.0, "days") in {(f.text, f.value, f.unit) for f in found}


@pytest.mark.parametrize(
    "sentence, value, unit",
    [
        ("The fee rose by fifteen percent.", 15, "percent"),
        ("Tariffs rose by twenty-five per cent.", 25, "percent"),
        ("Russia imposed a 3-million-rouble fine on Google.", 3_000_000, "RUB"),
        ("Onion prices rose to Taka 200 per kilogram.", 200, "BDT"),
        ("The regulator imposed a ₦555.8 million fine on the bank.", 555_800_000, "NGN"),
    ],
)
def test_word_percentages_and_more_currencies(sentence: str, value: float, unit: str) -> None:
    found = [(f.value, f.unit) for f in figures(sentence)]
    assert (value, unit) in found


@pytest.mark.parametrize(
    "sentence, text, value, unit",
    [
        (
            "Telecom Firms Sign USD 182 Million Deal To Build Landline.",
            "USD 182 Million",
            182e6,
            "USD",
        ),
        ("The cabinet approved a Rs 3,307 cr semiconductor unit.", "Rs 3,307 cr", 3307e7, "INR"),
        (
            "Imports were worth 54.4 billion Moroccan dirhams.",
            "54.4 billion Moroccan dirhams",
            54.4e9,
            "MAD",
        ),
        ("Chad's regulator fined Airtel XAF100 million.", "XAF100 million", 100e6, "XAF"),
    ],
)
def test_money_written_in_headline_case_crores_and_more_currencies(
    sentence: str, text: str, value: float, unit: str
) -> None:
    found = one(sentence)
    assert (found.text, found.value, found.unit) == (text, value, unit)


def test_a_bare_rupee_is_the_rupee_of_the_country_the_article_is_about() -> None:
    body = (
        "Nepal halted pesticide tests on Indian vegetables. Nepal imported vegetables worth "
        "Rs 26.46 billion last year, and Nepal says the tests will resume."
    )
    assert [(f.text, f.unit) for f in figures(body)] == [("Rs 26.46 billion", "NPR")]
    assert [f.unit for f in figures("India approved a Rs 3,307 crore chip plant.")] == ["INR"]


def test_a_comment_count_is_no_figure() -> None:
    assert figures("There are 28 comments below the story.") == []
