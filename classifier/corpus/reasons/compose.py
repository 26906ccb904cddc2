"""How the stated-reason corpus was written: each writer's phrasings, composed into rejections.

    python classifier/corpus/reasons/compose.py   # rewrites r*.jsonl beside it

Every sentence below was written for onward (no real mail was copied). Eight "writers" with their
own styles: rA an applicant-tracking system's templates, rB recruitment-agency consultants, rC
small companies' hiring managers (short and direct), rD large employers (long and formal), rE
people teams of mid-sized companies (warm, plain), rF universities, hospitals, charities and
start-ups (many near misses), rG casual notes from founders and shop managers,
rH HR generalists at retail chains, hotels and logistics firms. Each
writes in en/de/fr/es: greetings, thanks, bare rejections, sentences that state each reason
(a leading "*" marks one that is itself the rejection), sentences that look like a reason but
are not (decoys: the future "we will fill the role soon", a confirmation's "many applications",
a policy of giving no feedback "because of the volume", a talent pool, an office location), and
closings. A rejection is composed from them, deterministically (seeded), so rerunning gives the
same files.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

from pools_a import A  # noqa: E402  (the writers' phrasings, one module each)
from pools_b import B  # noqa: E402
from pools_c import C  # noqa: E402
from pools_d import D  # noqa: E402
from pools_e import E  # noqa: E402
from pools_f import F  # noqa: E402
from pools_g import G  # noqa: E402
from pools_h import H  # noqa: E402

HERE = Path(__file__).parent
NAMES = {"en": ["Daniel", "Priya", "Sam", "Olivia", "Tom", "Grace"],
         "de": ["Jonas", "Lena", "Herr Becker", "Frau Yilmaz", "Tobias", "Miriam"],
         "fr": ["Camille", "Julien", "Madame Laurent", "Monsieur Petit", "Inès", "Hugo"],
         "es": ["Lucía", "Javier", "Carmen", "Diego", "Sra. Ortega", "Pablo"]}
COMPANIES = ["Northwind Logistics", "Kestrel Health", "Bluefin Analytics", "Halden Energy",
             "Marlowe & Finch", "Quillon Software", "Altamira Foods", "Vektor Systems"]
ROLES = {"en": ["Data Analyst", "Backend Engineer", "Marketing Manager", "Accountant", "UX Designer"],
         "de": ["Datenanalyst (m/w/d)", "Backend-Entwickler", "Marketing Manager", "Buchhalterin",
                "UX-Designer"],
         "fr": ["Analyste de données", "Développeur backend", "Chef de projet marketing", "Comptable",
                "Designer UX"],
         "es": ["Analista de datos", "Desarrollador backend", "Responsable de marketing", "Contable",
                "Diseñador UX"]}
REASON_CLASSES = ("position_filled", "closer_experience", "internal_candidate", "role_closed",
                  "volume", "location_or_visa")
NONE_MAILS = 9


def fill(text: str, values: dict) -> str:
    return text.format(**values)


def compose(writer: str, language: str, pools: dict, rng: random.Random, n: list[int]) -> list[dict]:
    mails = []
    plan = [(c, s) for c in REASON_CLASSES for s in pools["reasons"][c]] + [("none", None)] * pools.get("none_mails", NONE_MAILS)
    for reason, sentence in plan:
        values = {"name": rng.choice(NAMES[language]), "co": rng.choice(COMPANIES),
                  "role": rng.choice(ROLES[language])}
        parts = [rng.choice(pools["greet"])]
        if rng.random() < 0.75:
            parts.append(rng.choice(pools["thanks"]))
        middle = []
        stated = None
        if sentence is None or not sentence.startswith("*"):
            middle.append(rng.choice(pools["reject"]))
        if sentence is not None:
            stated = fill(sentence.lstrip("*"), values)
            # The reason comes after the rejection mostly, sometimes before it.
            middle.insert(len(middle) if rng.random() < 0.75 else 0, stated)
        decoys = rng.sample(pools["decoys"], k=min(len(pools["decoys"]),
                                                   rng.choice((0, 1, 1, 2) if sentence else (1, 1, 2, 2))))
        for decoy in decoys:
            middle.insert(rng.randint(0, len(middle)), decoy)
        parts += middle
        parts.append(rng.choice(pools["close"]))
        paragraphs = [fill(p, values) for p in parts]
        if pools.get("one_paragraph"):
            text = paragraphs[0] + "\n\n" + " ".join(paragraphs[1:])
        else:
            text = "\n\n".join(paragraphs)
        body = text + "\n\n" + fill(rng.choice(pools["sign"]), values) + "\n"
        n[0] += 1
        mails.append({"id": f"{writer}-{n[0]:03d}", "writer": writer, "language": language,
                      "subject": fill(rng.choice(pools["subject"]), values), "body": body,
                      "reason": reason, "sentence": stated})
    return mails


def main() -> None:
    for writer, by_language in (("rA", A), ("rB", B), ("rC", C), ("rD", D), ("rE", E), ("rF", F), ("rG", G), ("rH", H)):
        rng, n, mails = random.Random(writer), [0], []
        for language in ("en", "de", "fr", "es"):
            mails += compose(writer, language, by_language[language], rng, n)
        with open(HERE / f"{writer}.jsonl", "w", encoding="utf-8") as out:
            for mail in mails:
                out.write(json.dumps(mail, ensure_ascii=False) + "\n")
        print(writer, len(mails))


if __name__ == "__main__":
    main()
