import json
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mat_companion.core.settings import FIELDS, Settings
from mat_companion.core.warning_signs import HealedAnswer


def test_missing_file_gives_defaults_silently(tmp_path: Path) -> None:
    settings, message = Settings.load(tmp_path / "settings.json")
    assert message is None
    assert settings.master_volume == pytest.approx(0.33)
    assert not (tmp_path / "settings.json").exists()


def test_streaks_start_hidden(tmp_path: Path) -> None:
    """DOMAIN: streaks cause stress for some; they are shown only when asked for."""
    settings, _ = Settings.load(tmp_path / "settings.json")
    assert settings.show_streaks is False


def test_round_trip_keeps_values_and_unknown_keys(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"reduced_motion": True, "from_a_newer_version": [1, 2]}))
    settings, said = Settings.load(path)
    message = None if said is None else str(said)
    assert message is None
    settings.master_volume = 0.5
    settings.save()
    saved = json.loads(path.read_text())
    assert saved["reduced_motion"] is True
    assert saved["master_volume"] == 0.5
    assert saved["from_a_newer_version"] == [1, 2]
    again, _ = Settings.load(path)
    assert again.master_volume == 0.5


def test_bad_values_fall_back_and_file_is_kept_aside(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    original = json.dumps(
        {"master_volume": 7, "reduced_motion": "yes", "breathing_choice": "box"}
    ).encode()
    path.write_bytes(original)
    settings, said = Settings.load(path)
    message = None if said is None else str(said)
    assert settings.master_volume == pytest.approx(0.33)
    assert settings.reduced_motion is False
    assert settings.breathing_choice == "box"
    kept = [p for p in tmp_path.iterdir() if p.name.startswith("settings.json.invalid-")]
    assert len(kept) == 1
    assert kept[0].read_bytes() == original
    assert message is not None
    assert "master_volume, reduced_motion" in message
    assert str(kept[0]) in message
    assert message.count(".") >= 1 and "\n" not in message
    assert json.loads(path.read_text())["breathing_choice"] == "box"


@pytest.mark.parametrize("content", [b"", b"{", b"[1,2]", b'"text"', b"\xff\xfe", b"null"])
def test_unusable_file_gives_defaults_and_is_kept(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "settings.json"
    path.write_bytes(content)
    settings, said = Settings.load(path)
    message = None if said is None else str(said)
    assert message is not None and "is not a valid settings file" in message
    assert settings.master_volume == pytest.approx(0.33)
    kept = [p for p in tmp_path.iterdir() if p.name.startswith("settings.json.invalid-")]
    assert [p.read_bytes() for p in kept] == [content]


def test_set_refuses_invalid_values(tmp_path: Path) -> None:
    settings = Settings(tmp_path / "settings.json")
    with pytest.raises(ValueError):
        settings.master_volume = 1.5
    with pytest.raises(ValueError):
        settings.fade_out_seconds = 5
    with pytest.raises(AttributeError):
        settings.no_such_setting = 1
    assert settings.master_volume == pytest.approx(0.33)
    assert settings.fade_out_seconds == 30


@given(
    st.dictionaries(
        st.sampled_from(sorted(FIELDS)),
        st.none() | st.booleans() | st.floats() | st.integers() | st.text(max_size=5),
    )
)
def test_any_document_loads_to_valid_values(document: dict[str, object]) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "settings.json"
        path.write_text(json.dumps(document))
        settings, _ = Settings.load(path)
        for key, field in FIELDS.items():
            assert field.accepts(settings.document()[key])


def test_the_answer_about_a_stop_sign_is_kept_with_its_date(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    answer = HealedAnswer("0b5c7c52-3f8e-4d2e-9a55-2f1f0f0d6a11", True, date(2026, 12, 1))
    settings = Settings(path)
    assert settings.warning_answer is None
    settings.warning_answer = answer
    settings.save()
    again, said = Settings.load(path)
    assert said is None and again.warning_answer == answer
    assert json.loads(path.read_text())["warning_answer"] == {
        "session": answer.session_id,
        "healed": True,
        "on": "2026-12-01",
    }


def test_a_hand_edited_answer_without_a_date_falls_back(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"warning_answer": {"session": "x", "healed": True}}))
    settings, said = Settings.load(path)
    assert settings.warning_answer is None
    assert said is not None and "warning_answer" in str(said)
