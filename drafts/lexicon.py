"""Word lists the extractor relies on, whatever the language: recruiting systems, webmail domains,
and the unions of the per-language tables (drafts/languages/*.toml) that rules use on any mail.

Kept apart from the rules so that adding a language or a recruiting system is a data change.
"""

from __future__ import annotations

import re

from onward.drafts import tables
from onward.drafts.tables import fold  # noqa: F401  (re-exported: the rules import it from here)

# Applicant-tracking systems and job boards that send mail on an employer's behalf: their names
# are never the company, and their domains are never the company's domain.
ATS_NAMES = (
    "greenhouse", "lever", "workday", "smartrecruiters", "personio", "teamtailor", "icims", "ashby",
    "workable", "recruitee", "softgarden", "bamboohr", "jobvite", "taleo", "successfactors", "join",
    "breezy", "breezy hr", "jazzhr", "pinpoint", "comeet", "d.vinci", "dvinci", "rexx", "concludis",
    "onlyfy", "prescreen", "welcome to the jungle", "flatchr", "homerun", "hibob", "factorial",
    "kenjo", "rippling", "gem", "beamery", "avature", "jobylon", "bizneo", "talentsoft",
    "cornerstone", "zoho recruit", "freshteam", "manatal", "recruiterbox", "indeed", "linkedin",
    "stepstone", "xing", "infojobs", "glassdoor", "jobteaser", "hirehive", "computrabajo", "occmundial",
    "bumeran", "zonajobs", "laborum", "tecnoempleo", "hellowork", "cadremploi", "meteojob", "apec",
    "monster", "totaljobs", "reed", "seek", "ziprecruiter", "jobware", "karriere.at", "jobs.ch",
)
ATS_DOMAINS = (
    "greenhouse.io", "greenhouse-mail.io", "lever.co", "myworkday.com", "workday.com",
    "smartrecruiters.com", "personio.de", "personio.com", "teamtailor.com", "teamtailor-mail.com",
    "icims.com", "ashbyhq.com", "workable.com", "workablemail.com", "recruitee.com",
    "softgarden.io", "softgarden.de", "bamboohr.com", "jobvite.com", "taleo.net",
    "successfactors.com", "successfactors.eu", "join.com", "breezy.hr", "applytojob.com",
    "jazzhr.com", "pinpointhq.com", "comeet.co", "dvinci.de", "rexx-systems.com", "concludis.de",
    "onlyfy.jobs", "prescreen.io", "welcometothejungle.com", "flatchr.io", "homerun.co",
    "hibob.com", "factorialhr.com", "kenjo.io", "rippling.com", "gem.com", "beamery.com",
    "avature.net", "jobylon.com", "bizneo.com", "talent-soft.com", "csod.com", "zohorecruit.com",
    "freshteam.com", "manatal.com", "recruiterbox.com", "indeed.com", "linkedin.com",
    "stepstone.de", "xing.com", "infojobs.net", "oraclecloud.com", "hirehive.com",
)
FREEMAIL_DOMAINS = (
    "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "hotmail.fr", "hotmail.es",
    "hotmail.de", "live.com", "msn.com", "yahoo.com", "yahoo.fr", "yahoo.es", "yahoo.de",
    "icloud.com", "me.com", "aol.com", "proton.me", "protonmail.com", "gmx.de", "gmx.net",
    "gmx.com", "web.de", "t-online.de", "posteo.de", "mailbox.org", "freenet.de", "orange.fr",
    "free.fr", "laposte.net", "wanadoo.fr", "sfr.fr", "telefonica.net", "mail.com", "example.com",
)
# Webmail providers known by their name whatever the country's ending ("yahoo.co.uk", "gmx.at",
# "outlook.de"): names no employer writes from. Not the providers that are employers under another
# ending too ("orange", "free", "laposte", "sfr", "telefonica", "web", "mail").
FREEMAIL_PROVIDERS = frozenset({"gmail", "googlemail", "hotmail", "outlook", "yahoo", "icloud", "aol", "protonmail",
                                "gmx", "t-online", "posteo", "mailbox", "freenet", "wanadoo"})

