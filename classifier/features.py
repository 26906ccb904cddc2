"""Turns message text into the terms the model weighs: words, runs of words, and word stems.

A five-letter stem of each long word lets "retenu" and "retenue" share evidence; character n-grams
(classifier.char_ngrams) go further. One regex and some list building per text.

Function words ("for", "with", "wir", "nous", "para") are not evidence: they say how a writer writes,
not what was decided. A term made of function words alone never enters the vocabulary
(`content_terms`), while runs that mix them with content words ("will not", "leider nicht") do.
Negations and words like "leider" are content here: they carry the decision.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import cast

WORD = re.compile(r"[^\W\d_]{2,}")  # letters only: numbers (dates, reference codes) never generalise
STEM_LENGTH = 5


def _accent_folding_table() -> dict[int, str]:
    """é→e, ü→u, ñ→n, ç→c, ß→ss, œ→oe: one str.translate instead of per-character normalisation."""
    table = {ord("ß"): "ss", ord("œ"): "oe", ord("æ"): "ae", ord("ø"): "o", ord("ł"): "l"}
    for code in range(0x00C0, 0x0250):
        char = chr(code)
        base = "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))
        if base and base != char and code not in table:
            table[code] = base
    # Typographic apostrophes and quotes, so "we’ve" and "we've" are the same words.
    table.update({0x2019: "'", 0x2018: "'", 0x00B4: "'"})
    return table


_FOLD = _accent_folding_table()


def normalise(text: str) -> str:
    """Lower-case and accent-free, the form every feature is built from."""
    lowered = text.lower()
    # Only runs of non-ASCII characters are translated (the table maps no ASCII character): three
    # times faster than translating a whole mail of mostly ASCII letters, and the same result.
    return lowered if lowered.isascii() else _NON_ASCII.sub(_fold_run, lowered)


_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


def _fold_run(match: re.Match) -> str:
    return match.group().translate(_FOLD)


def words_of(normalised: str) -> list[str]:
    """The words of a normalised text, letters only."""
    # When a text's letters are all a-z and A-Z, a plain range is quicker to test than "no \W, \d or _", and
    # finds the same words. After folding that is most mail that is not ASCII too: what remains beyond
    # ASCII is nearly always punctuation and signs (’ “ – € …), no letter; one search in C tells.
    if normalised.isascii() or _OTHER_LETTER.search(normalised) is None:
        return _ASCII_WORD.findall(normalised)
    return WORD.findall(normalised)


_ASCII_WORD = re.compile(r"[a-zA-Z]{2,}")
# A character WORD takes for a letter besides a-z and A-Z ("ı", "º", "²", Greek): \w without digits, "_" and a-zA-Z.
_OTHER_LETTER = re.compile(r"[^\W\d_a-zA-Z]")


def tokens_of(normalised: str) -> list[str]:
    """The whitespace-separated tokens of a normalised text, punctuation and digits kept ("n'a")."""
    return normalised.split()


def terms_of(words: list[str], triples: bool = True) -> list[str]:
    """Words, runs of two (and three) words, and "~stem" for words longer than a stem."""
    terms = words + [f"{a} {b}" for a, b in zip(words, words[1:])]
    if triples:
        terms += [f"{a} {b} {c}" for a, b, c in zip(words, words[1:], words[2:])]
    terms += ["~" + w[:STEM_LENGTH] for w in words if len(w) > STEM_LENGTH + 1]
    return terms


def analyze(text: str) -> list[str]:
    """The terms of one text, as a scikit-learn analyzer (for training)."""
    return terms_of(words_of(normalise(text)))


def analyze_pairs(text: str) -> list[str]:
    """Like `analyze` without the three-word runs (a smaller design compared by cross-validation)."""
    return terms_of(words_of(normalise(text)), triples=False)


# Function words of en/de/fr/es, normalised (lower-case, accent-free), letters only, 2+ letters as
# words_of yields them. Negations (not, no, nicht, kein, pas, ne, jamais, nunca, ni) are left out on
# purpose: "not selected", "nicht berücksichtigt", "pas retenue" are the decision itself.
STOP_WORDS = frozenset("""
a about above after again all also am an and any are as at be been before being below between both but
by can could did do does doing down during each few for from further had has have having he her here
hers herself him himself his how if in into is it its itself just me more most my myself now of off on
once only or other our ours ourselves out over own same she should so some such than that the their
theirs them themselves then there these they this those through to too under until up very was we were
what when where which while who whom why will with would you your yours yourself yourselves ve ll re
im dont
aber alle allem allen aller alles als also am an ander andere anderem anderen anderer anderes auch auf
aus bei bin bis bist da damit dann das dass dein deine dem den der des dich die dies diese diesem
diesen dieser dieses dir doch dort du durch ein eine einem einen einer eines er es etwas euch euer
eure fur hab habe haben hat hatte hatten hier hin hinter ich ihm ihn ihnen ihr ihre ihrem ihren ihrer
ihres im in ins ist jede jedem jeden jeder jedes jetzt man mein meine mich mir mit nach noch nun nur ob
oder ohne sehr sein seine sich sie sind so solche soll sollte sondern sonst uber um und uns unser
unsere unter vom von vor war waren warst was weil wenn werde werden wie wieder will wir wird wirst wo
wollen wurde wurden zu zum zur zwar zwischen
au aux avec ce ces cette dans de des du elle en et eux il ils je la le les leur leurs lui ma mais me
meme mes moi mon nos notre nous on ou par pour qu que qui sa se ses son sur ta te tes toi ton tu un une
vos votre vous cet ete etre avons avez ont est sont sera etait ai as aussi donc ici
al algo algunas algunos ante antes como con contra cual cuando de del desde donde durante el ella
ellas ellos en entre era eran es esa esas ese eso esos esta estas este esto estos fue fueron ha han
hasta hay la las le les lo los mas me mi mis muy nos nosotros nuestra nuestras nuestro nuestros os
otra otros para pero por porque que quien se sea ser si sin sobre su sus tambien te tiene tu tus un
una uno unos usted ustedes vosotros vuestra vuestro ya yo hemos
""".split())


# Negations are evidence in runs ("will not", "pas retenue"), but a text needs more than one (model).
NEGATIONS = frozenset("not no nor never nicht kein keine keinen keiner nie pas ne jamais nunca ni".split())


def is_function_run(term: str) -> bool:
    """True for a term made of function words only ("for", "with the", "nous avons"), never evidence."""
    return all(word in STOP_WORDS for word in term.lstrip("~").split(" "))


def content_terms(terms: list[str]) -> list[str]:
    """The terms that may carry evidence: all but runs of function words alone."""
    return [term for term in terms if not is_function_run(term)]


def analyze_content(text: str) -> list[str]:
    """Like `analyze`, without terms of function words alone."""
    return content_terms(terms_of(words_of(normalise(text))))


# Words of a sender line that name no one: the kind of mailbox, which says something about the mail.
GENERIC_SENDER_WORDS = frozenset("""
careers career jobs job recruiting recruitment recruiter recruiters talent acquisition hr noreply
no reply do not donotreply notifications notification team people hiring university campus early
candidates candidate applications application apply hire via mail email info contact service
karriere bewerbung bewerbungen personal personalabteilung recruiting stellen jobs team
recrutement candidatures carrieres rh emploi equipe ressources humaines
empleo seleccion talento rrhh recursos humanos equipo trabajo
""".split())


def sender_names(normalised: str) -> frozenset[str]:
    """The words of the sender line (the second line of message_text) that name a person or company.

    A name is no evidence of a decision: "Fernwood" or "Claire" must not weigh for or against
    rejection wherever they occur in the mail, so they are left out of every feature.
    """
    first = normalised.find("\n")
    second = normalised.find("\n", first + 1) if first >= 0 else -1
    line = normalised[first + 1:second if second >= 0 else len(normalised)] if first >= 0 else ""
    return frozenset(w for w in WORD.findall(line) if w not in GENERIC_SENDER_WORDS)


def unnamed(items: list[str], names: frozenset[str]) -> list[str]:
    """The words (or tokens, compared by their `bare` form) that are not sender names."""
    if not names:
        return items
    # A name is letters only: an item in `names` is its own bare form, and so is any item of letters.
    return [item for item in items if item not in names and (item.isalpha() or bare(item) not in names)]


def bare(token: str) -> str:
    """A token without the punctuation around it ("(claire)," -> "claire"): what `unnamed` compares with names."""
    return token.strip(_PUNCTUATION)


def unnamed_words(words: list[str], names: frozenset[str]) -> list[str]:
    """`unnamed` for words (letters only, so never with punctuation around them): the same, faster."""
    return [word for word in words if word not in names] if names else words


_PUNCTUATION = "\"'.,;:!?()[]<>«»-–—/*_@&#"



def analyze_masked(text: str) -> list[str]:
    """`analyze_content` of the text without the sender's names (see `sender_names`)."""
    normalised = normalise(text)
    return content_terms(terms_of(unnamed(words_of(normalised), sender_names(normalised))))


# The analyzers a saved model may name, and whether each uses three-word runs: a model file names
# one of these, never arbitrary code.
ANALYZER_TRIPLES = {"analyze": True, "analyze_pairs": False, "analyze_content": True, "analyze_masked": True,
                    "analyze_phrases": True}
# Analyzers whose model leaves the sender's names out of words and character n-grams alike.
MASKING_ANALYZERS = frozenset({"analyze_masked", "analyze_phrases"})
# Analyzers whose model also counts decision phrases, as pseudo-words after the words (`phrase_terms`).
PHRASE_ANALYZERS = frozenset({"analyze_phrases"})


def analyze_phrases(text: str) -> list[str]:
    """`analyze_masked` plus a pseudo-word ("=against", "=received", "=own") per decision phrase."""
    normalised = normalise(text)
    words = unnamed(words_of(normalised), sender_names(normalised))
    return content_terms(terms_of(words)) + phrase_terms(normalised)


