"""The issue's rule for judging a fact a draft states against the one the mail names.

Issue 10: "gender markers and parentheses may be dropped, a short form of a long name is fine".
Written down here, before any figure it changes was looked at:

- Both names are compared as words: folded (lower case, no accents), gender markers dropped
  ("Ingénieur·e", "Mitarbeiter/in", "Jefe/a", "(m/w/d)", "(H/F)"), anything in parentheses or
  brackets dropped, the dots of an abbreviation closed up ("RR.HH." is "rrhh"), a company's legal
  form dropped ("Acme GmbH" is "Acme"), also without its last dot ("Bodega Digital S.R.L").
- Right when the words are the same, or when one name is a SHORT FORM of the other: the shorter
  one's words are the longer one's, in order, with some words left out and runs of two or more
  words possibly written as their initials ("CHU Saint-Roch" for "Centre Hospitalier
  Universitaire Saint-Roch"), or one long compound as the initials of its parts ("OFD" for
  "Oberfinanzdirektion"). Either side may be the shorter: the draft may use the long name where
  the label has the short one (the two name the same thing).
- A short form must still say which one: it keeps a DISTINCTIVE word of the long name (not a
  connector like "de"/"of", not a generic word of organisations — "Université", "Hospital",
  "Group" — or, for a role, of jobs and ranks — "Manager", "Senior", "Jefe"). "Université" for
  "Université de Garonne-Est" and "Manager" for "Marketing Manager" are wrong. A role's short form
  also keeps every job word of the long one: "Enfermería UCI" for "Jefe de Enfermería UCI" is
  another job.
- When the draft's company is the longer one, the words it adds must not be a department's
  ("RR.HH. Frigorífico Austral", "Abteilung Personal Nordwerft"): that names a department, not
  the company.
- A German title's other form after "/-" ("Assistenzarzt/-ärztin", "Kaufmann/-frau") is a
  gender marker too: either form is right. So is a word's inclusive ending: "Referent/in" names the
  "Referentin" too, "vérificateur(trice)" the "vérificatrice", "Actuario/a" the "Actuaria".
- The LABEL's qualifiers may be dropped: a part at the label's end, after a dash, after its last
  comma or in brackets, whose every word is working time, a pay band or grade, a contract or its
  length, a shift, a place or a reference (this module's own short list `_QUALIFIER_WORDS`, a town
  of the language tables, a figure with its unit, a reference code, or a small connector):
  "– 30 h/semana", ", Band 7", "– CDD 8 mois". The draft names the role as a person would. The
  draft's value is compared as stated: its qualifiers are never dropped, and a part with any other
  word ("– Night Operations", "– Level 3 Support") is the role's own on either side. The judge
  keeps its own rule so that it never measures the extractor by the extractor's qualifier rule.
- A company's own abbreviation, which the label gives in brackets after its full name, names it
  too: "IAMF" for "Institut für Angewandte Materialforschung (IAMF)". (Added before round 17.)
- A company's name of two or more words is right in another word order when, put back in the
  label's order, it is the label or a short form of it: "Ikastola Urdaibai" for "Urdaibai
  Ikastola S.Coop." (Added before round 17.)
- The person is judged as before (a first name alone greets the right person).
- The judge's words (of jobs, organisations, departments, towns) are its own, in
  bench/facts_judge_words.toml: copied once from the extractor's tables and frozen, so that a word
  the extractor learns does not change how its output is judged. So are its legal forms (main's at
  e8219b2, read by bench/judge_names.py), for this judge and the strict one alike. (Added before
  the legal forms of wt-legal24 were measured.)

`strict()` is bench/independent_quality.py's judge, unchanged (its company rule takes any
substring of four letters or more, its role rule any contained phrase); both figures are reported.
"""

from __future__ import annotations

import functools
import re
import sys
import tomllib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from independent_quality import judge as strict  # noqa: E402,F401

from judge_names import without_legal_form  # noqa: E402  (the judge's own frozen legal forms)
from onward.drafts.lexicon import fold  # noqa: E402

# The judge's word lists are its own, frozen (see the file): the extractor's tables grow with every fix.
_WORDS = {key: frozenset(words) for key, words in
          tomllib.loads((Path(__file__).resolve().parent / "facts_judge_words.toml").read_text()).items()
          if key != "legal_forms"}  # read in order by bench/judge_names.py
JOB_WORDS, ORG_WORDS, DEPARTMENT_WORDS = _WORDS["job_words"], _WORDS["org_words"], _WORDS["department_words"]

