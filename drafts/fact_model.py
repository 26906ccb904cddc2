"""The calibrated confidence of the company and the role a rejection names, and the ranker that
picks the company among every name the rules found.

The rules (company_clues, role, facts.company_confidence / role_confidence) propose candidates and
say how they found them: for the company every name the clues found (signature lines, the sender's
display name and domain, "interest in X"/"bei X"/"chez X" phrases, the subject), for the role their
one winner. A small logistic regression turns each candidate's features into a probability that it
is right: where it came from, whether sources agree, its rank and margin among the competing names,
whether it is a town or region, a person (with a title or as people.py reads names), a job title,
an agency, its length and case, the language. The draft states the likeliest company and the role
when they clear their thresholds, and says "the role" / "your team" otherwise.
It was trained with scikit-learn on the labelled development mail (classifier/corpus/independent,
rounds 1-8, and tests/data/drafts/facts) by `python bench/facts_confidence.py
--write`, which also chose each threshold by cross-validation over writers (never one writer on
both sides) as the one at which drafts state a wrong company or role in at most 1.5 %. Prediction
here is a dot product with the weights shipped in fact-model.npz, read without numpy: no
scikit-learn or numpy at draft time.
"""

from __future__ import annotations

import array
import ast
import functools
import math
import re
import struct
import zipfile
from pathlib import Path

from onward.drafts import tables
from onward.drafts.company import STRONG_CLUES, Choice, is_place, names_organisation, titled_person
from onward.drafts.lexicon import DEPARTMENT_WORDS, JOB_WORDS, ORG_WORDS, TITLE_WORDS, fold, is_title_compound
from onward.drafts.people import person_name
from onward.drafts.role import RoleEvidence, only_job_words

MODEL = Path(__file__).with_name("fact-model.npz")

LANGUAGES = ("en", "de", "fr", "es")
SOURCES = ("signature", "signature-title", "signature-unit", "team", "anchored", "loose", "subject",
           "display", "domain", "domain-only")
COMPANY_FEATURES = (
    "rule confidence", "rule keeps it", "rule: agency", "rule: a person", "rule: generic or department",
    *(f"source {s}" for s in SOURCES), "sources", "strong sources", "agrees with domain", "domain known",
    "log weight", "competitors", "log margin", "words", "characters / 20", "all capitals",
    "a lower-case word inside", "a digit", "first word an organisation word", "first word a department word",
    "ends with a job word", "a rival found in a strong place", "an agency word in the name",
    "an agency's client cue in the mail", "a legal form in the mail after it",
    *(f"language {code}" for code in LANGUAGES),
    # The ranker's: the model weighs every name the rules found, not only their winner.
    "rule: a place", "the rules' winner", "rank", "a town or region", "a person with a title",
    "reads as a person's name", "a job or title word inside", "one generic word",
)
# How the mail names the role besides the phrase that found it (role_mentions).
ROLE_MENTION_FEATURES = ("the subject is the role", "log mentions in the body", "mentioned twice or more",
                         "read from the quoted mail", "the subject goes on after it",
                         "only job and rank words, the subject goes on")
AGREEMENTS = ("same", "common head", "subject over body", "subject, body no title")
ROLE_FEATURES = (
    "rule confidence", "rule keeps it", "log weight", "title-like", "in the subject", "in the body as written",
    "subject names a role", *(f"subject and body: {a}" for a in AGREEMENTS), "competitors", "log margin",
    "words", "characters / 20", "a digit", "a slash or bracket", "starts lower-case", "abbreviated",
    "a job word", "one word, no job word", "the company's name in it", "the subject's only",
    "a sentence's word inside",
    *(f"language {code}" for code in LANGUAGES),
    "the body goes on after it", "one word, the body goes on after it",
    *ROLE_MENTION_FEATURES,
)

# A legal form right after the name as the mail writes it ("Acme Ltd", "Vogel GmbH"): a firm.
_LEGAL_AFTER = re.compile(r"[ ,]*(?:" + "|".join(re.escape(f) for f in sorted(
    tables.all_phrases("legal_forms"), key=len, reverse=True)) + r")\b", re.IGNORECASE)
_ABBREVIATED = re.compile(r"(?<![\w.])[A-Za-zÄÖÜäöü]{2,5}\.(?=[\s-]|$)")


_GOES_ON = re.compile(r"[ \t]*(?:,|[-–—(/]|[ \t](?:à|au|aux|in|of|de|du|des|en|im|für|for|del|la|y|and|et|und))"
                      r"[ \t]*\w", re.IGNORECASE)


