"""Which model to use: the user's own (from `onward train`) or the built-in one, and their files.

The built-in model ships in the package (builtin-model.npz, about 1 MB), trained from the shipped
corpus and stamped with a key of the corpus and FEATURES_VERSION: a first `onward classify` loads
it in a fraction of a second instead of training for several. If the corpus or the features version
changed and nobody ran `python -m onward.classifier.ship`, the stale file is ignored: the model is
trained on first use and cached in the state folder under a key that also covers the library
versions. A user's model is saved with the key it was trained under and with their labelled texts,
so that it is retrained the same way when the key changes. Those texts are the user's kept
corrections (`Correction`): `add_corrections` adds to them (the same mail marked again keeps only
its latest label) and retrains on all of them. Only this module touches those files
(`train_user_model`, `add_corrections`, `kept_corrections`, `reset_user_model`); the models are read and
written by classifier.persist.
scikit-learn is imported only when something has to be trained; numpy only when a model is read.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import logging
import threading
import time
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING, Iterator

from onward.classifier import corpus
from onward.classifier.persist import atomic_write, read_model, write_model

if TYPE_CHECKING:
    from onward.classifier.model import Model

logger = logging.getLogger(__name__)

# Bump it with any change that makes the model decide differently from the same corpus: how a
# message becomes text (text.py, html_text.py), how corpus entries become messages (corpus.py),
# the features (features.py, counting.py, char_ngrams.py), training (training.py), prediction or
# storage (model.py, persist.py); then run `python -m onward.classifier.ship`. A comment or a
# refactoring needs neither. test_the_shipped_model_decides_as_a_freshly_trained_one
# (tests/test_classifier_model.py) fails when a change of decisions went without a bump.
FEATURES_VERSION = 22  # 2: content terms, masked sender names, decision phrases; 3: no evidence in fewer than two content words; 4: more decision phrases counted thrice, no evidence in fewer than three content words besides the sender's names (issue 10); 5: status fields and applications still in play, agency preferences and committee proposals in Spanish; 6: the candidate as the one who decided, next steps and their position, a decision told as past, a decision denied; 7: short and soft decisions tied to their subject (the post given to someone else, a status set to abgesagt, classée sans suite, no fue considerada); 9: a day taken, a meeting called off, "no podemos ofrecerte el martes" are no decisions; 10: nothing decided yet (a search on hold), a post "an einen ... vergeben"; 11: only a post already given so; 12: a decision only supposed ("even if the role has been filled by then", "falls … besetzt sein sollte") is none, "tu retires ta candidature" is the candidate's own, an HTML blockquote the mail goes on after (a platform relaying the employer's words) is read; 13: a forward's subject ("Fwd:", "WG:", "TR:", "RV:") keeps the forwarded mail under an "Original Message" or "From: … Sent:" block, and its ">" lines; 14: a forward quoted line by line loses one ">" level only (its own ">>" quote stays cut), a forwarded mail sent to neither the forwarder nor the reader ("An: Alle") is cut as a quote, the Spanish Outlook block ("Enviado el:") is a quote header; 15: a client's no passed on by an agency in four languages, a recruiter's own other work after a decision and an invitation to future calls are no next step; 16: a next step declared impossible before a comma ("nicht möglich, Ihnen einen Platz anzubieten") is none, trainee places all taken in four languages and non-job places (a room, a nursery place) refused beside them, a forwarded mail in an HTML blockquote opened by a forward mark is read; 17: a footer phrase drops its sentence and the rest of its line, not the sentences before it (a talent pool's consent closing the decision's paragraph), a confidentiality notice whose attachments "are intended", soft English decisions naming no other candidate ("hasn't been successful", "not advancing your application", a studentship or shifts given to someone, "job's gone", "it's been filled", someone appointed internally), soft French decisions naming the other person only in general ("une autre personne a été recrutée", "on a engagé quelqu'un", "a été confié à une candidate", "nous avons retenu un étudiant", the recruitment pursued with others, "pas en mesure de vous accueillir" but on a day); 18: the candidate's own decision told back in French and Spanish ("vous avez décidé de ne pas donner suite", "tu ne prends pas la mission", "su mensaje en el que nos indica que no podrá continuar", "hayas declinado", "respetamos tu decisión": only with the candidate as the one who decided, never "su/ihre decisión" or a client that "ha declinado"), a status still in progress ("continúa en curso", "sigue siendo considerada", "reste à l'étude"), "made a hire", a client that "passed on your submission", "ne retiendrait pas", "préfère poursuivre avec M.", "können/werden wir Sie nicht zu einem Vorstellungsgespräch einladen" (never "noch nicht"), a job compound post (never a "Standposition") given "an eine …" after a pay grade, Spanish soft decisions ("ya fue cubierta", "decidido no hacerte oferta", "optado por otro profesional", "su candidatura no avanzará a la siguiente etapa", never a process paused), "on ne pourra pas te prendre" with the post named, "ne retiendrait pas" only of a candidature or of "vous", "has rechazado la invitación" and "no deseas continuar" as the candidate's own, "no continúa en el proceso" against (it read as still in the process); 19: English decisions in the passive or told of the post ("the role has been offered to another candidate", "decision to hire a different …", "recommended another candidate", "not been placed among the candidates", "you have not met the minimum requirements", "not going to offer you the role / set up an interview" outright; never the spot filled nor "la búsqueda … ya está cerrada", which volunteer shifts, flat shares and offers say too); 20: classes that rounds 1-19 missed, in four languages where they are said so ("tu postulación no avanzó a la siguiente etapa", several posts all filled but never places or spots, a process closed with another person, "no te van a tomar en cuenta para", a competition's reserve list or pass mark for the next stage, a grant not awarded but never a tender, "die Stelle konnten wir … besetzen" but never "noch nicht", "für eine andere Besetzung entschieden", "il ne nous sera pas possible de poursuivre avec votre candidature" but never the candidate's own, a platform's "la empresa … ha declinado su postulación"; never a volunteer's or committee's posts filled, last week's "jobs" filled, a course's pass mark, "no la/lo van a tomar en cuenta", a process closed "con una candidata" who is the reader, a flat's "dossier de location"); 21: round 20's missed classes (session 23): a public panel not placed on or below its qualifying mark, someone hired from within said in the past, a candidature declared inadmissible, not cleared for a selection's next phase, "le poste n'est plus disponible", "tu postulación al aviso X no continuó a la siguiente etapa", "aren't able to take your application further", a client going with someone for the role, "ya hemos cogido a una chica para la tienda", "no ha escogido tu perfil", "für eine Bewerberin/einen Bewerber entschieden", a "Mitbewerberin gewählt", "nicht mit Ihnen besetzen", a status set to "Absage" after a long title; the candidate's own "il ne vous/m'est pas possible de poursuivre"; a post "noch nicht besetzt" and a place in a pool of qualified candidates still in play; "otra cosa" / "something else" as a recruiter's other work; reviewed: a job alert's saved ad gone is no decision, "il ne vous est pas possible de poursuivre" is the candidate's own only told back (else the employer's verdict), a pool not reached is not in play, an agency's "no te han seleccionado para el puesto / en esta tanda", "votre candidature a été retenue pour l'étape suivante" a next step; 22: round 21's missed classes (session 24): another nurse or saleswoman chosen ("für eine andere Pflegefachfrau / eine Floristin entschieden", a job's noun, never a flatmate or a tenant), a person's short "on a trouvé quelqu'un" (never for a room or the children), "a préféré retenir un autre profil", all the needs covered and no posting to offer, a placement the school cannot take the reader in for (reviewed: only "en stage", "sur la période demandée" and the like, never a booking or a nursery place; "a préféré retenir" only as a choice made; no "remplacement" offered nor needs "couverts" alone; no contest vote or tender; admission conditions only of a post or selection), a public competition "no ha resultado ganador(a)" of the process, the admission conditions of a selection not met (never a course's), "le poste n'est donc plus d'actualité", "no lo vamos a considerar para el puesto", "tu candidatura para la oferta <a long title> no continuó"; "une suite favorable ou non" is no decision, and a way of hiring told of a past period ("Last year we hired from within") is history; earlier rounds' edge cases said in other words: "we haven't been able to offer you a role" (never a place or "yet"), a post "vorerst nicht zu besetzen", "el puesto ya fue ocupado" (never a plaza)
SHIPPED_PATH = Path(__file__).parent / "builtin-model.npz"
# One of the user's corrections weighs this many corpus examples: it is their mail. Chosen with
# bench/corrections.py (w1-w4 as "the user's" mail, seeds 0-2, 10/50/200 corrections): 10 scores as
# well as 3 in every row and a mail better in two; 30 and 100 gain a mail or two more, but 100 once
# cost a false alarm on the corpus's held-out set, and a user's mistakes weigh as much as their
# corrections: with 2 of 10 marks wrong (--wrong 2), held-out recall is 0.950 at 3, 0.933 at 10,
# 0.867 at 30 and 0.583 at 100. (With liblinear's default 1,000 passes, 30 and more did not converge.)
USER_WEIGHT = 10.0
_lock = threading.Lock()
_memory: dict[tuple, Model] = {}


def model_dir(state_dir: Path) -> Path:
    return state_dir / "classifier"


def user_model_path(state_dir: Path) -> Path:
    return model_dir(state_dir) / "user-model.npz"


def model_version(state_dir: Path | None) -> tuple | None:
    """What tells one saved user model from the next (one stat): None while the built-in one is
    used. A long-running process compares it to notice `onward train` or `train --reset`."""
    try:
        found = user_model_path(state_dir).stat() if state_dir is not None else None
    except FileNotFoundError:
        return None
    return found and (found.st_ino, found.st_mtime_ns, found.st_size)


def user_examples_path(state_dir: Path) -> Path:
    return model_dir(state_dir) / "user-examples.jsonl"


def source_key() -> str:
    """Changes whenever the training corpus or FEATURES_VERSION changes."""
    corpus_hash = corpus.fingerprint(corpus.corpus_files(corpus.TRAIN_DIR))
    return hashlib.sha256(f"{corpus_hash};features={FEATURES_VERSION}".encode()).hexdigest()[:16]


def build_key() -> str:
    """source_key, and also the versions of the libraries that fit the model (training may differ)."""
    # Read from package metadata: importing scikit-learn for its version would cost a second.
    versions = ";".join(f"{name}={_version(name)}" for name in ("scikit-learn", "numpy", "scipy"))
    return hashlib.sha256((source_key() + versions).encode()).hexdigest()[:16]


def _version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "unknown"


def builtin_training_set() -> tuple[list[str], list[str]]:
    # The text features compile their patterns on import (about a second): a command that only reads
    # the kept corrections, and the waiting service, do without them.
    from onward.classifier.text import message_text

    examples = corpus.load_corpus(corpus.TRAIN_DIR)
    return [message_text(e.raw) for e in examples], [e.label for e in examples]


def train_builtin() -> Model:
    """The built-in model, trained now from the shipped corpus (a few seconds)."""
    from onward.classifier.training import train

    texts, labels = builtin_training_set()
    if not texts:
        raise RuntimeError(f"the built-in corpus at {corpus.TRAIN_DIR} is empty")
    return train(texts, labels, origin="built-in")


def load_model(state_dir: Path | None = None) -> Model:
    """The user's model if `onward train` saved one in state_dir, else the built-in one."""
    with _lock:
        if state_dir is not None and user_model_path(state_dir).exists():
            model = _load_user_model(state_dir)
            if model is not None:
                return model
        return _builtin(state_dir)