# Gender endings after a marker ("·e", "/in", "*innen", ":a", "/trice") or in parentheses ("(e)").
_ENDINGS = r"(?:e|in|innen|r|a|as|es|n|ne|s|rice|trice|euse|se|ve|le|x)"
_GENDER = re.compile(rf"(?:[·•:*/_]-?{_ENDINGS}|\({_ENDINGS}\))(?=[\W_]|$)", re.IGNORECASE)
_GENDER_PAIR = re.compile(r"\b(?:[mwfdhx]\s*/\s*)+[mwfdhx]\b", re.IGNORECASE)  # m/w/d, H/F outside brackets
_BRACKETS = re.compile(r"\([^)]*\)?|\[[^\]]*\]?")

CONNECTORS = frozenset("""
of the and for at in on a an de del des du d la le les l el los las y et und der die das fur im am
zu von bei en au aux al para por pour da di e
""".split())
# Generic words of organisations, beyond the extractor's own lists: a name of only these (and
# connectors) does not say which organisation.
_ORG_GENERIC = frozenset("""
centre center centro zentrum hospitalier hospitalario universitaire universitario universitaria
klinikum klinik clinic clinica clinique hopital universitat universidad universite university
ecole escuela hochschule schule instituto institut institute company compagnie empresa firma
gruppe grupo groupe group holding international internacional national nacional services
servicios service consulting consultores conseil beratung
""".split())
# Ranks: "Senior" alone says no more of a role than "Manager" does.
_RANKS = frozenset("""
senior junior sr jr principal lead head chief associate assistant executive deputy stellvertretender
stellvertretende adjoint adjointe adjunto adjunta
""".split())
# A label's qualifier words, written down for the judge alone (folded): working time, pay band or grade,
# a contract or its length, a shift, a place, a reference, and the connectors between them.
_QUALIFIER_WORDS = frozenset("""
full-time part-time fulltime parttime fte hours hrs h std stunden wochenstunden woche week weeks semana
horas heures semaine temps teilzeit vollzeit jornada
band grade eg entgeltgruppe tvod
contract permanent temporary fixed-term months month monate jahre mois ans meses anos befristet
unbefristet cdd cdi interim indefinido temporal
shift shifts night nights days weekends weekend nuit nuits week-end turno turnos noche nocturno rotativo
equipe jour
schicht schichtdienst nachtschicht wechselschicht nacht nachtdienst
remote hybrid onsite on-site homeoffice home-office teletravail teletrabajo remoto hibrido presencial
zona norte sur nord sud north south east west
ref req reference requisition id nr kennziffer referenz reference referencia codigo
""".split())
_QUALIFIER_CONNECTORS = frozenset("of per de d a au par auf pro je por la el del".split())
_TOWNS = _WORDS["towns"]
# A figure with its unit ("30", "0.8", "80 %", "£28k") or a reference code ("JR-0045127", "R4471").
_FIGURE = re.compile(r"^[£€$]?\d+(?:[.,:–-]\d+)*(?:%|h|k|€|£)?$|^[%€£$h]$|^#?(?=(?:\D*\d){3})[^\W_]+(?:-[^\W_]+)*$")
# The label's last part: after a spaced dash, after its last comma, or in brackets at its end.
_LAST_PART = re.compile(r"(?:[ \t]+[-–—][ \t]+|[ \t]*,[ \t]*)(?P<w>[^,–—]+)$|[ \t]*\((?P<b>[^()]*)\)$")


def _qualifier_word(word: str) -> bool:
    word = fold(word.strip(".,:;()[]"))
    if not word or word in _QUALIFIER_WORDS or word in _QUALIFIER_CONNECTORS or word in _TOWNS or _FIGURE.match(word):
        return True
    pieces = [p for p in re.split(r"[/-]", word) if p.strip(".")]  # "h/semana", "12-month", "Std./Woche"
    return len(pieces) > 1 and all(_qualifier_word(p) for p in pieces)


def _only_qualifiers(part: str) -> bool:
    split = part.split()
    return (any(fold(w.strip(".,:;()[]")) not in _QUALIFIER_CONNECTORS for w in split)
            and all(_qualifier_word(w) for w in split))


