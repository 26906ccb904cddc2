"""How unusual a role candidate looks as a title, and whether the span it was read from is cut or
glued where the mail writes it: the confidence model's ROLE_SHAPE_FEATURES (drafts/fact_model.py).

Each new round brought shapes of title the rules were never mended for: a head cut at its gender
part ("Chef" of "Chef(fe) du bureau"), inside a grade pair ("Planner" of "Planner I / Planner II"),
inside a compound ("Schuldner" of "Schuldnerberatung"), a subject's words glued before it
("Retroalimentación candidatos Ejecutivo de Ventas"), a grade or a qualifier after it. Rather than
each shape, these see what they have in common: words that are no title's (the language tables'
`title_vocabulary`, job and field words: drafts/lexicon.py), and a mention whose edge runs on into
more words where the mail writes it, in the body or the subject.
"""

from __future__ import annotations

import functools
import re

from onward.drafts import tables
from onward.drafts.lexicon import NOT_NAMES, ROLE_NOUNS, TITLE_VOCABULARY, fold, is_title_compound
from onward.drafts.role_qualifiers import says_terms
from onward.drafts.role_title import JOINING, lowered
from onward.drafts.subjects import topic

ROLE_SHAPE_FEATURES = ("share of words no title's", "its start runs on where written", "its end runs on where written")

_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
# A gender part written onto a word ("Chef(fe)", "Referent/in", "Kurator*in", "Cajero/a"): part of
# the word it follows, so a span ends after it, not before.
_GENDER_PART = re.compile(r"(?:\(|/|\*|:|·)-?(?:e|in|innen|a|as|o|os|r|ne|fe|frau|trice|rice|euse|ère|ere|esse|x)\)?"
                          r"(?![\w])", re.IGNORECASE)
# A grade or number right after ("Planner I / Planner II", ", Band 7", "– 30 h/semana").
_GRADE = re.compile(r"(?:[^\W\d_]{2,8}[ \t]+)?(?:[IVX]{1,4}|\d[\w.,/-]*)(?![\w])")
_SEPARATOR = re.compile(r"[ \t]*([,/(–—-])[ \t]*")
_CLEAN_BEFORE = ".:;!?,\"'«»“”„|–—-([/>"
_CLEAN_AFTER = ".;:!?\"'»”“)]|"


# The prepositions that open a phrase naming the post ("for the", "für die", "para el"): what
# comes before them is the sentence's, not the title's.
_OPENING = tables.all_words("opening_prepositions")


@functools.cache
def _small_words() -> frozenset[str]:
    """Words around a title that close it: any language's function words and the post's words
    ("as a", "für die", "position", "Stelle", "poste")."""
    return frozenset(fold(w) for w in tables.all_words("stopwords")) | NOT_NAMES | ROLE_NOUNS


def role_shape(role: str, body: str, subject: str) -> list[float]:
    """ROLE_SHAPE_FEATURES of the role candidate `role`, read from the mail's `body` and `subject`."""
    texts = [t for t in (body, topic(subject)) if t]
    mentions = [(text, at) for text in texts for at in _mentions(role, text)]
    return [unknown_share(role),
            float(bool(mentions) and all(start_runs_on(text, at) for text, at in mentions)),
            float(bool(mentions) and all(end_runs_on(text, at + len(role)) for text, at in mentions))]


def title_word(word: str) -> bool:
    """A folded word that job titles are made of: a job, title, field or rank word of any language,
    a compound ending in one ("Pflegefachkraft", "Schuldnerberatung"), or hyphenated ones
    ("Senior-Planner", "HR-Referentin")."""
    if word in TITLE_VOCABULARY or is_title_compound(word):
        return True
    if "-" in word:
        return all(title_word(part) for part in word.split("-") if part)
    return len(word) > 7 and word.isalpha() and word.endswith(_LONG_TITLE_WORDS)


# The endings of compound titles, from the languages whose tables say they write them so (German's
# "Schuldnerberatung", "Öffentlichkeitsarbeit"): elsewhere a word's ending is no title's
# ("candidatos" is no "datos").
_LONG_TITLE_WORDS = tuple(w for code in tables.tables() if tables.table(code).get("compound_titles")
                          for w in tables.words(code, "title_vocabulary") | tables.words(code, "field_words")
                          if len(w) >= 5 and w.isalpha())


def unknown_share(role: str) -> float:
    """The share of the role's words that are no title's, its small joining words ("de", "of")
    and gender parts ("/a", "(e)") apart: a subject's, a sentence's or a name's words read with it."""
    words = [w for w in _WORD.findall(fold(_GENDER_PART.sub("", role))) if w not in _small_words()]
    if not words:
        return 0.0
    return sum(not title_word(w) for w in words) / len(words)