def forget_models() -> None:
    """Drop the models this process keeps (a long-running service between scans): the next
    load_model reads them again."""
    with _lock:
        _memory.clear()
    import sys

    reasons = sys.modules.get("onward.classifier.reasons")  # loaded only if a rejection was read
    if reasons is not None:
        reasons.shipped.cache_clear()


def ship_builtin(path: Path = SHIPPED_PATH) -> Path:
    """Train the built-in model and write the compact copy that ships in the package."""
    write_model(train_builtin(), path, {"key": source_key()}, compact=True)
    path.chmod(0o644)  # installed for every user to read
    return path


def _shipped() -> Model | None:
    """The model shipped in the package, if it was built from this very corpus and code."""
    key = source_key()
    model = _memory.get(("shipped", key))
    if model is None and SHIPPED_PATH.exists():
        loaded = read_model(SHIPPED_PATH)
        if loaded and loaded[1].get("key") == key:
            model = _memory[("shipped", key)] = loaded[0]
        else:
            logger.info("the shipped model is not from this corpus and code (run `python -m onward.classifier.ship`)")
    return model


def _builtin(state_dir: Path | None) -> Model:
    shipped = _shipped()
    if shipped is not None:
        return shipped
    key = build_key()
    cache = model_dir(state_dir) / f"builtin-{key}.npz" if state_dir is not None else None
    model = _memory.get(("built-in", key))
    if model is None and cache is not None and cache.exists():
        loaded = read_model(cache)
        model = loaded[0] if loaded else None
    if model is None:
        logger.info("training the built-in classifier (once per corpus, code or library version)")
        model = train_builtin()
    if cache is not None and not cache.exists():
        try:
            write_model(model, cache, {"key": key})
        except OSError as exc:  # a read-only state folder costs start-up time, not correctness
            logger.warning("could not cache the built-in model at %s: %s", cache, exc)
        for old in cache.parent.glob("builtin-*.npz"):
            if old != cache:
                old.unlink(missing_ok=True)
    _memory[("built-in", key)] = model
    return model