# Phrases that state a decision, in en/de/fr/es, matched on normalised text (lower-case, no accents).
# Each match adds a pseudo-word to the terms (it cannot come from text: words are letters only), so
# the model weighs "a decision against the candidate" as such, whoever wrote it and however the
# mail is worded around it. Three kinds: the employer's decision against the candidate, an
# application merely received or under review, and the candidate's own decision (an offer declined,
# an application withdrawn), which is no rejection.
_W = r"(?:\w+ ){0,3}"  # up to three words in between
PHRASES = {
    "=against": (
        # en
        r"\b(?:pursue|pursuing|proceed|proceeding|move forward|moving forward|move ahead|moving ahead|go|going|gone"
        r"|went|continue|continuing|progress|progressing|decided on|settled on|offered the (?:role|position|job))"
        r" with (?:an?other|other|a different|someone|somebody|a candidate|candidates|applicants|an internal)"
        r"|\b(?:will not|won't|wont|not be|unable to|not able to|cannot|can't|decided not to|will no longer"
        r"|not in a position to) (?:be )?(?:moving forward|move forward|moving ahead|proceed|progress"
        r"|taking (?:it|your application|your candidacy|this)(?: any)? further|take (?:it|your application|this)"
        r"(?: any)? further|offer(?:ing)? you|invit(?:e|ing) you|extend(?:ing)? (?:you )?an offer|continue with you"
        r"|consider(?:ing)? your|advance your|among the candidates)"
        r"|\b(?:position|role|vacancy|post|job|opening|program|programme|places) (?:has|have|is|are)"
        r" (?:now |already )?(?:been )?(?:filled|closed|full)"
        r"|\bnot (?:been )?(?:selected|successful|shortlisted|chosen|progressed)\b|\bunsuccessful\b"
        r"|\b(?:pursue|pursuing|select|selected|selecting|chose|chosen|choose|hire|hired|hiring|appoint|appointed"
        r"|proceed|proceeding|move forward|moving forward|continue|continuing|progress|progressing|decided on)"
        r" (?:\w+ ){0,2}(?:other|another|a different|alternative|more suitable|stronger|more experienced|more qualified)"
        r" (?:candidate|applicant|profile|person|people|individual)"
        r"|\bregret to (?:inform|let you know|advise|tell)|\bnot (?:a|the right) (?:match|fit)\b"
        r"|\b(?:offered|given) the (?:position|role|job|post) to\b|\bin a different direction\b"
        r"|\bgo (?:an|a different|another) (?:way|direction)\b"
        # en: a hire made for the post; an agency's client passing on the candidate (never "passed on to")
        r"|\bmade (?:a|an|the|our|their) (?:\w+ )?hire\b|\bpassed on (?:your|the|her|his) (?:submission|application"
        r"|candidacy|profile)\b(?! to| on to| along)"
        # en: the same decision in other words (status fields, internal hires, "no longer considered")
        r"|\b(?:with|for|on|to|hired|selected|chosen|appointed) (?:an?|the) internal (?:candidate|applicant|hire|colleague)"
        r"|\b(?:filled|fill it|hire|hired|appointed|promote|promoted|recruit|recruited|resourced) internally"
        r"|\bno longer (?:be )?(?:under consideration|being considered|considered|in consideration|in the running"
        r"|in contention|progressing|moving forward|proceeding)"
        r"|\bstatus ?:? ?(?:\w+ ){0,2}(?:rejected|declined|unsuccessful|not (?:selected|progressing|progressed|shortlisted"
        r"|successful|moving forward)|closed|archived|no longer)"
        r"|\b(?:application|candidacy|candidature|profile) (?:has been |was |is )?(?:rejected|declined|unsuccessful|not progressed)"
        r"|\b(?:decided|chosen|opted|elected) (?:not to|against) (?:progress|proceed|pursue|advance|shortlist|invite"
        r"|take|move|offer|continue|interview|consider)"
        r"|\b(?:more closely|better|more) (?:match|matches|matched|align|aligns|aligned|suit|suits|suited|fit|fits)"
        r" (?:the|our|what|their|this|to)"
        r"|\b(?:chosen|chose|selected|picked|hired|appointed|found|offered it to) (?:someone|somebody) else"
        r"|\bfilled (?:the|this|that) (?:\w+ )?(?:role|vacancy|position|post|job|opening)"
        r"|\b(?:appoint|hire|select|offer|go with|going with|gone with|recruit|choose|chosen|chose|proceed with)\w* (?:the )?other"
        r" (?:finalist|candidate|applicant|person)"
        r"|\bnot (?:going to )?(?:take|taking) (?:\w+ ){0,2}(?:forward|further)"
        r"|\b(?:go|gone|going|went) (?:a|another) (?:different )?(?:way|route)\b|\bcloser (?:match|fit)"
        r"|\b(?:won't|will not|unable to|not able to|cannot|can't) (?:be )?(?:able to )?(?:offer|give) you (?:a|the|an)"
        r"|\b(?:not|isn't|wasn't|is not|was not) the (?:outcome|news|answer|result|response) (?:you|we)"
        r"|\b(?:did|does|do) not (?:fully )?(?:meet|match|satisfy) (?:the|our|all|some|every|enough)"
        r"|\b(?:offer|offered|offering|given|give) (?:it|the (?:role|position|job|post|place|contract)) to (?:an?|the|someone"
        r"|somebody|another|other)"
        # en, short and soft decisions, each tied to a rejection's subject: the application not taken
        # forward, the post given or accepted elsewhere, a choice of someone else, the post withdrawn.
        # Never a bare "offer the role to" or "go with": those are also said of an offer to the reader
        # or of a day for the interview.
        r"|\b(?:application|candidacy|candidature|profile|cv) (?:has |was |is )?not (?:been )?(?:taken|put|carried) forward"
        r"|\b(?:not|won't|will not|wont) (?:be )?(?:moving|move|taking|take|progressing|progress|carrying|carry) (?:your|this)"
        r" (?:application|candidacy|candidature|profile|cv) (?:\w+ ){0,4}?(?:forward|further)\b"
        r"|\b(?:offer|offered|offering|give|given|gave) (?:the|this|that) (?:\w+ ){0,2}(?:role|position|job|post|place"
        r"|contract|vacancy) to (?:another|someone|somebody|an? (?:other|different|internal|external)|the other|one of)"
        r"|\baccepted by (?:another|a different|an?other|one of the other)"
        r"|\b(?:decided|chosen|opted) to (?:go|proceed|move forward|continue) with (?:another|a different|someone|somebody"
        r"|other|an? (?:internal|external|other|stronger|more)|the other|a candidate|candidates|an applicant|applicants)"
        r"|\bno longer (?:recruiting|hiring|filling|looking to fill) (?:for )?(?:the|this|that)"
        r"|\b(?:vacancy|position|role|post|recruitment|opening) (?:\w+ )?(?:has been |was |is |have been )?"
        r"(?:withdrawn|cancelled|canceled|put on hold|frozen)\b"
        r"|\b(?:position|role|vacancy|job|post) is no longer (?:available|open)"
        # en, a client's no passed on by an agency: the client went with a person named by what they
        # do ("went with a nurse who could start on the 4th"), closed the req, is not taking the reader on
        r"|\b(?:they|they've|they're|theyve|client|decided to|opted to|chose to|chosen to) (?:\w+ ){0,2}?(?:go|going"
        r"|gone|went) with (?:an?|the) (?:\w+ ){0,2}?(?:who|who's|whos|that has|that had)\b"
        r"|\bclosed (?:the|this|that) (?:req|requisition|search|vacancy)\b"
        r"|\bnot (?:be )?(?:bringing|taking) you on\b"
        # en, soft decisions that name no other candidate: the application "hasn't been successful" or
        # will not be progressed (not "until we have your references": a step still open), a studentship,
        # a fellowship or the shifts given to someone else, the post "gone" (not "gone live"), "it's been
        # filled", someone appointed internally
        r"|\b(?:it|application|applications|candidacy|you) (?:hasn't|hasnt|wasn't|wasnt|haven't|havent|weren't|werent"
        r"|isn't|isnt) (?:been )?(?:successful|selected|shortlisted|progressed)\b"
        r"|\b(?:won't|wont|will not|not) (?:be )?(?:progressing|advancing) (?:with )?(?:your|this) (?:application|candidacy"
        r"|candidature|profile|cv)\b(?! (?:until|unless|before|till)\b)"
        r"|\b(?:offer|offered|offering|give|given|gave) (?:the|this|that|our) (?:\w+ ){0,3}(?:shifts?|hours|studentship"
        r"|fellowship|scholarship|placement|apprenticeship|internship) to (?:another|someone|somebody|an? (?:other|different"
        r"|internal|external)|the other|one of)"
        r"|\b(?:job|role|position|post|vacancy|shifts?)(?:'s| has| is| have| are)? (?:now |already )?(?:been )?gone\b"
        r"(?! (?:live|up|out|online)\b)"
        r"|\b(?:it's|its|it has) (?:now |already )?been filled\b"
        r"|\b(?:appoint|hire|promote|recruit|fill)\w* (?:someone|somebody|a colleague|an existing \w+|a current \w+)"
        r" internally\b"
        # en, the same decisions in the passive or told of the post, each tied to a rejection's subject:
        # the role offered to another candidate ("has been offered to another candidate"), a different
        # person hired for it, a panel's recommendation of another candidate, the spot filled, the
        # candidate not placed among those invited on, the minimum requirements not met, "not going to
        # offer you the role". Never a contract awarded (a tender's result), nor another agency hired, nor
        # "we've filled the … spot" (a volunteer shift, a speaker slot, a class time read the same: review of
        # session 21), nor an interview only put off ("not going to set up an interview just yet / for now").
        r"|\b(?:role|position|job|post|vacancy) (?:has|have|was|had) (?:now |already )?(?:been )?(?:offered"
        r"|given|awarded) to (?:another|someone|somebody|an? (?:other|different|internal|external)|the other|one of)"
        r"|\b(?:decided|decision|chosen|opted|chose) to (?:hire|appoint|recruit|go with|offer the (?:\w+ ){0,3}?(?:role"
        r"|position|job|post) to) a different\b(?! (?:agency|supplier|vendor|firm|contractor|company|caterer|venue"
        r"|provider|partner)\b)"
        r"|\b(?:recommended|recommend|nominated|put forward) (?:another|a different|an?other|one of the other)"
        r" (?:candidate|applicant|person|finalist)\b(?!'s| (?:\w+ ){0,2}?(?:as well|too|also|alongside|and you|besides you)\b)"
        r"|\bnot (?:been )?(?:placed|included) (?:among|amongst|on|in) the (?:\w+ ){0,2}?(?:candidates|applicants|shortlist"
        r"|short list)\b(?! yet\b)"
        r"|\b(?:you|your application|your form) (?:have not|has not|haven't|hasn't|havent|hasnt) (?:fully )?met (?:the|our|all|some|every|enough)"
        r" (?:\w+ ){0,2}?(?:requirements|criteria|qualifications)\b"
        r"|\b(?:not|aren't|arent) going to (?:be )?(?:offer|offering|extend|extending) you (?:a|the|an) (?:\S+ ){0,4}?"
        r"(?:role|position|job|post|offer)\b"
        # the interview refused outright: the sentence ends there or says "this time" / "for this role"
        r"|\b(?:not|aren't|arent) going to (?:set up|setup|schedule|arrange|book|offer you|invite you to) (?:an|a)"
        r" (?:\w+ )?interview(?=\s*[.;!]|\s*$| (?:this time|at this (?:time|stage|point)|with you"
        r"|for (?:this|the|that) (?:role|position|job|post|vacancy))\b)"
        # de
        r"|\b(?:fur|gegen) (?:eine?n? )?(?:andere[nrs]?|weitere[nr]?) (?:bewerber|kandidat|person|kolleg|losung)"
        r"|\bgegen (?:ihre|deine) (?:bewerbung|kandidatur)|\banderweitig (?:besetzt|entschieden|vergeben)"
        r"|\b(?:nicht|keine?n?) (?:\w+ )?(?:berucksichtig|zusage|in die engere|weiter (?:verfolg|beruck)|fortsetz|anbieten)"
        r"|\b(?:bereits|schon|inzwischen|mittlerweile) (?:\w+ )?(?:besetzt|vergeben)"
        r"|\b(?:nicht|keine?n?) (?:\w+ ){0,2}(?:weiterverfolg|in betracht|in frage|nachste runde|naechste runde"
        r"|einladen|eingeladen|einzuladen|ausgewahlt|auswahlen|fortfuhren|beruck|positive (?:nachricht|ruckmeldung)"
        r"|gute nachricht|erfreuliche|weiter (?:im|in dem|mit))"
        # de: not invited as a decision ("können/werden wir Sie nicht zu einem Gespräch einladen", "dass wir Sie
        # nicht zu einem Vorstellungsgespräch einladen werden"); never "noch/bisher nicht" or "… einladen müssen"
        r"|\b(?:werden|konnen|koennen) (?:wir )?sie (?:leider |daher |deshalb )?nicht zu (?:einem|einer|dem|der|unserem)"
        r" (?:\w+ )?\w*(?:gesprach|interview) (?:\w+ )?einladen\b(?! mussen| muessen)"
        r"|\bwir sie (?:leider |daher |deshalb )?nicht zu (?:einem|einer|dem|der|unserem) (?:\w+ )?\w*(?:gesprach|interview)"
        r" (?:\w+ )?einladen (?:werden|konnen|koennen)\b"
        r"|\bintern(?:e[nrs]?)? (?:bewerber|kandidat|besetz|losung|nachbesetz|kolleg|mitarbeiter)|\bintern (?:besetzt|vergeben|entschieden)"
        r"|\banders entschieden|\bgegen (?:sie|dich|eine zusammenarbeit)\b"
        r"|\b(?:bewerbung|kandidatur) (?:\w+ ){0,2}(?:abgelehnt|abgesagt|nicht erfolgreich)"
        r"|\b(?:leider|bedauer\w*) (?:\w+ ){0,4}(?:absage\b|mitteilen|mitzuteilen)"
        r"|\b(?:ihnen|dir|euch) (?:(?!gesprach|termin|interview|treffen|telefonat|call|montag|dienstag|mittwoch"
        r"|donnerstag|freitag|samstag|sonntag|morgen|wochenende|abend)\w+ ){0,4}absagen"
        r"|\b(?:ist|wurde|wurden|sind) (?:\w+ )?(?:besetzt|vergeben)\b|\bstatus ?:? ?(?:\w+ )?(?:abgelehnt|absage)"
        r"|\bfur (?:eine?n? )?(?:andere[nrs]? )?(?:person|kandidat|bewerber|finalist|profil)\w* (?:\w+ ){0,5}entschieden"
        r"|\bmit (?:anderen |weiteren )?(?:kandidat|bewerber|profil)\w* (?:\w+ ){0,2}weiter"
        r"|\b(?:nicht|keine?n?) (?:\w+ ){0,2}(?:vorgesehen|einbezieh|einbeziehen|aufnehmen|bestanden|anbieten)"
        r"|\b(?:mit|durch) (?:jemandem|einer person|einem kandidaten|einer kandidatin|einem bewerber|einer bewerberin)"
        r" (?:\w+ ){0,5}(?:besetz|zu besetzen)"
        r"|\b(?:eine?n?|die|den|der) andere[nr]? (?:finalist|kandidat|bewerber|weg|richtung)"
        r"|\b(?:mit|an) (?:einem|einer|eine[nm]?) anderen (?:kandidat|bewerber|person|finalist)\w* (?:\w+ ){0,2}(?:zu )?(?:besetz|vergeb)"
        r"|\ban jemand(?:en)? (?:\w+ ){0,5}vergeben"
        # a search committee's decision to propose other people for the post ("beschlossen, dem Hochschulrat
        # zwei andere Persönlichkeiten vorzuschlagen"); never the reader among them ("Sie und zwei andere …"),
        # a proposal still to come ("wird … vorschlagen") nor a request ("eine andere Person als Referenz vorschlagen")
        r"|\b(?:beschlossen|entschieden|entschlossen)\w*,? (?:(?!sie\b|ihnen\b)\S+ ){0,4}?(?:zwei|drei|vier|die|den|eine?n?)"
        r" andere[nr]? (?:personlichkeit|kandidat|bewerber|person)\w* (?:(?!sie\b|ihnen\b)\S+ ){0,8}?vorzuschlagen\b"
        # the public sector's notice to the other applicants: the post is to go to a named colleague
        r"|\b(?:beabsichtigt|beabsichtigen|vorgesehen),? (?:\w+ ){0,3}(?:dienstposten|stelle|planstelle|position)\w* mit"
        r" (?:herrn|frau) (?:\S+ ){1,4}?zu besetzen"
        # the post already given to someone named by what they do ("wir haben die Stelle an einen Gärtner
        # aus dem Ort vergeben", "die Stelle wurde an eine Kollegin vergeben"); a post that will be or
        # should be given ("wird … vergeben", "möchten … vergeben", "soll … vergeben werden") is no decision
        r"|\b(?:haben|hat) (?:\w+ ){0,3}(?:stelle|position|job|(?:promotions|doktoranden|praktikums|ausbildungs|projekt"
        r"|werkstudenten|trainee|teilzeit|vollzeit|assistenz|mitarbeiter)(?:stelle|platz)|(?:mini|neben|ferien|studenten"
        r"|aushilfs)job) (?:\S+ ){0,6}an (?:einen|eine|einem|einer) (?:\w+ ){0,5}vergeben\b(?! werden)"
        r"|\b(?:stelle|position|job) (?:wurde|ist) (?:\w+ ){0,5}an (?:einen|eine|einem|einer) (?:\w+ ){0,5}vergeben\b(?! werden)"
        r"|\bentschieden,? (?:\w+ ){0,3}(?:stelle|position|job) (?:\w+ ){0,6}an (?:einen|eine|einem|einer) (?:\w+ ){0,4}zu vergeben\b"
        r"|\b(?:stelle|job|platz|position) (?:ist |war )?(?:leider )?(?:schon |bereits )?weg\b"
        r"|\b(?:ist|sind|war|waren) (?:leider )?(?:schon|bereits) (?:\w+ )?weg\b"
        r"|\bandere (?:profile|kandidat|bewerber)\w* (?:\w+ ){0,3}(?:passen|besser|naher|geeigneter)"
        # de, short and soft decisions, each tied to a rejection's subject: someone else chosen, the
        # application's status set to "abgesagt", the requirements not met, not on the list, every place
        # of a programme taken, the post filled otherwise or gone. Never a bare "bereits belegt" or a
        # "Status ... abgesagt" anywhere in a sentence: a day for the interview is taken and a meeting is
        # called off in the same words.
        r"|\b(?:fur|mit) jemand(?:en|em)? ander\w* (?:\w+ ){0,8}?(?:entschieden|zusammengetan|besetz\w*|vergeben|weiter)\b"
        r"|\bstatus\b[^.\n]{0,140}? (?:auf|lautet|ist)\W{1,3}(?:abgesagt|abgelehnt|absage)\b"
        r"|\bstatus\W{1,3}(?:abgesagt|abgelehnt|absage)\b"
        r"|\bgegen (?:eine|ein|die|das) (?:einladung|weiterfuhrung|fortsetzung|einstellung|zusage) (?:\w+ ){0,3}entschieden"
        r"|\banderes (?:profil|kandidat|bewerber)\w* (?:\w+ ){0,3}(?:passt|besser|naher|geeigneter)"
        r"|\bnicht (?:\w+ ){0,2}(?:anforderung|voraussetzung|kriterien|erwartung)\w* (?:\w+ ){0,4}(?:entspricht|entsprechen"
        r"|erfullt|erfullen|genugt)|\b(?:entspricht|entsprechen|erfullt|erfullen) (?:\w+ ){0,3}nicht (?:\w+ ){0,3}(?:anforderung"
        r"|voraussetzung|kriterien|erwartung)"
        r"|\bnicht (?:\w+ ){0,3}(?:auf die|in die) (?:\w+ ){0,2}(?:liste|shortlist|auswahlliste|berufungsliste)"
        r"|\b(?:platze|stellen|praktikumsplatze|ausbildungsplatze|studienplatze|traineeplatze|praktikumsstellen"
        r"|ausbildungsstellen) (?:\w+ ){0,3}(?:bereits|schon|inzwischen|alle) (?:\w+ )?(?:belegt|vergeben)\b"
        r"|\banders (?:zu )?(?:besetz|vergeb)"
        r"|\bbesetz\w* (?:die|diese|unsere) (?:\w+ )?(?:stelle|position) (?:\w+ ){0,2}mit (?:jemand|einer|einem)"
        r"|\bnicht (?:ganz )?gereicht\b"
        r"|\bvon (?:einer|einem|ihrer|der) (?:\w+ )?(?:anstellung|einstellung|einladung|berucksichtigung|zusammenarbeit"
        r"|beschaftigung) ab\b|\bmit (?:dir|ihnen|euch) nicht weiter|\bnicht mit (?:dir|ihnen|euch) weiter"
        r"|\bmit (?:einer|einem) anderen (?:kandidat|bewerber|person|profil)\w* (?:\w+ ){0,2}weiter"
        r"|\bfur (?:eine?n? )?mitbewerber|\bfur jemand(?:en)?,? (?:\S+ ){0,8}?entschieden"
        r"|\b(?:stelle|position|ausschreibung) (?:\w+ ){0,2}(?:entfallt|entfallen|gestrichen|zuruckgenommen"
        r"|eingefroren)|\beinstellungsstopp"
        r"|\b(?:stelle|position|job) (?:ist )?(?:leider )?nicht mehr (?:frei|zu vergeben)"
        # fr
        r"|\b(?:ne|pas) (?:pas |plus )?(?:pouvoir )?(?:y )?donner (?:une )?suite|\bdonnerons pas suite|\bdonn(?:er\w*|e|ent|ons|era|eront|ait|aient) pas (?:de )?suite"
        # ("une suite favorable ou non": both outcomes left open, a status still under review)
        r"|\bsuite favorable(?! ou (?:non|pas|defavorable))|\bpas (?:ete )?retenue?s?\b|\bn'avons pas retenu"
        r"|\bpas (?:ete )?selectionnee?\b"
        r"|\b(?:retenu|choisi|poursuivre avec|privilegie|opte pour|partis sur|propose le poste a)"
        r" (?:une? |d')?(?:autres?|candidat)"
        r"|\b(?:deja|a ete|ont ete|est|sont) (?:desormais )?pourvue?s?\b|\bau regret\b|\bregret de vous"
        r"|\bne (?:\w+ ){0,3}(?:retenir|retenue?s?|retient|retenons|retiendrons|selectionner)\b"
        # fr: an employer or a client that "ne retiendrait pas votre candidature" (never of a team or a match)
        r"|\bne (?:vous |te )retiendr\w* pas|\bne retiendr\w* pas (?:votre|ta|vos|tes|cette) (?:candidature|profil|dossier)"
        # fr: "ne pourra pas vous prendre" only with the post named (never a day or an hour: "prendre mardi")
        r"|\bne (?:pourr\w+|peu\w+|pouv\w+) pas (?:te|vous) (?:embaucher|engager|recruter)\b"
        r"|\bne (?:pourr\w+|peu\w+|pouv\w+) pas (?:te|vous) prendre (?:en |pour |sur |dans |a )?(?:le |la |l'|ce |cet |cette "
        r"|notre |nos |votre |ta |un |une )?(?:\w+ )?(?:poste|mission|stage|candidature|contrat|saison|equipe|alternance"
        r"|remplacement)\b"
        r"|\bnon (?:retenue?s?|selectionnee?s?|admise?s?|admissible)\b|\bpas (?:ete )?(?:admise?|admissible)\b"
        r"|\bpas (?:\w+ ){0,3}plus loin|\bne (?:\w+ ){0,2}(?:poursuivr|continuer|avancer)\w* pas"
        r"|\bne pas (?:\w+ ){0,2}(?:poursuivre|continuer|donner suite|avancer|aller|vous (?:proposer|inviter|convier))"
        r"|\bchoix s'est (?:\w+ )?porte|\bporte (?:notre|leur|son) choix"
        r"|\bprefer\w* (?:poursuivre|continuer|avancer) avec (?:m|mme|monsieur|madame|une autre|un autre|d'autres"
        r"|l'autre|le candidat|la candidate)\b"
        r"|\b(?:privilegie|prefere|retenu|choisi|selectionne|opte pour) (?:un |une |d'|des )?(?:autres? |candidat|profil"
        r"|candidature)|\b(?:candidat|candidate|profil|candidature) (?:en )?interne"
        r"|\bstatut ?:? ?(?:\w+ )?(?:refus|rejet|non|cloture)|\bcandidature (?:\w+ ){0,2}(?:refusee|rejetee|declinee)"
        r"|\bpas (?:la|le) (?:reponse|nouvelle|resultat|retour) (?:que vous|espere)"
        r"|\b(?:avancer|continuer|poursuivre|aller plus loin) avec (?:d'autres|un autre|une autre|des autres|l'autre)"
        r"|\becarte(?:e|s|es)?\b|\borientee?s? vers (?:une? |d')?(?:autre|personne|candidat|profil)"
        r"|\bpas plus (?:loin|avant)|\bpourvu (?:le|ce|cet|la) (?:poste|emploi|mission)"
        r"|\bne (?:le |la |vous |les )?(?:presentons|presente|presenterons|convierons|convoquerons|inviterons|retenons) pas"
        r"|\bl'autre (?:finaliste|candidat|candidate|personne)|\bpas (?:vous )?proposer (?:de|le|un|une|ce) (?:place|poste|stage|contrat)"
        r"|\bpas (?:\w+ )?(?:franchi|reussi) (?:cette|l'|la|le)|\bdans une autre direction"
        r"|\bautres (?:profils|candidatures|candidats) (?:\w+ ){0,3}(?:plus|mieux)"
        # fr, short and soft decisions, each tied to a rejection's subject: the post given to someone
        # else, not among those kept, the profile not matching, the file closed, the post gone. Never
        # "confier le poste à" alone (an offer says it) nor "n'est plus disponible" of a time slot.
        r"|\bconfi(?:er|e|ons|erons|ee) (?:le|ce|la|cette) (?:poste|mission|stage|role|place) (?:\S+ ){0,5}?a (?:une? (?:autre"
        r"|candidat|personne|profil|collaborat|collegue)|quelqu'un|d'autres|l'autre)"
        r"|\b(?:choisi|retenu|engage|recrute|embauche|prefere|opte pour) quelqu'un d'autre"
        # the employer's verdict in the second person: "il ne vous sera donc pas possible de poursuivre la procédure"
        # (told back after "pris note", it is the candidate's own: =own outranks it; review of session 23)
        r"|\bil ne vous (?:est|sera) (?:donc |malheureusement |par consequent )?pas possible de poursuivre (?:le processus"
        r"|la procedure|le recrutement|la selection|les epreuves)"
        r"|\bne figure(?:nt)? pas (?:parmi|sur la liste|dans la liste) (?:\w+ ){0,3}(?:retenu|selectionn|admis|finalist"
        r"|preselectionn|qualifi)"
        r"|\b(?:profil|candidature|experience|parcours|competences|dossier) (?:\w+ ){0,3}ne correspond(?:ent)? pas"
        r"|\b(?:poste|offre|place|stage|mission) (?:\w+ ){0,2}vient d'etre pourvue?\b"
        r"|\bclassee?s? sans suite|\bsans retenir (?:votre|ta)"
        r"|\borient\w* (?:notre|leur|mon|son) choix (?:vers|sur) (?:\w+ ){0,3}(?:autre|candidat|profil|personne)"
        r"|\bde l'avant avec (?:d'autres|un autre|une autre|l'autre|un candidat|une candidate)"
        # fr (Québec too): not going ahead with the application, the post or the need filled ("comblé")
        r"|\bpas de l'avant avec (?:votre|ta|sa) (?:candidature|dossier|profil)"
        r"|\bdecide de (?:retenir|privilegier|choisir) (?:une? |d')?(?:autre|candidat|profil|personne)"
        r"|\b(?:a|ont|avons) (?:\w+ ){0,2}?comble (?:le|ce|la|cette) (?:poste|besoin|mandat|remplacement|place|stage)"
        r"|\b(?:a ete|ont ete|est|sont|deja) (?:\w+ )?comblee?s?\b"
        r"|\b(?:poste|offre|stage|mission) n'est plus (?:disponible|a pourvoir|ouvert)"
        r"|\bgel(?:er)? (?:des|de toutes les|toutes les) (?:embauches|recrutements)"
        # fr, soft decisions naming the other person only in general: someone else recruited, the post
        # entrusted to another candidate, a student kept instead, the recruitment pursued with others,
        # no room to take the reader in (not "lundi" or "ce jour-là": a day for the interview)
        r"|\b(?:une autre personne|un autre candidat|une autre candidate|quelqu'un d'autre|un candidat|une candidate)"
        r" (?:\w+ )?a ete (?:recrutee?|retenue?|choisie?|selectionnee?|engagee?|embauchee?)\b"
        r"|\b(?:on a|nous avons|j'ai) (?:deja |finalement )?(?:engage|embauche|recrute|pris|choisi) quelqu'un\b"
        r"|\b(?:a|ont) (?:depuis |deja |finalement )?ete (?:confiee?s?|attribuee?s?) a (?:une?|d'autres|l'autre|une autre"
        r"|un autre) (?:\w+ )?(?:candidat|personne|profil|collegue|collaborat|etudiant|stagiaire)"
        r"|\b(?:nous avons|avons|j'ai|on a) (?:finalement )?retenu (?:une? |d')(?:autres? )?(?:candidat|etudiant|personne"
        r"|profil|stagiaire)"
        r"|\bpoursuivre (?:le recrutement|le processus|la procedure|la selection) avec (?:d'autres|des|un|une|l'autre)"
        r" (?:autres? )?(?:candidat|profil|personne)"
        r"|\bne (?:sommes|suis|serons|pourrons|pouvons) pas (?:en mesure de )?vous (?:accueillir|recevoir)\b"
        r"(?! (?:le |ce |lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|a |au |avant|pour (?:un|l'|votre) entretien))"
        r"|\b(?:status|statut|estado)\W{1,3}(?:\w+ ){0,2}(?:refusee?\b|rejetee?\b)"
        # es
        r"|\bno (?:seguira|continuara|avanzara|seguiran|continuaran|avanzaran|sigue|continua|avanza|siguen|continuan|avanzan)"
        r" (?:adelante |avanzando )?con"
        r"|\ba favor de (?:otr[oa]s?|un[oa]?|la otra|el otro) (?:\w+ )?(?:candidat|concursante|aspirante|persona|postulante|perfil)"
        r"|\bno (?:continuaremos|seguiremos|avanzaremos|podemos (?:continuar|seguir|contar|avanzar))"
        r"|\bno (?:ha|has) (?:sido|resultado) (?:seleccionad|elegid)|\bno (?:ha|has) sido seleccionad"
        r"|\b(?:elegido|seleccionado|optado por|decantado por|quedamos con|cogido|seguir adelante con|otro)"
        r" (?:a )?(?:otr[oa]s? |un |una )?(?:candidat|perfil|persona|finalista|postulante|aspirante)"
        r"|\b(?:ya )?(?:ha|han) sido cubiert|\bya (?:esta|estan) cubiert"
        r"|\b(?:puesto|plaza|vacante|posicion|cargo|empleo)s? (?:\w+ ){0,4}?(?:ya )?(?:(?:ha|han) sido|esta|estan) ocupad"
        r"|\blamentamos (?:comunicar|informar)|\bdesestimad"
        r"|\b(?:decidido|optado por|preferido|resuelto) no (?:continuar|seguir|avanzar|contar|avanzar)"
        r"|\bno (?:continuar|seguir|avanzar) (?:adelante )?(?:contigo|con usted|con (?:tu|su) (?:candidatura|postulacion|perfil|proceso))"
        r"|\bno (?:fue|fuiste|ha sido|has sido|resulto|resultaste|quedo|quedaste|salio|saliste) (?:\w+ )?(?:seleccionad|elegid"
        r"|escogid|preseleccionad|admitid|favorable|aprobad|considerad)"
        # es, short and soft decisions, each tied to a rejection's subject: not eligible, the profile not
        # fitting, the application set aside, the post filled or given to another, the search closed.
        # Never "no se ajusta" or "no podemos ofrecerte" alone: said of a time for the interview too.
        r"|\bno (?:elegible|idone[oa])\b"
        # es: the company not choosing the reader's profile, not going on with it, someone else proposed
        r"|\bno (?:te |le )?(?:han|hemos) (?:seleccionado|elegido|escogido) (?:tu|su) (?:perfil|candidatura|postulacion|cv)"
        # (an agency's "no te han seleccionado para el puesto / en esta tanda", tied to the post or the round; never
        # "todavía/aún no", which is still in play, nor "si no …", a case supposed: review of session 23)
        r"|\bno(?<!todavia no)(?<!aun no)(?<!si no) (?:te|le|la|lo) (?:han|hemos|ha) (?:seleccionado|elegido|escogido)(?:a|o)? (?:para"
        r" (?:el|la|este|esta) (?:puesto|plaza|vacante|oferta|proceso|trabajo|posicion)|en esta (?:tanda|ocasion|fase"
        r"|convocatoria|seleccion|ronda))\b"
        r"|\bno (?:van|vamos) a (?:avanzar|seguir|continuar) (?:adelante )?con (?:tu|su) (?:perfil|candidatura|postulacion|proceso)"
        r"|\bno (?:has|ha) sido (?:la|el) (?:candidat[oa]|persona|postulante) (?:propuest|seleccionad|elegid)"
        r"|\badjudicad[oa] a (?:otr[oa]|un[oa]? (?:otr|candidat|participante|postulante|aspirante))"
        r"|\b(?:han|hemos|se ha|ha) quedado con (?:\w+ )?(?:candidat|perfiles|personas|postulantes)\w* que\b"
        r"|\b(?:perfil|candidatura|experiencia|trayectoria|postulacion|cv) (?:\w+ ){0,3}no (?:se )?(?:ajusta|ajustan|adecua"
        r"|adecuan|encaja|encajan|corresponde)"
        r"|\bdescart(?:an|amos|aron|o) (?:tu|su) (?:candidatura|postulacion|perfil|solicitud|cv)"
        r"|\b(?:ha|han|hemos) cubierto (?:el|la|ya) (?:puesto|vacante|plaza|posicion|cargo)"
        r"|\bno (?:vamos a poder|podemos|podremos) (?:incorporarte|incorporarle|contratarte|contratarle)"
        r"|\bno (?:vamos a poder|vamos a|podemos|podremos|podriamos) (?:ofrecerte|ofrecerle|ofrecer) (?:(?:el|la|los|las|un"
        r"|una|ningun|ninguna) )?(?:\w+ )?(?:puesto|plaza|trabajo|posicion|cargo|vacante|contrato|empleo|oportunidad"
        r"|practicas|espacio|lugar|nada|continuar|seguir|avanzar)\b"
        r"|\b(?:propuesto|propuso|seleccionado|contratado|elegido) a otr[oa] (?:persona|candidat|postulante)"
        r"|\b(?:busqueda|proceso|vacante|convocatoria) (?:\w+ ){0,2}(?:cancelad|suspendid|cerrad[oa] sin|se cierra sin"
        r"|desiert)|\b(?:puesto|vacante|plaza) ya no (?:esta disponible|existe|esta abiert)"
        r"|\b(?:eligio|eligieron|escogio|escogieron|selecciono|seleccionaron|opto|optaron|prefirio|prefirieron|decidio"
        r"|decidieron|decanto|decantaron|contrato|contrataron|continuara|continuaran|avanzara|avanzaran|inclino|inclinaron"
        r"|quedado con|quedaron con|quedo con) (?:por )?(?:con )?(?:a )?(?:otr[oa]s?|un|una|el|la|los|las) "
        r"(?:\w+ )?(?:candidat|perfil|persona|postulante|aspirante|opcion)"
        r"|\b(?:candidat[oa]|perfil|persona|postulante|promocion|cobertura) intern[oa]|\b(?:cubrir|cubierto|cubierta) internamente"
        r"|\bdescartad|\brechazad|\binadmitid|\bno (?:admitid|seleccionad|apt[oa]\b)"
        r"|\bno (?:cumple|cumples|reune|reunes|cumplia|cumplias) (?:con )?(?:los|el|la|las|todos|el perfil)"
        r"|\b(?:lamento|lamentamos|sentimos|siento|lamentablemente),? (?:\w+ ){0,2}(?:comunicar|informar|decir|contar)"
        r"|\bno (?:podemos|podremos|podriamos|vamos a poder) (?:tener|considerar)(?:te|le|la|lo)?\b"
        r"|\bno (?:quedo|quedaste|ha quedado|has quedado) entre (?:las|los) (?:\w+ ){0,3}(?:seleccionad|finalistas|que pasan"
        r"|elegid|preseleccionad)"
        r"|\bno (?:vamos a|podremos|podriamos) (?:poder )?(?:continuar|seguir|avanzar|contar)"
        r"|\bno (?:es|era) (?:la|el) (?:noticia|resultado|respuesta) (?:que )?"
        r"|\b(?:avanzar|continuar|seguir|seguir adelante|quedarnos|quedar) con (?:otr[oa]s?|un perfil|una persona|el otro|la otra)"
        r"|\bexcluid|\bcubri(?:o|eron|mos)? (?:la|el) (?:vacante|puesto|plaza|posicion)|\bhemos cubierto"
        r"|\b(?:al|el|la|a la) otr[oa] (?:finalista|candidat|postulante|persona)|\bno (?:has|ha|hayas) superado"
        r"|\botro camino|\botros (?:perfiles|candidatos|postulantes) (?:\w+ ){0,2}(?:encajan|se ajustan|ajustan|mejor)"
        # es: an agency passing the client's preference on; a committee proposing someone else for the post
        r"|\b(?:preferido|prefirieron|prefirio|preferimos) (?:a )?(?:otr[oa]s? |una? )?(?:persona|alguien|candidat|perfil|postulante)"
        # es: the process pursued with other people ("seguir el proceso con otras personas"), never with the
        # reader as well ("con otros dos candidatos y contigo"). Not "la búsqueda … ya está cerrada": an offer,
        # a flat share and a call for volunteers say it too (review of session 21)
        r"|\b(?:avanzar|continuar|seguir|seguir adelante) (?:con )?(?:el|este|nuestro) proceso con otr[oa]s (?:\w+ )?(?:personas"
        r"|candidat|perfiles|postulantes|aspirantes)\w*\b(?! (?:\w+ ){0,2}?(?:y contigo|y con usted|y con vos|ademas de (?:ti|usted|vos)"
        r"|junto (?:a|con) (?:ti|usted|vos))\b)"
        # es: a post already filled, no offer made, another professional chosen, the application not going on
        r"|\b(?:posicion|vacante|puesto|plaza|cargo) (?:\w+ ){0,4}?(?:ya )?(?:fue|ha sido|quedo) (?:ya )?cubiert[oa]"
        r"|\bdecidido no (?:hacerte|hacerle|ofrecerte|ofrecerle|extenderte|extenderle) (?:una |la |ninguna )?(?:oferta|propuesta)"
        r"|\b(?:optado|decantado|inclinado) por (?:otr[oa]s?|un|una) (?:\w+ )?(?:candidat|perfil|persona|postulante|aspirante"
        r"|profesional)"
        # (only with the application or the candidate as its subject: "el proceso no continuará en la próxima
        # quincena" is a pause)
        r"|\b(?:(?:su|tu) (?:candidatura|postulacion|solicitud|hoja de vida|perfil|aplicacion)|(?:informarle|informarte"
        r"|comunicarle|comunicarte|indicarle|indicarte) que|usted) (?:\w+ ){0,2}?no (?:avanzara|continuara|seguira"
        r"|pasara|avanza|continua|sigue|pasa) (?:\w+ )?(?:a|en) (?:la|el) (?:siguiente|proxima|proceso)\b"
        r"(?! semana| quincena| mes\b| ano\b)"
        # ("no continuará en el proceso": a process does not go on in itself, so its subject is the candidate)
        r"|\bno (?:continuara|seguira|continua|sigue|avanzara|avanza) (?:usted |tu )?en el proceso\b"
        r"|\bno (?:sigues|continuas|avanzas|pasas|seguiras|continuaras|avanzaras|pasaras) (?:\w+ )?(?:en|a) (?:el|la)"
        r" (?:proceso|siguiente)"
        r"|\b(?:propuesto|propuso|propone|designado|designo|nombrado|nombro) para (?:la plaza|el cargo|el puesto|la vacante)"
        r"(?: \w+){0,8}? a (?:la|el|d|dna|dona|don|dra|dr|lic|ing)\b"
        # Round 19 and earlier, as classes (session 22): the application that did not go on told in the past
        # ("tu postulación no avanzó a la siguiente etapa"); several posts all filled ("las vacantes ya fueron
        # cubiertas", "all positions have been filled": never places or spots, which a course and a
        # volunteer shift fill too); a process closed with another person; the candidate not taken into
        # account ("no te van a tomar en cuenta para …"); a public competition's reserve list or pass mark
        # for the next stage; a grant or placement not awarded to the application (never an offer in a
        # tender: "su oferta no ha resultado adjudicataria"); a German post since filled
        # ("die Stelle konnten wir zwischenzeitlich besetzen", never "noch nicht") or another casting decided.
        # (an ad's title may run to 20 words and more: "tu candidatura para la oferta <title> no continuó")
        r"|\b(?:su|tu) (?:candidatura|postulacion|solicitud|perfil|aplicacion) (?:[^\s.;:!?]+ ){0,30}?no (?:avanzo"
        r"|continuo|siguio"
        r"|paso|ha avanzado|ha pasado|ha continuado) (?:\w+ )?(?:a|en) (?:la|el) (?:siguiente|proxima)\b"
        # (never a volunteer's, a committee's or a board's posts, nor "jobs" or "openings", which a job
        # alert says of last week's ads: review of session 22)
        r"|\b(?:vacantes|puestos|posiciones|cargos) (?:(?!voluntari|comite|junta)\w+ ){0,4}?(?:ya )?(?:fueron|han sido"
        r"|quedaron) (?:ya )?cubiert[oa]s"
        r"|\b(?:positions|roles|vacancies|posts)(?<!volunteer positions)(?<!volunteer roles)(?<!committee positions)"
        r"(?<!committee roles)(?<!board positions)"
        r" (?:(?!volunteer|committee|board)\w+ ){0,3}?(?:have|had) (?:now |already |all )?been (?:filled|closed)\b"
        # (always "otra persona/otro candidato": "cerramos el proceso con una candidata: ¡tú!" takes the reader)
        r"|\bcerr\w* (?:el|este|nuestro|la) (?:proceso|busqueda|vacante) (?:\w+ ){0,5}?con (?:otr[oa]s? (?:persona"
        r"|candidat|postulante|perfil|profesional)|un[oa]? otr[oa] (?:candidat|postulante|persona))"
        # (te/le: the candidate; "no la/lo van a tomar en cuenta para la evaluación" is a test or a gap in the CV)
        r"|\bno (?:te|le) (?:van a |vamos a |pudimos |podemos |podremos |pudieron |podran )?(?:tomar|tomaron"
        r"|tomaremos|tomamos|considerar|consideraron|consideraremos|consideramos) en cuenta para\b"
        r"|\bnot (?:been )?(?:placed|included|put|added) (?:on|in) (?:the|our) reserve list"
        r"|\b(?:ne pas|n'(?:a|avez|etes|est|sera|serez) pas(?: ete)?|ne (?:figure|figurez|sera|serez) pas)"
        r" (?:\w+ ){0,3}?(?:sur|dans|a|parmi) la liste (?:de reserve|d'aptitude|des laureats)"
        r"|\bnicht (?:\w+ ){0,2}?(?:in die|auf die|in der|auf der) (?:reserveliste|eignungsliste)"
        r"|\bno (?:\w+ ){0,3}?(?:incluid[oa]|inscrit[oa]|figura|figuras|forma parte) (?:\w+ ){0,2}?(?:en|de) la"
        r" (?:lista|bolsa) de (?:reserva|aprobados|seleccionados)"
        # (a pass mark never for a course's admission: a master's, a nursing school, an MSc; review of session 22)
        r"|\bno (?:ha |has |haya )?(?:alcanzado|alcanzo|alcanzaste|obtenido|obtuvo|obtuviste|superado|supero|superaste)"
        r" (?:el|la) (?:puntaje|puntuacion|nota|calificacion) (?:\w+ ){1,2}?para (?:pasar|avanzar|continuar|acceder)"
        r" a la (?:siguiente |proxima )?(?:etapa|fase)(?![^.;]{0,60}\b(?:admision|master|maestria|curso|grado|carrera|formacion))"
        r"|\b(?:did not|didn't|have not|haven't|has not|hasn't) (?:reach|reached|achieve|achieved|meet|met|obtain|obtained)"
        r" the (?:\w+ ){1,2}?(?:score|mark) (?:\w+ )?(?:to|for) (?:progress|advance|proceed|move|go) (?:on )?to the"
        r" (?:next )?(?:stage|round|phase)(?![^.;]{0,60}\b(?:admissions?|msc|ma|mba|masters?|course|degree|programme of study))"
        r"|\bn'(?:avez|a) pas (?:obtenu|atteint) (?:la|le) (?:note|seuil|score|minimum) (?:\w+ ){0,2}?pour (?:acceder|passer)"
        r" a (?:la|l')(?: ?(?:phase|etape|epreuve))(?![^.;]{0,60}\b(?:admission|formation|master|licence|ecole|ifsi|cursus))"
        r"|\bno ha(?:s)? resultado (?:adjudicatari[oa]) de (?:\w+ ){0,3}?(?:becas?|plazas?|puestos?|practicas)\b"
        r"|\bstelle (?:(?!nicht|noch)\w+ ){0,2}?(?:konnten|haben|hatten) wir (?:(?!nicht|noch)\w+ ){0,2}?(?:besetzen"
        r"|besetzt|vergeben)\b(?! werden| (?:konnen|mussen|wollen))"
        r"|\b(?:fur|gegen) (?:eine?n? )?andere (?:besetzung) (?:\w+ ){0,2}?entschieden"
        # the application not taken on, said as the employer's impossibility ("il ne nous sera pas possible de
        # poursuivre avec votre candidature"; never the candidate's own, nor a condition: "tant que …", "sans …").
        # No post to fill for an application sent unasked ("nous n'avons pas de poste à pourvoir", "no tenemos
        # ninguna vacante abierta") is no phrase: the rounds' writers label it received as often as refused.
        r"|\b(?:ne nous (?:sera|est|serait|a) (?:\w+ )?(?:pas|plus) (?:ete )?possible|nous (?:ne )?(?:sommes|serons) (?:\w+ )?(?:pas|plus) en mesure"
        r"|nous (?:est|sera) impossible) de (?:poursuivre|continuer|avancer|aller plus loin) (?:avec |a )?(?:votre|ta)"
        r" (?:candidature|dossier|profil)\b(?! (?:tant que|tant qu|sans|avant|si|sauf|de location)\b)"
        # es: a platform telling that the employer declined the application ("la empresa X ha declinado su
        # postulación"); only with the employer as subject and the application as object (never an offer or
        # a date the candidate declined, which is theirs: "=own")
        r"|\b(?:empresa|empleador|empleadora|compania|reclutador|reclutadora|cliente)(?: \w+){0,3}? (?:ha|han) (?:declinado"
        r"|rechazado|descartado) (?:su|tu) (?:postulacion|candidatura|solicitud|aplicacion)\b"
        # Round 20 and earlier, as classes (session 23): a public panel the candidate is not placed on or is
        # below the mark for (never a course's admission); someone hired from within, said in the past by
        # the employer ("we hired from within", never "we promote from within", a careers page's boast); a
        # competition's file declared inadmissible (a candidature, never a tender's offer); the candidate not
        # cleared for a selection's next phase (never a course's admission); a post "n'est plus disponible".
        r"|\bnot (?:been )?(?:placed|included|put|added) (?:on|in) (?:the|our) panel\b"
        r"|\bbelow the (?:qualifying|pass|minimum|required) (?:threshold|mark|score)\b(?![^.;]{0,80}\b(?:admissions?"
        r"|course|degree|msc|mba|programme of study))"
        r"|\b(?:we|we've|we have|they|they've|they have|client) (?:\w+ )?(?:hired|promoted|appointed|recruited|filled"
        r" (?:it|the (?:\w+ ){0,3}?(?:role|position|post|spot|job|vacancy))) from within\b"
        r"|\b(?:candidature|dossier de candidature) (?:\S+ ){0,12}?(?:declaree?|jugee?) (?:irrecevable|non recevable)\b"
        r"|\bno (?:fue|fuiste|ha sido|has sido|resulto|resultaste) (?:habilitad|seleccionad|admitid)[oa] (?:\w+ ){0,2}?(?:para"
        r"|a) (?:la|el) (?:siguiente|proxima) (?:fase|etapa)(?![^.;]{0,60}\b(?:admision|master|maestria|curso|grado))"
        r"|\b(?:le|ce) poste (?:[^\s.;:!?]+ ){0,10}?n'est (?:malheureusement |donc |aujourd'hui )?plus (?:disponible"
        r"|a pourvoir|ouvert|d'actualite)\b"
        # the same decisions in other words: "aren't able to take your application further"; a client "going
        # with" someone for the role (tied to the post, never a caterer or a band); a shop's "ya hemos cogido a
        # una chica para la tienda" (a job's place named, never a nanny "para los niños"); a client that "no ha
        # escogido tu perfil"; a German form letter's "für eine Bewerberin/einen Bewerber entschieden", a
        # "Mitbewerberin gewählt", the post "nicht mit Ihnen besetzen"
        r"|\b(?:aren't|arent|weren't|werent|isn't|isnt) able to (?:(?:take|move|progress) (?:your application|your candidacy"
        r"|it|this|you) (?:any )?(?:further|forward)|(?:proceed|move forward|progress) with (?:your|you)|consider your)\b"
        r"|\b(?:they|they're|theyre|they've|theyve|client|decided to|opted to) (?:\w+ ){0,2}?(?:go|going|gone|went) with"
        r" (?:an?|the|someone) (?:\w+ ){0,3}?for the (?:\w+ ){0,3}?(?:role|job|position|post|vacancy)\b"
        r"|\bya (?:hemos|han|he) (?:cogido|contratado|elegido|encontrado|metido) a (?:una?|otr[oa]|alguien) (?:\w+ ){0,3}?para"
        r" (?:la|el) (?:tienda|puesto|plaza|vacante|trabajo|local|bar|obra|oficina|taller|cocina|barra|sala)\b"
        r"|\bno (?:ha|han|hemos) (?:escogido|elegido|seleccionado) (?:tu|su) (?:perfil|candidatura|postulacion|cv)\b"
        r"|\bfur (?:eine|einen) (?:bewerberin|bewerber|kandidatin|kandidaten)(?:/(?:eine|einen) (?:bewerberin|bewerber"
        r"|kandidatin|kandidaten))? (?:\w+ ){0,3}?entschieden\b"
        r"|\b(?:eine|einen|die|den) (?:andere[nr]? )?mitbewerber(?:in)? (?:\w+ ){0,3}?(?:gewahlt|ausgewahlt|eingestellt"
        r"|vorgezogen|berucksichtigt)\b"
        r"|\bnicht mit (?:ihnen|dir) (?:zu )?(?:besetzen|besetzt)\b"
        # Round 21's missed classes (session 24): another nurse or teacher chosen, named by a job's noun ("für eine
        # andere Pflegefachfrau entschieden", "für eine Floristin aus dem Ort entschieden"; never a person, a
        # flatmate or a tenant, a solution, a date or a supplier, which flat shares and tenders say); a person's
        # short "on a trouvé quelqu'un" (never for a room, a flat or the children, nor someone to stand in); a
        # client that "a préféré retenir un autre profil"; all the needs covered and no posting to offer (a
        # school board's contract teachers); a placement the school cannot take the reader in for (never a day
        # or an interview); a public competition the candidate "no ha resultado ganador(a)" of (never a prize
        # draw or a photo contest); the admission conditions of a selection not met (never a course's).
        r"|\bfur (?:eine|einen) andere[nr]? (?:\w+ )?(?!\w*(?:bewohner|mieter|partner))\w*(?:erin|fachfrau|fachmann"
        r"|kraft|kandidat|kandidaten|bewerber"
        r"|kollegen|mitarbeiter|interessent|erzieher|pfleger|lehrer|verkaufer) (?:\S+ ){0,3}?entschieden\b"
        r"|\bfur eine (?!\w*(?:bewohnerin|mieterin|partnerin)\b)\w*(?:erin|istin|fachfrau|kraft) (?:\S+ ){0,4}?entschieden\b"
        r"|\b(?:on a|nous avons|j'ai|on vient de) (?:deja |finalement |bien )?trouve (?:quelqu'un|une? (?:autre )?(?:personne"
        r"|candidat\w*))\b(?! (?:pour|a) (?:la |le |l'|notre |nos |les |mes |garder )?(?:chambre|coloc\w*|appart\w*|logement"
        r"|studio|garde|enfants?|petits?|location|sous-location|velo|voiture|parking|chien|chat|jardin|bebe|demenagement"
        # (nor the seats of a shared ride, tickets or a thing sold: review of session 24)
        r"|(?:deux |trois |\d+ )?places\b|billets?|tickets?|covoiturage|trajet|canape|meubles?|annonce)"
        r"| pour (?:me|te|nous|vous|le|la|les) (?:remplacer|aider|garder|depanner|accompagner|loger|heberger))"
        # (a choice made, "a préféré retenir", never a wish told as a condition: "nous préférons engager une
        # personne ayant le permis B. L'avez-vous ?"; review of session 24)
        r"|\b(?:a|ont|avons|aurait|auraient) (?:finalement )?prefere (?:retenir|choisir|recruter|engager|embaucher|prendre)"
        r" (?:une? |d'|l')?(?:autres? (?:candidat|profil|personne|candidature)|candidat|profil|personne)"
        # (never "un remplacement", which a shop out of stock offers; nor the needs alone "couverts", which
        # volunteers and funding are told: review of session 24)
        r"|\bpas en mesure de vous (?:proposer|attribuer|offrir) (?:d'|une )?affectation"
        # (only where the reader is taken in to work: a placement, an apprenticeship or the period asked;
        # never a restaurant's booking or a nursery's place: review of session 24)
        r"|\bne nous (?:est|sera|serait) (?:\w+ )?pas possible de vous accueillir (?:en (?:stage|alternance|apprentissage"
        r"|immersion)|comme stagiaire|en tant que|sur la periode (?:demandee|souhaitee)|pour (?:un|votre|ce) stage)\b"
        r"|\bno (?:lo|la) (?:vamos a |van a |podemos |podremos )?(?:considerar|tener en cuenta) para (?:el|la|este|esta)"
        r" (?:puesto|plaza|vacante|cargo|posicion)\b"
        # (never a contest's vote nor a tender's process said in the same sentence: review of session 24)
        r"|\bno (?:ha|has) resultado (?:ganador|ganadora)(?:/a)? (?:del?|en) (?:\w+ ){0,3}?(?:proceso|concurso de meritos"
        r"|concurso publico|plaza|puesto|convocatoria)\b(?![^.;!?\n]{0,80}(?:votacion|fotograf|sorteo|premio|licitacion"
        r"|contratacion publica|adjudicacion|dibujo|relato))"
        # (only a post's or a selection's conditions named in the sentence; never a school's, a loan's or an
        # allowance's "conditions requises": review of session 24)
        r"|\bne (?:satisfai\w*|remplis\w*|repond\w*) pas aux (?:conditions|exigences|criteres) (?:d'admission|d'admissibilite"
        r"|minimales|requises)\b(?=[^.;!?\n]{0,40}?\b(?:emploi|poste|concours|processus|recrutement|selection|fonction"
        r"))"
        # Earlier rounds' decisions that sat at the threshold's edge, said so in other words: "we haven't been able to
        # offer you a role" (never a place, which a course says, nor "yet"); a post the employer decided "vorerst nicht
        # zu besetzen"; "el puesto ya fue ocupado" (never a "plaza", a seat or a parking place)
        r"|\b(?:haven't|have not|hasn't|has not|weren't|were not|wasn't|was not) (?:been )?able to offer you (?:a|the|this"
        r"|that) (?:\w+ )?(?:role|position|job|post|contract)\b(?! yet)"
        r"|\b(?:stelle|position|vakanz) (?:\S+ ){0,4}?(?:vorerst |vorlaufig |derzeit |bis auf weiteres )?nicht (?:mehr )?zu"
        r" besetzen\b"
        r"|\b(?:puesto|vacante|cargo|posicion) (?:\w+ ){0,4}?(?:ya )?(?:fue|ha sido|quedo|esta) (?:ya )?ocupad[oa]\b"
    ),
    "=received": (
        # a decision denied: nothing has been decided against the candidate yet
        r"\bnot (?:yet )?been (?:rejected|turned down|declined|ruled out)|\bno (?:hemos|han|ha sido|has sido) (?:\w+ )?descartad"
        r"|\bnicht (?:\w+ )?(?:abgelehnt|ausgeschieden|aussortiert)\b|\bpas (?:encore )?ete (?:rejetee?|ecartee?|refusee?)"
        r"|\b(?:received|receipt of|submitted|got) (?:your|the) application|\bapplication (?:has been|was)"
        r" (?:successfully )?(?:received|submitted)|\b(?:will|we'll) be in touch\b|\bwill (?:review|reach out"
        r"|get back|contact you)|\bunder review\b|\bbeing reviewed\b|\bstill (?:being )?review"
        r"|\beingang\b|\beingegangen\b|\bmelden uns\b|\bin prufung\b"
        r"|\bbien (?:ete )?(?:recue?|envoyee|enregistree|reception)|\baccusons (?:bonne )?reception"
        r"|\breviendr|\ben cours d'(?:etude|examen)"
        # a status field that says the application is still in play (job boards, ATS notifications)
        r"|\b(?:estado|status|statut|nuevo estado|estado actual|neuer status)(?: de la candidatura)? ?: ?(?:en proceso|en revision"
        r"|en estudio|preseleccionad|cv leido|cv visto|pendiente|inscrit|finalista|in bearbeitung|in prufung|vorauswahl"
        r"|under review|in review|in progress|shortlisted|viewed|en cours|preselectionn|consultee|candidature consultee)"
        # the application is still in the running (a status update that asks for more time)
        r"|\b(?:still|remains) (?:in the running|under consideration|in consideration|in the process|in contention)"
        r"|\b(?:weiter|weiterhin|noch) (?:\w+ )?(?:dabei|im rennen|im auswahlverfahren|im verfahren|in der auswahl)\b"
        r"|\btoujours (?:en lice|en cours d'examen|a l'etude|dans le processus|en course)"
        # a competition's success: found qualified and placed in a pool (never "not found qualified")
        r"|\b(?:have|has|you've|you were|you are|you're) (?:been )?(?:found|deemed|assessed as) qualified\b"
        r"|\b(?:been|was|were|is|are|will be|has|have)(?<!not been)(?<!n't been)(?<!never been) placed in (?:a|the|our) pool of qualified\b"
        r"|\b(?:stelle|position|vakanz) (?:\w+ ){0,3}?(?:noch nicht|noch immer nicht|bislang nicht|bisher nicht) (?:besetzt|vergeben)\b"
        r"|\b(?:sigue|sigues|continua|continuas|seguira|sigue estando) (?:\w+ )?(?:en el proceso|en proceso|en carrera|activa|vigente"
        r"|en curso)|\b(?:sigue|sigues|continua|continuas) siendo (?:considerad|evaluad|tenid|valorad)"
        r"|\b(?:reste|demeure) (?:toujours |bien )?(?:consideree?|a l'etude|en cours d'examen)"
        # nothing decided yet: a search paused or on hold, the candidate still in it ("the client has put the
        # hire on hold; nothing has been decided about any candidate")
        r"|\bnothing (?:has |'s )?(?:been |yet been )?decided\b|\bno decisions? (?:has |have )?(?:yet )?been (?:made|taken|reached)"
        r"|\b(?:noch )?keine entscheidung (?:\w+ ){0,3}(?:gefallen|getroffen)|\bentscheidung (?:\w+ ){0,5}noch nicht gefallen"
        r"|\baucune decision n'a (?:encore )?ete prise|\brien n'est (?:encore )?(?:tranche|decide|arrete)"
        r"|\bno se ha tomado (?:todavia |aun )?ninguna decision|\bno hay nada decidido|\bno se ha decidido nada"
        r"|\bhemos recibido|\b(?:ha|has) sido recibid|\bse ha enviado|\bnos pondremos en contacto"
        r"|\bte (?:llamaremos|escribiremos)|\ben revision\b"
        # "we cannot answer everyone individually": said by confirmations, not by a decision
        r"|\b(?:not able|unable|cannot|can't|can not) (?:to )?(?:reply|respond|answer|get back)"
        r" (?:to )?(?:every|each|all|individually|personally)"
        r"|\bnicht (?:jede[rmn]?|alle[nm]?) (?:\w+ ){0,2}(?:einzeln|individuell|personlich|sofort|beantwort)"
        r"|\brepondre (?:individuellement|personnellement|a (?:chaque|chacune|chacun|toutes|tous))"
        r"|\bresponder (?:a (?:todas|todos|cada)|individualmente|de forma (?:individual|personal))"
    ),
    "=own": (
        r"\b(?:you|you've|you have|you had) (?:decided to )?(?:declin|withdr|turn(?:ed)? down)"
        r"|\bdecided not to accept|\b(?:application|candidacy) (?:has been|was) withdrawn|\bsorry to see you go"
        r"|\bzuruckgezogen|\bzuruckziehen|\b(?:unser|das) angebot (?:nicht )?(?:annehmen|ablehnen|abgelehnt)"
        r"|\bgegen unser angebot"
        r"|\bdecline[rz]? (?:notre|la) (?:offre|proposition)|\bretrait de votre candidature|\bne pas accepter"
        r"|\brechazar nuestra (?:oferta|propuesta)|\bno aceptar nuestra|\b(?:has|ha) retirado|\bretirada\b"
        r"|\b(?:has|ha|haber|hayas) (?:decidido )?(?:rechazado|declinado) (?:nuestra|la) (?:oferta|propuesta)"
        r"|\b(?:vous avez|avez) (?:decide de )?(?:decline|refuse|renonce)|\bsie haben (?:\w+ ){0,3}(?:abgelehnt|abgesagt)"
        # the candidate as the one who decided: "your decision to decline", "Ihre Absage", "votre refus"
        r"|\byour (?:decision (?:to|not to) (?:decline|withdraw|turn|accept|pursue|stay|remain|take|go)|withdrawal\b"
        r"|message (?:\w+ ){0,3}(?:declin|withdr))|\b(?:you've|you have|you had|you) (?:\w+ )?(?:accepted|taken) (?:an?"
        r" )?(?:other|another|different|new) (?:offer|position|role|job)|\baccepted (?:an?other|a different) (?:offer|position)"
        r"|\b(?:you are|you're|you were) (?:withdrawing|declining|no longer (?:interested|available|looking))"
        r"|\bas (?:you )?requested,? (?:\w+ ){0,4}withdr"
        r"|\b(?:ihre|deine) (?:absage|entscheidung (?:gegen|fur ein)|ruckmeldung,? dass (?:sie|du) (?:\w+ ){0,4}(?:nicht|andere|anderen))"
        r"|\b(?:in dem|in der|worin) (?:sie|du) (?:\S+ ){0,8}(?:ablehnen|absagen|abgelehnt|abgesagt|zuruck\w+)"
        r"|\b(?:sie|du) (?:haben|hast|hatten) sich (?:\w+ ){0,4}fur (?:ein|eine|einen) (?:andere|anderes|anderen)"
        r" (?:angebot|arbeitgeber|unternehmen|firma|stelle)"
        r"|\b(?:votre|ton) (?:refus|desistement|retrait|renoncement|decision de (?:ne pas|decliner|refuser|renoncer|retirer"
        r"|vous retirer|rejoindre|accepter|poursuivre))|\bvous (?:renoncez|retirez|declinez|desistez|refusez)"
        r"|\btu (?:renonces|retires|declines|te desistes|te retires|refuses)\b"
        r"|\b(?:vous avez|tu as) (?:\w+ ){0,2}(?:accepte|choisi|prefere|rejoint) (?:une autre|un autre|d'autres|une offre)"
        r"|\btu (?:rechazo|renuncia|declinacion|desistimiento|retiro|decision de (?:no|declinar|rechazar|retirar"
        r"|aceptar|seguir|quedarte))|\bsu (?:renuncia|declinacion|desistimiento)\b|\bhas (?:decidido|optado por)"
        r" (?:no (?:continuar|seguir|aceptar)|retirar|declinar|aceptar otra|quedarte)|\b(?:has|ha) aceptado (?:otra|una)"
        r" (?:oferta|propuesta)|\ba (?:tu|su) (?:peticion|solicitud) (?:\w+ ){0,3}retir"
        # the same, said as what the candidate will not do or wishes to do
        r"|\byou(?:'ve| have| had)? (?:\w+ )?(?:decided|chosen|wish|want|wanted|asked) to (?:withdraw|pass on|decline|step"
        r" back|turn down|not (?:accept|proceed|continue|pursue|take)|no longer be)"
        r"|\byou (?:won't|will not|wouldn't|would not|no longer) (?:be )?(?:taking up|take up|accepting|accept)\b"
        r"|\b(?:informing|letting|telling) us (?:know )?that you (?:\w+ ){0,3}(?:withdraw|decline|no longer|will not|won't"
        r"|have accepted|accepted)"
        r"|\b(?:sie|du) (?:\w+ ){0,5}(?:nicht (?:annehmen|anzunehmen|antreten|anzutreten)|zuruckziehen|zuruckzuziehen)\b"
        r"|\b(?:vous|tu) ne (?:\w+ ){0,2}(?:pas|plus) (?:\w+ ){0,2}(?:accepter|rejoindre|donner suite a (?:notre|la|cette)"
        r" (?:proposition|offre))|\b(?:vous|tu) (?:refuses|declines)\b|\bretiree? a (?:votre|ta) demande"
        r"|\b(?:votre|ton) souhait de (?:vous |te )?(?:retirer|ne pas|ne plus)"
        # (the candidate's impossibility: "il ne m'est pas possible de poursuivre", or told back: "pris note qu'il ne
        # vous est pas possible"; never "il ne vous sera pas possible de poursuivre la procédure" alone, which is the
        # employer's verdict, nor "ne nous est pas possible", =against: review of session 23)
        r"|\bne m' ?(?:est|sera|serait) (?:\w+ )?(?:pas|plus) possible de (?:poursuivre|continuer|donner suite|rejoindre"
        r"|accepter|m'engager)"
        r"|\b(?:pris (?:bonne )?note|bien note|notons|compris|comprenons|comprends|(?:nous|m') ?(?:avez|as) (?:\w+ )?(?:informes?"
        r"|indique|ecrit|dit|fait savoir|signale|prevenus?))(?: \w+){0,3}? qu'il ne (?:vous|t') ?(?:est|sera|serait)"
        r" (?:\w+ )?(?:pas|plus) possible de (?:poursuivre|continuer|donner suite|rejoindre|accepter|vous engager|t'engager)"
        r"|\ba (?:peticion|solicitud) (?:tuya|suya)|\b(?:te retiras|se retira|retirarte|retirarse) del proceso"
        r"|\bno (?:aceptaras|aceptara|puedas (?:unirte|incorporarte)|te unas|te incorpores)\b"
        r"|\b(?:declinas|declina) (?:la|nuestra) (?:posicion|oferta|propuesta)|\bhayas aceptado otra"
        r"|\b(?:cancelaste|has cancelado) tu (?:postulacion|candidatura)"
        # the candidate withdrawing in their own words, or the employer doing what the candidate asked
        r"|\b(?:withdraw|withdrawing) my (?:application|candidacy|candidature)|\bmeine bewerbung (?:\w+ ){0,3}zuruck"
        r"|\bje (?:retire|me retire|souhaite retirer) (?:ma candidature|du processus)|\b(?:retirar|retiro) mi (?:candidatura"
        r"|postulacion)|\b(?:tal )?como nos (?:pediste|pidio|pidieron|solicitaste|solicito|indicaste) (?:\w+ ){0,4}(?:eliminad"
        r"|borrad|retirad|dado de baja|cancelad)"
        r"|\bdass (?:sie|du) (?:den|unser|unsere|unseren|ihren|deinen) (?:\S+ ){0,5}(?:absagen|ablehnen|abgesagt|abgelehnt)"
        r"|\b(?:sie|du) (?:sich|dich) (?:\w+ ){0,2}fur (?:die|eine|ein|das) (?:andere|anderes|neue) (?:stelle|angebot|position)"
        # the candidate's decision told back to them: "vous avez décidé de retirer votre candidature", "tu ne
        # prends pas la mission", "nos indicas que no podrás continuar", "lamentamos que hayas declinado",
        # "we respect your decision"
        r"|\b(?:vous|tu) (?:avez|ayez|aviez|as|aies) (?:\w+ ){0,2}decide de (?:ne pas|ne plus|decliner|refuser|renoncer"
        r"|retirer|vous retirer|te retirer|vous desister|te desister|accepter une autre|accepter un autre)"
        r"|\b(?:vous|tu) ne (?:prenez|prends|prendrez|prendras|acceptez|acceptes) pas (?:la|le|cette|ce|notre) (?:mission"
        r"|poste|offre|proposition|contrat|remplacement)"
        # (es: only the candidate as the subject, "tú" or "usted" said, or their own mail named: "ha declinado" and
        # "nos informa que no va a continuar" are as often the client's or the company's)
        r"|\b(?:me|nos) (?:indicas|indicaste|comunicas|comunicaste|informas|informaste|dices|dijiste) que no"
        r" (?:podras|puedes|deseas|vas a) (?:continuar|seguir|aceptar|incorporarte)"
        r"|\b(?:su|tu) (?:correo|mensaje|respuesta|email|comunicacion|carta|nota|escrito) (?:\w+ ){0,3}?(?:en el que|en la que"
        r"|donde) (?:nos |me )?(?:indica"
        r"|indicas|comunica|comunicas|informa|informas) que no (?:podra|podras|puede|puedes|desea|deseas|va a|vas a)"
        r" (?:continuar|seguir|aceptar|incorporar)"
        r"|\b(?:hayas|has) (?:decidido )?(?:declinado|desistido)\b"
        r"|\busted (?:ha|haya) (?:decidido (?:no |retirar|declinar|rechazar|renunciar|desistir)|declinado|desistido)"
        r"|\b(?:has|hayas) (?:decidido )?rechazado (?:nuestra |la |el )?(?:invitacion|entrevista|puesto)"
        r"|\bno (?:deseas|quieres) (?:continuar|seguir)\b(?! recibiendo| suscrit)"
        # (only "your" said: "su" and "ihre" are also "their", the client's decision)
        r"|\b(?:respetamos|respeto|respectons|respecte|respect|respektieren|respektiere) (?:\w+ )?(?:tu|votre|ta|your"
        r"|deine) (?:decision|choix|entscheidung)"
    ),
    # A concrete next step for the candidate: an interview or a call to book, a slot to pick, a round to
    # go on to. Not a decision: read with its position (`phrase_terms`), a "no" for one role followed by
    # an invitation to interview for another is a next step, not a rejection.
    "=invite": (
        # de: a day for the interview already taken ("der Termin am Montag ist schon vergeben") is
        # scheduling; matched here, at the day, so the post's "ist schon vergeben" does not read it.
        r"\b(?:termin|gesprachstermin|vorstellungstermin|zeitfenster|zeitslot|slot|uhrzeit)\w* (?:\w+ ){0,5}?(?:ist|sind"
        r"|war|wurde|wurden) (?:\w+ ){0,2}?(?:besetzt|vergeben|belegt)\b"
        r"|\b(?:ist|sind|war|wurde|wurden) (?:\w+ ){0,2}?(?:der|die|das|dieser|diese|unser|unsere|ihr|ihre) (?:\w+ )?(?:termin"
        r"|gesprachstermin|vorstellungstermin|zeitfenster|zeitslot|slot|uhrzeit)\w* (?:\w+ ){0,6}?(?:besetzt|vergeben|belegt)\b|"
        r"\binvit(?:e|ing) you (?:to|for) (?:an? |the |our |a short )?(?:\w+ ){0,2}(?:interview|assessment|round|stage"
        r"|meeting|session)"
        r"|\b(?:would|could) you be available\b|\bare you available (?:on|for|next|this|at)\b"
        r"|\b(?:book|pick|choose|select|reply with) (?:a|the|your) (?:\w+ )?(?:time|slot)\b|\bcalendar invit"
        r"|\b(?:take|taking|move|moving|progress|progressing|advance|advancing|invite|inviting) (?:you|your application|your"
        r" candidacy|your candidature) (?:forward )?(?:to|into|through to) (?:the )?(?:next|final|second|third|last|onsite)"
        r"|\b(?:like|love|pleased|delighted|happy|glad) to (?:offer you|invite you|schedule|arrange (?:an? )?(?:interview"
        r"|meeting|video))"
        r"|\b(?:gern|gerne|mochten|wurden|wollen) (?:\w+ ){0,6}(?:einladen|kennenlernen|kennen lernen)\b|\bterminvorschl"
        r"|\bzu einem (?:\w+ ){0,3}(?:gesprach|interview|vorstellungsgesprach|kennenlern|probetag|probearbeit|termin|telefonat|videocall)\S*"
        r" (?:\w+ ){0,3}einladen\b"
        r"|\b(?:souhaiter(?:ais|ait|ions|iez|aient)|aimerions|aimerais|serions (?:ravis|heureux) de|souhaitons|voudrions) (?:\w+ ){0,3}(?:vous |te )?"
        r"(?:rencontrer|convier|inviter (?:a|pour) (?:un|une)|proposer (?:un|une) (?:entretien|echange|rendez))"
        r"|\b(?:seriez|etes|serais|es)-?(?:vous|tu) disponible|\bce creneau (?:vous|te) conv"
        r"|\bvous (?:inviter|convier|convoquer|proposer) (?:a|pour) (?:un|une|l'|le) (?:\w+ )?(?:entretien|echange|rendez)"
        r"|\b(?:invitarte|invitarle|convocarte|convocarle|te invitamos|le invitamos|te convocamos|le convocamos) a (?:una|un|la|el)"
        r" (?:\w+ )?(?:entrevista|reunion|prueba|videollamada|sesion|fase|siguiente)|\b(?:entrevistarte|entrevistarle)\b"
        r"|\b(?:te|le) (?:viene|vendria) bien|\b(?:tienes|tiene|tendrias|tendria) (?:\w+ )?(?:disponibilidad|hueco)"
        r"|\b(?:estarias|estaria) disponible|\b(?:te|le) apetece (?:hablar|venir|charlar)"
        # a test or a case study for another programme, a slot to choose, a meeting to set up
        r"|\b(?:we )?invite you to (?:complete|take|sit|attend|book|schedule)\b|\blet me know which (?:one|slot|time|day)"
        r"|\b(?:which|what) (?:time|slot|day) (?:works|suits)\b|\b(?:would|could) you be up for (?:a|an)\b"
        r"|\b(?:laden|lade) (?:wir )?(?:sie|dich) (?:\w+ ){0,2}zu (?:einem|einer)\b|\bwahlen (?:sie|du) (?:\w+ ){0,4}(?:einen )?termin"
        r"|\b(?:ware|waere) (?:ihnen|dir) (?:\w+ ){0,6}recht\b"
        r"|\bvous invitons (?:\w+ )?a (?:passer|participer(?! a (?:nos|de|d'autres|des) (?:\w+ )?(?:futur|prochain|nouve|autre))|realiser|un entretien|une|l'etape)|\b(?:ca|cela) (?:te|vous) dirait"
        # (a candidature kept for the next stage: "votre candidature a été retenue pour l'étape suivante"; the
        # negation "n'a pas été retenue" drops it, as any next step's: review of session 23)
        r"|\b(?:a ete|est|sont|ont ete) retenue?s? pour (?:l'etape suivante|la (?:prochaine|seconde|deuxieme) etape"
        r"|la suite du (?:processus|recrutement)|un entretien|le prochain tour)"
        r"|\bje (?:te|vous) cale|\b(?:choisir|reserver|choisissez|reservez) (?:un|votre) creneau"
        r"|\b(?:te|le|la|lo|los|las) invit(?:amos|o) a (?:realizar|hacer|una|un|participar(?! en (?:\w+ )?(?:futur|proxim|nuev|otr|sucesiv))|pasar)"
        r"|\b(?:puedes|podrias|puede|podria) pasarte|\breunir(?:se|nos|me) contigo"
        r"|\b(?:organizarte|organizarle|agendarte|agendarle) una (?:llamada|entrevista|reunion)"
        # an offer made to the reader, its contract on the way, an interview that stands: a "no" before
        # it was for another post, another stage or another person's part
        r"|\boffer(?:ed|ing)? (?:the |this )?(?:\w+ ){0,3}(?:role|position|job|post) to you\b|\b(?:like|love|want) you to join\b"
        r"|\b(?:the )?(?:offer letter|offer|contract) (?:is )?attached\b|\bkeep your interview\b|\bfast-?track(?:ing)? you\b"
        r"|\b(?:ihnen|dir) (?:(?!nicht|kein)\w+ ){0,5}(?:anbieten|anzubieten)\b|\bvertrag (?:anbei|folgt|im anhang)\b"
        r"|\bfindet (?:(?!nicht)\w+ ){0,3}statt\b|\bfreuen uns (?:\w+ ){0,3}auf (?:das|unser|ihr|dein|den|die) (?:\w+ ){0,2}"
        r"(?:gesprach|kennenlernen|treffen|interview|termin)|\bwillkommen im team\b"
        r"|\b(?:vous|te) proposer (?:le|un|une|ce|cette) (?:\w+ ){0,2}(?:poste|cdi|cdd|contrat|stage|emploi|alternance)\b"
        r"|\b(?:le )?contrat (?:suit|ci-joint|en piece jointe)\b|\b(?:est|reste) maintenue?\b|\bbienvenue dans l'equipe\b"
        r"|\b(?:ofrecerte|ofrecertelo|te ofrecemos)\b(?! (?:\w+ ){0,4}a otr)|\bofrecerle (?:\w+ ){0,4}a usted\b|\bsigue en pie\b"
        r"|\b(?:te|le) (?:envio|enviamos|mando) el contrato\b|\bcontrato adjunto\b|\bbienvenid[oa] al equipo\b"
    ),
}


