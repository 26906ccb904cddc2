"""Whether a rejection came after interviews (thank the interviewers) or at the application stage."""

from __future__ import annotations

import re

# Evidence that a conversation already took place. Each language's words for it; the sentence
# test below drops mentions of interviews that did not happen ("not invite you to an interview").
_HELD = re.compile(
    r"\binterview(?:s|ed|ing)?\b|\bfinal round\b|\bon-?site\b|\bphone (?:call|screen)\b|"
    r"\b(?:video|our|the) call\b|\bchat(?:ted)?\b|\bconversations?\b|\b(?:speaking|spoke|meeting|met) "
    r"with\b|\bcoming in\b|\bseminar\b|\bpanel\b|"
    r"gespr[äa]ch|\binterview|kennenlernen|kennengelernt|telefonat|\btermin\b|"
    r"\bentretiens?\b|\b[ée]changes?\b|\brencontre\b|\brencontr[ée]|"
    r"\bentrevistas?\b|\bconversaci[óo]n|\breuni[óo]n\b|\bconocerte\b|\bconocerle\b|\bllamada\b",
    re.IGNORECASE,
)
# Said shortly before the mention, these mean the conversation did not (yet) happen.
_NEGATED = re.compile(
    r"\b(?:not|unable|won['’]t|no longer|invite|inviting|nicht|kein\w*|einladen|pas|convier|inviter|"
    r"convoquer|no|invitar|convocar|sans|sin|ohne|without)\b[^.;]*$",
    re.IGNORECASE,
)
_FUTURE = re.compile(r"\b(?:to|for|zu|zum|zur|à|pour|a|para)\s+(?:the|an?|next|further|einem|einer|"
                     r"un|une|l['’]|la|el|una)?\s*$", re.IGNORECASE)
_THANKS = re.compile(r"\b(?:thank|thanks|danke|dank|bedank|merci|remerci|gracias|agradec)", re.IGNORECASE)
_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")
# What every mention _HELD finds holds, in the text lower-cased with the dotless "ı", the long "ſ"
# and the dotted "İ" read as the "i" and "s" that re's IGNORECASE matches them with: most rejections
# hold none, most sentences of the others neither, and trying _HELD's alternatives at every
# character was a twentieth of reading one (issue 17). Keep the two together (tests/test_drafts_fast_paths.py holds them so).
_HELD_CORES = ("nterview", "round", "site", "phone", "call", "chat", "conversation", "ke with", "ng with",
               "et with", "coming in", "seminar", "panel", "gespr", "kennen", "telefonat", "termin", "entretien",
               "change", "rencontr", "entrevista", "conversaci", "reuni", "conocerte", "conocerle", "llamada")


def _took_place(sentence: str, mention: re.Match) -> bool:
    before = sentence[:mention.start()][-60:]
    if _NEGATED.search(before):
        return False
    # "invite you to an interview", "for the interview stage": ahead; "thanks for the interview": past.
    return not (_FUTURE.search(before) and not _THANKS.search(before))


def may_mention_one(text: str) -> bool:
    """False when _HELD finds no mention in `text` (True may still find none)."""
    lowered = text.lower().replace("\u0307", "").replace("ı", "i").replace("ſ", "s")
    return any(core in lowered for core in _HELD_CORES)


def detect(text: str) -> str:
    """"interview" if the mail thanks for or refers to a conversation that took place."""
    if not may_mention_one(text):
        return "application"
    for sentence in _SENTENCE.split(text):
        if may_mention_one(sentence) and any(_took_place(sentence, m) for m in _HELD.finditer(sentence)):
            return "interview"
    return "application"
