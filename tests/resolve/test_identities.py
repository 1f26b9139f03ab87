"""Who is the same speaker across articles: name cleaning, matching rules, alias files."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotetrail.errors import InputError
from quotetrail.model import Span, SpeakerIdentity, Statement
from quotetrail.resolve.identities import (
    AliasEntry,
    NameRules,
    clean_name,
    group_names,
    identity_name,
    match_identity,
    match_title,
    name_key,
    names_compatible,
    parse_alias_toml,
    parse_person,
    read_alias_file,
    roles_agree,
    speaker_title,
    title_gender,
    title_key,
)


@pytest.mark.parametrize(
    ("raw", "kind", "cleaned"),
    [
        ("Dana Varek", "person", "Dana Varek"),
        ("Ms. Varek", "person", "Varek"),
        ("Speaker Varek", "person", "Varek"),
        ("Foreign Minister Dana Varek", "person", "Dana Varek"),
        ("Secretary of State Dana Varek", "person", "Dana Varek"),
        ("former Prime Minister Ilse Marn", "person", "Ilse Marn"),
        ("Dr. Ilse Marn", "person", "Ilse Marn"),
        ("Varek's", "person", "Varek"),
        ("  Dana   Varek  ", "person", "Dana Varek"),
        ("\u201cDana Varek,\u201d", "person", "Dana Varek"),
        ("Mr. King", "person", "King"),  # an honorific: what follows is a name
        ("Prime Minister", "person", None),  # an office, nobody in particular
        ("the President", "person", None),
        ("he", "person", None),
        ("They", "unknown", None),
        ("—", "person", None),
        ("", "person", None),
        ("the Liberation Front", "organization", "Liberation Front"),
        ("The Harbour Authority", "group", "Harbour Authority"),
        ("General Freight Union", "organization", "General Freight Union"),  # titles stay in collective names
        ("a senior official", "person", None),  # a description, not a name
        ("the ministry", "organization", None),
        ("de la Cruz", "person", "de la Cruz"),
        ("DANA VAREK", "person", "DANA VAREK"),
        ("ليلى حسن", "person", "ليلى حسن"),  # no letter case
    ],
)
def test_names_are_cleaned_of_titles_and_noise(raw: str, kind: str, cleaned: str | None) -> None:
    assert clean_name(raw, kind) == cleaned


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Dana Varek", "dana varek"),
        ("DANA VAREK", "dana varek"),
        ("Dana Várek", "dana varek"),
        ("D. Varek", "d varek"),
        ("D.K. Varek", "d k varek"),
        ("Ülkü Şahin-Brel", "ulku sahin-brel"),
    ],
)
def test_name_keys_ignore_case_accents_and_full_stops(name: str, key: str) -> None:
    assert name_key(name) == key


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Dana Varek", "Varek", True),
        ("Dana Varek", "D. Varek", True),
        ("Dana Varek", "Dana K. Varek", True),
        ("Dana K. Varek", "D. K. Varek", True),
        ("Dana Varek", "Pavel Varek", False),
        ("Dana Varek", "A. Varek", False),
        ("Dana Varek", "Dana Vareková", False),
        ("Dana Varek", "Dana Varek Jr.", True),
        ("Dana Karin Varek", "Dana Ilse Varek", False),
        ("Dana Varek", "Karin Varek", False),
    ],
)
def test_names_are_compatible_when_surnames_and_given_names_agree(a: str, b: str, same: bool) -> None:
    assert names_compatible(parse_person(a), parse_person(b)) is same
    assert names_compatible(parse_person(b), parse_person(a)) is same


DANA = SpeakerIdentity(1, "Dana Varek", "person", ("Dana Varek",))
PAVEL = SpeakerIdentity(2, "Pavel Varek", "person", ("Pavel Varek",))
VAREK = SpeakerIdentity(3, "Varek", "person", ("Varek",))
FRONT = SpeakerIdentity(4, "Liberation Front", "organization", ("Liberation Front", "LF"))


@pytest.mark.parametrize(
    ("name", "kind", "known", "joins"),
    [
        ("Dana Varek", "person", [DANA], DANA),
        ("Varek", "person", [DANA], DANA),
        ("D. Varek", "person", [DANA], DANA),
        ("Varek", "unknown", [DANA], DANA),
        ("Varek", "person", [DANA, PAVEL], None),  # two full names share the surname: ambiguous
        ("Varek", "person", [DANA, PAVEL, VAREK], VAREK),  # the ambiguous name's own identity
        ("Varek", "person", [DANA, VAREK], VAREK),  # once kept apart, it stays apart
        ("Pavel Varek", "person", [DANA], None),
        ("A. Varek", "person", [DANA], None),
        ("Dana Varek", "organization", [DANA], None),  # a person is never an organization
        ("Liberation Front", "organization", [FRONT], FRONT),
        ("LF", "group", [FRONT], FRONT),
        ("Front", "organization", [FRONT], None),  # organizations match whole names only
        ("Varek", "person", [], None),
    ],
)
def test_match_identity(
    name: str, kind: str, known: list[SpeakerIdentity], joins: SpeakerIdentity | None
) -> None:
    found = match_identity(name, kind, known)
    assert (found.id if found else None) == (joins.id if joins else None)


def test_a_full_name_upgrades_its_surname_only_identity() -> None:
    found = match_identity("Dana Varek", "person", [VAREK])
    assert found is not None
    assert (found.id, found.name) == (VAREK.id, "Dana Varek")


def test_a_full_name_does_not_upgrade_when_the_surname_is_taken() -> None:
    assert match_identity("Dana Varek", "person", [VAREK, PAVEL]) is None


def test_an_unknown_type_becomes_person_when_a_person_joins() -> None:
    unknown = SpeakerIdentity(5, "Ilse Marn", "unknown", ("Ilse Marn",))
    found = match_identity("Ilse Marn", "person", [unknown])
    assert found is not None and found.type == "person"


def statement(speaker: str | None, name: str | None, kind: str) -> Statement:
    return Statement(
        kind="direct",
        quote="We stand firm",
        quote_spans=(Span(1, 14),),
        speaker=speaker,
        speaker_name=name,
        speaker_type=kind,  # type: ignore[arg-type]
    )


@pytest.mark.parametrize(
    ("speaker", "name", "kind", "identified_as"),
    [
        ("Ms. Varek", "Dana Varek", "person", "Dana Varek"),
        ("she", "Dana Varek", "person", "Dana Varek"),
        ("she", None, "person", None),  # an unresolved pronoun is nobody in particular
        ("a senior official", None, "anonymous", None),
        ("a senior official", "Dana Varek", "anonymous", None),  # anonymous stays anonymous
        ("the Liberation Front", None, "organization", "Liberation Front"),
        ("the ministry", None, "organization", None),
        ("protesters", None, "group", None),
        ("Varek", None, "unknown", None),
    ],
)
def test_which_name_identifies_a_statement(
    speaker: str, name: str | None, kind: str, identified_as: str | None
) -> None:
    assert identity_name(statement(speaker, name, kind)) == identified_as


def test_grouping_is_independent_of_order() -> None:
    names = [
        ("Varek", "person"),
        ("Dana Varek", "person"),
        ("Ms. Varek", "person"),
        ("Speaker Varek", "person"),
    ]
    for ordering in (names, names[::-1]):
        (one,) = group_names(ordering)  # type: ignore[arg-type]
        assert one.name == "Dana Varek"
        assert set(one.aliases) == {"Dana Varek", "Varek"}


def test_grouping_keeps_namesakes_apart() -> None:
    groups = group_names(
        [("Dana Varek", "person"), ("Pavel Varek", "person"), ("Varek", "person"), ("D. Varek", "person")]
    )
    assert sorted(g.name for g in groups) == ["Dana Varek", "Pavel Varek", "Varek"]
    (dana,) = [g for g in groups if g.name == "Dana Varek"]
    assert "D. Varek" in dana.aliases


@pytest.mark.parametrize(
    ("mention", "role", "title"),
    [
        ("Speaker Varek", "Speaker", "Speaker"),  # the mention's title and the role, once
        ("Ms. Varek", None, "Ms."),
        ("Ms. Varek", "parliament speaker", "Ms. parliament speaker"),
        ("Secretary of State Dana Varek", None, "Secretary of State"),
        ("Tomas Varek, the finance minister", "finance minister", "finance minister"),
        ("Dana Varek", None, None),
        ("Varek", None, None),
        ("she", None, None),
        ("the minister", None, None),  # one word: the name itself, not a title of a name
        (None, "the", None),  # only filler words
        (None, None, None),
    ],
)
def test_the_title_a_statement_gives_its_speaker(
    mention: str | None, role: str | None, title: str | None
) -> None:
    assert speaker_title(mention, role) == title


@pytest.mark.parametrize(
    ("a", "b", "agree"),
    [
        ("Speaker", "Parliament Speaker", True),
        ("Minister of Finance", "Finance Minister", True),  # word order and fillers do not count
        ("former Finance Minister", "finance minister", True),
        ("Minister", "Foreign Minister", True),
        ("Foreign Minister", "Finance Minister", False),
        ("Deputy Minister", "Foreign Minister", False),
        ("Ms.", "Ms.", False),  # an honorific is no office
        ("Ms. Speaker", "Parliament Speaker", True),
        ("the", "Speaker", False),
    ],
)
def test_roles_agree_when_the_words_of_one_are_in_the_other(a: str, b: str, agree: bool) -> None:
    assert roles_agree(a, b) is agree
    assert roles_agree(b, a) is agree


@pytest.mark.parametrize(
    ("title", "gender"),
    [("Ms.", "f"), ("Mrs", "f"), ("spokeswoman", "f"), ("Mr.", "m"), ("chairman", "m"), ("Dr.", None),
     ("Speaker", None), ("Mr. chairwoman", None)],
)  # fmt: skip
def test_the_gender_a_title_tells(title: str, gender: str | None) -> None:
    assert title_gender(title) == gender


def test_title_keys_ignore_order_case_and_fillers() -> None:
    assert title_key("Minister of Finance") == title_key("the FINANCE minister") == "finance minister"


TOMAS = SpeakerIdentity(5, "Tomas Varek", "person", ("Tomas Varek",))


SPEAKER_AND_MINISTER = [(DANA, ["Parliament Speaker"]), (TOMAS, ["finance minister"])]


@pytest.mark.parametrize(
    ("name", "title", "known", "joins"),
    [
        pytest.param("Varek", "Speaker", SPEAKER_AND_MINISTER, DANA, id="the role fits one"),
        pytest.param("Varek", "Mayor", SPEAKER_AND_MINISTER, None, id="the role fits neither"),
        pytest.param(
            "Varek", "Minister", [(DANA, ["Foreign Minister"]), (TOMAS, ["finance minister"])], None,
            id="the role fits both",
        ),
        pytest.param("Varek", "Ms.", [(DANA, ["spokeswoman"]), (TOMAS, ["chairman"])], DANA, id="gender"),
        pytest.param(
            "Varek", "Ms.", [(DANA, ["spokeswoman"]), (TOMAS, ["finance minister"])], None,
            id="gender, his unknown",
        ),
        pytest.param("Varek", "Ms. Speaker", [(DANA, ["Parliament Speaker"]), (TOMAS, [])], DANA, id="both"),
        pytest.param("Varek", "Speaker", SPEAKER_AND_MINISTER[:1], None, id="one namesake: usual rules"),
        pytest.param(
            "Varek", "Speaker", [(DANA, ["Parliament Speaker"]), (VAREK, ["Speaker"])], None,
            id="a surname-only identity is no namesake",
        ),
        pytest.param(
            "D. Varek", "Speaker", [(DANA, ["Parliament Speaker"]), (TOMAS, [])], None,
            id="only one full name fits the initial",
        ),
        pytest.param("Dana Varek", "Speaker", SPEAKER_AND_MINISTER, None, id="a full name needs no title"),
        pytest.param(
            "Varek", "Speaker", [(DANA, ["Parliament Speaker"]), (FRONT, ["Speaker"])], None,
            id="an organization is no namesake",
        ),
    ],
)  # fmt: skip
def test_a_title_decides_between_namesakes_only_when_it_fits_one(
    name: str,
    title: str,
    known: list[tuple[SpeakerIdentity, list[str]]],
    joins: SpeakerIdentity | None,
) -> None:
    found = match_title(name, "person", title, known)
    assert (found.id if found else None) == (joins.id if joins else None)


def test_name_rules_object_offers_the_same_rules() -> None:
    rules = NameRules()
    assert rules.name_key("Dana Várek") == "dana varek"
    assert rules.surname_key("Dana Varek", "person") == "varek"
    assert rules.surname_key("Liberation Front", "organization") is None
    assert rules.is_partial("D. Varek", "person") and not rules.is_partial("Dana Varek", "person")
    assert rules.match("Varek", "person", [DANA]) == DANA
    assert rules.speaker_title("Speaker Varek", None) == "Speaker"
    assert rules.title_key("Minister of Finance") == "finance minister"
    assert rules.title_gender("Ms.") == "f"
    assert rules.match_title("Varek", "person", "Ms.", [(DANA, ["Ms."]), (PAVEL, ["Mr."])]) == DANA


ALIASES = """
# speakers of the Harbour strike coverage
[speakers."Dana Varek"]
aliases = ["A. Varek", "Chairwoman Varek"]
distinct = ["Varek"]
type = "person"

