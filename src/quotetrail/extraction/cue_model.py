"""A learned judgement of whether a verb cues an attribution.

A logistic regression over the verb's form and its syntax, trained on PolNeAR's train split by
``scripts/train_cue_model.py`` and shipped as ``resources/cue_model.json`` (feature weights,
no corpus text). Features use word forms, not lemmas, so the extractor needs no lemmatizer.
"""

from __future__ import annotations

import json
import math
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.tokens import Token

FEATURE_VERSION = 2
COMPLEMENTS = ("ccomp", "xcomp", "parataxis")
SUBJECTS = ("nsubj", "nsubjpass")


def candidate(tok: Token) -> bool:
    """Verbs (and main-verb auxiliaries) are the words the model judges."""
    return tok.pos_ == "VERB" or (tok.pos_ == "AUX" and tok.dep_ not in ("aux", "auxpass"))


def _subject_kind(children: list[Token]) -> str:
    for child in children:
        if child.dep_ in SUBJECTS:
            pos = child.pos_
            if pos == "PRON":
                return "pron:" + child.lower_
            if pos == "PROPN":
                return "propn"
            return "noun:" + child.lower_ if pos == "NOUN" else pos.lower()
    return "none"


def features(tok: Token) -> list[str]:
    """The names of the features that fire for ``tok``."""
    w = tok.lower_
    children = list(tok.children)
    deps = {c.dep_ for c in children}
    comp = next((c for c in children if c.dep_ in COMPLEMENTS), None)
    that = comp is not None and any(c.dep_ == "mark" and c.lower_ == "that" for c in comp.children)
    doc = tok.doc
    nxt = doc[tok.i + 1].lower_ if tok.i + 1 < len(doc) else "<end>"
    prev = doc[tok.i - 1].lower_ if tok.i > 0 else "<start>"
    subject = _subject_kind(children)
    has = [d for d in ("ccomp", "xcomp", "dobj", "prep", "advcl", "dative", "oprd", "parataxis") if d in deps]
    dep, head = tok.dep_, tok.head
    subj = subject.split(":")[0]
    comp_dep = comp.dep_ if comp is not None else "none"
    # The lemma where the extractor computes one (cue words), so "warns" learns from "warned".
    lemma = (tok.lemma_ or w).lower()
    lemma = stand_ins().get(lemma, lemma)  # "underlined" is judged as "stressed" would be
    out = [
        "w=" + w,
        "tag=" + tok.tag_,
        "dep=" + dep,
        f"w|dep={w}|{dep}",
        "subj=" + subj,
        "subjw=" + subject,
        f"w|subj={w}|{subj}",
        "next=" + nxt,
        "prev=" + prev,
        f"w|next={w}|{nxt}",
        "head=" + head.lower_,
        "headdep=" + head.dep_,
        f"comp={comp_dep}",
        f"w|comp={w}|{comp_dep}",
        f"that={that}",
        f"w|that={w}|{that}",
        "l=" + lemma,
        f"l|that={lemma}|{that}",
        f"l|comp={lemma}|{comp_dep}",
        f"l|subj={lemma}|{subj}",
        f"l|dep={lemma}|{dep}",
    ]
    out.extend("has=" + d for d in has)
    out.extend(f"w|has={w}|{d}" for d in has)
    return out


@lru_cache(maxsize=1)
def stand_ins() -> dict[str, str]:
    """Rare verb of saying (lemma) -> a verb the model knows that reports the same way."""
    text = resources.files("quotetrail.resources").joinpath("cue_stand_ins.txt").read_text(encoding="utf-8")
    pairs = (line.split("#")[0].split() for line in text.splitlines())
    return {pair[0]: pair[1] for pair in pairs if len(pair) == 2}


@lru_cache(maxsize=1)
def _model() -> dict[str, Any]:
    text = resources.files("quotetrail.resources").joinpath("cue_model.json").read_text(encoding="utf-8")
    model: dict[str, Any] = json.loads(text)
    if model.get("feature_version") != FEATURE_VERSION:
        raise RuntimeError(
            "resources/cue_model.json was trained on other features: run scripts/train_cue_model.py"
        )
    return model


def probability(tok: Token) -> float:
    """How likely ``tok`` cues an attribution, 0 to 1."""
    model = _model()
    weights: dict[str, float] = model["weights"]
    score = model["bias"] + sum(weights.get(f, 0.0) for f in features(tok))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))


def threshold() -> float:
    return float(_model()["threshold"])
