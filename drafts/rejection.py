"""Read a rejection email into the facts a reply needs (`read_rejection`)."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Callable

from onward.drafts import addresses as addr_rules
from onward.drafts import language as lang
from onward.drafts import layout as text_layout
from onward.drafts import fact_model, facts, mime_text, stage
from onward.drafts.bounds import without_comments
from onward.drafts.company import Choice
from onward.drafts.company_keys import company_domains, domain_label
from onward.drafts.company_keys import key as company_key
from onward.drafts.company_clues import company_candidates, names_domain, rules_winner
from onward.drafts.forwarded import Forward, find_forward, forwarded_signer, quoted_sender
from onward.drafts.lexicon import fold
from onward.drafts.formal_address import formal_address
from onward.drafts.name_shape import display_as_name, first_name, person_name
from onward.drafts.people import looks_personal, named_contact
from onward.drafts.signature_lines import signed_by_team, signs_as_organisation, signs_as_persona
from onward.drafts.signer import complete, initialled_signer, signer
from onward.drafts.unsigned import unsigned_signer
from onward.drafts.role import RoleEvidence, choose_role_evidence, looks_like_title
from onward.drafts.subjects import topic
from onward.drafts.sanitize import message_ids, one_line


@dataclass(frozen=True)
class Rejection:
    """What a reply needs to know about a rejection. Unknown text fields are ""."""

    company: str
    role: str
    first_name: str  # of the person to thank; "" for a team signature
    stage: str  # "application" or "interview"
    no_reply: bool  # the sender is an automated no-reply address
    language: str  # "en", "de", "fr" or "es"
    reply_to: str  # where the draft goes; "" when no person's address is known
    subject: str
    message_id: str  # "<...>" or ""
    references: tuple[str, ...] = ()
    full_name: str = ""  # of the person to thank
    reply_to_name: str = ""  # display name for reply_to, when known
    formal: bool = True  # the sender used "Sie"/"vous"/"usted"
    sender: str = ""  # the From address
    sender_name: str = ""
    date: datetime | None = None
    text: str = field(default="", repr=False)  # the readable body, for quoting
    # "Frau Vogel" (the language's title and the surname) or "Anna Vogel", for a formal greeting;
    # "" when the mail is informal or names nobody.
    formal_name: str = ""
    # Every fact as read, with its confidence, including those left out above for low confidence
    # (facts.THRESHOLDS): company, role, contact, stage, language.
    facts: dict[str, "facts.Fact"] = field(default_factory=dict, repr=False, compare=False)
    # The company and the role as the rules keep them at their own threshold, before the calibrated
    # model (which is stricter, for replies): what job mail is matched and recorded by (daemon/
    # job_mail.py, onward report), never what a draft says.
    record_company: str = ""
    record_role: str = ""


_HEAD, _TAIL = 30_000, 10_000  # a rejection is a few thousand characters; the signature is at the end


def _bounded(text: str) -> str:
    """The start and the end of a very long text: extraction stays fast on hostile input."""
    return text if len(text) <= _HEAD + _TAIL else f"{text[:_HEAD]}\n\n{text[-_TAIL:]}"


_NAME_PARTICLE = re.compile(r"^(?:de|del|de la|de las|de los|la|von|vom|van|da|dos|du|des)$", re.IGNORECASE)


def without_company_tail(name: str, domains: list[str]) -> str:
    """ "Julie de Decathlon" from decathlon.fr -> "Julie": the words after "de"/"de la"/"von" name the
    sender's domain, so they are the company, not a surname."""
    words = name.split()
    for i in range(1, len(words) - 1):
        if not _NAME_PARTICLE.match(words[i]):
            continue
        # The particles' run ("de la") and everything after it, with and without the run.
        end = i
        while end < len(words) - 1 and _NAME_PARTICLE.match(words[end]):
            end += 1
        if any(names_domain(" ".join(tail), domains) or company_key(" ".join(tail)) in domains
               for tail in (words[end:], words[i + 1:], words[i:])):
            return " ".join(words[:i])
        return name
    return name


@dataclass(frozen=True)
class _CompanyRead:
    """The employer's candidates (the rules' winner first), and the mail they were read from."""

    candidates: list[Choice]
    choice: Choice  # the rules' winner, or an empty choice that knows whether a domain was seen
    set_aside: frozenset[str]  # keys of names the rules found and set aside: a carrier, a group
    text: str
    senders: list[tuple[str, str]]
    sender: tuple[str, str]  # (display name, address) of the mail read
    signer: str