def _top_branches(pattern: str) -> list[str]:
    """The alternatives of a regex at its top level (no parenthesis or character class open)."""
    branches, depth, start, i = [], 0, 0, 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if char == "[":
            i += 2 if pattern[i + 1] == "]" else 1
            while pattern[i] != "]":
                i += 2 if pattern[i] == "\\" else 1
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            branches.append(pattern[start:i])
            start = i + 1
        i += 1
    return branches + [pattern[start:]]


def by_first_letter(phrases: dict[str, str], marked: bool = False) -> str:
    """One regex for all phrases (each to be matched at a word's start: a leading "\\b" is dropped):
    per first letter, that letter and its branches (without it) by kind, and within it, where every
    branch allows, per next character the same again, _DISPATCH_DEPTH characters deep. `marked`: each
    kind's branches end in an empty group named for the kind (`_kind` reads it), else the regex has no
    group at all (the same matches either way)."""
    branches = []
    for kind, pattern in phrases.items():
        for branch in _top_branches(pattern):
            # Read from the regex's text (no parse of it: no private module, and quicker at first use).
            first = _starts(branch.removeprefix("\\b"))
            if first is None:
                raise ValueError(f"a decision phrase must start with known letters: {branch!r}")
            branches.append((kind[1:], branch, first))
    return _dispatched(branches, "", word_start=True, depth=_DISPATCH_DEPTH, marked=marked)


