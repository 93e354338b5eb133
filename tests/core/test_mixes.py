import pytest

from mat_companion.core.mixes import (
    BUILT_IN_MIXES,
    QUIET,
    Mix,
    all_mixes,
    delete_mix,
    find_mix,
    is_user_file,
    layer_label,
    layers_from_json,
    mixes_from_json,
    recorded_names,
    save_mix,
)


def test_the_first_mix_is_silence() -> None:
    assert BUILT_IN_MIXES[0].name == QUIET and not any(BUILT_IN_MIXES[0].layers.values())
    assert any(BUILT_IN_MIXES[1].layers.values())


def test_layers_keep_only_sensible_volumes() -> None:
    stored = {
        "rain": 0.5,
        "surf": 1,
        "/music/sea.ogg": 0.0,
        "loud": 1.5,
        "negative": -0.1,
        "nan": float("nan"),
        "flag": True,
        "text": "0.5",
        "": 0.3,
    }
    assert layers_from_json(stored) == {"rain": 0.5, "surf": 1.0, "/music/sea.ogg": 0.0}
    assert layers_from_json(["rain"]) == {}


def test_saved_mixes_drop_what_makes_no_sense() -> None:
    stored = [
        {"name": "Evening", "layers": {"rain": 0.3}},
        {"name": "evening", "layers": {"surf": 0.3}},  # same name, other case
        {"name": "Soft rain", "layers": {}},  # a built-in name
        {"name": "  ", "layers": {}},
        {"layers": {"rain": 1}},
        "Evening",
        {"name": "Sea", "layers": "rain"},
    ]
    assert mixes_from_json(stored) == [Mix("Evening", {"rain": 0.3}), Mix("Sea", {})]
    assert mixes_from_json({"name": "x"}) == []


def test_saving_replaces_by_name_and_protects_the_built_in_ones() -> None:
    saved = save_mix([], " Evening ", {"rain": 0.3})
    saved = save_mix(saved, "Morning", {"surf": 0.2})
    saved = save_mix(saved, "EVENING", {"rain": 0.6})
    assert [(mix.name, dict(mix.layers)) for mix in saved] == [
        ("Morning", {"surf": 0.2}),
        ("EVENING", {"rain": 0.6}),
    ]
    with pytest.raises(ValueError, match="app's own"):
        save_mix(saved, "quiet", {})
    with pytest.raises(ValueError, match="needs a name"):
        save_mix(saved, " ", {})
    assert [mix.name for mix in delete_mix(saved, "Morning")] == ["EVENING"]
    assert mixes_from_json([mix.to_json() for mix in saved]) == saved


def test_a_mix_is_found_by_its_layers() -> None:
    mixes = all_mixes([Mix("Mine", {"rain": 0.25, "/a/b.flac": 0.5})])
    assert find_mix(mixes, {"rain": 0.5}).name == "Soft rain"  # type: ignore[union-attr]
    assert find_mix(mixes, {}).name == QUIET  # type: ignore[union-attr]
    assert find_mix(mixes, {"rain": 0.0}).name == QUIET  # type: ignore[union-attr]
    assert find_mix(mixes, {"/a/b.flac": 0.5, "rain": 0.25}).name == "Mine"  # type: ignore[union-attr]
    assert find_mix(mixes, {"rain": 0.3}) is None


def test_layers_are_named_for_people() -> None:
    assert layer_label("rain") == "Soft rain"
    assert layer_label("/home/me/Music/waves.ogg") == "waves.ogg"
    assert is_user_file("/home/me/Music/waves.ogg") and not is_user_file("surf")


@pytest.mark.parametrize(
    ("layers", "recorded"),
    [
        ({}, ()),
        ({"rain": 0.5, "surf": 0.2}, ("rain", "surf")),
        # the user's own file by its name: its folder stays on this computer
        ({"rain": 0.5, "/home/ana/Music/birds at dawn.ogg": 0.4}, ("rain", "birds at dawn.ogg")),
        # a layer at 0 is not heard, so not recorded
        ({"rain": 0.0, "surf": 0.3}, ("surf",)),
    ],
)
def test_which_sounds_a_session_records(
    layers: dict[str, float], recorded: tuple[str, ...]
) -> None:
    assert recorded_names(layers) == recorded
