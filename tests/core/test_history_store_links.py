"""A history linked into a synced folder: written through the link, never replaced or forked."""

import json
import os
import stat
from collections.abc import Callable
from pathlib import Path

import pytest

from mat_companion.core.files import (
    ForeignFolderError,
    StorageError,
    UnavailableTargetError,
    check_writable_dir,
    write_atomic,
)
from mat_companion.core.history_document import serialise_history
from mat_companion.core.history_store import HistoryError, HistoryStore
from mat_companion.core.history_transfer import write_export
from mat_companion.core.settings import Settings
from tests.factories import make_session

Linker = Callable[[Path, Path], None]


def absolute(link: Path, target: Path) -> None:
    link.symlink_to(target)


def relative(link: Path, target: Path) -> None:
    link.symlink_to(os.path.relpath(target, link.parent))


def chain_of_two(link: Path, target: Path) -> None:
    middle = link.parent / "middle.json"
    middle.symlink_to(os.path.relpath(target, middle.parent))
    link.symlink_to(middle)


LINKERS = [absolute, relative, chain_of_two]


def ids(path: Path) -> set[str]:
    return {s["id"] for s in json.loads(path.read_bytes())["sessions"]}


@pytest.fixture
def data(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir(mode=0o700)
    return folder


@pytest.fixture
def synced(tmp_path: Path) -> Path:
    folder = tmp_path / "Sync"
    folder.mkdir(mode=0o700)
    return folder


@pytest.mark.parametrize("link", LINKERS, ids=lambda f: f.__name__)
def test_a_linked_history_stays_a_link_and_its_target_holds_every_session(
    data: Path, synced: Path, link: Linker
) -> None:
    target = synced / "history.json"
    first = make_session()
    target.write_bytes(serialise_history([first]))
    path = data / "history.json"
    link(path, target)
    store = HistoryStore(path)
    assert store.load() is None
    added = [make_session() for _ in range(3)]
    for session in added:
        store.add(session)
    assert path.is_symlink() and path.resolve() == target.resolve()
    assert ids(target) == {first["id"], *(s["id"] for s in added)}
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    # The backup is this computer's, in the app's own folder; nothing else lands in Sync.
    assert ids(data / "history.json.bak") == {first["id"], *(s["id"] for s in added[:2])}
    assert sorted(p.name for p in synced.iterdir()) == ["history.json"]
    assert HistoryStore(path).load() is None


def test_a_link_made_before_the_file_is_not_available_until_the_file_is_there(
    data: Path, synced: Path
) -> None:
    (data / "history.json").symlink_to(synced / "history.json")
    store = HistoryStore(data / "history.json")
    assert "not available" in str(store.load())
    with pytest.raises(HistoryError):
        store.add(make_session())
    assert not (synced / "history.json").exists()


def unmounted(synced: Path) -> Path:
    """The synced folder as if its drive were not mounted; put back by renaming it back."""
    away = synced.with_name("away")
    synced.rename(away)
    return away


def everything_in(folder: Path) -> dict[str, bytes | str]:
    return {
        p.name: os.readlink(p) if p.is_symlink() else p.read_bytes()
        for p in sorted(folder.iterdir())
    }


def test_a_dangling_link_is_a_sentence_writes_nothing_and_works_once_the_target_is_back(
    data: Path, synced: Path
) -> None:
    target = synced / "history.json"
    earlier = make_session()
    target.write_bytes(serialise_history([earlier]))
    path = data / "history.json"
    path.symlink_to(target)
    away = unmounted(synced)
    before = everything_in(data)
    store = HistoryStore(path)
    message = store.load()
    assert str(message) == (
        f"Your history is on {target}, which is not available; nothing will be saved "
        "until it is back."
    )
    assert list(store.sessions) == []
    finished = make_session()
    with pytest.raises(HistoryError) as refused:
        store.add(finished)
    assert str(refused.value) == str(message)
    assert everything_in(data) == before, "the link is left as it is and nothing is written"
    assert not synced.exists()
    away.rename(synced)
    store.add(finished)  # the next save works, and merges what the file held
    assert path.is_symlink()
    assert ids(target) == {earlier["id"], finished["id"]}
    assert {s["id"] for s in store.sessions} == {earlier["id"], finished["id"]}


def test_a_target_gone_while_the_window_is_open_is_never_saved_over(
    data: Path, synced: Path
) -> None:
    target = synced / "history.json"
    path = data / "history.json"
    target.write_bytes(serialise_history([]))
    path.symlink_to(target)
    store = HistoryStore(path)
    assert store.load() is None
    saved = make_session()
    store.add(saved)
    away = unmounted(synced)
    finished = make_session()
    with pytest.raises(HistoryError, match="which is not available"):
        store.add(finished)
    assert path.is_symlink() and not path.exists()
    assert not (data / "history.json.bak").is_symlink()
    away.rename(synced)
    store.add(finished)
    assert ids(target) == {saved["id"], finished["id"]}


def test_a_loop_of_links_is_one_sentence_and_nothing_is_written(data: Path) -> None:
    path = data / "history.json"
    other = data / "other.json"
    path.symlink_to(other)
    other.symlink_to(path)
    before = everything_in(data)
    store = HistoryStore(path)
    message = str(store.load())
    assert message.count(".") <= 2 and str(path) in message and "loop" in message
    with pytest.raises(HistoryError) as refused:
        store.add(make_session())
    assert str(refused.value) == message
    assert everything_in(data) == before


def test_an_in_place_edit_of_the_same_size_with_the_mtime_put_back_is_merged(
    tmp_path: Path,
) -> None:
    path = tmp_path / "history.json"
    kept = make_session(note="aaaa")
    store = HistoryStore(path)
    store.load()
    store.add(kept)
    before = path.stat()
    edited = path.read_bytes().replace(b'"note":"aaaa"', b'"note":"bbbb"')
    assert len(edited) == before.st_size
    with path.open("r+b") as handle:  # in place: the same inode, as an editor may write it
        handle.write(edited)
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert path.stat().st_mtime_ns == before.st_mtime_ns
    store.add(make_session())
    notes = {s["id"]: s["note"] for s in json.loads(path.read_bytes())["sessions"]}
    assert notes[kept["id"]] == "bbbb"


def test_a_linked_settings_file_stays_a_link(tmp_path: Path) -> None:
    dotfiles = tmp_path / "dotfiles"
    dotfiles.mkdir()
    target = dotfiles / "settings.json"
    target.write_text("{}")
    config = tmp_path / "config"
    config.mkdir()
    (config / "settings.json").symlink_to(target)
    settings, message = Settings.load(config / "settings.json")
    assert message is None
    settings.stage = "regular"
    settings.save()
    assert (config / "settings.json").is_symlink()
    assert json.loads(target.read_text())["stage"] == "regular"


def test_a_dangling_settings_link_is_not_replaced(tmp_path: Path) -> None:
    link = tmp_path / "settings.json"
    link.symlink_to(tmp_path / "gone" / "settings.json")
    with pytest.raises(StorageError, match="not available"):
        write_atomic(link, b"{}")
    assert link.is_symlink()


needs_root = pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() != 0,
    reason="only root can make a folder or a link that another user owns",
)


