"""Merging copies of a history: the rules one by one, then the laws for any copies."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from mat_companion.core import json_codec
from mat_companion.core.history_merge import (
    HistoryCopy,
    deletions,
    merge,
    prune_deletions,
    read_deletions,
)
from mat_companion.core.history_schema import TOMBSTONE_DAYS, last_changed
from tests.factories import make_session
from tests.strategies import json_values, random_copies, related_copies

ID = "0b5c7c52-3f8e-4d2e-9a55-2f1f0f0d6a11"
OTHER = "6f1d2b9e-0c4a-4e7f-8d3b-5a9c1e2f4b60"


def at(hour: int, minute: int = 0) -> str:
    return f"2026-12-01T{hour:02}:{minute:02}:00+00:00"


def edit(changed_at: str | None, **fields: Any) -> dict[str, Any]:
    session = make_session(id=ID, **fields)
    if changed_at is not None:
        session["changed_at"] = changed_at
    return session


def tombstone(deleted_at: str, session_id: str = ID) -> dict[str, Any]:
    return {"id": session_id, "deleted_at": deleted_at}


def both_ways(a: HistoryCopy, b: HistoryCopy) -> HistoryCopy:
    """The merge of ``a`` and ``b``, checked to be the same in either order."""
    result = merge(a, b)
    assert merge(b, a) == result
    return result


def test_the_union_by_id_keeps_every_session_of_every_copy() -> None:
    ours = [make_session(started_at="2026-11-02T20:00:00+01:00"), make_session()]
    theirs = [make_session(started_at="2026-11-01T20:00:00+01:00")]
    merged = both_ways(HistoryCopy(ours), HistoryCopy(theirs))
    assert merged.sessions == [theirs[0], ours[0], ours[1]], "in order of their start"
    assert merged.deleted == []


def test_the_newest_change_of_a_session_wins() -> None:
    older, newer = edit(at(9), note="first"), edit(at(10), note="second")
    assert both_ways(HistoryCopy([older]), HistoryCopy([newer])).sessions == [newer]


def test_change_times_are_compared_as_instants_not_as_text() -> None:
    # 10:30 at +02:00 is 08:30 UTC: earlier than 09:00 UTC although it reads later.
    earlier = edit("2026-12-01T10:30:00+02:00", note="earlier")
    later = edit(at(9), note="later")
    assert both_ways(HistoryCopy([earlier]), HistoryCopy([later])).sessions == [later]


def test_a_tie_in_time_is_broken_by_the_records_not_by_the_order_of_the_copies() -> None:
    one, two = edit(at(9), note="one"), edit(at(9), note="two")
    winner = both_ways(HistoryCopy([one]), HistoryCopy([two])).sessions
    assert winner == [two], "the larger canonical JSON"
    spelt_otherwise = edit("2026-12-01T10:00:00+01:00", note="one")
    tied = both_ways(HistoryCopy([spelt_otherwise]), HistoryCopy([two])).sessions
    assert tied == [spelt_otherwise], "the same instant: its changed_at text is larger"


def test_a_tie_between_records_python_takes_as_equal_is_still_decided_by_their_json() -> None:
    """900 and 900.0, or the same fields in another order, are different bytes in a file."""
    pairs = [
        (edit(at(9), planned_seconds=900), edit(at(9), planned_seconds=900.0)),
        (edit(at(9), x_flag=1), edit(at(9), x_flag=True)),
        (edit(at(9)), dict(reversed(edit(at(9)).items()))),
        (edit(at(9), x_big=2**70), edit(at(9), x_big=2**70 + 1)),
        (edit(at(9), note="\ud800"), edit(at(9), note="\udfff")),
    ]
    for one, two in pairs:
        forward = merge(HistoryCopy([one]), HistoryCopy([two])).sessions
        backward = merge(HistoryCopy([two]), HistoryCopy([one])).sessions
        assert json_codec.dumps(forward) == json_codec.dumps(backward), one


def test_times_at_the_ends_of_the_calendar_compare_across_offsets() -> None:
    """Year 1 at +14:00 and year 9999 at -12:00 cannot be converted to UTC, yet they compare."""
    first = edit("0001-01-01T00:00:00+14:00", note="first")
    last = edit("9999-12-31T23:59:59-12:00", note="last")
    assert both_ways(HistoryCopy([first]), HistoryCopy([last])).sessions == [last]
    gone = both_ways(
        HistoryCopy([last]), HistoryCopy(deleted=[tombstone("9999-12-31T23:59:59-12:00")])
    )
    assert gone.sessions == []
    early = [make_session(started_at="0001-01-01T00:00:00+14:00", ended_at=None), first]
    assert [s["id"] for s in merge(HistoryCopy(early)).sessions] == [early[0]["id"], ID]


def test_a_session_without_a_change_time_counts_as_changed_when_it_ended() -> None:
    assert last_changed(make_session(ended_at=at(9))) == at(9)
    assert last_changed(make_session(ended_at=None, started_at=at(8))) == at(8)
    by_another_tool = edit(None, ended_at=at(9), note="no changed_at")
    stamped = edit(at(10), ended_at=at(9), note="edited")
    assert both_ways(HistoryCopy([by_another_tool]), HistoryCopy([stamped])).sessions == [stamped]


def test_a_deletion_beats_an_older_edit_and_one_of_the_same_moment() -> None:
    for changed in (at(8), at(9), "2026-12-01T10:00:00+01:00"):
        merged = both_ways(HistoryCopy([edit(changed)]), HistoryCopy(deleted=[tombstone(at(9))]))
        assert merged == HistoryCopy([], [tombstone(at(9))]), changed


def test_an_edit_after_the_deletion_brings_the_session_back_and_the_deletion_is_forgotten() -> None:
    back = edit(at(10), note="imported again")
    merged = both_ways(HistoryCopy([back]), HistoryCopy(deleted=[tombstone(at(9))]))
    assert merged == HistoryCopy([back], [])


def test_the_latest_of_two_deletions_is_kept() -> None:
    merged = both_ways(
        HistoryCopy(deleted=[tombstone(at(9))]), HistoryCopy(deleted=[tombstone(at(11))])
    )
    assert merged.deleted == [tombstone(at(11))]
    assert merge(HistoryCopy([edit(at(10))]), merged).sessions == [], "10:00 is before 11:00"


def test_a_deletion_of_an_unknown_session_is_kept_for_the_copies_that_have_it() -> None:
    merged = both_ways(
        HistoryCopy([make_session(id=OTHER)]), HistoryCopy(deleted=[tombstone(at(9))])
    )
    assert merged.deleted == [tombstone(at(9))] and len(merged.sessions) == 1
    assert merge(merged, HistoryCopy([edit(at(8))])).sessions == merged.sessions


def test_one_copy_holding_a_session_and_its_deletion_is_settled_by_itself() -> None:
    assert merge(HistoryCopy([edit(at(8))], [tombstone(at(9))])) == HistoryCopy(
        [], [tombstone(at(9))]
    )


def test_merging_leaves_the_copies_as_they_were() -> None:
    ours = HistoryCopy([edit(at(8))], [tombstone(at(9), OTHER)])
    theirs = HistoryCopy([make_session(id=OTHER, changed_at=at(10))], [tombstone(at(9))])
    before = repr((ours, theirs))
    merge(ours, theirs)
    assert repr((ours, theirs)) == before


def test_deletions_are_recorded_once_per_id_at_the_given_moment() -> None:
    moment = datetime(2026, 12, 1, 10, tzinfo=timezone(timedelta(hours=1)))
    assert deletions([OTHER, ID, ID], moment) == [
        {"id": ID, "deleted_at": "2026-12-01T10:00:00+01:00"},
        {"id": OTHER, "deleted_at": "2026-12-01T10:00:00+01:00"},
    ]


def test_deletions_are_forgotten_after_the_keeping_time_and_not_before() -> None:
    now = datetime(2026, 12, 1, 12, tzinfo=UTC)
    kept_until = now - timedelta(days=TOMBSTONE_DAYS)
    old = tombstone((kept_until - timedelta(seconds=1)).isoformat())
    edge = tombstone(kept_until.astimezone(timezone(timedelta(hours=-5))).isoformat())
    recent, future = tombstone(at(11), OTHER), tombstone("2027-01-01T00:00:00+00:00", OTHER)
    assert prune_deletions([old, edge, recent, future], now) == [edge, recent, future]
    assert prune_deletions([recent], now, keep_days=0) == []
    assert TOMBSTONE_DAYS >= 366


def test_reading_deletions_keeps_the_valid_ones_and_names_the_problems() -> None:
    upper = {"id": ID.upper(), "deleted_at": at(9), "by": "another tool"}
    value = [upper, {"id": "nope", "deleted_at": at(9)}, {"id": ID}, "junk", tombstone(at(9) + "x")]
    valid, problems = read_deletions(value)
    assert valid == [{"id": ID, "deleted_at": at(9), "by": "another tool"}]
    assert [(index, str(problem)) for index, problem in problems] == [
        (1, "id must be a UUID"),
        (2, "deleted_at must be a date and time text"),
        (3, "a deletion must be an object"),
        (4, f"deleted_at is not a valid date and time: '{at(9)}x'"),
    ]
    naive = read_deletions([{"id": ID, "deleted_at": "2026-12-01T09:00:00"}])[1]
    assert [str(problem) for _, problem in naive] == [
        "deleted_at has no UTC offset: '2026-12-01T09:00:00'"
    ]
    assert read_deletions(None) == ([], [])
    assert [str(p) for _, p in read_deletions({"id": ID})[1]] == [
        "deleted must be a list of deletions"
    ]


deletion_like = st.fixed_dictionaries(
    {
        "id": st.sampled_from([ID, ID.upper()]) | json_values,
        "deleted_at": st.just(at(9)) | json_values,
    },
    optional={"by": json_values},
)


@given(st.lists(deletion_like | json_values, max_size=4) | json_values)
def test_any_deleted_list_gives_valid_deletions_and_a_problem_for_each_other_entry(
    value: Any,
) -> None:
    valid, problems = read_deletions(value)
    for deletion in valid:
        assert deletion["id"] == ID and deletion["deleted_at"] == at(9)
    if isinstance(value, list):
        assert len(valid) + len(problems) == len(value)
        assert sorted(index for index, _ in problems) == [i for i, _ in problems]
    else:
        assert valid == [] and len(problems) == (value is not None)
    merge(HistoryCopy([edit(at(8))], valid))


# The laws, for any copies: generated from one common history edited apart, and at random.


def as_written(copy: HistoryCopy) -> bytes:
    """The merged history's bytes: equal merges must give equal files, not only equal data."""
    return json_codec.dumps([list(copy.sessions), list(copy.deleted)])


