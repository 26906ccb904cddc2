"""How a company's name compares: its comparison keys, the name a domain registers, and whether
a name and a domain (or two forms of one name) are the same employer. Used by company.py's
weighing and by the other readers that must tell the employer's name apart (people, roles).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from onward.drafts import tables
from onward.drafts.addresses import VENDOR_NAMES, is_ats_domain, is_freemail
from onward.drafts.lexicon import DEPARTMENT_WORDS, FREEMAIL_DOMAINS, fold

# Each language's legal forms (drafts/languages/*.toml), longest first; any of them may follow a
# name whatever the mail's language ("Alpenwerk GmbH" in an English mail).
LEGAL_FORMS_AT_END = re.compile(
    r"(?:,?\s+(?:" + "|".join(sorted(tables.all_phrases("legal_forms"), key=len, reverse=True)) + r"))+\s*$",
    re.IGNORECASE,
)
# A line's legal forms wherever they stand, each read as one unit with the comma or blank before it
# (", S.A. de C.V.", " S. de R.L."): a line's separators inside one are none (company.signature_segments).
LEGAL_FORMS_IN_A_LINE = re.compile(
    r"(?:,?\s+(?:" + "|".join(sorted(tables.all_phrases("legal_forms"), key=len, reverse=True)) + r"))+(?=[\s,;)|]|$)",
    re.IGNORECASE,
)
# Nothing but legal forms: "S.A", "S.A. de C.V", "GmbH & Co. KG" cut off from the name they follow.
_FORMS = "(?:" + "|".join(sorted(tables.all_phrases("legal_forms"), key=len, reverse=True)) + ")"
ONLY_LEGAL_FORMS = re.compile(rf"^\s*{_FORMS}(?:,?\s*(?:&\s*)?{_FORMS})*\s*$", re.IGNORECASE)


def written_with_a_legal_form(name: str, text: str) -> bool:
    """The mail writes the name with a legal form after it ("Retail Andino S.A.C.", "Fiduciaire Reymond
    Sàrl"): a firm's name, not a person's, though the name a reply states leaves the form out."""
    at = text.find(name) if name else -1
    return at >= 0 and LEGAL_FORMS_IN_A_LINE.match(text, at + len(name)) is not None


_LEGAL_FORM_NEXT = re.compile(
    r",?[ \t]+(?:" + "|".join(sorted(tables.all_phrases("legal_forms"), key=len, reverse=True)) + r")(?!\w)",
    re.IGNORECASE,
)

# Lower-case words that may sit inside a company's name ("Banque de France", "Wasser für Alle").
NAME_CONNECTORS = {"of", "and", "the", "for", "de", "du", "des", "la", "le", "les", "et", "d", "l", "y", "del",
                   "los", "las", "el", "e", "fur", "und", "am", "im", "an", "der", "die", "das", "zum", "zur",
                   "von", "van", "den", "di", "da", "do", "dos", "en", "sur", "sous", "a", "&"}
_SECOND_LEVEL = {"co", "com", "org", "net", "ac", "gov", "gob", "edu", "ltd"}
# Endings under which a public body registers its own label: "kingsmere.nhs.uk", "ssss.gouv.qc.ca",
# "staldhelms.sch.uk", "lochside.scot", "bmi.bund.de", "oenn.europa.eu", "spf-x.belgium.be". The label
# is the part before them, not "nhs" or "gouv" (which then never agreed with "Kingsmere NHS Trust").
_PUBLIC_ENDINGS = {"gouv", "govt", "gv", "gub", "nhs", "police", "sch", "mod", "parliament", "gc", "qc", "bund",
                   "admin", "europa", "belgium", "scot", "wales", "cymru"}
# The reserved ending that stands for any real one in written examples ("acme.example",
# "marinabaybank.sg.example" for marinabaybank.sg).
_PLACEHOLDER = "example"
# Countries' codes written before it (a code list, not any two letters: "careers.hp.example" is hp's).
_COUNTRY_CODES = {"uk", "ie", "de", "at", "ch", "li", "fr", "be", "lu", "mc", "es", "pt", "it", "nl", "mx", "ar",
                  "cl", "pe", "ve", "ec", "bo", "uy", "py", "cr", "gt", "do", "pr", "ca", "us", "au", "nz", "sg",
                  "hk", "in", "za", "ae", "se", "no", "dk", "fi", "pl", "cz"}
# Hyphenated parts of a domain that are not the name: "acme-careers", "get-acme", "acme-app".
_LABEL_NOISE = {"app", "hq", "get", "try", "use", "go", "my", "mail", "email", "apply", "recrutement",
                "karriere", "empleo", "jobs", "careers", "team"}
_ATS_WORDS = {fold(n) for n in VENDOR_NAMES}
# Joined once, not at each call (a union inside a function is built anew each time).
_NOT_REGISTERED_ENDINGS = _SECOND_LEVEL | _PUBLIC_ENDINGS
_NOT_A_LABEL_WORD = DEPARTMENT_WORDS | _LABEL_NOISE


# A legal form follows a blank: a name without one (most words a mail's runs are) has none, and
# trying the forms at each of its letters is slow.
_BLANK = re.compile(r"\s")


@functools.lru_cache(maxsize=8192)  # ~100 asks a mail, most of them again
def without_legal_form(name: str) -> str:
    """ "Alpenwerk GmbH" -> "Alpenwerk": a reply names the company the way people say it."""
    return (LEGAL_FORMS_AT_END.sub("", name) if _BLANK.search(name) else name).strip(" ,&")


_NOT_IN_A_KEY = re.compile(r"[^a-z0-9]")


@functools.lru_cache(maxsize=8192)  # ~65 asks a mail, most of them again
def key(name: str) -> str:
    """A comparison key: lower case, no accents, no legal form, letters and digits only."""
    return _NOT_IN_A_KEY.sub("", fold(without_legal_form(name)).replace("&", "and"))


@functools.lru_cache(maxsize=8192)  # called for every word of a mail per domain label: words repeat
def keys(name: str) -> frozenset[str]:
    """The key, and the key with German umlauts spelled out, as domains write them ("bluemchen")."""
    spelled = re.sub("[äöüÄÖÜ]", lambda m: {"ä": "ae", "ö": "oe", "ü": "ue"}[m.group().lower()], name)
    # Domains leave out "&" and small words: "Hale & Ostrander" is haleostrander, "Brasserie du
    # Vexin" brasserievexin.
    bare = " ".join(w for w in name.split() if w != "&" and fold(w) not in NAME_CONNECTORS)
    found = {key(name), key(spelled.replace("ß", "ss")), key(bare) or key(name)}
    # ... and shorten a university: "Université de Garonne-Est" is univ-garonne-est, "Universität
    # Rabenstein" uni-rabenstein.
    if _UNIVERSITY.match(fold(bare)) and len(bare.split()) > 1:
        found |= {_UNIVERSITY.sub(short, fold(bare)).replace(" ", "") for short in ("univ", "uni")}
        found = {_NOT_IN_A_KEY.sub("", k) for k in found}
    return frozenset(found)


_UNIVERSITY = re.compile(r"^(?:universit[a-z]*|univ\.?)(?=\s|$)")


@functools.lru_cache(maxsize=8192)  # called for every word of a mail per domain label, as keys()
def token_keys(word: str) -> frozenset[str]:
    """The keys of one word of a name as a domain may spell it: a connector may be left out
    ("Brasserie du Vexin", brasserievexin), a university shortened (univ-garonne-est)."""
    found = set(keys(word))
    if fold(word) in NAME_CONNECTORS:
        found.add("")
    if _UNIVERSITY.match(fold(word)):
        found |= {"univ", "uni"}
    return frozenset(found)


def initials(words: Iterable[str], folded: bool = True) -> str:
    """The first letters, lower case, of the words that open with a capital: "Banco Interamericano de
    Desarrollo" -> "bid". Folded ("École Normale Supérieure" -> "ens"), or with `folded=False` only
    lower-cased ("éns"), as a name's acronym has always been compared."""
    if folded:
        return "".join(fold(w[0]) for w in words if w[:1].isupper())
    return "".join(w[0] for w in words if w[:1].isupper()).lower()


def acronym(name: str) -> str:
    """A name's initials without its legal form: "North Wessex Rivers Trust Ltd" -> "nwrt". Accents
    stay: folded, "Haute École de Gestion Vaud" would agree with hegv.example, and that agreement
    let a draft state its cut "Haute École" (train tC-112)."""
    return initials(without_legal_form(name).split(), folded=False)


def domain_label(domain: str) -> str:
    """"careers.acme-corp.co.uk" -> "acme-corp": the name a company registered."""
    parts = domain.lower().split(".")
    if len(parts) < 2:
        return ""
    parts.pop()  # the top level: "com", "uk", "example"
    # Then the endings below it that no one registers: a country's code under the placeholder
    # ("sg" of x.sg.example), a second level ("co" of x.co.uk), a public body's ("nhs", "gouv", "qc").
    while len(parts) >= 2 and (parts[-1] in _NOT_REGISTERED_ENDINGS
                               or (parts[-1] in _COUNTRY_CODES and domain.lower().endswith(f".{_PLACEHOLDER}"))):
        parts.pop()
    return parts[-1]


def label_words(label: str) -> list[str]:
    return [w for w in label.split("-")
            if w and w not in _NOT_A_LABEL_WORD and fold(w) not in _ATS_WORDS]


def _webmail(domain: str, text: str) -> bool:
    """A webmail domain; a provider's name under another ending than its webmail's ("freenet.ag") is
    the firm's own when the mail gives that name with a legal form ("freenet AG")."""
    if not is_freemail(domain) or domain.lower() in FREEMAIL_DOMAINS:
        return is_freemail(domain)
    provider = re.escape(domain.lower().split(".")[0])
    return not any(_LEGAL_FORM_NEXT.match(text, found.end())
                   for found in re.finditer(rf"(?i)(?<!\w){provider}(?!\w)", text))


def company_domains(addresses: list[str], text: str = "") -> list[str]:
    """Registrable labels of the addresses that can belong to the employer (no ATS, no webmail).
    `text`: the mail's words, where a webmail provider's name may be the firm's own (_webmail)."""
    labels = []
    for addr in addresses:
        domain = addr.rpartition("@")[2]
        if domain and not is_ats_domain(domain) and not _webmail(domain, text):
            label = "".join(label_words(domain_label(domain)))
            if label and label not in labels:
                labels.append(label)
    return labels


_GOVERNMENT = {"gov", "gob", "gouv", "govt", "gv"}


def acronym_labels(addresses: list[str]) -> tuple[str, ...]:
    """Short parts of the employer's domains that may be its initials: "dtp" of dtp-vic.gov.au,
    "dci" of dci.qld.gov.au (a public body under a state's domain). Only a name's initials are
    checked against them ("Department of Coastal Infrastructure"), never its words."""
    found: list[str] = []
    for addr in addresses:
        domain = addr.rpartition("@")[2].lower()
        if not domain or is_ats_domain(domain) or is_freemail(domain):
            continue
        parts = domain.split(".")
        candidates = domain_label(domain).split("-")
        if len(parts) >= 4 and parts[-2] in _GOVERNMENT:  # agency.state.gov.au: the agency's label
            candidates.append(parts[-4])
        found += [c for c in candidates if 3 <= len(c) <= 5 and c.isalpha() and c not in found]
    return tuple(found)


def related_names(a: str, b: str) -> bool:
    """One name's key begins the other's ("Acme" / "Acme Robotics") or is the other's acronym."""
    ka, kb = key(a), key(b)
    if not ka or not kb:
        return False
    shorter, longer = sorted((a, b), key=lambda n: len(key(n)))
    if key(longer).startswith(key(shorter)) and len(key(shorter)) >= 3:
        return True
    return acronym(a) == kb or acronym(b) == ka


@functools.lru_cache(maxsize=8192)  # asked for each candidate and label, often again
def matches_label(name: str, label: str) -> bool:
    return acronym(name) == label or any(
        k and (k == label or (len(k) >= 3 and k in label) or (len(label) >= 4 and label in k))
        for k in keys(name)) or _reordered(name, label)


def _reordered(name: str, label: str) -> bool:
    """ "Pixelgrana Studio" for studiopixelgrana: every word of the name, in another order."""
    # Each word as the domain spells it: "Bäckerei Kornblume" is kornblumebaeckerei.
    parts = [next((k for k in sorted(keys(w)) if k and k in label), key(w)) for w in name.split() if key(w)]
    return (2 <= len(parts) <= 4 and sum(map(len, parts)) == len(label)
            and all(len(p) >= 3 and p in label for p in parts) and sorted(label.count(p) for p in parts)[0] >= 1)


def inflected_word(x: str, y: str) -> bool:
    """One word the other with an inflection's ending of up to two letters ("Stadtwerke" /
    "Stadtwerken", "Nordhanseatische" / "Nordhanseatischen"), or the same word."""
    shorter, longer = sorted((x, y), key=len)
    return longer.startswith(shorter) and len(longer) - len(shorter) <= 2


@functools.cache
def _declined_endings(language: str) -> tuple[str, ...]:
    """A case's endings on an adjective of a name in the mail's language ("Deutschen", dative, of
    "Deutsches" as it stands); none in a language whose table gives none ("Hansen" is no case of
    "Hanson" in an English mail)."""
    return tuple(sorted(tables.words(language, "declined_endings"), key=len, reverse=True)) if language else ()


def _case_ending_for(x: str, y: str, language: str) -> bool:
    """`x` is `y` with a case's ending in place of the ending it stands with: "deutschen" of
    "deutsches", "bayerischem" of "bayerische"; never two forms that both stand ("deutsches",
    "deutscher")."""
    endings = _declined_endings(language)
    ending = next((e for e in endings if x.endswith(e)), "")
    stem = x[:len(x) - len(ending)]
    return (bool(ending) and len(stem) >= 4 and y.startswith(stem) and 0 < len(y) - len(stem) <= 2
            and not y.endswith(endings))


def case_ending_form(name: str, other: str, language: str) -> bool:
    """`name` is `other` with a case's ending in place of the one a word of it stands with ("am
    Deutschen Jugendrotkreuz" of "Deutsches Jugendrotkreuz"): never how the name stands, whichever
    of the two the mail writes more often or where."""
    return declined_form(name, other, language) and any(_case_ending_for(fold(x), fold(y), language) for x, y in zip(
        without_legal_form(name).split(), without_legal_form(other).split()))


def declined_form(name: str, other: str, language: str = "") -> bool:
    """`name` is `other` declined: the same words but for inflections' endings, at least one of
    them longer ("der Nordhanseatischen Landesbank" of "Nordhanseatische Landesbank"), or, in a
    `language` whose table gives a case's endings, one in place of the one the name stands with ("am
    Deutschen Jugendrotkreuz" of "Deutsches Jugendrotkreuz"). A legal form after either is no word of
    the name ("Mitteldeutsche Bank eG")."""
    a, b = without_legal_form(name).split(), without_legal_form(other).split()
    return (len(a) == len(b) and a != b and all(
        (inflected_word(fold(x), fold(y)) and len(x) >= len(y)) or _case_ending_for(fold(x), fold(y), language)
        for x, y in zip(a, b)))