def _load_user_model(state_dir: Path) -> Model | None:
    path = user_model_path(state_dir)
    stamp = (str(path), path.stat().st_mtime_ns)
    if stamp in _memory:
        return _memory[stamp]
    loaded = read_model(path)
    model = loaded[0] if loaded and loaded[1].get("key") == build_key() else None
    if model is None and user_examples_path(state_dir).exists():
        logger.warning("retraining your model from %s: the corpus, the code or a library changed since "
                       "`onward train`, or the model file is unreadable", user_examples_path(state_dir))
        try:
            model = train_with_user_examples(read_user_examples(state_dir))
        except (OSError, ValueError, KeyError, TypeError) as exc:
            logger.warning("cannot read %s: %s", user_examples_path(state_dir), exc)
        else:
            save_user_model(model, state_dir)
            stamp = (str(path), path.stat().st_mtime_ns)
    if model is None:
        logger.warning("cannot use your trained model at %s; using the built-in one (run `onward train` "
                       "again to fix this)", path)
        return None
    _memory[stamp] = model
    return model


@dataclass(frozen=True)
class Correction:
    """One of the user's own labelled mails, kept until `reset_user_model`."""

    text: str  # message_text of the mail: what the model learns from
    label: str  # "rejection" or "other"
    source: str  # where it came from, for people: a file, the inbox or a learning folder
    id: str  # the mail's identity: marking the same mail again replaces its earlier label
    added_at: float  # epoch seconds


