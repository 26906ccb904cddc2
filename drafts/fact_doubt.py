"""When a company candidate is a member named beside the larger body of its family: the confidence
model's COMPANY_DOUBT_FEATURES (drafts/fact_model.py), and the cap drafts/fact_model.at_most puts
on such a candidate (MEMBER_AT_MOST).

Round 17's wrong companies came with 0.98-0.996 from the model of the rounds before it: a school
named beside its district, a hotel beside its hotel group, a centre's secretariat beside the
centre. Which of the two the writer counts as the employer changes from mail to mail (in the
training the member is right about two times in three), so the model cannot learn which; what it
can be told is that the mail offers both, and then the draft names neither.

Tried too and left out, measured forward (bench/facts_confidence.py, each round by the model of
the rounds before it): as model features, a declined form beside another reading of the name
("Deutschen ..." beside "Deutsches ..."), how often the name is written as stated, the share of
its words a title's, a label's colon inside, and for the role a contract's or schedule's word
inside and a mention that goes on into its field: with them rounds 5-16 had 33 drafts wrong
instead of 27 at the same facts named, round 17 the same nine; as caps (like this one) the
declined form and the colon changed no draft of rounds 5-17, and the role's contract word one more
wrong draft on rounds 5-16 for one fewer on round 17.

Only the candidates' names, the language tables and the public helpers of drafts/lexicon.py and
drafts/fact_title_shape.py are read: no rule's internals.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from onward.drafts import tables
from onward.drafts.company import Choice
from onward.drafts.fact_title_shape import title_word
from onward.drafts.lexicon import DEPARTMENT_WORDS, GROUP_WORDS, fold

COMPANY_DOUBT_FEATURES = ("a member beside a larger name of its family",)

_WORD = re.compile(r"\w+")


@functools.cache
def _small_words() -> frozenset[str]:
    """Any language's function words: neither a name's own nor a title's."""
    return frozenset(fold(w) for w in tables.all_words("stopwords"))


def _words(name: str) -> list[str]:
    """The name's folded words of two letters or more, function words apart."""
    return [w for w in _WORD.findall(fold(name)) if len(w) >= 2 and w not in _small_words()]


@functools.cache
def _unit_words() -> frozenset[str]:
    """Words that name a part of an organisation, not the whole: any language's department words
    and the words that name a body no person is ("secretariat", "Sekretariat", "bureau")."""
    return DEPARTMENT_WORDS | frozenset(fold(w) for w in tables.all_words("not_person_words"))


def _group_word(word: str) -> bool:
    return word.endswith(tuple(GROUP_WORDS))


def company_doubt(choice: Choice, others: Sequence[Choice]) -> list[float]:
    """COMPANY_DOUBT_FEATURES of the company candidate `choice` among the `others` the rules found.
    The member the application's own phrase names ("your application to Kestrel Aviation", written
    on behalf of its group) is the one applied to: no doubt then."""
    return [float("anchored" not in choice.sources and member_beside_family(choice.name, [o.name for o in others]))]


def member_beside_family(name: str, others: Sequence[str]) -> bool:
    """Another name shares a distinctive word with the candidate and is the larger body: it has a
    group's word and the candidate none ("Nordvik Hotels" beside "Nordvik Hotel Bergen"), or the
    candidate has a unit's word the other lacks ("Secrétariat MSP du Lac" beside "MSP du Lac"), or
    the other writes every distinctive word of the candidate but one and more of its own
    ("Lakeshore Independent School District" beside "Lakeshore Middle School")."""
    mine = _words(name)
    if not mine:
        return False
    own = {w for w in mine if not title_word(w) and w not in _unit_words() and not _group_word(w)}
    for other in others:
        theirs = _words(other)
        if not theirs or theirs == mine or not own & set(theirs):
            continue
        if any(_group_word(w) for w in theirs) and not any(_group_word(w) for w in mine):
            return True
        if any(w in _unit_words() and w not in theirs for w in mine):
            return True
        if len(_unlike(theirs, mine)) >= 2 and len(_unlike(mine, theirs)) <= 1 and len(theirs) > len(mine):
            return True
    return False


def _unlike(words: Sequence[str], others: Sequence[str]) -> set[str]:
    """The words with no word of `others` alike but for an ending ("hotel" is like "hotels")."""
    return {w for w in words if not any(_same_stem(w, o) for o in others)}


def _same_stem(a: str, b: str) -> bool:
    """Two folded words alike but for an ending of up to three letters ("deutschen", "deutsches";
    "genossenschaftsbank"): a declined form."""
    if a == b or (min(len(a), len(b)) >= 4 and abs(len(a) - len(b)) <= 2 and (a.startswith(b) or b.startswith(a))):
        return True
    stem = min(len(a), len(b)) - 3
    return stem >= 3 and a[:stem] == b[:stem] and abs(len(a) - len(b)) <= 3 and (a[:-1] == b[:-1] or _prefix(a, b) >= stem)


def _prefix(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n
