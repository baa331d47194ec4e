"""Stances: who opposes, supports or has not decided about whom.

Sentences are invented and about other actors than the seeds.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from extracting import actors, extract, extractor, stances

import briefing
from briefing.extract.acts import noun_lemma, verb_lemma
from briefing.ingest import Furniture, parse

# -- the basic shapes -----------------------------------------------------------------------------


def test_demonym_government_bans_a_company() -> None:
    assert stances("The Swedish government has excluded Huawei from the auction.") == {
        ("sweden", "oppose", "huawei")
    }


def test_a_count_before_the_nationalities_goods_come_from() -> None:
    assert stances("Egypt suspended imports from 173 Chinese and Saudi companies.") == {
        ("egypt", "oppose", "china"),
        ("egypt", "oppose", "saudi-arabia"),
    }


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Germany has restricted Huawei.", ("germany", "oppose", "huawei")),
        ("Canada banned ZTE last year.", ("canada", "oppose", "zte")),
        ("Berlin has banned Huawei from the core network.", ("germany", "oppose", "huawei")),
        ("Brazil chose Ericsson for its new network.", ("brazil", "support", "ericsson")),
    ],
)
def test_country_right_before_its_verb_is_the_actor(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    # "Germany has restricted Huawei": Germany is the subject, not a modifier
    # of Huawei as in "Germany's Deutsche Telekom".
    assert stances(sentence) == {expected}


def test_coordinated_subjects_each_take_the_stance() -> None:
    assert stances("Sweden and Finland banned Huawei from their 5G networks.") == {
        ("sweden", "oppose", "huawei"),
        ("finland", "oppose", "huawei"),
    }


def test_coordinated_targets_each_receive_the_stance() -> None:
    assert stances("The Swedish government has excluded Huawei and ZTE.") == {
        ("sweden", "oppose", "huawei"),
        ("sweden", "oppose", "zte"),
    }


def test_passive_swaps_actor_and_target() -> None:
    assert stances("Huawei was banned by Sweden last year.") == {("sweden", "oppose", "huawei")}


def test_passive_with_coordinated_agents() -> None:
    assert stances("Huawei was excluded by Germany and Sweden.") == {
        ("germany", "oppose", "huawei"),
        ("sweden", "oppose", "huawei"),
    }


# -- negation -------------------------------------------------------------------------------------


def test_positive_control_for_negation() -> None:
    assert stances("The Canadian government will ban ZTE.") == {("canada", "oppose", "zte")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Canada will not ban ZTE.",
        "The Canadian government will not ban ZTE.",
        "The Canadian government has no plans to ban ZTE.",
        "Brazil said it would never exclude Huawei.",
    ],
)
def test_negated_oppose_gives_no_oppose(sentence: str) -> None:
    assert not any(position == "oppose" for _, position, _ in stances(sentence))


def test_negated_support_becomes_oppose() -> None:
    body = "Huawei and ZTE bid for the work. Sweden will not buy equipment from either firm."
    assert stances(body) == {("sweden", "oppose", "huawei"), ("sweden", "oppose", "zte")}


def test_question_is_not_a_stance() -> None:
    assert stances("Will Germany and Brazil ban Huawei?") == set()


# -- mutual agreements ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Germany and Brazil agreed to cooperate on 6G research.",
        "Germany and Brazil signed an agreement on 6G research.",
        "Berlin and Brasilia will work together on network security.",
    ],
)
def test_mutual_agreement_gives_both_directions(sentence: str) -> None:
    assert stances(sentence) == {
        ("germany", "support", "brazil"),
        ("brazil", "support", "germany"),
    }


def test_stock_codes_do_not_end_a_list_of_parties() -> None:
    sentence = "The pact was signed by China Telecom Corp 0728.HK, Huawei and ZTE Corp 000063.SZ."
    firms = ("china-telecom", "huawei", "zte")
    assert stances(sentence) == {(a, "support", b) for a in firms for b in firms if a != b}


def test_agreement_between_an_organization_and_a_country() -> None:
    assert stances("The EU and Canada agreed to cooperate on secure networks.") == {
        ("european-union", "support", "canada"),
        ("canada", "support", "european-union"),
    }


# -- references -----------------------------------------------------------------------------------


def test_the_company_as_target() -> None:
    assert stances(
        "Huawei bid for the contract. Sweden later excluded the company from the tender."
    ) == {("sweden", "oppose", "huawei")}


def test_either_firm_as_target() -> None:
    assert stances(
        "Huawei and ZTE bid for the work. Sweden excluded either firm from the tender."
    ) == {("sweden", "oppose", "huawei"), ("sweden", "oppose", "zte")}


def test_either_firm_after_made_by() -> None:
    body = (
        "Huawei and ZTE bid for the work. Swedish government agencies were then banned "
        "from using technology made by either firm."
    )
    assert stances(body) == {("sweden", "oppose", "huawei"), ("sweden", "oppose", "zte")}


def test_either_firm_does_not_include_the_actor() -> None:
    body = "Huawei and ZTE bid for the work. Telenor has also blocked either firm."
    assert stances(body) == {("telenor", "oppose", "huawei"), ("telenor", "oppose", "zte")}


def test_them_both_as_target() -> None:
    assert stances(
        "Huawei and ZTE bid for the work. Finland has blocked them both from the tender."
    ) == {("finland", "oppose", "huawei"), ("finland", "oppose", "zte")}


# -- undecided ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Brazil has yet to decide on Huawei.",
        "The Brazilian government has yet to decide on Huawei.",
        "Brazil has not yet decided on Huawei.",
        "Brazil is still undecided about Huawei.",
    ],
)
def test_undecided(sentence: str) -> None:
    assert stances(sentence) == {("brazil", "undecided", "huawei")}


def test_undecided_matter_is_not_also_a_support() -> None:
    # "yet to decide on allowing Huawei": the allowing is what is undecided
    assert stances("Brazil is yet to decide on allowing Huawei.") == {
        ("brazil", "undecided", "huawei")
    }


# -- people speak for their side ------------------------------------------------------------------


def test_minister_takes_the_stance_and_so_does_the_country_via_the_minister() -> None:
    x = extract("Sweden's Telecom Minister Karin Alvesson has banned Huawei.")
    assert sorted((s.actor, s.position, s.target, s.via) for s in x.stances) == [
        ("karin-alvesson", "oppose", "huawei", None),
        ("sweden", "oppose", "huawei", "karin-alvesson"),
    ]


def test_executive_takes_the_stance_and_so_does_the_company_via_the_executive() -> None:
    x = extract("Ericsson chief executive Lars Berglund has criticized Huawei.")
    assert sorted((s.actor, s.position, s.target, s.via) for s in x.stances) == [
        ("ericsson", "oppose", "huawei", "lars-berglund"),
        ("lars-berglund", "oppose", "huawei", None),
    ]


def test_an_agency_named_as_acting_takes_the_stance_with_its_country() -> None:
    x = extract("FCC Chairwoman Jessica Rosenworcel said the agency would ban Huawei.")
    assert sorted((s.actor, s.position, s.target, s.via) for s in x.stances) == [
        ("fcc", "oppose", "huawei", None),
        ("united-states", "oppose", "huawei", "fcc"),
    ]


def test_speaker_without_affiliation_takes_the_stance_in_person() -> None:
    x = extract(
        "Erik Lindqvist, a Social Democrat from Malmo, said the rules were too weak. "
        "Lindqvist has long criticized Huawei."
    )
    assert [(s.actor, s.position, s.target, s.via) for s in x.stances] == [
        ("erik-lindqvist", "oppose", "huawei", None)
    ]


# -- evidence -------------------------------------------------------------------------------------


def test_stance_keeps_its_sentence_and_cue() -> None:
    x = extract("Nokia opened a lab. The Swedish government has excluded Huawei from the auction.")
    [stance] = x.stances
    assert stance.sentence == 2
    assert stance.evidence == "The Swedish government has excluded Huawei from the auction."
    assert stance.trigger == "excluded"
    assert stance.source == "extracted"


def test_one_stance_per_actor_target_and_position() -> None:
    x = extract(
        "The Swedish government has excluded Huawei. The Swedish government later "
        "banned Huawei again."
    )
    assert [(s.actor, s.target, s.sentence) for s in x.stances] == [("sweden", "huawei", 1)]


def test_a_headline_government_is_the_country_of_the_body_before_it() -> None:
    # headlines drop articles: "govt will not ban" after a regulator of the UK
    x = extract("Ofcom approves 5G rules; govt will not ban ZTE from rollouts\n\nBody.")
    assert {(s.actor, s.position, s.target) for s in x.stances} >= {
        ("united-kingdom", "support", "zte")
    }


def test_officials_agreeing_give_their_countries_each_way_never_their_own() -> None:
    found = stances(
        "Chinese Foreign Minister Wang Yi and his Indian counterpart Sushma Swaraj agreed on "
        "Thursday to further develop relations between the two neighboring Asian countries."
    )
    assert ("china", "support", "india") in found and ("india", "support", "china") in found
    assert ("sushma-swaraj", "support", "india") not in found  # her own country
    assert not any(t in ("wang-yi", "sushma-swaraj") for _, _, t in found)


def test_a_currency_after_its_amount_is_no_verb_nor_its_country_a_target() -> None:
    # "won" is the currency, not the verb that makes Qualcomm the fine's receiver
    assert stances(
        "South Korea's regulator has slapped a 1.03 trillion won ($865 million) fine on Qualcomm."
    ) == {("south-korea", "oppose", "qualcomm")}
    assert stances(
        "Canada will impose tariffs on up to 16.6 billion Canadian dollars ($12.8 billion) "
        "worth of US steel."
    ) == {("canada", "oppose", "united-states")}


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Germany on Tuesday announced 1.3 billion euros ($1.4 billion) more in military "
            "gear for Ukraine.",
            {("germany", "support", "ukraine")},
        ),
        (
            "Japan will provide US$500 million to the Philippines.",
            {("japan", "support", "philippines")},
        ),
        (
            "Japan will provide a further $500 million to the Philippines.",
            {("japan", "support", "philippines")},
        ),
        # money made, or an act's own amount, is no gift
        ("Apple announced $2 billion in sales to China.", set()),
        (
            "The US announced $2 billion in tariffs on China.",
            {("united-states", "oppose", "china")},
        ),
    ],
)
def test_money_a_verb_gives_for_or_to_a_party_funds_it(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    assert stances(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "China is opposed to a Dutch plan for export curbs.",
            {("china", "oppose", "netherlands")},
        ),
        # refusing an act with no author named undoes it: the one it would hit is supported
        ("Germany rejected a ban on Huawei.", {("germany", "support", "huawei")}),
        ("Germany is firmly opposed to sanctions on China.", {("germany", "support", "china")}),
        # with its author named, the author is opposed (and the ban is the author's)
        (
            "Germany opposes the US ban on Huawei.",
            {("germany", "oppose", "united-states"), ("united-states", "oppose", "huawei")},
        ),
    ],
)
def test_being_opposed_and_refusing_an_act(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    assert stances(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a list's addition, as a noun, is its announcer's; a nationality of the ones
        # named is not listed
        (
            "China has announced the addition of two U.S. companies, PVH Corp. and "
            "Illumina, Inc., to its unreliable entity list.",
            {("china", "oppose", "pvh"), ("china", "oppose", "illumina")},
        ),
        (
            "The US added 12 Chinese firms to its entity list.",
            {("united-states", "oppose", "china")},
        ),
        # a country referred to as "the kingdom"; money invested "in the United States"
        (
            "Saudi Arabia's crown prince said the kingdom wants to invest $600 billion in the "
            "United States.",
            {("saudi-arabia", "support", "united-states")},
        ),
        # an open matter: "yet to reach a common stance on whether to ..."
        (
            "The German government has yet to reach a common stance on whether to follow "
            "other countries in excluding Huawei from its market.",
            {("germany", "undecided", "huawei")},
        ),
    ],
)
def test_listings_references_and_open_matters(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    assert stances(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Russia must stop its attacks on Ukraine, the German chancellor said.",
            {("germany", "oppose", "russia")},
        ),
        ("Germany said Russia must end its war in Ukraine.", {("germany", "oppose", "russia")}),
        # "States" in a name is no speech verb
        (
            "The United States should stop spreading disinformation, Chinese Foreign Ministry "
            "Spokesperson Wang Wenbin said on Thursday.",
            {("wang-wenbin", "oppose", "united-states"), ("china", "oppose", "united-states")},
        ),
        # a demand nobody makes, or one not to stop, is no stance
        ("Russia must stop its attacks on Ukraine.", set()),
        ("The EU should not stop buying Russian gas, Hungary said.", set()),
    ],
)
def test_a_demand_to_stop_opposes_the_one_told(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    assert stances(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # an attack on a country's ground is on the country
        (
            "Iran launched a series of attacks using missiles and drones in Pakistan's "
            "Balochistan on Tuesday.",
            {("iran", "oppose", "pakistan")},
        ),
        ("Russia launched an offensive in Ukraine.", {("russia", "oppose", "ukraine")}),
        # a missile fired at a party attacks it; one sold or fired into the sea does not
        ("Russia launched drones at Kyiv.", {("russia", "oppose", "ukraine")}),
        (
            "Iran launched an anti-ship cruise missile at a US destroyer.",
            {("iran", "oppose", "united-states")},
        ),
        ("The US sold missiles to India.", set()),
        (
            "The Philippines has agreed to buy an anti-ship missile system from India.",
            {("philippines", "support", "india")},
        ),
        ("North Korea launched a missile into the sea.", set()),
        ("North Korea has fired a ballistic missile into the sea off South Korea's coast.", set()),
        # (an armed group's act is its own, not its country's)
        ("Hamas fired rockets at Israel.", {("hamas", "oppose", "israel")}),
        # an act noun the dictionary lacks
        ("Russia launched cyberattacks against Ukraine.", {("russia", "oppose", "ukraine")}),
    ],
)
def test_attacks_on_places_and_missiles_fired(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    assert stances(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The US and Iran have freed five detainees each in a controversial prisoner swap.",
        "The US and Iran swapped prisoners on Friday.",
        "The US and Iran carried out a prisoner exchange.",
    ],
)
def test_a_prisoner_swap_supports_each_way(sentence: str) -> None:
    assert stances(sentence) == {
        ("united-states", "support", "iran"),
        ("iran", "support", "united-states"),
    }


def test_their_decision_to_act_is_the_pair_named_before() -> None:
    assert stances(
        "Russia has told Finland and Sweden that their decision to join NATO is a mistake."
    ) >= {("finland", "support", "nato"), ("sweden", "support", "nato")}
    assert ("russia", "support", "nato") not in stances(
        "Russia has told Finland and Sweden that their decision to join NATO is a mistake."
    )


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Sweden announced the banning of Huawei.", {("sweden", "oppose", "huawei")}),
        ("Sweden defended its banning of Huawei.", {("sweden", "oppose", "huawei")}),
        # a gerund named after "the" is no clause: the protesters, unnamed, stormed
        (
            "Protesters stormed the British Embassy, in scenes reminiscent of the seizing of "
            "the United States compound in 1979.",
            set(),
        ),
    ],
)
def test_a_gerund_after_a_determiner_is_an_act_noun(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    assert stances(sentence) == expected


def test_mending_ties_is_cooperating() -> None:
    assert stances("Longtime rivals Greece and Turkey have made a step in mending ties.") == {
        ("greece", "support", "turkey"),
        ("turkey", "support", "greece"),
    }


def test_a_meeting_that_says_co_operation_with_a_hyphen_is_a_stance() -> None:
    found = stances(
        "Anthony Albanese and Xi Jinping have met in Beijing as the two countries strive "
        "to focus on economic co-operation."
    )
    assert {
        ("anthony-albanese", "support", "xi-jinping"),
        ("xi-jinping", "support", "anthony-albanese"),
    } <= found


def test_a_dash_typed_as_two_hyphens_ends_the_phrase() -> None:
    assert stances(
        'The United States and Vietnam agreed to elevate their relations to a "strategic '
        'partnership" -- a ranking on par with what it has with China and Russia.'
    ) == {("united-states", "support", "vietnam"), ("vietnam", "support", "united-states")}


def test_a_bounded_count_before_the_target_is_read_past() -> None:
    assert stances(
        "The United States carried out strikes against more than a dozen Houthi targets."
    ) == {("united-states", "oppose", "houthis")}
    assert ("european-union", "oppose", "google") in stances(
        "The EU fined more than three Google units."
    )


def test_a_country_whose_name_is_a_word_acts_before_a_day() -> None:
    assert ("turkey", "oppose", "united-states") in stances(
        "Turkey on Monday summoned the US ambassador to lodge a protest."
    )


def test_the_sanctions_named_again_target_with_their_author_and_act() -> None:
    x = extract(
        "Japan sanctioned three North Korean hacker groups on Friday. Specifically, the sanctions "
        "target Lazarus and Andariel."
    )
    later = {(s.actor, s.position, s.target, s.act) for s in x.stances if s.sentence == 2}
    assert later == {
        ("japan", "oppose", "lazarus-group", "sanction"),
        ("japan", "oppose", "andariel", "sanction"),
    }


# -- clause shapes read this round ----------------------------------------------------------------


@pytest.mark.parametrize(
    "body, expected",
    [
        # a coordinated verb after a participle takes the clause's own subject
        (
            "The Polish government has doubts about Chinese kit being used for spying "
            "and will stop purchases from ZTE.",
            {("poland", "oppose", "zte")},
        ),
        # a relative clause whose antecedent is a bill: the bill's author acts, and
        # the barred partnership is not read as one made
        (
            "The government of Bulgaria passed a bill which would prevent ZTE and other "
            "Chinese vendors partnering with the country.",
            {("bulgaria", "oppose", "zte")},
        ),
        # a list of targets with an owner's possessive and tickers inside it
        (
            "The European Commission opened a probe against Apple, Alphabet's (GOOGL) Google and "
            "Meta Platforms (META).",
            {
                ("european-commission", "oppose", "apple"),
                ("european-commission", "oppose", "google"),
                ("european-commission", "oppose", "meta"),
            },
        ),
        # a place joined by a hyphen qualifies the company after it
        (
            "Canada has banned Russia-based software firm Kaspersky from selling its products.",
            {("canada", "oppose", "kaspersky")},
        ),
        # a nationality before the company it qualifies gives way to that company
        (
            "Cheap platforms are challenging the position of the American e-commerce giant "
            "Amazon, and Shein criticised the American e-commerce giant Amazon.",
            {("shein", "oppose", "amazon")},
        ),
        # 'such as' names the targets of a group
        (
            "Japan announced sanctions against three hacker groups such as Lazarus.",
            {("japan", "oppose", "lazarus-group")},
        ),
        # scare quotes around an adverb do not cut the verb from its subject
        (
            'Mexico said it would "sharply" increase tariffs on imports from Vietnam.',
            {("mexico", "oppose", "vietnam")},
        ),
        # a deal's owner buys, not the one who approves the deal
        (
            "Beijing approved Intel's deal to buy Tower Semiconductor.",
            {("china", "support", "intel")},
        ),
        # complaints from a company's rivals are not the company's
        (
            "The regulator received complaints from Google's competitors.",
            set(),
        ),
        # a finding is no agreement
        ("Italy's government concluded that Sinochem had done nothing wrong.", set()),
        # office-holders joined by 'and his counterpart' meet as a pair, the one
        # met being the verb's object; their meeting is their countries'
        (
            "Prime Minister Narendra Modi met his Japanese counterpart Shinzo Abe and "
            "discussed ways to strengthen bilateral ties.",
            {("india", "support", "japan"), ("japan", "support", "india")},
        ),
        # a deal clinched with a country's operator is a deal with the operator
        (
            "Ericsson has clinched a deal with Germany's largest mobile operator "
            "Deutsche Telekom to supply radio equipment.",
            {
                ("ericsson", "support", "deutsche-telekom"),
                ("deutsche-telekom", "support", "ericsson"),
            },
        ),
        # a hyphenated modifier between the verb and the aid it announces
        (
            "Japan announces $20m life-saving humanitarian aid for flood-hit Nepal",
            {("japan", "support", "nepal")},
        ),
        # a possessive apostrophe alone, and a body a hyphen qualifies
        (
            "China will impose sanctions on US' defense company Lockheed Martin.",
            {("china", "oppose", "lockheed-martin")},
        ),
        (
            "Canada sanctioned the Kremlin-backed Wagner Group.",
            {("canada", "oppose", "wagner-group"), ("russia", "support", "wagner-group")},
        ),
        # a backer of a body based in its own country: both named by the compound
        (
            "Canada sanctioned the Russia-backed Wagner Group.",
            {("canada", "oppose", "wagner-group"), ("russia", "support", "wagner-group")},
        ),
        # an amount in brackets between a fine and its targets; a body's name
        # ('competition watchdog') holds no act
        (
            "Spain's competition watchdog imposed fines totalling 200 million euros "
            "($225 million) on Amazon and Apple.",
            {("spain", "oppose", "amazon"), ("spain", "oppose", "apple")},
        ),
        # 'including' past a determiner and adjectives
        (
            "Nepal banned 12 Chinese apps, including the wildly popular TikTok.",
            {("nepal", "oppose", "tiktok")},
        ),
        # a body coordinated with 'nearly every U.S. state'
        (
            "The U.S. Federal Trade Commission and nearly every U.S. state sued Google.",
            {("ftc", "oppose", "google"), ("united-states", "oppose", "google")},
        ),
        # speculation on a verb that governs the act, through an infinitive and
        # a coordination: nothing is done
        (
            "Korea is expected to join a funding program to develop chips and "
            "strengthen supply chains to restrict ZTE.",
            set(),
        ),
        # contracts signed by two firms are each its own, not one between them
        ("The contracts signed by Proximus and Orange run for ten years.", set()),
        # a company and its affiliates added to a list are one object
        (
            "The Commerce Department said it was adding ZTE and its 20 affiliates to its "
            "Entity List.",
            {("commerce-department", "oppose", "zte"), ("united-states", "oppose", "zte")},
        ),
        # suspending shipments to a company opposes it
        ("TSMC suspended shipments to chipmaker Sophgo.", {("tsmc", "oppose", "sophgo")}),
        # a company's equipment posing a threat: the threatened opposes the maker
        (
            "These carriers' Huawei and ZTE equipment pose a threat to U.S. security.",
            {("united-states", "oppose", "huawei"), ("united-states", "oppose", "zte")},
        ),
        # a ban placed in a country, of the suppliers named before
        (
            "Huawei and ZTE sell gear. Nokia lost share due to the ban of Chinese "
            "equipment suppliers in Norway.",
            {("norway", "oppose", "huawei"), ("norway", "oppose", "zte")},
        ),
        # an appositive holding a list; an acronym that is also a verb ('RAN')
        (
            "The Quad, a strategic alliance between the US, Australia, India, and Japan, "
            "has pushed Open RAN adoption as part of broader measures to counter ZTE.",
            {("quad", "oppose", "zte")},
        ),
        # a hyphenated word before a list ('its so-called Entity List')
        (
            "The Commerce Department said it is adding ZTE and 20 affiliates to its "
            "so-called Entity List.",
            {("commerce-department", "oppose", "zte"), ("united-states", "oppose", "zte")},
        ),
        # listed companies named with their stock codes: the codes neither end the
        # list nor put the adding verb out of reach
        (
            "The FCC on Friday added AO Kaspersky Lab, China Telecom (Americas) Corp "
            "0728.HK, and China Mobile International USA 0941.HK to its list.",
            {
                (actor, "oppose", target)
                for actor in ("fcc", "united-states")
                for target in ("kaspersky", "china-telecom", "china-mobile-international-usa")
            },
        ),
        # 'a wave of attacks against X'; plurals before a place are nouns
        (
            "The Israeli military said it had begun a wave of attacks against Hamas "
            "targets in Gaza.",
            {("israel-defense-forces", "oppose", "hamas"), ("israel", "oppose", "hamas")},
        ),
        # a body's officials with an adjective between ('EU foreign ministers')
        (
            "European Union foreign ministers agreed on Monday to sanction Belarus.",
            {("european-union", "oppose", "belarus")},
        ),
        # two presidents named 'President of X Y and President of Z W' sign together
        (
            "President of Tajikistan Emomali Rahmon and President of Mongolia Ukhnaagiin "
            "Khurelsukh signed a joint statement on cooperation.",
            {
                ("emomali-rahmon", "support", "ukhnaagiin-khurelsukh"),
                ("ukhnaagiin-khurelsukh", "support", "emomali-rahmon"),
            },
        ),
        # the partner after a quotation
        (
            'Canada has signed what officials call "the largest sales agreement in '
            'history" with Saudi Arabia.',
            {("canada", "support", "saudi-arabia"), ("saudi-arabia", "support", "canada")},
        ),
        # restricting a supply opposes its receiver
        (
            "Japan agreed to join it in tightening shipments of chip tools to Beijing.",
            {("japan", "oppose", "china")},
        ),
        # a possessive before 'administration'
        (
            "President Joe Biden's administration in April banned the sale of chips to Iran.",
            {("united-states", "oppose", "iran")},
        ),
        # the giver's support pledged is no target
        ("President Cyril Ramaphosa pledged the government's support.", set()),
        # a passive with an adverb; an agent of another verb ('made by') is not the act's
        (
            "Huawei and ZTE sell gear. Spanish government agencies were then banned from using "
            "technology made by either firm.",
            {("spain", "oppose", "huawei"), ("spain", "oppose", "zte")},
        ),
        # a possessive person before a company: the company is the target
        (
            "The Treasury Department has given approval to an expansion of Elon Musk's "
            "Starlink service.",
            {("us-treasury", "support", "starlink"), ("united-states", "support", "starlink")},
        ),
        # an authority's act reported by the authority, in the passive
        (
            "The Federal Communications Commission announced that ZTE had misled it and "
            "was fined $1 million.",
            {("fcc", "oppose", "zte"), ("united-states", "oppose", "zte")},
        ),
        # ... but not an attack reported by someone else
        ("The Ukrainian army said that Kharkiv was attacked overnight.", set()),
        # countermeasures answer an act: toward its author
        (
            "Beijing will take countermeasures in response to U.S. sanctions on Chinese companies.",
            {("china", "oppose", "united-states"), ("united-states", "oppose", "china")},
        ),
        # the speaker of a threat is the owner of the campaign that argues it
        (
            "Huawei bid for the work. The bids come after a US-led campaign which argues "
            "the company poses a security risk.",
            {("united-states", "oppose", "huawei")},
        ),
        # the sources an opening names take the threatened side's stance too
        (
            "As determined by Congress and the FCC, these carriers' ZTE equipment poses a "
            "threat to U.S. security.",
            {
                ("united-states", "oppose", "zte"),
                ("us-congress", "oppose", "zte"),
                ("fcc", "oppose", "zte"),
            },
        ),
        # a gerund after 'its role in' is its owner's
        (
            "Lithuania fears attacks because of its role in supplying military aid to Ukraine.",
            {("lithuania", "support", "ukraine")},
        ),
        # 'Europe' as a verb's subject is the European Union
        (
            "Europe allows ZTE for 5G through security guidelines.",
            {("european-union", "support", "zte")},
        ),
        # a ban from a place's network: the place's ban, in a relative clause
        (
            "Fiji chose Huawei, which was banned from involvement in Australia's "
            "national broadband network.",
            {("fiji", "support", "huawei"), ("australia", "oppose", "huawei")},
        ),
        # an order to halt supplies to a country: the one who orders opposes the
        # country ('supplies' is an act on its own, 'supply chains' is not), and
        # 'certain advanced chips' is no verb
        (
            "Last year, Canada ordered Nokia to halt supplies of certain advanced chips to "
            "Chinese customers as part of efforts to restrict China's access.",
            {("canada", "oppose", "china")},
        ),
        ("Japan wants to strengthen supply chains with India.", set()),
        # a violation found in a purchase is no act against the company bought
        (
            "China's market regulator said Nvidia violated antitrust laws in its purchase "
            "of Mellanox.",
            {("china", "oppose", "nvidia")},
        ),
        # who advised a ban takes its stance too
        (
            "Fiji chose Huawei, which was banned from involvement in Australia's "
            "national broadband network on the advice of ASIO.",
            {
                ("fiji", "support", "huawei"),
                ("australia", "oppose", "huawei"),
                ("asio", "oppose", "huawei"),
            },
        ),
        # so a demonym opening what the ban keeps out of (but not a named store)
        (
            "TikTok has been banned from all Australian government devices.",
            {("australia", "oppose", "tiktok")},
        ),
        (
            "Huawei has been banned from British 5G networks.",
            {("united-kingdom", "oppose", "huawei")},
        ),
        ("Telegram was removed from the Russian App Store.", set()),
        # a partnership one side only intends is that side's stance alone
        (
            "Japan and Canada said they would strengthen cooperation with Australia.",
            {("japan", "support", "australia"), ("canada", "support", "australia")},
        ),
        # a party coordinated with an unnamed group keeps the act
        (
            "Canada and several other Western nations have shut ZTE out of tenders.",
            {("canada", "oppose", "zte")},
        ),
        # a participle after an order is the act of the order's author, past a
        # phrase of time between the subject and its verb
        (
            "French President Emmanuel Macron at the same time signed a decree "
            "effectively banning ZTE.",
            {("emmanuel-macron", "oppose", "zte"), ("france", "oppose", "zte")},
        ),
    ],
)
def test_clause_shapes(body: str, expected: set[tuple[str, str, str]]) -> None:
    assert stances(body) == expected


# -- reactions: whom a reaction answers, and who did what it answers -------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Brazil hit back at Argentina on Friday.",
        "A senior Brazilian general lashed out at Argentina.",
    ],
)
def test_lashing_out_at_a_country_is_opposing_it(sentence: str) -> None:
    # "at" before a country opens the one acted upon here, not a setting
    assert stances(sentence) == {("brazil", "oppose", "argentina")}


def test_the_one_blamed_for_an_act_did_it() -> None:
    assert stances("Mexico criticized Peru for its decision to ban ZTE.") == {
        ("mexico", "oppose", "peru"),
        ("peru", "oppose", "zte"),
    }


def test_sanctions_from_a_country_are_its_act_against_who_answers_them() -> None:
    assert stances("Iran vowed to retaliate against new sanctions from France and Italy.") == {
        ("iran", "oppose", "france"),
        ("iran", "oppose", "italy"),
        ("france", "oppose", "iran"),
        ("italy", "oppose", "iran"),
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Samsung will invest $2 billion over the next four years in Vietnam.",
        "Samsung Chief Executive Jay Y. Lee said the technology giant will invest $2 billion in Vietnam.",
    ],
)
def test_investing_in_a_country_supports_it(sentence: str) -> None:
    # the country after "in" is where the money goes, not a setting; "the
    # technology giant" in the sentence of the company that says so is that company
    assert ("samsung", "support", "vietnam") in stances(sentence)


def test_yet_to_decide_whether_to_act_is_undecided_about_the_object() -> None:
    assert stances("Portugal has yet to decide whether to allow ZTE in its networks.") == {
        ("portugal", "undecided", "zte")
    }


def test_funds_received_up_to_an_amount_from_a_countrys_ministry() -> None:
    # "Co. (Samsung)" does not end the sentence; "up to" bounds the amount; a
    # country's ministry ("Vietnam's trade ministry") gives, and its country with it
    sentence = (
        "Samsung Electronics Co. (Samsung) will receive up to US$2 billion in subsidies "
        "from Vietnam's trade ministry for its new fab."
    )
    assert stances(sentence) == {
        ("vietnam", "support", "samsung"),
        ("ministry-of-trade-of-vietnam", "support", "samsung"),
    }


# -- judgements: a speaker calling an act unjustified, or welcome --------------------------------


def test_a_speaker_calling_the_last_act_unjustified_opposes_its_author() -> None:
    text = (
        "Italy fined Meta over data transfers. "
        '"This flawed decision is completely unjustified," a Meta spokesperson said.'
    )
    assert ("meta", "oppose", "italy") in stances(text)


def test_a_judgement_of_a_named_party_goes_to_that_party() -> None:
    text = (
        "Canada raised tariffs on steel. "
        '"Actors like Brazil have chosen an unfair policy," Canada\'s trade minister said.'
    )
    found = stances(text)
    assert ("canada", "oppose", "brazil") in found
    assert not {s for s in found if s[2] == "canada"}  # never its own side


def test_a_judgement_with_a_not_is_no_stance() -> None:
    text = 'Italy fined Meta. "The decision is not unjustified," a Meta spokesperson said.'
    assert ("meta", "oppose", "italy") not in stances(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # the judge is the one who "called" the act so, before it
            "The US imposed sanctions on Pakistan's missile agency. In response, Pakistan's "
            "foreign ministry called the sanctions 'unfortunate and biased,' claiming they "
            "threaten regional stability.",
            ("pakistan", "oppose", "united-states"),
        ),
        (
            "The EU fined Apple. Apple called the fine unjustified.",
            ("apple", "oppose", "european-union"),
        ),
        (
            "Meta blocked news in Canada. Heritage Minister Pablo Rodriguez says Meta's latest "
            "decision is “unreasonable” and “irresponsible”.",
            ("pablo-rodriguez", "oppose", "meta"),
        ),
    ],
)
def test_a_judge_named_before_the_act_it_calls_wrong(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in stances(text)


def test_a_judging_word_far_from_the_act_is_about_something_else() -> None:
    text = (
        "Economy Minister Carlos Cuerpo said Spain and the EU were working to find a balance "
        "that avoided a trade war while protecting its products from unfair trade practices."
    )
    assert stances(text) == set()


def test_listed_names_with_brackets_and_demonyms() -> None:
    sentence = (
        "Japan has included Chinese chipmakers Hua Hong Semiconductor and Semiconductor "
        "Manufacturing International Corp (SMIC) on its export control list."
    )
    found = stances(sentence)
    assert ("japan", "oppose", "smic") in found
    assert ("japan", "oppose", "china") not in found  # "Chinese chipmakers X": X is listed


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Estonia told two Russian diplomats to leave the country.",
            {("estonia", "oppose", "russia")},
        ),
        (
            "Latvia has ordered Belarus's ambassador to leave within 72 hours.",
            {("latvia", "oppose", "belarus")},
        ),
        ("Huawei decided to leave the market.", set()),
        ("Poland did not order Belarusian diplomats to leave.", set()),
    ],
)
def test_ordering_a_country_s_people_to_leave_is_expelling_it(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    assert stances(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Canada called Iran a threat to regional security.", {("canada", "oppose", "iran")}),
        ("Japan sees India as a key partner in the region.", {("japan", "support", "india")}),
        # calling a party a scapegoat or a victim defends it
        ("Kenya described Huawei as a scapegoat.", {("kenya", "support", "huawei")}),
        ("Brazil described Argentina as its closest ally.", {("brazil", "support", "argentina")}),
        ("Canada did not call Iran a threat.", set()),
        ("Officials called the plan a success.", set()),
        # a passive: the labeller after "by", the labelled the subject; no weighing
        (
            "Wagner is considered by the US as an international terrorist organization.",
            {("united-states", "oppose", "wagner-group")},
        ),
        (
            "Huawei is seen by Washington as a security threat.",
            {("united-states", "oppose", "huawei")},
        ),
    ],
)
def test_labelling_a_party_is_a_stance_toward_it(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    assert stances(sentence) == expected


def test_the_subject_before_a_relative_clause_acts_after_it() -> None:
    sentence = (
        "Mexico, which also trades with Peru and Chile, reacted on Friday, "
        "calling Cuba an adversary."
    )
    assert stances(sentence) == {("mexico", "oppose", "cuba")}


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Norway reversed its decision to allow ZTE.", {("norway", "oppose", "zte")}),
        ("Norway scrapped a proposal to ban ZTE.", {("norway", "support", "zte")}),
        ("Norway announced a decision to allow ZTE.", {("norway", "support", "zte")}),
    ],
)
def test_undoing_a_decision_undoes_its_act(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    assert stances(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Canada sanctioned two Russian firms, Rostelecom and Kaspersky, on Friday.",
            {("canada", "oppose", "rostelecom"), ("canada", "oppose", "kaspersky")},
        ),
        (
            "Canada sanctioned two groups, Rostelecom and Kaspersky.",
            {("canada", "oppose", "rostelecom"), ("canada", "oppose", "kaspersky")},
        ),
        (
            "Canada sanctioned a Russian company, Kaspersky, on Friday.",
            {("canada", "oppose", "kaspersky")},
        ),
        (
            "Canada sanctioned Rostelecom, a state-owned carrier, and two smaller "
            "firms, Kaspersky and Yandex.",
            {
                ("canada", "oppose", "rostelecom"),
                ("canada", "oppose", "kaspersky"),
                ("canada", "oppose", "yandex"),
            },
        ),
        (
            "Rostelecom, the Russian state-owned carrier, and Kaspersky sued Canada.",
            {("rostelecom", "oppose", "canada"), ("kaspersky", "oppose", "canada")},
        ),
    ],
)
def test_parties_named_after_their_description(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    # a description set off by commas names the parties after it, or joins
    # the party before it to the ones after: not the nationality it mentions
    assert stances(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Canada sanctioned the carrier, Kaspersky said.",
        "Canada sanctioned Rostelecom, which makes routers, and Kaspersky said so.",
    ],
)
def test_a_clause_after_a_comma_names_no_target(sentence: str) -> None:
    assert ("canada", "oppose", "kaspersky") not in stances(sentence)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Russia launched a cyber-attack on Estonia.", {("russia", "oppose", "estonia")}),
        ("Russia launched cyber-attacks on Estonia.", {("russia", "oppose", "estonia")}),
        (
            "Kenya issued a cease-and-desist order to Starlink.",
            {("kenya", "oppose", "starlink")},
        ),
        ("Kenya agreed a phase-out of Huawei equipment.", {("kenya", "oppose", "huawei")}),
    ],
)
def test_a_hyphenated_act_noun_is_one_act(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    # "cease-and-desist" is an order, not "cease" undoing something
    assert stances(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            '"Iran is directly implicated in the attacks," the Canadian government said.',
            {("canada", "oppose", "iran")},
        ),
        ("The Kenyan government said Iran was accused of the hack.", {("kenya", "oppose", "iran")}),
    ],
)
def test_an_accusation_with_no_accuser_named_is_the_speaker_s(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    assert stances(sentence) == expected


def test_an_accusation_the_accused_reports_is_no_stance() -> None:
    assert stances("Huawei has been accused of spying, the company said.") == set()


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The Asian Development Bank said its board of directors has approved "
            "$500 million in loans for Vietnam.",
            {("asian-development-bank", "support", "vietnam")},
        ),
        ("Kenya said its regulators would ban Huawei.", {("kenya", "oppose", "huawei")}),
    ],
)
def test_a_body_named_by_a_possessive_pronoun_is_its_owner_s(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    assert stances(sentence) == expected


def test_a_by_agent_after_a_title_is_the_act_s_author() -> None:
    # "tariffs announced by President X": the tariffs are X's (and their country's)
    assert ("china", "oppose", "united-states") in stances(
        "China vowed to retaliate against tariffs announced by President Joe Biden."
    )


def test_an_act_noun_on_each_other_is_mutual() -> None:
    assert stances("Peru and Chile announced expulsions of each other's diplomats.") == {
        ("peru", "oppose", "chile"),
        ("chile", "oppose", "peru"),
    }


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("New sanctions were imposed by Canada on Iran.", {("canada", "oppose", "iran")}),
        (
            "An aid package worth 5 million dollars will be offered by Japan to the Philippines.",
            {("japan", "support", "philippines")},
        ),
        (
            "A loan was quietly approved by the World Bank for Kenya.",
            {("world-bank", "support", "kenya")},
        ),
        ("New sanctions could be imposed by Canada on Iran.", set()),
        ("Sanctions were imposed on Iran.", set()),
    ],
)
def test_an_act_noun_as_the_subject_of_a_passive_verb(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    assert stances(sentence) == expected


def test_backing_an_agreement_between_two_parties_supports_both() -> None:
    assert stances("Canada welcomed the agreement between Peru and Chile.") == {
        ("canada", "support", "peru"),
        ("canada", "support", "chile"),
        ("peru", "support", "chile"),
        ("chile", "support", "peru"),
    }


def test_an_international_official_acts_for_the_body_not_their_home_country() -> None:
    # the registry gives António Guterres Portugal and the UN
    assert stances("Antonio Guterres condemned the attack by Russia on Ukraine.") >= {
        ("antonio-guterres", "oppose", "russia"),
        ("united-nations", "oppose", "russia"),
    }
    assert not any(a == "portugal" for a, _, _ in stances("Antonio Guterres criticised Russia."))


def test_a_union_s_institution_and_the_union_are_one_side() -> None:
    assert stances("The European Commission approved an agreement between the EU and Japan.") == {
        ("european-commission", "support", "japan"),
        ("european-union", "support", "japan"),
        ("japan", "support", "european-union"),
    }


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Kenya ordered the suspension of Telegram.", {("kenya", "oppose", "telegram")}),
        ("Canada agreed to the lifting of sanctions on Iran.", {("canada", "support", "iran")}),
        (
            "Canada announced the removal of Huawei from its networks.",
            {("canada", "oppose", "huawei")},
        ),
    ],
)
def test_the_noun_of_an_undoing_verb(sentence: str, expected: set[tuple[str, str, str]]) -> None:
    # "the suspension of X" opposes X; "the lifting of sanctions on X" undoes them
    assert stances(sentence) == expected


def test_undoing_a_party_s_act_undoes_the_act_not_the_party() -> None:
    # "scrap Tokyo's export restrictions on Seoul": the restrictions go, Seoul is favoured
    assert stances("Japan agreed to scrap Tokyo's export restrictions on Seoul.") == {
        ("japan", "support", "south-korea")
    }
    assert stances("Peru lifted Lima's ban on Huawei.") == {("peru", "support", "huawei")}


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Kenya halted new downloads of DeepSeek.", {("kenya", "oppose", "deepseek")}),
        ("Namibia suspended the operations of Starlink.", {("namibia", "oppose", "starlink")}),
        ("Namibia suspended the ban on Starlink.", {("namibia", "support", "starlink")}),
    ],
)
def test_undoing_a_party_s_own_activity_opposes_it(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    # "operations" is also an act noun (a military operation): not undone here
    assert stances(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Peru is carrying out a review of suppliers such as Huawei and ZTE.",
            {("peru", "undecided", "huawei"), ("peru", "undecided", "zte")},
        ),
        (
            "Peru is reviewing suppliers such as Huawei and ZTE.",
            {("peru", "undecided", "huawei"), ("peru", "undecided", "zte")},
        ),
        (
            "Canada imposed sanctions on 300 people and companies, including entities in "
            "China and Turkey.",
            {("canada", "oppose", "china"), ("canada", "oppose", "turkey")},
        ),
        ("Russia's war effort, including entities in China, goes on.", set()),
    ],
)
def test_targets_named_by_example(sentence: str, expected: set[tuple[str, str, str]]) -> None:
    # "such as", "including": the parties named stand for the class; firms "in" a
    # country are that country's
    assert stances(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Canada allowed Huawei to buy chips from Qualcomm.", {("canada", "support", "huawei")}),
        (
            "Canada revoked licences allowing Huawei to buy chips from Qualcomm.",
            {("canada", "oppose", "huawei")},
        ),
    ],
)
def test_a_permitted_act_is_nobody_s_act_yet(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    # was: Canada "buying" from Qualcomm (the purchase read as the allower's)
    assert stances(sentence) == expected


def test_he_is_the_one_who_acted_in_the_sentence_before() -> None:
    # the last person named ("Musk") is the one acted upon, not the antecedent
    found = stances(
        "Nicolas Maduro claimed that Elon Musk violated the rules. "
        "He also accused Huawei of spying."
    )
    assert ("nicolas-maduro", "oppose", "huawei") in found
    assert ("elon-musk", "oppose", "huawei") not in found


def test_the_party_right_before_a_gerund_is_its_subject() -> None:
    # inside a phrase ("in response to the UK issuing ..."), not a setting
    assert stances(
        "Moscow made the demands in response to Canada issuing sanctions against Russia."
    ) >= {("canada", "oppose", "russia")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Huawei plans to challenge the Estonia 5G ban in court.",
        "Huawei plans to challenge the Estonian ban in court.",
    ],
)
def test_challenging_a_ban_with_no_target_named_shows_whom_it_hits(sentence: str) -> None:
    assert stances(sentence) == {("huawei", "oppose", "estonia"), ("estonia", "oppose", "huawei")}


def test_challenging_a_ban_on_another_party_is_no_ban_on_the_challenger() -> None:
    # China is not banned; the ban, the US's, is on Huawei
    assert stances("China condemned the US ban on Huawei.") == {
        ("china", "oppose", "united-states"),
        ("united-states", "oppose", "huawei"),
    }


def test_breaking_the_law_is_a_fault_the_speaker_finds() -> None:
    assert stances("The regulator of Kenya said Uber broke the rules.") == {
        ("kenya", "oppose", "uber")
    }


def test_a_country_s_unnamed_body_acts_for_the_country() -> None:
    # "Netherlands' DPA fined X" (the DPA unknown): the Netherlands fines, not X
    # (the country read as the modifier of the party after the verb)
    assert stances("Netherlands’ DPA fines Clearview AI 30 million euros.") == {
        ("netherlands", "oppose", "clearview-ai")
    }


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            'Peru declared the two Chilean diplomats "personae non gratae" on Monday.',
            {("peru", "oppose", "chile")},
        ),
        ("Peru declared the Chilean ambassador persona non grata.", {("peru", "oppose", "chile")}),
        ("Peru declared a state of emergency.", set()),
    ],
)
def test_declaring_a_diplomat_persona_non_grata_expels_their_country(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    assert stances(sentence) == expected


def test_an_act_on_an_embassy_is_an_act_on_its_country() -> None:
    # the country only: both gold sets name it, the embassy at most optionally
    assert stances("Bulgaria sanctioned the Russian Embassy in Sofia.") == {
        ("bulgaria", "oppose", "russia"),
    }


def test_a_participle_after_an_act_noun_is_the_act_s_author_s() -> None:
    # "announced operations targeting X": who announced them targets X
    assert stances(
        "Azerbaijan announced counterterrorism operations targeting Armenian forces."
    ) == {("azerbaijan", "oppose", "armenia")}


def test_a_reference_to_the_last_act_names_whom_it_covers() -> None:
    found = stances(
        "The EU imposed new sanctions on Russia on Monday. The sanctions include Gazprom and Rosneft."
    )
    assert found >= {
        ("european-union", "oppose", "gazprom"),
        ("european-union", "oppose", "rosneft"),
    }
    assert stances("The deal includes Huawei.") == set()


def test_a_list_of_names_may_put_the_before_one() -> None:
    assert stances("Canada sanctioned Rostelecom, the Kaspersky Lab and Yandex.") == {
        ("canada", "oppose", "rostelecom"),
        ("canada", "oppose", "kaspersky"),
        ("canada", "oppose", "yandex"),
    }


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Turkey blocked Sweden's bid.", {("turkey", "oppose", "sweden")}),
        ("Chad expelled the French ambassador.", {("chad", "oppose", "france")}),
        ("Orange juice prices rose.", set()),
    ],
)
def test_a_country_named_like_a_word_opens_a_sentence_before_a_past_tense(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    assert stances(sentence) == expected


def test_welcoming_a_party_s_aid_supports_the_giver_and_names_the_receiver() -> None:
    assert stances("Kenya welcomed the new Chinese aid package.") == {
        ("kenya", "support", "china"),
        ("china", "support", "kenya"),
    }
    assert stances("Kenya welcomed the new aid package.") == set()


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Poland sent tanks to Ukraine.", {("poland", "support", "ukraine")}),
        ("Germany will deliver 200 howitzers to Ukraine.", {("germany", "support", "ukraine")}),
        ("China sent vaccines to Cambodia.", {("china", "support", "cambodia")}),
        (
            "Britain will send 5,000 anti-tank weapons to Ukraine.",
            {("united-kingdom", "support", "ukraine")},
        ),
        ("The US delivered a blow to Huawei.", set()),
        ("Russia sold 10 jets to India.", set()),
    ],
)
def test_goods_that_aid_given_to_a_party(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    assert stances(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Nokia won China Mobile's 5G contract.", {("china-mobile", "support", "nokia")}),
        ("Ericsson won the EU's approval.", {("european-union", "support", "ericsson")}),
        ("Nokia won one of Telia's contracts.", {("telia", "support", "nokia")}),
    ],
)
def test_winning_a_party_s_act_is_that_party_s_choice(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    assert stances(sentence) == expected


def test_a_count_written_with_thousands_commas_is_one_amount() -> None:
    # "500,000" was three tokens, and its comma ended the phrase
    assert stances("China donated 500,000 vaccine doses to the Philippines.") == {
        ("china", "support", "philippines")
    }


def test_an_act_prompted_from_a_party_is_that_party_s() -> None:
    assert stances(
        "North Korea fired a missile into the sea, prompting condemnation from Japan and Peru."
    ) == {("japan", "oppose", "north-korea"), ("peru", "oppose", "north-korea")}


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Germany suspended arms exports to Turkey.", {("germany", "oppose", "turkey")}),
        ("China halted imports of Japanese seafood.", {("china", "oppose", "japan")}),
        ("India halted visa services for Canadian citizens.", {("india", "oppose", "canada")}),
    ],
)
def test_undoing_trade_with_a_party_opposes_it(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    assert stances(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Peru and Chile deepened high-level ties in Lima.",
            {("peru", "support", "chile"), ("chile", "support", "peru")},
        ),
        (
            "Peru and Chile deepened bilateral ties in Lima.",
            {("peru", "support", "chile"), ("chile", "support", "peru")},
        ),
        ("Peru imposed fresh sanctions on Chile.", {("peru", "oppose", "chile")}),
    ],
)
def test_a_phrase_s_words_may_have_describing_words_between(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    assert stances(sentence) == expected


def test_a_headline_that_ends_inside_a_phrase_reads() -> None:
    # "hold ... talks" cut short after describing words, at the headline's end
    article = parse("Peru and Chile will hold high-level\n\nThey met.\n", "x.txt", Furniture.load())
    assert extractor()(article).stances == ()


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Pakistan and Afghanistan traded accusations over border clashes.",
            {("pakistan", "oppose", "afghanistan"), ("afghanistan", "oppose", "pakistan")},
        ),
        (
            "India and Pakistan exchanged fire on Sunday.",
            {("india", "oppose", "pakistan"), ("pakistan", "oppose", "india")},
        ),
    ],
)
def test_an_act_exchanged_is_each_side_s_on_the_other(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    assert stances(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "China firmly opposes the US decision to sell arms to Taiwan.",
            {("china", "oppose", "united-states")},
        ),
        ("Hezbollah fired rockets into northern Israel.", {("hezbollah", "oppose", "israel")}),
        ("North Korea fired a missile into the sea.", set()),
        ("North Korea fired a missile into the sea near Japan.", set()),
        (
            "North Korea fired 200 artillery shells near a South Korean border island.",
            {("north-korea", "oppose", "south-korea")},
        ),
        ("Iran vowed revenge against Israel.", {("iran", "oppose", "israel")}),
        ("Japan promised support for Ukraine.", {("japan", "support", "ukraine")}),
    ],
)
def test_wire_report_shapes(sentence: str, expected: set[tuple[str, str, str]]) -> None:
    # an infinitive's own target is not the decision's; "into" a region of a
    # country is aimed; vowing or promising an act is doing it
    found = stances(sentence)
    assert {s for s in found if s[0] != "lebanon"} == expected


def test_a_country_before_an_international_body_does_not_own_it() -> None:
    # "Finland's NATO membership": Finland's, not a Finnish NATO
    assert stances("Ankara threatened to block Finland's NATO membership.") == {
        ("turkey", "oppose", "finland")
    }


def test_a_hyphenated_verb_before_its_object_governs_it() -> None:
    # "test-fired two ballistic missiles": a verb, not a modifier like "life-saving aid"
    assert stances("North Korea test-fired two ballistic missiles toward Japan.") == {
        ("north-korea", "oppose", "japan")
    }


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "China's state planner and Samsung Electronics have signed a memorandum of "
            "understanding.",
            {("china", "support", "samsung"), ("samsung", "support", "china")},
        ),
        (
            "The Chinese government and South Korea's Samsung Electronics signed a deal.",
            {("china", "support", "samsung"), ("samsung", "support", "china")},
        ),
        (
            "The US banned the Chinese government and Huawei from the network.",
            {("united-states", "oppose", "china"), ("united-states", "oppose", "huawei")},
        ),
    ],
)
def test_a_party_s_unnamed_agent_joins_a_list(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    # "China's state planner and Samsung": the planner acts for China, so the
    # two parties are listed together
    assert stances(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The Iran-backed Houthis attacked ships.", {("iran", "support", "houthis")}),
        ("The US-sanctioned Huawei reported profits.", {("united-states", "oppose", "huawei")}),
        ("Kremlin-backed hackers attacked the network.", set()),
    ],
)
def test_a_party_s_hyphenated_act_before_another_party(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    # "the Iran-backed Houthis": Iran backs them; unnamed hackers are nobody
    assert stances(sentence) == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        (
            "Belgium accused China of hacking its ministries. China denied the accusations.",
            {("belgium", "oppose", "china"), ("china", "oppose", "belgium")},
        ),
        (
            "Belgium accused China of hacking its ministries. China denied an accusation of "
            "spying.",
            {("belgium", "oppose", "china")},
        ),
        (
            "Sweden fined Huawei. Huawei is therefore unable to appeal against the fine.",
            {("sweden", "oppose", "huawei")},
        ),
    ],
)
def test_answering_the_last_act_named_with_the(
    body: str, expected: set[tuple[str, str, str]]
) -> None:
    # "denied the accusations": the last accusation's, so its author's; "an
    # accusation" is another one; being unable to appeal is no appeal
    assert stances(body) == expected


def test_an_act_s_object_may_end_the_sentence_after_a_list() -> None:
    # the words after a reactive act's object ran past the end of this headline;
    # Dell and Super Micro are the victims of the fraud charged, no targets
    body = "Singapore Charges Three Men in Connection with Fraud Against Dell and Super Micro"
    assert ("singapore", "oppose", "dell-technologies") not in stances(body)
    assert ("singapore", "oppose", "dell-technologies") in stances("Singapore charged Dell.")


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The US lifted sanctions on three businesses linked to Oleg Deripaska.", set()),
        ("The US sanctioned firms tied to Iran.", set()),
        ("The US sanctioned Iran.", {("united-states", "oppose", "iran")}),
    ],
)
def test_parties_related_to_the_target_are_not_it(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    # "businesses linked to X": the businesses, unnamed, not X
    assert stances(sentence) == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        (
            "South Korea sanctioned North Korea. Among the groups sanctioned is the famous "
            "Lazarus Group.",
            {("south-korea", "oppose", "north-korea"), ("south-korea", "oppose", "lazarus-group")},
        ),
        (
            "Among the firms sanctioned on Monday by the EU were Huawei and ZTE.",
            {("european-union", "oppose", "huawei"), ("european-union", "oppose", "zte")},
        ),
    ],
)
def test_among_those_acted_on(body: str, expected: set[tuple[str, str, str]]) -> None:
    # "Among those sanctioned is X": the act's 'by' agent, else the last act's author
    assert stances(body) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The European Commission approved Italian state aid for STMicroelectronics.",
            {
                ("european-commission", "support", "stmicroelectronics"),
                ("italy", "support", "stmicroelectronics"),
            },
        ),
        ("The EU approved sanctions on Russia.", {("european-union", "oppose", "russia")}),
    ],
)
def test_approving_a_country_s_aid_for_a_party(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    # the approver backs the aid's receiver, and the aid is Italy's; a
    # demonym's noun ("Italian state") is a noun, not a verb
    assert stances(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Azerbaijan handed over 10 captured Armenian soldiers to Armenia.",
            {("azerbaijan", "support", "armenia")},
        ),
        (
            "Microsoft will invest $1.5 billion in the United Arab Emirates artificial "
            "intelligence firm G42.",
            {("microsoft", "support", "g42")},
        ),
        (
            "Apple said it would invest USD 600 billion in the United States.",
            {("apple", "support", "united-states")},
        ),
        (
            "The US Treasury on Jan. 26 designated the Wagner Group.",
            {
                ("us-treasury", "oppose", "wagner-group"),
                ("united-states", "oppose", "wagner-group"),
            },
        ),
    ],
)
def test_participles_codes_and_descriptions_in_a_phrase(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    # "10 captured soldiers": an adjective, not a seizure; handing over
    # captives releases them; a country opening a firm's description is no
    # place; a currency's code before its amount is no company
    assert stances(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "South African president Cyril Ramaphosa and his Chinese counterpart Xi Jinping "
            "discussed their economic partnership.",
            {("south-africa", "support", "china"), ("china", "support", "south-africa")},
        ),
        (
            "Russia discussed cooperation with India.",
            {("russia", "support", "india"), ("india", "support", "russia")},
        ),
        ("Russia discussed the weather with India.", set()),
    ],
)
def test_discussing_cooperation_and_the_leaders_who_own_it(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    # "their partnership": the pair the demonym's president heads, not the
    # demonym alone; discussing is meeting, a stance only where they cooperate
    assert stances(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Niger's military regime on Friday gave the French ambassador 48 hours to leave "
            "the country.",
            {("niger", "oppose", "france")},
        ),
        (
            "Japan ordered a Russian consul based in northern Japan to leave the country.",
            {("japan", "oppose", "russia")},
        ),
        (
            "Russia has arrested Wall Street Journal reporter Evan Gershkovich.",
            {("russia", "oppose", "evan-gershkovich")},
        ),
        (
            "Canada is ordering the dissolution of TikTok's Canadian business.",
            {("canada", "oppose", "tiktok")},
        ),
    ],
)
def test_expulsions_arrests_and_closures(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    # a deadline to leave expels; a place the expelled are based in is not
    # them; a reporter named after the title; a dissolution undoes a business
    assert stances(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Russia's regulator has ordered the blocking of public access to LinkedIn.",
            {("russia", "oppose", "linkedin")},
        ),
        ("MTS will cut off access to LinkedIn.", {("mts", "oppose", "linkedin")}),
        ("The US cut aid to Ukraine.", {("united-states", "oppose", "ukraine")}),
    ],
)
def test_an_act_named_by_its_gerund_or_a_phrasal_verb_on_access(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    # "the blocking of access to X" blocks X (no access granted); "cut off
    # access" is the phrase's act, while "cut aid" still undoes the aid
    assert stances(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Starlink was granted licences by Somalia and Lesotho in April.",
            {("somalia", "support", "starlink"), ("lesotho", "support", "starlink")},
        ),
        ("They were using technology made by Huawei.", set()),
    ],
)
def test_a_passive_s_agent_past_a_noun_that_could_be_a_verb(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    # "licences" is a noun here; "made by X" is another verb's agent
    assert stances(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Nokia works with Huawei on 5G.",
            {("nokia", "support", "huawei"), ("huawei", "support", "nokia")},
        ),
        ("Nokia will not be working with Huawei.", {("nokia", "oppose", "huawei")}),
        ("President William Ruto is on Monday scheduled to hold talks with Tanzania.", set()),
    ],
)
def test_working_with_a_party_and_refusing_to(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    # the phrase holds its preposition ("work with X"); refusing to cooperate
    # opposes; talks scheduled are not yet held
    assert stances(sentence) == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        (
            "Ottawa told a Chinese diplomat to leave. Canada on Monday expelled Chinese "
            "diplomat Zhao Wei.",
            {("canada", "oppose", "china"), ("canada", "oppose", "zhao-wei")},
        ),
        (
            "China told Jennifer Lynn Lalonde, consul of the Canadian consulate in Shanghai, "
            "to leave China.",
            {("china", "oppose", "jennifer-lynn-lalonde")},
        ),
    ],
)
def test_a_named_person_expelled_stays_the_target(
    body: str, expected: set[tuple[str, str, str]]
) -> None:
    # an act on a person's presence is toward the person, beside any stance
    # toward their country; a title set off by commas is read past
    assert stances(body) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Huawei challenged Estonia's 5G ban.",
            {("huawei", "oppose", "estonia"), ("estonia", "oppose", "huawei")},
        ),
        (
            "India rejected Pakistan's allegations that New Delhi was involved in the attacks.",
            {("india", "oppose", "pakistan"), ("pakistan", "oppose", "india")},
        ),
    ],
)
def test_answering_a_party_s_own_act_shows_whom_it_hits(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    # a possessive names the act's author, as "the Estonian ban" did; the act
    # names no other target, so it is on the one who answers it
    assert stances(sentence) == expected


def test_a_deal_struck_to_do_something_is_a_deal_between_its_parties() -> None:
    # "agreed to join Z" is read at what they agreed to; "struck a deal to end
    # the ban" is also a deal between the two
    assert stances("Apple and the Indonesian government have struck a deal to end the ban.") >= {
        ("apple", "support", "indonesia"),
        ("indonesia", "support", "apple"),
    }


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Brazil put a temporary freeze on Starlink.", ("brazil", "oppose", "starlink")),
        (
            "The EU imposed a moratorium on Chinese solar panels.",
            ("european-union", "oppose", "china"),
        ),
        ("Japan imposed an asset freeze on Rosneft.", ("japan", "oppose", "rosneft")),
    ],
)
def test_a_freeze_or_a_moratorium_on_a_party(sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in stances(sentence)


def test_people_listed_each_after_a_title_of_their_own() -> None:
    found = stances(
        "The US sanctioned several SSB officials, including SSB President Ismail Demir, "
        "Vice President Faruk Yigit, and air defense officials Serhat Gencoglu and Mustafa "
        "Alper Deniz."
    )
    assert {("united-states", "oppose", x) for x in ("ismail-demir", "faruk-yigit")} <= found
    # a clause after the list names no one listed
    assert ("china", "oppose", "joe-biden") not in stances(
        "China sanctioned officials, including former Secretary of State Mike Pompeo, "
        "minutes after Joe Biden became president."
    )


def test_a_greenlight_received_from_a_body_is_its_approval() -> None:
    assert stances(
        "Telkom Kenya has received the Competition Authority of Kenya greenlight to merge."
    ) >= {("competition-authority-of-kenya", "support", "telkom-kenya")}


def test_one_certain_that_a_party_was_behind_an_attack_faults_it() -> None:
    assert stances(
        "The Czech government is certain that the Russian intelligence service FSB was behind "
        "the attacks."
    ) == {("czech-republic", "oppose", "fsb")}


def test_the_one_announcing_a_listing_lists() -> None:
    assert stances(
        "China said Lockheed Martin and Raytheon have been added to the unreliable entity list."
    ) == {("china", "oppose", "lockheed-martin"), ("china", "oppose", "rtx")}


def test_the_ambassador_of_a_neighbouring_country_declared_persona_non_grata() -> None:
    assert stances(
        "Montenegro has declared the ambassador of neighboring Serbia persona non grata."
    ) == {("montenegro", "oppose", "serbia")}
    assert ("russia", "oppose", "estonia") in stances("Russia expelled two Estonian diplomats.")


def test_a_short_form_before_its_name_in_brackets_names_the_body() -> None:
    assert stances(
        "BTRC (Bangladesh Telecommunication Regulatory Commission) fined Grameenphone."
    ) >= {("bangladesh-telecommunication-regulatory-commission", "oppose", "grameenphone")}


def test_a_company_the_country_owns_after_its_possessive_is_acted_on() -> None:
    assert stances("Bangladesh fined the country’s largest operator Grameenphone.") == {
        ("bangladesh", "oppose", "grameenphone")
    }


def test_a_clash_at_a_place_between_two_sides() -> None:
    found = stances(
        "Sources confirmed a firefight on the Torkham border between Taliban and Pakistan military."
    )
    assert {("taliban", "oppose", "pakistan"), ("pakistan", "oppose", "taliban")} <= found
    # a deal "on the cable between" two countries is about the cable's ends
    assert not stances("The deal on the cable between Maldives and Sri Lanka was signed.")


def test_reopening_a_border_with_a_party_allows_it() -> None:
    assert stances("Rwanda on Monday reopened its land border with Uganda.") == {
        ("rwanda", "support", "uganda")
    }


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The EU announced the lifting of the remaining sanctions on Burundi.",
            ("european-union", "support", "burundi"),
        ),
        (
            "Rodrigo Duterte ordered the lifting of the total ban on exports to Kuwait.",
            ("rodrigo-duterte", "support", "kuwait"),
        ),
    ],
)
def test_an_act_undone_with_a_word_describing_it(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    found = stances(sentence)
    assert expected in found
    assert (expected[0], "oppose", expected[2]) not in found


def test_an_act_only_reported_of_a_party_is_no_stance() -> None:
    assert not stances(
        "Zambian President Edgar Lungu dismissed reports of the government rejecting an offer "
        "from the International Monetary Fund (IMF)."
    )


def test_one_alleging_that_a_party_did_something_accuses_it() -> None:
    assert stances("Bhutan alleged that China attempted to declare the sanctuary disputed.") == {
        ("bhutan", "oppose", "china")
    }
    # the one acted upon in a passive clause is no accused
    assert ("kenya", "oppose", "kenya") not in stances(
        "Kenya alleged that its networks were hacked by China."
    )


def test_them_after_a_second_verb_stands_for_the_parties_named_before() -> None:
    assert stances(
        "The Uzbek authorities included the social networks Telegram, Facebook and Instagram in "
        "the register of violators of the law and restricted access to them."
    ) >= {("uzbekistan", "oppose", x) for x in ("telegram", "meta", "instagram")}
    # not the verb's own subject
    assert not {
        (a, t)
        for a, _, t in stances("Uzbekistan warned Telegram and Facebook and later blocked them.")
        if a in ("telegram", "meta")
    }


def test_a_bill_another_party_backs_is_the_approvers() -> None:
    assert stances(
        "Romania's government approved a US-backed bill that bars Huawei from its 5G network."
    ) == {("romania", "oppose", "huawei")}


def test_acts_a_ban_bars_in_a_coordination_are_not_done() -> None:
    assert stances(
        "China prohibited any organisation or individual in China from dealing or working with Huawei."
    ) == {("china", "oppose", "huawei")}


def test_working_with_private_people_is_no_cooperation_with_their_country() -> None:
    assert not stances(
        "Arthur Petrov was detained. Petrov was alleged to have been working with two Russian co-conspirators."
    ) & {("arthur-petrov", "support", "russia"), ("russia", "support", "arthur-petrov")}


def test_a_measure_evaded_or_circumvented_is_not_the_evaders() -> None:
    assert not stances("Huawei evaded export controls on Russia.")
    assert not stances("ZTE circumvented the ban on Iran.")


def test_an_act_noun_investigated_is_not_the_investigators() -> None:
    assert not stances("NATO will investigate cyber-attacks on Poland.")
    assert ("european-union", "oppose", "china") in stances(
        "The EU launched an investigation into Chinese subsidies."
    )


def test_a_person_joining_a_company_takes_a_job() -> None:
    assert not stances("Jerri DeVard, a former Obama fundraiser, will join Nokia on Jan 1.")
    assert not stances("Former Intel executive Pat Gelsinger joined TSMC in 2024.")
    assert ("sweden", "support", "nato") in stances("Sweden joined NATO in 2024.")


def test_a_participle_between_an_acts_verb_and_its_noun_describes_the_noun() -> None:
    # "stole restricted information": stolen, nothing restricted
    assert not stances("Meng Wanzhou allegedly stole restricted information on TSMC's processes.")
    # (a verb of no act keeps its participle's act: "confirmed continued support")
    assert ("india", "support", "sri-lanka") in stances(
        "India confirmed continued support for Sri Lanka."
    )


def test_crediting_a_party_with_an_achievement_praises_it() -> None:
    assert stances("Kyrgyzstan credited Russia with preserving its statehood.") == {
        ("kyrgyzstan", "support", "russia")
    }


def test_may_inside_a_sentence_is_the_month_not_a_modal() -> None:
    assert ("bolivia", "oppose", "iberdrola") in stances(
        "Bolivia marked May Day by nationalizing Iberdrola."
    )
    # (still a modal in a headline's title case)
    article = parse(
        "Bolivia May Ban Iberdrola\n\nThe report came on Monday.\n", "x.txt", Furniture.load()
    )
    assert not extractor()(article).stances


def test_a_countrys_unnamed_state_company_acts_for_it() -> None:
    assert ("tanzania", "support", "huawei") in stances(
        "Tanzania's state-run telecom company signed a contract with Huawei."
    )
    assert ("mongolia", "support", "boeing") in stances(
        "Mongolia's national carrier is buying three Boeing jets."
    )
    # (a company the country does not own is only of its nationality)
    assert not stances("A Chinese company signed a contract with Kenya.")


def test_others_left_out_after_and_share_the_first_verbs_subject() -> None:
    assert ("taliban", "oppose", "iran") in stances(
        "Two Iranian border guards were killed and two others injured in clashes with the Taliban."
    )


def test_a_vetoed_text_a_party_put_forward_is_not_done() -> None:
    found = stances("The US vetoed a draft UN resolution to grant full membership to Palestine.")
    assert ("united-states", "oppose", "palestine") in found
    assert ("united-states", "support", "palestine") not in found


def test_a_participles_object_before_an_appositive_is_no_subject() -> None:
    assert not stances(
        "A cyberattack targeting Collins Aerospace, a provider of check-in systems, has "
        "disrupted operations at Heathrow and at airports in Germany."
    )


def test_a_party_judged_to_be_something_is_labelled_not_weighed() -> None:
    assert stances(
        "Serbia considers Kosovo's requests for membership in such organizations as UNESCO "
        "and Interpol to be unacceptable."
    ) == {("serbia", "oppose", "kosovo")}
    # (weighing whether to be a party still weighs)
    assert ("serbia", "undecided", "kosovo") in stances(
        "Serbia is considering whether to be part of the deal with Kosovo."
    )


def test_complaining_that_a_party_did_something_opposes_it() -> None:
    assert stances("Honduras complains that Nicaragua has built a naval base.") == {
        ("honduras", "oppose", "nicaragua")
    }


def test_closing_a_partys_base_undoes_it_but_closing_a_deal_completes_it() -> None:
    assert ("kyrgyzstan", "oppose", "united-states") in stances(
        "Kyrgyzstan's parliament voted Thursday to close a key U.S. air base in the country."
    )
    assert ("microsoft", "support", "activision-blizzard") in stances(
        "Microsoft closed a deal with Activision."
    )
    # "close" before a bare noun is an adjective
    assert not stances("Russia has close ties with Belarus.")


def test_detaining_a_countrys_national_is_no_act_on_the_country() -> None:
    assert not stances("Kyrgyz border guards have detained an Uzbek national.")
    # (a release of nationals still is)
    assert ("pakistan", "support", "india") in stances(
        "Pakistan released 30 Indian nationals from jail."
    )


def test_parties_named_after_a_description_their_country_owns_are_the_object() -> None:
    assert stances(
        "Cameroon's telecoms regulator has fined the country's two main mobile network "
        "carriers, MTN Cameroon and Orange, for failing their commitments."
    ) == {("cameroon", "oppose", "mtn-cameroon"), ("cameroon", "oppose", "orange")}


def test_a_noun_that_spells_an_urging_verb_urges_no_one() -> None:
    # "force" in "air force" is no "forced X to"
    assert ("kenya", "oppose", "al-shabaab") in stances(
        "Kenyan air force jets were reported to have launched an airstrike on al-Shabaab camps."
    )


def test_a_speakers_own_country_acts_for_the_speaker() -> None:
    assert ("palau", "support", "taiwan") in stances(
        "The president of Palau said his small Pacific island nation is committed to "
        "supporting Taiwan."
    )


def test_ordering_a_count_of_goods_buys_them() -> None:
    assert stances("Bangladesh ordered 24 Russian Yak-130 light fighter jets.") == {
        ("bangladesh", "support", "russia")
    }
    # (an order to people is none: "ordered two Chinese diplomats out of the country")
    assert ("kenya", "support", "china") not in stances(
        "Kenya ordered two Chinese diplomats out of the country."
    )


def test_a_party_said_to_be_welcome_or_allowed_is_allowed_by_the_speaker() -> None:
    assert stances(
        "Samoa's internet regulator says Chinese telecoms company Huawei is welcome to bid "
        "for 5G infrastructure."
    ) == {("samoa", "support", "huawei")}
    assert stances("Samoa said Huawei was allowed to bid.") == {("samoa", "support", "huawei")}
    # (a passive of "welcome" is still the welcoming)
    assert stances(
        "The reforms undertaken by the Government of Moldova are welcomed by European Union."
    ) == {("european-union", "support", "moldova")}


def test_a_speaker_after_a_quote_may_be_a_longer_body_of_a_country() -> None:
    assert stances(
        "Rosatom has been tapped to lead an international consortium, Kazakhstan's atomic "
        "energy agency said Saturday."
    ) == {("kazakhstan", "support", "rosatom")}
    # a speech verb's form after a possessive is a noun: "Russia's state nuclear corporation"
    assert ("russia", "support", "rosatom") not in stances(
        "Russia's state nuclear corporation Rosatom has been tapped to lead an international "
        "consortium, Kazakhstan's atomic energy agency said Saturday."
    )


def test_a_party_moved_out_of_a_body_between_a_phrases_words_leaves_the_body() -> None:
    assert ("brazil", "oppose", "world-health-organization") in stances(
        "President Jair Bolsonaro threatened to pull Brazil out of the World Health Organization."
    )
    # (a party between a verb and its one particle is still its object)
    assert stances("The US shut Huawei out of its market.") == {
        ("united-states", "oppose", "huawei")
    }


def test_either_between_to_and_its_verb_is_an_adverb() -> None:
    assert ("zimbabwe", "oppose", "telecel-zimbabwe") in stances(
        "The Zimbabwean government has revealed plans to either cancel the licence of Telecel "
        "Zimbabwe, or change the ownership structure of the company."
    )


def test_a_bare_rival_or_partner_after_and_names_who_the_party_is() -> None:
    assert not stances("Huawei and rival ZTE have been omitted from a list of vendors.")
    assert ("huawei", "oppose", "zte") in stances("Huawei will compete with ZTE.")


def test_talks_held_to_do_something_together_are_weighed_by_each_side() -> None:
    assert stances(
        "Sri Lanka is in advanced talks with India and Japan to construct a container terminal."
    ) == {
        ("sri-lanka", "undecided", "india"),
        ("sri-lanka", "undecided", "japan"),
        ("india", "undecided", "sri-lanka"),
        ("japan", "undecided", "sri-lanka"),
    }
    # (talks to discuss something are a meeting, no stance)
    assert not stances("Sri Lanka held talks with India to discuss trade.")


def test_people_captured_somewhere_and_to_be_freed_are_freed_by_the_captor() -> None:
    assert stances(
        "Four Venezuelan soldiers captured in Colombian territory will be repatriated."
    ) == {("colombia", "support", "venezuela")}
    # (a detention with its object is the captor's act)
    assert ("russia", "oppose", "ukraine") in stances(
        "Russian forces captured Ukrainian soldiers who were released."
    )


def test_a_party_something_moved_to_act_does_the_act() -> None:
    assert stances(
        "Dispute over new terms has led the Benin regulator to withdraw Globacom's licence."
    ) == {("benin", "oppose", "globacom")}
    assert ("czech-republic", "oppose", "china") in stances(
        "The comments prompted Prague to summon China's ambassador."
    )


def test_a_partys_thing_judged_faulty_is_the_judges_stance_toward_it() -> None:
    assert stances(
        "China's new maritime air defence zone is unenforceable and dangerous, Japan said."
    ) == {("japan", "oppose", "china")}
    assert not stances("China's economy is slowing, Japan said.")


def test_medical_goods_sent_to_a_country_aid_it() -> None:
    assert stances("Taiwan has sent an initial batch of 24 oxygen concentrators to Paraguay.") == {
        ("taiwan", "support", "paraguay")
    }


def test_a_hyphenated_act_word_before_craft_describes_them() -> None:
    assert ("angola", "oppose", "finmeccanica") not in stances(
        "The Angolan government has signed an agreement to acquire two fast-attack naval craft "
        "from two subsidiaries of Italy's Finmeccanica."
    )
    assert ("russia", "oppose", "ukraine") in stances("Russia launched a drone-attack on Kyiv.")


def test_buying_from_a_unit_of_a_company_buys_from_the_company() -> None:
    assert stances("Angola bought two naval craft from a subsidiary of Finmeccanica.") == {
        ("angola", "support", "finmeccanica")
    }


def test_refusing_to_tolerate_an_act_opposes_its_author() -> None:
    assert ("kenya", "oppose", "uganda") in stances(
        "Kenya will not tolerate interference by Uganda."
    )
    assert not stances("Kenya tolerated the move.")


def test_agreeing_to_undo_a_measure_is_a_deal_between_the_parties() -> None:
    assert stances("Mexico and Canada agreed to pause tariffs for a month.") == {
        ("mexico", "support", "canada"),
        ("canada", "support", "mexico"),
    }
    # one party alone agrees to the undoing, read as it
    assert stances("The US agreed to lift sanctions on Venezuela.") == {
        ("united-states", "support", "venezuela")
    }


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Ukraine expressed gratitude for the Japanese government's pledge of aid.",
            {("ukraine", "support", "japan")},
        ),
        ("Japan expressed support for Ukraine.", {("japan", "support", "ukraine")}),
    ],
)
def test_expressing_gratitude_or_support(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    assert stances(sentence) >= expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The UK has imposed sanctions on 10 companies it says are enabling Russia's army.",
            set(),
        ),
        ("Tensions between Beijing and US allies rose.", set()),
        (
            "Russia allied with Iran.",
            {("russia", "support", "iran"), ("iran", "support", "russia")},
        ),
    ],
)
def test_unnamed_subjects_and_allies(sentence: str, expected: set[tuple[str, str, str]]) -> None:
    # "companies it says are enabling X": the companies enable X, not the
    # speaker; "US allies" are a noun; allying is "ally with"
    found = stances(sentence)
    assert {s for s in found if s[1] == "support"} == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Vladimir Putin was charged by judges at the International Criminal Court.",
        "Vladimir Putin was charged by investigators from the International Criminal Court.",
    ],
)
def test_a_passive_s_agent_named_by_its_members(sentence: str) -> None:
    # "by judges at X": X acts
    assert stances(sentence) == {("international-criminal-court", "oppose", "vladimir-putin")}


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Nokia said it had signed an agreement to provide US carrier T-Mobile with 5G gear.",
            {("nokia", "support", "t-mobile-us"), ("t-mobile-us", "support", "nokia")},
        ),
        (
            "Ericsson signed a deal to supply Vodafone.",
            {("ericsson", "support", "vodafone"), ("vodafone", "support", "ericsson")},
        ),
    ],
)
def test_a_deal_to_supply_a_party_is_a_deal_with_it(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    # acts.yaml supply_verbs: the one supplied is the deal's other side
    assert stances(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Brazil signed a deal with Elon Musk's Chinese competitor.", set()),
        (
            "Brazil signed a deal with Elon Musk's SpaceX.",
            {("brazil", "support", "spacex"), ("spacex", "support", "brazil")},
        ),
        (
            "The US is investigating whether DeepSeek, a Chinese AI company, has been using "
            "Nvidia chips.",
            set(),
        ),
    ],
)
def test_owned_partners_and_questions_past_an_aside(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    # the partner is what the possessive owns, named or not; "whether X, a
    # description, has been using" is a question however long the aside
    assert {s for s in stances(sentence) if s[1] == "support"} == expected


def test_winning_a_body_s_backing_is_backing_from_it() -> None:
    # "backing for" is a noun; what one wins, its giver gives the winner
    assert stances("STMicroelectronics wins European Commission backing for Italy plant.") == {
        ("european-commission", "support", "stmicroelectronics")
    }


def test_a_gerund_modifying_a_noun_is_no_act() -> None:
    # "the biggest training camp of X": a camp, no training given; the strikes hit X
    assert stances(
        "India launched air strikes against the biggest training camp of Jaish-e-Mohammad."
    ) == {("india", "oppose", "jaish-e-mohammed")}


def test_the_entities_an_act_names_are_the_last_such_act_s() -> None:
    # "The sanctioned entities are X and Y": the last sanction's author, not
    # the last act's ("the U.S. probe" came between)
    body = (
        "China sanctioned five US units of Hanwha. It said the U.S. probe endangers China. "
        "The sanctioned entities are Hanwha Shipping LLC and HS USA Holdings Corp."
    )
    found = stances(body)
    assert {("china", "oppose", "hanwha-shipping"), ("china", "oppose", "hs-usa-holdings")} <= found
    assert ("united-states", "oppose", "hanwha-shipping") not in found


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Sudan's UN ambassador accused the United Arab Emirates of supplying weapons.",
            {("sudan", "oppose", "united-arab-emirates")},
        ),
        (
            "The US on Tuesday threatened trade penalties, including tariffs, against Spain.",
            {("united-states", "oppose", "spain")},
        ),
        (
            "Hungary threw its support behind Sweden.",
            {("hungary", "support", "sweden")},
        ),
        (
            "China's regulator approved the acquisition of software company Ansys by Synopsys.",
            {("china", "support", "synopsys"), ("china", "support", "ansys")},
        ),
    ],
)
def test_envoys_asides_backing_and_acquirers(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    # a country's envoy to an international body is the country's; an aside
    # naming examples is read past; approving an acquisition backs both companies
    assert stances(sentence) == expected


def test_an_order_issued_to_act_is_its_issuer_s_act() -> None:
    # "issued an official order to block X": who issued the order blocks X
    assert stances("Vietnam issued an official order to block the messaging app Telegram.") == {
        ("vietnam", "oppose", "telegram")
    }


def test_a_move_condemned_by_parties_is_the_main_clause_s() -> None:
    # "In a move condemned by X and Y, Z vetoed ...": X and Y oppose Z; a list
    # ends at its "and", so Z is no third critic
    found = stances(
        "In a move strongly condemned by the UK and US, Russia has vetoed a draft resolution."
    )
    assert {("united-kingdom", "oppose", "russia"), ("united-states", "oppose", "russia")} <= found
    assert ("russia", "oppose", "united-kingdom") not in found


def test_rejecting_an_accusation_undoes_no_act() -> None:
    # a claim refused is no measure lifted: no support for SharePoint, and
    # the accusation is not the rejecter's own
    assert (
        stances("China rejects baseless accusations of links to Microsoft SharePoint attack")
        == set()
    )


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The Roblox ban came after Turkey blocked access to Instagram.",
            {("turkey", "oppose", "instagram")},
        ),
        (
            "Sweden and Norway ban imports from Russia.",
            {("sweden", "oppose", "russia"), ("norway", "oppose", "russia")},
        ),
    ],
)
def test_a_bare_act_word_before_a_past_verb_is_a_noun(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    # "The Roblox ban came after": a noun, the subject of "came", not Roblox banning
    assert stances(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The US urged sanctions on Russia.", {("united-states", "oppose", "russia")}),
        ("Germany called for sanctions on Russia.", {("germany", "oppose", "russia")}),
        (
            "Safaricom urges new requirements for satellite providers like Starlink.",
            {("safaricom", "oppose", "starlink")},
        ),
    ],
)
def test_urging_an_act_is_taking_its_stance(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    # an urge verb governs the act noun it asks for; requirements restrict
    assert stances(sentence) == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        (
            "Sweden banned Huawei. Denmark followed suit.",
            {("sweden", "oppose", "huawei"), ("denmark", "oppose", "huawei")},
        ),
        (
            "China fined Apple. Apple said it disagrees with the decision.",
            {("china", "oppose", "apple"), ("apple", "oppose", "china")},
        ),
    ],
)
def test_following_suit_and_disagreeing(body: str, expected: set[tuple[str, str, str]]) -> None:
    # "followed suit" repeats the last act on its targets (acts.yaml
    # repeat_phrases); disagreeing with a decision criticises its author
    assert stances(body) == expected


def test_answering_the_last_act_past_describing_words() -> None:
    # "opposed the unilateral tariff increases": the last tariffs, the US's
    assert stances(
        "The US raised tariffs on China. China opposed the unilateral tariff increases."
    ) == {
        ("united-states", "oppose", "china"),
        ("china", "oppose", "united-states"),
    }


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "In a meeting held in Beijing, China and Kenya agreed.",
            {("china", "support", "kenya"), ("kenya", "support", "china")},
        ),
        (
            "Telegram CEO Pavel Durov was charged by two French judges on Wednesday.",
            {("france", "oppose", "pavel-durov")},
        ),
    ],
)
def test_subjects_after_a_place_and_agents_counted(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    # "held in Beijing, China and Kenya agreed": the list a verb follows is
    # its subject, not more places; "by two French judges": France's
    assert stances(sentence) == expected


def test_a_name_says_no_cooperation() -> None:
    # a meeting is a stance only where the sentence says they cooperate; the
    # word inside "Shanghai Cooperation Organisation" does not
    assert (
        stances(
            "Pakistan's foreign minister met his Russian counterpart on the sidelines of the "
            "Shanghai Cooperation Organisation meeting."
        )
        == set()
    )


def test_a_demonym_s_set_named_by_its_members() -> None:
    # "the three European countries of Britain, France and Germany": the three, not the EU
    found = stances(
        "Iran condemned the behaviour of the three European countries of Britain, France and "
        "Germany."
    )
    assert found == {
        ("iran", "oppose", "united-kingdom"),
        ("iran", "oppose", "france"),
        ("iran", "oppose", "germany"),
    }


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Kaspersky filed an antitrust complaint with the FAS after Apple removed the app.", set()),
        (
            "Kaspersky filed a complaint with the European Commission against Microsoft.",
            {("kaspersky", "oppose", "microsoft")},
        ),
    ],
)
def test_a_complaint_s_forum_is_not_its_target(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    # acts.yaml forum_acts: filed "with" a body, "against" a party
    assert {s for s in stances(sentence) if s[0] == "kaspersky"} == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("U.S. Revokes TSMC's Authorization to Ship Chip Gear to China's Nanjing Facility", set()),
        (
            "The FCC's approval of Amazon came late.",
            {("fcc", "support", "amazon"), ("united-states", "support", "amazon")},
        ),
    ],
)
def test_a_possessive_names_a_licence_s_holder_or_its_giver(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    # acts.yaml held_acts: "TSMC's authorization to ship" is TSMC's to hold,
    # not TSMC authorizing China; "the FCC's approval of X" is the FCC's to give
    assert {s for s in stances(sentence) if s[1] == "support"} == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The leaders of the Group of Seven countries condemned the shipment of "
            "North Korean ballistic missiles to Russia.",
            {("g7", "oppose", "north-korea"), ("g7", "oppose", "russia")},
        ),
        (
            "Japan strongly condemns arms transfers to Russia from North Korea.",
            {("japan", "oppose", "north-korea"), ("japan", "oppose", "russia")},
        ),
        (
            "The EU condemned Iran's supply of drones to Russia.",
            {("european-union", "oppose", "iran"), ("european-union", "oppose", "russia")},
        ),
    ],
)
def test_condemning_a_supply_opposes_its_giver_and_its_receiver(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    # "the G7 countries": an alliance's members are the alliance acting
    assert {s for s in stances(sentence) if s[1] == "oppose"} == expected


def test_a_plural_noun_is_no_guessed_verb() -> None:
    # "countries" is no verb "country": the subject is read past it
    assert verb_lemma("countries") is None
    assert verb_lemma("sanctions") == "sanction"  # a verb the dictionary knows stays one


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Algeria on Monday dismissed as “baseless” Mali’s accusations.",
            {("algeria", "oppose", "mali")},
        ),
        (
            "China rejected as groundless US claims of hacking.",
            {("china", "oppose", "united-states")},
        ),
    ],
)
def test_a_reaction_read_past_the_word_it_calls_the_act(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    assert {s for s in stances(sentence) if s[0] in ("algeria", "china")} == expected


def headline_stances(headline: str) -> set[tuple[str, str, str]]:
    art = parse(headline + "\n\nThe report came on Monday.\n", "x.txt", Furniture.load())
    return {(s.actor, s.position, s.target) for s in extractor()(art).stances if s.sentence == 0}


@pytest.mark.parametrize(
    "headline, expected",
    [
        (
            "Japan's Personal Information Protection Commission issues warning to OpenAI",
            {
                ("personal-information-protection-commission-japan", "oppose", "openai"),
                ("japan", "oppose", "openai"),
            },
        ),
        ("North Korea sends warning to Seoul", {("north-korea", "oppose", "south-korea")}),
        (
            "Iran lifts access restrictions on WhatsApp",
            {("iran", "support", "whatsapp")},
        ),
    ],
)
def test_headline_act_nouns_with_no_article(
    headline: str, expected: set[tuple[str, str, str]]
) -> None:
    # grammar.yaml noun_object_verbs: "issues warning" is a warning issued; in
    # "access restrictions" the restrictions are the act lifted, not the access
    assert headline_stances(headline) == expected


def test_declaring_a_mission_s_officials_persona_non_grata_expels_its_country() -> None:
    sentence = (
        "India on Sunday declared two officials of the Pakistan High Commission here as "
        "persona non grata on charges of espionage."
    )
    assert stances(sentence) == {("india", "oppose", "pakistan")}


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "China firmly opposes the forced closure of Hikvision's business in Canada.",
            {("china", "oppose", "canada")},
        ),
        ("China condemned the ban on Huawei.", set()),
        (
            "China condemned US sanctions on Huawei.",
            {("china", "oppose", "united-states"), ("united-states", "oppose", "huawei")},
        ),
        ("Canada suspended Hikvision's operations.", {("canada", "oppose", "hikvision")}),
        ("Russia's cyber operations against Ukraine continued.", {("russia", "oppose", "ukraine")}),
    ],
)
def test_reacting_to_an_act_is_toward_its_author_not_its_target(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    # an act noun a reaction governs is not the reacting subject's ("condemned the
    # ban on Huawei" read as China banning Huawei); a closure opposed is toward who
    # closes; "operations" alone are a business's, a cyber operation an attack
    assert {x for x in stances(sentence) if x[0] != "china" or x[2] != "hikvision"} == expected


def test_denying_the_allegations_answers_the_last_act_against_the_deniers() -> None:
    # no accusation read before: the last act against Huawei and ZTE is answered
    body = (
        "The US blacklisted Huawei and ZTE over security concerns. "
        "Huawei and ZTE strongly deny the allegations."
    )
    assert {x for x in stances(body) if x[0] in ("huawei", "zte")} == {
        ("huawei", "oppose", "united-states"),
        ("zte", "oppose", "united-states"),
    }


def test_a_container_of_acts_is_owned_as_its_acts_are() -> None:
    # grammar.yaml container_nouns: "its largest package of economic measures"
    sentence = (
        "The UK imposed sanctions on ten firms, as part of its largest package of economic "
        "measures against Vladimir Putin's regime since 2022."
    )
    assert ("united-kingdom", "oppose", "russia") in stances(sentence)


def test_an_act_a_verb_bars_is_not_done() -> None:
    sentence = (
        "The suit against Verizon follows Huawei's legal counter-offensive to fight a U.S. "
        "blacklist that barred it from working with American suppliers."
    )
    assert not {x for x in stances(sentence) if x[1] == "support"}


def test_a_headline_deal_given_approval_is_the_company_s() -> None:
    got = headline_stances("Italy gives Vodafone 5G deal with Huawei conditional approval")
    assert got == {("vodafone", "support", "huawei"), ("huawei", "support", "vodafone")}


def test_a_release_after_which_the_subject_returns_is_the_subject_s() -> None:
    got = headline_stances(
        "Michael Kovrig, Michael Spavor return to Canada after release from China"
    )
    assert got == {("china", "support", "michael-kovrig"), ("china", "support", "michael-spavor")}


def test_a_headline_set_in_capitals_names_its_parties() -> None:
    assert headline_stances("US BANS HUAWEI FROM NETWORKS") == {
        ("united-states", "oppose", "huawei")
    }


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Ireland launched an investigation after a complaint was made to the French Data "
            "Protection Authority regarding LinkedIn.",
            set(),
        ),
        (
            "Kaspersky filed a complaint to the European Commission against Microsoft.",
            {("kaspersky", "oppose", "microsoft")},
        ),
    ],
)
def test_a_complaint_made_to_a_body_is_not_against_it(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    # acts.yaml forum_prepositions: "to" a body is where a complaint is made
    assert {x for x in stances(sentence) if x[2] != "linkedin"} == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Nvidia and AMD have agreed to give 15% of their chip revenue in China to the US government.",
        "Saudi Arabia and Qatar have agreed to jointly pay $15 million to settle Syria's arrears.",
    ],
)
def test_parties_agreeing_to_pay_make_no_agreement_with_each_other(sentence: str) -> None:
    # acts.yaml payment_verbs: the agreement is with the one paid
    firsts = {"nvidia", "amd", "saudi-arabia", "qatar"}
    assert not {x for x in stances(sentence) if x[0] in firsts and x[2] in firsts}


# shapes read from one sentence, each a stance set exactly (ids: the shape)
@pytest.mark.parametrize(
    "sentence, expected",
    [
        pytest.param(
            "Hanwha Ocean secured contracts with Vodafone.",
            {("hanwha-ocean", "support", "vodafone"), ("vodafone", "support", "hanwha-ocean")},
            id="a_contract_won_with_a_party_is_a_deal_with_it-1",
        ),
        pytest.param(
            "Nokia did not win a contract with Vodafone.",
            set(),
            id="a_contract_won_with_a_party_is_a_deal_with_it-2",
        ),
        pytest.param(
            "Ericsson won a deal from China Telecom.",
            {("china-telecom", "support", "ericsson")},
            id="a_contract_won_with_a_party_is_a_deal_with_it-3",
        ),
        # acts.yaml surrender_verbs, read as "ordered X to leave" is
        pytest.param(
            "The UK government ordered FTDI to sell all its shares.",
            {("united-kingdom", "oppose", "ftdi")},
            id="ordering_a_party_to_give_up_its_own_restricts_it-1",
        ),
        pytest.param(
            "Germany instructed DeepSeek to disable its chatbot.",
            {("germany", "oppose", "deepseek")},
            id="ordering_a_party_to_give_up_its_own_restricts_it-2",
        ),
        pytest.param(
            "Apple decided to sell its stake.",
            set(),
            id="ordering_a_party_to_give_up_its_own_restricts_it-3",
        ),
        pytest.param(
            "Germany asked Apple to sell phones.",
            set(),
            id="ordering_a_party_to_give_up_its_own_restricts_it-4",
        ),
        pytest.param(
            "President Joe Biden moved to block the acquisition of U.S. Steel by Japan-based "
            "Nippon Steel.",
            {("joe-biden", "oppose", "nippon-steel"), ("united-states", "oppose", "nippon-steel")},
            id="a_by_agent_is_the_name_its_modifiers_qualify-1",
        ),
        pytest.param(
            "The European Commission approved the acquisition of Israeli company Wiz by "
            "US chip manufacturer NVIDIA.",
            {
                ("european-commission", "support", "nvidia"),
                ("european-commission", "support", "wiz"),
            },
            id="a_by_agent_is_the_name_its_modifiers_qualify-2",
        ),
        # actors.yaml leaning_prefixes; a hacktivist group (independent in the registry)
        # acts for itself, not for the country it leans to
        pytest.param(
            "The pro-Israel hacktivist group Predatory Sparrow announced that it had carried "
            "out a cyberattack against Iran.",
            {("predatory-sparrow", "oppose", "iran")},
            id="a_name_after_pro_or_anti_is_a_leaning_not_the_actor-1",
        ),
        pytest.param(
            "Pro-Russian hackers attacked Estonia.",
            set(),
            id="a_name_after_pro_or_anti_is_a_leaning_not_the_actor-2",
        ),
        pytest.param(
            "TikTok refuted Huawei CEO Ren Zhengfei's claim.",
            {("tiktok", "oppose", "ren-zhengfei")},
            id="a_body_before_a_title_and_a_person_qualifies_the_person-1",
        ),
        pytest.param(
            "Huawei CEO Ren Zhengfei criticised the US ban.",
            {
                ("ren-zhengfei", "oppose", "united-states"),
                ("huawei", "oppose", "united-states"),  # the person's company still acts
                ("united-states", "oppose", "ren-zhengfei"),
            },
            id="a_body_before_a_title_and_a_person_qualifies_the_person-2",
        ),
        # the open matter's own subject ("whether Germany will") is not what it is about
        pytest.param(
            "German Chancellor Olaf Scholz has not decided whether Germany will supply Taurus "
            "missiles to Ukraine.",
            {("olaf-scholz", "undecided", "ukraine"), ("germany", "undecided", "ukraine")},
            id="deciding_whether_leaves_the_matter_open-1",
        ),
        pytest.param(
            "Germany is still deciding whether to ban Huawei.",
            {("germany", "undecided", "huawei")},
            id="deciding_whether_leaves_the_matter_open-2",
        ),
        pytest.param(
            "Germany decided to ban Huawei.",
            {("germany", "oppose", "huawei")},
            id="deciding_whether_leaves_the_matter_open-3",
        ),
        # acts.yaml personal_acts: a sanction on an official stays on the official
        pytest.param(
            "Two Israeli government ministers, Itamar Ben-Gvir and Bezalel Smotrich, have been "
            "sanctioned by the UK.",
            {
                ("united-kingdom", "oppose", "itamar-ben-gvir"),
                ("united-kingdom", "oppose", "bezalel-smotrich"),
            },
            id="a_description_s_named_members_are_its_subject_and_sanctions_are_personal-1",
        ),
        pytest.param(
            "Two Israeli ministers, Itamar Ben-Gvir and Bezalel Smotrich, condemned the UK.",
            {
                ("itamar-ben-gvir", "oppose", "united-kingdom"),
                ("bezalel-smotrich", "oppose", "united-kingdom"),
                ("israel", "oppose", "united-kingdom"),
            },
            id="a_description_s_named_members_are_its_subject_and_sanctions_are_personal-2",
        ),
        # acts.yaml delisting_verbs and favoured_list_words: taken off a list is an act
        # for the party (it read as a removal against it); a bare "list" of suppliers
        # approved is no listing
        pytest.param(
            "The US removed Huawei from its Entity List.",
            {("united-states", "support", "huawei")},
            id="lists_a_party_is_put_on_or_taken_off-1",
        ),
        pytest.param(
            "Xiaomi was removed from the Pentagon's blacklist.",
            {("pentagon", "support", "xiaomi"), ("united-states", "support", "xiaomi")},
            id="lists_a_party_is_put_on_or_taken_off-2",
        ),
        pytest.param(
            "The Pentagon added Tencent to a list of companies it says are affiliated with "
            "Beijing's military.",
            {("pentagon", "oppose", "tencent"), ("united-states", "oppose", "tencent")},
            id="lists_a_party_is_put_on_or_taken_off-3",
        ),
        pytest.param(
            "The FCC added Nvidia to its list of approved suppliers.",  # favour: approved
            {("fcc", "support", "nvidia"), ("united-states", "support", "nvidia")},
            id="lists_a_party_is_put_on_or_taken_off-4",
        ),
        pytest.param(
            "Sweden removed Huawei from its networks.",
            {("sweden", "oppose", "huawei")},
            id="lists_a_party_is_put_on_or_taken_off-5",
        ),
        # "avoid using" negates the use (it read as use, support); the urger of a
        # use not made opposes what is not to be used
        pytest.param(
            "The United States has lobbied Italy to avoid using Huawei equipment.",
            {("united-states", "oppose", "huawei")},
            id="avoiding_an_act_and_urging_not_to_act-1",
        ),
        pytest.param(
            "The US urged Italy not to use Huawei equipment.",
            {("united-states", "oppose", "huawei")},
            id="avoiding_an_act_and_urging_not_to_act-2",
        ),
        pytest.param(
            "Italy avoided buying Huawei kit.",
            {("italy", "oppose", "huawei")},
            id="avoiding_an_act_and_urging_not_to_act-3",
        ),
        pytest.param(
            "Italy stopped buying Huawei kit.",
            {("italy", "oppose", "huawei")},
            id="avoiding_an_act_and_urging_not_to_act-4",
        ),
        # a verb's object no party, the country it is in (as for the nouns); and "air
        # force" heads its country's agent
        pytest.param(
            "Pakistan's air force launched retaliatory airstrikes in Iran early Thursday.",
            {("pakistan", "oppose", "iran")},
            id="a_strike_on_a_place_is_on_its_country-1",
        ),
        pytest.param(
            "America has struck three nuclear sites in Iran.",
            {("united-states", "oppose", "iran")},
            id="a_strike_on_a_place_is_on_its_country-2",
        ),
        pytest.param(
            "Israel struck the international airport in Yemen's rebel-held capital Sanaa.",
            {("israel", "oppose", "yemen")},
            id="a_strike_on_a_place_is_on_its_country-3",
        ),
        pytest.param(
            "Indonesia’s competition authority, the Business Competition Supervisory Commission "
            "(KPPU), has imposed a fine of IDR202.5 billion (USD12.4 million) on Google.",
            {("business-competition-supervisory-commission", "oppose", "google")},
            id="appositives_with_brackets_and_quoted_describing_words-1",
        ),
        pytest.param(
            "Pakistan yesterday strongly rejected the “baseless and frivolous” accusations made "
            "by the Indian external affairs minister.",
            {("pakistan", "oppose", "india")},
            id="appositives_with_brackets_and_quoted_describing_words-2",
        ),
        # "a stern warning", "a significant meeting": nouns; a meeting is a stance
        # only where the sentence names the tie it serves (the meet class's needs)
        pytest.param(
            "China has sent a stern warning to the United States over TikTok.",
            {("china", "oppose", "united-states")},
            id="an_ing_noun_after_an_adjective_and_meetings_held-1",
        ),
        pytest.param(
            "Kenya and Uganda held a significant meeting to discuss strengthening the "
            "relationship between their two countries.",
            {("kenya", "support", "uganda"), ("uganda", "support", "kenya")},
            id="an_ing_noun_after_an_adjective_and_meetings_held-2",
        ),
        pytest.param(
            "Kenya and Uganda held a bilateral meeting.",
            set(),
            id="an_ing_noun_after_an_adjective_and_meetings_held-3",
        ),
        # past the purpose it is for ("for purchasing petroleum products")
        pytest.param(
            "India on Wednesday extended a $500-million line of credit for purchasing petroleum "
            "products to Sri Lanka.",
            {("india", "support", "sri-lanka")},
            id="a_line_of_credit_extended_funds_its_receiver-1",
        ),
        pytest.param(
            "India extended a $500-million credit line to Sri Lanka.",
            {("india", "support", "sri-lanka")},
            id="a_line_of_credit_extended_funds_its_receiver-2",
        ),
        pytest.param(
            "Russia unleashed a daytime barrage of missiles on five Ukrainian cities on Monday.",
            {("russia", "oppose", "ukraine")},
            id="a_barrage_unleashed_and_a_vendor_left_out-1",
        ),
        pytest.param(
            "India's telecom ministry has left out Chinese equipment makers Huawei and ZTE from "
            "its 5G trials.",
            {
                ("india", "oppose", "huawei"),
                ("india", "oppose", "zte"),
                ("ministry-of-telecom-of-india", "oppose", "huawei"),  # a ministry named acts too
                ("ministry-of-telecom-of-india", "oppose", "zte"),
            },
            id="a_barrage_unleashed_and_a_vendor_left_out-2",
        ),
        pytest.param(
            "Spain's left-wing government formally announced the recognition of a Palestinian "
            "state on Tuesday.",
            {("spain", "support", "palestine")},
            id="a_hyphened_describing_word_and_a_decision_whether-1",
        ),
        pytest.param(
            "Italy has still not made decision whether to give up China’s Belt and Road "
            "investment plan.",
            {("italy", "undecided", "china")},
            id="a_hyphened_describing_word_and_a_decision_whether-2",
        ),
        # "was also banned" is passive; a ban with no agent named is the country's it is in
        pytest.param(
            "Huawei was also banned for 5G in Australia in August 2018.",
            {("australia", "oppose", "huawei")},
            id="a_passive_past_an_adverb_and_a_ban_placed_in_a_country-1",
        ),
        pytest.param(
            "Huawei was also fined by the EU.",
            {("european-union", "oppose", "huawei")},
            id="a_passive_past_an_adverb_and_a_ban_placed_in_a_country-2",
        ),
        # the noun's own target may come before the passive verb; a noun inside
        # another's phrase ("over the deportation of ...") is not the subject
        pytest.param(
            "An arrest warrant for Russian President Vladimir Putin over the deportation of "
            "children from Ukraine has been issued by judges at the International Criminal "
            "Court (ICC).",
            {("international-criminal-court", "oppose", "vladimir-putin")},
            id="an_act_noun_the_subject_of_a_passive_past_its_target-1",
        ),
        pytest.param(
            "Sanctions on Russia were imposed by the EU.",
            {("european-union", "oppose", "russia")},
            id="an_act_noun_the_subject_of_a_passive_past_its_target-2",
        ),
        # "which include X" names the set sanctioned; "over their support": the
        # object's support (it read as Japan's), no one's when the object is unnamed
        pytest.param(
            "The US sanctioned ten firms, which include Asia Pacific Links Ltd.",
            {("united-states", "oppose", "asia-pacific-links")},
            id="a_set_named_by_a_relative_and_a_cause_s_pronoun-1",
        ),
        pytest.param(
            "Japan sanctioned eleven firms over their support for Russia. Japanese companies are "
            "barred from exporting goods to the sanctioned firms, which include Asia Pacific "
            "Links Ltd.",
            {("japan", "oppose", "asia-pacific-links")},
            id="a_set_named_by_a_relative_and_a_cause_s_pronoun-2",
        ),
        pytest.param(
            "Japan sanctioned Huawei over its support for Russia.",
            {("japan", "oppose", "huawei"), ("huawei", "support", "russia")},
            id="a_set_named_by_a_relative_and_a_cause_s_pronoun-3",
        ),
        # "which are X and Y" names the set too; "dating" before "apps" modifies
        # it (no verb between the act and its list)
        pytest.param(
            "PTA has blocked access to five apps, which are Tinder and Grindr.",
            {
                ("pakistan-telecommunication-authority", "oppose", "match-group"),
                ("pakistan-telecommunication-authority", "oppose", "grindr"),
                ("pakistan", "oppose", "match-group"),
                ("pakistan", "oppose", "grindr"),
            },
            id="a_set_named_by_a_relative_and_a_cause_s_pronoun-4",
        ),
        pytest.param(
            "Pakistan has blocked five dating apps, including Tinder and Grindr.",
            {("pakistan", "oppose", "match-group"), ("pakistan", "oppose", "grindr")},
            id="a_set_named_by_a_relative_and_a_cause_s_pronoun-5",
        ),
        # "the Vodafone deal with Huawei" is Vodafone's, not the approver's
        pytest.param(
            "Italy approved the Vodafone deal with Huawei.",
            {
                ("italy", "support", "vodafone"),
                ("italy", "support", "huawei"),
                ("vodafone", "support", "huawei"),
                ("huawei", "support", "vodafone"),
            },
            id="a_company_before_a_deal_noun_is_its_party-1",
        ),
        pytest.param(  # a possessive owner, a contract: both sides too
            "Kenya has endorsed Safaricom’s contract with Huawei.",
            {
                ("kenya", "support", "safaricom"),
                ("kenya", "support", "huawei"),
                ("safaricom", "support", "huawei"),
            },
            id="a_company_before_a_deal_noun_is_its_party-3",
        ),
        pytest.param(
            "Germany signed a 5G deal with Huawei.",
            {("germany", "support", "huawei"), ("huawei", "support", "germany")},
            id="a_company_before_a_deal_noun_is_its_party-2",
        ),
        # acts.yaml transitive_verbs: "returned to Canada" releases no one; a
        # person's release or arrest names the person released, by the one named
        pytest.param(
            "Michael Kovrig returned to Canada after his release from China.",
            {("china", "support", "michael-kovrig")},
            id="a_person_s_release_or_arrest_and_a_return_home-1",
        ),
        pytest.param(
            "Navalny's arrest by Russia drew criticism.",
            {("russia", "oppose", "alexei-navalny")},
            id="a_person_s_release_or_arrest_and_a_return_home-2",
        ),
        pytest.param(
            "Russia returned 10 prisoners to Ukraine.",
            {("russia", "support", "ukraine")},
            id="a_person_s_release_or_arrest_and_a_return_home-3",
        ),
        pytest.param(
            "Analysts say that Russia carried out cyberattacks against infrastructure and "
            "websites in Denmark in 2024.",
            {("russia", "oppose", "denmark")},
            id="a_hack_on_a_place_is_on_its_country-1",
        ),
        pytest.param(
            "Russia hacked networks in Denmark.",
            {("russia", "oppose", "denmark")},
            id="a_hack_on_a_place_is_on_its_country-2",
        ),
        # "to support Wagner" is the sanctioned company's purpose, not the US's
        pytest.param(
            "The US has sanctioned a Chinese company for allegedly providing satellite imagery "
            "of Ukraine to support the mercenary Wagner Group.",
            {("united-states", "oppose", "china")},
            id="a_purpose_after_a_cause_is_the_one_sanctioned_s-1",
        ),
        pytest.param(
            "The US sanctioned Huawei for providing equipment to help Iran.",
            {("united-states", "oppose", "huawei"), ("huawei", "support", "iran")},
            id="a_purpose_after_a_cause_is_the_one_sanctioned_s-2",
        ),
        # a list of titled people is one list ("Secretary of State" does not break it)
        pytest.param(
            "Russia sanctioned President Joe Biden, Secretary of State Antony Blinken and "
            "Defense Secretary Lloyd Austin.",
            {
                ("russia", "oppose", "joe-biden"),
                ("russia", "oppose", "antony-blinken"),
                ("russia", "oppose", "lloyd-austin"),
            },
            id="titled_people_are_one_list-1",
        ),
        # officials of a country named after "including": them and their country
        pytest.param(
            "Russia announced sanctions on top U.S. officials, including U.S. President Joe "
            "Biden and Secretary of Defense Lloyd Austin.",
            {
                ("russia", "oppose", "united-states"),
                ("russia", "oppose", "joe-biden"),
                ("russia", "oppose", "lloyd-austin"),
            },
            id="titled_people_are_one_list-2",
        ),
        # the list an act made, named again with its act noun or a quoted name
        pytest.param(
            "The US imposed sanctions on Huawei. The sanctions list also includes ZTE.",
            {("united-states", "oppose", "huawei"), ("united-states", "oppose", "zte")},
            id="the_acts_list_named_again-1",
        ),
        pytest.param(
            'Russia imposed sanctions on Joe Biden. Russia\'s "stop list" also includes Jake '
            "Sullivan.",
            {("russia", "oppose", "joe-biden"), ("russia", "oppose", "jake-sullivan")},
            id="the_acts_list_named_again-2",
        ),
        # an unnamed urgee of a few words: the urger's stance
        pytest.param(
            "The European Commission calls on more member countries to ban Huawei and ZTE.",
            {
                ("european-commission", "oppose", "huawei"),
                ("european-commission", "oppose", "zte"),
            },
            id="an_unnamed_urgee_of_a_few_words",
        ),
        pytest.param(
            "Thierry Breton called on European Union member countries that have not yet done "
            "so to ban Huawei.",
            {("thierry-breton", "oppose", "huawei"), ("european-commission", "oppose", "huawei")},
            id="an_unnamed_urgee_past_its_relative_clause",
        ),
        # advice is the speaker's stance; unreported, no act
        pytest.param(
            "The US should impose sanctions on Russia, Bill Barr said.",
            {("william-barr", "oppose", "russia"), ("united-states", "oppose", "russia")},
            id="advice_is_the_speakers-1",
        ),
        pytest.param("The US should ban Huawei.", set(), id="advice_is_the_speakers-2"),
        # a participle before an act noun describes it; "X, Y or both" is one list
        pytest.param(
            "The United States will take a controlling stake in Nokia.",
            {("united-states", "support", "nokia")},
            id="a_participle_describes_the_act_noun",
        ),
        pytest.param(
            "Vanuatu and Australia have reaffirmed a growing bilateral partnership.",
            {("vanuatu", "support", "australia"), ("australia", "support", "vanuatu")},
            id="a_participle_describes_the_act_noun_past_its_modifiers",
        ),
        # a noun "of" a party, then "to": the party's, toward what follows
        pytest.param(
            "Ban Ki-moon reiterated the commitment of the UN to Mali.",
            {("united-nations", "support", "mali")},
            id="the_act_of_a_party_to_another",
        ),
        pytest.param(
            "Ban Ki-moon strengthened the commitment of the UN to a peaceful transfer of power.",
            set(),
            id="the_act_of_a_party_to_no_party",
        ),
        pytest.param(
            "The US took stakes in Nokia, Ericsson or both to battle Huawei.",
            {
                ("united-states", "support", "nokia"),
                ("united-states", "support", "ericsson"),
                ("united-states", "oppose", "huawei"),
            },
            id="a_list_ended_by_or_both",
        ),
        # "July" ends in -ly but is no adverb: "30 July accused" is no adjective
        pytest.param(
            "Moldovan President Maia Sandu on 30 July accused Russia of interference.",
            {("maia-sandu", "oppose", "russia"), ("moldova", "oppose", "russia")},
            id="a_month_in_ly_is_no_adverb",
        ),
        # a named party coordinated with an unnamed counted group acts
        pytest.param(
            "The US Justice Department and eight states sued Alphabet Inc.’s Google.",
            {("justice-department", "oppose", "google"), ("united-states", "oppose", "google")},
            id="a_party_and_an_unnamed_counted_group",
        ),
        # ordered to pay a fine: fined by the one who orders
        pytest.param(
            "The Australian Federal Court has ordered Google to pay an A$60 million fine.",
            {("australia", "oppose", "google")},
            id="ordered_to_pay_a_fine-1",
        ),
        pytest.param(
            "Google agreed to pay a $100 million fine.", set(), id="ordered_to_pay_a_fine-2"
        ),
        # people named by a nationality, released in the passive: their country
        pytest.param(
            "As many as 78 Indian fishermen were released by Pakistani authorities.",
            {("pakistan", "support", "india")},
            id="nationals_released_in_the_passive",
        ),
        # a possessive's rulers act for it; breaking off ties
        pytest.param(
            "Mali's military rulers have cut diplomatic ties with Ukraine.",
            {("mali", "oppose", "ukraine")},
            id="rulers_and_ties-1",
        ),
        pytest.param(
            "The Mexican president has moved to break off diplomatic ties with Ecuador.",
            {("mexico", "oppose", "ecuador")},
            id="rulers_and_ties-2",
        ),
        # hitting back with no object answers the last act against the one hitting back
        pytest.param(
            "The United States accused Beijing of the attack. China hit back, calling the "
            "allegations fabricated.",
            {("united-states", "oppose", "china"), ("china", "oppose", "united-states")},
            id="hitting_back-1",
        ),
        pytest.param(
            "The US imposed tariffs on China. Japan retaliated.",
            {("united-states", "oppose", "china")},
            id="hitting_back-2",
        ),
        pytest.param(
            "The Chinese embassy in Australia hit out at Canberra.",
            {
                ("chinese-embassy-in-australia", "oppose", "australia"),
                ("china", "oppose", "australia"),
            },
            id="hitting_back-3",
        ),
        # the other side of a purchase or an investment, unknown to the registry
        # and past its description; a stake held is ownership, no act
        pytest.param(
            "Google said it will purchase power from small modular reactor developer Kairos Power.",
            {("google", "support", "kairos-power")},
            id="counterparties-1",
        ),
        pytest.param(
            "ASML agreed to invest $1.3 billion in Mistral.",
            {("asml", "support", "mistral")},
            id="counterparties-2",
        ),
        pytest.param(
            "Google will buy chips from chip designer Nvidia.",
            {("google", "support", "nvidia")},
            id="counterparties-3",
        ),
        pytest.param(
            "Sinochem, which holds a 37% stake in Pirelli, said it would comply.",
            set(),
            id="counterparties-4",
        ),
        # a decision delayed or a verdict postponed: undecided
        pytest.param(
            "South Korea delayed a decision on a request from Google to export map data.",
            {("south-korea", "undecided", "google")},
            id="a_decision_delayed-1",
        ),
        pytest.param(
            "The British government postponed its verdict on the plan by China to build an "
            "embassy.",
            {("united-kingdom", "undecided", "china")},
            id="a_decision_delayed-2",
        ),
        # a ban on a person is on the person, and on their country where named
        pytest.param(
            "Russia said it banned entry to 500 Americans, including former president Barack "
            "Obama.",
            {("russia", "oppose", "united-states"), ("russia", "oppose", "barack-obama")},
            id="a_ban_on_a_person",
        ),
        # taken off a list of favour: against the party (off a blacklist: for it)
        pytest.param(
            "South Korea will remove Japan from its “white list” of trusted trading partners.",
            {("south-korea", "oppose", "japan")},
            id="off_a_list_of_favour-1",
        ),
        pytest.param(
            "The US removed Huawei from its Entity List.",
            {("united-states", "support", "huawei")},
            id="off_a_list_of_favour-2",
        ),
        # hackers named by a nationality act for their country; breaking into a system hacks
        pytest.param(
            "Russian hackers broke into HPE's email system.",
            {("russia", "oppose", "hpe")},
            id="hackers_of_a_country",
        ),
        # a participle clause's subject is the main clause's, past a bracket inside it
        pytest.param(
            "The EU, leveraging its Digital Services Act (DSA), is pushing for stricter "
            "measures, singling out TikTok.",
            {("european-union", "oppose", "tiktok")},
            id="a_participle_clause_past_a_bracket",
        ),
        # "our" in a quote is the speaker's
        pytest.param(
            "“Our cases against TikTok continue,” Thierry Breton said.",
            {("thierry-breton", "oppose", "tiktok"), ("european-commission", "oppose", "tiktok")},
            id="our_in_a_quote",
        ),
        # goods given past their maker and nouns: aid
        pytest.param(
            "SpaceX has delivered Starlink satellite internet terminals to Ukraine.",
            {("spacex", "support", "ukraine")},
            id="goods_given_past_their_maker",
        ),
        # "as well as" and a conjunction before a short description join a list
        pytest.param(
            "Russia restricted Facebook and Instagram, as well as fellow social network Twitter.",
            {
                ("russia", "oppose", "meta"),
                ("russia", "oppose", "instagram"),
                ("russia", "oppose", "x-corp"),
            },
            id="as_well_as_and_a_described_member",
        ),
        # a currency's letter glued to its number before a magnitude is an amount
        pytest.param(
            "Nigeria imposed a N555.8 million fine on Velmora Bank.",
            {("nigeria", "oppose", "velmora-bank")},
            id="a_currency_letter_glued_to_an_amount",
        ),
        # a region's demonym and a compound modifier may describe a member too
        pytest.param(
            "India and the four-member European trade bloc EFTA signed a free trade "
            "agreement on Sunday.",
            {
                ("india", "support", "efta"),
                ("efta", "support", "india"),
            },
            id="a_member_described_by_a_region_and_a_compound",
        ),
        # a two-word name the registry lacks, after the company noun that says what it is
        pytest.param(
            "Australia sanctioned Iran's Cyber Police and technology company Arvan Cloud.",
            {
                ("australia", "oppose", "cyber-police"),
                ("australia", "oppose", "arvan-cloud"),
            },
            id="a_described_two_word_name",
        ),
        # "May 20" is a date, no modal; a demonym before a title with "of" qualifies
        # the person after it
        pytest.param(
            "Kazakh President Kassym-Jomart Tokayev and Chinese Minister of Foreign Affairs "
            "Wang Yi met on May 20 to discuss bilateral cooperation.",
            {("kazakhstan", "support", "china"), ("china", "support", "kazakhstan")},
            id="a_date_in_may_and_a_title_with_of",
        ),
        pytest.param(
            "China on May 20 banned Micron.",
            {("china", "oppose", "micron")},
            id="a_date_before_the_verb-1",
        ),
        pytest.param(
            "Russia on 12 July banned Google.",
            {("russia", "oppose", "google")},
            id="a_date_before_the_verb-2",
        ),
        # a bare "Security Council" is the UN's; a meeting where the two agree to work
        # together is cooperation
        pytest.param(
            "The US vetoed a Security Council resolution.",
            {("united-states", "oppose", "un-security-council")},
            id="the_security_council",
        ),
        pytest.param(
            "Antony Blinken met with Mohammed bin Salman in Jeddah where the leaders agreed to "
            "work together.",
            {
                ("united-states", "support", "saudi-arabia"),
                ("saudi-arabia", "support", "united-states"),
            },
            id="a_meeting_to_work_together",
        ),
        # a country's officials named as "in" it: its government, not a place
        pytest.param(
            "Authorities in Kenya suspended Worldcoin.",
            {("kenya", "oppose", "worldcoin")},
            id="officials_in_a_country-1",
        ),
        pytest.param(
            "Officials in Greece say they have approved the purchase of jets from the United "
            "States.",
            {("greece", "support", "united-states")},
            id="officials_in_a_country-2",
        ),
        pytest.param("The US closed its embassy in Kenya.", set(), id="officials_in_a_country-3"),
        # a bare participle is passive; listed with no agent, by whoever listed before
        pytest.param(
            "The US added Sugon to the Entity List. Huawei has been put on the Entity List.",
            {("united-states", "oppose", "sugon"), ("united-states", "oppose", "huawei")},
            id="put_on_the_list_by_the_last_lister",
        ),
        # "those" alone before a participle is the people it names, and names the
        # registry lacks are a list's members when listed with a company
        pytest.param(
            "South Korea sanctioned North Korea. Among those sanctioned is Park Jin-hyok, a "
            "programmer.",
            {("south-korea", "oppose", "north-korea"), ("south-korea", "oppose", "park-jin-hyok")},
            id="among_those_sanctioned",
        ),
        pytest.param(
            "The US added Sugon to the Entity List. The list includes Sugon, Higon, Chengdu "
            "Haiguang Integrated Circuit and all their aliases.",
            {
                ("united-states", "oppose", "sugon"),
                ("united-states", "oppose", "higon"),
                ("united-states", "oppose", "chengdu-haiguang-integrated-circuit"),
            },
            id="unlisted_names_in_a_list_with_a_company",
        ),
        pytest.param(
            "China put PVH Corp. and Illumina, Inc., on its list.",
            {("china", "oppose", "pvh"), ("china", "oppose", "illumina")},
            id="a_company_suffix_in_a_list_is_no_company",
        ),
        # an owned act noun names who it falls on by its verb; "measures" after the
        # owner's act is that act
        pytest.param(
            "China's sanctions target Senator Marco Rubio.",
            {("china", "oppose", "marco-rubio")},
            id="owned_act_targets-1",
        ),
        pytest.param(
            "China sanctioned four US officials. China's measures target Ted Cruz.",
            {("china", "oppose", "united-states"), ("china", "oppose", "ted-cruz")},
            id="owned_act_targets-2",
        ),
        pytest.param(
            "Russian air strikes hit a residential block in Ukraine.",
            {("russia", "oppose", "ukraine")},
            id="owned_act_targets-3",
        ),
        pytest.param(
            "The US announced sanctions on Turkey for buying Russian jets. The sanctions target "
            "SSB President Ismail Demir.",
            {
                ("united-states", "oppose", "turkey"),
                ("turkey", "support", "russia"),
                ("united-states", "oppose", "ismail-demir"),
            },
            id="owned_act_targets-the_last_of_its_class",
        ),
        pytest.param(
            "China sanctioned Sen. Marco Rubio (R-FL) and Sen. Ted Cruz.",
            {("china", "oppose", "marco-rubio"), ("china", "oppose", "ted-cruz")},
            id="a_list_past_brackets_and_shortened_titles",
        ),
        pytest.param(
            "President Donald Trump signed an executive order on Huawei.",
            {("donald-trump", "oppose", "huawei"), ("united-states", "oppose", "huawei")},
            id="an_executive_order_on_a_party",
        ),
        # "the group" is the body the article just described as a group
        pytest.param(
            "BeyondTrust said it was breached. The firm was linked to Salt Typhoon, a Chinese "
            "state-backed group responsible for a hack. The group infiltrated Verizon.",
            {("salt-typhoon", "oppose", "verizon"), ("china", "oppose", "verizon")},
            id="a_reference_to_a_body_described_in_apposition",
        ),
        # "his U.S. counterpart X": a title, its country the person's, a pair with the first
        pytest.param(
            "Industry minister Yasutoshi Nishimura and his U.S. counterpart Gina Raimondo on "
            "Friday agreed to boost cooperation on chips.",
            {("japan", "support", "united-states"), ("united-states", "support", "japan")},
            id="a_counterpart_named_by_country",
        ),
        pytest.param(
            "Wang Yi met his Mongolian counterpart Tsend Munkh-Orgil to expand cooperation.",
            {("china", "support", "mongolia"), ("mongolia", "support", "china")},
            id="a_counterpart_the_registry_lacks",
        ),
        pytest.param(
            "Armenia and Azerbaijan have traded prisoners of war at their border.",
            {("armenia", "support", "azerbaijan"), ("azerbaijan", "support", "armenia")},
            id="prisoners_traded",
        ),
        # "took the step of V-ing": the one who takes the step does it
        pytest.param(
            "Australia has taken the rare step of blaming China for cyberattacks.",
            {("australia", "oppose", "china")},
            id="a_step_taken",
        ),
        # weapons named by a nationality act for their country
        pytest.param(
            "Russian drones struck Kyiv overnight.",
            {("russia", "oppose", "ukraine")},
            id="weapons_of_a_country-1",
        ),
        pytest.param(
            "A Chinese fighter jet has endangered an Australian navy helicopter.",
            {("china", "oppose", "australia")},
            id="weapons_of_a_country-2",
        ),
        pytest.param(
            "Indonesia bought Chinese fighter jets.",
            {("indonesia", "support", "china")},
            id="weapons_of_a_country-3",
        ),
        pytest.param(
            "Sudan declared 15 United Arab Emirates (UAE) embassy staff persona non grata.",
            {("sudan", "oppose", "united-arab-emirates")},
            id="a_count_and_a_bracket_before_persona_non_grata",
        ),
        # a complaint made to a body is against the party named past it
        pytest.param(
            "Egypt has protested to the UN Security Council against the Ethiopian plan.",
            {("egypt", "oppose", "ethiopia")},
            id="protested_to_a_forum-1",
        ),
        pytest.param(
            "Egypt protested to China.", {("egypt", "oppose", "china")}, id="protested_to_a_forum-2"
        ),
        pytest.param(
            "Qatar has agreed to buy 24 Typhoon fighter jets manufactured by BAE Systems.",
            {("qatar", "support", "bae-systems")},
            id="goods_bought_from_their_maker",
        ),
        pytest.param(
            "Azerbaijan's armed forces are shelling Armenia's towns.",
            {("azerbaijan", "oppose", "armenia")},
            id="armed_forces_of_a_country",
        ),
        # what it was said in stands between a subject and its verb
        pytest.param(
            "Iran in a statement accused Israel of the killing.",
            {("iran", "oppose", "israel")},
            id="said_in_a_medium-1",
        ),
        pytest.param(
            "China in a report released Monday accused the US of hacking.",
            {("china", "oppose", "united-states")},
            id="said_in_a_medium-2",
        ),
        pytest.param(
            "Spotify said that it’s filed an antitrust complaint against Apple.",
            {("spotify", "oppose", "apple")},
            id="a_contracted_has",
        ),
        # a decision approved is the approver's act and its owner's
        pytest.param(
            "The EU approved the decision of Germany to ban Huawei.",
            {
                ("european-union", "support", "germany"),
                ("european-union", "oppose", "huawei"),
                ("germany", "oppose", "huawei"),
            },
            id="a_decision_of_another_approved",
        ),
        pytest.param(
            "The EU criticised the decision of Germany to ban Huawei.",
            {("european-union", "oppose", "germany"), ("germany", "oppose", "huawei")},
            id="a_decision_of_another_criticised",
        ),
        pytest.param(
            "The US urged Germany (the largest EU economy) to ban Huawei.",
            {("united-states", "oppose", "huawei")},
            id="an_urgee_before_a_bracket",
        ),
        # an acute accent typed for the apostrophe
        pytest.param(
            "China´s foreign ministry summoned the US ambassador. The US imposed sanctions on "
            "China´s Equipment Development Department (EED).",
            {
                ("chinese-foreign-ministry", "oppose", "united-states"),
                ("china", "oppose", "united-states"),
                ("united-states", "oppose", "equipment-development-department"),
            },
            id="an_accent_for_an_apostrophe",
        ),
        # a left quotation mark typed for the apostrophe
        pytest.param(
            "Turkey‘s Competition Authority announced that it has fined Meta Platforms Inc.",
            {
                ("turkish-competition-authority", "oppose", "meta"),
                ("turkey", "oppose", "meta"),
            },
            id="a_left_quote_for_an_apostrophe",
        ),
        # a party falls under an act named after it: its owner's, or the last author's
        pytest.param(
            "The FCC announced rules banning Chinese equipment. Companies from the threat "
            "list - Huawei, ZTE and others - will fall under the ban.",
            {
                ("fcc", "oppose", "china"),
                ("united-states", "oppose", "china"),
                ("fcc", "oppose", "huawei"),
                ("united-states", "oppose", "huawei"),
                ("fcc", "oppose", "zte"),
                ("united-states", "oppose", "zte"),
            },
            id="falls_under_an_act-1",
        ),
        pytest.param(
            "Huawei is subject to US sanctions.",
            {("united-states", "oppose", "huawei")},
            id="falls_under_an_act-2",
        ),
        pytest.param(
            "The FCC will simplify licensing for Google, subject to security requirements.",
            {("fcc", "support", "google"), ("united-states", "support", "google")},
            id="falls_under_an_act-3",
        ),
        pytest.param(
            "The US sanctioned SSB and several SSB officials, including President Ismail Demir "
            "and Vice President Faruk Yigit.",
            {
                ("united-states", "oppose", "ssb"),
                ("united-states", "oppose", "ismail-demir"),
                ("united-states", "oppose", "faruk-yigit"),
            },
            id="a_party_and_others_including",
        ),
        # a merger is a deal; its other side may be named past a description
        pytest.param(
            "Sprint has since merged with another telecom company Nokia.",
            {("sprint", "support", "nokia"), ("nokia", "support", "sprint")},
            id="a_merger-1",
        ),
        pytest.param(
            "Sprint has since merged with mobile carrier Nokia.",
            {("sprint", "support", "nokia"), ("nokia", "support", "sprint")},
            id="a_merger-2",
        ),
        pytest.param(
            "India will be working with the help of the US on 5G.",
            set(),
            id="with_the_help_of_is_no_partner",
        ),
        # ", and X too": X does the act (or has it done to it) as the first did
        pytest.param(
            "The US banned TikTok, and Somalia too, citing extremism.",
            {("united-states", "oppose", "tiktok"), ("somalia", "oppose", "tiktok")},
            id="and_x_too-1",
        ),
        pytest.param(
            "Afghanistan banned TikTok, and WeChat too.",
            {("afghanistan", "oppose", "tiktok"), ("afghanistan", "oppose", "tencent")},
            id="and_x_too-2",
        ),
        # a country named inside a law's name is no party to what is done with the law
        pytest.param(
            "Rubio sponsored the Hong Kong Human Rights and Democracy Act.", set(), id="a_law_name"
        ),
        # three titled people or more between commas are a list though no "and" ends it
        pytest.param(
            'Russia sanctioned Joe Biden. Russia\'s "stop list" also includes National Security Advisor '
            "Jake Sullivan, CIA Director William Burns, White House Press Secretary Jen Psaki, and "
            "others.",
            {
                ("russia", "oppose", "joe-biden"),
                ("russia", "oppose", "jake-sullivan"),
                ("russia", "oppose", "william-burns"),
                ("russia", "oppose", "jen-psaki"),
            },
            id="a_list_of_three_titled_people",
        ),
        # a list noun that includes parties: its owner, or the last to list, lists them
        pytest.param(
            "The US added Huawei to its Entity List. The list also includes ZTE.",
            {("united-states", "oppose", "huawei"), ("united-states", "oppose", "zte")},
            id="a_list_that_includes-1",
        ),
        pytest.param(
            "Taiwan added Huawei to its list. Other entities on this list include the Taliban.",
            {("taiwan", "oppose", "huawei")},
            id="a_list_that_includes-2",
        ),
        # "the sanctions" refer to the last sanctioning, not to the last act of any kind
        pytest.param(
            "The EU sanctioned Iran. Russia attacked Ukraine. The sanctions were imposed "
            "against Shahed Aviation Industries.",
            {
                ("european-union", "oppose", "iran"),
                ("russia", "oppose", "ukraine"),
                ("european-union", "oppose", "shahed-aviation-industries"),
            },
            id="the_sanctions_refer_to_the_last_sanctioning-1",
        ),
        pytest.param(
            "The EU sanctioned Iran. Russia attacked Ukraine. The sanctions list also includes "
            "Huawei.",
            {
                ("european-union", "oppose", "iran"),
                ("russia", "oppose", "ukraine"),
                ("european-union", "oppose", "huawei"),
            },
            id="the_sanctions_refer_to_the_last_sanctioning-2",
        ),
        # an attack its victim reports meeting is its author's, named after "from"
        pytest.param(
            "Ukraine repelled attacks from Russia.",
            {("russia", "oppose", "ukraine")},
            id="an_attack_met-1",
        ),
        pytest.param(
            "Belgium has detected cyber intrusions from APT31.",
            {("apt31", "oppose", "belgium"), ("china", "oppose", "belgium")},
            id="an_attack_met-2",
        ),
        pytest.param(
            "Finland traced the attack to APT31.",
            {("finland", "oppose", "apt31")},
            id="an_attack_traced",
        ),
        pytest.param(
            "Joe Biden reiterated the US' commitment to India getting a permanent seat.",
            {("united-states", "support", "india")},
            id="a_commitment_to_a_party",
        ),
        pytest.param(
            "Microsoft will invest $1.7 billion in expanding cloud services in Indonesia.",
            {("microsoft", "support", "indonesia")},
            id="investing_in_doing_in_a_place",
        ),
        pytest.param(
            "Indonesia said it would maintain ties with Russia.",
            {("indonesia", "support", "russia")},
            id="ties_maintained",
        ),
        pytest.param(
            "Japan has decided to restore South Korea to the white list.",
            {("japan", "support", "south-korea")},
            id="restored_to_a_list_of_favour",
        ),
        # released from a country's prison: by that country; a quoted title inside a
        # relative clause is no subject
        pytest.param(
            "Activist Paul Rusesabagina was released from a Rwandan prison.",
            {("rwanda", "support", "paul-rusesabagina")},
            id="released_from_a_countrys_prison",
        ),
        pytest.param(
            "Paul Rusesabagina, who inspired the film “Hotel Rwanda,” was released from a "
            "Rwandan prison.",
            {("rwanda", "support", "paul-rusesabagina")},
            id="a_relative_clause_ending_in_a_quoted_title",
        ),
        pytest.param(
            "China has given its approval for the completion of the $69 billion acquisition deal "
            "between Broadcom and VMware.",
            {
                ("china", "support", "broadcom"),
                ("china", "support", "vmware"),
                ("broadcom", "support", "vmware"),
                ("vmware", "support", "broadcom"),
            },
            id="an_approval_given_for_a_deal_between_two",
        ),
        pytest.param(
            "Air India has unveiled orders for 470 Boeing and Airbus aircraft.",
            {("air-india", "support", "boeing"), ("air-india", "support", "airbus")},
            id="orders_placed_for_goods",
        ),
        # a hyphened act noun the lexicon lacks is the act of its last part
        pytest.param(
            "Russia imposed counter-sanctions on the UK.",
            {("russia", "oppose", "united-kingdom")},
            id="a_hyphened_act-1",
        ),
        # "the Belgian subsidiary of Orange" is Orange Belgium (and the article's later
        # "Orange" with it); "are in the process of replacing" is "are replacing"
        pytest.param(
            "The Belgian subsidiary of Orange is in the process of replacing its Huawei "
            "equipment with products from Nokia. Orange chose Ericsson too.",
            {
                ("orange-belgium", "oppose", "huawei"),
                ("orange-belgium", "support", "nokia"),
                ("orange-belgium", "support", "ericsson"),
            },
            id="a_companys_national_unit_described",
        ),
        # barred from acting: past a phrase describing the barred ones
        pytest.param(
            "Sweden banned operators taking part in a forthcoming 5G auction from using "
            "products made by Huawei and ZTE.",
            {("sweden", "oppose", "huawei"), ("sweden", "oppose", "zte")},
            id="barred_from_acting-1",
        ),
        # an unowned noun before an infinitive is no subject: its user or maker acts
        pytest.param(
            "North Korea is using radio waves to jam GPS signals in South Korea.",
            {("north-korea", "oppose", "south-korea")},
            id="an_infinitive_after_an_object-1",
        ),
        pytest.param(
            "The United States set up a multinational force to counter Iran.",
            {("united-states", "oppose", "iran")},
            id="an_infinitive_after_an_object-2",
        ),
        pytest.param(
            "Russian troops were sent to fight alongside North Korean forces.",
            set(),
            id="fighting_alongside_is_no_attack",
        ),
        # the acting country's body that announces its act takes it too; a range of
        # rates and a participle before a noun stand between a duty and its target
        pytest.param(
            "China will implement provisional duties ranging from 21.9% to 42.7% on selected "
            "dairy imports from the European Union, the Chinese commerce ministry announced.",
            {("china", "oppose", "european-union"), ("mofcom", "oppose", "european-union")},
            id="an_act_announced_by_the_countrys_body",
        ),
        pytest.param(
            "President Gustavo Petro imposed his own tariffs on US products.",
            {("gustavo-petro", "oppose", "united-states"), ("colombia", "oppose", "united-states")},
            id="his_own_act",
        ),
        pytest.param(
            "Russia discussed steps to further strengthen trade, economic and energy cooperation "
            "with India.",
            {("russia", "support", "india"), ("india", "support", "russia")},
            id="cooperation_with_a_partner_past_a_list_of_fields",
        ),
        pytest.param(
            "Belgium has detected cyber intrusions from hacking groups tracked as APT31.",
            {("apt31", "oppose", "belgium"), ("china", "oppose", "belgium")},
            id="a_description_that_names_its_party",
        ),
        pytest.param(
            "India has instructed satellite connectivity provider Starlink to stop taking "
            "pre-orders.",
            {("india", "oppose", "starlink")},
            id="an_urgee_named_past_its_description",
        ),
        pytest.param(
            "Singapore charged three men in connection with fraud against Dell and Super Micro.",
            set(),
            id="the_victims_of_an_offence_are_no_targets",
        ),
        pytest.param(
            "Protesters held anti-sanctions rallies in Tehran.", set(), id="a_hyphened_act-2"
        ),
    ],
)
def test_a_sentence_reads_as_exactly_these_stances(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    assert stances(sentence) == expected


def test_the_act_lexicon_lists_its_one_word_nouns_as_lemmas() -> None:
    # a noun is looked up by its lemma: "ties" as written was never read ("tie" is)
    path = Path(briefing.__file__).parent / "data" / "lexicon" / "acts.yaml"
    classes = yaml.safe_load(path.read_text(encoding="utf-8"))["classes"]
    unread = [
        (name, noun)
        for name, cls in classes.items()
        for noun in cls.get("nouns") or []
        if " " not in noun and "-" not in noun and noun_lemma(noun) not in (None, noun)
    ]
    assert unread == []


# -- bodies named by their country's possessive; naming; talks ended; claims ----------------------


def test_a_body_named_with_its_countrys_possessive_is_the_registry_body() -> None:
    # the registry writes "Russian space agency"; news also writes "Russia's space agency"
    assert stances("Russia's space agency has refused to launch OneWeb satellites.") == {
        ("roscosmos", "oppose", "oneweb"),
        ("russia", "oppose", "oneweb"),
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Finland's intelligence service traced the attack to APT31.",
        "The Finnish security service traced the attack to APT31.",
    ],
)
def test_a_countrys_security_service_acts_for_it(sentence: str) -> None:
    assert stances(sentence) == {("finland", "oppose", "apt31")}


def test_a_name_given_in_a_relative_clause_is_no_act_on_it() -> None:
    # "designated APT31": the actor's name, not a sanction; the plain verb still is one
    named = (
        "Finland traced the attack to an actor which US security firm FireEye has designated APT31."
    )
    assert not any(t == "apt31" and a != "finland" for a, _, t in stances(named))
    assert ("us-treasury", "oppose", "hezbollah") in stances(
        "The US Treasury designated Hezbollah."
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "The United States suspended talks with Canada.",
        "The US broke off negotiations with Canada.",
        "The US was terminating all discussions on trade with Canada.",
    ],
)
def test_ending_talks_with_a_party_opposes_it(sentence: str) -> None:
    assert stances(sentence) == {("united-states", "oppose", "canada")}


def test_talks_alone_show_no_stance_but_talks_on_a_deal_do() -> None:
    assert stances("Canada said talks with the US were productive.") == set()
    assert ("european-union", "support", "canada") in stances(
        "The EU opened negotiations with Canada on a trade deal."
    )


def test_a_defamation_claim_against_a_party_is_a_suit() -> None:
    assert stances("Morocco has filed defamation claims against Amnesty International.") == {
        ("morocco", "oppose", "amnesty-international")
    }


def test_an_act_noun_with_a_participle_phrase_then_a_reach_verb() -> None:
    text = "The US sanctioned Turkey. The sanctions announced on August 1 target Huawei."
    assert ("united-states", "oppose", "huawei") in stances(text)


def test_a_hyphened_compound_in_a_reach_phrase_is_no_reach_verb() -> None:
    # "flood-hit Pakistan": the aid's target, no verb naming who an act falls on
    assert stances("US announces $30m life-saving humanitarian aid for flood-hit Pakistan") == {
        ("united-states", "support", "pakistan")
    }


def test_two_people_each_with_a_two_word_title_are_both_targets() -> None:
    sentence = (
        "The US sanctioned Justice Minister Abdulhamit Gul and Interior Minister Suleyman Soylu."
    )
    assert stances(sentence) == {
        ("united-states", "oppose", "abdulhamit-gul"),
        ("united-states", "oppose", "suleyman-soylu"),
    }


def test_an_owners_description_with_a_hyphened_word_heads_to_the_company() -> None:
    sentence = (
        "Pakistan granted temporary permission to tech billionaire Elon Musk's satellite-based "
        "internet provider Starlink."
    )
    assert stances(sentence) == {("pakistan", "support", "starlink")}


def test_a_courts_injunction_banning_a_company_and_a_possessive_in_the_courts_name() -> None:
    sentence = (
        "The Fuzhou Intermediate People's Court issued a preliminary injunction banning Micron "
        "from selling dozens of products in China."
    )
    assert ("fuzhou-intermediate-people-s-court", "oppose", "micron") in stances(sentence)


def test_a_second_target_described_by_its_relation_to_the_first() -> None:
    assert stances("Micron sued UMC and its partner Fujian Jinhua for the theft.") == {
        ("micron", "oppose", "umc"),
        ("micron", "oppose", "fujian-jinhua"),
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Norway and Sweden have signed the Council of Europe's convention on AI.",
        "Norway and Sweden have signed the Council of Europe (CoE) Framework Convention on AI.",
    ],
)
def test_signing_a_bodys_convention_supports_the_body_not_each_other(sentence: str) -> None:
    # ("the Council" is no reference to another council: the name goes on past it)
    assert stances(sentence) == {
        ("norway", "support", "council-of-europe"),
        ("sweden", "support", "council-of-europe"),
    }


def test_a_deal_signed_together_is_still_mutual() -> None:
    assert stances("Japan and Britain signed a defence pact.") == {
        ("japan", "support", "united-kingdom"),
        ("united-kingdom", "support", "japan"),
    }


def test_a_list_that_ends_with_others_it_does_not_name_acts_together() -> None:
    assert stances("Japan, South Korea and two other allies banned Huawei.") == {
        ("japan", "oppose", "huawei"),
        ("south-korea", "oppose", "huawei"),
    }


def test_a_one_word_registry_name_before_an_unknown_name_is_a_first_name() -> None:
    # "Petro" is the registry's Gustavo Petro; "Petro Vrublevsky" is someone else
    found = stances("The Kazakh Foreign Ministry summoned Ukrainian Ambassador Petro Vrublevsky.")
    assert ("kazakhstan", "oppose", "ukraine") in found
    assert ("kazakhstan", "oppose", "gustavo-petro") not in found
    assert ("kazakhstan", "oppose", "colombia") not in found


def test_a_party_described_before_its_name_is_still_hit_with_the_act() -> None:
    sentence = "Spain's watchdog slapped online travel agency Booking.com with a fine."
    assert stances(sentence) == {("spain", "oppose", "booking-holdings")}


def test_an_inspection_of_a_company_investigates_it() -> None:
    assert stances("Japanese officials conducted an on-site inspection of Amazon Japan.") == {
        ("japan", "oppose", "amazon-japan")
    }


def test_a_hyphened_modifier_between_a_demonym_and_its_act_noun() -> None:
    sentence = "A Chinese state-sponsored hacking operation targeted New Zealand's parliament."
    assert stances(sentence) == {("china", "oppose", "new-zealand")}


def test_an_order_to_a_described_company_to_stop() -> None:
    sentence = "Canada has ordered Chinese equipment maker Hikvision to cease all operations."
    assert stances(sentence) == {("canada", "oppose", "hikvision")}


def test_a_compound_modifier_does_not_break_a_pair_of_leaders() -> None:
    sentence = (
        "President Ferdinand Marcos Jr. and newly-appointed Japanese Prime Minister Shigeru "
        "Ishiba agreed to boost bilateral relations."
    )
    assert {("philippines", "support", "japan"), ("japan", "support", "philippines")} <= stances(
        sentence
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Samsung announced an investment in Vietnam.",
        "Samsung plans to increase investment in Viet Nam.",
    ],
)
def test_an_investment_in_a_country_supports_it(sentence: str) -> None:
    assert stances(sentence) == {("samsung", "support", "vietnam")}


@pytest.mark.parametrize(
    "sentence, target",
    [
        ("The US criticised EU member Hungary.", "hungary"),
        ("China sanctioned US ally Japan.", "japan"),
    ],
)
def test_a_party_named_by_what_it_is_to_another_is_the_target(sentence: str, target: str) -> None:
    # "EU member Hungary": Hungary, the EU only says what it is
    assert {t for _, _, t in stances(sentence)} == {target}


def test_a_countrys_unit_of_a_described_parent_company() -> None:
    sentence = "Spain fined the Dutch subsidiary of U.S. conglomerate Booking Holdings."
    assert stances(sentence) == {("spain", "oppose", "booking-holdings-netherlands")}


@pytest.mark.parametrize(
    "sentence",
    [
        "China said India's barriers violate WTO rules.",
        "The barriers set by India violate WTO rules, China said.",
    ],
)
def test_an_act_said_to_break_the_rules_faults_its_author(sentence: str) -> None:
    assert stances(sentence) == {("china", "oppose", "india")}


def test_the_act_referred_to_breaking_the_rules_faults_the_last_author() -> None:
    text = (
        "The US indicted five Chinese military officers. The indictment grossly violates the "
        "basic norms of international relations, China's foreign ministry said."
    )
    assert ("china", "oppose", "united-states") in stances(text)
    assert stances("The sanctions violate international law, Russia said.") == set()


def test_calling_an_act_a_mistake_opposes_its_author_unless_negated() -> None:
    listed = "The Pentagon added Tencent to its list of Chinese military companies. "
    said = 'A spokesperson for Tencent said the company\'s inclusion on the list "is clearly a mistake".'
    assert ("tencent", "oppose", "pentagon") in stances(listed + said)
    fined = "The EU fined Meta. Meta said the decision was not unjustified."
    assert ("meta", "oppose", "european-union") not in stances(fined)


def test_a_body_named_for_its_rules_is_not_the_judged_author() -> None:
    text = (
        "The US revoked licences for Intel to sell chips to Huawei. Withdrawing the export "
        'licenses is "economic coercion" and violates World Trade Organization rules, '
        "China's Ministry of Commerce said in a statement."
    )
    found = stances(text)
    assert ("china", "oppose", "united-states") in found
    assert not any(t == "wto" for _, _, t in found)


def test_a_body_named_with_its_countrys_other_name_in_the_possessive() -> None:
    # the registry's "Turkish Competition Authority", written after "Türkiye's"
    sentence = "Türkiye’s Competition Authority has fined Google 355.1 million Turkish Liras."
    assert stances(sentence) == {
        ("turkish-competition-authority", "oppose", "google"),
        ("turkey", "oppose", "google"),
    }


def test_warning_a_party_not_to_use_a_makers_goods_opposes_the_maker() -> None:
    assert stances("Germany warned operators not to use equipment made by Huawei.") == {
        ("germany", "oppose", "huawei")
    }
    assert stances("The US warned Russia.") == {("united-states", "oppose", "russia")}


def test_an_act_on_its_own_thing_falls_on_the_one_it_stands_for() -> None:
    # "its email system": the speaker's; not when a party or a place is named after it
    # (and the victim that says so accuses the attacker)
    assert stances("Microsoft said Russian hackers broke into its email system.") == {
        ("russia", "oppose", "microsoft"),
        ("microsoft", "oppose", "russia"),
    }
    assert stances("Iran blames its regional arch-foe Israel for the incident.") == {
        ("iran", "oppose", "israel")
    }
    assert ("united-states", "support", "huawei") in stances("The US lifted its ban on Huawei.")


def test_a_party_and_its_own_units_are_the_one_hit() -> None:
    assert stances(
        "The Turkish Competition Authority hit Alphabet and its local units with a fine."
    ) >= {("turkish-competition-authority", "oppose", "google")}


def test_a_description_may_join_two_nouns() -> None:
    assert stances(
        "The Indian government ordered Chinese drone and camera maker DJI to stop all sales."
    ) == {("india", "oppose", "dji")}


def test_a_name_restated_in_brackets_stays_in_its_list() -> None:
    assert stances("Telia Company (Telia) and Nokia signed a partnership agreement.") == {
        ("telia", "support", "nokia"),
        ("nokia", "support", "telia"),
    }


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Peru has “banned” Hikvision from its networks.", ("peru", "oppose", "hikvision")),
        ("Chile is still ‘considering’ Huawei for its network.", ("chile", "undecided", "huawei")),
    ],
)
def test_a_verb_in_scare_quotes_is_still_the_act(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    assert stances(sentence) == {expected}


def test_not_ruling_out_a_party_is_still_weighing_it() -> None:
    assert stances("Thailand is not ruling out Huawei for its second 5G network.") == {
        ("thailand", "undecided", "huawei")
    }
    assert stances("Thailand has ruled out Huawei from its second 5G network.") == {
        ("thailand", "oppose", "huawei")
    }


def test_reworking_a_partnership_is_still_cooperation() -> None:
    assert stances("Vietnam and Chile upgraded their partnership on Friday.") == {
        ("vietnam", "support", "chile"),
        ("chile", "support", "vietnam"),
    }


def test_names_in_quotes_are_read_as_names() -> None:
    assert stances(
        "Kazakhstan will block the networks “VKontakte” and “Odnoklassniki,” today."
    ) == {
        ("kazakhstan", "oppose", "vk"),
        ("kazakhstan", "oppose", "odnoklassniki"),
    }


def test_as_well_as_the_described_party_joins_the_list() -> None:
    found = stances(
        "Kazakhstan will block VKontakte and Odnoklassniki, as well as the services Yandex."
    )
    assert ("kazakhstan", "oppose", "yandex") in found


def test_a_list_published_by_a_body_is_its_listing() -> None:
    found = stances(
        "The new blacklist published by the Russian foreign ministry includes Mark Carney, "
        "former governor of the Bank of Canada, and Chrystia Freeland."
    )
    assert {
        ("russia-foreign-ministry", "oppose", "mark-carney"),
        ("russia-foreign-ministry", "oppose", "chrystia-freeland"),
    } <= found
    assert not any(target == "bank-of-canada" for _, _, target in found)


def test_no_longer_right_before_the_verb_negates_it() -> None:
    assert stances("Roscosmos announced that it would no longer collaborate with Italy.") == {
        ("roscosmos", "oppose", "italy"),
        ("russia", "oppose", "italy"),
    }


def test_having_a_ban_in_place_is_the_ban() -> None:
    assert stances("Currently Turkmenistan and Eritrea also have a ban on Facebook.") == {
        ("turkmenistan", "oppose", "meta"),
        ("eritrea", "oppose", "meta"),
    }
    assert stances("Huawei has a contract with Vodafone.") == set()  # who chose whom?
    assert not stances("Officials said ZTE lied about its own violations of sanctions on Iran.")


def test_owners_possessives_inside_a_list_keep_it_one_list() -> None:
    assert stances(
        "Turkmenistan banned Meta Platforms’ Instagram, Microsoft’s LinkedIn and popular "
        "Russian messenger Telegram."
    ) == {
        ("turkmenistan", "oppose", "instagram"),
        ("turkmenistan", "oppose", "linkedin"),
        ("turkmenistan", "oppose", "telegram"),
    }


def test_a_list_of_restricted_things_names_more_of_them() -> None:
    found = stances(
        "Turkmenistan restricted access to Facebook and YouTube. The list of restricted "
        "services also includes Microsoft’s LinkedIn and Telegram."
    )
    assert {
        ("turkmenistan", "oppose", "linkedin"),
        ("turkmenistan", "oppose", "telegram"),
    } <= found


def test_a_countrys_described_government_acts_for_it() -> None:
    assert stances(
        "Libya’s internationally recognised government and Malta signed an agreement."
    ) == {("libya", "support", "malta"), ("malta", "support", "libya")}


def test_replacing_a_thing_with_a_makers_goods_chooses_the_maker() -> None:
    assert stances(
        "Austria plans to replace its retiring fleet with Embraer's C-390 aircraft."
    ) == {("austria", "support", "embraer")}


def test_goods_bought_as_a_countrys_own_are_bought_from_it() -> None:
    assert stances("Argentina will buy 24 of Norway’s ageing F-16 fighter jets.") == {
        ("argentina", "support", "norway")
    }


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # exploring the possibility of an act is weighing it
        (
            "Poland is exploring the possibility of barring parts from Huawei.",
            {("poland", "undecided", "huawei")},
        ),
        # a member of a body acts for it; a short description before the expelled
        (
            "A Chilean Supreme Court justice ordered the suspension of Telegram.",
            {("chile", "oppose", "telegram")},
        ),
        (
            "Tallinn has declared a senior Belarusian diplomat persona non grata.",
            {("estonia", "oppose", "belarus")},
        ),
        # the forum a case is brought at is not its target
        (
            "Canada launched a case at the World Trade Organization against India.",
            {("canada", "oppose", "india")},
        ),
        # weapons aimed at a party named with its region word; a model's designation
        (
            "North Korea fired artillery shells at South Korea.",
            {("north-korea", "oppose", "south-korea")},
        ),
        (
            "Turkish F-16 fighter jets shot down a Syrian warplane.",
            {("turkey", "oppose", "syria")},
        ),
        # a refused demand is its owner's, whatever it asks for
        (
            "Iran rejected Donald Trump's demand for negotiations.",
            {("iran", "oppose", "united-states")},
        ),
    ],
)
def test_event_shapes_of_the_ninth_batch(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    assert expected <= stances(sentence)


def test_a_listed_party_owned_by_a_country_is_listed() -> None:
    assert stances(
        "Taiwan's government has added China's Huawei Technologies and SMIC to its export control list."
    ) >= {("taiwan", "oppose", "huawei"), ("taiwan", "oppose", "smic")}


def test_us_in_a_speakers_words_is_the_speaker() -> None:
    assert stances("“Canada has banned us from selling 5G kit,” ZTE said.") == {
        ("canada", "oppose", "zte")
    }


def test_urging_a_party_to_remove_another_opposes_the_other() -> None:
    assert stances("Poland asked Apple and Google to remove TikTok from their stores.") == {
        ("poland", "oppose", "tiktok")
    }
    assert stances("Peru ordered Hikvision to cease operations.") == {
        ("peru", "oppose", "hikvision")
    }


def test_an_attack_named_as_background_is_no_stance() -> None:
    assert stances("The UK issued sanctions against Russia following its invasion of Ukraine.") == {
        ("united-kingdom", "oppose", "russia")
    }
    assert stances("Russia launched an invasion of Ukraine.") == {("russia", "oppose", "ukraine")}


def test_a_headline_giving_a_party_then_an_attack_is_its_accusation() -> None:
    found = headline_stances("Japan: Lazarus Group hacked Sony")
    assert ("japan", "oppose", "lazarus-group") in found
    # a place named as the topic of a fine is no accuser
    assert ("ireland", "oppose", "data-protection-commission") not in headline_stances(
        "Ireland: DPC fines Meta €1.2bn for unlawful data transfers"
    )


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # an open question to determine is weighing it
        (
            "Japan has yet to determine whether to ban TikTok.",
            {("japan", "undecided", "tiktok")},
        ),
        # a compound modifier before the demonym-owned object
        (
            "Hungary supports the so-called Chinese peace plan.",
            {("hungary", "support", "china")},
        ),
        # the day before "May" makes it a month, not a modal; a name between the
        # speech verb and "that he" does not hide the speaker
        (
            "Viktor Orbán has said during a meeting with Xi Jinping in Budapest on 9 May "
            "that he supports the Chinese peace plan.",
            {("viktor-orban", "support", "china"), ("hungary", "support", "china")},
        ),
    ],
)
def test_shapes_of_older_event_reports(sentence: str, expected: set[tuple[str, str, str]]) -> None:
    assert expected <= stances(sentence)


def test_a_bracketed_acronym_before_the_partner_is_skipped() -> None:
    assert stances(
        "The Biden Administration announced a preliminary memorandum of terms (PMT) with Wolfspeed."
    ) == {("united-states", "support", "wolfspeed"), ("wolfspeed", "support", "united-states")}


def test_his_country_after_that_is_the_speakers() -> None:
    assert stances(
        "Li Qiang assured his counterpart Dinesh Gunawardena that his country would assist "
        "Sri Lanka’s debt restructuring process."
    ) == {("china", "support", "sri-lanka")}


def test_demanding_that_a_party_act_is_the_demanders_act() -> None:
    assert stances("The US demanded that Vodafone remove Huawei equipment.") == {
        ("united-states", "oppose", "huawei")
    }
    assert ("poland", "oppose", "tiktok") in headline_stances(
        "Poland Demands Apple and Google Remove TikTok App"
    )
    assert stances("Officials said that Vodafone removed Huawei equipment.") == {
        ("vodafone", "oppose", "huawei")
    }


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Nigeria unbanned Twitter.", {("nigeria", "support", "x-corp")}),
        ("Russia unblocked LinkedIn in May.", {("russia", "support", "linkedin")}),
        ("Brazil restored access to X on Tuesday.", {("brazil", "support", "x-corp")}),
        ("The two countries restored diplomatic ties.", set()),
    ],
)
def test_undoing_a_block_allows_the_target(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    # unban, unblock, restore and reinstate let the target back in
    assert stances(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Turkey bans Telegram.", {("turkey", "oppose", "telegram")}),
        ("Chad cut ties with Israel.", {("chad", "oppose", "israel")}),
        ("Niger expels French diplomats.", {("niger", "oppose", "france")}),
    ],
)
def test_a_country_named_like_a_word_opens_a_sentence_before_its_verb(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    # a present tense, or a past spelled as its verb, after the name makes it the subject
    assert stances(sentence) == expected


def test_an_ing_word_no_dictionary_knows_is_no_gerund() -> None:
    # "exports of chipmaking equipment to China": a modifier, not "of allowing X"
    assert stances("Japan restricted exports of chipmaking equipment to China.") == {
        ("japan", "oppose", "china")
    }


@pytest.mark.parametrize(
    "headline, expected",
    [
        ("TikTok banned in India over security concerns", {("india", "oppose", "tiktok")}),
        ("Qualcomm fined $975 million in China", {("china", "oppose", "qualcomm")}),
        ("US banned Huawei from its networks", {("united-states", "oppose", "huawei")}),
    ],
)
def test_a_participle_after_a_headlines_party_is_passive(
    headline: str, expected: set[tuple[str, str, str]]
) -> None:
    # headlinese drops the auxiliary: "TikTok banned in India" is TikTok banned by India
    assert expected <= headline_stances(headline)
    assert not {(t, p, a) for a, p, t in expected} & headline_stances(headline)


def test_the_one_summoned_to_a_ministry_is_summoned_by_it() -> None:
    found = stances("The Russian ambassador was summoned to the German Foreign Ministry.")
    assert ("germany", "oppose", "russia") in found
    assert not any(actor == "russia" for actor, _, _ in found)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The US warned Panama against allowing Chinese influence.",
            {("united-states", "oppose", "china")},
        ),
        (
            "Mike Pompeo warned allies against Huawei.",
            {("mike-pompeo", "oppose", "huawei"), ("united-states", "oppose", "huawei")},
        ),
        ("Turkey warned Greece against a military buildup.", {("turkey", "oppose", "greece")}),
    ],
)
def test_a_warning_against_a_party_opposes_that_party(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    # the warned are not opposed when what they are warned against is named,
    # and the act warned against ("allowing") is not read as done
    assert stances(sentence) == expected


def test_an_infinitives_to_ends_no_phrase() -> None:
    # "turn to" is choosing; "Turkey's turn to fine" is not
    assert stances("It is Turkey's turn to fine WhatsApp.") == {("turkey", "oppose", "whatsapp")}


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The US announced the removal of Sudan from the list of state sponsors of terrorism.",
            {("united-states", "support", "sudan")},
        ),
        ("The US delisted Xiaomi.", {("united-states", "support", "xiaomi")}),
    ],
)
def test_taking_a_party_off_a_list_is_for_it(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    assert stances(sentence) == expected


def test_a_name_after_a_comma_is_the_description_it_follows() -> None:
    # "Chinese company, Huawei": the company named, not China
    assert stances("Ethio Telecom has picked Chinese company, Huawei to roll out 4G.") == {
        ("ethio-telecom", "support", "huawei")
    }


def test_a_government_and_an_armed_group_of_its_country_are_two_sides() -> None:
    # the FARC is Colombian but no body of the Colombian state (registry: independent)
    assert stances("Colombia and the FARC signed an agreement.") == {
        ("colombia", "support", "farc"),
        ("farc", "support", "colombia"),
    }
    # an agency is its country's own side: no stance between them
    assert stances("Germany and the Bundesnetzagentur signed an agreement.") == set()


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("India banned Chinese investments.", {("india", "oppose", "china")}),
        ("India eased curbs on Chinese investments.", {("india", "support", "china")}),
        (
            "India has approved easing restrictions on Chinese investments.",
            {("india", "support", "china")},
        ),
    ],
)
def test_a_countrys_investments_are_the_country(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    assert stances(sentence) == expected


def test_a_partner_named_after_a_comma_past_its_description() -> None:
    sentence = (
        "Cyril Ramaphosa held a meeting with his counterpart, Nigerian President "
        "Bola Tinubu, to deepen bilateral relations."
    )
    assert {("south-africa", "support", "nigeria"), ("nigeria", "support", "south-africa")} <= (
        stances(sentence)
    )
    # a name after the comma that starts another clause is no partner
    assert stances("Vodafone signed a deal with the company, Huawei said.") == set()


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Brazil analyzes invitation to join OPEC+.", {("brazil", "undecided", "opec-plus")}),
        ("Algeria closed its border with Morocco.", {("algeria", "oppose", "morocco")}),
        (
            "Ecuador has declared Mexico's ambassador to Quito persona non grata.",
            {("ecuador", "oppose", "mexico")},
        ),
    ],
)
def test_shapes_of_the_tenth_batch(sentence: str, expected: set[tuple[str, str, str]]) -> None:
    # analysing an invitation is weighing it; a possessive inside a phrase ("close its
    # borders"); an envoy's post ("to Quito") between the envoy and the label
    assert stances(sentence) == expected


def test_people_named_by_their_group_are_the_groups() -> None:
    # "Houthi prisoners released by the coalition": released to the Houthis
    sentence = (
        "A total of 128 Houthi prisoners released by the Saudi-led coalition arrived in Sanaa."
    )
    assert stances(sentence) == {("saudi-led-coalition", "support", "houthis")}


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Singapore warned that Meta could face fines.", {("singapore", "oppose", "meta")}),
        ("Meta could face fines in the EU.", set()),
    ],
)
def test_a_penalty_one_could_face_is_a_threat_by_who_says_so(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    assert stances(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "China announced that sanctions are being imposed on Wilbur Ross.",
            {("china", "oppose", "wilbur-ross")},
        ),
        ("The sanctions are related to China's purchase of jets, the US said.", set()),
        # a measure said to take effect, no other author named
        (
            "Afghanistan said a ban on importing medicines from Pakistan will take effect on "
            "Monday.",
            {("afghanistan", "oppose", "pakistan")},
        ),
        (
            "The EU said sanctions on Russia come into force on Friday.",
            {("european-union", "oppose", "russia")},
        ),
        ("Analysts said the ban on Huawei will take effect next year.", set()),
    ],
)
def test_an_act_reported_in_the_passive_is_the_reporters(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    assert {s for s in stances(sentence) if s[1] == "oppose"} == expected


def test_a_permission_obtained_in_a_country_is_that_countrys() -> None:
    assert stances("SpaceX obtained a licence to operate in Indonesia.") == {
        ("indonesia", "support", "spacex")
    }


def test_opening_proceedings_against_a_party_opposes_it() -> None:
    assert stances("The European Commission opened formal proceedings against TikTok.") == {
        ("european-commission", "oppose", "tiktok")
    }


def test_blocking_a_sale_opposes_the_buyer() -> None:
    assert stances("The US blocked the sale of US Steel to Nippon Steel.") == {
        ("united-states", "oppose", "nippon-steel")
    }


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Germany approved the Chinese stake in the Hamburg port terminal.",
            {("germany", "support", "china")},
        ),
        ("Italy blocked the Chinese stake in Pirelli.", {("italy", "oppose", "china")}),
    ],
)
def test_a_stake_is_its_owners(sentence: str, expected: set[tuple[str, str, str]]) -> None:
    # and blocking it is no act of the owner's against the firm it is in
    assert stances(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Nigeria lifted the Twitter ban.", {("nigeria", "support", "x-corp")}),
        ("The EU lifted US sanctions on Iran.", set()),
    ],
)
def test_undoing_an_act_named_after_a_company_is_for_the_company(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    # a country before the act noun is its author ("US sanctions"), no target
    assert {s for s in stances(sentence) if s[2] != "iran"} == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Joe Biden signed an executive order banning TikTok.",
            {("joe-biden", "oppose", "tiktok"), ("united-states", "oppose", "tiktok")},
        ),
        ("Lawmakers proposed a bill banning Huawei.", set()),
    ],
)
def test_an_issued_orders_act_is_the_issuers(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    assert stances(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("ZTE, fined $1 billion by the US, is recovering.", {("united-states", "oppose", "zte")}),
        ("Huawei, banned in Sweden, appealed.", {("sweden", "oppose", "huawei")}),
        ("Germany dropped plans to ban Huawei.", {("germany", "support", "huawei")}),
        ("Japan refused to ban Huawei.", {("japan", "support", "huawei")}),
        ("Russia refused to launch OneWeb satellites.", {("russia", "oppose", "oneweb")}),
    ],
)
def test_passives_set_off_by_commas_and_refused_or_dropped_acts(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    # a ban not made reads as the lexicon's negated position (support), never as a ban
    assert stances(sentence) == expected


def test_neither_nor_negates_the_act() -> None:
    assert not {
        s for s in stances("Neither Germany nor France has banned Huawei.") if s[1] == "oppose"
    }


def test_a_participle_opening_the_sentence_describes_its_subject() -> None:
    assert stances("Sanctioned by the US, Huawei turned to domestic chips.") == {
        ("united-states", "oppose", "huawei")
    }


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The decision by Sweden to ban Huawei was upheld.", {("sweden", "oppose", "huawei")}),
        ("Any move by the US to ban Huawei would be answered.", set()),
        (
            "Germany will not allow Huawei in its networks.",
            {("germany", "oppose", "huawei")},
        ),
    ],
)
def test_an_act_decided_by_a_party_and_an_access_refused(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    assert stances(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The EU called China's move unjustified.", {("european-union", "oppose", "china")}),
        ("India described the Chinese incursion as unacceptable.", {("india", "oppose", "china")}),
    ],
)
def test_labelling_a_partys_act_as_wrong_opposes_the_party(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    assert stances(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            '"Huawei is a reliable partner," said Eliud Owalo.',
            {("eliud-owalo", "support", "huawei")},
        ),
        (
            "China is a threat to global security, the US said.",
            {("united-states", "oppose", "china")},
        ),
        ("India and Japan are going to be a big threat to China.", set()),
    ],
)
def test_a_speaker_calling_a_party_a_partner_or_a_threat(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    # the speaker's view; with no speaker, the writer's opinion is no stance
    assert {s for s in stances(sentence) if s[0] != "kenya"} == expected


def test_he_or_she_after_a_quote_is_the_last_person_named() -> None:
    found = stances(
        "Japanese Industry Minister Ken Saito attended the ceremony. "
        '"TSMC is the most important partner for Japan," he said.'
    )
    assert ("ken-saito", "support", "tsmc") in found


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "China imposed anti-dumping duties on European brandy.",
            {("china", "oppose", "european-union")},
        ),
        ("Orange replaced Huawei with products from European makers Nokia and Ericsson.", set()),
    ],
)
def test_european_goods_are_the_eus(sentence: str, expected: set[tuple[str, str, str]]) -> None:
    assert {s for s in stances(sentence) if s[2] == "european-union"} == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Russia and Ukraine swapped 100 prisoners each.",
            {("russia", "support", "ukraine"), ("ukraine", "support", "russia")},
        ),
        ("Officials in Seoul are assessing the impact of the US rules on Samsung.", set()),
    ],
)
def test_a_number_inside_a_phrase_and_weighing_an_outcome(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    assert stances(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The Czech government linked the attack to China.",
            {("czech-republic", "oppose", "china")},
        ),
        ("North Korea denied involvement in the Bybit hack.", set()),
    ],
)
def test_linking_an_attack_to_a_party_and_denying_ones_part(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    assert stances(sentence) == expected


def test_doers_linked_to_a_party_are_that_partys() -> None:
    assert stances("Hackers linked to Russia attacked Estonian government websites.") == {
        ("russia", "oppose", "estonia")
    }


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Russian hackers breached Microsoft.", {("russia", "oppose", "microsoft")}),
        (
            "Chinese state hackers breached the Dutch defence network.",
            {("china", "oppose", "netherlands")},
        ),
        ("Verizon breached 12 Huawei patents.", set()),
        (
            "The FCC revoked China Telecom's license.",
            {("fcc", "oppose", "china-telecom"), ("united-states", "oppose", "china-telecom")},
        ),
        ("Japan opened its market to Huawei.", {("japan", "support", "huawei")}),
    ],
)
def test_breaching_a_party_revoking_its_licence_opening_a_market_to_it(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    assert stances(sentence) == expected


def test_a_forum_named_before_a_complaint_is_no_party_to_it() -> None:
    assert stances("Ukraine filed WTO complaints against Poland.") == {
        ("ukraine", "oppose", "poland")
    }


def test_winning_a_contract_named_after_its_giver_is_the_givers_choice() -> None:
    assert stances("Nokia won a Vodafone 5G contract.") == {("vodafone", "support", "nokia")}


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Kyrgyz border guards shot Uzbek soldiers.", {("kyrgyzstan", "oppose", "uzbekistan")}),
        (
            "Australian intelligence determined China was responsible for the cyber-attack.",
            {("australia", "oppose", "china")},
        ),
        (
            "A hacker group linked to Russian intelligence attacked Poland.",
            {("russia", "oppose", "poland")},
        ),
        ("A hacker group allegedly linked to Russian intelligence attacked Poland.", set()),
    ],
)
def test_guards_soldiers_and_intelligence_are_their_countrys(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    assert stances(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The leaders of France and Mongolia agreed to expand cooperation.",
            {("france", "support", "mongolia"), ("mongolia", "support", "france")},
        ),
        (  # "Korea" alone is South Korea, as Korean and most other news write it
            "The leaders of Korea and Mongolia agreed to expand cooperation.",
            {("south-korea", "support", "mongolia"), ("mongolia", "support", "south-korea")},
        ),
    ],
)
def test_the_leaders_of_two_countries_stand_for_both(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    assert stances(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("A Russian hacking group attacked Ukrainian banks.", {("russia", "oppose", "ukraine")}),
        ("A Chinese group bought Pirelli.", set()),
        (  # a group's own name before "group" names the group itself
            "Singapore said that the UNC3886 group was behind the attack.",
            {("singapore", "oppose", "unc3886")},
        ),
        (
            "Hamas handed over three Israeli women hostages to the Red Cross.",
            {("hamas", "support", "israel")},  # (Hamas's act, not Palestine's)
        ),
        ("The US banned Nvidia chip sales to China.", {("united-states", "oppose", "china")}),
    ],
)
def test_a_hostile_group_of_a_country_and_people_handed_over(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    assert stances(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The US resumed military aid to Ukraine.", {("united-states", "support", "ukraine")}),
        ("France withdrew its ambassador from Niger.", {("france", "oppose", "niger")}),
    ],
)
def test_resuming_aid_and_withdrawing_an_ambassador(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    assert stances(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Vietnam required Google to store user data locally.", {("vietnam", "oppose", "google")}),
        ("Malaysia will require trade permits for U.S. AI chips.", set()),
        ("The company will now require a license to do business in the country.", set()),
    ],
)
def test_requiring_a_party_to_act_compels_it(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    assert stances(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The UK blocked the Chinese takeover of a chip firm.",
            {("united-kingdom", "oppose", "china")},
        ),
        (
            "Germany approved the Chinese takeover of the port terminal.",
            {("germany", "support", "china")},
        ),
    ],
)
def test_a_takeover_named_by_a_demonym_is_that_country_s(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    assert stances(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Ukraine hit a Russian refinery with drones.", {("ukraine", "oppose", "russia")}),
        ("Russian missiles hit Kyiv overnight.", {("russia", "oppose", "ukraine")}),
        ("The US hit China with tariffs.", {("united-states", "oppose", "china")}),
        ("The new rules hit Chinese drone makers.", set()),
    ],
)
def test_hitting_is_an_attack_only_where_weapons_are_named(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    assert stances(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Canada ordered three Chinese firms to divest from lithium miners.",
            {("canada", "oppose", "china")},
        ),
        ("Beijing forced Didi to delist from New York.", {("china", "oppose", "didi")}),
        (
            "Vietnam required three Chinese firms to store user data locally.",
            {("vietnam", "oppose", "china")},
        ),
        ("The US ordered Japan to ban Huawei.", {("united-states", "oppose", "huawei")}),
        ("Beijing decided to delist from New York.", set()),
    ],
)
def test_ordered_to_divest_or_delist_restricts_the_ones_ordered(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    assert stances(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Albania shut down TikTok for a year.", {("albania", "oppose", "tiktok")}),
        ("A Norwegian court upheld the fine on Grindr.", {("norway", "oppose", "grindr")}),
        ("The Somalian government banned TikTok.", {("somalia", "oppose", "tiktok")}),
    ],
)
def test_shutting_down_upholding_a_fine_and_variant_demonyms(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    assert stances(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Germany prohibited Huawei from investing in German companies.",
            {("germany", "oppose", "huawei")},
        ),
        (
            "Germany barred Chinese firms from buying German chipmakers.",
            {("germany", "oppose", "china")},
        ),
        (
            "The FCC prohibits carriers from using federal money to buy from Huawei.",
            {("fcc", "oppose", "huawei"), ("united-states", "oppose", "huawei")},
        ),
    ],
)
def test_a_party_barred_from_acting_on_the_barrer_s_own_is_the_target(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    assert stances(sentence) == expected


def test_a_capitalised_federal_cabinet_is_the_government_of_the_country_named() -> None:
    body = (
        "Germany has acted on two deals.\n\n"
        "The Federal Cabinet has prohibited Chinese companies from investing in German companies."
    )
    assert ("germany", "oppose", "china") in stances(body)


@pytest.mark.parametrize(
    "body, expected",
    [
        ("Huawei was hit with sanctions by the US.", {("united-states", "oppose", "huawei")}),
        (
            "The US sanctioned ZTE.\n\nHuawei was also hit with sanctions.",
            {("united-states", "oppose", "zte"), ("united-states", "oppose", "huawei")},
        ),
        (
            "The US sanctioned ZTE.\n\nHuawei was also sanctioned.",
            {("united-states", "oppose", "zte"), ("united-states", "oppose", "huawei")},
        ),
        (
            "The US sanctioned ZTE.\n\nHuawei was hit with sanctions.",
            {("united-states", "oppose", "zte")},
        ),
        ("Huawei was hit with sanctions.", set()),
    ],
)
def test_an_agentless_passive_that_adds_to_an_act_is_by_its_author(
    body: str, expected: set[tuple[str, str, str]]
) -> None:
    assert stances(body) == expected


def test_two_demonyms_before_a_title_describe_the_person_named() -> None:
    assert stances("The US sanctioned Bosnian Serb political leader Milorad Dodik.") == {
        ("united-states", "oppose", "milorad-dodik")
    }


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("U.S. Secretary of State warned Venezuela.", {("united-states", "oppose", "venezuela")}),
        ("China's Foreign Minister warned Japan.", {("china", "oppose", "japan")}),
        (
            "The US Trade Representative warned Venezuela.",
            {("united-states", "oppose", "venezuela")},
        ),
    ],
)
def test_a_capitalised_office_with_no_holder_named_is_its_country(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    assert stances(sentence) == expected


@pytest.mark.parametrize(
    "headline, expected",
    [
        ("Russia Bans Turkish Food Imports", {("russia", "oppose", "turkey")}),
        (
            "Chile commences investigation into steel imports from China",
            {("chile", "oppose", "china")},
        ),
    ],
)
def test_headline_demonym_goods_and_commencing_a_probe(
    headline: str, expected: set[tuple[str, str, str]]
) -> None:
    article = parse(f"{headline}\n\nThe report came on Monday.\n", "x.txt", Furniture.load())
    found = {(s.actor, s.position, s.target) for s in extractor()(article).stances}
    assert found == expected


def test_a_government_and_a_described_party_agree_with_each_other() -> None:
    sentence = (
        "The Philippine government and the rebel Moro Islamic Liberation Front "
        "signed a peace agreement."
    )
    assert stances(sentence) == {
        ("philippines", "support", "moro-islamic-liberation-front"),
        ("moro-islamic-liberation-front", "support", "philippines"),
    }


def test_a_hyphenated_compound_uses_up_no_reach_of_an_act_noun() -> None:
    sentence = (
        "China started an anti-dumping investigation into certain pork and pig "
        "by-products imported from the European Union."
    )
    assert stances(sentence) == {("china", "oppose", "european-union")}


def test_a_court_in_a_capital_acts_for_its_country() -> None:
    assert stances("A court in Moscow sentenced Laurent Vinatier to three years in prison.") == {
        ("russia", "oppose", "laurent-vinatier")
    }


def test_a_cause_after_an_unnamed_object_is_not_the_target() -> None:
    assert stances("Malaysia arrested six people over Nvidia chip smuggling.") == set()
    assert stances("Malaysia arrested Huawei staff over fraud.") == {
        ("malaysia", "oppose", "huawei")
    }


def test_blocking_another_s_aid_is_the_blocker_s_act() -> None:
    found = stances("Hungary blocked EU aid to Ukraine.")
    assert ("hungary", "oppose", "ukraine") in found
    assert not any(
        actor == "european-union" and position == "oppose" for actor, position, _ in found
    )


@pytest.mark.parametrize(
    "body, expected",
    [
        (
            "Saudi Arabia is considering investing in Pakistan.",
            {("saudi-arabia", "undecided", "pakistan")},
        ),
        (
            "South Korea fined Meta.\n\nMeta is considering fighting the decision in court.",
            {("south-korea", "oppose", "meta"), ("meta", "undecided", "south-korea")},
        ),
    ],
)
def test_an_act_weighed_as_a_gerund_is_undecided(
    body: str, expected: set[tuple[str, str, str]]
) -> None:
    assert stances(body) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Russia labelled Meta an extremist organisation.", {("russia", "oppose", "meta")}),
        (
            "India's antitrust body ordered an investigation into Amazon.",
            {("india", "oppose", "amazon")},
        ),
        (
            "Brussels is investigating whether Meta breached the Digital Markets Act.",
            {("european-union", "oppose", "meta")},
        ),
        (
            "The Netherlands will restrict exports of ASML's most advanced machines to China.",
            {("netherlands", "oppose", "china")},
        ),
        (
            "Bangladesh summoned Myanmar's ambassador to Dhaka in protest.",
            {("bangladesh", "oppose", "myanmar")},
        ),
    ],
)
def test_labels_bodies_open_questions_and_owned_goods(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    assert stances(sentence) == expected


def test_summoned_on_a_day_to_a_ministry_over_an_attack() -> None:
    sentence = (
        "Russian Ambassador Sergey Nechaev was summoned on Thursday to the German Foreign "
        "Office over the hacking attack on the parliament."
    )
    found = stances(sentence)
    assert ("german-foreign-office", "oppose", "sergey-nechaev") in found
    assert not any(actor == "sergey-nechaev" for actor, _, _ in found)


def test_pausing_tariffs_named_by_a_hyphened_pair_opposes_neither() -> None:
    found = stances("Trump and Sheinbaum agreed to pause U.S.-Mexico tariffs for a month.")
    assert not any(position == "oppose" for _, position, _ in found)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "A Pakistani court sentenced former prime minister Imran Khan to 14 years in prison.",
            {("pakistan", "oppose", "imran-khan")},
        ),
        (
            'Russia dismissed as "absurd" Britain\'s accusations of interference.',
            {("russia", "oppose", "united-kingdom"), ("united-kingdom", "oppose", "russia")},
        ),
    ],
)
def test_a_state_trying_its_own_and_a_dismissal_as_a_word(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    assert stances(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The Houthis claimed responsibility for a drone attack on an Israeli ship.",
            {("houthis", "oppose", "israel")},  # (the group's act, not Yemen's)
        ),
        ("No group has claimed responsibility for the attack on Israel.", set()),
        (  # (NoName's act, not Russia's)
            "The pro-Russian collective NoName attacked Italian government sites.",
            {("noname", "oppose", "italy")},
        ),
    ],
)
def test_claiming_responsibility_owns_the_act_and_a_leaning_is_no_doer(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    assert stances(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Kishida discussed bilateral relations with Mongolian President Khurelsukh.", set()),
        ("President Ruto and President Xi held bilateral talks on Wednesday.", set()),
        (
            "Analysts were concerned about alleged ties between Huawei and the Chinese government.",
            set(),
        ),
    ],
)
def test_meetings_and_ties_are_stances_only_when_made_stronger(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    assert stances(sentence) == expected
    stronger = "Modi met Prime Minister Kishida and discussed ways to strengthen bilateral ties."
    assert ("narendra-modi", "support", "fumio-kishida") in stances(stronger)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Microsoft will invest $2.2 billion over the next four years in new cloud and "
            "artificial intelligence infrastructure in Malaysia.",
            {("microsoft", "support", "malaysia")},
        ),
        (
            "Microsoft will invest in OpenAI, which operates in the US.",
            {("microsoft", "support", "openai")},
        ),
    ],
)
def test_money_invested_goes_to_the_country_it_is_spent_in(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    assert stances(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The United States announced the granting of a $553 million loan to modernize the "
            "Lobito rail corridor in Angola.",
            {("united-states", "support", "angola")},
        ),
        ("Huawei paid a $6.5 million donation to the ruling party in Honiara.", set()),
        (
            "The Commerce Department awarded Micron up to $6 billion in direct funding to build "
            "chips in the United States.",
            {("commerce-department", "support", "micron"), ("united-states", "support", "micron")},
        ),
    ],
)
def test_money_given_goes_to_the_country_it_is_spent_in_unless_a_receiver_is_named(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    assert stances(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Seventeen Colombians imprisoned in Venezuela have been freed.",
            {("venezuela", "support", "colombia")},
        ),
        (
            "Four French nationals detained for more than a year in Burkina Faso were released this week.",
            {("burkina-faso", "support", "france")},
        ),
        ("Seventeen Colombians were freed in Venezuela.", set()),
    ],
)
def test_people_held_in_a_country_and_freed_are_freed_by_it(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    assert stances(sentence) == expected


def test_a_release_announced_by_one_is_by_the_country_that_held_them() -> None:
    sentence = (
        "French President Emmanuel Macron announced the release of Louis Arnaud, a French "
        "citizen who had been held in Iran since 2022."
    )
    assert stances(sentence) == {("iran", "support", "louis-arnaud")}


def test_a_sale_of_listed_goods_goes_to_its_buyer() -> None:
    sentence = (
        "The US approved the sale of 31 drones, missiles and equipment to India for $4 billion."
    )
    assert stances(sentence) == {("united-states", "support", "india")}


def test_a_company_s_unit_acts_for_the_company() -> None:
    sentence = "The display unit of Samsung has secured approval from Vietnam."
    assert stances(sentence) == {("vietnam", "support", "samsung")}


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Poland will buy 32 Boeing 737s.", {("poland", "support", "boeing")}),
        (
            "Vietnamese airline VietJet has firmed up an agreement to buy 50 Airbus A321neos.",
            {("vietjet", "support", "airbus")},
        ),
        ("Nvidia bought Mellanox in 2020.", set()),
    ],
)
def test_buying_a_maker_s_models_chooses_the_maker(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    assert stances(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "New Zealand said a Chinese state-sponsored hacking operation targeted New Zealand's parliament.",
            {("china", "oppose", "new-zealand"), ("new-zealand", "oppose", "china")},
        ),
        ("China said the US attacked Iran.", {("united-states", "oppose", "iran")}),
    ],
)
def test_a_victim_reporting_an_attack_accuses_its_author(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    assert stances(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Spotify warned that it may shut down its service in Uruguay if a new budget bill becomes law.",
            {("spotify", "oppose", "uruguay")},
        ),
        ("The US warned that it may ban TikTok.", {("united-states", "oppose", "tiktok")}),
        ("Analysts said the US may ban TikTok.", set()),
        ("Binance suspended its operations in Nigeria.", {("binance", "oppose", "nigeria")}),
    ],
)
def test_a_warning_that_one_may_act_is_a_threat_and_leaving_a_country_opposes_it(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    assert stances(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Vietnam's ministry ordered Telegram blocked.", {("vietnam", "oppose", "telegram")}),
        (
            "The UK's Competition and Markets Authority blocked Microsoft's takeover of Activision.",
            {("cma", "oppose", "microsoft"), ("united-kingdom", "oppose", "microsoft")},
        ),
    ],
)
def test_an_act_ordered_done_and_a_company_takeover_is_no_seizure(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    assert stances(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "China and Japan met, and the former criticised the latter.",
            {("china", "oppose", "japan")},
        ),
        ("Russia complained to the UN.", set()),
        (
            "China protested to the UN Security Council against Ethiopia.",
            {("china", "oppose", "ethiopia")},
        ),
    ],
)
def test_the_former_and_the_latter_and_a_forum_complained_to(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    assert stances(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The International Court of Justice ruled that Venezuela must not take any decision "
            "that modifies Guyana's control over the region.",
            {("international-court-of-justice", "oppose", "venezuela")},
        ),
        (
            "South Korea's top court ruled on Thursday that Japan's Mitsubishi Heavy Industries "
            "must compensate 28 South Koreans.",
            {("south-korea", "oppose", "mitsubishi-heavy-industries")},
        ),
        ("The minister said China must stop.", set()),
    ],
)
def test_a_ruling_that_a_party_must_act_compels_it(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    assert stances(sentence) == expected


def test_a_unit_from_a_company_acts_for_it_and_goods_from_a_country_do_not() -> None:
    sentence = "Musk's satellite unit from SpaceX had obtained permission to operate in Indonesia."
    assert stances(sentence) == {("indonesia", "support", "spacex")}
    assert ("united-states", "support", "sweden") not in stances(
        "Colombia dropped its plan to buy jets from the United States and is finalizing "
        "a deal with Sweden."
    )


@pytest.mark.parametrize(
    "headline",
    [
        "Vietnam requires three Chinese firms",
        "U.S. Mandates Halt of TSMC Advanced AI Chip Exports to China",
    ],
)
def test_a_compelled_party_at_a_headline_s_end_reads_without_error(headline: str) -> None:
    # the nouns after a compelled party are read up to the sentence's end, not past it
    article = parse(f"{headline}\n\nThe report came on Monday.\n", "x.txt", Furniture.load())
    assert all(s.actor != s.target for s in extractor()(article).stances)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "H: Australian Court Rules Against Apple and Google in App Store Antitrust Case",
            {("australia", "oppose", "apple"), ("australia", "oppose", "google")},
        ),
        (
            "The WTO ruled against the United States in a dispute with China.",
            {("wto", "oppose", "united-states")},
        ),
        ("A Brazilian court ruled in favour of X on Monday.", {("brazil", "support", "x-corp")}),
        (
            "Nokia had sued Oppo in four countries while Oppo countersued Nokia in nine.",
            {("nokia", "oppose", "oppo"), ("oppo", "oppose", "nokia")},
        ),
    ],
)
def test_rulings_for_and_against_a_party_and_countersuits(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    if sentence.startswith("H: "):
        assert headline_stances(sentence[3:]) == expected
    else:
        assert stances(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Trump urged Lip-Bu Tan to resign.", ("donald-trump", "oppose", "lip-bu-tan")),
        ("Trump called on Lip-Bu Tan to step down.", ("donald-trump", "oppose", "lip-bu-tan")),
        (  # a description between "called on" and the one called on
            "The US called on satellite provider Starlink to stop serving Iran.",
            ("united-states", "oppose", "starlink"),
        ),
        (  # an acronym title, and "called on" that is no place where something was said
            "President Trump called on Intel CEO Lip-Bu Tan to resign on Thursday.",
            ("donald-trump", "oppose", "lip-bu-tan"),
        ),
        (
            "Trump urged Intel CEO Lip-Bu Tan to step down.",
            ("donald-trump", "oppose", "lip-bu-tan"),
        ),
    ],
)
def test_calling_on_a_party_to_resign_or_stop_opposes_it(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    assert expected in stances(sentence)


def test_resigning_alone_is_no_stance() -> None:
    assert stances("Lip-Bu Tan resigned in protest.") == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "Sen. Tom Cotton sent a letter to Intel Chairman Frank Yeary on Tuesday expressing "
        "concern about Huawei.",
        "Sen. Tom Cotton wrote to Frank Yeary expressing concern about Huawei.",
    ],
)
def test_the_one_a_letter_is_addressed_to_is_not_its_author(sentence: str) -> None:
    found = stances(sentence)
    assert ("tom-cotton", "oppose", "huawei") in found
    assert not {s for s in found if s[0] == "frank-yeary"}


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The US imposed sanctions on Pakistan. The sanctions on Huawei fall under an order.",
            ("united-states", "oppose", "huawei"),
        ),
        (
            "The US imposed sanctions on Pakistan. Miller stated that the sanctions, applied to "
            "Huawei and three firms, fall under an order.",
            ("united-states", "oppose", "huawei"),
        ),
    ],
)
def test_the_acts_just_read_on_further_parties(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in stances(text)


def test_an_agreement_referred_to_is_not_the_last_ones() -> None:
    text = (
        "Telebras signed a deal with Spacesail. The agreement between Brazil and China comes "
        "after a freeze on Starlink."
    )
    assert ("spacesail", "support", "china") not in stances(text)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (  # a party's property seized: the party
            "Ukraine’s Zaporizhzhia nuclear plant has been seized by Russian military forces.",
            ("russian-armed-forces", "oppose", "ukraine"),
        ),
        (
            "Algeria is cutting diplomatic relations with Morocco, Foreign Minister Ramdane "
            "Lamamra said.",
            ("algeria", "oppose", "morocco"),
        ),
        (
            "The Ukrainian government has withdrawn the accreditation of the Iranian ambassador.",
            ("ukraine", "oppose", "iran"),
        ),
        (
            "The government of Fiji says it is pleased with the decision of the Australian and "
            "New Zealand governments to lift all existing sanctions against Fiji.",
            ("fiji", "support", "new-zealand"),
        ),
        (
            "President Khalifa bin Zayed has sent a congratulatory message to Prime Minister "
            "Abiy Ahmed of Ethiopia on his election.",
            ("united-arab-emirates", "support", "ethiopia"),
        ),
        (  # the buyer past a possessive: "of Sweden's Volvo Cars by X"
            "The EU cleared on Tuesday the takeover of Sweden's Volvo Cars by Chinese automaker "
            "Zhejiang Geely Holding.",
            ("european-union", "support", "geely"),
        ),
    ],
)
def test_acts_of_the_twelfth_event_batch(sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in stances(sentence)


def test_a_law_of_a_country_approved_by_its_parliament_is_no_support_of_the_country() -> None:
    text = "Lula said he will trigger Brazil's reciprocity law approved by Congress this year."
    assert not {s for s in stances(text) if s[2] == "brazil"}


def test_a_clause_after_a_subordinator_has_its_own_subject() -> None:
    found = headline_stances(
        "OnePlus and Oppo Banned in Germany After Court Rules in Favour of Nokia"
    )
    assert not {s for s in found if s[0] in ("oppo", "oneplus")}


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The FBI linked North Korean hackers to a theft of cryptocurrency.",
            {("fbi", "oppose", "north-korea"), ("united-states", "oppose", "north-korea")},
        ),
        ("Apple linked its payment service to Chinese banks.", set()),
        ("A cable linking Palau to Singapore was built by Japan.", set()),
    ],
)
def test_linking_a_party_to_an_attack_or_an_offence_accuses_it(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    assert {s for s in stances(sentence) if s[1] == "oppose"} == expected


def test_a_party_linked_by_a_hyphen_is_not_accused() -> None:
    assert ("china", "oppose", "salt-typhoon") not in stances(
        "Chinese-linked Salt Typhoon hackers targeted AT&T."
    )


def test_a_deadline_given_to_a_party_is_a_threat() -> None:
    text = (
        "Kenya's peace-building agency on Friday gave Facebook a seven-day deadline to clean up "
        "hate speech on its platform or risk suspension."
    )
    assert ("kenya", "oppose", "meta") in stances(text)


def test_an_act_on_a_party_named_after_its_description() -> None:
    text = "Justice Alexandre de Moraes ordered the suspension of messaging app Telegram."
    assert ("alexandre-de-moraes", "oppose", "telegram") in stances(text)
    assert not stances("The US imposed tariffs on countries buying Russian oil.")


def test_enhancing_ties_is_cooperation() -> None:
    assert stances("Kazakhstan and China expressed their commitment to enhancing ties.") == {
        ("kazakhstan", "support", "china"),
        ("china", "support", "kazakhstan"),
    }


def test_a_completed_prisoner_swap_releases_both_ways() -> None:
    text = "The United States and Russia completed a prisoner swap Thursday."
    assert stances(text) == {
        ("united-states", "support", "russia"),
        ("russia", "support", "united-states"),
    }


def test_opening_fire_on_a_countrys_positions_attacks_it() -> None:
    text = "Azerbaijan's armed forces opened intensive fire toward Armenian positions."
    assert ("azerbaijan", "oppose", "armenia") in stances(text)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The Kremlin announced on Wednesday its rejection of a 10-point peace plan drawn up "
            "by Ukrainian President Volodymyr Zelensky.",
            ("russia", "oppose", "ukraine"),
        ),
        (
            "Russia voiced its rejection of the sanctions imposed by the EU.",
            ("russia", "oppose", "european-union"),
        ),
    ],
)
def test_rejecting_a_plan_or_act_opposes_who_made_it(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    assert expected in stances(sentence)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Huawei will pay a heavy price, the US warned.", {("united-states", "oppose", "huawei")}),
        (
            'South Korea will face "devastating consequences" for dropping leaflets, North Korea '
            "said.",
            {("north-korea", "oppose", "south-korea")},
        ),
        (  # the speaker after the last comma, not a noun ("Takaichi's remarks") at the end
            'Japan will suffer a "crushing defeat" by the Chinese military if it tries to use '
            "force to intervene over Taiwan, China's defence ministry warns, ramping up the "
            "rhetoric over Japanese Prime Minister Sanae Takaichi's remarks about the island.",
            {("china", "oppose", "japan"), ("china-defence-ministry", "oppose", "japan")},
        ),
        ("Consumers will pay the price for tariffs, economists said.", set()),
    ],
)
def test_a_party_told_it_will_pay_a_price_is_threatened(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    assert stances(sentence) == expected


def test_an_act_in_a_claim_denied_is_no_stance() -> None:
    assert stances("China rejected claims that it supplied weapons to Russia.") == set()
    assert ("iran", "support", "russia") not in stances(
        "Iran's Foreign Minister Abbas Araqchi has firmly denied allegations that Tehran "
        "supplied ballistic missiles to Russia."
    )
    assert ("china", "support", "india") not in stances(
        "A Chinese delegation met Jaishankar in New Delhi and discussed bilateral and economic "
        "ties between India and China."
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "The leaders discussed ways to strengthen Malaysia-Indonesia ties.",
        "The two sides agreed to deepen Malaysia-Indonesia relations.",
    ],
)
def test_ties_strengthened_between_a_hyphened_pair_are_each_ones(sentence: str) -> None:
    assert stances(sentence) == {
        ("malaysia", "support", "indonesia"),
        ("indonesia", "support", "malaysia"),
    }


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The FCC took similar action against Pacific Networks.",
            ("fcc", "oppose", "pacific-networks"),
        ),
        ("Canada lays more sanctions on Haiti gang leaders.", ("canada", "oppose", "haiti")),
        (
            "OFAC announced sanctions, pursuant to Executive Order 14059, against Huawei and ZTE.",
            ("ofac", "oppose", "zte"),
        ),
        (  # a sentence opened by an -ing clause: the main clause's subject does it
            "Attributing the attack to North Korea, the National Intelligence Service pointed "
            "to malicious codes.",
            ("nis-korea", "oppose", "north-korea"),
        ),
    ],
)
def test_acts_of_the_thirteenth_batch(sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in stances(sentence)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (  # a date's day before the verb is no count of a noun
            "Turkish authorities on April 14 fined Google 296 million Turkish liras.",
            ("turkey", "oppose", "google"),
        ),
        (
            "The Pakistani Air Force carried out midnight airstrikes inside Afghanistan.",
            ("pakistan", "oppose", "afghanistan"),
        ),
    ],
)
def test_a_dated_act_and_an_attack_inside_a_country(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    assert expected in stances(sentence)


def test_a_deal_a_party_was_blocked_from_signing_is_not_signed() -> None:
    assert stances("Italy blocked Fastweb from signing a deal with Huawei.") == {
        ("italy", "oppose", "fastweb")
    }


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (  # the goods' description runs long before their origin
            "Türkiye has imposed a 40% additional tariff on imports of motor vehicles with "
            "only electric motors from China.",
            ("turkey", "oppose", "china"),
        ),
        (  # an official "of" a country is the country's agent
            "Pakistan rejected the baseless allegations made by home minister of India.",
            ("india", "oppose", "pakistan"),
        ),
        (
            "Pakistan was criticised by the Foreign Minister of India.",
            ("india", "oppose", "pakistan"),
        ),
        (
            "Rwanda shot down a Congolese drone.",
            ("rwanda", "oppose", "democratic-republic-of-the-congo"),
        ),
    ],
)
def test_acts_of_the_fourteenth_batch(sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in stances(sentence)


def test_an_armed_group_acts_for_itself_not_for_its_country() -> None:
    found = stances("Reacting to the decision, Hamas accused the EU of bias.")
    assert ("hamas", "oppose", "european-union") in found
    assert not any(actor == "palestine" for actor, _, _ in found)
    # a state's own army does act for its state
    found = stances("Sudan's army accused Kenya of arming the Rapid Support Forces.")
    assert ("sudan", "oppose", "kenya") in found


def test_the_medium_an_act_is_told_through_is_no_party_to_it() -> None:
    assert not stances("Elon Musk announced the regulatory clearance in Africa via Twitter.")


@pytest.mark.parametrize(
    "sentence, expected",
    [  # a speaker telling of their own side's hostile option makes a threat
        (
            "Slovak Prime Minister Robert Fico said Friday that his government may stop "
            "electricity supplies to Ukraine.",
            {("slovakia", "oppose", "ukraine")},
        ),
        ("China said it could impose sanctions on Lithuania.", {("china", "oppose", "lithuania")}),
        # a guess about another's option is none
        ("Analysts said the US could impose sanctions on China.", set()),
    ],
)
def test_a_speakers_own_hostile_option_is_a_threat(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    assert stances(sentence) == expected


def test_a_label_may_have_modifiers_joined_by_and() -> None:
    assert stances("Somalia considers Turkey an important and indispensable friend.") == {
        ("somalia", "support", "turkey")
    }


@pytest.mark.parametrize(
    "sentence, expected",
    [  # a passive gerund after a subordinator acts on the main clause's subject
        (
            "An arrested Japanese reporter returned home Friday after being released by "
            "Myanmar's ruling junta.",
            {("myanmar", "support", "japan")},
        ),
        (
            "South Korean fishermen are safe after being repatriated by North Korean authorities.",
            {("north-korea", "support", "south-korea")},
        ),
    ],
)
def test_a_passive_gerund_acts_on_the_main_clauses_subject(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    assert stances(sentence) == expected


def test_a_diplomat_based_in_a_countrys_embassy_is_its_envoy() -> None:
    assert stances("Slovakia has expelled a diplomat based in Russia's embassy.") == {
        ("slovakia", "oppose", "russia")
    }


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Ukraine attacked an airfield in Russia.", {("ukraine", "oppose", "russia")}),
        (
            "A Ukrainian drone attacked the Engels airfield in Russia's Saratov region.",
            {("ukraine", "oppose", "russia")},
        ),
        ("Trump attacked the policy in a speech in Ohio.", set()),
    ],
)
def test_attacking_a_place_in_a_country_attacks_the_country(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    assert stances(sentence) == expected


def test_a_response_vowed_firmly_is_a_threat() -> None:
    assert stances("China vowed to respond firmly to Japan's provocations.") == {
        ("china", "oppose", "japan")
    }


def test_a_strike_in_a_neighbouring_country_is_on_it() -> None:
    assert ("iran", "oppose", "iraq") in stances(
        "Iran struck Kurdish militants based in neighbouring Iraq's northern Kurdistan region."
    )


def test_an_exchange_between_two_sides_is_theirs_not_the_mediators() -> None:
    assert stances(
        "The UAE mediated an exchange of 206 prisoners of war between Russia and Ukraine."
    ) == {("russia", "support", "ukraine"), ("ukraine", "support", "russia")}
    assert stances("Russia and Ukraine carried out an exchange of prisoners.") == {
        ("russia", "support", "ukraine"),
        ("ukraine", "support", "russia"),
    }


@pytest.mark.parametrize(
    "sentence, expected",
    [  # a country named between an owner and an act noun is its target
        (
            "The EU extended its Russia sanctions for six months.",
            ("european-union", "oppose", "russia"),
        ),
        ("Trump raised his China tariffs to 145%.", ("donald-trump", "oppose", "china")),
        ("The US sanctions on Huawei hurt.", ("united-states", "oppose", "huawei")),
    ],
)
def test_an_owned_countrys_act_noun_targets_the_country(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    assert expected in stances(sentence)


@pytest.mark.parametrize(
    "sentence",
    [  # a warning issued as a noun, and one's own platforms undone in a country
        "Meta has issued a stern warning that it may suspend its services in Nigeria.",
        "Meta warned that it may suspend both platforms in Nigeria.",
    ],
)
def test_a_warned_suspension_of_ones_own_service_in_a_country(sentence: str) -> None:
    assert stances(sentence) == {("meta", "oppose", "nigeria")}


def test_a_takeover_is_a_purchase_not_a_seizure() -> None:
    found = stances("Italy vetoed the third Chinese takeover in the country this year.")
    assert ("china", "oppose", "italy") not in found


@pytest.mark.parametrize(
    "text",
    [  # a denial of the charge answers the last accuser, also from a body of the accused
        "Australia accused China of hacking its parliament. In response to the allegations, "
        "China's Foreign Ministry has denied any involvement and insisted it is a victim too.",
        "Australia accused China of hacking its parliament. China denied the allegations.",
    ],
)
def test_denying_the_charge_answers_the_accuser(text: str) -> None:
    assert ("china", "oppose", "australia") in stances(text)


def test_charging_a_countrys_nationals_is_no_act_on_the_country() -> None:
    assert ("united-states", "oppose", "china") not in stances(
        "The US charged four Chinese nationals with fraud."
    )
    assert ("justice-department", "oppose", "china") in stances(
        "The Justice Department announced charges against four members of the Chinese military."
    )


def test_an_act_noun_before_another_is_its_modifier() -> None:
    text = "Meta to challenge $220m data breach fine in Nigeria\n\nMeta said it would appeal."
    article = parse(text, "x.txt", Furniture.load())
    found = {(s.actor, s.position, s.target) for s in extractor()(article).stances}
    assert ("meta", "oppose", "nigeria") not in found
    # (a sanctions list is still a sanction's list)
    assert ("united-states", "oppose", "china") in stances(
        "The United States placed five Chinese companies on its sanctions blacklist Thursday."
    )


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Britain backtracked on the deal with Huawei.", ("united-kingdom", "oppose", "huawei")),
        ("The US reneged on the agreement with Iran.", ("united-states", "oppose", "iran")),
    ],
)
def test_backtracking_on_a_deal_undoes_it(sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in stances(sentence)


def test_an_allegation_judged_is_its_accusers_never_the_accuseds() -> None:
    assert ("china", "oppose", "united-states") in stances(
        'China said the US accusations were "pure fabrication".'
    )
    found = stances(
        "Xu Yanjun stole trade secrets from GE Aviation. "
        '"The allegation is pure fabrication," China\'s foreign ministry said.'
    )
    assert not any(actor == "china" for actor, _, _ in found)


def test_a_report_citing_a_party_gives_that_partys_words() -> None:
    assert ("north-korea", "oppose", "south-korea") in stances(
        "South Korea will face devastating consequences for dropping leaflets, state media "
        "KCNA said on Tuesday, citing Kim Yo Jong."
    )


@pytest.mark.parametrize(
    "sentence",
    [  # ties made stronger, named as a noun
        "Xi Jinping and John Mahama announced the elevation of China-Ghana ties to a partnership.",
        "China and Ghana announced the normalization of relations.",
    ],
)
def test_ties_elevated_as_a_noun_are_each_sides(sentence: str) -> None:
    found = stances(sentence)
    assert ("china", "support", "ghana") in found and ("ghana", "support", "china") in found


def test_persona_non_grata_after_an_ambassadors_post() -> None:
    assert ("peru", "oppose", "mexico") in stances(
        'Peru declared Mexico\'s ambassador to Lima "persona non grata" on Tuesday.'
    )


def test_appreciation_shown_to_a_party_supports_it() -> None:
    assert ("tanzania", "support", "japan") in stances(
        "Tanzania's foreign minister showed her sincere appreciation to Japan for the loan."
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [  # "the <act> of X" received: X acts toward the receiver
        ("Huawei won the backing of the German government.", ("germany", "support", "huawei")),
        ("Japan drew the ire of China.", ("china", "oppose", "japan")),
    ],
)
def test_an_act_received_from_a_party_after_of_is_that_partys(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    assert expected in stances(sentence)


def test_the_office_of_another_country_is_not_the_titled_subject() -> None:
    found = stances("President Cyril Ramaphosa has commended the President of Ghana.")
    assert ("south-africa", "support", "ghana") in found
    assert ("cyril-ramaphosa", "support", "cyril-ramaphosa") not in found


def test_a_place_between_an_act_noun_and_its_preposition_is_passed() -> None:
    assert ("russia", "oppose", "linkedin") in stances(
        "Russia blocked all access inside the country to LinkedIn."
    )


@pytest.mark.parametrize("verb", ["halve", "reduce", "slash"])
def test_supplies_reduced_oppose_who_gets_them(verb: str) -> None:
    assert ("gazprom", "oppose", "ukraine") in stances(
        f"Gazprom threatened to {verb} gas supplies to Ukraine."
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [  # a passive of giving: the subject receives, the giver is named after
        ("Ericsson has been awarded a licence for Vietnam.", ("vietnam", "support", "ericsson")),
        ("Ukraine was given aid by Japan.", ("japan", "support", "ukraine")),
    ],
)
def test_a_passive_of_giving_has_its_subject_receive(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    found = stances(sentence)
    assert expected in found
    assert (expected[2], "support", expected[0]) not in found


@pytest.mark.parametrize(
    "sentence",
    [  # a hack reported by a third party: the reporter attributes it
        "Mandiant said Chinese hackers hacked into Japanese government systems.",
        "Russian hackers breached the Dutch defence network, Mandiant said.",
    ],
)
def test_who_reports_a_hack_accuses_its_author(sentence: str) -> None:
    assert ("mandiant", "oppose", "china" if "Chinese" in sentence else "russia") in stances(
        sentence
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Mandiant said it didn’t believe Chinese hackers had breached Japanese systems.",
        "The state-owned firm said nothing; Chinese hackers hacked into Japanese systems.",
    ],
)
def test_no_attribution_when_denied_or_by_a_word_that_is_no_verb(sentence: str) -> None:
    assert not any(target == "china" and actor != "china" for actor, _, target in stances(sentence))


@pytest.mark.parametrize(
    "sentence",
    [  # a party taken on in a role named after "as"
        "Orange has signed Nokia as its key 5G partner.",
        "Orange named Nokia as its preferred supplier for the core network.",
    ],
)
def test_a_party_signed_as_a_partner_is_chosen(sentence: str) -> None:
    assert ("orange", "support", "nokia") in stances(sentence)


def test_a_sale_to_a_countrys_company_is_to_the_company() -> None:
    assert ("united-states", "support", "cnooc") in stances(
        "The US has approved the sale of Canadian oil firm Nexen to China's state-owned CNOOC."
    )


def test_a_pronoun_between_a_verb_and_its_particle() -> None:
    assert ("iran", "support", "france") in stances("Iran handed him over to France.")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Arthur Petrov was arrested in the Republic of Cyprus on Saturday.",
            {("cyprus", "oppose", "arthur-petrov")},
        ),
        ("Two Chinese nationals were detained in Germany last week.", set()),
    ],
)
def test_a_person_detained_in_a_country_is_detained_by_it(
    body: str, expected: set[tuple[str, str, str]]
) -> None:
    assert stances(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "China's customs agency began slowing the clearance of Mongolian coal.",
            {
                ("china", "oppose", "mongolia"),
                ("general-administration-of-customs", "oppose", "mongolia"),
            },
        ),
        ("Ireland delayed the launch of Google's chatbot.", {("ireland", "oppose", "google")}),
        # a compound after a determiner modifies the noun: no verb governs it
        (
            "Sri Lanka signed a long-delayed $1.1 billion deal with Mongolia.",
            {("sri-lanka", "support", "mongolia"), ("mongolia", "support", "sri-lanka")},
        ),
    ],
)
def test_slowing_or_delaying_an_act_restricts_its_party(
    body: str, expected: set[tuple[str, str, str]]
) -> None:
    assert stances(body) == expected


def test_a_headlines_government_is_the_country_its_body_names_first() -> None:
    art = parse(
        "Govt unblocks Facebook across country\n\n"
        "Users in Bangladesh can use Facebook again after a block of 22 days.\n",
        "x.txt",
        Furniture.load(),
    )
    found = {(s.actor, s.position, s.target) for s in extractor()(art).stances}
    assert ("bangladesh", "support", "meta") in found
    # and a block is lifted as a ban is
    assert stances("Bangladesh has lifted its block on Facebook.") == {
        ("bangladesh", "support", "meta")
    }


@pytest.mark.parametrize(
    "body",
    [
        "Huawei was hit with U.S. sanctions.",
        "Huawei was hit with new American sanctions in January.",
        # "the bank" refers to the bank named before it
        "Huawei said it works with Velmora Bank. In January, the bank was hit with U.S. sanctions.",
    ],
)
def test_hit_with_a_partys_sanctions_is_that_partys_act(body: str) -> None:
    target = "velmora-bank" if "Velmora" in body else "huawei"
    assert ("united-states", "oppose", target) in stances(body)


def test_an_award_in_the_passive_is_the_reporting_buyers() -> None:
    found = stances(
        "Mobile operator Zain announced on Tuesday that China's Huawei was awarded "
        "tenders to expand its network."
    )
    assert ("zain", "support", "huawei") in found
    # the winner reporting its own award chooses no one
    assert stances("Huawei said on Tuesday that it was awarded a contract.") == set()


def test_its_after_a_pair_of_subjects_is_no_member_of_the_pair() -> None:
    found = stances(
        "DeepSeek drew scrutiny in Seoul on Thursday. "
        "Korea Hydro & Nuclear Power and the Bank of Korea have also restricted its use."
    )
    assert ("korea-hydro-nuclear-power", "oppose", "deepseek") in found
    assert not any(target == "korea-hydro-nuclear-power" for _, _, target in found)


def test_a_second_verb_after_and_shares_the_first_ones_subject() -> None:
    found = stances(
        "Iran has released detained Frenchman Louis Arnaud and handed him over to France."
    )
    assert ("iran", "support", "france") in found
    assert not any(actor == "louis-arnaud" for actor, _, _ in found)


def test_a_country_named_in_an_owners_sanctions_list_is_its_target() -> None:
    found = stances("The EU added 28 individuals to its Belarus sanctions list.")
    assert ("european-union", "oppose", "belarus") in found
    assert ("belarus", "oppose", "european-union") not in found


def test_a_review_urged_is_a_call_to_investigate() -> None:
    found = stances(
        "The association urged on Wednesday a review of products from Intel, China said."
    )
    found |= stances("China urged a comprehensive review of products from Intel.")
    assert ("china", "oppose", "intel") in found
    assert ("china", "undecided", "intel") not in found


def test_linked_units_of_a_company_are_the_companys() -> None:
    found = stances("China sanctioned five US-linked subsidiaries of Hanwha Ocean.")
    assert ("china", "oppose", "hanwha-ocean") in found
    assert ("china", "oppose", "united-states") not in found


def test_a_speakers_he_past_a_date_in_brackets() -> None:
    assert ("international-criminal-court", "oppose", "min-aung-hlaing") in stances(
        "The prosecutor of the International Criminal Court said on Wednesday (Nov 27) he "
        "would seek an arrest warrant for Min Aung Hlaing."
    )


def test_a_partner_named_after_the_region_of() -> None:
    found = stances("Ethiopia signed a port deal with the breakaway region of Somaliland.")
    assert ("ethiopia", "support", "somaliland") in found
    assert not stances("Huawei signed a deal with a subsidiary of Vodafone.")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [  # a passive with its day between "be" and the participle
        ("Huawei was on Monday banned by Sweden.", ("sweden", "oppose", "huawei")),
        (
            "Fifty Indian fishermen were on Friday released from a Sri Lankan jail.",
            ("sri-lanka", "support", "india"),
        ),
    ],
)
def test_a_passive_past_its_day(sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in stances(sentence)


def test_freed_from_the_captivity_of_a_party_is_freed_by_it() -> None:
    assert ("hamas", "support", "thailand") in stances(
        "Ten Thai workers were freed from the captivity of Hamas on Friday."
    )


def test_his_government_past_a_describing_word_is_the_speakers_country() -> None:
    assert ("indonesia", "support", "russia") in stances(
        "Prabowo Subianto said his upcoming administration would maintain ties with Russia."
    )


def test_a_quoted_epithet_before_a_partner() -> None:
    assert ("indonesia", "support", "russia") in stances(
        "Indonesia would maintain ties with “great friend” Russia."
    )


def test_a_companys_products_adopted_are_used() -> None:
    assert ("true-corporation", "support", "zte") in stances(
        "True Corp. said it will adopt ZTE Corp.’s 5G RAN products."
    )
    assert ("european-union", "oppose", "russia") in stances(
        "The EU adopted sanctions against Russia."
    )


def test_a_joint_venture_named_after_a_comma_is_approved_for_both_sides() -> None:
    found = stances(
        "India's cabinet approved a new semiconductor unit, a joint venture between "
        "HCL Technologies and Foxconn, costing 37.06 billion rupees."
    )
    assert {("india", "support", "hcltech"), ("india", "support", "foxconn")} <= found


def test_facial_recognition_is_no_recognition() -> None:
    found = stances("Singapore orders Meta to use facial recognition on Facebook.")
    assert ("singapore", "support", "meta") not in found
    assert ("kosovo", "support", "united-states") in stances(
        "Kosovo thanked the US for its recognition."
    )


def test_an_order_that_examples_of_a_described_group_act_is_the_orderers() -> None:
    found = stances(
        "Nigeria ordered that all operators, including MTN and Glo, remove Huawei equipment."
    )
    assert ("nigeria", "oppose", "huawei") in found
    assert ("mtn", "oppose", "huawei") not in found


def test_a_verb_after_a_quote_and_and_shares_the_first_verbs_subject() -> None:
    found = stances(
        "Russia called the report “a provocation” and accused Britain of spreading lies."
    )
    assert ("russia", "oppose", "united-kingdom") in found


@pytest.mark.parametrize(
    "sentence",
    [
        "Kyiv has accused Moscow of the attack, but Russia denies this.",
        "Kyiv accused Moscow of the attack, which Moscow denies.",
    ],
)
def test_the_accused_who_denies_in_the_same_sentence_opposes_the_accuser(sentence: str) -> None:
    assert ("russia", "oppose", "ukraine") in stances(sentence)


def test_no_denial_in_turn_when_the_accused_does_not_deny() -> None:
    found = stances("Kyiv accused Moscow of the attack; Moscow did not deny it.")
    assert ("russia", "oppose", "ukraine") not in found


@pytest.mark.parametrize(
    "sentence",
    [
        "Turkey fired on targets in Syria in response to the shelling of a Turkish border town.",
        "Turkey fired on targets in Syria after the shelling of a Turkish border town.",
    ],
)
def test_an_attack_placed_before_the_act_it_answers(sentence: str) -> None:
    assert ("turkey", "oppose", "syria") in stances(sentence)


def test_a_target_after_after_is_still_the_object() -> None:
    found = stances(
        "China has threatened to impose countermeasures after Washington decided to "
        "blacklist 59 Chinese companies."
    )
    assert ("china", "oppose", "united-states") in found


def test_strikes_on_sites_outside_a_capital_are_on_its_country() -> None:
    assert ("israel", "oppose", "syria") in stances(
        "Israel launched airstrikes on two military sites outside Damascus."
    )


def test_an_ambiguous_country_named_with_another_opening_a_sentence() -> None:
    found = stances("Georgia and China have signed a free trade agreement.")
    assert ("georgia", "support", "china") in found


def test_an_order_placed_with_a_maker_is_a_purchase_from_it() -> None:
    assert ("qatar-airways", "support", "boeing") in stances(
        "Qatar Airways has placed an order with Boeing."
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Malaysia had expressed keen interest in buying armed drones from Baykar.",
        "Malaysia is interested in buying drones from Baykar.",
    ],
)
def test_an_act_one_is_interested_in_is_weighed(sentence: str) -> None:
    found = stances(sentence)
    assert ("malaysia", "undecided", "baykar") in found
    assert ("malaysia", "support", "baykar") not in found


@pytest.mark.parametrize(
    "sentence",
    [
        "Morocco has announced the recalling of its ambassador to Abuja over Nigeria's claims.",
        "Morocco announced the recall of its ambassador to Nigeria.",
    ],
)
def test_the_recall_of_an_ambassador_named_as_a_noun(sentence: str) -> None:
    assert ("morocco", "oppose", "nigeria") in stances(sentence)


def test_a_possessive_set_in_capitals() -> None:
    assert ("japan", "oppose", "amazon-japan") in stances(
        "JAPAN’S anti-monopoly watchdog agency raided Amazon Japan’s offices."
    )


def test_a_meeting_to_advance_a_pairs_partnership_names_no_body() -> None:
    found = extract(
        "Mongolia’s Foreign Minister Battsetseg Batmunkh met with Kazakhstan’s Foreign "
        "Minister Murat Nurtleu to advance the Mongolia-Kazakhstan Strategic Partnership."
    )
    assert not any(a.type == "organization" for a in found.actors)
    assert ("mongolia", "support", "kazakhstan") in {
        (s.actor, s.position, s.target) for s in found.stances
    }


def test_a_cambodian_honorific_and_the_lao_demonym() -> None:
    found = extract(
        "Lao Prime Minister Sonexay Siphandone and his Cambodian counterpart Samdech Techo "
        "Hun Sen agreed to work together to further enhance bilateral ties."
    )
    assert {"laos", "hun-sen"} <= {a.id for a in found.actors}
    assert "samdech-techo" not in {a.id for a in found.actors}


def test_a_quoted_verb_keeps_its_subject_and_object() -> None:
    assert ("pakistan", "oppose", "indian-army") in stances(
        'Pakistan Thursday "outright rejected" so-called dossier by the Indian Army as false.'
    )


def test_asking_a_country_to_withdraw_its_envoys_expels_them() -> None:
    found = stances(
        "Guatemala asked Venezuela and Sweden on Thursday to remove their ambassadors "
        "from the Central American country."
    )
    assert {("guatemala", "oppose", "venezuela"), ("guatemala", "oppose", "sweden")} <= found


def test_an_urgee_named_before_a_day() -> None:
    assert ("united-states", "oppose", "huawei") in stances(
        "The US urged Germany on Monday to ban Huawei."
    )


def test_the_act_a_party_was_responsible_for_is_its_own() -> None:
    found = stances("The FBI said North Korea was responsible for the attack on Sony Pictures.")
    assert ("fbi", "oppose", "north-korea") in found
    assert ("north-korea", "oppose", "sony") in found


def test_the_city_a_body_is_based_in_is_no_target() -> None:
    assert not stances("Trump authorized sanctions on the Hague-based tribunal.")
    assert ("japan", "oppose", "china") in stances("Japan sanctioned China-based firms.")


def test_a_demonym_owns_two_nouns_joined_by_and() -> None:
    found = stances(
        "Chinese state media and officials have threatened to retaliate against the Netherlands."
    )
    assert ("china", "oppose", "netherlands") in found


def test_the_items_of_a_list_of_targets_after_a_colon() -> None:
    found = stances(
        "The UK has imposed financial sanctions on senior members of the Georgian Dream "
        "party.\n\nThe sanctions target the following individuals:\n\n"
        "● Shalva Bedoidze – Deputy Minister of Internal Affairs\n\n"
        "● Mirza Kezevadze – Deputy Head of the Special Tasks Department\n\n"
        "The UK has accused the officials of violations."
    )
    assert {
        ("united-kingdom", "oppose", "shalva-bedoidze"),
        ("united-kingdom", "oppose", "mirza-kezevadze"),
    } <= found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The US imposed sanctions on two groups, Bluenoroff and Andariel.",
            {("united-states", "oppose", "bluenoroff"), ("united-states", "oppose", "andariel")},
        ),
        (
            "The UK imposed similar sanctions on two Georgian judges — Mikheil Chinchaladze "
            "and Levan Murusidze.",
            {
                ("united-kingdom", "oppose", "mikheil-chinchaladze"),
                ("united-kingdom", "oppose", "levan-murusidze"),
            },
        ),
    ],
)
def test_the_parties_a_description_names_after_a_comma_or_dash(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    assert expected <= stances(sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Finland brushed off warnings from neighboring Russia.", ("finland", "oppose", "russia")),
        ("Algeria curtailed diplomatic ties with Mali.", ("algeria", "oppose", "mali")),
        (
            "Brazil's government decides on a request from Chinese carmaker BYD to cut tariffs.",
            ("brazil", "undecided", "byd"),
        ),
        (
            "A Ukrainian drone attacked the Engels airfield, located in the territory of "
            "Russia's Saratov region.",
            ("ukraine", "oppose", "russia"),
        ),
    ],
)
def test_more_wire_shapes(sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in stances(sentence)


def test_undoing_a_companys_unnamed_operations_is_against_it() -> None:
    assert ("indonesia", "oppose", "worldcoin") in stances(
        "Indonesia suspended Worldcoin operations over privacy concerns."
    )
    assert ("united-states", "support", "huawei") in stances("The US lifted the Huawei ban.")


def test_pressure_resisted_is_an_act_not_done() -> None:
    assert ("anatel", "support", "huawei") in stances("Anatel resisted pressure to ban Huawei.")
    found = stances(
        "Anatel approved the rules, resisting mounting pressure to slap a ban on use of Huawei kit."
    )
    assert ("anatel", "oppose", "huawei") not in found
    assert ("new-zealand", "oppose", "huawei") in stances(
        "New Zealand rejected the telecom industry's first request in the country to use 5G "
        "equipment provided by Huawei."
    )
    found = stances("Anatel resisted US pressure to ban Huawei.")
    assert ("united-states", "oppose", "huawei") in found
    assert ("anatel", "support", "huawei") not in found


def test_an_approval_of_sanctions_is_the_approvers_sanctions() -> None:
    found = stances(
        "China protested following the EU's approval of the 18th package of sanctions "
        "against Russia."
    )
    assert ("european-union", "oppose", "russia") in found
    assert ("european-union", "support", "russia") not in found


@pytest.mark.parametrize(
    "sentence",
    [
        "The Department of Justice announced an unsealed indictment accusing a pair of "
        "Chinese nationals of engaging in criminal activities.",
        "The UK imposed sanctions on two Russian nationals.",
        "North Korea threatened to punish South Korean activists for sending leaflets.",
        "North Korea threatened to attack South Korean activists for sending leaflets.",
        "The ministry criticised Chinese students for the protest.",
        "Malaysian authorities have deported 37 Indonesian migrant workers.",
    ],
)
def test_private_people_named_by_nationality_are_not_their_country(sentence: str) -> None:
    assert not {t for _, _, t in stances(sentence)} & {
        "china",
        "russia",
        "south-korea",
        "indonesia",
    }


def test_an_envoy_named_after_a_comma_stands_for_the_country_too() -> None:
    found = stances(
        "Burundi has expelled a Rwandan diplomat, Desire Nyaruhirira, whom it accuses of "
        "destabilising the country."
    )
    assert {("burundi", "oppose", "rwanda"), ("burundi", "oppose", "desire-nyaruhirira")} <= found


def test_a_regions_regulators_are_the_body_that_acts_for_it() -> None:
    assert ("european-union", "support", "avago-technologies") in stances(
        "European antitrust regulators have cleared Avago Technologies Ltd's planned takeover "
        "of rival chipmaker Broadcom Corp."
    )
    assert ("european-union", "oppose", "huawei") not in stances(
        "European countries banned Huawei."
    )


def test_the_parties_listed_after_a_colon() -> None:
    found = stances("The US imposed sanctions on three countries: Iran, Syria and Cuba.")
    assert {("united-states", "oppose", c) for c in ("iran", "syria", "cuba")} <= found


def test_cooperation_an_act_harms_is_not_stated() -> None:
    assert not stances(
        "China said the raids undermine the positive atmosphere of trade and economic "
        "cooperation between China and the EU."
    )


def test_a_resolution_vetoed_is_against_the_body_it_was_put_to() -> None:
    found = stances(
        "Russia and China vetoed a US-backed resolution Friday in the United Nations Security "
        "Council that would have called for a ceasefire."
    )
    assert {("russia", "oppose", "un-security-council"), ("china", "oppose", "united-states")} <= (
        found
    )


def test_targets_hit_by_fighter_jets_are_attacked() -> None:
    assert ("turkey", "oppose", "pkk") in stances(
        "Turkish fighter jets have hit 12 PKK targets in northern Iraq on Tuesday."
    )
    assert not stances("The company hit its sales target in China.")


def test_providing_a_party_with_something_aids_it() -> None:
    assert ("japan", "support", "philippine-coast-guard") in stances(
        "Japan will provide the Philippine Coast Guard with a satellite data communication system."
    )
    assert not stances("Huawei provided Reuters with a statement.")


def test_agreeing_to_impose_a_measure_is_the_measure_not_a_deal() -> None:
    found = stances(
        "President Obama agreed Friday to impose hefty tariffs on tires imported from China."
    )
    assert ("barack-obama", "oppose", "china") in found
    assert ("barack-obama", "support", "china") not in found


def test_a_described_member_may_open_with_where_it_is_based() -> None:
    assert ("united-states", "oppose", "yin-kecheng") in stances(
        "The US sanctioned Sichuan Juxinhe Network Technology Co. and Shanghai-based cyber "
        "operator Yin Kecheng."
    )


def test_parties_taken_out_of_a_list_are_not_removed_against() -> None:
    found = stances(
        "The US Commerce Department announced that it will remove 27 Chinese entities out of "
        "the so-called “Unverified List”."
    )
    assert ("united-states", "oppose", "china") not in found


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Sanctions imposed by the United States on Russia hurt the economy.",
            {("united-states", "oppose", "russia")},
        ),
        (
            "The anti-Russian sanctions previously imposed by the United States hurt.",
            {("united-states", "oppose", "russia")},
        ),
        ("The US imposed anti-China sanctions.", {("united-states", "oppose", "china")}),
        (
            "He cited the Biden administration’s announcement of sanctions against Russia.",
            {("united-states", "oppose", "russia")},
        ),
    ],
)
def test_an_imposed_acts_target_may_follow_its_agent_or_lean_against_it(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    assert stances(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Russia banned 43 Canadians, in response to sanctions imposed by Ottawa.",
            {("russia", "oppose", "canada"), ("canada", "oppose", "russia")},
        ),
        (
            "In retaliation for tariffs imposed by Washington, China raised duties on soybeans.",
            {("united-states", "oppose", "china")},
        ),
        (
            "China imposed tariffs on US goods in response to tariffs imposed by Washington.",
            {("china", "oppose", "united-states"), ("united-states", "oppose", "china")},
        ),
        # no author named: nothing answered but the responder's own act
        (
            "China imposed tariffs on US goods in response to tariffs.",
            {("china", "oppose", "united-states")},
        ),
    ],
)
def test_an_act_answered_was_on_the_party_answering(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    assert stances(sentence) == expected


def test_the_act_answered_is_not_what_a_later_reference_means() -> None:
    found = stances(
        "China sanctioned four US officials in response to US sanctions on Chinese officials. "
        "China’s measures target Sen. Marco Rubio and Sen. Ted Cruz."
    )
    assert {("china", "oppose", "marco-rubio"), ("china", "oppose", "ted-cruz")} <= found


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Canada introduced sanctions after Russia had invaded Ukraine.",
            {("canada", "oppose", "russia"), ("russia", "oppose", "ukraine")},
        ),
        # a provocation is a hostile act: talks answered name no target
        ("Canada announced sanctions after Russia met Ukraine.", set()),
        # an act's own target stands before what it answers
        (
            "Canada is imposing more severe sanctions on Russia in response to its military "
            "strike against Ukraine.",
            {("canada", "oppose", "russia")},
        ),
    ],
)
def test_an_act_with_no_target_answers_the_hostile_act_after_it(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    assert stances(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The European Commission approved the acquisition of Amsterdam-based PPF Telecom "
            "by United Arab Emirates firm e&.",
            {
                ("european-commission", "support", "e-and"),
                ("european-commission", "support", "ppf-telecom"),
            },
        ),
        (
            "Biden blocked the acquisition of U.S. Steel by Japan-based Nippon Steel.",
            {("joe-biden", "oppose", "nippon-steel"), ("united-states", "oppose", "nippon-steel")},
        ),
    ],
)
def test_approving_an_acquisition_backs_both_companies_blocking_it_the_buyer(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    assert stances(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "There are no legal objections to the acquisition of Nowi by Nexperia.",
        "Putin has received no support from members of the U.N. Security Council.",
    ],
)
def test_an_act_noun_after_no_is_no_act(sentence: str) -> None:
    assert stances(sentence) == set()


def test_those_sanctioned_include_names_the_last_sanctions_targets() -> None:
    assert ("united-kingdom", "oppose", "abdul-rahim-hamdan-dagalo") in stances(
        "The UK sanctioned four RSF commanders on Friday. Those sanctioned include Abdul Rahim "
        "Hamdan Dagalo, deputy leader of the RSF."
    )


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # the main clause's subject is a passive gerund's patient, not the speaker after it;
        # a detention after the release is no act of the verb's subject
        (
            "Two South Korean fishermen returned home unharmed Sunday, after being released by "
            "North Korea after an 11-day detention, the Ministry of Unification said.",
            {("north-korea", "support", "south-korea")},
        ),
        (
            "Russia on Thursday vowed to retaliate upon new sanctions from the United States.",
            {("russia", "oppose", "united-states"), ("united-states", "oppose", "russia")},
        ),
    ],
)
def test_an_adjunct_after_a_verb_is_not_its_object(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    assert stances(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("There is no evidence that Huawei spied on the Philippines.", set()),
        ("Officials found no evidence of Huawei spying on the Philippines.", set()),
        (
            "There is no scientific evidence on Huawei conducting espionage in the Philippines.",
            set(),
        ),
        (
            "There is evidence that Huawei spied on the Philippines.",
            {("huawei", "oppose", "philippines")},
        ),
    ],
)
def test_what_no_evidence_is_found_for_is_denied(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    assert stances(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Five senior Georgian officials — including Interior Minister Vakhtang Gomelauri — "
            "were placed under UK sanctions.",
            ("united-kingdom", "oppose", "vakhtang-gomelauri"),
        ),
        (
            "Interior Minister Vakhtang Gomelauri was placed under sanctions by Britain.",
            ("united-kingdom", "oppose", "vakhtang-gomelauri"),
        ),
        ("Huawei came under sanctions by the US in 2019.", ("united-states", "oppose", "huawei")),
    ],
)
def test_a_party_placed_under_an_act_is_its_target(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    assert expected in stances(sentence)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "China banned dealings by Chinese companies with Hanwha Ocean.",
            {("china", "oppose", "hanwha-ocean")},
        ),
        # a reactive act's "by" names its target; a participle's agent is no dealer
        (
            "Benin has protested remarks by Niger's military ruler.",
            {("benin", "oppose", "niger")},
        ),
    ],
)
def test_who_deals_is_not_what_is_banned(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    assert stances(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "China welcomes the signing of a comprehensive peace agreement by Ethiopia and "
            "Eritrea on Tuesday.",
            {("china", "support", "ethiopia"), ("china", "support", "eritrea")},
        ),
        (
            "China welcomed the peace agreement signed by Ethiopia and Eritrea.",
            {("china", "support", "ethiopia"), ("china", "support", "eritrea")},
        ),
    ],
)
def test_welcoming_an_agreement_is_for_its_signers_after_by(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    assert expected <= stances(sentence)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Imports from China were banned by India.", ("india", "oppose", "china")),
        (
            "Bananas from the Philippines were blocked by China.",
            ("china", "oppose", "philippines"),
        ),
        (
            "A batch of bananas exported from the Philippines to China has been blocked by "
            "Chinese health officials.",
            ("china", "oppose", "philippines"),
        ),
    ],
)
def test_goods_from_a_country_barred_in_a_passive_are_against_that_country(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    assert stances(sentence) == {expected}


@pytest.mark.parametrize(
    "sentence",
    [
        # a trade remedy's own modifiers before the noun
        "Pakistan imposed a definitive antidumping duty of 24.04 percent on billets from China.",
        # an -ing word that modifies the goods is no verb cutting the phrase off
        "Pakistan imposed an antidumping duty on continuous casting billets from China.",
    ],
)
def test_a_duty_on_goods_from_a_country_past_its_modifiers(sentence: str) -> None:
    assert stances(sentence) == {("pakistan", "oppose", "china")}


@pytest.mark.parametrize(
    "headline, expected",
    [
        (
            "China raises fees on shipments from Mongolia after Dalai Lama visit",
            ("china", "oppose", "mongolia"),
        ),
        ("US imposes port fees on Chinese ships", ("united-states", "oppose", "china")),
    ],
)
def test_fees_on_a_countrys_goods_are_a_levy_against_it(
    headline: str, expected: tuple[str, str, str]
) -> None:
    assert expected in headline_stances(headline)


@pytest.mark.parametrize(
    "sentence",
    [
        "A judge in Brazil ordered on Monday that phone companies block WhatsApp.",
        "Brazil ordered that all the phone companies block WhatsApp.",
        "A Brazilian judge ordered phone companies to block WhatsApp.",
    ],
)
def test_ordering_unnamed_parties_to_act_is_the_orderers_act(sentence: str) -> None:
    assert stances(sentence) == {("brazil", "oppose", "whatsapp")}


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Five Sri Lankan fishermen arrested by India were released.",
            {("india", "support", "sri-lanka")},
        ),
        (
            "Eleven Indonesian fishermen who were arrested by Malaysian authorities were freed.",
            {("malaysia", "support", "indonesia")},
        ),
    ],
)
def test_those_held_by_a_party_and_released_are_released_by_it(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    # the release ends the arrest the same sentence tells: one position, the release's
    assert stances(sentence) == expected
    assert headline_stances(sentence.rstrip(".")) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Kenya has rejected “in totality” the decision by the International Court of Justice.",
            {("kenya", "oppose", "international-court-of-justice")},
        ),
        (
            "Sri Lanka rejected Thursday’s UN Human Rights Council resolution.",
            {("sri-lanka", "oppose", "un-human-rights-council")},
        ),
    ],
)
def test_an_object_past_a_quoted_aside_or_a_days_possessive(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    assert stances(sentence) == expected


def test_a_lifted_ban_reaches_the_end_of_a_long_goods_phrase() -> None:
    assert stances(
        "Namibia has lifted a ban on importation and in-transit movement of live birds and "
        "poultry products from Ireland."
    ) == {("namibia", "support", "ireland")}


def test_a_spokesman_of_a_body_the_article_found_speaks_for_its_country() -> None:
    assert ("russia", "oppose", "united-states") in stances(
        "Yury Melnik, a spokesman for the Russian Embassy in Washington, blasted the Obama "
        "administration for making the accusation."
    )


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # goods "made in" a country come from it; a short name in brackets after the
        # owner's possessive does not hide the owner
        (
            "The EU imposed tariffs on electric vehicles made in China.",
            {("european-union", "oppose", "china")},
        ),
        (
            "China has filed a complaint with the World Trade Organisation (WTO) in response "
            "to the European Union’s (EU) imposition of tariffs on electric vehicles (EVs) made "
            "in China.",
            {("china", "oppose", "european-union"), ("european-union", "oppose", "china")},
        ),
        # what a complaint answers names its target
        (
            "Russia filed a complaint in response to the EU's sanctions.",
            {("russia", "oppose", "european-union"), ("european-union", "oppose", "russia")},
        ),
    ],
)
def test_goods_made_in_a_country_and_the_answered_act_of_a_complaint(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    assert stances(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a compound act noun's first word is no verb ("arms" here), and the
        # sales stay the seller's act
        (
            "China imposed sanctions on Lockheed in response to US arms sales to Taiwan.",
            {("china", "oppose", "lockheed-martin"), ("united-states", "support", "taiwan")},
        ),
        # condemning them is against the seller
        (
            "China condemned US arms sales to Taiwan.",
            {
                ("china", "oppose", "united-states"),
                ("china", "oppose", "taiwan"),
                ("united-states", "support", "taiwan"),
            },
        ),
    ],
)
def test_a_partys_compound_act_noun_is_its_own(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    assert stances(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The Philippines demanded Canada take back its trash or risk war.",
            ("philippines", "oppose", "canada"),
        ),
        (
            "Brazil ordered Elon Musk to name a legal representative within 24 hours or face "
            "a suspension.",
            ("brazil", "oppose", "elon-musk"),
        ),
    ],
)
def test_a_demand_with_an_ultimatum_threatens_the_one_told(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    assert expected in stances(sentence)


def test_a_demand_without_an_ultimatum_is_no_threat() -> None:
    assert stances("The Philippines demanded Canada take back its trash.") == set()


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Mongolia will acquire five jets from Russia.", {("mongolia", "support", "russia")}),
        # acquiring a company is no purchase from a supplier
        ("Nvidia acquired Mellanox.", set()),
    ],
)
def test_acquiring_goods_from_a_party_buys_from_it(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    assert stances(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a sentence-opening country name that is also a word, before "yesterday"
        (
            "Turkey yesterday accused Greece of violating its airspace.",
            {("turkey", "oppose", "greece")},
        ),
        # taking a party to court is a suit against it
        (
            "Australia says it will take Japan to the International Court of Justice.",
            {("australia", "oppose", "japan")},
        ),
        (
            "Costa Rica has taken Nicaragua to the top UN court.",
            {("costa-rica", "oppose", "nicaragua")},
        ),
        ("Canada brought Huawei to the table.", set()),
        # weighing a lifting is undecided: the lifting is not done
        (
            "India is considering easing curbs on some Chinese investments.",
            {("india", "undecided", "china")},
        ),
    ],
)
def test_a_day_word_a_court_and_a_lifting_weighed(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    assert stances(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "DeepSeek was removed from Apple's App Store in Italy.",
            {("apple", "oppose", "deepseek")},
        ),
        # a court the suits were filed in is their forum, no target
        (
            "Nokia filed suits in the U.S. District Court of Delaware.",
            set(),
        ),
    ],
)
def test_removed_from_a_store_and_suits_filed_in_a_court(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    assert stances(sentence) == expected


def test_a_headline_removal_from_stores_is_by_the_stores_owners() -> None:
    assert headline_stances("DeepSeek App Removed from Apple and Google Stores in Italy") == {
        ("apple", "oppose", "deepseek"),
        ("google", "oppose", "deepseek"),
    }


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # undoing a suspension is for the one suspended
        ("Spain lifted the suspension of Telegram.", {("spain", "support", "telegram")}),
        # a capital before another capitalized name after a title is a first name
        (
            "Judge Santiago Pedraz has decided to pause the suspension of Telegram.",
            {("santiago-pedraz", "support", "telegram")},
        ),
        (
            "The United States and European Union recently imposed separate penalties against Iran.",
            {("united-states", "oppose", "iran"), ("european-union", "oppose", "iran")},
        ),
        ("Mexico raised tariffs on goods originating in China.", {("mexico", "oppose", "china")}),
    ],
)
def test_undoing_a_suspension_a_first_name_and_goods_of_origin(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    assert stances(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Venezuela warned that it could cut off oil supplies to the United States.",
            {("venezuela", "oppose", "united-states")},
        ),
        # a guess about another's option is no threat
        ("Analysts said Venezuela could cut off oil supplies to the United States.", set()),
    ],
)
def test_a_warned_option_on_an_act_noun_is_a_threat(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    assert stances(sentence) == expected


def test_a_bodys_report_speaks_for_the_body() -> None:
    assert stances("A UN report accused Myanmar of genocide.") == {
        ("united-nations", "oppose", "myanmar")
    }


def test_held_people_named_before_a_relative_are_the_released() -> None:
    # the nationality before "who were arrested", not a word of the relative clause
    assert stances("Nine Filipino sailors who were detained by Iran were released on Friday.") == {
        ("iran", "support", "philippines")
    }


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "India demanded Research in Motion (RIM) address its fears or it will ban the "
            "phone's messaging.",
            ("india", "oppose", "blackberry"),
        ),
        (
            "India told Apple to open its store, or it will fine the company.",
            ("india", "oppose", "apple"),
        ),
    ],
)
def test_a_demand_ending_in_the_tellers_own_act_threatens(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    assert expected in stances(sentence)


def test_a_demand_ending_in_a_friendly_act_is_no_threat() -> None:
    assert stances("India asked Apple to open its store or it would approve the deal.") == set()


def test_a_visiting_counterpart_is_a_party_of_the_pair() -> None:
    found = stances(
        "Uruguayan President Jose Mujica and his visiting Venezuelan counterpart Nicolas Maduro "
        "signed nine agreements."
    )
    assert {("uruguay", "support", "venezuela"), ("venezuela", "support", "uruguay")} <= found


def test_a_title_case_headline_lifts_a_ban_on_listed_services() -> None:
    assert headline_stances("Saudi Arabia Lifts Ban On Skype, WhatsApp Calls") == {
        ("saudi-arabia", "support", "skype"),
        ("saudi-arabia", "support", "whatsapp"),
    }


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Iran's Revolutionary Guards attacked what it said was Israel's spy headquarters.",
            ("iran", "oppose", "israel"),
        ),
        ("Iran struck what it described as Israeli bases.", ("iran", "oppose", "israel")),
    ],
)
def test_an_act_on_what_its_doer_named_falls_on_the_named(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    assert expected in stances(sentence)


def test_a_hedge_on_the_main_clause_does_not_reach_an_adjuncts_act() -> None:
    assert stances(
        "South Korean fishermen are reportedly safe after being repatriated by North Korean "
        "authorities."
    ) == {("north-korea", "support", "south-korea")}
    # the hedged act itself stays speculation ("reportedly" is a report: the gold keeps it)
    assert stances("The US allegedly warned Germany it could scale back sharing.") == set()


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a nationality before "aid worker" names the worker's country, no aid
        ("Iran freed a British aid worker.", {("iran", "support", "united-kingdom")}),
        ("Iran arrested a British aid worker.", {("iran", "oppose", "united-kingdom")}),
        # two countries glued by a hyphen are a pair of sides
        (
            "Greece rejected the Turkey-Libya deal.",
            {("greece", "oppose", "turkey"), ("greece", "oppose", "libya")},
        ),
        (
            "Greece rejected the Turkish-Libyan memorandum.",
            {("greece", "oppose", "turkey"), ("greece", "oppose", "libya")},
        ),
        ("Iran freed a British-Iranian woman.", {("iran", "support", "united-kingdom")}),
    ],
)
def test_aid_workers_and_hyphenated_pairs_of_countries(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    assert stances(sentence) == expected


def test_a_spaced_dash_between_countries_is_no_pair() -> None:
    assert stances("Greece rejected the Turkey- Libya deal.") == {("greece", "oppose", "turkey")}


def test_a_shared_fight_against_a_thing_sets_the_sides_against_no_one() -> None:
    assert stances(
        "Narendra Modi and John Dramani Mahama agreed to cooperate in the fight against terrorism."
    ) == {
        ("narendra-modi", "support", "john-dramani-mahama"),
        ("john-dramani-mahama", "support", "narendra-modi"),
    }


def test_this_includes_names_the_last_acts_targets() -> None:
    found = stances(
        "Canada is imposing sanctions against 29 agents of the Russian government. This "
        "includes Sergei Lavrov, the foreign minister."
    )
    assert ("canada", "oppose", "sergei-lavrov") in found


def test_acts_that_include_those_announced_by_someone_are_not_on_them() -> None:
    assert stances(
        "Canada is imposing sanctions against agents of the Russian government. These sanctions "
        "include those announced by Prime Minister Justin Trudeau."
    ) == {("canada", "oppose", "russia")}


def test_a_country_one_may_not_enter_is_a_place() -> None:
    assert stances(
        "China sanctioned four UK entities. These sanctions prevent entry into China or its "
        "special administrative regions, Hong Kong and Macau, and freeze any assets."
    ) == {("china", "oppose", "united-kingdom")}
    # (a country's people barred, named by its possessive, are whom)
    assert stances("Russia banned entry to Canada's foreign minister.") == {
        ("russia", "oppose", "canada")
    }


def test_the_same_act_named_again_has_the_last_ones_target() -> None:
    assert stances(
        "Iran accused Israel of a cyberattack. Information Minister Mohammad Javad Azari "
        "Jahromi made the accusation on November 5 using his Twitter account."
    ) == {
        ("iran", "oppose", "israel"),
        ("mohammad-javad-azari-jahromi", "oppose", "israel"),
    }


def test_the_republic_of_turkey_acts_as_turkey() -> None:
    assert stances("The authorities of the Republic of Turkey blocked Instagram.") == {
        ("turkey", "oppose", "instagram")
    }


def test_europe_as_a_place_is_no_actor() -> None:
    assert stances("Russia used similar tactics across Europe and Eurasia.") == set()
    assert ("european-union", "oppose", "huawei") in stances("Europe bans Huawei.")


def test_nouns_joined_before_an_infinitive_keep_the_subject() -> None:
    assert stances(
        "Following Britain’s move last summer, Sweden is the second country in Europe and the "
        "first in the European Union to ban Huawei."
    ) == {("sweden", "oppose", "huawei")}


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # talks by phone, praise heaped, a deal to link two plans
        (
            "China held phone talks with Mongolia, with both sides pledging to enhance cooperation.",
            {("china", "support", "mongolia"), ("mongolia", "support", "china")},
        ),
        ("China heaped praise on Mongolia.", {("china", "support", "mongolia")}),
        (
            "China and Mongolia agreed to link the Belt and Road Initiative and Mongolia's "
            "development plan.",
            {("china", "support", "mongolia"), ("mongolia", "support", "china")},
        ),
        # the first object of a giving verb receives the act noun after it
        (
            "The European Commission has given Poland a green light.",
            {("european-commission", "support", "poland")},
        ),
        ("The US gave Ukraine more aid.", {("united-states", "support", "ukraine")}),
    ],
)
def test_talks_praise_deals_and_what_is_given(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    assert stances(sentence) == expected


def test_refusing_to_abide_by_a_ruling_opposes_its_author_and_complying_shows_nothing() -> None:
    assert stances(
        "Colombia said it will not abide by the International Court of Justice's ruling."
    ) == {("colombia", "oppose", "international-court-of-justice")}
    assert stances("Apple said it would comply with the European Commission's decision.") == set()


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a state that does an act acts through its government, not its country
        (
            "Texas banned DeepSeek from government devices.",
            {("texas-government", "oppose", "deepseek")},
        ),
        ("Montana has formally banned TikTok.", {("montana-government", "oppose", "tiktok")}),
        # a state named as a place does nothing
        ("Oracle moved its headquarters to Texas and banned nothing.", set()),
    ],
)
def test_a_state_that_acts_is_its_own_body(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    assert stances(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a diplomat's title and captured soldiers name no act
        (
            "Estonia summoned Russia's charge d'affaires on Wednesday.",
            {("estonia", "oppose", "russia")},
        ),
        ("Azerbaijan freed 17 Armenian prisoners of war.", {("azerbaijan", "support", "armenia")}),
    ],
)
def test_compounds_that_start_or_end_with_an_act_noun_name_things(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    assert stances(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Ban Ki-moon on Friday expressed his congratulations to Ghana.",
            ("ban-ki-moon", "support", "ghana"),
        ),
        # a title "of" a country and a name with no comma: the holder, the country's
        (
            "Prime Minister of Romania Nicolae Popescu met Ilham Aliyev to boost cooperation.",
            ("romania", "support", "ilham-aliyev"),
        ),
    ],
)
def test_congratulations_and_a_title_of_a_country(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    assert expected in stances(sentence)


def test_approving_its_acquisition_backs_the_buyer_too() -> None:
    assert stances(
        "Nvidia said Chinese authorities had approved its US$6.9 billion acquisition of "
        "Mellanox Technologies."
    ) == {("china", "support", "nvidia"), ("china", "support", "mellanox")}


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Coupang filed an appeal against the Fair Trade Commission's fine.",
            ("coupang", "oppose", "fair-trade-commission"),
        ),
        # a party's proposal is its plan; a proposed act named alone is not done
        ("Mexico has proposed raising tariffs on China.", ("mexico", "oppose", "china")),
    ],
)
def test_an_appeal_filed_and_a_proposal_made(sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in stances(sentence)


def test_proposed_acts_named_alone_are_not_done() -> None:
    assert stances("Mexico's proposed tariffs on China were dropped.") == set()


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # owning an act done by a gerund: the owner does it
        (
            "The Lazarus Group has claimed responsibility for crippling Aeroflot.",
            ("lazarus-group", "oppose", "aeroflot"),
        ),
        # fired at what belongs to a party
        (
            "Rwanda fired at a fighter jet from Congo.",
            ("rwanda", "oppose", "democratic-republic-of-the-congo"),
        ),
        # a possessive's thing named in an appositive: the thing
        (
            "The US sanctioned China's largest chipmaker, SMIC, on Monday.",
            ("united-states", "oppose", "smic"),
        ),
    ],
)
def test_responsibility_for_a_gerund_fire_at_a_partys_jet_and_an_appositive(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    assert expected in stances(sentence)


def test_firing_at_a_thing_of_no_party_attacks_no_one() -> None:
    assert stances("Rwanda fired at a jet near the border.") == set()


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a company between a determiner or a possessive and an act noun: the act's target
        ("Nauru imposed a Huawei ban.", {("nauru", "oppose", "huawei")}),
        ("The UK's Huawei ban will cost billions.", {("united-kingdom", "oppose", "huawei")}),
        ("India's TikTok ban, imposed in 2020, hurt ByteDance.", {("india", "oppose", "tiktok")}),
        ("The US cut aid to Ukraine.", {("united-states", "oppose", "ukraine")}),
        # one lifts only measures on others: another's sanctions were on it
        (
            "The EU lifted Burundi's financial sanctions.",
            {("european-union", "support", "burundi")},
        ),
        (
            "The EU lifts Burundi's aid & financial sanctions.",
            {("european-union", "support", "burundi")},
        ),
    ],
)
def test_a_companys_ban_and_lifting_anothers_sanctions(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    assert stances(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Pakistan and China will jointly launch a satellite.",
            {("pakistan", "support", "china"), ("china", "support", "pakistan")},
        ),
        # an act of its own after the adverb is that act
        (
            "Britain and France jointly sanctioned Russia.",
            {("united-kingdom", "oppose", "russia"), ("france", "oppose", "russia")},
        ),
    ],
)
def test_doing_a_thing_jointly_is_working_together(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    assert stances(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "An agreement has been signed between Pakistan and China to launch a satellite.",
            {("pakistan", "support", "china"), ("china", "support", "pakistan")},
        ),
        # undoing a phrase's act: "stop working with", "stop doing business with"
        ("Vodafone will stop working with Huawei.", {("vodafone", "oppose", "huawei")}),
        ("Vodafone will cease working with Huawei.", {("vodafone", "oppose", "huawei")}),
        (
            "The US urged American firms to stop doing business with Huawei.",
            {("united-states", "oppose", "huawei")},
        ),
        # doing business with a party shows nothing; refusing to, opposition
        ("The rules make it hard for Huawei to do business with Vodafone.", set()),
        ("Vodafone will not do business with Huawei.", {("vodafone", "oppose", "huawei")}),
    ],
)
def test_a_pact_signed_between_two_and_dealings_stopped(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    assert stances(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("China loaned Ghana $66 million.", {("china", "support", "ghana")}),
        # a government "in" a country, described
        (
            "The new government in Paraguay is withdrawing its ambassador from Venezuela.",
            {("paraguay", "oppose", "venezuela")},
        ),
        # a seller's orders "from" buyers: they buy from it
        (
            "Boeing announced major orders from two Vietnamese airlines Vietjet and Bamboo Airways.",
            {("vietjet", "support", "boeing"), ("bamboo-airways", "support", "boeing")},
        ),
    ],
)
def test_a_loan_a_described_government_in_a_country_and_orders_from_buyers(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    assert stances(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # "its" after "the Government of X": X's
        (
            "The Government of Guyana announced its rejection of an agreement by Venezuela.",
            {("guyana", "oppose", "venezuela")},
        ),
        # support stopped is withdrawn; support refused shows nothing
        (
            "Colombia will no longer recognize the International Court of Justice.",
            {("colombia", "oppose", "international-court-of-justice")},
        ),
        ("Colombia will not recognize the International Court of Justice.", set()),
    ],
)
def test_the_government_of_a_country_and_support_no_longer_given(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    assert stances(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "India imposed duties on glass originating in or exported from Malaysia.",
        "The Indian government has imposed anti-dumping duty of $114.58/metric ton on tempered "
        "solar glass imports originating in or exported from Malaysia.",
    ],
)
def test_goods_from_a_place_named_by_two_origins(sentence: str) -> None:
    assert stances(sentence) == {("india", "oppose", "malaysia")}


def test_an_unnamed_orderer_of_an_act_done_in_a_country_is_that_country() -> None:
    assert stances("A judge ordered WhatsApp blocked in Brazil for two days.") == {
        ("brazil", "oppose", "whatsapp")
    }
    assert stances("A judge ordered WhatsApp blocked.") == set()


def test_a_barred_act_ends_at_the_next_predicate() -> None:
    found = stances(
        "Ericsson CEO Borje Ekholm said that the decision to ban Huawei from supplying "
        "equipment in Sweden could affect Ericsson's market share."
    )
    assert ("borje-ekholm", "oppose", "huawei") in found
    assert ("borje-ekholm", "oppose", "ericsson") not in found


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The fifteen soldiers that Azerbaijan handed back to Armenia have returned home.",
            {("azerbaijan", "support", "armenia")},
        ),
        # handed over to a country's officials, past a bracket: that country's people
        (
            "The pilot was handed over on Friday (March 1) by Pakistan to Indian officials.",
            {("pakistan", "support", "india")},
        ),
        # (handed to a go-between: no one named freed)
        ("The hostages were handed over by Hamas to the Red Cross.", set()),
    ],
)
def test_people_handed_back_or_over(sentence: str, expected: set[tuple[str, str, str]]) -> None:
    assert stances(sentence) == expected


def test_a_reported_act_judged_by_what_it_would_do() -> None:
    found = stances(
        "The FCC argued using technology made by Huawei could undermine state security."
    )
    assert ("fcc", "oppose", "huawei") in found
    assert not any(position == "support" for _, position, _ in found)
    assert stances("The FCC said using Huawei equipment would be safe.") == set()


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a preposition the verb dictionary also knows ("to over") is no verb between
        # an object and the list that names it
        (
            "India banned 118 apps over privacy fears, including Baidu.",
            {("india", "oppose", "baidu")},
        ),
        (
            "India banned 118 apps over security concerns, including the immensely "
            "popular PlayerUnknown's Battlegrounds Mobile and Baidu.",
            {("india", "oppose", "baidu")},
        ),
    ],
)
def test_a_list_named_past_a_reason(sentence: str, expected: set[tuple[str, str, str]]) -> None:
    assert expected <= stances(sentence)


def test_a_time_phrase_and_a_causes_scheme_name_no_party() -> None:
    # "during" ends an act noun's reach: the meeting's party is no target of the case
    found = stances(
        "Viktor Orban pressed his case for a reprieve during a friendly meeting with "
        "President Donald Trump."
    )
    assert not any(target == "donald-trump" for _, _, target in found)
    # a scheme named as the cause of an indictment is the indicted's, not the indicter's
    found = stances(
        "The US Department of Justice indicted Chinese intelligence officers with espionage "
        "over a five-year scheme to steal technology from French aerospace companies."
    )
    assert ("justice-department", "oppose", "china") in found
    assert not any(target == "france" for _, _, target in found)


def test_an_amount_granted_to_strengthen_a_countrys_sector() -> None:
    assert stances(
        "The World Bank has approved USD 150 million to strengthen Sri Lanka's financial sector."
    ) == {("world-bank", "support", "sri-lanka")}
    # (a possessor that is no country: no one funded)
    assert stances("The court approved 5 million dollars to settle Meta's claims.") == set()


def _article_stances(text: str) -> set[tuple[str, str, str]]:
    found = extractor()(parse(text, "x.txt", Furniture.load()))
    return {(s.actor, s.position, s.target) for s in found.stances}


def test_a_body_name_is_the_headlines_too() -> None:
    # a title-case headline discovers no name; the body's whole name is named there
    # too, and its demonym is part of the name, not the country
    found = _article_stances(
        "The GRU Hacked the Swedish Sports Confederation\n\n"
        "The Swedish Sports Confederation said the breach was serious.\n"
    )
    assert ("gru", "oppose", "swedish-sports-confederation") in found
    assert not any(target == "sweden" for _, _, target in found)


def test_an_agent_past_a_name_whose_word_is_a_verb() -> None:
    # "Sports" is a verb form, but a word of a name is no verb taking the agent
    found = stances(
        "Prosecutors said the repeated breaches of the Swedish Sports Confederation by GRU "
        "resulted in leaks."
    )
    assert ("gru", "oppose", "swedish-sports-confederation") in found


def test_a_headline_list_of_objects_and_the_next_verb() -> None:
    found = _article_stances(
        "Pakistan bans PUBG, Bigo Live, warns TikTok\n\nThe regulator acted on Monday.\n"
    )
    assert ("pakistan", "oppose", "tiktok") in found
    assert not any(actor != "pakistan" for actor, _, _ in found)
    # so past a name the registry lacks, and an adverb
    found = _article_stances(
        "Pakistan bans PUBG, BIGO App, now warns TikTok\n\nThe regulator acted on Monday.\n"
    )
    assert ("pakistan", "oppose", "tiktok") in found
    assert not any(actor != "pakistan" for actor, _, _ in found)


def test_a_speech_verbs_named_subject_past_an_aside_is_its_clauses() -> None:
    # "said X, also known as Y, hacked": X hacked, not the one who said so
    found = stances("Microsoft said Cozy Bear, also known as APT29, hacked the State Department.")
    assert ("apt29", "oppose", "state-department") in found
    assert ("microsoft", "oppose", "state-department") not in found


def test_a_party_barred_from_entering_a_country_is_barred_by_it() -> None:
    found = stances("Mike Pompeo and Peter Navarro are forbidden from entering China.")
    assert found == {("china", "oppose", "mike-pompeo"), ("china", "oppose", "peter-navarro")}
    found = stances("Mike Pompeo is barred from travelling to China.")
    assert found == {("china", "oppose", "mike-pompeo")}


def test_a_quantifier_floated_into_the_verb_group_keeps_the_subject() -> None:
    found = stances("Vodacom and MTN have all objected to Huawei's move.")
    assert found == {("vodacom", "oppose", "huawei"), ("mtn", "oppose", "huawei")}
    assert stances("China listed all banned products.") == set()


def test_the_department_of_treasury_without_its_article() -> None:
    found = stances(
        "Radoicic has been placed on the sanctions list by the US Department of Treasury."
    )
    assert all(actor in ("us-treasury", "united-states") for actor, _, _ in found)
    assert "us-treasury" in actors("by the US Department of Treasury.")


def test_a_progressive_partnering_and_an_agreement_that_is_between_two() -> None:
    # "is partnering" is the verb's progressive, not "be a partner"
    assert ("bolivia", "support", "huawei") in stances("Bolivia will be partnering with Huawei.")
    found = stances("The agreement was between Chile and Peru.")
    assert {("chile", "support", "peru"), ("peru", "support", "chile")} <= found
    assert stances("The dispute is between Chile and Peru.") == set()


def test_a_list_of_described_people_parted_by_semicolons() -> None:
    found = stances(
        "The United States is designating Nathaniel McGill, Minister of State; Sayma "
        "Syrenius Cephus, the Solicitor General; and Bill Twehway, the Managing Director "
        "of the port, for corruption."
    )
    assert {
        ("united-states", "oppose", "nathaniel-mcgill"),
        ("united-states", "oppose", "sayma-syrenius-cephus"),
        ("united-states", "oppose", "bill-twehway"),
    } <= found


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # an unnamed body's leaders stand for it (not a speaker after the list)
        (
            "The regulator of Ethiopia awarded a licence to a consortium led by Safaricom and "
            "Sumitomo, Brooke Taye, an adviser, told Reuters.",
            {("ethiopia", "support", "safaricom"), ("ethiopia", "support", "sumitomo-corporation")},
        ),
        (
            "The EU sanctioned a group led by Huawei and ZTE.",
            {("european-union", "oppose", "huawei"), ("european-union", "oppose", "zte")},
        ),
        # "their" things over a cause that names no party are theirs
        (
            "Argentina and Ecuador expelled their respective ambassadors over a dispute.",
            {("argentina", "oppose", "ecuador"), ("ecuador", "oppose", "argentina")},
        ),
    ],
)
def test_leaders_of_an_unnamed_body_and_their_own_envoys(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    found = stances(sentence)
    assert expected <= found
    assert not any(target == "brooke-taye" for _, _, target in found)


def test_a_refused_mutual_act_is_the_refusers_alone() -> None:
    assert stances("India refused to work with Huawei.") == {("india", "oppose", "huawei")}
    assert stances("India will not cooperate with Huawei.") == {("india", "oppose", "huawei")}


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # an approval or a licence placed in a country is that country's
        (
            "Starlink was approved in Nigeria and Mozambique, Elon Musk said.",
            {("nigeria", "support", "starlink"), ("mozambique", "support", "starlink")},
        ),
        ("Starlink was licensed in Kenya.", {("kenya", "support", "starlink")}),
        # (a demonym after "and" opens another phrase)
        (
            "Drones were tied to Russian attacks in Ukraine and Iranian attacks on tankers.",
            {("russia", "oppose", "ukraine")},
        ),
    ],
)
def test_an_act_placed_in_a_list_of_countries(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    found = stances(sentence)
    assert expected <= found
    assert ("russia", "oppose", "iran") not in found


def test_a_noun_before_a_phrases_noun_and_a_settled_dispute() -> None:
    # "settle dispute" is a deal; a noun before the phrase's noun keeps the phrase
    assert {("samsung", "support", "ericsson"), ("ericsson", "support", "samsung")} <= stances(
        "Samsung settled a patent dispute with Ericsson."
    )
    assert ("azerbaijan", "oppose", "armenia") in stances(
        "Azeri forces opened intense fire at border villages of Armenia's Tavush province."
    )


def test_a_state_named_as_the_state_of_and_a_signed_law_is_no_deal() -> None:
    found = _article_stances(
        "The state of Montana bans TikTok\n\n"
        "Governor Greg Gianforte of Montana signed a bill that bans TikTok in the state.\n"
    )
    assert ("montana-government", "oppose", "tiktok") in found
    assert not any(position == "support" for _, position, _ in found)
    # (a deal signed is one)
    assert ("kenya", "support", "china") in stances("Kenya signed a deal with China.")


def test_a_quoted_noun_phrase_after_a_determiner_and_support_pledged_in_a_country() -> None:
    found = stances(
        "The Commerce Department said it will impose a \u201cpolicy of denial\u201d for export "
        "licence applications to Huawei."
    )
    assert ("us-commerce", "oppose", "huawei") in found or (
        "united-states",
        "oppose",
        "huawei",
    ) in found
    assert ("qatar", "support", "syria") in stances(
        "Qatar pledged $87 million in financial support to cover salaries in Syria."
    )


def test_a_made_move_is_a_verb_and_members_named_in_an_aside_are_the_subject() -> None:
    # "made" before a determiner is the clause's verb, not "Vietnam-made" goods
    assert ("vietnam", "oppose", "china") in stances(
        "Vietnam made a similar move on Wednesday, putting duties on steel from China."
    )
    found = stances(
        "MOFCOM said that seven US companies, including Anduril Industries, were blacklisted."
    )
    assert ("mofcom", "oppose", "anduril") in found
    assert not any(target == "mofcom" for _, _, target in found)
    # (an aside before an infinitive names those told to act, not the actor)
    assert ("starlink", "oppose", "x") not in stances(
        "The court told the regulator to instruct operators, including Starlink, to suspend "
        "access to X."
    )


def test_a_name_in_quotes_after_a_company_noun_and_a_removal_from_a_place() -> None:
    # a single quoted word after "app" names the app (its marks are dropped)
    assert ("apple", "oppose", "clubhouse") in stances(
        "Apple removed the app \u201cClubhouse\u201d from its store."
    )
    # "from" after a removal names the place, not where the goods come from
    found = stances("Apple removed the TikTok app from the Chinese store.")
    assert ("apple", "oppose", "tiktok") in found
    assert ("apple", "oppose", "china") not in found
    # (goods bought "from" a party come from it)
    assert ("kenya", "support", "china") in stances("Kenya bought the Chinese drones from China.")
    # a company noun right before a name describes it ("the app TikTok"), no reference back
    assert ("apple", "oppose", "tiktok") in stances("Apple removed the app TikTok from its store.")


def test_sanctions_coordinated_with_partners_and_an_order_whose_content_is_named() -> None:
    # the partners in coordinated sanctions are no targets of them
    found = stances("The U.S. coordinated the sanctions with the U.K. and Canada.")
    assert ("united-states", "support", "united-kingdom") in found
    assert not any(position == "oppose" for _, position, _ in found)
    # an order whose own verb names what it bans is not against the one condemning it
    found = stances(
        "China's Foreign Ministry condemned an executive order by US President Joe Biden "
        "banning investments into sensitive high-tech segments."
    )
    assert not any(target == "chinese-foreign-ministry" for _, _, target in found)
    assert ("estonia", "oppose", "huawei") in stances("Huawei plans to challenge Estonia's 5G ban.")


def test_a_technology_named_with_a_digit_is_no_amount_and_torn_out_gear() -> None:
    # "5G" opens no amount spent in the place after it
    assert stances("MTC and Huawei tested 5G in Namibia.") == set()
    assert ("china", "support", "kenya") in stances("China pledged 5bn to Kenya.")
    assert ("telstra", "oppose", "huawei") in stances(
        "Telstra will tear out Digicel's Huawei equipment."
    )


def test_people_expelled_from_a_described_country_and_an_envoy_with_a_curly_apostrophe() -> None:
    # the country people are expelled from expels them, named after "the nation of"
    assert ("vanuatu", "oppose", "australia") in stances(
        "Ten Australian officers were expelled from the Pacific nation of Vanuatu on Thursday."
    )
    assert ("poland", "oppose", "russia") in stances("Russian diplomats were expelled from Poland.")
    # "d’affaires" with a typographic apostrophe is the same diplomat
    assert ("kazakhstan", "oppose", "russia") in stances(
        "Kazakhstan summoned the charge d\u2019affaires of Russia."
    )
    # an ordinal opens the noun phrase: "received a second batch of aid from"
    assert ("turkey", "support", "somalia") in stances(
        "Somalia received a second batch of aid from Turkey."
    )


def test_an_amount_inside_a_phrase_a_congratulatory_letter_and_the_country_sent_to() -> None:
    # an amount between a phrase's words: "placed a $900 million order with"
    assert ("kenya", "support", "nokia") in stances("Kenya placed a $900 million order with Nokia.")
    assert ("kenya", "support", "nokia") in stances(
        "Kenya placed a US$900 million order with Nokia."
    )
    assert ("azerbaijan", "support", "georgia") in stances(
        "Azerbaijan sent a congratulatory letter to Georgia."
    )
    # "the country" something is sent to is not the clause's own subject
    assert ("taiwan", "support", "paraguay") in stances(
        "Paraguay said that Taiwan has donated oxygen concentrators to the country."
    )


def test_services_provided_by_a_company_apps_after_and_and_a_strengthened_relationship() -> None:
    assert ("ukraine", "oppose", "yandex") in stances(
        "Ukraine banned access to services provided by Yandex."
    )
    # "and messaging apps": a gerund describing apps, no verb before "including"
    assert ("sri-lanka", "oppose", "whatsapp") in stances(
        "Sri Lanka blocked some social media networks and messaging apps, including WhatsApp."
    )
    found = stances("Australia and Indonesia strengthened their defence relationship.")
    assert {("australia", "support", "indonesia"), ("indonesia", "support", "australia")} <= found


def test_an_order_granted_against_a_party_and_a_passive_order_to_sell() -> None:
    # the one granted the order receives it; the one it is against is opposed
    assert ("mannheim-regional-court", "oppose", "oppo") in stances(
        "The Mannheim Regional Court has granted Nokia a cease-and-desist order against Oppo."
    )
    assert ("brazil", "oppose", "huawei") in stances("Brazil handed Huawei a ban.")
    # ordered to sell, in the passive: the agent after "by" orders, the subject is told
    assert ("united-kingdom", "oppose", "nexperia") in stances(
        "Nexperia was ordered by the UK government to sell its stake."
    )
    headline = "Huawei ordered to sell stake in Scottish chipmaking firm by UK Government"
    article = parse(f"{headline}\n\nIt has 30 days.\n", "x.txt", Furniture.load())
    found = {(s.actor, s.position, s.target) for s in extractor()(article).stances}
    assert ("united-kingdom", "oppose", "huawei") in found
    # the ordered firm, not the country owning it
    found = stances("UK orders China's Nexperia to sell stake in chip firm")
    assert ("united-kingdom", "oppose", "nexperia") in found
    assert ("nexperia", "oppose", "united-kingdom") not in stances(
        "Nexperia was ordered by the UK government to sell its stake."
    )
    assert not stances("Nexperia decided to sell its stake in the chip firm.")


def test_goods_listed_with_commas_a_cause_after_citing_and_a_list_expanded_by_adding() -> None:
    assert ("saudi-arabia", "oppose", "lebanon") in stances(
        "Saudi Arabia banned fruits, vegetables from Lebanon over drug smuggling."
    )
    # a comma list of qualities is no list of goods reaching a party after it
    assert not stances(
        "The minister says the gangs have undermined the peace, security and stability of Haiti."
    )
    # "citing their support": the support of the ones listed, not the lister's
    found = stances(
        "The Commerce Department has expanded its export control list by adding 42 Chinese "
        "companies, citing their support for Moscow’s military."
    )
    assert ("commerce-department", "oppose", "china") in found
    assert ("commerce-department", "support", "russia") not in found
    assert ("commerce-department", "oppose", "huawei") in stances(
        "The Commerce Department expanded its entity list by adding Huawei and ZTE."
    )


def test_a_passive_participle_opening_the_clause_falls_on_the_parties_after_was() -> None:
    found = stances(
        "Also sanctioned was Lawrence Kanyuka, the M23's spokesman, the US Treasury said."
    )
    assert ("us-treasury", "oppose", "lawrence-kanyuka") in found
    assert ("us-treasury", "oppose", "m23") not in found  # (his group, named as his)
    # no speaker: the last to do the act
    found = stances("The US sanctioned Huawei. Also sanctioned were Hikvision and Dahua.")
    assert ("united-states", "oppose", "hikvision") in found
    assert not stances("Also sanctioned were Hikvision and Dahua.")


def test_a_verb_after_and_shares_the_first_verbs_subject_past_a_posts_name() -> None:
    found = stances(
        "Chinese Vice Foreign Minister Sun Weidong on Thursday summoned US Ambassador "
        "to China Nicholas Burns and lodged a strong protest over Donald Trump's remark."
    )
    assert ("sun-weidong", "oppose", "united-states") in found
    assert not any(actor == "nicholas-burns" for actor, _, _ in found)


def test_suspended_tariff_benefits_or_trade_preferences_oppose_their_holder() -> None:
    assert ("costa-rica", "oppose", "panama") in stances(
        "Costa Rica will suspend tariff benefits for Panamanian products."
    )
    assert ("european-union", "oppose", "cambodia") in stances(
        "The EU suspended trade preferences for Cambodia."
    )
    assert ("united-states", "support", "vietnam") in stances(
        "The US granted tariff concessions to Vietnam."
    )


def test_a_registry_company_named_with_its_kind_after_it_is_one_party() -> None:
    found = stances(
        "The Uzbek national airline, Uzbekistan Airways, and Boeing corporation signed "
        "an agreement on the delivery of another Dreamliner."
    )
    assert ("boeing", "support", "uzbekistan-airways") in found


def test_a_party_given_an_act_noun_is_its_target_not_its_owner() -> None:
    assert ("sudan", "oppose", "south-sudan") in stances("Sudan gave South Sudan a warning.")
    assert ("kyrgyzstan", "oppose", "uzbekistan") in stances(
        "Kyrgyzstan has handed neighboring Uzbekistan a protest note."
    )
    # an adjective that is also a verb's form, in quotes or not, before the noun
    assert ("sudan", "oppose", "south-sudan") in stances(
        "Sudan has given South Sudan a ‘last warning’ that it will close a pipeline."
    )
    assert ("angola", "support", "zambia") in stances(
        "Angola intends to establish a true partnership with the Republic of Zambia."
    )


def test_a_company_named_with_a_described_kind_is_one_party() -> None:
    assert ("indonesia", "support", "starlink") in stances(
        "Elon Musk's Starlink satellite company has been granted business licenses to "
        "operate in Indonesia, a senior ministry official said Thursday."
    )


def test_a_plural_noun_after_a_party_that_lists_its_members_after_a_colon() -> None:
    found = stances(
        "The US imposed sanctions against four ICC judges: Second Vice-President Judge "
        "Reine Alapini Gansou, Judge Beti Hohler and Judge Luz del Carmen Ibanez."
    )
    assert ("united-states", "oppose", "beti-hohler") in found
    assert ("united-states", "oppose", "international-criminal-court") not in found
    found = stances("The US imposed sanctions on four Chinese firms: Huawei, ZTE and Hikvision.")
    assert ("united-states", "oppose", "hikvision") in found
    # one party after the colon is no list
    assert ("united-states", "oppose", "china") in stances(
        "The US sanctioned Chinese firms: a blow to Beijing."
    )


def test_an_attack_claimed_is_the_claimers() -> None:
    assert ("killnet", "oppose", "montenegro") in stances(
        "Killnet has claimed an attack on Montenegro's government."
    )
    # a claim about an act is not one's own act
    assert ("china", "oppose", "japan") not in stances(
        "China claimed the sanctions on Japan were illegal."
    )
    assert ("russia", "oppose", "ukraine") not in stances(
        "Russia claimed an attack on Ukraine was staged."
    )


def test_offers_received_from_a_description_including_parties_are_weighed() -> None:
    found = stances(
        "Indonesia said it had received offers from several countries, including Germany "
        "and France."
    )
    assert ("indonesia", "undecided", "germany") in found
    assert ("indonesia", "undecided", "france") in found


def test_its_after_a_clause_opened_by_as_or_while_is_that_clauses_subject() -> None:
    found = stances(
        "China's denial comes amid tensions between Manila and Beijing, as the Philippines "
        "continues to strengthen its defense partnerships with the United States."
    )
    assert ("philippines", "support", "united-states") in found
    assert ("china", "support", "united-states") not in found
    # after "after", the sentence's subject still owns it
    assert ("united-kingdom", "oppose", "equatorial-guinea") in stances(
        "Equatorial Guinea will close its mission in London, after Britain last week "
        "sanctioned the son of its president."
    )


def test_a_hostile_act_held_over_a_condition_is_a_threat_not_a_guess() -> None:
    assert ("russia", "oppose", "moldova") in stances(
        "Russia could ban Moldovan wine if Chisinau signs the deal."
    )
    assert ("china", "oppose", "australia") in stances(
        "China may impose tariffs on Australia if it supports the inquiry."
    )
    # no condition: a guess
    assert not stances("Russia could ban Moldovan wine, analysts said.")


def test_a_warning_falls_on_the_party_its_condition_names_past_the_threat() -> None:
    found = stances(
        "Evo Morales warned that he would close the US embassy in La Paz if Washington "
        "continued interfering."
    )
    assert ("evo-morales", "oppose", "united-states") in found


def test_goods_that_aid_received_from_a_party_are_its_aid() -> None:
    assert ("china", "support", "samoa") in stances(
        "Samoa received sports equipment and vehicles from China for the Pacific Games."
    )
    assert ("poland", "support", "ukraine") in stances("Ukraine received tanks from Poland.")
    assert not stances("Samoa received a letter from China.")
    assert not stances("Ukraine did not receive vaccines from Russia.")


def test_a_passives_agent_a_local_body_in_a_country_is_that_country() -> None:
    assert ("georgia", "oppose", "russia") in stances(
        "Four Russian officers were sentenced by a court in Tbilisi."
    )


def test_a_list_whose_members_each_come_with_a_description_is_one_list() -> None:
    found = stances(
        "A Moscow court fined video streaming service Twitch, social network Pinterest, "
        "holiday rental company Airbnb and United Parcel Service (UPS) on Tuesday."
    )
    assert {("russia", "oppose", c) for c in ("twitch", "pinterest", "airbnb", "ups")} <= found
    # an appositive after a comma is no member
    assert ("russia", "oppose", "amazon") not in stances(
        "Russia fined Twitch, a streaming service owned by Amazon."
    )


def test_an_act_on_a_partys_named_relatives_falls_on_them() -> None:
    found = stances("The US sanctioned Putin's daughters Maria Vorontsova and Katerina Tikhonova.")
    assert ("united-states", "oppose", "maria-vorontsova") in found
    assert ("united-states", "oppose", "vladimir-putin") not in found
    found = stances(
        "The US imposed sanctions on Putin's daughters Maria Vorontsova and Katerina Tikhonova."
    )
    assert ("united-states", "oppose", "katerina-tikhonova") in found


def test_others_a_list_names_in_brackets_are_members_of_it() -> None:
    found = stances(
        "The United States, the United Kingdom and seven other countries (Andorra, Georgia, "
        "Norway and Israel) have signed the Council of Europe convention."
    )
    assert ("norway", "support", "council-of-europe") in found
    assert ("israel", "support", "council-of-europe") in found


def test_three_countries_with_commas_alone_before_their_verb_are_one_list() -> None:
    found = stances("The United States, Australia, India refused to work with Huawei.")
    assert ("australia", "oppose", "huawei") in found
    assert ("united-states", "oppose", "huawei") in found
    # two countries with a comma alone are no list
    assert ("china", "oppose", "huawei") not in stances("China, India refused to work with Huawei.")


def test_a_commitment_to_enhancing_cooperation_is_its_owners_cooperation() -> None:
    found = stances(
        "Zambia and Tanzania reaffirmed their commitment to enhancing bilateral cooperation."
    )
    assert ("zambia", "support", "tanzania") in found
    assert ("tanzania", "support", "zambia") in found
    found = stances("The Solomon Islands and China pledged to further enhance their cooperation.")
    assert ("china", "support", "solomon-islands") in found
    # "with the help of X": X helps, the developers do not aid X
    assert ("india", "support", "quad") not in stances(
        "India and Japan decided to develop 5G technologies with the help of other Quad members."
    )


def test_being_concerned_about_or_alarmed_by_a_partys_act_opposes_it() -> None:
    assert ("united-states", "oppose", "china") in stances(
        "The United States is deeply concerned about China's military drills."
    )
    assert ("japan", "oppose", "north-korea") in stances(
        "Japan was alarmed by North Korea's missile launch."
    )
    assert not stances("The EU is not concerned about TikTok.")


def test_a_fronted_subject_to_or_a_description_before_a_colon_falls_on_the_list() -> None:
    found = stances("The US sanctioned ZTE. Also subject to sanctions are Huawei and Hikvision.")
    assert ("united-states", "oppose", "hikvision") in found
    found = stances(
        "The US sanctioned Nicolas Maduro. Also subject to sanctions are three of the "
        "officials closest to Maduro: Vice President Delcy Rodriguez and Information "
        "Minister Jorge Rodriguez."
    )
    assert ("united-states", "oppose", "delcy-rodriguez") in found
    assert ("united-states", "oppose", "jorge-rodriguez") in found
    found = stances("The US sanctioned ZTE. Also sanctioned were two firms: Huawei and Dahua.")
    assert ("united-states", "oppose", "huawei") in found
    # a party named in the description is not on the list
    assert ("united-states", "oppose", "huawei") not in stances(
        "The US sanctioned ZTE. Also sanctioned were two firms that work with Huawei: "
        "Sinovel and Dahua."
    )


def test_persona_non_grata_before_the_party_and_a_pledge_to_do_something_else() -> None:
    assert ("canada", "oppose", "eritrea") in stances(
        "Canada has declared persona non grata a diplomat of the east African nation of Eritrea."
    )
    assert ("canada", "oppose", "eritrea") in stances(
        "Canada declared a diplomat of Eritrea persona non grata."
    )
    # "pledged to" another verb: an intent, no gift to a party named later
    assert not stances(
        "Chile and Argentina pledged to integrate their economies amid the unrest in Venezuela."
    )
    assert ("japan", "support", "ukraine") in stances("Japan pledged $5 billion to Ukraine.")
    assert ("japan", "support", "ukraine") in stances("Japan pledged to fund Ukraine.")


def test_an_act_noun_then_that_was_imposed_recently_by_a_government_on_a_party() -> None:
    assert ("zimbabwe", "oppose", "south-africa") in stances(
        "Traders criticised the ban that was imposed recently by the Zimbabwean government on "
        "all South African imports."
    )


def test_a_power_to_act_is_no_act_unless_used_and_a_titled_speaker_makes_the_claim() -> None:
    assert not stances(
        "The United States is considering a bill giving President Joe Biden the power to ban "
        "TikTok."
    )
    assert ("india", "oppose", "tiktok") in stances("India used its power to ban TikTok.")
    # a claim in a quote is the speaker's own, the official named past their title
    found = stances(
        "\u201cIran is directly implicated in the casualties,\u201d said Treasury Under Secretary "
        "Brian Nelson."
    )
    assert ("brian-nelson", "oppose", "iran") in found
    assert ("brian-nelson", "oppose", "iran") in stances(
        "\u201cIran is directly implicated in the casualties,\u201d said Brian Nelson."
    )


def test_members_named_after_including_act_and_a_certificate_of_approval_granted() -> None:
    found = stances(
        "Several countries including Zambia and Malawi have urged Zimbabwe to lift the ban."
    )
    assert {("zambia", "oppose", "zimbabwe"), ("malawi", "oppose", "zimbabwe")} <= found
    # a generic body's name, made a name by the short form in brackets after it
    found = stances(
        "A certificate of approval has been granted to the firm SpaceX by the National "
        "Telecommunications Council (CONATEL)."
    )
    assert ("national-telecommunications-council", "support", "spacex") in found
    assert ("european-union", "oppose", "russia") in stances(
        "A new round of sanctions was imposed on Russia by the EU."
    )


def test_a_company_of_a_person_is_the_company() -> None:
    found = stances(
        "The company SpaceX of the controversial billionaire Elon Musk is authorized to operate "
        "in Haiti."
    )
    assert ("haiti", "support", "spacex") in found
    assert ("haiti", "support", "elon-musk") not in found


def test_a_reported_act_is_a_stance_and_an_alleged_one_is_not() -> None:
    found = stances("Sprint Nextel has reportedly dropped Huawei and ZTE from its LTE tender.")
    assert {("sprint", "oppose", "huawei"), ("sprint", "oppose", "zte")} <= found
    assert ("sprint", "oppose", "huawei") not in stances(
        "Sprint Nextel has allegedly dropped Huawei from its LTE tender."
    )


def test_a_currency_code_glued_to_its_amount_is_part_of_the_phrase() -> None:
    assert ("telenor", "support", "zte") in stances(
        "ZTE won a USD254 million contract from Telenor."
    )
    assert ("china", "support", "kenya") in stances("China offered a USD254 million loan to Kenya.")


def test_two_act_nouns_joined_under_one_verb_share_it() -> None:
    found = stances(
        "The FTC has imposed a corrective order and a fine of KRW 25.7 billion on Naver."
    )
    assert ("ftc", "oppose", "naver") in found
    # (a new clause after "and" is no second object: "and China announced")
    assert ("united-states", "oppose", "huawei") not in stances(
        "The US imposed tariffs and China announced a ban on Huawei."
    )


def test_a_gerund_right_after_on_is_the_act_restricted_not_a_party() -> None:
    assert ("afghanistan", "oppose", "pakistan") in stances(
        "Afghanistan imposed a ban on importing medicines from Pakistan."
    )
    assert ("united-states", "oppose", "china") in stances(
        "The US imposed restrictions on exporting chips to China."
    )
    # (a gerund after a noun still names unnamed parties: "countries buying")
    assert stances("The US imposed tariffs on countries buying Russian oil.") == set()


def test_a_countrys_official_with_a_title_holding_of_is_the_target() -> None:
    found = stances(
        "The U.S. blacklisted South Sudan's army deputy chief of staff Malek Reuben Riak and "
        "Information Minister Michael Makuei Lueth."
    )
    assert {
        ("united-states", "oppose", "malek-reuben-riak"),
        ("united-states", "oppose", "michael-makuei-lueth"),
    } <= found
    assert ("united-states", "oppose", "south-sudan") not in found
    # (not past a verb: "a Russian fighter jet accused of violating Turkish airspace")
    assert ("turkey", "oppose", "russia") in stances(
        "A Turkish jet shot down a Russian fighter jet accused of violating Turkish airspace."
    )


def test_a_pair_of_nationalities_before_a_firm_qualifies_the_firm() -> None:
    found = stances("Bangladesh signed a deal with French-Italian firm Thales Alenia Space.")
    assert ("bangladesh", "support", "thales-alenia-space") in found
    assert ("bangladesh", "support", "france") not in found


@pytest.mark.parametrize(
    "sentence, supplier, customer",
    [
        (
            "Ericsson has signed a contract worth $8.3 billion to supply 5G network equipment "
            "to the US carrier Verizon.",
            "ericsson",
            "verizon",
        ),
        ("Nokia has bagged a deal to supply 5G radio equipment to BT.", "nokia", "bt"),
        ("Huawei won a contract to supply equipment to MTN.", "huawei", "mtn"),
        # other verbs of making a deal, and a long amount before the supply
        (
            "Embraer has concluded a contract worth more than 500 million dollars to sell 12 "
            "aircraft to Nigeria.",
            "embraer",
            "nigeria",
        ),
        (
            "IAI has entered into a deal to sell missiles to Morocco.",
            "israel-aerospace-industries",
            "morocco",
        ),
    ],
)
def test_a_supply_deal_its_supplier_signs_or_wins_is_the_customers_choice(
    sentence: str, supplier: str, customer: str
) -> None:
    found = stances(sentence)
    assert {(customer, "support", supplier), (supplier, "support", customer)} <= found


def test_a_contract_awarded_to_supply_stays_the_awarders_choice() -> None:
    assert stances("Verizon awarded Ericsson a contract to supply equipment to its network.") == {
        ("verizon", "support", "ericsson")
    }


def test_a_party_held_to_be_something_is_no_choice_weighed() -> None:
    assert stances("China considers democratically ruled Taiwan its own land.") == set()
    assert ("germany", "undecided", "huawei") in stances(
        "Germany is considering Huawei for its 5G network."
    )
    assert ("fiji-airways", "undecided", "boeing") in stances(
        "Fiji Airways is considering proposals from Airbus and Boeing as it decides on an order."
    )


def test_a_country_opening_a_bodys_description_qualifies_the_body() -> None:
    found = stances("Qatar had sought help from US secret service agency FBI to assist them.")
    assert ("qatar", "support", "fbi") in found
    assert ("qatar", "support", "united-states") not in found


def test_a_contract_between_two_parties_is_each_sides() -> None:
    found = stances("The contract is between Belarus and China Great Wall Industry Corporation.")
    assert {
        ("belarus", "support", "china-great-wall-industry-corporation"),
        ("china-great-wall-industry-corporation", "support", "belarus"),
    } <= found


def test_a_headlines_behind_without_its_be_finds_fault() -> None:
    assert headline_stances("Finland says Chinese hackers behind parliament attack") == {
        ("finland", "oppose", "china")
    }
    assert stances("The man behind the attack on China was arrested.") == set()


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a day named inside a phrase: "announced on Wednesday orders from"
        (
            "Boeing announced on Wednesday major orders from the airlines Vietjet and Bamboo Airways.",
            {("vietjet", "support", "boeing"), ("bamboo-airways", "support", "boeing")},
        ),
        (
            "Boeing announced Wednesday major orders from the airline Vietjet for new jets.",
            {("vietjet", "support", "boeing")},
        ),
        # an order won "from" a buyer: the buyer buys
        (
            "The planemaker Airbus won a large order from the airline Vietjet for 100 planes.",
            {("vietjet", "support", "airbus")},
        ),
        # the phrase's own "on" is not a day's: "delayed a decision on Friday on"
        (
            "South Korea delayed a decision on Friday on a request from Google to export map data.",
            {("south-korea", "undecided", "google")},
        ),
    ],
)
def test_a_day_inside_a_phrase_and_an_order_won_from_a_buyer(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    assert stances(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a list of modifiers before a phrase's noun: "close its air, land and sea borders"
        (
            "The Dominican Republic will close its air, land and sea borders with Haiti on Friday.",
            {("dominican-republic", "oppose", "haiti")},
        ),
        (
            "Kenya and Uganda signed trade, energy and transport agreements on Friday.",
            {("kenya", "support", "uganda"), ("uganda", "support", "kenya")},
        ),
    ],
)
def test_a_list_of_modifiers_inside_a_phrase(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    assert stances(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # counted demonym phrases in a list: each is a target
        (
            "South Korea sanctioned seven North Koreans and two Russian ships on Thursday.",
            {("south-korea", "oppose", "north-korea"), ("south-korea", "oppose", "russia")},
        ),
        (
            "Japan sanctioned two Russian banks and three Chinese firms on Thursday.",
            {("japan", "oppose", "russia"), ("japan", "oppose", "china")},
        ),
        # "rubbish" something: rejects it, and its owner
        (
            "Eritrea rubbished the US sanctions against its top military official.",
            {("eritrea", "oppose", "united-states"), ("united-states", "oppose", "eritrea")},
        ),
    ],
)
def test_counted_demonym_phrases_in_a_list_and_rubbishing(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    assert stances(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # trade undone "of" goods "from" a party: against the party
        (
            "Russia suspended imports of all confectionery products from Ukraine.",
            {("russia", "oppose", "ukraine")},
        ),
        ("Germany halted exports of arms to Turkey.", {("germany", "oppose", "turkey")}),
        # nationals released, and when: "following talks" is no act on them
        (
            "Saudi Arabia has released 900 Ethiopian prisoners following talks.",
            {("saudi-arabia", "support", "ethiopia")},
        ),
    ],
)
def test_trade_undone_in_goods_from_a_party_and_nationals_released_following_talks(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    assert stances(sentence) == expected


def test_a_head_of_state_before_1995_acts_for_the_country() -> None:
    # the registry's older heads: "President Reagan" is Ronald Reagan, for the US
    assert stances(
        "President Reagan announced Friday he is imposing 100 percent tariffs on $300 "
        "million worth of Japanese electronic exports in retaliation."
    ) == {("ronald-reagan", "oppose", "japan"), ("united-states", "oppose", "japan")}


def test_a_list_ended_by_and_others_after_a_comma_is_whole() -> None:
    # "..., TikTok, and others": every member named is a target
    assert stances(
        "Authorities in Guinea restricted access to several social media platforms, including "
        "Facebook, WhatsApp, Instagram, TikTok, and others, on Wednesday."
    ) == {
        ("guinea", "oppose", "meta"),
        ("guinea", "oppose", "whatsapp"),
        ("guinea", "oppose", "instagram"),
        ("guinea", "oppose", "tiktok"),
    }


def test_a_list_goes_on_past_as_well_as() -> None:
    # "X, as well as Y, Z and W": all four sign
    assert stances(
        "The European Union, as well as the United States, the United Kingdom and Norway have "
        "signed the Council of Europe Framework Convention on artificial intelligence."
    ) == {
        (party, "support", "council-of-europe")
        for party in ("european-union", "united-states", "united-kingdom", "norway")
    }


def test_a_gerund_before_a_product_noun_modifies_it() -> None:
    # "live streaming apps, which are X": the apps, then their names
    found = stances(
        "The regulator PTA has blocked access to five dating and live streaming apps, which are "
        "Tinder, Grindr and SayHi."
    )
    assert {t for _, _, t in found} >= {"match-group", "grindr", "sayhi"}


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # "said X would be blocked": the speaker's act announced, in the past's future
        ("Myanmar said Facebook would be blocked until Feb. 7.", {("myanmar", "oppose", "meta")}),
        # still a guess after a present "says" and with no speaker of its own
        ("Analysts say Huawei would be banned if the bill passes.", set()),
    ],
)
def test_a_reported_future_passive_is_the_speakers_act(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    assert stances(sentence) == expected


def test_whose_wish_an_act_follows_is_not_its_target() -> None:
    for sentence in (
        "Google removed 56 gambling apps at the request of Vietnam.",
        "Google removed 56 gambling apps at Vietnam's behest.",
        "Google removed 56 apps from its store as requested by the Vietnamese government.",
    ):
        found = stances(sentence)
        assert not any(target == "vietnam" for _, _, target in found), sentence


def test_a_demonym_before_language_is_a_language_not_its_country() -> None:
    assert stances("Lesotho blocked Russian-language news sites.") == set()
    assert ("lesotho", "oppose", "russia") in stances("Lesotho blocked Russian news sites.")


def test_a_capitalized_country_noun_that_a_name_goes_on_past_is_no_reference() -> None:
    found = stances(
        "The Bolivia National Telecommunications Company (ENTEL) awarded the Territory with "
        "Complete Coverage (TCT) project to Huawei."
    )
    assert {target for _, _, target in found} == {"huawei"}


def test_a_compound_modifier_after_to_is_no_verb() -> None:
    assert ("lesotho", "support", "albania") in stances(
        "Lesotho allocates 500,000 euros to quake-hit Albania."
    )


def test_a_demonyms_shells_are_its_attack() -> None:
    assert ("ethiopia", "oppose", "eritrea") in stances(
        "Ethiopian shells hit the Eritrean border town of Tsorona."
    )


def test_an_industry_major_is_a_company_its_country_describes() -> None:
    found = stances(
        "Lesotho has shown interest in buying the stake of U.S. oil major ConocoPhillips."
    )
    assert ("lesotho", "undecided", "conocophillips") in found
    assert ("lesotho", "undecided", "united-states") not in found


def test_a_bodys_adjective_name_before_a_noun_is_its_countrys_modifier() -> None:
    # "Russian military" is the registry's armed forces, but "the Russian military
    # attaché" is an attaché of Russia's and "Russian military equipment" Russia's goods
    assert stances("Lesotho expelled the Russian military attaché.") == {
        ("lesotho", "oppose", "russia")
    }
    assert ("lesotho", "support", "russia") in stances("Lesotho buys Russian military equipment.")
    # (the body itself still acts, and the junta it heads is it)
    found = stances("A UN report accused Myanmar’s military of genocidal intent.")
    assert ("united-nations", "oppose", "tatmadaw") in found


def test_a_list_ended_by_a_name_that_is_no_party_is_whole() -> None:
    # "X, Y, Z, and Gallium": the last name is unknown, the list still ends there
    found = stances(
        "Belgium Says Hackers Targeted Ministries\n\nBelgium said it has detected cyber "
        "intrusions from hacking groups tracked as APT27, APT30, APT31, and Gallium."
    )
    assert {("belgium", "oppose", party) for party in ("apt27", "naikon", "apt31")} <= found


def test_a_countrys_possessive_before_a_name_is_where_not_whom() -> None:
    # "the country's WHO representative": the WHO's, posted in the country
    for text in (
        "Burundi has ordered the expulsion of the country's top World Health Organization "
        "(WHO) representative.",
        "Burundi has expelled the country's WHO representative.",
    ):
        assert stances(text) == {("burundi", "oppose", "world-health-organization")}


def test_a_mutual_act_meets_a_person_back_only_as_a_person_or_a_state() -> None:
    # a company signs with a company, not with the person who signed for the other
    found = stances(
        "Eutelsat Lands LEO Deal in Taiwan\n\nAlex Chien, Executive Vice President of "
        "Taiwan's Chunghwa Telecom, signs a deal with Eutelsat in London.\n\nEutelsat "
        "announced the multi-million-dollar deal with Chunghwa Telecom on Wednesday."
    )
    assert ("eutelsat", "support", "chunghwa-telecom") in found
    assert not {(a, p, t) for a, p, t in found if t == "alex-chien"}


def test_people_named_after_a_noun_of_private_people_are_the_target() -> None:
    # "charging two former Twitter employees, A and B": the people, not their employer
    assert stances(
        "The Justice Department is charging two former Twitter employees, Ahmad Abouammo and "
        "Ali Alzabarah, in an alleged scheme."
    ) == {
        (party, "oppose", person)
        for party in ("justice-department", "united-states")
        for person in ("ahmad-abouammo", "ali-alzabarah")
    }


def test_two_companies_joined_by_a_hyphen_before_a_deal_are_each_a_party() -> None:
    # "the Uber-Foodpanda merger": Foodpanda, a name no registry holds, is Uber's partner
    assert stances("Taiwan blocks Uber-Foodpanda merger over monopoly concerns.") == {
        ("taiwan", "oppose", "uber"),
        ("taiwan", "oppose", "foodpanda"),
    }


def test_an_adjective_the_dictionary_lacks_is_no_company() -> None:
    # "a ban on Congressional staffers' use of Microsoft's Copilot"
    found = stances(
        "The US House of Representatives has implemented a strict ban on Congressional "
        "staffers' use of Microsoft's Copilot generative AI assistant."
    )
    assert not {t for _, _, t in found} - {"microsoft"}


def test_shortened_korean_demonyms() -> None:
    assert ("south-korea", "oppose", "north-korea") in stances("Seoul sanctions N.Korean hackers.")
    assert ("broadcom", "oppose", "south-korea") in stances(
        "Broadcom will appeal the S. Korean regulator's fine."
    )


def test_a_revoked_visa_is_an_act_on_its_holder() -> None:
    # a visa is a grant like a licence; revoking one is an act on the person, not their country
    assert stances(
        "The US revoked the visa of former Honduran president Juan Orlando Hernandez on Monday."
    ) == {("united-states", "oppose", "juan-orlando-hernandez")}


def test_a_party_said_to_be_involved_in_an_operation_is_found_at_fault() -> None:
    assert stances("Norway said APT31 was involved in the operation.") == {
        ("norway", "oppose", "apt31")
    }
    assert not stances("Norway said it was not involved in the attack.")


def test_a_place_the_barred_may_not_enter_is_no_target() -> None:
    # Poland is where the trucks may not go: the ban is on Belarus's trucks, not on Poland
    assert stances("The EU banned Belarusian trucks from entering Poland.") == {
        ("european-union", "oppose", "belarus")
    }


def test_a_companys_unit_named_by_its_country_is_the_company_not_the_country() -> None:
    # "Orange's Belgian division" is the unit the article names (Orange Belgium), or else
    # the company itself: never Belgium or Italy
    assert stances(
        "Telecom operators Orange Belgium and Proximus will replace Huawei.\n\nIn 2019, Orange's Belgian division and Proximus "
        "had signed an agreement to share their mobile network."
    ) >= {("orange-belgium", "support", "proximus"), ("proximus", "support", "orange-belgium")}
    assert stances("Vodafone's Italian unit signed a deal with Huawei.") == {
        ("vodafone", "support", "huawei"),
        ("huawei", "support", "vodafone"),
    }


def test_an_act_noun_before_another_modifies_it() -> None:
    # "visa restrictions" are restrictions (of visas), no visa granted
    assert stances(
        "The US imposed visa restrictions on Ethiopian and Eritrean government officials."
    ) == {("united-states", "oppose", "ethiopia"), ("united-states", "oppose", "eritrea")}


def test_renewing_a_licence_the_holder_owns_is_the_renewers_act() -> None:
    # "Bolt's license" is held by Bolt; the one who renews it (or declines to) is the giver
    assert stances("Kenya renewed Bolt's license.") == {("kenya", "support", "bolt")}
    assert stances("Kenya declined to renew Bolt's license.") == {("kenya", "oppose", "bolt")}
    assert not stances("Kenya may renew Bolt's license.")


def test_a_rival_or_partner_named_between_two_names_describes_the_second() -> None:
    # "Huawei rival ZTE" says who ZTE is: no act of competing, and ZTE is the partner
    assert stances("Ooredoo has partnered with Huawei rival ZTE on 5G development.") == {
        ("ooredoo", "support", "zte"),
        ("zte", "support", "ooredoo"),
    }


def test_reversing_a_decision_to_ease_sanctions_keeps_them() -> None:
    assert stances(
        "The US has reversed a decision to temporarily ease sanctions on Israeli "
        "billionaire Dan Gertler."
    ) == {("united-states", "oppose", "dan-gertler")}


def test_a_claim_filed_against_a_party_sues_it() -> None:
    assert stances(
        "Nigeria has filed a claim against JP Morgan Chase for more than $875 million."
    ) == {("nigeria", "oppose", "jpmorgan-chase")}


def test_an_act_after_should_and_its_subject_is_a_condition() -> None:
    # "should Russia impose a ban": if Russia did, not that it has
    assert not stances(
        "Yatsenyuk said Kiev would take retaliatory measures should Russia impose a ban on "
        "Ukrainian food products."
    ) & {("russia", "oppose", "ukraine")}


def test_a_partnership_announced_for_the_future_is_each_sides() -> None:
    # "will work with": both sides have agreed to it; "would" stays one side's intent
    assert stances("SpaceSail will work with Telebras to provide broadband services.") == {
        ("spacesail", "support", "telebras"),
        ("telebras", "support", "spacesail"),
    }


def test_the_companies_are_those_just_named_together() -> None:
    assert stances(
        "China Telecom has picked Nokia to expand its 4G network. "
        "The companies have signed an agreement to expand the deployment."
    ) == {("china-telecom", "support", "nokia"), ("nokia", "support", "china-telecom")}


def test_those_an_act_was_done_to_failing_to_comply_do_not_back_it() -> None:
    # "the companies" are the blocked platforms: no stance among themselves
    assert stances(
        "Nepal said it is blocking Facebook, X and YouTube, because the companies failed "
        "to comply with regulations."
    ) == {
        ("nepal", "oppose", "meta"),
        ("nepal", "oppose", "x-corp"),
        ("nepal", "oppose", "youtube"),
    }


def test_places_a_deal_is_made_to_link_are_not_its_parties() -> None:
    # "between" after "to lay a cable" names the cable's ends, not who signed
    # ("lay" is a bare verb too, though also the past of "lie")
    assert stances(
        "Ooredoo Maldives and Huawei signed an agreement to lay a cable between Maldives "
        "and Sri Lanka."
    ) == {("ooredoo-maldives", "support", "huawei"), ("huawei", "support", "ooredoo-maldives")}


def test_denying_ones_own_dealings_names_no_accuser() -> None:
    # "denied using X": no use, and X is no accuser; nor is X in "denied hacking X"
    # (a denial with no named accuser is no stance: shared/gold/README.md)
    assert not stances("Saudi Arabia denies using Israeli spyware on its critics.")
    assert not stances("Huawei denied supplying Iran with equipment.")
    assert not stances("China denied hacking Australia's parliament.")
    assert not stances("China denies hacking Kenyan state agencies.")


def test_used_to_tells_a_past_habit_not_a_use() -> None:
    assert stances("Indian authorities used to suspend the import of palm oil from Nepal.") == {
        ("india", "oppose", "nepal")
    }


@pytest.mark.parametrize(
    "body",
    [
        "India's ban on Sri Lanka was lifted on Monday.",
        "The ban imposed on Huawei by India has been lifted.",
    ],
)
def test_a_ban_that_was_lifted_supports_its_target(body: str) -> None:
    found = stances(body)
    assert found and all(position == "support" for _, position, _ in found)


def test_a_headline_ban_lifted_with_no_auxiliary_supports_its_target() -> None:
    headline = "India's onion ban lifted for Sri Lanka"
    article = parse(f"{headline}\n\nThe move came on Monday.\n", "x.txt", Furniture.load())
    found = {(s.actor, s.position, s.target) for s in extractor()(article).stances}
    assert found == {("india", "support", "sri-lanka")}


def test_a_ban_that_may_be_lifted_or_was_not_still_stands() -> None:
    assert not stances("The ban on Huawei could be lifted.")
    assert stances("The US ban on Huawei was not lifted.") == {
        ("united-states", "oppose", "huawei")
    }


def test_those_told_to_leave_are_found_past_their_acronym() -> None:
    assert stances(
        "Bolivia asked the US Drug Enforcement Administration (DEA) to leave the country."
    ) == {("bolivia", "oppose", "united-states")}


def test_a_party_in_brackets_after_a_common_noun_is_the_one_meant() -> None:
    assert stances("Serbia's ministry criticised the neighbouring country (Kosovo) for it.") == {
        ("serbia", "oppose", "kosovo")
    }


def test_offers_received_are_weighed_and_an_offer_made_is_no_stance() -> None:
    assert stances(
        "Bulgaria has received offers from Italy and Sweden to supply fighter jets."
    ) == {
        ("bulgaria", "undecided", "italy"),
        ("bulgaria", "undecided", "sweden"),
    }
    assert stances("Croatia is assessing the offers made by the United States.") == {
        ("croatia", "undecided", "united-states")
    }


def test_a_grant_revoked_is_the_holders_past_the_country_that_issued_it() -> None:
    assert stances("The State Department revoked the U.S. visa of Juan Orlando Hernandez.") >= {
        ("state-department", "oppose", "juan-orlando-hernandez")
    }


@pytest.mark.parametrize(
    ("sentence", "act"),
    [
        ("Beijing launched a crackdown on Alibaba.", "restrict"),
        ("Constraints imposed by the US government on Huawei have hurt its sales.", "restrict"),
        ("Ethiopia launched a law enforcement operation against the TPLF.", "attack"),
    ],
)
def test_crackdowns_constraints_and_operations_against_a_party_oppose_it(
    sentence: str, act: str
) -> None:
    found = extract(sentence).stances
    assert [(s.position, s.act) for s in found] == [("oppose", act)]


def test_an_attack_originating_in_a_country_is_its_not_on_it() -> None:
    found = stances("Albania announced a cyberattack originating in Iran.")
    assert ("albania", "oppose", "iran") in found and ("iran", "oppose", "albania") not in found
    found_acts = extract("Albania announced a cyberattack originating in Iran.").stances
    assert not any(s.act == "hack" and s.actor == "albania" for s in found_acts)
    assert ("russia", "oppose", "poland") in stances(
        "Poland said the recent email hacks against Polish politicians had originated from Russia."
    )
    # goods originating in a country: duties fall on it
    assert stances("China imposed duties on steel originating in Vietnam.") == {
        ("china", "oppose", "vietnam")
    }


def test_an_act_its_author_is_behind_is_its_own_unless_denied_in_the_phrase() -> None:
    # "cyberattack" is a word the dictionary lacks: still the act noun after the phrase
    assert stances("Russia was behind the cyberattack on Estonia.") == {
        ("russia", "oppose", "estonia")
    }
    assert stances("Russia was not behind the attack on Estonia.") == set()
    # "actors" of a nationality act for their country, as its hackers do
    assert stances("Iranian actors were responsible for a cyberattack against Albania.") == {
        ("iran", "oppose", "albania")
    }
    # adverbs inside the phrase
    assert stances("Iran was almost certainly responsible for a cyberattack against Albania.") == {
        ("iran", "oppose", "albania")
    }
    assert stances("Russia was not responsible for the attack on Estonia.") == set()
    assert ("afghanistan", "oppose", "pakistan") in stances(
        "Afghanistan condemned Pakistani airstrikes."
    )


def test_a_refused_lifting_keeps_the_measure_and_a_vetoed_proposal_is_not_done() -> None:
    assert stances("The United States refused to lift sanctions on Iran.") == {
        ("united-states", "oppose", "iran")
    }
    assert stances("Germany rejected a ban on Huawei.") == {("germany", "support", "huawei")}
    # a proposal turned down: its act not done, by anyone
    assert ("hungary", "oppose", "russia") not in stances(
        "Hungary vetoed a proposal to sanction Russia."
    )
    assert stances("Hungary vetoed a proposal to give aid to Ukraine.") == set()
    assert ("china", "oppose", "north-korea") not in stances(
        "China blocked a resolution to sanction North Korea."
    )


def test_a_party_barred_from_obtaining_from_a_source_does_not_oppose_it() -> None:
    assert stances("Huawei was barred from obtaining components from U.S. firms.") == set()


def test_the_party_an_act_is_done_on_behalf_of_is_no_target() -> None:
    assert stances("Xu Yanjun stole trade secrets on behalf of China.") == set()
    assert ("apple", "oppose", "china") not in stances(
        "Apple removed Quartz from the Chinese App Store at the behest of the Chinese government."
    )
    # another verb's principal is not the act's
    found = stances("The US imposed sanctions on Zarif for acting on behalf of Ali Khamenei.")
    assert found == {("united-states", "oppose", "mohammad-javad-zarif")}


def test_a_verbs_object_past_a_label_after_as() -> None:
    # 'dismissed as "unconscionable" demands made by X'
    assert ("kosovo", "oppose", "serbia") in stances(
        'Kosovo has dismissed as "unconscionable" demands made last week by Serbia.'
    )


def test_a_partner_named_past_a_title_after_with() -> None:
    # "with Prime Minister Narendra Modi", "with Secretary of State Antony Blinken"
    assert ("russia", "support", "india") in stances(
        "Lavrov signed a deal with Prime Minister Narendra Modi."
    )
    assert ("huawei", "support", "antony-blinken") in stances(
        "Huawei signed a deal with Secretary of State Antony Blinken."
    )


def test_the_country_an_envoy_is_posted_in_is_the_host_not_a_place() -> None:
    assert stances("Mali recalled its ambassador in Algeria.") == {("mali", "oppose", "algeria")}


def test_the_one_addressed_over_a_reason_is_the_target_not_the_one_in_the_reason() -> None:
    assert stances(
        "Germany has recalled its ambassador to Iran over the execution of "
        "German-Iranian national Jamshid Sharmahd."
    ) == {("germany", "oppose", "iran")}
    assert stances("Vietnam protested to China over the arrest of Vietnamese fishermen.") == {
        ("vietnam", "oppose", "china")
    }


def test_a_verb_joined_after_a_described_person_in_an_of_phrase_keeps_the_first_subject() -> None:
    found = stances(
        "Germany recalled its ambassador over the execution of national Jamshid Sharmahd "
        "and summoned the Iranian envoy."
    )
    assert ("germany", "oppose", "iran") in found
    assert not any(actor == "jamshid-sharmahd" for actor, _, _ in found)


def test_a_thing_held_by_a_party_makes_the_act_on_it_the_holders() -> None:
    assert stances("Israel carried out airstrikes against positions controlled by Hezbollah.") == {
        ("israel", "oppose", "hezbollah")
    }


def test_rules_named_for_a_country_are_that_countrys_acts() -> None:
    assert stances("The U.S. rules include restrictions on Huawei.") == {
        ("united-states", "oppose", "huawei")
    }
    assert stances("The US measures restrict ZTE.") == {("united-states", "oppose", "zte")}


def test_a_day_of_a_month_before_the_verb_is_no_amount() -> None:
    assert stances(
        "The Treasury Department on December 10 announced sanctions against Ramzan Kadyrov."
    ) >= {("us-treasury", "oppose", "ramzan-kadyrov")}


def test_sanctions_targeting_a_person_are_sanctions_on_that_person_only() -> None:
    body = (
        "U.S. Imposes Additional Sanctions Against Chechen Leader Kadyrov\n\n"
        "The United States has imposed another set of sanctions targeting Ramzan Kadyrov, the "
        "strongman leader of Russia's North Caucasus region of Chechnya.\n"
    )
    found = extract(body).stances
    assert {(s.actor, s.target) for s in found} == {("united-states", "ramzan-kadyrov")}
    assert {s.act for s in found} == {"sanction"}


def test_a_name_inside_a_laws_title_is_no_person_acting() -> None:
    body = (
        "US sanctions Kadyrov\n\n"
        "The sanctions were imposed under the so-called Global Magnitsky Act, a 2016 law that "
        "authorizes the U.S. government to sanction offenders by freezing their assets. "
        "The law is named after Russian tax lawyer Sergei Magnitsky.\n"
    )
    assert not any(s.actor == "sergei-magnitsky" for s in extract(body).stances)


def test_an_unnamed_person_arrested_is_no_party_named_after_them() -> None:
    assert not stances("RCMP arrest Hydro-Québec employee allegedly sending secrets to China")
    # a citizen named by nationality is no party either (the events gold: e1277, e2256)
    assert not stances("China detained a Canadian citizen on Monday.")


def test_people_released_after_a_detention_set_off_by_commas_are_freed_by_the_detainer() -> None:
    assert stances("Four Thai fishermen, detained by Myanmar, have been released.") == {
        ("myanmar", "support", "thailand")
    }


def test_goods_gifted_to_a_country_aid_it() -> None:
    assert stances("India on Sunday gifted 84 vehicles to Nepal.") == {
        ("india", "support", "nepal")
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Iran demanded a halt to Starlink operations in the country.",
        "Iran's telecoms ministry called for an immediate cessation of Starlink's services.",
    ],
)
def test_a_halt_or_cessation_demanded_opposes_the_one_halted(sentence: str) -> None:
    assert ("iran", "oppose", "starlink") in stances(sentence)


def test_a_fine_with_no_agent_is_by_the_investigator_the_sentence_opens_with() -> None:
    assert stances(
        "Following an investigation by the Federal Trade Commission, Meta was fined $5 billion."
    ) >= {("ftc", "oppose", "meta")}


def test_a_country_named_after_a_naming_noun_and_of_is_the_subject() -> None:
    assert stances("The island nation of Taiwan banned Huawei.") == {("taiwan", "oppose", "huawei")}


def test_a_place_where_something_was_said_between_verb_and_object_is_no_target() -> None:
    assert stances(
        "Argentine Foreign Minister Felipe Sola rejected in the Senate on Wednesday the "
        "decision of Chile to appropriate part of the marine platform."
    ) >= {("argentina", "oppose", "chile")}


def test_authorities_in_a_capital_opening_the_sentence_are_its_country() -> None:
    assert stances(
        "Military authorities in Yerevan have disproved a statement made in Baku about troops."
    ) == {("armenia", "oppose", "azerbaijan")}


def test_a_quoted_act_noun_reaches_the_party_after_its_closing_mark() -> None:
    assert stances('Argentina has lodged an "emphatic protest" against Britain.') == {
        ("argentina", "oppose", "united-kingdom")
    }


def test_employees_of_an_embassy_declared_persona_non_grata_expel_its_country() -> None:
    found = extract(
        "France has declared two employees of the Azerbaijani embassy persona non grata."
    ).stances
    assert [(s.actor, s.target, s.act) for s in found] == [("france", "azerbaijan", "expel")]


def test_a_diplomat_speaks_for_the_country_named_before_the_title() -> None:
    assert stances("A US diplomat criticised Russia.") == {("united-states", "oppose", "russia")}


def test_relief_goods_delivered_to_a_country_aid_it_and_trade_does_not() -> None:
    assert stances(
        "Kazakhstan has delivered nine cargo wagons of food, medicines, and clothes to Afghanistan."
    ) == {("kazakhstan", "support", "afghanistan")}
    assert not stances("China shipped chips to Russia.")


def test_he_is_the_person_the_sentence_opens_with_before_any_named_earlier() -> None:
    assert stances(
        "Magufuli ended his visit to Malawi during which he praised President Peter Mutharika."
    ) == {("john-magufuli", "support", "peter-mutharika")}


def test_a_decision_a_contracted_negation_will_not_reverse_still_stands() -> None:
    found = extract(
        "Montenegro's foreign ministry says it won't reverse its decision to expel the Serbian "
        "ambassador."
    ).stances
    assert {(s.position, s.act) for s in found if s.actor == "montenegro"} == {("oppose", "expel")}


def test_him_after_calling_a_person_to_congratulate_is_the_person_called() -> None:
    assert ("ban-ki-moon", "support", "adama-barrow") in stances(
        "UN Secretary-General Ban Ki-moon has called Adama Barrow, the President-elect of "
        "Gambia, to congratulate him on his electoral victory."
    )


def test_an_act_noun_made_by_one_party_to_another_in_an_irregular_passive() -> None:
    assert stances("A donation of 12,000 tons of rice was made today by Vietnam to Cuba.") == {
        ("vietnam", "support", "cuba")
    }


def test_a_high_commissioner_to_the_host_country_stands_for_the_sending_one() -> None:
    assert ("zimbabwe", "oppose", "united-kingdom") in stances(
        "Mugabe threatened to expel the British high commissioner to Zimbabwe."
    )


def test_a_countrys_boat_opening_fire_is_that_country_attacking() -> None:
    assert stances("A Russian patrol boat opened fire on a Japanese vessel on Wednesday.") == {
        ("russia", "oppose", "japan")
    }


def test_a_compelling_verb_over_an_opposing_act_noun_is_the_compelling_ones_act() -> None:
    found = stances(
        "The South Sudan Communications Authority has mandated a suspension of access to "
        "Facebook and TikTok for a duration of 30 days."
    )
    assert ("south-sudan-communications-authority", "oppose", "tiktok") in found
    assert not stances("The new rules require a license to export chips to China.")


def test_a_preposition_repeated_past_an_appositive_goes_on_to_the_next_target() -> None:
    found = stances(
        "The U.S. Treasury Department said it slapped sanctions on Cambodia's navy commander, "
        "Tea Vinh, and on Chau Phirun, the director-general of the department."
    )
    assert ("us-treasury", "oppose", "chau-phirun") in found
    assert ("united-states", "oppose", "zte") in stances(
        "The U.S. imposed sanctions on Huawei, and on ZTE, a rival."
    )


def test_a_news_outlet_acted_upon_is_a_party_but_not_one_cited_as_a_source() -> None:
    assert stances(
        "Burkina Faso has suspended the BBC and Voice of America radio stations for their "
        "coverage of a report."
    ) == {("burkina-faso", "oppose", "bbc"), ("burkina-faso", "oppose", "voice-of-america")}
    assert ("russia", "oppose", "sputnik") in stances("Russia imposed a ban on RT and Sputnik.")
    assert stances(
        "Russia has arrested Wall Street Journal reporter Evan Gershkovich, claiming to have "
        "caught the U.S. citizen spying."
    ) == {("russia", "oppose", "evan-gershkovich")}
    assert stances("Headline\n\nChina has banned Apple, Reuters reported on Monday.") == {
        ("china", "oppose", "apple")
    }


def test_a_headlines_comma_list_stops_before_the_one_who_says_so() -> None:
    assert headline_stances("China banned Huawei, Ericsson said") == {("china", "oppose", "huawei")}
    assert headline_stances("US bans Huawei, ZTE") == {
        ("united-states", "oppose", "huawei"),
        ("united-states", "oppose", "zte"),
    }


def test_a_participle_after_a_plain_noun_acts_on_the_party_that_noun_stands_beside() -> None:
    assert ("united-states", "oppose", "rosneft") in stances(
        "Rosneft, a company sanctioned by the US, signed a deal with India."
    )
    assert not headline_stances("Guyana sends gov’t official sanctioned by US on leave")
    assert stances("Ukraine's plant seized by Russian forces was shelled.") == {
        ("russia", "oppose", "ukraine")
    }


def test_a_subject_is_found_past_a_phrase_naming_a_described_partner() -> None:
    assert ("jacinda-ardern", "support", "fiji") in stances(
        "Prime Minister Jacinda Ardern in a call with Fijian counterpart Voreqe Bainimarama "
        "has thanked Fiji."
    )


def test_over_before_an_amount_is_more_than_not_a_cause() -> None:
    assert ("japan", "support", "tonga") in stances(
        "Japan will provide over $2 million in emergency aid to storm-hit Tonga."
    )
    assert stances("Japan summoned the ambassador over aid to Tonga.") == set()


def test_a_government_of_a_long_named_republic_is_that_republic() -> None:
    found = stances(
        "The Government of the Republic of Indonesia and the Government of the Democratic "
        "Republic of Timor Leste signed three agreements."
    )
    assert {("indonesia", "support", "east-timor"), ("east-timor", "support", "indonesia")} <= found
    assert ("maldives", "support", "abu-dhabi-fund-for-development") in stances(
        "The Abu Dhabi Fund for Development signed a loan agreement with the government of the "
        "Republic of Maldives."
    )


def test_a_quoted_name_after_a_preposition_is_the_target() -> None:
    assert ("alejandro-giammattei", "support", "taiwan") in stances(
        'Guatemalan President Alejandro Giammattei pledged his support for the "Republic of '
        'Taiwan" on Tuesday.'
    )


def test_a_nationality_does_not_modify_a_party_past_a_participle_clause() -> None:
    assert ("qatar", "oppose", "oman") in stances(
        "Qatar will ban Omani dates and figs entering the country from Monday."
    )


def test_a_list_of_goods_does_not_use_up_the_reach_to_their_origin() -> None:
    assert ("turkey", "oppose", "iran") in stances(
        "Turkey imposed curbs on the import of pistachios, raisins, figs, dates from Iran."
    )
    assert ("pakistan", "oppose", "grindr") in stances(
        "Pakistan has blocked access to five dating apps, which are Tinder, Tagged and Grindr."
    )


def test_a_possessive_pronoun_past_the_use_of_is_the_owner_acted_on() -> None:
    assert ("india", "oppose", "nokia") in stances(
        "Nokia said the Indian government prohibited the use of its radios."
    )
    assert ("india", "oppose", "nokia") in stances(
        "Nokia said the Indian government restricted the sale of its radios."
    )


def test_those_given_hours_to_leave_may_be_a_pair_with_a_possessive() -> None:
    assert ("chad", "oppose", "france") in stances(
        "Chad has given France's ambassador and his staff in N'Djamena 48 hours to leave the "
        "country."
    )


def test_a_relative_clause_past_an_aside_is_the_act_referred_to() -> None:
    assert ("european-union", "oppose", "russia") in stances(
        "European Union ministers have adopted a law, to take effect in May, that imposes "
        "tariffs on steel from Russia."
    )


def test_a_plan_on_doing_is_the_planner_doing() -> None:
    assert ("telia", "oppose", "huawei") in stances(
        "Telia plans on replacing Huawei equipment in its network."
    )


def test_an_act_in_claims_a_past_verb_took_as_object_is_only_claimed() -> None:
    assert (
        stances("Yunus has refuted claims that Myanmar has expelled Bangladesh's envoy.") == set()
    )
    assert (
        stances(
            "Ruto has dismissed claims that Uganda has declared Kenya's ambassador persona non grata."
        )
        == set()
    )
    assert ("myanmar", "oppose", "bangladesh") in stances(
        "Myanmar has expelled Bangladesh's envoy, officials said."
    )


def test_an_act_noun_after_a_noun_in_a_phrase_is_not_the_verbs_object() -> None:
    assert stances(
        "Naledi Pandor has vowed to get to the bottom of the ban that was imposed by the "
        "Malawian government on South African imports."
    ) == {("malawi", "oppose", "south-africa")}
    assert ("european-union", "oppose", "russia") in stances(
        "The EU agreed to the imposition of sanctions against Russia."
    )


def test_a_mutual_act_with_no_named_doer_is_between_the_pair_it_names() -> None:
    assert {("ghana", "support", "togo"), ("togo", "support", "ghana")} <= stances(
        "The two leaders held talks aimed at strengthening relations between Ghana and Togo."
    )
    assert ("togo", "support", "mali") not in stances(
        "Ghana is considering concluding a trade agreement with Togo, its president Mali said."
    )


def test_a_route_goods_go_through_is_not_the_target() -> None:
    found = stances(
        "Japan has tightened restrictions on exports of chips through Vietnam and Laos in an "
        "effort to curb their diversion to Russia."
    )
    assert ("japan", "oppose", "vietnam") not in found
    assert ("japan", "oppose", "laos") not in found


def test_a_tax_on_goods_from_a_country_and_discontent_and_attaches_recalled() -> None:
    assert ("albania", "oppose", "serbia") in stances(
        "Albania has imposed a 50 percent tax on products from Serbia."
    )
    assert ("zambia", "oppose", "malawi") in stances(
        "The Zambian government has expressed its discontent with Malawi."
    )
    assert ("botswana", "oppose", "namibia") in stances(
        "Botswana has recalled its military attaches from Namibia."
    )


def test_discontent_over_linking_a_party_to_another_is_not_toward_that_party() -> None:
    assert not any(
        target == "apt41"
        for _, _, target in stances(
            "The Chinese Embassy voiced its dissatisfaction over linking APT41 to China."
        )
    )


def test_an_irregular_participle_after_be_is_a_passive() -> None:
    assert ("indonesia", "oppose", "vietnam") in stances(
        "A Vietnamese fishing boat has been sunk by Indonesia's navy."
    )


def test_an_attack_in_a_named_province_of_a_country_is_on_that_country() -> None:
    assert ("iran", "oppose", "iraq") in stances(
        "Iran fired 12 rockets in northern Erbil province of Iraq on Sunday."
    )
    assert ("iran", "oppose", "iraq") in stances("Iran shelled villages in Erbil province of Iraq.")


def test_a_giver_after_a_bracketed_amount_is_still_the_giver() -> None:
    assert ("telia", "support", "ericsson") in stances(
        "Ericsson said it has won a contract worth about 300 million euros ($330 million) "
        "from Telia to build its network."
    )


def test_looking_into_a_possibility_and_a_decision_that_could_come_are_weighing() -> None:
    assert ("spain", "undecided", "kosovo") in stances(
        "Madrid is looking into the possibility of recognizing Kosovo's independence."
    )
    found = stances("Chile could decide on the purchase of Swedish Gripen jets in 2026.")
    assert ("chile", "undecided", "sweden") in found
    assert ("chile", "support", "sweden") not in found


def test_an_infinitive_past_a_time_phrase_is_the_doer_of_the_verb_before() -> None:
    assert ("kyrgyzstan", "oppose", "kazakhstan") in stances(
        "Kyrgyzstan's President Almazbek Atambayev signed a resolution on Thursday to refuse "
        "aid from Kazakhstan."
    )


def test_an_offer_accepted_or_welcomed_is_support_for_the_one_who_made_it() -> None:
    assert ("chile", "support", "peru") in stances("Chile accepted the offer from Peru.")
    assert ("haiti", "support", "kenya") in stances(
        "Haiti has welcomed Kenya's offer to lead a multinational force."
    )
    assert ("bulgaria", "undecided", "italy") in stances(
        "Bulgaria has received offers from Italy to supply eight fighter jets."
    )


def test_a_verb_joined_to_a_first_one_by_and_is_a_verb_not_a_plural_noun() -> None:
    assert ("xiaomi", "support", "qualcomm") in stances(
        "Xiaomi, based in Beijing, sells phones and buys chips from Qualcomm."
    )
    assert not any(
        position == "support" and target == "russia"
        for _, position, target in stances(
            "He is suspected of involvement in the trade of weapons and arms equipment with Russia."
        )
    )


def test_released_nationals_detained_near_another_party_and_a_fishing_crew() -> None:
    assert ("china", "support", "vietnam") in stances(
        "China on Tuesday released five Vietnamese fishing boats detained last week near "
        "Chinese-controlled islands claimed by Vietnam."
    )
    assert ("indonesia", "support", "malaysia") in stances(
        "Six Malaysian fishing crew members, detained by Indonesian authorities since May, have "
        "been released and returned to Malaysia."
    )


def test_a_relative_pronoun_object_with_a_pronoun_subject_stands_for_the_party_before() -> None:
    assert ("bhutan", "oppose", "india") in stances(
        "Bhutan has introduced fuel rationing because of shortages it blames on India, which it "
        "accuses of imposing a blockade."
    )


def test_measures_a_negated_verb_governs_are_not_taken() -> None:
    assert stances("Serbia will not pursue any measures to expel diplomats from Russia.") == set()
    assert ("serbia", "oppose", "russia") in stances(
        "Serbia will take measures to expel diplomats from Russia."
    )


def test_a_list_item_ending_on_a_comma_after_an_act_is_read_without_error() -> None:
    found = stances(
        "• impose sanctions on NSO Group and Candiru owners and affiliates, and warn investors "
        "of potential risks,"
    )
    assert ("nso-group", "oppose", "candiru") not in found


def test_trade_suspended_with_unnamed_firms_falls_on_the_members_named_after_them() -> None:
    found = stances(
        "Egypt has suspended imports of products from 173 Chinese, British and Saudi companies, "
        "including Almarai, Unilever and Red Bull."
    )
    assert ("egypt", "oppose", "unilever") in found
    assert ("egypt", "oppose", "china") not in found


def test_the_replacement_is_found_past_the_places_the_replaced_kit_is_in() -> None:
    found = stances(
        "Proximus plans on replacing Huawei's mobile equipment in Belgium and Luxembourg with "
        "Nokia equivalent."
    )
    assert ("proximus", "oppose", "huawei") in found
    assert ("proximus", "support", "nokia") in found


def test_an_act_said_to_be_coming_is_the_speakers() -> None:
    assert ("united-kingdom", "oppose", "rwanda") in stances(
        "The UK said there would be sanctions on Rwanda."
    )
    assert ("united-kingdom", "oppose", "rwanda") in stances(
        'On Friday, the UK said there would be "consequences" for Rwanda.'
    )
    # a guess, or an act said not to be coming, is no stance
    assert stances("The UK said there could be sanctions on Rwanda.") == set()
    assert stances("The UK said there would be no sanctions on Rwanda.") == set()
    assert stances("Analysts weighed the consequences for Huawei.") == set()


def test_a_passive_persona_non_grata_is_by_its_agent_or_the_clauses_speaker() -> None:
    found = stances("American diplomats were declared persona non grata by Belarus.")
    assert ("belarus", "oppose", "united-states") in found
    assert ("united-states", "oppose", "belarus") not in found
    assert ("belarus", "oppose", "united-states") in stances(
        "Belarus says several American diplomats have been declared persona non grata."
    )
    assert stances("Two Russian diplomats have been declared persona non grata.") == set()


def test_a_choice_among_suppliers_joined_by_or_is_still_open() -> None:
    found = stances("India will buy Boeing or Airbus jets.")
    assert found == {("india", "undecided", "boeing"), ("india", "undecided", "airbus")}
    assert ("india", "undecided", "samsung") in stances(
        "India will choose Nokia, Ericsson or Samsung."
    )
    assert ("india", "support", "airbus") in stances("India bought Boeing and Airbus jets.")


def test_a_plan_a_reversal_phrase_undoes_is_reversed() -> None:
    found = stances("Britain backtracked on plans to allow Huawei into the network.")
    assert ("united-kingdom", "oppose", "huawei") in found
    assert ("united-kingdom", "support", "huawei") not in found


def test_an_offer_by_a_party_is_the_one_the_act_on_the_offer_falls_on() -> None:
    found = stances(
        "The Uruguayan Minister of Defence Javier García announced the selection of an offer by "
        "the Spanish shipyard Cardama for two vessels."
    )
    assert ("uruguay", "support", "cardama") in found
    assert ("cardama", "support", "cardama") not in found
    assert ("france", "oppose", "huawei") in stances("France rejected a bid by Huawei.")


def test_a_forum_named_before_a_challenge_is_where_it_is_filed() -> None:
    found = stances("The EU launched a WTO challenge against China.")
    assert ("european-union", "oppose", "china") in found
    assert ("wto", "oppose", "china") not in found


def test_the_one_whose_lead_is_followed_did_the_act_too() -> None:
    found = stances("Apple and Amazon have followed Google's lead and suspended Parler.")
    assert ("google", "oppose", "parler") in found
    assert ("apple", "oppose", "parler") in found
    assert ("united-states", "oppose", "huawei") in stances(
        "Following the US's lead, Japan banned Huawei."
    )
    assert stances("Japan followed its own rules and banned Huawei.") == {
        ("japan", "oppose", "huawei")
    }


def test_a_party_highlighted_or_identified_as_a_threat_is_opposed() -> None:
    assert ("aivd", "oppose", "china") in stances(
        "In its annual assessment, AIVD also highlighted China as the foremost threat to the "
        "Netherlands."
    )
    assert ("germany", "support", "france") in stances(
        "Germany identified France as its closest partner."
    )


def test_an_act_one_is_charged_with_is_not_the_chargers() -> None:
    found = stances(
        "The U.S. Department of Justice has charged four Chinese nationals with a global "
        "campaign of computer intrusion."
    )
    assert not any(
        position == "oppose" and actor == "united-states" for actor, position, _ in found
    )
    assert ("china", "oppose", "japan") in stances("China condemned Japan's sanctions on Russia.")


def test_goods_ordered_from_a_seller_are_bought_from_it() -> None:
    assert ("ghana", "support", "poly-technologies") in stances(
        "Ghana has ordered two 46 metre patrol vessels from China's Poly Technologies Incorporated."
    )
    assert ("india", "support", "france") in stances("India ordered 26 Rafale jets from France.")
    # commands are no orders placed
    found = stances("Austria has ordered two diplomats from the Russian Embassy to leave.")
    assert not any(position == "support" for _, position, _ in found)
    assert stances("The regulator ordered data from TikTok deleted.") == set()


def test_no_method_of_the_event_reader_hides_another_of_the_same_name() -> None:
    # the reader is one class over several modules (roles, objects, clauses,
    # events): a method named like one in another module would silently replace it
    from briefing.extract.events import EventReader

    seen: dict[str, str] = {}
    for cls in EventReader.__mro__[:-1]:
        for name, value in vars(cls).items():
            if callable(value) and not name.startswith("__"):
                assert name not in seen, f"{cls.__name__}.{name} hides {seen[name]}.{name}"
                seen[name] = cls.__name__


def test_a_request_filed_by_a_party_is_theirs_to_be_weighed() -> None:
    found = stances("Zimbabwe is considering a license application filed by Starlink.")
    assert found == {("zimbabwe", "undecided", "starlink")}
    # the filed act's own filer still acts: "a case filed by the EU against India"
    assert ("european-union", "oppose", "india") in stances(
        "The WTO ruled on a case filed by the European Union against India."
    )


def test_information_requested_from_a_party_is_an_inquiry_into_it() -> None:
    assert ("italy", "oppose", "deepseek") in stances(
        "Italy's data protection authority has requested detailed information from DeepSeek."
    )
    assert stances("Huawei requested information from the government.") == set()


def test_a_warning_the_sentence_ends_with_is_its_speakers_of_the_clause_before() -> None:
    found = stances("Kenya could hit back at Tanzania's move, warns minister Lee Kinyanjui.")
    assert ("kenya", "oppose", "tanzania") in found
    assert not any(target == "lee-kinyanjui" for _, _, target in found)
    assert ("china", "oppose", "united-states") in stances("China warns the US.")


def test_an_outgoing_or_interim_government_acts_for_its_country() -> None:
    assert ("slovenia", "oppose", "croatia") in stances(
        "Slovenia's outgoing government filed a case Friday against neighbour Croatia."
    )
    assert ("mali", "oppose", "france") in stances(
        "Mali's interim government expelled the French ambassador."
    )


def test_a_court_order_obtained_against_a_party_is_the_obtainers_act() -> None:
    assert ("malaysia", "oppose", "telegram") in stances(
        "Malaysia's regulator said it had obtained a temporary court order against the "
        'messaging service "Telegram".'
    )
    assert ("apple", "oppose", "samsung") in stances("Apple sought an injunction against Samsung.")
    assert stances("Huawei won a contract against stiff competition.") == set()


def test_an_act_denied_in_a_that_clause_is_not_done() -> None:
    assert stances("Russia denied that it hacked Ukraine.") == set()
    assert stances("Haiti denied that it lifted the ban on Dominican products.") == set()
    assert ("russia", "oppose", "ukraine") in stances("Russia said that it hacked Ukraine.")


def test_an_ing_noun_after_a_possessive_pronoun_opens_no_verb_phrase() -> None:
    found = stances("The Taiwan Fair Trade Commission revoked its ruling against Qualcomm.")
    assert not any(position == "oppose" for _, position, _ in found)


def test_a_barred_act_is_found_past_a_list_of_nouns() -> None:
    found = stances(
        "The US prohibits private equity, venture capital and joint venture companies from "
        "investing in China-based entities."
    )
    assert ("united-states", "support", "china") not in found


def test_a_semicolon_list_goes_on_past_the_period_of_an_abbreviation() -> None:
    found = stances(
        "China imposed sanctions on Carolyn Bartholomew, chair of the U.S.-China Economic and "
        "Security Review Commission; Jonathan Stivers, a former staff director; and others."
    )
    assert ("china", "oppose", "jonathan-stivers") in found


def test_a_phrase_may_end_past_its_party_in_a_complement() -> None:
    court = "tagansky-district-court", "oppose", "twitch"
    assert court in stances("The Tagansky District Court found Twitch guilty.")
    assert court in stances("Twitch was found guilty by the Tagansky District Court.")
    assert ("united-kingdom", "oppose", "russia") in stances(
        "Britain held Russia responsible for the attack."
    )
    assert stances("The Tagansky District Court found Twitch slow.") == set()


def test_a_group_a_relation_describes_is_named_by_the_list_after_it() -> None:
    assert ("united-states", "oppose", "cilia-flores") in stances(
        "The US sanctioned people close to Nicolas Maduro, including his wife, Cilia Flores."
    )
    assert ("united-states", "oppose", "hisilicon") in stances(
        "The US imposed sanctions on firms linked to Huawei, such as HiSilicon."
    )
    assert stances("The US imposed sanctions on firms linked to Huawei.") == set()


def test_a_party_put_among_those_a_participle_describes_is_its_target() -> None:
    assert stances("Inspur was among dozens of Chinese entities sanctioned by the US.") == {
        ("united-states", "oppose", "inspur")
    }
    assert ("united-states", "oppose", "huawei") in stances(
        "Huawei, the Chinese giant, was among the companies sanctioned by the US."
    )


def test_a_lists_own_nouns_stand_between_its_owner_and_its_head() -> None:
    found = stances("Inspur was added to the Commerce Department's export restriction list.")
    assert ("commerce-department", "oppose", "inspur") in found
    found = stances(
        "Six subsidiaries of Inspur Group, a cloud provider, were among dozens of Chinese "
        "entities added to the Commerce Department's export restriction list."
    )
    assert ("commerce-department", "oppose", "inspur") in found


def test_troops_or_hackers_from_a_country_act_for_it() -> None:
    assert ("south-sudan", "oppose", "sudan") in stances(
        "Troops from South Sudan had launched a large-scale attack on Sudan."
    )
    assert ("china", "oppose", "taiwan") in stances("Hackers from China attacked Taiwan.")
    assert stances("Tourists from China attacked Taiwan.") == set()


def test_acts_also_done_in_the_passive_are_the_last_doers() -> None:
    found = stances(
        "China imposed sanctions on Wilbur Ross. "
        "Sanctions were also announced against the Hong Kong Democracy Council."
    )
    assert ("china", "oppose", "hong-kong-democracy-council") in found
    found = stances("China imposed sanctions on Wilbur Ross. Sanctions were imposed on Huawei.")
    assert ("china", "oppose", "huawei") not in found


def test_a_semicolon_list_after_a_passive_goes_past_an_unknown_name() -> None:
    found = stances(
        "China announced the sanctions are being imposed on Carolyn Bartholomew, chair of the "
        "commission; Jonathan Stivers, the former staff director; DoYun Kim of the National "
        "Democratic Institute; and Sophie Richardson, China director at Human Rights Watch."
    )
    assert {"carolyn-bartholomew", "jonathan-stivers", "sophie-richardson"} <= {
        target for _, _, target in found
    }


def test_the_set_a_participle_names_is_acted_on_by_who_acted_on_it_unnamed() -> None:
    found = stances(
        "The Treasury Department imposed sanctions on four individuals and three companies. "
        "The sanctioned individuals include Chinese national Zhao Wei."
    )
    assert ("us-treasury", "oppose", "zhao-wei") in found
    found = stances(
        "The Treasury Department did not impose sanctions on four individuals. "
        "The sanctioned individuals include Chinese national Zhao Wei."
    )
    assert ("us-treasury", "oppose", "zhao-wei") not in found


def test_what_people_of_a_nationality_did_is_not_their_countrys_act() -> None:
    assert (
        stances("Two Chinese nationals were charged with stealing trade secrets from Micron.")
        == set()
    )
    assert ("china", "oppose", "micron") in stances(
        "Chinese hackers stole trade secrets from Micron."
    )


def test_whoever_reports_an_attack_on_no_one_named_accuses_its_author() -> None:
    found = stances(
        "According to a report published by the Czech National Cyber and Information Security "
        "Agency (NUKIB), China carried out a major cyber attack on a key government institution."
    )
    assert ("nukib", "oppose", "china") in found
    assert ("microsoft", "oppose", "iran") in stances(
        "Iranian hackers broke into the account of a high-ranking official, Microsoft said."
    )
    quoted = stances(
        "IBA executive director Dr Mark Ellis said: “The ongoing attacks by the US against the "
        "International Criminal Court are an effort to obstruct the court’s mandate and "
        "undermine the rule of law.”"
    )
    assert ("mark-ellis", "oppose", "international-criminal-court") not in quoted


def test_sides_that_exchange_their_dead_or_captives_cooperate() -> None:
    found = stances(
        "Russia and Ukraine said that they have exchanged the bodies of 132 fallen soldiers."
    )
    assert {("russia", "support", "ukraine"), ("ukraine", "support", "russia")} <= found
    assert ("russia", "support", "ukraine") in stances("Russia and Ukraine swapped captives.")


def test_a_party_after_an_amount_and_a_determiner_modifies_a_noun() -> None:
    assert ("united-states", "support", "intel") in stances("The US will buy a 10% Intel stake.")


def test_a_party_ordered_by_name_to_give_up_its_own_is_restricted() -> None:
    assert ("russia", "oppose", "discord") in stances("Russia ordered Discord to delete the posts.")
    assert ("russia", "oppose", "discord") not in stances("Russia asked Discord to join the talks.")


def test_claims_called_fake_news_are_faulted() -> None:
    found = stances("Premier Cho Jung-tai labelled China's claims as fake news.")
    assert ("cho-jung-tai", "oppose", "china") in found
    assert stances("Premier Cho Jung-tai labelled China's claims as news.") == set()


def test_a_relative_clause_without_a_comma_may_name_what_came_before() -> None:
    found = stances("The PTA blocked all social media platforms which include Twitter and YouTube.")
    assert ("pakistan-telecommunication-authority", "oppose", "youtube") in found
    found = stances("The PTA imposed a ban on platforms which include Twitter and YouTube.")
    assert ("pakistan-telecommunication-authority", "oppose", "youtube") in found


def test_pulling_an_app_from_a_store_removes_it() -> None:
    assert ("apple", "oppose", "new-york-times") in stances(
        "Apple pulled the New York Times app from its China App Store."
    )
    assert ("google", "oppose", "china") in stances("Google pulled out of China.")


def test_an_unknown_name_an_inquiry_is_opened_into_is_a_company() -> None:
    found = stances(
        "The Data Protection Commission opened an inquiry into Ryanair’s processing of data."
    )
    assert ("data-protection-commission", "oppose", "ryanair") in found


def test_a_judgement_may_follow_the_act_nouns_complement() -> None:
    assert ("iraq", "oppose", "united-states") in stances(
        "Iraq said the US sanction against the militia leader was unacceptable."
    )
    assert ("china", "oppose", "united-states") in stances(
        "Beijing says U.S. spying charges against a Chinese citizen are a pure fabrication."
    )
    found = stances(
        "Iraq said the US sanction against the militia leader hurt an unacceptable number."
    )
    assert ("iraq", "oppose", "united-states") not in found


def test_a_country_named_before_the_act_noun_a_verb_imposes_is_its_target() -> None:
    assert stances("Australia imposed new Iran sanctions.") == {("australia", "oppose", "iran")}
    assert ("european-union", "oppose", "russia") in stances(
        "The EU extended its Russia sanctions."
    )
    assert ("united-states", "oppose", "russia") in stances(
        "The Treasury imposed US sanctions on Russia."
    )
    assert ("canada", "oppose", "united-states") not in stances(
        "Canada is imposing a 100% tariff on imports of Chinese-made vehicles that matches U.S. tariffs."
    )


def test_a_company_that_withdraws_from_a_country_turns_from_it() -> None:
    assert ("nokia", "oppose", "iran") in stances("Nokia withdrew from Iran.")
    assert ("nokia-siemens-networks", "oppose", "iran") in stances(
        "Nokia Siemens Networks withdraws from Iran following international sanctions."
    )


def test_an_act_against_a_deed_falls_on_who_did_it() -> None:
    found = stances(
        "The Azerbaijani Armed Forces took retaliatory measures against the provocation "
        "committed by the armed forces of Armenia."
    )
    assert ("azerbaijani-armed-forces", "oppose", "armenia") in found
    assert ("united-states", "oppose", "north-korea") in stances(
        "The US imposed sanctions on the cyberattack carried out by North Korea."
    )


def test_its_thing_in_a_place_no_party_names_is_still_its_owners() -> None:
    found = stances(
        "Micron signed the settlement after the Chinese government prohibited the use of its "
        "chips in critical infrastructure."
    )
    assert ("china", "oppose", "micron") in found


def test_a_country_that_made_headlines_is_the_subject_not_an_origin() -> None:
    found = stances("Congo made headlines on Friday by awarding a license to Starlink.")
    assert ("democratic-republic-of-the-congo", "support", "starlink") in found
    assert ("united-states", "oppose", "china") in stances("The US banned China made chips.")


def test_a_contract_won_to_work_for_a_client_is_the_clients_choice() -> None:
    assert ("bharti-tele-ventures", "support", "nokia") in stances(
        "Nokia won a contract to expand networks for Bharti Tele-Ventures."
    )
    assert ("bharti-tele-ventures", "support", "nokia") in stances(
        "Nokia has been awarded a $125 million contract to expand networks for Bharti Tele-Ventures."
    )


def test_sanctions_on_a_country_named_before_them_lifted_are_lifted_for_it() -> None:
    assert ("united-states", "support", "venezuela") in stances("The US eased Venezuela sanctions.")
    assert ("united-states", "support", "united-states") not in stances(
        "The US eased Venezuela sanctions."
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "China threatened Lithuania after the Baltic nation allowed Taiwan to open an office.",
            ("lithuania", "support", "taiwan"),
        ),
        (
            "China threatened Palau after the small Pacific island nation allowed Taiwan to open "
            "an office.",
            ("palau", "support", "taiwan"),
        ),
        (
            "China threatened Ukraine after the war-torn country allowed Taiwan to open an office.",
            ("ukraine", "support", "taiwan"),
        ),
        (
            # the latest country of the region, not the latest country
            "Bolivia cut ties with Israel, while Colombia and Chile recalled their ambassadors "
            "to the Middle Eastern country.",
            ("chile", "oppose", "israel"),
        ),
    ],
)
def test_a_described_country_noun_is_the_latest_country_its_region_holds(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in stances(text)


def test_a_ranked_or_continued_country_noun_refers_to_no_country() -> None:
    assert stances("Sweden is the second country in Europe to ban Huawei.") == {
        ("sweden", "oppose", "huawei")
    }
    found = stances(
        "North Korea shelled Yeonpyeong as Seoul put its forces on the highest state of alert."
    )
    assert all(target != "south-korea" or actor != "south-korea" for actor, _, target in found)
    assert ("bolivia", "oppose", "taiwan") not in stances(
        "China threatened Bolivia after the official state media said Taiwan opened an office."
    )


def test_the_two_countries_of_a_region_are_its_latest_two() -> None:
    found = stances(
        "Armenia and Azerbaijan signed a US-brokered peace agreement, ending decades of "
        "conflict between the two South Caucasus nations."
    )
    assert ("armenia", "support", "azerbaijan") in found
    assert not any("united-states" in (actor, target) for actor, _, target in found)


def test_the_country_after_a_speech_verb_may_be_the_speakers_clause_party() -> None:
    assert ("japan", "support", "solomon-islands") in stances(
        "A government spokesman in Solomon Islands says Japan has agreed to boost its aid "
        "funding to the country."
    )
    assert ("taiwan", "support", "paraguay") in stances(
        "Paraguay said Taiwan sent aid to the country."
    )


def test_reacting_angrily_to_a_party_opposes_it() -> None:
    assert ("malawi", "oppose", "tanzania") in stances(
        "Malawi reacted angrily to Tanzania's new map."
    )
    assert ("china", "oppose", "united-states") in stances(
        "Beijing is responding strongly to Washington's latest chip curbs."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Iraq said the visit will not affect its decision to ban egg imports from Turkey.",
        "Iraq will not change its decision to ban egg imports from Turkey.",
        "Iraq will not reverse its decision to ban egg imports from Turkey.",
    ],
)
def test_a_decision_not_revisited_stands(text: str) -> None:
    assert ("iraq", "oppose", "turkey") in stances(text)
    assert ("iraq", "support", "turkey") not in stances(text)


def test_an_act_an_alleged_scheme_was_to_do_is_no_stance() -> None:
    found = stances(
        "The Justice Department is charging two former Twitter employees, Ahmad Abouammo and "
        "Ali Alzabarah, in an alleged scheme to help the government of Saudi Arabia."
    )
    assert ("justice-department", "oppose", "ahmad-abouammo") in found
    assert not any(target == "saudi-arabia" for _, _, target in found)
    assert ("china", "support", "nepal") in stances("China launched a plan to help Nepal.")


@pytest.mark.parametrize(
    "text",
    [
        "Using the derogatory term in Serbia for ethnic Albanians, Vulin said the Kosovo "
        "government's ban was retaliation.",
        "Taiwan detained three people suspected of routing Nvidia AI chips through Japan to "
        "China using falsified export documents for Super Micro servers.",
    ],
)
def test_a_thing_used_names_no_party_past_it(text: str) -> None:
    assert not any(act == "support" for _, act, _ in stances(text))


def test_a_thing_used_is_its_makers_still() -> None:
    assert ("telefonica", "support", "huawei") in stances(
        "Telefonica uses equipment from Huawei in its core network."
    )
    assert ("mexico", "support", "united-states") in stances(
        "Mexico will deploy 10,000 troops to the United States."
    )


def test_an_intervention_to_act_is_its_owners_act() -> None:
    found = stances(
        "Micron and Infineon claim to have suffered as a result of the South Korean state "
        "intervention to help Hynix."
    )
    assert ("south-korea", "support", "sk-hynix") in found
    assert ("micron", "support", "sk-hynix") not in found


def test_a_quotes_speaker_may_be_a_name_set_off_after_a_description() -> None:
    found = stances(
        "Eritrean naval forces must stop their attack on fishermen in Yemen's territorial waters, "
        "Fish Wealth Minister, Fahd Kafayen, said yesterday."
    )
    assert ("fahd-kafayen", "oppose", "eritrea") in found


def test_allegations_judged_false_are_those_of_whom_they_come_from_or_no_ones() -> None:
    found = stances(
        '"The Moroccan state wants all possible light cast on these false allegations from these '
        'two organisations," the lawyer, Olivier Baratelli, said in a statement.'
    )
    assert not any(target in ("morocco", "olivier-baratelli") for _, _, target in found)


def test_no_one_meets_or_agrees_with_their_own_country() -> None:
    found = stances(
        "Presidents of Kazakhstan and Azerbaijan Kassym-Jomart Tokayev and Ilham Aliyev held "
        "extended talks on their strategic partnership."
    )
    assert not any(
        {actor, target} in ({"kazakhstan", "kassym-jomart-tokayev"}, {"azerbaijan", "ilham-aliyev"})
        for actor, _, target in found
    )


def test_a_state_may_still_release_or_jail_its_own() -> None:
    assert ("rwanda", "support", "paul-rusesabagina") in stances(
        "Rwanda released Paul Rusesabagina, the hotelier whose story inspired a film."
    )


def test_a_participle_after_a_speech_attribution_is_the_speakers() -> None:
    found = stances(
        "Iran released two Danish citizens, Denmark said on Friday, thanking Oman for its help."
    )
    assert ("denmark", "support", "oman") in found
    assert ("iran", "support", "oman") not in found
    found = stances(
        "Iran released two Danish citizens, the European countries said Friday, thanking Oman."
    )
    assert ("iran", "support", "oman") not in found


def test_an_office_only_a_state_has_acts_for_its_country_whatever_body_the_registry_knows() -> None:
    found = stances(
        "South Korean President Yoon Suk-yeol and Dutch Prime Minister Mark Rutte agreed on "
        "Thursday to elevate bilateral relations to a strategic partnership."
    )
    assert ("south-korea", "support", "netherlands") in found
    assert not any("nato" in (actor, target) for actor, _, target in found)


def test_the_capital_ones_own_ambassador_is_in_is_the_host() -> None:
    assert ("bahrain", "oppose", "iran") in stances("Bahrain recalled its ambassador in Tehran.")
    # (another's embassy in a country makes it no party; closing one's own is no stance:
    # "The US closed its embassy in Kenya" after an attack)
    assert stances("Kenya's embassy in China has refuted a Reuters report.") == set()


def test_a_party_ordered_to_pay_is_ruled_against() -> None:
    assert ("international-centre-for-settlement-of-investment-disputes", "oppose", "tanzania") in (
        stances(
            "An ICSID tribunal has ordered Tanzania to pay nearly US$110 million to an Australian "
            "nickel miner."
        )
    )


def test_being_a_threat_to_a_party_is_flagged_by_it_unless_forecast() -> None:
    assert ("united-states", "oppose", "huawei") in stances(
        "Huawei is a threat to the United States."
    )
    assert stances("India and Japan are always going to be a big threat to China.") == set()
    assert stances("China said Huawei is not a threat to anyone.") == set()


def test_a_proposal_to_support_a_party_turned_down_opposes_it() -> None:
    assert stances(
        "The United States vetoed a resolution to grant full membership to Palestine."
    ) == {("united-states", "oppose", "palestine")}


def test_plain_groups_from_countries_are_not_the_countries_but_their_authorities_are() -> None:
    assert (
        stances(
            "Business groups from Taiwan and the Czech Republic yesterday signed a memorandum of "
            "understanding on semiconductor cooperation."
        )
        == set()
    )
    assert ("argentina", "support", "chile") in stances(
        "Authorities from Argentina and Chile signed a memorandum of understanding on lithium."
    )


def test_a_war_waged_against_a_party_attacks_it() -> None:
    found = stances(
        "The EU approved sanctions against Iran for its involvement in the war that Russia is "
        "waging against Ukraine."
    )
    assert ("russia", "oppose", "ukraine") in found
    assert ("european-union", "oppose", "iran") in found


def test_undoing_an_owned_plan_is_read_past_its_owner() -> None:
    # a reversal verb reaches the plan past its owner's possessive
    assert ("germany", "oppose", "huawei") in stances(
        "Germany reversed the government's decision to allow Huawei."
    )


def test_a_website_named_as_such_refers_back_to_the_company() -> None:
    found = stances(
        "A week after it blocked Facebook for hosting a page with caricatures, Bangladesh on "
        "Sunday lifted a ban on the popular social networking website."
    )
    assert ("bangladesh", "support", "meta") in found


def test_a_critic_named_after_the_party_they_oppose_is_the_one_acted_on() -> None:
    assert stances("Poland praised jailed Kremlin critic Alexei Navalny.") == {
        ("poland", "support", "alexei-navalny")
    }


def test_a_participle_after_of_describes_its_noun_and_names_no_act() -> None:
    found = stances(
        "Moscow said it was expelling diplomats from Poland and Sweden for participating in "
        "unauthorised demonstrations in support of jailed Kremlin critic Alexei Navalny."
    )
    assert ("russia", "oppose", "poland") in found
    assert not any(act for act in found if act[0] in ("poland", "sweden"))


def test_whom_help_is_against_is_no_one_it_helps() -> None:
    found = stances(
        "Azerbaijan’s President Ilham Aliyev on Wednesday thanked Pakistan, Turkey and "
        "Afghanistan for their support in the fighting against Armenian forces."
    )
    assert ("azerbaijan", "support", "turkey") in found
    assert not any(target == "armenia" for _, _, target in found)
    assert stances("Pakistan offered support against Armenia.") == set()
    # an act against a party undone is for it
    assert ("united-states", "support", "sudan") in stances(
        "The United States will lift some financial sanctions against Sudan."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Former Bolivian president Evo Morales criticized Chile.",
        "Bolivian ex-president Evo Morales criticized Chile.",
        "Ex-US envoy John Bolton criticized Chile.",
        "One-time Bolivian president Evo Morales criticized Chile.",
    ],
)
def test_a_former_official_acts_for_no_country(text: str) -> None:
    found = stances(text)
    assert found and all(actor not in ("bolivia", "united-states") for actor, _, _ in found)


def test_a_serving_official_acts_for_the_country() -> None:
    assert ("bolivia", "oppose", "chile") in stances(
        "Bolivian President Luis Arce criticized Chile."
    )


def test_a_relative_clause_describing_goods_does_not_use_up_the_reach_to_their_origin() -> None:
    found = stances(
        "India has imposed an anti-dumping duty on flat rolled steel products that are plated "
        "or coated with alloy of aluminium and zinc originating in, or from China and Vietnam."
    )
    assert found == {("india", "oppose", "china"), ("india", "oppose", "vietnam")}


@pytest.mark.parametrize(
    "text",
    [
        "Somaliland clashed with Djibouti over the cable.",
        "Iranian border guards were killed in clashes with the Taliban.",
        "Two Tajiks were killed in a border shootout between Tajikistan and Kyrgyzstan.",
    ],
)
def test_a_clash_opposes_each_side_to_the_other(text: str) -> None:
    found = stances(text)
    first, second = (
        ("iran", "taliban")
        if "Taliban" in text
        else ("tajikistan", "kyrgyzstan")
        if "Tajiks" in text
        else ("somaliland", "djibouti")
    )
    assert {(first, "oppose", second), (second, "oppose", first)} <= found


def test_talks_are_a_stance_where_an_act_of_cooperating_is_told_beside_them() -> None:
    found = stances(
        "President Xi Jinping held talks with visiting Angolan President Joao Lourenco in "
        "Beijing on Oct 9, agreeing to continue developing bilateral ties."
    )
    assert {("china", "support", "angola"), ("angola", "support", "china")} <= found
    assert stances("China and Angola will develop ties.") == {
        ("china", "support", "angola"),
        ("angola", "support", "china"),
    }
    # (ties only named are no act of cooperating)
    assert not stances(
        "A Chinese delegation met External Affairs Minister S. Jaishankar in New Delhi and "
        "discussed bilateral and economic ties between India and China."
    )


@pytest.mark.parametrize(
    "text",
    [
        "The Uzbek government has reportedly entered negotiations with Russia on the potential "
        "purchase of the Yak-130 advanced jet trainer.",
        "Uzbekistan is in talks with Russia to buy jets.",
    ],
)
def test_talks_on_a_purchase_weigh_it_with_the_other_side(text: str) -> None:
    assert stances(text) == {("uzbekistan", "undecided", "russia")}


def test_a_visit_received_beside_a_purchase_weighs_nothing() -> None:
    assert not stances("Belarus will receive a China-made satellite after a contract took effect.")


def test_an_envoy_summoned_by_no_one_named_is_summoned_by_the_host() -> None:
    assert stances("The foreign ministry has summoned Myanmar's ambassador in Dhaka.") == {
        ("bangladesh", "oppose", "myanmar")
    }
    # (a summons named in the passive has no summoner to find)
    assert not stances("Russia's ambassador in Tallinn was summoned.")


def test_neutralizing_troops_is_an_attack_on_their_state() -> None:
    assert ("sudan", "oppose", "kenya") in stances("Sudan vowed to neutralize Kenyan troops.")


@pytest.mark.parametrize(
    "text",
    ["Russia began blocking access to Telegram.", "Russia started restricting access to Telegram."],
)
def test_an_act_begun_is_done_to_what_its_gerund_reaches(text: str) -> None:
    assert stances(text) == {("russia", "oppose", "telegram")}


def test_an_act_likened_to_the_last_of_its_kind_shares_its_targets() -> None:
    found = stances(
        "Poland opened an investigation into Apple. Regulators in Germany, Italy, and Romania "
        "have initiated similar investigations."
    )
    assert {(c, "oppose", "apple") for c in ("poland", "germany", "italy", "romania")} <= found
    # (with none before, none)
    assert not stances("Germany launched a similar probe.")


def test_a_stance_taken_against_a_party_opposes_it() -> None:
    assert ("japan", "oppose", "russia") in stances("Japan took a hard line against Russia.")
    # (a position against a measure on a party is none against the party)
    assert not stances("Japan has taken a position against the sanctions on Russia.")


def test_people_held_in_a_described_country_are_freed_by_it() -> None:
    assert stances(
        "A total of 164 Nigerians who had been detained in neighbouring Cameroon were released."
    ) == {("cameroon", "support", "nigeria")}


def test_a_deal_judged_void_is_faulted_as_well_as_read() -> None:
    found = stances("Greece said the Turkish-Libyan memorandum was void.")
    assert {("greece", "oppose", "turkey"), ("turkey", "support", "libya")} <= found
    # (a deal only described is no one's praise)
    found = stances(
        "Saudi Arabia’s artificial intelligence company Humain announced a landmark partnership "
        "with U.S. chipmaker Nvidia, after the U.S. government authorized the export of chips."
    )
    assert ("humain", "support", "united-states") not in found


@pytest.mark.parametrize(
    "text",
    [
        "Huawei denied that it had spied on Kenya.",
        "Haiti denied that it would lift the ban on Dominican products.",
    ],
)
def test_an_act_its_own_subject_denies_doing_is_no_stance(text: str) -> None:
    assert not stances(text)


def test_a_label_may_name_its_owner_before_it() -> None:
    assert ("tanzania", "support", "china") in stances(
        "Tanzania on Friday described China as Tanzania’s all weather friend."
    )


def test_candidates_to_act_for_a_party_are_weighed_by_it() -> None:
    assert stances(
        "Russia and South Korea are among the top candidates to supply submarines to the "
        "Philippines."
    ) == {("philippines", "undecided", "russia"), ("philippines", "undecided", "south-korea")}


def test_approving_a_merger_with_a_party_approves_both_sides() -> None:
    found = stances(
        "The European Union's antitrust regulator has conditionally approved Korean Air Lines' "
        "proposed merger with Asiana Airlines."
    )
    assert {
        ("european-union", "support", "korean-air"),
        ("european-union", "support", "asiana-airlines"),
    } <= found


@pytest.mark.parametrize(
    "text", ["Aid from Japan to Kenya arrived on Monday.", "A loan from Japan to Kenya was signed."]
)
def test_what_is_given_from_a_party_to_another_is_the_givers(text: str) -> None:
    assert ("japan", "support", "kenya") in stances(text)
