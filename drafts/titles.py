"""Abbreviated titles written before a person's name ("Dr.", "Mag.", "Lic.", "Dra.", "Prof. Dr.")
and abbreviated words inside a job title ("Wiss. Mitarbeiter/in"): one pattern for every reader."""

from __future__ import annotations

import re

# One abbreviation with its dot: a capital and one to four letters ("Dr.", "Mag.", "Dipl."), or two
# to five lower-case letters ("med.", "rer."). "M." alone is an initial, not a title.
TITLE_ABBREVIATION = r"(?:[A-ZÀ-Þ][a-zà-ÿªº]{1,4}|[a-zà-ÿ]{2,5})\."

# One or more abbreviations before two words of a name: "Mg. Cecilia Rojas", "Dr. med. Jan Ott",
# "Ab. Daniela Coronel". Only then is it a title: "Th. Müller" keeps its initial.
TITLES_BEFORE_A_NAME = re.compile(rf"^(?:{TITLE_ABBREVIATION}[ \t]*)+"
                                  r"(?=[A-ZÀ-Þ][\w'’-]+[ \t]+(?:[a-z]{1,3}[ \t]+)*[A-ZÀ-Þ])")

# An abbreviated word inside a job title ("Wiss. Mitarbeiter/in", "Dipl.-Ing."): a subject's short
# form, not how a reply names a role. "Sr." and "Jr." are how titles are written in full.
ABBREVIATED_WORD = re.compile(r"(?<![\w.])(?!(?:Sr|Jr|St|Dr)\.)[A-Za-zÄÖÜäöü]{2,5}\.(?=[\s-]|$)")