def _company_read(layout: text_layout.Layout, subject: str, senders: list[tuple[str, str]], own_words: str,
                  company_signer: str, forward: Forward | None, not_these: set[str],
                  sender: tuple[str, str]) -> _CompanyRead:
    """The employer named by the mail, or, for a rejection the applicant forwarded ("Hey Dad - see
    below"), by the forwarded mail: its sender, subject and signer (`company_signer` then) are the
    employer's, while the note's own (a webmail address, "Fwd: …") name nobody."""
    if forward is not None and forward.sender[1]:
        layout = text_layout.split(forward.body, words_after_closing=True)
        subject, senders, own_words = forward.subject or subject, [forward.sender], forward.body
        sender = forward.sender
    text_addresses = addr_rules.addresses_in_text(own_words)
    set_aside: set[str] = set()
    candidates = company_candidates(layout, subject, senders, text_addresses, company_signer, not_these, own_words,
                                    set_aside)
    return _CompanyRead(candidates, rules_winner(candidates, [a for _, a in senders] + text_addresses),
                        frozenset(set_aside),
                        own_words, senders, sender, company_signer)


def _agency_last(candidates: list[Choice], rule_facts: list[facts.Fact]) -> tuple[list[Choice], list[facts.Fact]]:
    """The staffing agency that wrote goes after every other name: its client, when the mail names
    it ("feedback from Pemberton Foods"), is the employer, and the rules' winner."""
    order = sorted(range(len(candidates)), key=lambda i: rule_facts[i].how == facts.THE_AGENCY)
    if order == list(range(len(candidates))):
        return candidates, rule_facts
    return ([dataclasses.replace(candidates[i], rank=rank) for rank, i in enumerate(order)],
            [rule_facts[i] for i in order])


def read_rejection(raw: bytes) -> Rejection:
    """Extract company, role, person, stage, language and recipient. Never raises on bad input:
    a message the parsers cannot cope with (comments nested hundreds deep) is read again without
    its parentheses, and if even that fails, the reply is written without any of these facts."""
    for attempt in (raw, without_comments(raw or b"")):
        try:
            return _read(attempt)
        except (RecursionError, ValueError, LookupError, TypeError, AttributeError, IndexError, KeyError):
            continue
    return Rejection(company="", role="", first_name="", stage="application", no_reply=False,
                     language="en", reply_to="", subject="", message_id="",
                     facts={"company": facts.Fact("", 0.0), "role": facts.Fact("", 0.0),
                            "contact": facts.Fact("", 0.0), "stage": facts.Fact("application", 0.0),
                            "language": facts.Fact("en", 0.0)})


@dataclass(frozen=True)
class Record:
    """What job mail is recorded by (daemon/job_mail.py): the company and the role as the rules keep
    them (Rejection.record_company, .record_role) and the readable body (Rejection.text)."""

    company: str = ""
    role: str = ""
    text: str = ""


def read_record(raw: bytes) -> Record:
    """read_rejection(raw)'s record_company, record_role and text, read without what only a reply
    needs (the person to thank, the recipient, the calibrated role, the stage, the formality): the
    same reading up to those, so the same values, for a fraction of the work. Never raises."""
    for attempt in (raw, without_comments(raw or b"")):
        try:
            read = _record_reading(attempt)
            return Record(read.record_company, read.record_role, read.text)
        except (RecursionError, ValueError, LookupError, TypeError, AttributeError, IndexError, KeyError):
            continue
    return Record()


@dataclass(frozen=True)
class _Reading:
    """What both a reply's facts and a record are read from, and the record's own facts."""

    headers: mime_text.Headers
    subject: str
    senders: list[tuple[str, str]]
    reply_tos: list[tuple[str, str]]
    applicant: list[tuple[str, str]]
    sender_name: str
    sender: str
    text: str
    forwards: bool
    own_words: str
    layout: text_layout.Layout
    not_these: set[str]
    domains: list[str]
    forward: Forward | None
    passed_on: str | None
    company_read: _CompanyRead
    candidates: list[Choice]
    choice: Choice
    sender_is_person: bool
    sender_labels: tuple[str, ...]
    language: str
    first_read: facts.Fact
    # The company the model weighs among the rules' names: only a reply states it (read_rejection);
    # a record keeps the rules' winner, so the model's features of each name are read only when a
    # reply asks (issue 17: a seventh of read_record's CPU went into them).
    model_company: Callable[[], facts.Fact]
    role_found: str
    evidence: RoleEvidence
    title_like: bool
    in_subject: bool
    role_fact: facts.Fact  # the rules' role, before the calibrated model
    record_company: str
    record_role: str