def _shape(value: str) -> list[float]:
    words = value.split()
    return [len(words), len(value) / 20, float(any(c.isdigit() for c in value))]


def _language(language: str) -> list[float]:
    return [float(language == code) for code in LANGUAGES]


@functools.cache
def _agency_words() -> tuple[frozenset[str], tuple[str, ...]]:
    """Any language's agency words ("staffing", "Personalvermittlung"), folded: those of one word,
    and the others with spaces around."""
    words = {" ".join(_WORD.findall(fold(p))) for p in tables.all_phrases("agency_words")}
    return frozenset(w for w in words if " " not in w), tuple(f" {w} " for w in words if " " in w)


def _agency_name(name: str) -> bool:
    single, several = _agency_words()
    words = _WORD.findall(fold(name))
    return not single.isdisjoint(words) or any(w in f" {' '.join(words)} " for w in several)


_WORD = re.compile(r"\w+")
# The small words that join a title's parts ("Head of Sales", "Jefe de Ventas", "Leiter für
# Einkauf"); any other function word inside a role is a sentence's ("für unseren Dienst").
_JOINING = {"of", "de", "del", "des", "du", "d", "la", "le", "el", "der", "die", "das", "fur", "im", "in", "en",
            "y", "and", "et", "und", "a", "al", "au", "aux", "los", "las", "les", "the", "for", "para", "pour"}


@functools.cache
def _sentence_words() -> frozenset[str]:
    return frozenset(fold(w) for w in tables.all_words("stopwords")) - _JOINING


def company_features(choice: Choice, rule_confidence: float, rule_how: str, language: str,
                     rule_threshold: float, text: str = "", client_cue: bool = False) -> tuple[float, ...]:
    """The company candidate's features, in COMPANY_FEATURES' order; `text` is the mail's own
    words, `client_cue` whether they hold an agency's words for its client ("our client")."""
    name = choice.name
    after = text.find(name) if name else -1
    legal = bool(after >= 0 and _LEGAL_AFTER.match(text, after + len(name)))
    words = name.split()
    folded = [fold(w) for w in words]
    how = rule_how.lower()
    values = [
        rule_confidence, float(rule_confidence >= rule_threshold), float("agency" in how),
        float("person" in how), float("kind of organisation" in how or "department" in how),
        *(float(s in choice.sources) for s in SOURCES),
        len(choice.sources), len(choice.sources & STRONG_CLUES), float(choice.agrees_with_domain),
        float(choice.domain_known), math.log1p(choice.weight), min(choice.competitors, 10),
        math.log1p(max(choice.margin, 0.0)), len(words), len(name) / 20, float(name.isupper()),
        float(any(w[:1].islower() for w in words[1:])), float(any(c.isdigit() for c in name)),
        float(bool(folded) and folded[0] in ORG_WORDS), float(bool(folded) and folded[0] in DEPARTMENT_WORDS),
        float(bool(folded) and folded[-1] in JOB_WORDS), float(choice.rival_strong),
        float(_agency_name(name)), float(client_cue), float(legal),
        *_language(language),
        float("town or region" in how), float(choice.rank == 0), min(choice.rank, 5), float(is_place(name)),
        float(titled_person(name)), float(bool(words) and person_name(name) == name and not names_organisation(name)),
        float(any(w in JOB_WORDS | TITLE_WORDS or is_title_compound(w) for w in folded)),
        float(choice.short_generic),
    ]
    return tuple(float(v) for v in values)


