"""Specification cases the extractor does not meet yet, each with the reason.

The conftest marks these tests xfail(strict=True): when the extractor learns a case, the
unexpected pass fails the suite, and the line here is to be removed.
"""

KNOWN_GAPS: dict[str, str] = {
    "tests/extraction/test_targets.py::test_targets_inside_the_content[several-targets-in-indirect]": "targets: fictional place names take the NER model's label",
}