def _signed(layout: text_layout.Layout, not_these: set[str], own_words: str, sender_name: str, sender: str,
            domains: list[str], strict: bool) -> tuple[str, str]:
    """Who signed (their first reading, and their full name): `strict` for the person to greet
    ("HR-Services", "Für den Rektor:" are nobody); the company's rules keep the signer as they
    learnt it (not strict), so the company read does not move."""
    first = signer(layout, not_these, strict, sender_name, sender)
    if strict and not first:
        first = initialled_signer(layout, sender_name, not_these)  # "G. Hoffmann" sent as "Géraldine Hoffmann"
    if strict and not first and not layout.signature and not layout.inline_signer:
        first = unsigned_signer(own_words, not_these, sender_name, sender)  # a closing no table knows
    first = without_company_tail(first, domains)
    if names_domain(first, domains):
        first = ""  # "Northgate Schools Trust" from northgateschools.org: the company signed
    return first, complete(first, layout, sender_name, not_these)


def _record_reading(raw: bytes) -> _Reading:
    """The reading a record needs (the company and the role, the rules' and the model's company):
    read_rejection goes on from here to what only a reply needs."""
    msg = mime_text.parse(raw)
    headers = mime_text.Headers(msg)
    subject = headers.header("Subject")
    senders = headers.addresses("From")[:1]
    reply_tos = headers.addresses("Reply-To")
    applicant = headers.addresses("To") + headers.addresses("Cc")
    sender_name, sender = senders[0] if senders else ("", "")
    text = mime_text.body_text(msg)
    above_quote = text_layout.cut_quoted(text)
    forwards = above_quote.strip() != text.strip()  # an earlier mail below the sender's own words
    own_words = _bounded(above_quote)
    layout = text_layout.split(own_words, words_after_closing=True)

    # The applicant's own name must never be taken for the company or the person to thank.
    not_these = {fold(n) for n, _ in applicant if n} | {company_key(n) for n, _ in applicant if n}
    for name, _ in applicant:
        not_these |= {fold(part) for part in name.split() if len(part) > 2}
    domains = company_domains([a for _, a in senders + reply_tos], own_words)

    company_signer = _signed(layout, not_these, own_words, sender_name, sender, domains, strict=False)[1]
    forward = find_forward(_bounded(text), subject, sender_name, sender)
    passed_on = forwarded_signer(forward, not_these) if forward else None
    company_read = _company_read(layout, subject, senders + reply_tos, own_words,
                                 company_signer if passed_on is None else passed_on, forward, not_these,
                                 (sender_name, sender))
    candidates, choice = company_read.candidates, company_read.choice
    company_text, company_senders = company_read.text, company_read.senders
    sender_is_person = bool(sender_name) and looks_personal(sender_name, sender)
    company_sender_name, company_sender = company_read.sender
    # The company's sender is the mail's own but for a forwarded rejection: judged once then.
    company_sender_is_person = (sender_is_person if (company_sender_name, company_sender) == (sender_name, sender)
                                else bool(company_sender_name) and looks_personal(company_sender_name, company_sender))
    sender_labels = tuple(domain_label(a.rpartition("@")[2]) for _, a in company_senders
                          if a and not addr_rules.is_ats_domain(a.rpartition("@")[2]))
    language = lang.detect(f"{subject}\n{own_words}")
    client_cue = facts.client_cue(company_text, candidates)
    # The subject the company was read with (the forwarded mail's, for the applicant's forward): the
    # model reads a go-between's words in it (fact_go_between).
    company_subject = (forward.subject or subject) if forward is not None and forward.sender[1] else subject

    def ruled(candidate: Choice) -> facts.Fact:
        return facts.company_confidence(candidate, company_text, company_sender_name, company_sender_is_person,
                                        company_read.signer, sender_labels, company_sender, client_cue)

    def scored(candidate: Choice, rule_fact: facts.Fact) -> facts.Fact:
        others = [c for c in candidates if c is not candidate]
        fact = facts.calibrated("company", rule_fact, fact_model.company_features(
            candidate, rule_fact.confidence, rule_fact.how, language, facts.RULE_THRESHOLD, company_text, client_cue,
            others, company_read.sender, company_subject))
        if rule_fact.how == facts.A_PERSON and company_sender_is_person and not candidate.agrees_with_domain:
            # The own name of a person writing from their own address ("working with Nadia Farrow"
            # from Nadia Farrow's webmail), no firm's domain called so behind it: naming her as a
            # company is worse than naming none, whatever the model weighs.
            return dataclasses.replace(fact, confidence=min(fact.confidence, rule_fact.confidence))
        if rule_fact.how in facts.VETOED:
            return dataclasses.replace(fact, confidence=min(fact.confidence, rule_fact.confidence))
        return fact

    rule_facts = facts.at_a_groups_site(candidates, facts.in_an_agencys_mail(candidates, [ruled(c) for c in candidates]),
                                        company_text)
    # The earlier mail below the sender's words, when the company is read from the sender's own (a note
    # relaying another's answer; an applicant's forward is read for the forwarded mail's company).
    relayed = quoted_sender(text[len(above_quote):]) if forwards and company_text == own_words else ("", "")
    rule_facts = facts.relaying_kin(candidates, rule_facts, relayed, sender)
    # The name the clues found likeliest, even the agency that wrote: nobody to greet (read_rejection).
    first_read = rule_facts[0] if candidates else ruled(choice)
    candidates, rule_facts = _agency_last(candidates, rule_facts)
    # The rules' winner, as they judge it: what job mail is recorded by.
    rules_fact = rule_facts[0] if candidates else first_read
    record_company = rules_fact.value if rules_fact.confidence >= facts.RULE_THRESHOLD else ""

    def model_company() -> facts.Fact:
        # The model weighs every name the rules found and the draft states the likeliest, if likely enough.
        return facts.best_of(facts.against_the_application(
            candidates, [scored(c, f) for c, f in zip(candidates, rule_facts)], company_text, sender_labels))

    # The role is read beside the rules' company, not the model's pick: the role model's training
    # rows then do not depend on the shipped company model.
    # A rejection the applicant forwarded is read for a role the note above it does not name; never
    # a reply's quote, which holds the applicant's own words (their current job, a colleague's role).
    earlier = _bounded(forward.body) if forward is not None and passed_on is not None else ""
    # Nor is a name the company's rules set aside ("el puesto de Jefa de Tienda en Grupo Alcor").
    role_found, evidence = choose_role_evidence(layout.body, subject, language,
                                                ({company_key(record_company)} | company_read.set_aside) - {""},
                                                first_read.value, earlier)
    title_like = looks_like_title(role_found)
    in_subject = bool(role_found) and fold(role_found) in fold(topic(subject))
    role_fact = facts.role_confidence(role_found, evidence.weight, title_like, in_subject)
    record_role = role_fact.value if role_fact.confidence >= facts.RULE_THRESHOLD else ""
    return _Reading(
        headers=headers, subject=subject, senders=senders, reply_tos=reply_tos, applicant=applicant,
        sender_name=sender_name, sender=sender, text=text, forwards=forwards, own_words=own_words, layout=layout,
        not_these=not_these, domains=domains, forward=forward, passed_on=passed_on, company_read=company_read,
        candidates=candidates, choice=choice, sender_is_person=sender_is_person, sender_labels=sender_labels,
        language=language,
        first_read=first_read, model_company=model_company, role_found=role_found,
        evidence=evidence, title_like=title_like, in_subject=in_subject, role_fact=role_fact,
        record_company=one_line(record_company, 100), record_role=one_line(record_role, 100))


