"""The stay-in-touch draft, months after a rejection the user answered (issue 14 item 3).

`plan_follow_up` builds one short draft to the person the user last wrote to, threaded under the
last message of the conversation, from the `follow_up.txt.j2` templates (the user's templates_dir
first, rendered in the same Jinja2 sandbox as the first drafts). Facts come from the rejection as
for the first drafts; a fact left out there is left out here too.
"""

from __future__ import annotations

import dataclasses
import email
import email.policy
import email.utils
import re
from datetime import datetime

from onward.drafts import mime_text, render
from onward.drafts.compose import build_reply
from onward.drafts.plan import Draft, DraftSettings, template_context
from onward.drafts.rejection import Rejection, read_rejection
from onward.drafts.sanitize import message_ids, one_line, valid_address

KIND = "follow_up"
SHIPPED_LANGUAGES = ("en", "de", "fr", "es")


def _headers(raw: bytes) -> email.message.Message:
    end = raw.find(b"\r\n\r\n")
    end = raw.find(b"\n\n") if end < 0 else end
    return email.message_from_bytes(raw[:end if end >= 0 else len(raw)], policy=email.policy.compat32)


def _header(msg: email.message.Message, name: str) -> str:
    value = msg.get(name)
    if value is None:
        return ""
    try:
        return str(email.header.make_header(email.header.decode_header(str(value))))
    except Exception:  # a broken encoded-word: the raw text, made safe by one_line later
        return str(value)


def _recipient(last: email.message.Message, by_user: bool, own: set[str]) -> tuple[str, str]:
    """(name, address) of the person to write to: whom the user wrote to last, or who wrote last."""
    fields = ("To",) if by_user else ("Reply-To", "From")
    for field in fields:
        for name, addr in email.utils.getaddresses([_header(last, field)]):
            addr = valid_address(addr)
            if addr and addr.lower() not in own:
                return one_line(name, 100), addr
    return "", ""


def choose_language(detected: str, forced: str, templates_dir: str = "") -> str:
    """The forced language if it has a follow-up template, else the rejection's, else English. A
    template that exists but is broken is chosen, so that rendering reports what is wrong with it."""
    for language in (forced, detected):
        if (language and render.LANGUAGE_CODE.fullmatch(language)
                and render.has_templates(language, templates_dir, KIND)):
            return language
    return "en"


def plan_follow_up(rejection_raw: bytes | None, last_raw: bytes, last_by_user: bool, key: str,
                   settings: DraftSettings, known: dict[str, str], own: set[str], now: datetime) -> Draft:
    """The follow-up draft (X-Onward-Key `key`), under `last_raw`, the conversation's last message
    (the user's, from Sent, when `last_by_user`). `rejection_raw` may be None when the rejection
    is no longer in the inbox: then `known` (the facts kept in the state) is all it says, and the
    greeting names nobody. Raises render.DraftTemplateError for a broken template."""
    if rejection_raw is not None:
        rejection = read_rejection(rejection_raw)
    else:
        rejection = Rejection(company=known.get("company", ""), role=known.get("role", ""),
                              first_name="", stage=known.get("stage", "application"), no_reply=False,
                              language=known.get("language", "en"), reply_to="", subject="",
                              message_id="")
    last = _headers(last_raw)
    own = {a.lower() for a in own} | ({settings.email.lower()} if settings.email else set())
    name, addr = _recipient(last, last_by_user, own)
    last_id = next(iter(message_ids(_header(last, "Message-ID"))), "")
    refs = tuple(message_ids(_header(last, "References")))
    if not refs and last_id:  # a client that wrote only In-Reply-To: the thread is still named
        refs = tuple(message_ids(_header(last, "In-Reply-To")))
    subject = _header(last, "Subject") or rejection.subject
    threaded = dataclasses.replace(rejection, message_id=last_id, references=refs, subject=subject,
                                   reply_to=addr, reply_to_name=name, text="")
    language = choose_language(rejection.language, settings.language or "", settings.templates_dir or "")
    context = template_context(rejection, language, KIND, settings)
    body = render.render(KIND, language, context, key, settings.templates_dir or "")
    message = build_reply(threaded, body, key=key, language=language, identity_name=settings.name,
                          identity_email=settings.email, quote_original=False, now=now)
    return Draft(KIND, key, message)


# "Do not contact me/us again", plainly, in each shipped language: one of these in any answer of
# the person ends every follow-up to them. Matched on the casefolded text, apostrophes unified.
_DO_NOT_CONTACT = {
    "en": (r"\bplease (?:do not|don't) (?:contact|e-?mail|write to)\b",
           r"\b(?:do not|don't) (?:contact|e-?mail|write to) (?:me|us) (?:again|any ?more|in the future)\b",
           r"\bno further contact\b", r"\bstop (?:contacting|e-?mailing|writing to) (?:me|us)\b",
           r"\bremove (?:me|us|my address) from your (?:list|mailing)"),
    "de": (r"\bbitte keine weiteren\b", r"\b(?:kontaktieren|schreiben) sie (?:mich|uns) (?:bitte )?nicht mehr\b",
           r"\bnicht mehr (?:zu )?(?:kontaktieren|anzuschreiben)\b", r"\bkeine weitere kontaktaufnahme\b"),
    "fr": (r"\bmerci de ne plus\b", r"\bne plus (?:me|nous) (?:contacter|écrire|solliciter|relancer)\b",
           r"\bne (?:me|nous) (?:contactez|écrivez|sollicitez|relancez) plus\b",
           r"\bne pas (?:me|nous) recontacter\b"),
    "es": (r"\bno (?:me |nos )?vuelva(?:n)? a (?:contactar|escribir)", r"\bno volver a contactar",
           r"\bno (?:me|nos) contacte(?:n)? más\b", r"\babst[eé]ngase de (?:contactar|escribir)"),
}
_DO_NOT_CONTACT_RE = re.compile("|".join(p for ps in _DO_NOT_CONTACT.values() for p in ps))


def asks_not_to_be_contacted(raw: bytes) -> bool:
    """Does this mail plainly ask not to be contacted again (in English, German, French or
    Spanish)? Only the text the person wrote: quoted lines (">") are not theirs."""
    try:
        text = mime_text.body_text(mime_text.parse(raw))
    except Exception:  # an unreadable mail says nothing
        return False
    own = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith(">"))
    return bool(_DO_NOT_CONTACT_RE.search(own.casefold().replace("’", "'")))