def _dispatched(branches: list[tuple[str, str, set[str]]], name: str, word_start: bool, depth: int,
                marked: bool = False) -> str:
    """The alternation of `branches` ((kind, regex, the characters it can start with), in order) as
    one group per first character: that character, then the branches that can start with it, without
    it. At one position only the group of its character can match, and within a group the branches
    keep their order, so the same branch wins as in the plain alternation. If `marked`, each kind's
    branches there end in an empty group named "<kind>_<the codes of the characters dispatched on>"
    (`_kind` reads the kind)."""
    groups = []
    for char in sorted({char for _, _, first in branches for char in first}):
        derived = [(kind, cast(str, _without_first(branch, char, word_start)))
                   for kind, branch, first in branches if char in first]
        inner = f"{name}_{ord(char)}"
        deeper = _next_level(derived, inner, depth - 1, marked) if depth > 1 else None
        groups.append(re.escape(char) + (deeper or _by_kind(derived, inner, marked)))
    return "(?:" + "|".join(groups) + ")"


def _next_level(derived: list[tuple[str, str]], name: str, depth: int, marked: bool = False) -> str | None:
    """`derived` dispatched on its next character, or None where some branch's next character is not
    known (a "\\w", a "\\b", an empty rest): sre tries a branch that starts with a literal only if
    the text's character is that literal, but enters every branch that starts with a group."""
    if len(derived) < 2:
        return None
    branches = []
    for kind, branch in derived:
        first = _starts(branch)
        if first is None:
            return None
        branches.append((kind, branch, first))
    if len({char for _, _, first in branches for char in first}) == len(branches) == 1:
        return None  # one branch: nothing to skip
    return _dispatched(branches, name, word_start=False, depth=depth, marked=marked)