def _mentions(role: str, text: str) -> list[int]:
    """Where `text` writes the role, case apart, also inside a longer word (a cut compound)."""
    if not role.strip():
        return []
    lower, needle = lowered(text), role.lower()
    if len(lower) != len(text):  # a letter whose lower case is longer: offsets would drift
        return [m.start() for m in re.finditer(re.escape(role), text, re.IGNORECASE)]
    found, at = [], lower.find(needle)
    while at >= 0:
        found.append(at)
        at = lower.find(needle, at + 1)
    return found


def start_runs_on(text: str, at: int) -> bool:
    """The mention starting at `at` is the end of something longer: inside a word, right after a
    hyphen or slash joined to a word ("Senior-"), or after a title's word or a capitalised word
    inside its line that no punctuation, number or small word ("for the", "als", "poste de") parts
    from it: a name or a subject's words glued before it ("Meridian Analista"), a title begun
    earlier ("Técnico de Apoyo a la | Investigación")."""
    if at == 0:
        return False
    before = text[at - 1]
    if before.isalnum():
        return True
    if before in "/-*·" and at >= 2 and text[at - 2].isalnum():
        return True
    line = text[:at].rsplit("\n", 1)[-1].rstrip(" \t")
    if not line or line[-1] in _CLEAN_BEFORE:
        return False
    words = line.split()
    if fold(words[-1]) in JOINING:
        joined = []
        while len(words) >= 2 and fold(words[-1]) in JOINING:
            joined.append(fold(words.pop()))
        if (fold(words[-1]) in JOINING or not words[-1][:1].isupper() or not words[-1][-1:].isalpha()
                or not _OPENING.isdisjoint(joined)):
            # "application for the | Analyst", "Hi Jamie, the | Cashier", "Tuesday for the | Cloud
            # Architect": a sentence's words, then the title
            return False
    word = words[-1]
    folded = fold(word)
    if any(c.isdigit() for c in word) or folded in _small_words():
        return False  # a reference or a year before it ("R-0048812 Data Engineer"), "als", "the"
    # A capitalised word that opens its line or sentence is a heading's or a sentence's ("Absage Fachkraft").
    return title_word(folded) or (word[:1].isupper() and len(words) >= 2 and words[-2][-1:] not in ".:;!?")


# A dash's part: up to the next dash, a bracket or the sentence's end.
_DASH_PART = re.compile(r"(?P<p>.+?)(?=[ \t]+[–—-][ \t]|[ \t]*[()\[\]]|[.;:!?](?:[ \t]|$)|$)")


def _qualifiers_part(after: str) -> bool:
    """Whether the part after a title's dash, up to the sentence's words after it ("position", "at"),
    says only how the job is offered (role_qualifiers.says_terms: "2nd Shift", "$19.50/hr", "Nights",
    "Remote"): a draft names the title without it, as the judge of a label does."""
    part = _DASH_PART.match(after)
    words = part.group("p").split() if part else []
    while words and fold(words[-1]) in _small_words():
        words.pop()
    return bool(words) and says_terms(" ".join(words), "")


def end_runs_on(text: str, end: int) -> bool:
    """The mention ending at `end` goes on in the text: inside a word ("Schuldner|beratung"), after
    its gender part ("Chef(fe) du bureau"), into a grade or number ("Planner I", ", Band 7", " – 30
    h/semana"), or into a title's word, right after it, after a dash or slash, or after a joining
    word ("Cajero/a Reponedor/a", "– chargé(e) d'études", "Chef | du bureau"). A line's or
    sentence's end, a bracket, a sentence's words after it ("ha concluido", "– kurzes Feedback"),
    a word for the post ("position") is a clean end: most right titles end so. So is a dash before
    the title's qualifiers alone ("– 2nd Shift – $19.50/hr", "– Nights", "– London"): the draft names
    the title without them."""
    gender = _GENDER_PART.match(text, end)
    if gender:
        end = gender.end()
    elif end < len(text) and text[end].isalnum():
        return True
    rest = text[end:end + 60].split("\n", 1)[0]
    if not rest.strip() or rest.lstrip()[0] in _CLEAN_AFTER or rest.lstrip()[0] == "(":
        return False  # a bracket: genders, a reference, a specialism (the model's other features)
    separator = _SEPARATOR.match(rest)
    after = rest[separator.end():] if separator else rest.lstrip()
    if separator and separator.group(1) in "–—-" and _qualifiers_part(after):
        return False  # "– 2nd Shift – $19.50/hr": the title's qualifiers, no title's words
    if _GRADE.match(after):
        return True
    if separator and separator.group(1) == ",":
        return False  # a comma's words: drafts/fact_model.py's "the body goes on after it" sees those
    word = _WORD.match(after)
    if not word:
        return False
    folded = fold(word.group())
    if folded in JOINING:
        # "Chef | du bureau", "Analyst | of Data": a title's word after the small word
        following = _WORD.match(after, word.end() + 1)
        return following is not None and title_word(fold(following.group()))
    return folded not in _small_words() and title_word(folded)