# Words of department, team and job-title lines: a signature line made of these is not a person
# and not the company. Lower-case, accents removed (see fold()).
DEPARTMENT_WORDS = frozenset("""
team teams talent talents acquisition recruiting recruitment recruiter recruiters hiring people
culture hr human resources careers career jobs job personnel staffing hrbp rrhh rh karriere
personal personalabteilung personalamt personalwesen bewerbermanagement recruitingteam
talentteam talent-team recruiting-team personalmanagement abteilung service direction
ressources humaines recrutement equipe l'equipe departamento recursos humanos seleccion
reclutamiento talento humano personas empleos empleo carrieres emploi team@ department
""".split()) | tables.all_words("department_words")
TITLE_WORDS = frozenset("""
manager managerin lead head director directora directeur directrice chief officer partner
specialist generalist coordinator coordinatrice coordinadora coordinador ceo cto coo cfo cpo
founder co-founder cofounder fondateur co-fondateur fondatrice co-fondatrice fundador fundadora
senior junior principal associate assistant assistante asistente executive vp president
engineering product design marketing sales operations research geschaftsfuhrer geschaftsfuhrerin
inhaber inhaberin leiter leiterin referent referentin personalreferent personalreferentin
sachbearbeiter sachbearbeiterin fachfrau fachmann hr-fachfrau hr-fachmann beraterin berater
gerant gerante responsable charge chargee jefe jefa socia socio gerente investigacion
mitgrunder mitgrunderin grunder grunderin co-founderin
analyst consultant advisor business technical administrator coordinadora talent-partner
""".split()) | tables.all_words("title_words")
# Words of a scheme one applies to rather than a job's title: "graduate", "Praktikum", "stage", "becas".
PROGRAMME_WORDS = frozenset(fold(w) for w in tables.all_words("programme_words"))
# Words of the season, term or contract an intake runs in: "Summer", "Sommersemester", "rentrée", "contrato".
INTAKE_WORDS = tables.all_words("intake_words")
# Words that make a name a group's, first or last: "Halvorsen Group", "Grupo Almenara", "Belvedere Hotels".
GROUP_WORDS = tables.all_words("group_words")
# Each language's legal forms ("GmbH", "S.L.U.", "Ltd."), any language's on any mail: one pattern
# a word is matched against whole.
LEGAL_FORM = re.compile("(?:" + "|".join(tables.all_phrases("legal_forms")) + ")", re.IGNORECASE)


def ends_a_name(word: str) -> bool:
    """Whether a word is one that ends a company's name: its legal form or a group's word."""
    word = word.strip(",")
    return fold(word) in GROUP_WORDS or LEGAL_FORM.fullmatch(word) is not None


ORG_WORDS = frozenset("""
gmbh ag se kg inc llc llp ltd limited plc corp corporation co sa sas sarl sl slu bv nv ab oy
group groupe grupo bank banque banco union labs lab studio studios systems software technologies
technology analytics consulting solutions partners institute instituto institut foundation
fundacion fondation hotels hoteles hotel resorts clinica clinique hospital laboratorios
laboratoires verlag stadtwerke stadt energie energy energia solar pharma mobility fintech
robotics games insurance assurances versicherung transports transportes logistik logistics
maison atelier cabinet compagnie societe etablissements abogados asociados health capital
media digital university universitat universidad universite school college agency agentur
""".split()) | tables.all_words("org_words")