def label_without_qualifiers(want: str) -> str:
    """The label without the qualifier parts at its end ("Staff Nurse, Band 5" -> "Staff Nurse",
    "Comptable – CDD 8 mois" -> "Comptable"); a part with any other word stays."""
    while (found := _LAST_PART.search(want)) and want[:found.start()].strip():
        if not _only_qualifiers(found.group("w") or found.group("b") or ""):
            break
        want = want[:found.start()].rstrip()
    return want


_DEPARTMENTS = DEPARTMENT_WORDS | frozenset("dpto depto dept abt drh rrhh hr rh".split())


def words(field: str, value: str) -> list[str]:
    """The name as words to compare: see the module's rules."""
    value = _GENDER.sub("", value or "")
    value = _GENDER_PAIR.sub(" ", _BRACKETS.sub(" ", value))
    if field == "company":
        bare = without_legal_form(value)
        # A legal form missing its last dot ("Bodega Digital S.R.L") is still the legal form.
        value = bare if bare != value.strip(" ,&") else without_legal_form(value.rstrip() + ".")
    value = re.sub(r"(?<=\w)\.(?=\w)|(?<=\w)\.(?=\s|$)", "", fold(value))  # "rr.hh." -> "rrhh"
    return re.findall(r"[^\W_]+", value.replace("&", " and "))


def _generic(field: str) -> frozenset[str]:
    if field == "company":
        return ORG_WORDS | _ORG_GENERIC | DEPARTMENT_WORDS | CONNECTORS
    return JOB_WORDS | _RANKS | CONNECTORS


def _initials(run: list[str]) -> set[str]:
    """What a run of words may be shortened to: the initials of all its words, or of those that
    are not connectors ("Universidad Complutense de Madrid": ucdm or ucm)."""
    every = "".join(w[0] for w in run)
    content = "".join(w[0] for w in run if w not in CONNECTORS)
    return {every, content} - {""}


def _compound_initials(short: str, word: str) -> bool:
    """Whether `short` may be the initials of one long compound word's parts ("OFD" for
    "Oberfinanzdirektion"): three or four letters, the word's first, the rest in order in it."""
    if not 3 <= len(short) <= 4 or len(word) < 10 or short[0] != word[0] or short == word:
        return False
    rest = iter(word[1:])
    return all(letter in rest for letter in short[1:])


def short_form(field: str, short: list[str], long: list[str],
               plain: frozenset[str] = frozenset()) -> tuple[bool, list[bool]]:
    """Whether `short` is a short form of `long` (words left out, runs as initials, a distinctive
    word kept), and which of `long`'s words it covers."""
    generic = _generic(field) | plain
    if field == "role":  # a band's or a reference's figure says no more of the job than "Band" does
        generic = generic | {w for w in (*short, *long) if _FIGURE.match(w)}

    @functools.cache
    def walk(i: int, j: int) -> tuple[tuple[bool, ...], bool] | None:
        """Covering of long[j:] by short[i:] (None if impossible), and whether it kept a distinctive word."""
        if i == len(short):
            return tuple(False for _ in long[j:]), False
        if j == len(long):
            return None
        options = []
        if short[i] == long[j] and (rest := walk(i + 1, j + 1)) is not None:
            options.append(((True, *rest[0]), rest[1] or short[i] not in generic))
        for k in range(j + 2, len(long) + 1):
            run = long[j:k]
            if short[i] in _initials(run) and (rest := walk(i + 1, k)) is not None:
                options.append(((True,) * (k - j) + rest[0],
                                rest[1] or any(w not in generic for w in run)))
        if _compound_initials(short[i], long[j]) and (rest := walk(i + 1, j + 1)) is not None:
            options.append(((True, *rest[0]), rest[1] or long[j] not in generic))
        if (rest := walk(i, j + 1)) is not None:
            options.append(((False, *rest[0]), rest[1]))
        if not options:
            return None
        return max(options, key=lambda o: o[1])

    found = walk(0, 0) if short else None
    if found is None or not found[1]:
        return False, []
    covered = list(found[0])
    if field != "company":
        jobs = [w for w, c in zip(long, covered) if w in JOB_WORDS and not c]
        if jobs:
            return False, covered
    return True, covered


# "Assistenzarzt/-ärztin", "Kaufmann/-frau": a German title's other form after "/-", which
# replaces the word's end. Either form names the role.
_OTHER_FORM = re.compile(r"(\w+)/-(\w+)")


