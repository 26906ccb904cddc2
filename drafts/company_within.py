"""A unit or service of an organisation named with it: "Freiwilligendienste im BDKJ Südbaden" signs
for the BDKJ Südbaden (bdkj-suedbaden), the organisation whose service it is; a reply names the
organisation, as the writers label it.

Only where the sender's domain spells the organisation after the language tables' `within_words`
("im", "in") as a whole and none of the words before it: "Hotel im Wasserturm" from
hotel-im-wasserturm is one name, and a kind of organisation before the word ("Hotel", "Klinik")
makes one name too.
"""

from __future__ import annotations

from onward.drafts import tables
from onward.drafts.company_keys import acronym, keys, matches_label
from onward.drafts.lexicon import ORG_OR_GROUP_WORDS, fold

_WITHIN = frozenset(fold(w) for w in tables.all_phrases("within_words")) - {"of", "de", "del", "du", "des"}
_ARTICLES = frozenset({"der", "dem", "the", "la", "el", "le"})


def the_organisation_within(name: str, labels: tuple[str, ...] | list[str]) -> str:
    """The organisation `name` places its unit in, when the sender's domain is that organisation's;
    else `name` as it stands."""
    words = name.split()
    for i, word in enumerate(words[1:-1], start=1):
        if fold(word) not in _WITHIN or not word.islower():
            continue
        rest = words[i + 1:]
        if rest and fold(rest[0]) in _ARTICLES and len(rest) > 1:
            rest = rest[1:]
        head, organisation = " ".join(words[:i]), " ".join(rest)
        if (organisation[:1].isupper() and _spelled_whole(organisation, labels)
                and not any(matches_label(head, label) for label in labels)
                and not {fold(w) for w in words[:i]} & ORG_OR_GROUP_WORDS):
            return organisation
        return name
    return name


def _spelled_whole(name: str, labels: tuple[str, ...] | list[str]) -> bool:
    """A domain label is the name, all of it ("bdkjsuedbaden" for "BDKJ Südbaden")."""
    spelled = set(keys(name)) | {acronym(name)}  # keys are letters and digits already
    return any(label.replace("-", "") in spelled for label in labels)
