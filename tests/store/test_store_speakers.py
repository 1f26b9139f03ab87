"""Speaker identities across articles: unified by name, namesakes apart, user decisions kept."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from newsroom import Said, news

from quotetrail.errors import InputError, StoreError
from quotetrail.model import SpeakerType
from quotetrail.store import Store, open_store

QUOTES = itertools.cycle(
    [
        "The port will stay open through the winter",
        "Nobody asked the fishermen what they wanted",
        "We have the votes to pass the levy",
        "The ferry timetable is a disgrace",
        "Our members will not cross the picket line",
        "The budget leaves the islands behind",
    ]
)
NUMBERS = itertools.count(1)


def say(
    store: Store,
    speaker: str,
    name: str | None = None,
    kind: SpeakerType = "person",
    role: str | None = None,
    **article: object,
) -> str:
    """Save a one-statement article in which ``speaker`` (resolved as ``name``, in ``role``) says something new."""
    quote = f"{next(QUOTES)}, number {next(NUMBERS)}"  # every article's text is new
    said = Said(quote, speaker, name=name if name is not None else speaker, speaker_type=kind, role=role)
    return store.save_article(news(said, **article), extractor="test.v1")  # type: ignore[arg-type]


def groups(store: Store) -> set[frozenset[str]]:
    """Each identity as the set of speaker names its statements carry."""
    found: dict[str, set[str]] = {}
    for stored in store.quotes(order="stored"):
        if stored.speaker_identity is not None:
            found.setdefault(stored.speaker_identity, set()).add(stored.statement.speaker or "")
    return {frozenset(names) for names in found.values()}


def identity_of(store: Store, speaker: str) -> str | None:
    names = {s.speaker_identity for s in store.quotes() if s.statement.speaker == speaker}
    assert len(names) == 1, names
    return names.pop()


UNIFICATION = [
    pytest.param(
        ["Dana Varek", "Varek", "Ms. Varek", "Speaker Varek"],
        [{"Dana Varek", "Varek", "Ms. Varek", "Speaker Varek"}],
        id="full name, surname, titles",
    ),
    pytest.param(
        ["Varek", "Ms. Varek", "Dana Varek"], [{"Dana Varek", "Varek", "Ms. Varek"}], id="surname first"
    ),
    pytest.param(["Dana Varek", "Pavel Varek"], [{"Dana Varek"}, {"Pavel Varek"}], id="namesakes"),
    pytest.param(
        ["Dana Varek", "Pavel Varek", "Varek"],
        [{"Dana Varek"}, {"Pavel Varek"}, {"Varek"}],
        id="ambiguous surname",
    ),
    pytest.param(
        ["Dana Varek", "Varek", "Pavel Varek", "Ms. Varek"],
        [{"Dana Varek"}, {"Pavel Varek"}, {"Varek", "Ms. Varek"}],
        id="surname turns ambiguous",
    ),
    pytest.param(["Dana Varek", "D. Varek"], [{"Dana Varek", "D. Varek"}], id="initial"),
    pytest.param(["Dana Varek", "A. Varek"], [{"Dana Varek"}, {"A. Varek"}], id="other initial"),
    pytest.param(["Dana K. Varek", "Dana Varek"], [{"Dana K. Varek", "Dana Varek"}], id="middle initial"),
    pytest.param(["Dana Várek", "DANA VAREK"], [{"Dana Várek", "DANA VAREK"}], id="accents and case"),
    pytest.param(
        ["Dana Varek", "Pavel Varek", "P. Varek"],
        [{"Dana Varek"}, {"Pavel Varek", "P. Varek"}],
        id="initial picks",
    ),
]


@pytest.mark.parametrize(("speakers", "expected"), UNIFICATION)
def test_names_are_unified_across_articles_and_outlets(
    store: Store, speakers: list[str], expected: list[set[str]]
) -> None:
    outlets = itertools.cycle(["State News", "Harbour Post", "Coastal Herald"])
    for speaker in speakers:
        say(store, speaker, name=speaker, outlet=next(outlets))
    assert groups(store) == {frozenset(g) for g in expected}


@pytest.mark.parametrize(("speakers", "expected"), UNIFICATION)
def test_rebuilding_gives_the_same_identities(
    store: Store, speakers: list[str], expected: list[set[str]]
) -> None:
    for speaker in speakers:
        say(store, speaker, name=speaker)
    store.rebuild_identities()
    assert groups(store) == {frozenset(g) for g in expected}


def test_the_identity_takes_the_full_name(store: Store) -> None:
    say(store, "Varek")
    say(store, "Dana Varek")
    (record,) = store.speakers()
    assert (record.identity.name, record.identity.aliases, record.statements) == ("Dana Varek", ("Varek",), 2)


def test_the_within_article_name_is_what_counts(store: Store) -> None:
    say(store, "she", name="Dana Varek")
    say(store, "Ms. Varek", name="Dana Varek")
    assert groups(store) == {frozenset({"she", "Ms. Varek"})}


def test_unnamed_and_anonymous_speakers_get_no_identity(store: Store) -> None:
    say(store, "he", name="")
    say(store, "a senior official", kind="anonymous", name="")
    say(store, "the ministry", kind="organization", name="")
    assert store.counts()["speakers"] == 0
    assert all(s.speaker_identity is None for s in store.quotes())


def test_organizations_are_matched_by_their_whole_name(store: Store) -> None:
    say(store, "the Liberation Front", name="", kind="organization")
    say(store, "Liberation Front", kind="organization")
    say(store, "Front", kind="organization")
    assert groups(store) == {frozenset({"the Liberation Front", "Liberation Front"}), frozenset({"Front"})}


def test_a_person_and_an_organization_never_share_an_identity(store: Store) -> None:
    say(store, "Harbour Authority", kind="organization")
    say(store, "Harbour Authority", kind="person")
    assert store.counts()["speakers"] == 2


def test_an_unknown_type_joins_and_the_person_type_wins(store: Store) -> None:
    say(store, "Ilse Marn", kind="unknown")
    say(store, "Ilse Marn", kind="person")
    (record,) = store.speakers()
    assert record.identity.type == "person"


def test_re_extraction_drops_identities_nobody_uses(store: Store) -> None:
    url = "https://sn.example/varek"
    store.save_article(news(Said("The port stays open", "Dana Varek"), url=url), extractor="test.v1")
    store.save_article(news(Said("The port stays open", "Pavel Osk"), url=url), extractor="test.v2")
    assert [r.identity.name for r in store.speakers()] == ["Pavel Osk"]
    assert store.counts()["speakers"] == 1


def test_merge_joins_two_speakers_and_is_kept(db_path: Path) -> None:
    with open_store(db_path) as store:
        say(store, "A. Varek")
        say(store, "Dana Varek")
        assert store.counts()["speakers"] == 2
        merged = store.merge_speakers("A. Varek", "Dana Varek")
        assert merged.name == "Dana Varek" and "A. Varek" in merged.aliases
        assert groups(store) == {frozenset({"A. Varek", "Dana Varek"})}
    with open_store(db_path) as store:  # kept in the file
        assert groups(store) == {frozenset({"A. Varek", "Dana Varek"})}
        say(store, "A. Varek", outlet="Coastal Herald")  # a later article under the merged name joins
        assert store.counts()["speakers"] == 1
        store.rebuild_identities()
        assert store.counts()["speakers"] == 1


def test_merge_is_re_applied_when_an_article_is_re_extracted(store: Store) -> None:
    url = "https://hp.example/a-varek"
    store.save_article(news(Said("The levy must go", "A. Varek"), url=url), extractor="test.v1")
    say(store, "Dana Varek")
    store.merge_speakers("A. Varek", "Dana Varek")
    store.save_article(news(Said("The levy must go", "A. Varek"), url=url), extractor="test.v2")
    assert groups(store) == {frozenset({"A. Varek", "Dana Varek"})}


def test_merge_can_name_the_merged_speaker(store: Store) -> None:
    say(store, "Liberation Front", kind="organization")
    say(store, "LF", kind="organization")
    merged = store.merge_speakers("LF", "Liberation Front", as_name="People's Liberation Front")
    assert merged.name == "People's Liberation Front"
    assert [r.identity.name for r in store.speakers()] == ["People's Liberation Front"]


def test_merge_by_alias_and_title(store: Store) -> None:
    say(store, "Dana Varek")
    say(store, "Varek")
    say(store, "A. Varek")
    store.merge_speakers("Chairwoman A. Varek", "Ms. Varek")  # titles are dropped, aliases are found
    assert groups(store) == {frozenset({"Dana Varek", "Varek", "A. Varek"})}


@pytest.mark.parametrize(
    ("name", "into", "message"),
    [
        ("Nobody Atall", "Dana Varek", "no speaker called 'Nobody Atall'"),
        ("Dana Varek", "Nobody Atall", "no speaker called 'Nobody Atall'"),
    ],
)
def test_merging_an_unknown_speaker_is_refused(store: Store, name: str, into: str, message: str) -> None:
    say(store, "Dana Varek")
    with pytest.raises(StoreError, match=message):
        store.merge_speakers(name, into)
    assert store.counts()["speakers"] == 1


def test_split_takes_an_alias_away_and_is_kept(db_path: Path) -> None:
    with open_store(db_path) as store:
        say(store, "Dana Varek")
        say(store, "Varek")
        apart = store.split_speaker("Dana Varek", "Varek")
        assert apart is not None and apart.name == "Varek"
        assert groups(store) == {frozenset({"Dana Varek"}), frozenset({"Varek"})}
    with open_store(db_path) as store:
        say(store, "Ms. Varek")  # later statements under the alias stay apart
        assert groups(store) == {frozenset({"Dana Varek"}), frozenset({"Varek", "Ms. Varek"})}
        store.rebuild_identities()
        assert groups(store) == {frozenset({"Dana Varek"}), frozenset({"Varek", "Ms. Varek"})}


def test_split_undoes_a_merge(store: Store) -> None:
    say(store, "A. Varek")
    say(store, "Dana Varek")
    store.merge_speakers("A. Varek", "Dana Varek")
    store.split_speaker("Dana Varek", "A. Varek")
    assert groups(store) == {frozenset({"Dana Varek"}), frozenset({"A. Varek"})}
    say(store, "A. Varek")
    assert store.counts()["speakers"] == 2


def test_merge_undoes_a_split(store: Store) -> None:
    say(store, "Dana Varek")
    say(store, "Varek")
    store.split_speaker("Dana Varek", "Varek")
    store.merge_speakers("Varek", "Dana Varek")
    assert groups(store) == {frozenset({"Dana Varek", "Varek"})}


def test_split_of_a_name_from_itself_is_refused(store: Store) -> None:
    say(store, "Dana Varek")
    with pytest.raises(StoreError, match="cannot split 'Dana Varek' from itself"):
        store.split_speaker("Dana Varek", "Ms. Dana Varek")


def test_split_before_any_statement_still_keeps_the_rule(store: Store) -> None:
    say(store, "Dana Varek")
    assert store.split_speaker("Dana Varek", "Varek") is None
    say(store, "Varek")
    assert groups(store) == {frozenset({"Dana Varek"}), frozenset({"Varek"})}


ALIAS_FILE = """
[speakers."Dana Varek"]
aliases = ["A. Varek", "Chairwoman of the Front"]
distinct = ["D. Varek"]