# "Referent/in", "Actuario/a", "Chargé·e", "Consultant(e)", "vérificateur(trice)": a word and its
# inclusive ending, which words() drops (the word's first form); the other is written out by _feminine.
_INCLUSIVE = re.compile(rf"(\w+)(?:[·•:*/_]-?|\()({_ENDINGS})\)?(?=[\W_]|$)", re.IGNORECASE)
# Endings that replace the word's last letters: "vérificateur(trice)", "vendeur(euse)", "sportif(ve)".
_REPLACED = {"trice": "teur", "rice": "eur", "euse": "eur", "ve": "f"}


def _feminine(match: re.Match) -> str:
    stem, ending = match.group(1), match.group(2)
    replaced = _REPLACED.get(ending.lower())
    if replaced and stem.lower().endswith(replaced):
        return stem[:-len(replaced)] + ending
    if ending.lower() in {"a", "as"} and stem[-1:].lower() in {"o", "e"}:  # "Actuario/a", "Jefe/a"
        return stem[:-1] + ending
    return stem + ending


def _forms(value: str) -> list[str]:
    """The value with each "X/-Y" pair read as X, and as its other form; with each inclusive ending
    dropped, and written out ("Referent/in" and "Referentin")."""
    written_out = [form for form in [_INCLUSIVE.sub(_feminine, value)] if form != value]
    if not _OTHER_FORM.search(value):
        return [value] + written_out

    def other(match: re.Match) -> str:
        first, second = match.group(1), match.group(2)
        # "Assistenzarzt/-ärztin": the other form takes over where its first letters stand in the
        # word; "Pflegefachfrau/-mann": else it replaces as many letters as it has.
        at = max((i for i in range(len(first)) if fold(first[i:i + 2]) == fold(second[:2])), default=-1)
        return first[:at] + second if at >= 0 else first[:max(len(first) - len(second), 0)] + second

    return [_OTHER_FORM.sub(r"\1", value), _OTHER_FORM.sub(other, value)] + written_out


# An abbreviation in brackets: "(IAMF)", "(U.N.A.M.)", "[BGV]".
_ABBREVIATION = re.compile(r"[(\[]\s*((?:[A-ZÀ-Ý]\.?){2,8})\s*[)\]]")


def _bracketed_abbreviations(want: str) -> list[list[str]]:
    """The abbreviations the label itself gives in brackets, as words."""
    return [words("company", found) for found in _ABBREVIATION.findall(want)]


def _reordered(g: list[str], w: list[str]) -> bool:
    """Two or more of the label's words in another order, read as a short form in the label's order."""
    if len(g) < 2 or len(set(g)) < len(g) or not set(g) <= set(w):
        return False
    in_order = sorted(g, key=w.index)
    return in_order != g and short_form("company", in_order, w)[0]


def judge(field: str, got: str, want: str) -> str:
    """right, left out, or wrong, by the issue's rule (module docstring)."""
    if field == "role" and want and (bare := label_without_qualifiers(want)) != want:
        # "Manager – Nights" for "Shift Manager – Nights": the label's qualifier does not say which job.
        plain = frozenset(words(field, want[len(bare):]))
        verdicts = [_judge_forms(field, got, w, plain) for w in (want, bare)]
        return "right" if "right" in verdicts else verdicts[0]
    return _judge_forms(field, got, want)


def _judge_forms(field: str, got: str, want: str, plain: frozenset[str] = frozenset()) -> str:
    if field == "role" and got and want and any(p.search(v) for p in (_OTHER_FORM, _INCLUSIVE) for v in (got, want)):
        verdicts = [_judge(field, g, w, plain) for g in _forms(got) for w in _forms(want)]
        return "right" if "right" in verdicts else verdicts[0]
    return _judge(field, got, want, plain)


def _judge(field: str, got: str, want: str, plain: frozenset[str] = frozenset()) -> str:
    if field == "person":
        if got and want and fold(got) in fold(want):
            return "right"  # a first name alone greets the right person
        return strict(field, got, want)
    if not got:
        return "left out" if want else "right"
    if not want:
        return "wrong"  # a fact the mail never gives was invented
    g, w = words(field, got), words(field, want)
    if not g:
        return "wrong"
    if g == w or "".join(g) == "".join(w):
        return "right"
    if field == "company" and (g in _bracketed_abbreviations(want) or _reordered(g, w)):
        return "right"
    if short_form(field, g, w, plain)[0]:
        return "right"
    fits, covered = short_form(field, w, g, plain)
    if not fits:
        return "wrong"
    added = [word for word, c in zip(g, covered) if not c]
    if field == "company" and any(word in _DEPARTMENTS for word in added):
        return "wrong"
    return "right"