# Words that end (or make up) job titles, to tell "Senior Data Engineer" from "Northwind Analytics".
JOB_WORDS = frozenset("""
engineer developer manager analyst designer scientist associate assistant coordinator specialist
consultant technician executive architect accountant solicitor director officer lead intern
internship recruiter nurse producer marketer supervisor administrator representative agent
advisor writer editor illustrator researcher teacher operator driver clerk cashier barista chef
cook mechanic electrician controller owner programmer tester translator lawyer paralegal
pharmacist physician therapist planner buyer auditor economist statistician trainee apprentice
partner generalist strategist copywriter receptionist secretary scientist postdoc fellow
werkstudent werkstudentin praktikant praktikantin ingenieur ingenieurin entwickler entwicklerin
berater beraterin referent referentin sachbearbeiter sachbearbeiterin leiter leiterin kaufmann
kauffrau mechaniker mechanikerin elektroniker elektronikerin fachkraft pfleger pflegerin
verkaufer verkauferin rezeptionist rezeptionistin meister meisterin volontar volontarin
angestellte angestellter bibliothekar bibliothekarin bauleiter bauleiterin analystin designerin
managerin assistenz koch kochin fahrer fahrerin erzieher erzieherin lehrer lehrerin techniker
technikerin teamleiter teamleiterin controllerin buchhalter buchhalterin
ingenieur developpeur developpeuse chef charge chargee responsable analyste controleur
controleuse gestionnaire technicien technicienne stagiaire comptable auditeur auditrice
assistante graphiste caviste matelot directeur directrice conseiller conseillere commercial
commerciale vendeur vendeuse infirmier infirmiere redacteur redactrice consultante actuaire
juriste avocat serveur cuisinier alternant alternante magasinier magasiniere cariste
ingeniero ingeniera desarrollador desarrolladora analista tecnico tecnica enfermero enfermera
disenador disenadora conductor conductora gerente administrador administradora entrenador
entrenadora recepcionista jefe jefa investigador investigadora geologo geologa asesor asesora
abogado abogada contable camarero camarera cocinero cocinera vendedor vendedora profesor
profesora auxiliar becario becaria programador programadora operario operaria dependiente
dependienta coordinadora coordinador mozo moza repartidor repartidora peon
redakteur redakteurin leitung sommelier sommeliere medico medica sobrecargo technologiste tecnologo
tecnologa
""".split()) | tables.all_words("job_words")
# Unions the rules test a word against, joined once here: a union written inside a function is
# built anew at each call (some hundreds of words, several times a candidate name).
TITLE_OR_JOB_WORDS = TITLE_WORDS | JOB_WORDS
ORG_OR_GROUP_WORDS = ORG_WORDS | GROUP_WORDS
# Every word job titles are made of, in any language: the tables' `title_vocabulary` (head nouns,
# ranks, fields), their job, title, field and status words. The confidence model takes a role's
# other words for unusual in a title (drafts/fact_title_shape.py); the rules do not read it.
TITLE_VOCABULARY = (tables.all_words("title_vocabulary") | JOB_WORDS | TITLE_WORDS | tables.all_words("field_words")
                    | tables.all_words("status_words"))
# Nouns meaning "the job" itself, which open phrases that name a role rather than a company.
ROLE_NOUNS = frozenset("""
position role job opening vacancy post opportunity posting stelle position rolle funktion
ausschreibung stellenausschreibung poste emploi offre mission stage puesto posicion vacante plaza
rol cargo oferta
""".split())
# Capitalised words that phrases like "interest in X" may catch but that are never a company.
NOT_COMPANIES = frozenset("""
company firm organisation organization business unternehmen firma haus entreprise societe
empresa compania us uns nous nosotros team equipe equipo our your unser unsere notre nuestra
monday tuesday wednesday thursday friday saturday sunday montag dienstag mittwoch donnerstag
freitag samstag sonntag lundi mardi mercredi jeudi vendredi samedi dimanche lunes martes
miercoles jueves viernes sabado domingo january february march april may june july august
september october november december fragen ruckfragen interesse zukunft erfolg
""".split())

_LONG_TITLE_WORDS = tuple(w for w in JOB_WORDS | TITLE_WORDS if len(w) >= 6)


def is_title_compound(word: str) -> bool:
    """A compound that ends in a job or title word: "Pflegedirektor", "Personalreferentin"."""
    folded = fold(word)
    return len(folded) > 6 and folded.isalpha() and folded.endswith(_LONG_TITLE_WORDS)


# Closing formulas that open a signature block (each language's `valedictions`), longest first so
# "Kind regards" beats "Kind".
VALEDICTIONS = sorted(tables.all_phrases("valedictions"), key=len, reverse=True)

# Honorifics and "on behalf of" marks that precede a signer's name.
NAME_PREFIXES = re.compile(
    r"^(?:(?:i\.\s?a\.|i\.\s?v\.|ppa\.|pp\.?|im auftrag|dr\.|prof\.|mr\.?|mrs\.?|ms\.?|mx\.?|"
    r"frau|herr|mme\.?|mlle\.?|m\.|madame|monsieur|sr\.|sra\.|srta\.|d\.|dña\.|don|doña)\s+)+",
    re.IGNORECASE,
)
# Capitalised words that open sentences or greetings, never a name or a company.
NOT_NAMES = frozenset("""
the your our thank thanks dear hi hello hey best kind regards sincerely we i you all
ihr ihre dein deine euer sehr liebe lieber hallo guten tag vielen dank mit viele beste
le la les l' votre notre bonjour bonsoir merci cordialement madame monsieur bien
el los las tu su nuestro nuestra estimado estimada hola buenos saludos gracias equipo
this that these from for and und et y de von du del no reply noreply
privacy policy terms conditions unsubscribe cookies disclaimer confidentiality powered datenschutz
datenschutzerklarung impressum abmelden confidentialite desinscription privacidad aviso legal
""".split())