[speakers."Liberation Front"]
aliases = ["LF"]
type = "organization"
"""


def test_an_alias_file_applies_to_stored_and_later_statements(db_path: Path, tmp_path: Path) -> None:
    aliases = tmp_path / "aliases.toml"
    aliases.write_text(ALIAS_FILE, encoding="utf-8")
    with open_store(db_path) as store:
        say(store, "A. Varek")
        say(store, "LF", kind="organization")
        say(store, "D. Varek")
    with open_store(db_path, aliases=aliases) as store:
        assert identity_of(store, "A. Varek") == "Dana Varek"  # named as the file says, before she is quoted
        assert identity_of(store, "LF") == "Liberation Front"
        say(store, "Dana Varek")
        say(store, "Liberation Front", kind="organization")
        assert identity_of(store, "Dana Varek") == "Dana Varek"
        assert identity_of(store, "D. Varek") == "D. Varek"  # distinct: kept apart although compatible
    with open_store(db_path) as store:  # the rules stay without the file
        say(store, "A. Varek", outlet="Coastal Herald")
        assert groups(store) == {
            frozenset({"A. Varek", "Dana Varek"}),
            frozenset({"LF", "Liberation Front"}),
            frozenset({"D. Varek"}),
        }


def test_a_broken_alias_file_is_named_and_the_store_untouched(db_path: Path, tmp_path: Path) -> None:
    aliases = tmp_path / "aliases.toml"
    aliases.write_text('[speakers."Dana Varek"]\naliases = "A. Varek"\n', encoding="utf-8")
    with open_store(db_path) as store:
        say(store, "A. Varek")
    with pytest.raises(InputError, match=r"aliases\.toml"):
        open_store(db_path, aliases=aliases)
    with open_store(db_path) as store:
        assert [r.identity.name for r in store.speakers()] == ["A. Varek"]


def test_merge_named_like_another_speaker_returns_the_merged_one(store: Store) -> None:
    say(store, "A. Varek")
    say(store, "Dana Varek")
    say(store, "Pavel Varek")
    merged = store.merge_speakers("A. Varek", "Dana Varek", as_name="Pavel Varek")
    assert "A. Varek" in merged.aliases and "Dana Varek" in merged.aliases
    assert store.counts()["speakers"] == 2


def test_an_article_naming_a_namesake_after_a_surname_keeps_the_surname_apart(store: Store) -> None:
    say(store, "Dana Varek")
    store.save_article(
        news(Said("The levy stays", "Varek"), Said("The levy goes", "Pavel Varek"), outlet="Harbour Post"),
        extractor="test.v1",
    )
    assert groups(store) == {frozenset({"Dana Varek"}), frozenset({"Pavel Varek"}), frozenset({"Varek"})}


# (mention, resolved name, role) as an extractor gives them
DANA_SPEAKER = ("Parliament Speaker Dana Varek", "Dana Varek", "Parliament Speaker")
TOMAS_MINISTER = ("Tomas Varek, the finance minister", "Tomas Varek", "finance minister")
DANA = ("Dana Varek", "Dana Varek", None)
TOMAS = ("Tomas Varek", "Tomas Varek", None)
SPEAKER_VAREK = ("Speaker Varek", "Varek", "Speaker")
MINISTER_VAREK = ("Minister Varek", "Varek", "Minister")
VAREK = ("Varek", "Varek", None)

TITLED_SURNAMES = [
    pytest.param(
        [DANA_SPEAKER, TOMAS_MINISTER, SPEAKER_VAREK],
        [{DANA_SPEAKER[0], SPEAKER_VAREK[0]}, {TOMAS_MINISTER[0]}],
        id="the role picks one of two namesakes",
    ),
    pytest.param(
        [SPEAKER_VAREK, DANA_SPEAKER, TOMAS_MINISTER],
        [{DANA_SPEAKER[0], SPEAKER_VAREK[0]}, {TOMAS_MINISTER[0]}],
        id="titled surname first, namesake last",
    ),
    pytest.param(
        [DANA, TOMAS, SPEAKER_VAREK, DANA_SPEAKER],
        [{DANA[0], DANA_SPEAKER[0], SPEAKER_VAREK[0]}, {TOMAS[0]}],
        id="the role becomes known later",
    ),
    pytest.param(
        [DANA_SPEAKER, TOMAS_MINISTER, VAREK],
        [{DANA_SPEAKER[0]}, {TOMAS_MINISTER[0]}, {VAREK[0]}],
        id="no role: still apart",
    ),
    pytest.param(
        [("Foreign Minister Dana Varek", "Dana Varek", "Foreign Minister"), TOMAS_MINISTER, MINISTER_VAREK],
        [{"Foreign Minister Dana Varek"}, {TOMAS_MINISTER[0]}, {MINISTER_VAREK[0]}],
        id="a role both namesakes fit: apart",
    ),
    pytest.param(
        [DANA_SPEAKER, TOMAS_MINISTER, ("Mayor Varek", "Varek", "Mayor")],
        [{DANA_SPEAKER[0]}, {TOMAS_MINISTER[0]}, {"Mayor Varek"}],
        id="a role neither has: apart",
    ),
    pytest.param(
        [DANA, SPEAKER_VAREK, TOMAS],
        [{DANA[0]}, {TOMAS[0]}, {SPEAKER_VAREK[0]}],
        id="a role given only under the surname is no evidence",
    ),
    pytest.param(
        [
            ("Dana Varek, the spokeswoman", "Dana Varek", "spokeswoman"),
            ("Tomas Varek, the chairman", "Tomas Varek", "chairman"),
            ("Ms. Varek", "Varek", None),
        ],
        [{"Dana Varek, the spokeswoman", "Ms. Varek"}, {"Tomas Varek, the chairman"}],
        id="an honorific's gender, both genders known",
    ),
    pytest.param(
        [
            ("Dana Varek, the spokeswoman", "Dana Varek", "spokeswoman"),
            TOMAS_MINISTER,
            ("Ms. Varek", "Varek", None),
        ],
        [{"Dana Varek, the spokeswoman"}, {TOMAS_MINISTER[0]}, {"Ms. Varek"}],
        id="an honorific's gender, one gender unknown: apart",
    ),
]


@pytest.mark.parametrize(("said", "expected"), TITLED_SURNAMES)
def test_a_surname_with_a_title_joins_the_one_namesake_the_title_fits(
    store: Store, said: list[tuple[str, str, str | None]], expected: list[set[str]]
) -> None:
    for speaker, name, role in said:
        say(store, speaker, name=name, role=role)
    assert groups(store) == {frozenset(g) for g in expected}
    store.rebuild_identities()
    assert groups(store) == {frozenset(g) for g in expected}


def test_a_titled_surname_in_the_same_article_as_both_namesakes(store: Store) -> None:
    store.save_article(
        news(
            Said("The chamber sits on Monday", "Speaker Varek", name="Varek", role="Speaker"),
            Said("The session opens", DANA_SPEAKER[0], name="Dana Varek", role="Parliament Speaker"),
            Said("The levy is fair", TOMAS_MINISTER[0], name="Tomas Varek", role="finance minister"),
        ),
        extractor="test.v1",
    )
    assert groups(store) == {frozenset({SPEAKER_VAREK[0], DANA_SPEAKER[0]}), frozenset({TOMAS_MINISTER[0]})}


def test_a_split_keeps_a_titled_surname_away(store: Store) -> None:
    for speaker, name, role in (DANA_SPEAKER, TOMAS_MINISTER, SPEAKER_VAREK):
        say(store, speaker, name=name, role=role)
    store.split_speaker("Dana Varek", "Varek")
    say(store, *SPEAKER_VAREK)
    assert groups(store) == {
        frozenset({DANA_SPEAKER[0]}),
        frozenset({TOMAS_MINISTER[0]}),
        frozenset({SPEAKER_VAREK[0]}),
    }


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        pytest.param("Ms. Varek", {"Dana Varek", "Ilse Varek"}, id="a female honorific"),
        pytest.param("Mr. Varek", {"Tomas Varek", "Ilse Varek"}, id="a male honorific"),
        pytest.param("Varek", {"Dana Varek", "Tomas Varek", "Ilse Varek"}, id="no honorific"),
        pytest.param(
            "Dr. Varek", {"Dana Varek", "Tomas Varek", "Ilse Varek"}, id="an honorific of no gender"
        ),
        pytest.param("Ms. Dana Varek", {"Dana Varek"}, id="a full name"),
    ],
)
def test_an_honorific_in_a_speaker_query_leaves_out_speakers_known_to_be_of_the_other_gender(
    store: Store, query: str, expected: set[str]
) -> None:
    say(store, "Dana Varek, the spokeswoman", name="Dana Varek", role="spokeswoman")
    say(store, "Mr. Tomas Varek", name="Tomas Varek")
    say(store, "Ilse Varek")  # no title: her gender is unknown, so she stays in
    assert {s.speaker_identity for s in store.quotes(speaker=query)} == expected
    assert {r.identity.name for r in store.speakers(query)} == expected


def test_a_declared_type_in_an_alias_file_sets_the_speaker_type(db_path: Path, tmp_path: Path) -> None:
    aliases = tmp_path / "aliases.toml"
    aliases.write_text('[speakers."Lidia Farrow"]\ntype = "person"\n', encoding="utf-8")
    with open_store(db_path) as store:
        say(store, "Lidia Farrow", kind="organization")
        assert [r.identity.type for r in store.speakers()] == ["organization"]
    with open_store(db_path, aliases=aliases) as store:
        assert [(r.identity.name, r.identity.type) for r in store.speakers()] == [("Lidia Farrow", "person")]
        say(store, "Lidia Farrow", kind="organization")  # the extractor's type no longer splits her
        say(store, "Ms. Farrow", name="Farrow")  # and her surname finds her, as a person's would
        assert groups(store) == {frozenset({"Lidia Farrow", "Ms. Farrow"})}
        store.rebuild_identities()
        assert [(r.identity.type, r.statements) for r in store.speakers()] == [("person", 3)]


def test_a_declared_type_applies_to_a_speaker_not_yet_quoted(store: Store) -> None:
    store.add_aliases("Harbour Pilots", speaker_type="group")
    say(store, "Harbour Pilots", kind="organization")
    assert [r.identity.type for r in store.speakers()] == ["group"]