def _starts(branch: str) -> set[str] | None:
    """The characters `branch` can start with, for the shapes `_without_first` knows (a literal
    character, "(?:a|b)" groups, optional ones too); None for any other (reading the text of the
    regex is quicker than parsing it, and the phrases are read when the module is imported)."""
    if branch[:1].isalnum() or branch[:1] and branch[0] in _LITERAL_STARTS:
        return None if branch[1:2] in ("?", "*", "+", "{") else {branch[0]}
    if not branch.startswith("(?:"):
        return None
    end = _closing(branch)
    found: set[str] = set()
    for alternative in _top_branches(branch[3:end]):
        first = _starts(alternative)
        if first is None:
            return None
        found |= first
    rest = branch[end + 1:]
    if rest[:1] == "?" and rest[1:2] not in ("?", "+"):  # an optional group: or what comes after it
        after = _starts(rest[1:])
        return None if after is None else found | after
    return None if rest[:1] in ("?", "*", "+", "{") else found


def _by_kind(derived: list[tuple[str, str]], name: str, marked: bool = False) -> str:
    """The branches in their order (they come grouped by kind); if `marked`, each kind's followed by an
    empty group named for the kind. That group is entered only once its kind's branch has matched, as
    the regex's last step (nothing follows it), so the match's lastgroup names the winning branch's
    kind; named groups around the branches instead would be entered, and left again, at every try
    (a scan took half as long again with them)."""
    kinds: dict[str, list[str]] = {}
    for kind, branch in derived:
        kinds.setdefault(kind, []).append(branch)
    if not marked:
        return "(?:" + "|".join("|".join(b) for b in kinds.values()) + ")"
    return "(?:" + "|".join(f"(?:{'|'.join(b)})(?P<{kind}{name}>)" for kind, b in kinds.items()) + ")"


