"""A title of job words alone and the field the subject writes after it and a dash ("Associate –
Commercial Property", "Solicitor – Employment"): "Associate" alone says which kind of job, not which
post; the subject's whole title does. A workplace, a town, the employer, a person or the working terms
after the dash stay off ("Head Chef – The Hollies", "Barista – Russafa", "Nurse – night shift"): the
mail's own labels name those posts by the bare title, and a place's name reads like any other name.
Where the body writes that field in front ("the Litigation Paralegal spot") the subject's form is stated.
"""

from __future__ import annotations

import re

from onward.drafts.case_blind import lacks_a_word
from onward.drafts.lexicon import fold
from onward.drafts.role_comma import field_word
from onward.drafts.role_qualifiers import says_terms
from onward.drafts.role_title import only_job_words

# The part after a spaced dash, up to the segment's end, another dash, a bracket, a colon or a comma.
_PART_AFTER = r"[ \t]+[–—-][ \t]+(?P<p>[^\n|–—:()\[\],]{2,60}?)[ \t]*(?=$|[ \t][-–—|][ \t]|[(:,\[])"
_SMALL = frozenset("& and of y de del des du et und für la le el the".split())


def with_field_after_dash(role: str, subject: str) -> str:
    """The role with the subject's part after a dash, where the role is job words alone and that part
    is capitalised field words alone ("Commercial Property", "Risk & Compliance")."""
    if not role or not only_job_words(role):
        return role
    found = re.search(r"(?<![\w-])(?P<t>" + re.escape(role) + r")" + _PART_AFTER, subject, re.IGNORECASE)
    if not found:
        return role
    part = found.group("p").strip()
    words = [w for w in part.split() if fold(w) not in _SMALL]
    if not words or not part[:1].isupper() or not all(field_word(fold(w)) for w in words):
        return role
    return f"{found.group('t')} – {part}"


def as_the_subject_orders(role: str, subject: str) -> str:
    """ "Litigation Paralegal" -> "Paralegal – Litigation": where the subject writes the title as job
    words, a dash and the field ("Re: Paralegal – Litigation (Hybrid)") and the body writes the field
    in front ("the Litigation Paralegal spot"), the subject's form is the posting's title. Both are the
    mail's own words; the subject's is the one the post is named by. Nothing is reordered: the role is
    the subject's words as written, or unchanged."""
    words = role.split()
    for cut in range(1, len(words)):
        field, title = " ".join(words[:cut]), " ".join(words[cut:])
        if not only_job_words(title) or only_job_words(field) or lacks_a_word(subject, (title,)):
            continue  # (a title the subject lacks is found nowhere in it: no pattern compiled for it)
        found = re.search(r"(?<![\w-])(?P<t>" + re.escape(title) + r")" + _PART_AFTER, subject, re.IGNORECASE)
        # A place or the terms after the dash ("Analyst – Leeds") are no field of the title.
        if found and fold(found.group("p").strip()) == fold(field) and not says_terms(field, ""):
            return f"{found.group('t')} – {found.group('p').strip()}"
    return role
