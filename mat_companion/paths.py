"""Where the app keeps its files and finds its resources.

Nothing here creates a folder at import time: folders are made, private, on
first write. ``--data-dir`` puts every file the app writes under one folder,
which doubles as a portable mode.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from mat_companion import APP_ID

_PACKAGE_DIR = Path(__file__).resolve().parent


@dataclass(frozen=True)
class AppPaths:
    """The folders the app writes to."""

    data: Path
    config: Path
    cache: Path
    logs: Path

    @classmethod
    def for_user(cls) -> AppPaths:
        """The platform's standard per-user locations (platformdirs)."""
        import platformdirs

        dirs = platformdirs.PlatformDirs(APP_ID, appauthor=False)
        return cls(
            data=Path(dirs.user_data_dir),
            config=Path(dirs.user_config_dir),
            cache=Path(dirs.user_cache_dir),
            logs=Path(dirs.user_log_dir),
        )

    @classmethod
    def under(cls, root: Path) -> AppPaths:
        """Everything under ``root`` (``--data-dir``)."""
        root = root.expanduser().absolute()
        return cls(data=root, config=root, cache=root / "cache", logs=root / "logs")

    @classmethod
    def resolve(cls, data_dir: Path | None) -> AppPaths:
        """The paths for a ``--data-dir`` value, or the standard ones without it."""
        return cls.under(data_dir) if data_dir is not None else cls.for_user()

    def unwritable_folder(self) -> Path | None:
        """The first folder the app writes to that is there but cannot be written, if any.

        Such a folder (a read-only disk) can still be read: the window opens read-only.

        Raises:
            StorageError: a folder is missing and cannot be made, so there is nothing to open.
        """
        from mat_companion.core.files import ForeignFolderError, StorageError, check_writable_dir

        for folder in dict.fromkeys((self.data, self.config)):  # a bad log goes to stderr
            try:
                check_writable_dir(folder)
            except ForeignFolderError:
                raise
            except StorageError:
                if not folder.is_dir():
                    raise
                return folder
        return None

    @property
    def history_file(self) -> Path:
        """The session history, a public JSON format."""
        return self.data / "history.json"

    @property
    def checkpoints(self) -> Path:
        """One checkpoint per running session, for recovery after a crash."""
        return self.data / "checkpoints"

    @property
    def legacy_checkpoint_file(self) -> Path:
        """The single checkpoint earlier versions kept; still offered once after an update."""
        return self.data / "session-in-progress.json"

    @property
    def settings_file(self) -> Path:
        """The user's settings."""
        return self.config / "settings.json"

    @property
    def log_file(self) -> Path:
        """The rotating log."""
        return self.logs / "mat-companion.log"


def resources_dir() -> Path:
    """The folder of shipped data and icons.

    In a wheel or a bundle it sits inside the package; in a source checkout or
    an editable install it is the top-level ``resources/`` folder.
    """
    packaged = _PACKAGE_DIR / "resources"
    if packaged.is_dir():
        return packaged
    return _PACKAGE_DIR.parent / "resources"


def resource(*parts: str) -> Path:
    """The path of one shipped resource; raises ``FileNotFoundError`` if it is missing."""
    path = resources_dir().joinpath(*parts)
    if not path.exists():
        raise FileNotFoundError(f"resource missing: {'/'.join(parts)} (looked in {path.parent})")
    return path