_DISPATCH_DEPTH = 3  # deeper gains little and makes a longer regex, slower to compile
_LITERAL_STARTS = " '-,:;/!&"  # characters besides letters and digits that a branch may start with


def _without_first(branch: str, letter: str, word_start: bool = True) -> str | None:
    """The branch after its first character, when that is `letter` (a regex derivative); None if the
    branch cannot start with it. Knows the shapes the phrases use: a leading "\\b" (at a word's start,
    which the character class before the phrases checks otherwise), a literal character, and "(?:a|b)"
    groups, optional ones too; raises ValueError on anything else."""
    if word_start:
        branch = branch.removeprefix("\\b")
    if branch[:1].isalnum() or branch[:1] and branch[0] in _LITERAL_STARTS:
        if branch[1:2] in ("?", "*", "+", "{"):
            raise ValueError(f"a decision phrase's first letter must not be optional: {branch!r}")
        return branch[1:] if branch[0] == letter else None
    if not branch.startswith("(?:"):
        raise ValueError(f"a decision phrase must start with a letter or a group: {branch!r}")
    end = _closing(branch)
    rest = branch[end + 1:]
    if rest[:1] == "?" and rest[1:2] not in ("?", "+"):  # "(?:x )?y" is "(?:x y|y)", tried in that order
        options = [o for o in (_without_first(branch[:end + 1] + rest[1:], letter, word_start),
                               _without_first(rest[1:], letter, word_start)) if o is not None]
        return None if not options else options[0] if len(options) == 1 else "(?:" + "|".join(options) + ")"
    if rest[:1] in ("?", "*", "+", "{"):
        raise ValueError(f"a decision phrase must not start with a repeated group: {branch!r}")
    alternatives = [_without_first(a, letter, word_start) for a in _top_branches(branch[3:end])]
    found = [a for a in alternatives if a is not None]
    return "(?:" + "|".join(found) + ")" + rest if found else None