def _read(raw: bytes) -> Rejection:
    read = _record_reading(raw)
    subject, senders, reply_tos, applicant = read.subject, read.senders, read.reply_tos, read.applicant
    sender_name, sender, text, forwards, own_words = (read.sender_name, read.sender, read.text, read.forwards,
                                                      read.own_words)
    layout, not_these, forward, passed_on = read.layout, read.not_these, read.forward, read.passed_on
    choice, sender_is_person, language, first_read = read.choice, read.sender_is_person, read.language, read.first_read
    company_fact = read.model_company()
    company = company_fact.value if company_fact.kept("company") else ""
    role_found, evidence = read.role_found, read.evidence
    title_like, in_subject = read.title_like, read.in_subject
    candidates, sender_labels = read.candidates, read.sender_labels
    automated = bool(sender) and addr_rules.is_automated(sender)
    first_signer, signed_by = _signed(layout, not_these, own_words, sender_name, sender, read.domains, strict=True)
    contact_how = ("signed" if signed_by == first_signer else "signed, full name from the sender") if signed_by else ""
    if passed_on is not None:  # the applicant forwarding a rejection: who signed it, never the note's writer
        first_signer = signed_by = passed_on
        contact_how = "signed the forwarded mail" if passed_on else ""
    # The company as read, even when left out ("Tempo Plus", an agency), is nobody to greet,
    # unless it was left out for being a person's name.
    read_company = "" if first_read.how in (facts.A_PERSON, facts.READS_AS_A_PERSON) else first_read.value
    not_company = not_these | ({company_key(company), company_key(read_company)} - {""})
    # The signer that is the company read ("Northgate Schools Trust") is nobody to greet; one the
    # company's rules read for lack of a signer and then judged a person's name is the signer.
    if signed_by and company_key(signed_by) in (company_key(company), company_key(read_company)):
        signed_by, contact_how = "", ""
    if signs_as_organisation(signed_by, layout, sender_name, automated):
        signed_by, contact_how = "", ""
    contact = signed_by
    if not contact and passed_on is None:
        contact = named_contact(own_words, not_company)
        contact_how = "named as the contact" if contact else ""
    if not contact and not layout.signature and not layout.inline_signer and sender_is_person and passed_on is None:
        # No signature at all: a sender that is plainly a person ("Sarah Miller <sarah@...>").
        contact = person_name(display_as_name(sender_name), not_company, strict=True)
        contact_how = "the sender's own name" if contact else ""
        if contact and forwards and not choice.agrees_with_domain:
            # A note above a forwarded rejection, from an address that is not the employer's: the
            # applicant passing it on (to a parent, an adviser), nobody the rejection came from.
            contact_how = "the sender's own name, above a forwarded mail from elsewhere"
    # A contact the body names in a mail a team signed is greeted only when the mail gives their own
    # address (the draft then goes to them); "call the hiring manager, Jennifer Lau" is not enough.
    team_signed = signed_by_team(layout) and not any(
        looks_personal(contact, a) for a in addr_rules.addresses_in_text(own_words))
    persona = automated and (
        contact_how == "the sender's own name" or signs_as_persona(layout))
    contact_fact = facts.contact_confidence(contact, contact_how, persona, team_signed)
    contact = contact_fact.value if contact_fact.kept("contact") else ""

    language_fact = facts.Fact(language, lang.confidence(f"{subject}\n{own_words}"), "function words")
    role_fact = read.role_fact
    if role_fact.value:  # calibrated() keeps a role the rules found none of as it is: no features to read
        role_fact = facts.calibrated("role", role_fact, fact_model.role_features(
            role_found, evidence, role_fact.confidence, facts.RULE_THRESHOLD, title_like, in_subject, layout.body,
            language, first_read.value, subject, [c.name for c in candidates] + [sender_name, *sender_labels]))
    stage_fact = facts.stage_confidence(stage.detect(own_words))
    exclude = {a.lower() for _, a in applicant}
    reply_to = addr_rules.choose_recipient(
        [a for _, a in reply_tos], sender, own_words, [contact] if contact else [], exclude)
    if passed_on is not None:
        # A forwarded rejection: the draft goes to whoever sent it (the forwarded headers' From), as
        # its greeting does; never to the forwarder. Without such an address the user fills the To in.
        inner = forward.sender[1] if forward else ""
        reply_to = addr_rules.choose_recipient([], inner, "", [], exclude) if inner else ""
    message_id = next(iter(message_ids(read.headers.header("Message-ID"))), "")
    known_names = {a.lower(): n for n, a in [*reply_tos, *senders] if n}
    reply_to_name = known_names.get(reply_to.lower(), "")
    if reply_to and not reply_to_name and contact and looks_personal(contact, reply_to):
        reply_to_name = contact  # the named contact's own address: "Olivia Brandt <olivia.brandt@...>"
    formal = lang.is_formal(own_words, language)
    return Rejection(
        company=one_line(company, 100),
        role=one_line(role_fact.value if role_fact.kept("role") else "", 100),
        first_name=one_line(first_name(contact), 60),
        full_name=one_line(contact, 100),
        formal_name=one_line(formal_address(contact, own_words, layout, language) if formal else "", 100),
        reply_to_name=one_line(display_as_name(reply_to_name), 100),
        stage=stage_fact.value if stage_fact.kept("stage") else "application",
        no_reply=automated,
        language=language,
        reply_to=reply_to,
        subject=subject,
        message_id=message_id,
        references=tuple(message_ids(read.headers.header("References"))),
        formal=formal,
        sender=sender,
        sender_name=one_line(sender_name, 100),
        date=read.headers.date(),
        text=text,
        facts={"company": _shown(company_fact, 100), "role": _shown(role_fact, 100),
               "contact": _shown(contact_fact, 100), "stage": stage_fact, "language": language_fact},
        record_company=read.record_company,
        record_role=read.record_role,
    )


def _shown(fact: facts.Fact, limit: int) -> facts.Fact:
    """The fact on one line, as any text from a mail that is shown or written into a draft."""
    return dataclasses.replace(fact, value=one_line(fact.value, limit))