[speakers."Liberation Front"]
aliases = ["LF"]
"""


def test_an_alias_file_is_parsed(tmp_path: Path) -> None:
    path = tmp_path / "aliases.toml"
    path.write_text(ALIASES, encoding="utf-8")
    assert read_alias_file(path) == [
        AliasEntry("Dana Varek", ("A. Varek", "Chairwoman Varek"), ("Varek",), "person"),
        AliasEntry("Liberation Front", ("LF",)),
    ]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[speakers.'Dana Varek'\naliases = 1", "not valid TOML"),
        ("[people.'Dana Varek']\naliases = []", r"unknown top-level keys \['people'\]"),
        ("speakers = 3", "'speakers' must be a table"),
        ("[speakers]\n'Dana Varek' = 'x'", "expected a table"),
        ("[speakers.'Dana Varek']\naliases = 'A. Varek'", "aliases: expected a list of non-empty strings"),
        ("[speakers.'Dana Varek']\naliases = ['']", "expected a list of non-empty strings"),
        ("[speakers.'Dana Varek']\nalias = ['A. Varek']", r"unknown keys \['alias'\]"),
        ("[speakers.'Dana Varek']\ntype = 'robot'", "type 'robot' is not one of"),
    ],
)
def test_bad_alias_files_are_named_with_the_entry_at_fault(text: str, message: str) -> None:
    with pytest.raises(InputError, match=message) as caught:
        parse_alias_toml(text, "team-aliases.toml")
    assert "team-aliases.toml" in str(caught.value)


def test_a_missing_alias_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"nothing\.toml: cannot read alias file"):
        read_alias_file(tmp_path / "nothing.toml")