def role_features(role: str, evidence: RoleEvidence, rule_confidence: float, rule_threshold: float,
                  looks_like_title: bool, in_subject: bool, body: str, language: str,
                  company: str = "") -> tuple[float, ...]:
    """The role candidate's features, in ROLE_FEATURES' order; `company` is the company as read."""
    folded = fold(role)
    job_word = any(w.strip(",;") in JOB_WORDS for w in folded.split())
    at = body.lower().find(role.lower()) if role else -1
    in_body = at >= 0
    # "Conseillère à la clientèle privée", "Deputy Director, Finance": the body writes more of the
    # title after what was read (a cut role, the commonest wrong one).
    continued = in_body and bool(_GOES_ON.match(body, at + len(role)))
    values = [
        rule_confidence, float(rule_confidence >= rule_threshold), math.log1p(evidence.weight),
        float(looks_like_title), float(in_subject), float(in_body),
        float(evidence.subject_role), *(float(evidence.agreement == a) for a in AGREEMENTS),
        min(evidence.candidates, 10), math.log1p(max(evidence.weight - evidence.runner_up, 0.0)),
        *_shape(role)[:2], float(any(c.isdigit() for c in role)), float(any(c in role for c in "/()·")),
        float(role[:1].islower()), float(bool(_ABBREVIATED.search(role))),
        float(job_word), float(len(role.split()) == 1 and not job_word),
        float(bool(company) and bool(role) and (fold(company) in folded or folded in fold(company))),
        float(in_subject and not in_body), float(any(w in _sentence_words() for w in folded.split()[1:])),
        *_language(language),
        float(continued), float(continued and len(role.split()) == 1),
        *role_mentions(role, evidence),
    ]
    return tuple(float(v) for v in values)


def role_mentions(role: str, evidence: RoleEvidence) -> list[float]:
    """ROLE_MENTION_FEATURES: a subject that is only the role, a body that writes it again, a
    subject that goes on after it, and after a role of job and rank words alone: a head cut short
    ("Deputy Director" of "Deputy Director, Finance"). A lone job word alone is no sign: "le poste
    de Caviste" names the whole title."""
    return [float(evidence.subject_is_it), math.log1p(evidence.mentions), float(evidence.mentions >= 2),
            float(evidence.from_quote), float(evidence.subject_goes_on),
            float(only_job_words(role) and evidence.subject_goes_on)]


def _arrays(path: Path) -> dict[str, list]:
    """The arrays of an .npz written by numpy.savez (float64 and unicode string arrays), read with
    the standard library: drafts are composed in the waiting service, which imports no numpy
    (tests/test_lean.py)."""
    arrays: dict[str, list] = {}
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            data = archive.read(name)
            if data[:6] != b"\x93NUMPY":
                raise ValueError(f"{name}: not a .npy array")
            size = struct.unpack("<H", data[8:10])[0] if data[6] == 1 else struct.unpack("<I", data[8:12])[0]
            start = (10 if data[6] == 1 else 12) + size
            header = ast.literal_eval(data[start - size:start].decode("latin1"))
            raw = data[start:]
            if header["descr"] == "<f8":
                values = array.array("d")
                values.frombytes(raw)
                arrays[name.removesuffix(".npy")] = values.tolist()
            elif header["descr"].startswith("<U"):
                width = 4 * int(header["descr"][2:])
                arrays[name.removesuffix(".npy")] = [raw[i:i + width].decode("utf-32-le").rstrip("\x00")
                                                     for i in range(0, len(raw), width)]
            else:
                raise ValueError(f"{name}: unexpected type {header['descr']}")
    return arrays


@functools.cache
def model() -> dict | None:
    """The shipped weights, or None when there are none yet (while the first model is trained)
    or they were made for other features: the rules' own confidence is used then."""
    try:
        arrays = _arrays(MODEL)
    except (OSError, ValueError, KeyError, SyntaxError, zipfile.BadZipFile):
        return None
    if (tuple(arrays.get("company_features", ())) != COMPANY_FEATURES
            or tuple(arrays.get("role_features", ())) != ROLE_FEATURES):
        return None
    model = {}
    for fact in ("company", "role"):
        # The scaling folded into the weights: one product per feature at draft time.
        weights = [c / s for c, s in zip(arrays[f"{fact}_coef"], arrays[f"{fact}_scale"])]
        model[f"{fact}_weights"] = weights
        model[f"{fact}_bias"] = arrays[f"{fact}_intercept"][0] - sum(
            m * w for m, w in zip(arrays[f"{fact}_mean"], weights))
        model[f"{fact}_threshold"] = arrays[f"{fact}_threshold"][0]
    return model


def probability(fact: str, features: tuple[float, ...]) -> float | None:
    """P(the candidate is right) for "company" or "role"; None without a usable model."""
    arrays = model()
    if arrays is None:
        return None
    # Plain floats: a few dozen products are cheaper in Python than numpy's per-call overhead.
    z = arrays[f"{fact}_bias"] + sum(v * w for v, w in zip(features, arrays[f"{fact}_weights"]))
    return 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))


def threshold(fact: str) -> float | None:
    """The shipped threshold for "company" or "role", chosen with the weights."""
    arrays = model()
    return None if arrays is None else arrays[f"{fact}_threshold"]