def train_with_user_examples(user: list[tuple[str, str]], weight: float | None = None,
                             builtin: tuple[list[str], list[str]] | None = None) -> Model:
    """The built-in corpus (`builtin`: its texts and labels, when the caller has them already) plus
    the user's (text, label) pairs, each of theirs weighing `weight` (USER_WEIGHT) corpus examples."""
    from onward.classifier.training import train

    texts, labels = builtin or builtin_training_set()
    texts, labels = list(texts), list(labels)
    weights = [1.0] * len(texts) + [USER_WEIGHT if weight is None else weight] * len(user)
    texts += [t for t, _ in user]
    labels += [label for _, label in user]
    return train(texts, labels, sample_weight=weights, origin="yours")


def train_user_model(state_dir: Path, user: list[tuple[str, str]]) -> Path:
    """Train on the built-in corpus plus the user's (message_text, label) pairs and save the model
    and the pairs in state_dir, where `load_model(state_dir)` finds them; returns the model's path.
    The pairs replace the kept corrections (add_corrections adds to them)."""
    now = time.time()
    kept = [Correction(text, label, "train", _text_id(text), now) for text, label in user]
    with _examples_lock(state_dir):
        return _train_and_save(state_dir, _unique(kept))


def add_corrections(state_dir: Path, new: list[Correction]) -> Path:
    """Add `new` to the kept corrections (a mail already kept takes its new label) and retrain on
    all of them; returns the model's path. Safe against another process adding at the same time."""
    with _examples_lock(state_dir):
        kept = kept_corrections(state_dir) if user_examples_path(state_dir).exists() else []
        return _train_and_save(state_dir, _unique(kept + list(new)))


