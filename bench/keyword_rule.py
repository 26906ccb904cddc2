"""A plain keyword rule, as keyword-based job trackers decide: the baseline the model must beat.

It reads the same text as the model (`message_text`), so any difference in the figures comes from
the decision, not from the extraction.
"""

from __future__ import annotations

import re

KEYWORDS = {
    "en": r"unfortunately|regret|other candidates|not moving forward|not to move forward"
          r"|not be moving forward|not been successful|unsuccessful|not selected|decided to pursue"
          r"|position has been filled|will not be proceeding|decided not to proceed",
    "de": r"leider|bedauern|absage|anderen kandidaten|anderen bewerber|nicht berücksichtigen"
          r"|nicht weiter berücksichtigen|gegen sie entschieden|andere(?:n)? kandidatin",
    "fr": r"malheureusement|regret|ne pas donner suite|pas retenue?|autres candidats|autre candidat"
          r"|pas été retenue?|ne correspond pas",
    "es": r"lamentablemente|desafortunadamente|lamentamos|otros candidatos|no ha sido seleccionad"
          r"|no continuar|no seguir adelante|otro candidato",
}
_RULE = re.compile("|".join(f"(?:{pattern})" for pattern in KEYWORDS.values()), re.I)


def keyword_says_rejection(text: str) -> bool:
    """True when any rejection keyword of any supported language appears in `text`."""
    return bool(_RULE.search(text))