copy_sets = st.integers(1, 3).flatmap(lambda count: related_copies(count)) | st.lists(
    random_copies(), min_size=1, max_size=3
)


@given(copy_sets)
def test_any_order_and_grouping_of_the_merge_gives_the_same_history(
    copies: list[HistoryCopy],
) -> None:
    expected = as_written(merge(*copies))
    for order in itertools.permutations(copies):
        assert as_written(merge(*order)) == expected
        stepwise = HistoryCopy()
        for copy in order:
            stepwise = merge(stepwise, copy)
        assert as_written(stepwise) == expected
        if len(order) == 3:
            a, b, c = order
            assert as_written(merge(merge(a, b), c)) == expected
            assert as_written(merge(a, merge(b, c))) == expected


@given(copy_sets)
def test_merging_a_history_with_itself_or_again_changes_nothing(copies: list[HistoryCopy]) -> None:
    merged = merge(*copies)
    written = as_written(merged)
    assert as_written(merge(merged)) == written
    assert as_written(merge(merged, merged)) == written
    assert as_written(merge(*copies, *copies)) == written
    for copy in copies:
        assert as_written(merge(merged, copy)) == written, "a copy already merged in adds nothing"


def _instant(moment: str) -> datetime:
    return datetime.fromisoformat(moment)