@needs_root
def test_a_link_into_another_users_folder_is_refused_as_their_folder(tmp_path: Path) -> None:
    tmp_path.chmod(0o755)
    theirs = tmp_path / "theirs"
    theirs.mkdir()
    target = theirs / "history.json"
    target.write_bytes(serialise_history([]))
    os.chown(theirs, 65534, 65534)
    theirs.chmod(0o777)  # writable by us too: still theirs to swap files in
    data = tmp_path / "data"
    data.mkdir(mode=0o700)
    (data / "history.json").symlink_to(target)
    store = HistoryStore(data / "history.json")
    assert store.load() is None
    with pytest.raises(ForeignFolderError) as refused:
        store.add(make_session())
    assert str(theirs) in str(refused.value)
    assert ids(target) == set()


@needs_root
def test_a_link_another_user_made_is_not_followed(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o777)
    shared.chmod(0o777)  # the user's own folder, but open to others (they get a warning)
    victim = tmp_path / "victim.json"  # any file of ours; one that reads as a history
    victim.write_bytes(serialise_history([]))
    (shared / "history.json").symlink_to(victim)
    os.lchown(shared / "history.json", 65534, 65534)  # as if nobody had planted it
    store = HistoryStore(shared / "history.json")
    store.load()
    with pytest.raises(StorageError, match="another user"):
        store.add(make_session())
    assert victim.read_bytes() == serialise_history([])
    assert (shared / "history.json").is_symlink()


