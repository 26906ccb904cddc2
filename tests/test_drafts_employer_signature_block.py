"""The signature's firm line when the mail has no closing formula a table knows ("Warmest
wishes,", "Avec toute ma sympathie,"): the last paragraph, when it reads as a signature block,
is read for the employer as a signature is; and a public body's line ("Ville de Namur") keeps
its "de".

Every mail here is written for this file. The first and the last test failed before the block was
read (the employer was guessed from its squashed domain alone, or cut at its "de"); the other two
guard the block against a first name and against sentences.
"""

from __future__ import annotations

from onward.drafts.company_clues import company_candidates, signature_lines
from onward.drafts.layout import split


def _candidates(body: str, sender: tuple[str, str], subject: str = "Your application") -> list[str]:
    return [c.name for c in company_candidates(split(body, words_after_closing=True), subject, [sender], [], "",
                                               set())]


def test_a_signature_block_under_an_unknown_closing_names_the_employer():
    body = ("Dear Tom,\n\nThank you for coming in. We have offered the role to another chef.\n\n"
            "Warmest wishes,\n\nHelen Marsh\nGeneral Manager\nThe Old Mill Riverside Inn\nLedbury, Herefordshire")
    layout = split(body, words_after_closing=True)
    assert layout.signature == ()  # the closing is none a table knows: no signature found
    assert "The Old Mill Riverside Inn" in signature_lines(layout)
    assert _candidates(body, ("Helen Marsh", "helen@oldmillinn.example"))[0] == "Old Mill Riverside Inn"


def test_a_first_name_alone_in_such_a_block_is_nobody_s_firm():
    body = "Coucou Léna,\n\nRegarde ce que j'ai reçu, c'est non.\n\nBisous\nYasmine"
    assert "Yasmine" not in _candidates(body, ("Yasmine Haddad", "yasmine@webpost.example"))


def test_a_last_paragraph_of_sentences_is_no_signature_block():
    body = "Hi Sam,\n\nWe went with someone else.\n\nGood luck with the search.\nTake care."
    assert signature_lines(split(body, words_after_closing=True)) == []


def test_a_public_body_s_signature_line_keeps_its_de():
    body = ("Madame,\n\nNous avons le regret de vous informer que le poste a été pourvu.\n\n"
            "Cordialement,\n\nJulie Masson\nService du personnel\nVille de Vielsalm-Nord\n")
    assert _candidates(body, ("Julie Masson", "j.masson@vielsalm-nord.example"), "Votre candidature")[0] \
        == "Ville de Vielsalm-Nord"