@given(copy_sets)
def test_no_saved_session_is_lost_unless_a_copy_deleted_it_after_its_last_change(
    copies: list[HistoryCopy],
) -> None:
    merged = merge(*copies)
    kept = {s["id"]: _instant(last_changed(s)) for s in merged.sessions}
    deleted = {t["id"]: _instant(t["deleted_at"]) for t in merged.deleted}
    assert not kept.keys() & deleted.keys(), "an id is either kept or deleted"
    latest_deletion: dict[str, datetime] = {}
    for tomb in (t for copy in copies for t in copy.deleted):
        moment = _instant(tomb["deleted_at"])
        latest_deletion[tomb["id"]] = max(moment, latest_deletion.get(tomb["id"], moment))
    for session in (s for copy in copies for s in copy.sessions):
        changed = _instant(last_changed(session))
        if session["id"] in kept:
            assert kept[session["id"]] >= changed, "an older version replaced a newer one"
        else:
            assert latest_deletion[session["id"]] >= changed, "a session vanished undeleted"
            assert deleted[session["id"]] == latest_deletion[session["id"]]
    for session_id, moment in latest_deletion.items():
        if session_id in kept:
            assert kept[session_id] > moment, "a deleted session came back without a newer edit"
        else:
            assert deleted[session_id] == moment
    every_record = [r for copy in copies for r in (*copy.sessions, *copy.deleted)]
    assert all(record in every_record for record in (*merged.sessions, *merged.deleted))


@given(st.integers(2, 3).flatmap(lambda count: related_copies(count)))
def test_every_session_a_copy_added_or_edited_survives_unless_another_deleted_it_later(
    copies: list[HistoryCopy],
) -> None:
    merged = merge(*copies)
    survivors = {s["id"]: s for s in merged.sessions}
    deletion_times = {}
    for tomb in (t for copy in copies for t in copy.deleted):
        deletion_times.setdefault(tomb["id"], []).append(_instant(tomb["deleted_at"]))
    for copy in copies:
        for session in copy.sessions:
            changed = _instant(last_changed(session))
            deleted_later = any(
                moment >= changed for moment in deletion_times.get(session["id"], [])
            )
            assert session["id"] in survivors or deleted_later