def _closing(pattern: str) -> int:
    """The index of the parenthesis that closes the one `pattern` starts with."""
    depth, i = 0, 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if char == "[":
            i += 2 if pattern[i + 1] == "]" else 1
            while pattern[i] != "]":
                i += 2 if pattern[i] == "\\" else 1
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    raise ValueError(f"unbalanced parentheses: {pattern!r}")


# Every branch starts at a word's start: the character before it is no letter (nor an apostrophe).
# That character is matched rather than looked behind at: a regex that starts with a character class
# lets sre skip in C to the next position that can start a match (a space, a full stop), where a
# look-behind is tried at every position; `phrase_spans` takes care of the character it consumes.
# The branches are grouped by the letters they start with (`_dispatched`): sre skips a group at the
# first character that differs (it cannot skip one that starts with a group), so each word start
# tries only the branches that can start with its letters. Within a group the branches keep their
# order, so the same branch wins as in one long alternation of all of them
# (tests/test_classifier_fast_paths.py compares the two).
@functools.cache
def phrase_pattern() -> re.Pattern[str]:
    """The decision phrases' regex, compiled at its first use (a fifth of a second of CPU): importing this
    module costs next to nothing, and a process that never reads a mail's phrases never pays for it.
    (Model() asks for it, so that a worker forked once the models are read shares it.)"""
    return re.compile("[^a-z']" + by_first_letter(PHRASES, marked=True))


PHRASE_TERMS = tuple(PHRASES)


def phrase_spans(normalised: str) -> list[tuple[str, int, int]]:
    """(kind, start, end) of each decision phrase of a normalised text, one after another, as a scan
    for the phrases at word starts ("(?<![a-z'])" in front) would find them."""
    padded = " " + normalised  # a phrase at the very start has a character before it too
    found, position, search = [], 0, phrase_pattern().search
    while (match := search(padded, position)) is not None:
        # match.start() in `padded` is the character before the phrase: the phrase's start in `normalised`.
        found.append((_kind(match), match.start(), match.end() - 1))
        # The next phrase may start right after this one: its character before is this one's last.
        position = match.end() - 1
    return found


def phrase_terms(normalised: str) -> list[str]:
    """The kind ("=against", "=received", "=own") of each decision phrase of the strongest kind.

    The candidate's own decision outranks a decision against them ("sorry you declined; we offered
    the role to someone else" is no rejection), and a decision outranks the promise to review or to
    be in touch that rejections also make ("we'll be in touch if anything changes").
    """
    kinds, invite_starts, past = [], [], False
    against_ends: list[int] = []
    for kind, start, end in phrase_spans(normalised):
        if kind == "=invite":
            if not _NEGATED.search(normalised, max(0, start - _NEGATION_REACH), start) and not _NEGATED_POSSIBILITY.search(
                    normalised, max(0, start - _POSSIBILITY_REACH), start) and not _about_feedback(
                    normalised, start, end) and not (against_ends and _about_other_work(normalised, start, end)):
                invite_starts.append(start)
        else:
            kinds.append(kind)
            if kind == "=against":
                if _supposed(normalised, start, end):
                    kinds.pop()  # "even if the post has been filled by then": a case supposed, not a decision
                    continue
                sentence = _sentence_around(normalised, start, end)  # found once for the checks below
                if _about_a_saved_ad(normalised, sentence) \
                        or _a_past_practice(normalised, start, end, sentence):
                    kinds.pop()
                    continue
                against_ends.append(end)
                past = past or _in_the_past(normalised, start, end, sentence)
    terms = kinds
    for kind in _PRECEDENCE:
        if kind in kinds:
            terms = [k for k in kinds if k == kind] * PHRASE_REPEAT
            break
    if past and "=against" in terms:
        # A decision told as past history ("last year they went with an internal candidate"; "damals
        # hat es nicht geklappt"): a recruiter coming back with a new role, not today's rejection.
        terms = terms + ["=past"] * PHRASE_REPEAT
    if invite_starts:
        # A next step after the last decision against the candidate: the "no" was for one role (or
        # one stage), and the mail goes on to invite them; where the decision comes last, it stands.
        terms = terms + ["=invite"] * PHRASE_REPEAT
        if against_ends and invite_starts[-1] > against_ends[-1]:
            terms += ["=invite_after"] * PHRASE_REPEAT
    return terms