def test_an_unreadable_linked_history_is_set_aside_beside_its_target_and_the_link_stays(
    data: Path, synced: Path
) -> None:
    target = synced / "history.json"
    target.write_bytes(b"this is not a history")
    path = data / "history.json"
    path.symlink_to(target)
    store = HistoryStore(path)
    assert "kept as" in str(store.load())
    session = make_session()
    store.add(session)
    assert path.is_symlink() and ids(target) == {session["id"]}
    (kept,) = synced.glob("history.json.unreadable-*")
    assert kept.read_bytes() == b"this is not a history"
    target.write_bytes(b"damaged again by something else")
    later = make_session()
    store.add(later)
    assert path.is_symlink() and ids(target) == {session["id"], later["id"]}
    assert len(list(synced.glob("history.json.unreadable-*"))) == 2


def test_an_invalid_linked_settings_file_is_set_aside_beside_its_target(tmp_path: Path) -> None:
    dotfiles = tmp_path / "dotfiles"
    dotfiles.mkdir()
    target = dotfiles / "settings.json"
    target.write_text("not json")
    link = tmp_path / "settings.json"
    link.symlink_to(target)
    settings, message = Settings.load(link)
    assert "kept as" in str(message)
    assert link.is_symlink() and json.loads(target.read_text())["stage"] == settings.stage
    (kept,) = dotfiles.glob("settings.json.invalid-*")
    assert kept.read_text() == "not json"


def test_a_data_folder_linked_to_a_folder_not_mounted_is_not_available(
    tmp_path: Path, synced: Path
) -> None:
    earlier = make_session()
    (synced / "history.json").write_bytes(serialise_history([earlier]))
    linked = tmp_path / "linked-data"
    linked.symlink_to(synced)
    away = unmounted(synced)
    store = HistoryStore(linked / "history.json")
    assert str(store.load()) == (
        f"Your history is on {synced / 'history.json'}, which is not available; nothing will "
        "be saved until it is back."
    )
    finished = make_session()
    with pytest.raises(HistoryError, match="not available"):
        store.add(finished)
    with pytest.raises(UnavailableTargetError) as refused:
        check_writable_dir(linked)  # what the start-up asks of the data folder
    assert str(refused.value) == (
        f"{linked} is a link to {synced}, which is not available; nothing is saved there "
        "until it is back."
    )
    assert linked.is_symlink() and not synced.exists()
    away.rename(synced)
    store.add(finished)
    assert ids(synced / "history.json") == {earlier["id"], finished["id"]}


def test_a_hard_linked_history_is_said_once_at_load(data: Path, synced: Path) -> None:
    path = data / "history.json"
    path.write_bytes(serialise_history([make_session()]))
    os.link(path, synced / "history.json")  # a second name, which a save cannot keep in step
    store = HistoryStore(path)
    assert store.load() is None
    (notice,) = store.take_notices()
    assert str(notice) == (
        f"Your history file {path} has a second name (a hard link), which keeps the old "
        "version once the history is saved. To share the file, use a symbolic link instead."
    )
    store.add(make_session())
    assert store.take_notices() == []


def test_a_backup_left_as_the_only_other_name_by_a_save_cut_short_is_not_said(
    data: Path,
) -> None:
    path = data / "history.json"
    path.write_bytes(serialise_history([make_session()]))
    os.link(path, data / "history.json.bak")  # as _keep_backup leaves it before the rename
    store = HistoryStore(path)
    assert store.load() is None
    assert store.take_notices() == []


def test_an_export_to_a_link_into_a_folder_not_mounted_makes_no_folder(tmp_path: Path) -> None:
    link = tmp_path / "export.csv"
    link.symlink_to(tmp_path / "usb" / "exports" / "history.csv")
    with pytest.raises(StorageError, match="not available"):
        write_export(link, b"data")
    assert link.is_symlink() and not (tmp_path / "usb").exists()
