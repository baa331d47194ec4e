"""What the event reader finds before it becomes stances."""

from __future__ import annotations

from dataclasses import dataclass

from .acts import ActClass


@dataclass
class Event:
    """An act read in one sentence."""

    actors: list[str]
    targets: list[str]
    act: ActClass
    trigger: str  # the words of the sentence that show the act
    sentence: int  # the view number: 0 is the headline
    negated: bool = False
    # both ends named by the act's own words ("the Kremlin-backed Wagner Group"):
    # the act stands though the target is a body of the actor's country
    own_body: bool = False
    # the act the news answers ("in response to sanctions imposed by Ottawa"):
    # no later "the measures" stands for it
    answered: bool = False


@dataclass(frozen=True)
class Trigger:
    """Where an act's words are in a sentence."""

    start: int
    end: int  # exclusive
    act: ActClass
    kind: str  # verb | noun | reversal
    head: int  # the token whose lemma matched
    undone: ActClass | None = None  # a reversal's act: "stopped using" undoes use