def kept_corrections(state_dir: Path) -> list[Correction]:
    """The kept corrections, oldest first; none when the user never trained or marked a mail."""
    path = user_examples_path(state_dir)
    if not path.exists():
        return []
    kept = []
    for line in path.read_text(encoding="utf-8").splitlines():
        entry = json.loads(line)
        text = entry["text"]
        # Saved before corrections had an identity (onward 0.2's `train`): the text stands for one.
        kept.append(Correction(text, entry["label"], entry.get("source", "train"),
                               entry.get("id") or _text_id(text), float(entry.get("added_at", 0.0))))
    return kept


def _unique(kept: list[Correction]) -> list[Correction]:
    """One correction per mail: the later one wins, and takes the later place."""
    by_id: dict[str, Correction] = {}
    for correction in kept:
        by_id.pop(correction.id, None)
        by_id[correction.id] = correction
    return list(by_id.values())


def _text_id(text: str) -> str:
    return "text:" + hashlib.sha256(text.encode("utf-8", "surrogateescape")).hexdigest()[:32]


def _train_and_save(state_dir: Path, kept: list[Correction]) -> Path:
    model = train_with_user_examples([(c.text, c.label) for c in kept])
    return save_user_model(model, state_dir, kept)


@contextmanager
def _examples_lock(state_dir: Path) -> Iterator[None]:
    """Held while the corrections are read, changed and written: `onward mark` and a service
    learning from its folders must not each keep only their own additions."""
    folder = model_dir(state_dir)
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / "corrections.lock", "a") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def reset_user_model(state_dir: Path) -> bool:
    """Forget the model `train_user_model` saved and every kept correction (the built-in one is
    used again); False if there was none."""
    removed = False
    for path in (user_model_path(state_dir), user_examples_path(state_dir)):
        try:
            path.unlink()
        except FileNotFoundError:
            continue
        removed = True
    (model_dir(state_dir) / "corrections.lock").unlink(missing_ok=True)
    return removed


def save_user_model(model: Model, state_dir: Path,
                    kept: list[Correction] | list[tuple[str, str]] | None = None) -> Path:
    """Save the user's model, and their corrections (or bare (text, label) pairs) so that it can be
    retrained when the key changes."""
    path = user_model_path(state_dir)
    if kept is not None:
        corrections = [c if isinstance(c, Correction) else Correction(c[0], c[1], "train", _text_id(c[0]), 0.0)
                       for c in kept]
        lines = "".join(json.dumps(asdict(c), ensure_ascii=False) + "\n" for c in corrections)
        atomic_write(user_examples_path(state_dir), lines.encode("utf-8"))
    write_model(model, path, {"key": build_key()})
    return path


def read_user_examples(state_dir: Path) -> list[tuple[str, str]]:
    """The (text, label) pairs the user's model is trained on."""
    return [(c.text, c.label) for c in kept_corrections(state_dir)]
