"""What the tests of the drafts' reading share: a rejection built the way the corpus and the bench
build one, and the text of the reply onward drafts for it."""

from __future__ import annotations

from onward.classifier.corpus import entry_to_bytes
from onward.drafts import DraftSettings, plan_drafts


def mail(body: str, sender: str = "Talent <talent@quarrymill.com>", subject: str = "Your application",
         language: str = "en", html: bool = False) -> bytes:
    """RFC 5322 bytes built the way the corpus and the bench build them."""
    return entry_to_bytes({"id": f"facts-test-{abs(hash(body)) % 10**8}", "language": language,
                           "from": sender, "subject": subject, "body": body, "html": html})


def reply_text(raw: bytes) -> str:
    plan = plan_drafts(raw, "test-key", DraftSettings(name="Alex Doe"))
    return plan.drafts[0].message.get_content()


# A go-between's mail relaying its client's decision, which the candidate's application names: (language,
# sender, subject, body, the go-between's name, the client's name). The relayed-decision tests expect
# the go-between vetoed, the disagreeing-names tests the client's name or none stated.
RELAYED_TO_THE_CANDIDATE = {
    "fr-agency": ("fr", "Sophie Garnier – Tremplin Emploi <sophie.garnier@tremplin-emploi.example>",
         "Mission Comptable fournisseurs – retour",
         "Bonjour Léa,\n\nPetit retour sur la mission de Comptable fournisseurs, intérim 6 mois, chez Fromagerie "
         "Vallette à Rodez.\n\nL'entreprise a retenu une autre candidate, déjà formée sur leur logiciel. Je "
         "continue à chercher pour vous et je vous appelle jeudi.\n\nBonne journée,\n\nSophie Garnier\nChargée "
         "d'affaires\nTremplin Emploi – Agence de Rodez\n",
         "Tremplin", "Fromagerie Vallette"),
    "fr-job-board": ("fr", "Passerelle Export <ne-pas-repondre@passerelle-export.example>", "Mise à jour de votre candidature",
         "Bonjour Hugo,\n\nL'entreprise Verdane Optique a étudié votre candidature à l'offre suivante :\n\n"
         "Stage – Assistant qualité, Besançon (6 mois)\n\nNous vous informons que votre candidature n'a pas été "
         "retenue par l'entreprise.\n\nD'autres offres sont publiées chaque semaine sur votre espace.\n\nBonne "
         "recherche,\n\nL'équipe Passerelle Export\n",
         "Passerelle Export", "Verdane Optique"),
}