class _AtWordStart:
    """Words found only at a word's start, as "(?<![a-z'])(?:alternatives)after" finds them; asked only
    whether they occur in a stretch of a normalised text.

    A regex that starts with a look-behind is tried at every position of the stretch, each of its
    alternatives in turn; this one matches the character before instead (a class without the
    look-behind's characters), which lets sre skip in C to the positions that can start a match (a
    space, a full stop), and its alternatives are grouped by their first letters (`by_first_letter`),
    as the decision phrases are. A match at the text's very start, with no character before it, is
    tried on its own; the look-behind reads the character before `low` too (a search from `low` still
    sees the text before it), and so does the class, searched from `low - 1`. Whether there is a match
    does not depend on the order the alternatives are tried in. The same answers, several times faster
    (tests/test_classifier_fast_paths.py compares the two on made-up text).
    """

    def __init__(self, alternatives: str, after: str = "") -> None:
        self.pattern = f"(?<![a-z'])(?:{alternatives}){after}"  # what it stands for
        self._alternatives, self._after = alternatives, after

    @functools.cached_property
    def _compiled(self) -> tuple[re.Pattern[str], re.Pattern[str]]:
        """The search with the character before, and the match at the text's start: compiled at first
        use, so that importing this module stays cheap (a worker compiles them at its first decision
        phrase against the reader, in a few milliseconds)."""
        grouped = by_first_letter({"=words": self._alternatives}) + self._after
        return re.compile("[^a-z']" + grouped), re.compile(grouped)

    def occurs(self, text: str, low: int, high: int) -> bool:
        """Whether re.compile(self.pattern).search(text, low, high) finds a match (0 <= low)."""
        after_other, at_start = self._compiled
        if low > 0:
            return after_other.search(text, low - 1, high) is not None
        return at_start.match(text, 0, high) is not None or after_other.search(text, 0, high) is not None


# Each decision phrase counts three times (sublinear tf: 1 + ln 3, about twice a single word's), so a
# long mail's other words dilute it less; chosen by writer-disjoint CV (bench/classifier_quality.py
# --select: recall at 0.95 and R@P.98 up over counting it once).
PHRASE_REPEAT = 3
# A next step with a negation shortly before it in its sentence ("we will not be able to invite you to
# an interview", "nicht zu einem Gespräch einladen") is no next step.
_NEGATED = re.compile(r"(?:(?<![a-z'])(?:not|no|nicht|kein\w*|pas|ne|nunca|unable|cannot)|n't)(?![a-z])[^.,;!?\n]*$")
_NEGATION_REACH = 40
# A next step the sentence declares impossible before a comma ("leider nicht möglich, Ihnen einen Platz
# anzubieten", "no nos es posible, este año, ofrecerte …"): the comma opens the infinitive the negation governs.
_NEGATED_POSSIBILITY = re.compile(
    r"(?<![a-z'])(?:not|nicht|kein\w*|pas|no)(?![a-z]) (?:\w+ ){0,3}?(?:possible|moglich|moglichkeit|in der lage"
    r"|posible|able)\w*,[^.;!?\n]*$")
_POSSIBILITY_REACH = 80
# Words that put a decision in the past, looked for in its own sentence (`_in_the_past`).
_PAST = _AtWordStart(
    r"last (?:year|month|spring|summer|autumn|fall|winter|time)|in the past"
    r"|(?:a|one|two|three|a few|several) (?:years?|months?) ago|back in|earlier this year|at the time|letztes jahr"
    r"|im letzten jahr|letzten (?:monat|herbst"
    r"|fruhling|fruhjahr|sommer|winter)|vor (?:gut |etwa |rund )?(?:einem|einen|zwei|drei|ein paar|einigen) (?:jahr|monat)"
    r"|damals|seinerzeit|l'annee derniere|l'an (?:dernier|passe)|il y a (?:un|deux|trois|quelques) (?:an|mois)|a l'epoque"
    r"|n'avai(?:t|ent) pas|el (?:ano|mes) pasado|el pasado (?:ano|mes)|hace (?:un|dos|tres|unos|algunos) (?:ano|mes)"
    r"|en su momento|la vez (?:anterior|pasada)")
_PAST_REACH = 200
_SENTENCE_END = re.compile(r"[.!?\n]")
# Words that make a clause a supposition, not a statement (`_supposed`): before the decision, a
# condition ("if", "falls", "si votre …", "si no …"; never a bare "si", also an intensifier or "sí",
# nor "auch wenn" or "aunque", which also grant a fact); after it, a German subjunctive ("… sein sollte").
_SUPPOSING = _AtWordStart(r"even if|if|in case|should|falls|sofern|sollte|sollten|meme si|au cas ou"
                          r"|dans le cas ou|si (?:jamais|vous|votre|vos|tu|ton|ta|le|la|les|ce|cette|aucune?|no|su|usted"
                          r"|el|en|te|le)|incluso si|en caso de que", after="(?![a-z'])")
_SUPPOSING_AFTER = re.compile(r"[^.,;:!?\n]*?(?<![a-z'])(?:sein (?:sollte|sollten|konnte|konnten|durfte|durften))(?![a-z'])")
_CLAUSE_END = re.compile(r"[.,;:!?\n]")
_LAST_CLAUSE_END = re.compile(r"[.,;:!?\n][^.,;:!?\n]*\Z")  # the last of a stretch (searched with an end)
_SUPPOSED_REACH = 80


# A call offered to give feedback on the decision ("if you'd like feedback, I'm happy to schedule a call")
# is part of a rejection, not a next step in the process.
_FEEDBACK = re.compile(r"feedback|retour|ruckmeldung|retroalimentacion|comentarios|devolucion")


def _sentence_around(normalised: str, start: int, end: int) -> tuple[int, int]:
    """Where the sentence around normalised[start:end] begins and ends."""
    # (written out: a generator over the four marks took half the time)
    before = max(normalised.rfind(".", 0, start), normalised.rfind("!", 0, start),
                 normalised.rfind("?", 0, start), normalised.rfind("\n", 0, start))
    after = _SENTENCE_END.search(normalised, end)
    return before + 1, after.start() if after else len(normalised)


def _within_reach(sentence: tuple[int, int], start: int, end: int, reach: int) -> tuple[int, int]:
    """The sentence around normalised[start:end] as found looking at most `reach` characters either
    side, from `sentence`, `_sentence_around(normalised, start, end)`: the last mark before the phrase
    is the same where it lies within reach, else there is none within reach (and the sentence starts at
    0); the first mark after it is the same where it lies within reach, else the reach ends the sentence."""
    low, high = sentence
    return (low if low > start - reach else 0), min(high, end + reach)


def _about_feedback(normalised: str, start: int, end: int) -> bool:
    """Whether the sentence around normalised[start:end] speaks of feedback."""
    return _FEEDBACK.search(normalised, *_sentence_around(normalised, start, end)) is not None


# After a decision, a recruiter's own other work ("I've two other missions in Rouen; are you free for a
# call on Thursday?", "a couple of bookings next week, let me know which days you're free") is an
# agency keeping the reader on its books, not a next step in the process decided: the client's no stands.
# A meeting or an interview for another post ("nous souhaiterions vous rencontrer pour un autre poste")
# stays a next step.
_OTHER_WORK = re.compile(
    r"(?<![a-z'])(?:other|another|more|new|a couple of|two|three|a few|several|autres|d'autres|deux|trois|plusieurs"
    r"|nouvelles?|nouveaux|andere[nr]?|weitere[nr]?|zwei|drei|mehrere|neue[nr]?|otr[oa]s|dos|tres|varias|varios"
    r"|nuev[oa]s) (?:\S+ ){0,3}?(?:roles?|jobs?|positions?|openings?|opportunities|missions?|assignments?|bookings?"
    r"|vacancies|postes|mandats|offres|opportunites|stellen|mandate|positionen|einsatze|projekte|puestos|vacantes"
    r"|posiciones|ofertas|misiones|oportunidades)(?![a-z])"
    # (a recruiter's other work in a word: "tengo otra cosa en mente", "I've got something else")
    r"|(?<![a-z'])(?:otra cosa|algo nuevo|something else|autre chose|etwas anderes)(?![a-z])")
_MEETING = re.compile(r"interview|entretien|rencontr|gesprach|kennenlern|einlad|entrevista|reunion|convoca|assessment")


def _about_other_work(normalised: str, start: int, end: int) -> bool:
    """Whether the invitation normalised[start:end] asks about a recruiter's other work (its sentence or
    the one before names other posts or missions) and not to a meeting or an interview."""
    low, high = _sentence_around(normalised, start, end)
    if _MEETING.search(normalised, low, high):
        return False
    before = normalised[:low].rstrip()
    previous = max(before.rfind(c, 0, len(before) - 1) for c in ".!?\n") + 1
    return _OTHER_WORK.search(normalised, previous, high) is not None


def _supposed(normalised: str, start: int, end: int) -> bool:
    """Whether the decision phrase normalised[start:end] sits in a clause that only supposes it ("even
    if this role has already been filled by then, we can find you another", "falls die Stelle schon
    vergeben sein sollte"): a conditional word earlier in the same clause, or a German subjunctive
    after it, with no comma or colon between. A concession told as fact ("Auch wenn Ihr Profil
    überzeugt, haben wir uns für … entschieden", "aunque no vamos a continuar contigo") is no
    supposition and leaves the decision standing."""
    low = max(0, start - _SUPPOSED_REACH)
    last_end = _LAST_CLAUSE_END.search(normalised, low, start)  # max(rfind(mark) for each mark), in one call
    clause_start = last_end.start() + 1 if last_end else low
    if _SUPPOSING.occurs(normalised, clause_start, start):
        return True
    after = _CLAUSE_END.search(normalised, end, end + _SUPPOSED_REACH)
    clause_end = after.start() if after else end + _SUPPOSED_REACH
    # Every subjunctive the pattern knows holds "sein ": without it in the clause, nothing to match.
    return normalised.find("sein ", end, clause_end) >= 0 and \
        _SUPPOSING_AFTER.match(normalised, end, clause_end) is not None


# A job board telling of an ad the reader saved that has expired ("l'annonce que vous avez sauvegardée a expiré :
# le poste de vendeur n'est plus disponible"): the ad is gone, nobody decided on an application (review of
# session 23: "le poste ... n'est plus disponible" read as a decision in a job alert).
_SAVED_AD = _AtWordStart(
    r"(?:que vous|que tu) (?:aviez |avez |as |avais )?(?:sauvegard|enregistr|consult)\w*"
    r"|(?:offre|annonce|poste)s? (?:\w+ ){0,2}?sauvegarde\w*|(?:a|ont) expire\w*|alertes? (?:emploi|offres?)"
    r"|(?:you|you've|you have) (?:\w+ )?saved|saved (?:jobs?|searche?s?|ads?|roles?|listings?)|(?:has|have) expired"
    r"|job alerts?|(?:die|den) (?:sie|du) (?:\w+ )?gespeichert|gespeicherte[nr]? (?:stelle|anzeige|suche)\w*"
    r"|abgelaufen|que (?:guardaste|has guardado|usted guardo)|(?:oferta|aviso)s? guardad[oa]s?"
    r"|ha (?:caducado|vencido)", after="(?![a-z])")


def _about_a_saved_ad(normalised: str, sentence: tuple[int, int]) -> bool:
    """Whether the sentence around a decision phrase (`_sentence_around` of it) speaks of a saved ad or
    an expired one (a job alert), not of an application."""
    return _SAVED_AD.occurs(normalised, *sentence)


# A way of hiring ("we hired from within"): told of a past period ("Last year we hired from within for this
# role; this year it is open to all"), it is the employer's history, not a decision on the reader's
# application (review of session 23: a false alarm at 0.958). Other decisions told as past keep "=past".
_PRACTICE = re.compile(r"from within|internally|en interne|intern(?:e|en)?(?![a-z])|internamente")


def _a_past_practice(normalised: str, start: int, end: int, sentence: tuple[int, int]) -> bool:
    """Whether the decision phrase normalised[start:end] is a way of hiring told of a past period
    (`sentence`: `_sentence_around` of it)."""
    return _PRACTICE.search(normalised, start, end) is not None and _in_the_past(normalised, start, end, sentence)


def _in_the_past(normalised: str, start: int, end: int, sentence: tuple[int, int]) -> bool:
    """Whether the sentence around normalised[start:end] (`sentence`: `_sentence_around` of it), within
    _PAST_REACH of the phrase, has words that put it in the past."""
    return _PAST.occurs(normalised, *_within_reach(sentence, start, end, _PAST_REACH))

_PRECEDENCE = ("=own", "=against", "=received")


def _kind(match: re.Match) -> str:
    """ "=against" for a match of the group "against_112" (the kind, and the letter it starts with)."""
    # Every branch of phrase_pattern() ends in a marker group, so a match always has a lastgroup.
    return "=" + cast(str, match.lastgroup).split("_")[0]


def phrase_matches(normalised: str) -> list[tuple[str, str]]:
    """(pseudo-term, the words matched) for each decision phrase: what `--explain` shows."""
    found = []
    for kind, start, end in phrase_spans(normalised):
        while end < len(normalised) and normalised[end].isalpha():  # "you declin" -> "you declined"
            end += 1
        found.append((kind, normalised[start:end]))
    return found

