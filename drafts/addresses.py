"""Who a draft goes to: telling automated senders from people, and finding a person's address.

Never a no-reply address: a reply there bounces or vanishes, and the user would not know.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from onward.drafts import lexicon
from onward.drafts.lexicon import FREEMAIL_DOMAINS, FREEMAIL_PROVIDERS, fold
from onward.drafts.sanitize import valid_address

_AUTOMATED_LOCAL = re.compile(
    r"(?:^|[._+-])(?:no[._-]?reply|do[._-]?not[._-]?reply|donotreply|noreply|"
    r"ne[._-]?pas[._-]?repondre|nepasrepondre|no[._-]?responder|noresponder|"
    r"nicht[._-]?antworten|keine[._-]?antwort|mailer[._-]?daemon|postmaster|bounces?|"
    r"notifications?|notify|notification|alerts?|automated|auto[._-]?(?:reply|mail|confirm)|"
    r"system|daemon)(?:$|[._+-]|\d)",
    re.IGNORECASE,
)
# Addresses that are not a person who could answer a question about an application.
_NOT_A_CONTACT = re.compile(
    r"^(?:privacy|datenschutz|dataprotection|data[._-]?protection|gdpr|rgpd|dpo|dsb|legal|abuse|"
    r"unsubscribe|support|help|webmaster|billing|invoice|rechnung|press|presse)\b",
    re.IGNORECASE,
)
_GENERIC_BOX = re.compile(
    r"^(?:info|jobs?|careers?|karriere|bewerbung(?:en)?|recruiting|recruitment|recrutement|rh|hr|"
    r"rrhh|talent|talento|empleo|seleccion|personal|hello|hola|bonjour|contact|kontakt)\b",
    re.IGNORECASE,
)
# The lookbehind starts a match only at the start of a run: without it a long run of letters is
# rescanned from every position (quadratic time on a hostile 1 MB line).
_EMAIL_IN_TEXT = re.compile(r"(?<![A-Za-z0-9._%+'-])[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")


def _vendor_table() -> dict[str, list[str]]:
    with (Path(__file__).resolve().parent / "vendors.toml").open("rb") as handle:
        return tomllib.load(handle)


# Applicant-tracking systems, job boards and career-site hosts (drafts/vendors.toml, with the
# lexicon's first list): never the employer, whoever sent the mail.
VENDOR_NAMES = tuple(dict.fromkeys((*lexicon.ATS_NAMES, *_vendor_table()["names"])))
VENDOR_DOMAINS = tuple(dict.fromkeys((*lexicon.ATS_DOMAINS, *_vendor_table()["domains"])))


def domain_of(addr: str) -> str:
    return addr.rpartition("@")[2].lower()


# The registered names of those systems and boards: "stepstone.at", "indeed.fr" or
# "mail.computrabajo.com" send for an employer as much as the domains listed.
# Short names ("gem", "join") are left to the full domains: too many companies share them.
_VENDOR_DOMAIN_SET = frozenset(VENDOR_DOMAINS)
_ATS_LABELS = frozenset(label for label in {d.split(".")[-2] for d in VENDOR_DOMAINS} | {
    fold(n).replace(" ", "") for n in VENDOR_NAMES if "." not in n} if len(label) >= 5) - frozenset(
    _vendor_table()["common_labels"])


def is_ats_domain(domain: str) -> bool:
    """A recruiting system's or job board's domain, its subdomains ("acme.jobaffinity.fr") and its
    mail hosts ("umantis-mail.ch", "ostendorf.taleo-mail.net")."""
    domain = domain.lower()
    parts = domain.split(".")
    # The domain and each of its parents ("a.b.c", "b.c", "c"), looked up at once: the same as
    # comparing it with each vendor domain, at a set lookup a label instead of a loop a domain.
    return any(".".join(parts[i:]) in _VENDOR_DOMAIN_SET for i in range(len(parts))) or (
        len(parts) >= 2 and any(p in _ATS_LABELS or _mail_host_of(p) in _ATS_LABELS for p in parts[:-1]))


def _mail_host_of(part: str) -> str:
    """ "umantis-mail" -> "umantis": a system's mail host; "greenhouse-gardens" is nobody's."""
    name, _, host = part.partition("-")
    return name if host in {"mail", "mailer", "email", "mails", "notifications", "noreply", "jobs"} else ""


def is_freemail(domain: str) -> bool:
    """A webmail domain: a known one, or a known provider's name before any ending ("gmx.at")."""
    domain = domain.lower()
    return domain in FREEMAIL_DOMAINS or domain.split(".")[0] in FREEMAIL_PROVIDERS


def is_automated(addr: str) -> bool:
    """A no-reply address, or an applicant-tracking system's own sending address."""
    local, _, domain = addr.lower().rpartition("@")
    if _AUTOMATED_LOCAL.search(local) or domain.startswith(("noreply.", "no-reply.", "bounce.")):
        return True
    # ATS relay addresses ("reply+token@...") do reach the recruiter; bare ATS senders do not.
    return is_ats_domain(domain) and not ("+" in local or local.startswith("reply"))


def is_contact_address(addr: str) -> bool:
    """An address a person reads: not automated, not an ATS, not privacy or support desks."""
    local = addr.rpartition("@")[0]
    return bool(addr) and not is_automated(addr) and not _NOT_A_CONTACT.match(local)


def is_team_box(addr: str) -> bool:
    """A team's shared address (careers@, jobs@, rh@, ...): one can write to it, but it is no person."""
    return bool(_GENERIC_BOX.match(addr.rpartition("@")[0]))


def addresses_in_text(text: str) -> list[str]:
    found: list[str] = []
    if "@" not in text:
        return found  # every address holds one; the pattern, which opens with a lookbehind, tries each character
    for match in _EMAIL_IN_TEXT.findall(text):
        addr = valid_address(match.strip(".'"))
        if addr and addr.lower() not in (a.lower() for a in found):
            found.append(addr)
    return found


_NAME_PARTS = re.compile(r"[\s.-]+")
_LOCAL_PARTS = re.compile(r"[._+-]")


def best_contact_in_text(text: str, names: list[str], exclude: set[str]) -> str:
    """The address in the mail most likely to reach a person, preferring one that matches a name."""
    wanted = {fold(part) for name in names for part in _NAME_PARTS.split(name) if len(part) > 1}
    ranked = []
    for addr in addresses_in_text(text):
        if addr.lower() in exclude or not is_contact_address(addr):
            continue
        local_parts = {fold(p) for p in _LOCAL_PARTS.split(addr.rpartition("@")[0])}
        score = 2 if wanted & local_parts else 0 if _GENERIC_BOX.match(addr) else 1
        ranked.append((score, addr))
    ranked.sort(key=lambda pair: -pair[0])  # stable: earlier addresses win ties
    return ranked[0][1] if ranked else ""


def choose_recipient(reply_to: list[str], sender: str, text: str, names: list[str],
                     exclude: set[str]) -> str:
    """Reply-To if a person reads it, else the sender if so, else a person's address in the mail."""
    for addr in [*reply_to, sender]:
        if addr and addr.lower() not in exclude and is_contact_address(addr):
            return addr
    return best_contact_in_text(text, names, exclude)
