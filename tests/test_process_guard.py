from pathlib import Path

from tests.process_guard import ProcessGuard


def test_guard_records_writes_into_home_only(tmp_path: Path) -> None:
    home = tmp_path / "realhome"
    checkout = home / "src" / "mat-companion"
    guard = ProcessGuard(home, [checkout])

    guard("open", (str(home / ".config" / "x.json"), "w", 0))
    guard("open", (str(home / "notes.txt"), "r", 0))
    guard("open", (str(checkout / "out.txt"), "w", 0))
    guard("open", (str(tmp_path / "elsewhere.txt"), "w", 0))
    guard("os.mkdir", (str(home / ".local" / "share" / "app"), 0o700, None))

    assert guard.violations == [
        f"open for writing: {home / '.config' / 'x.json'}",
        f"os.mkdir: {home / '.local' / 'share' / 'app'}",
    ]


def test_guard_sees_low_level_write_flags(tmp_path: Path) -> None:
    import os

    guard = ProcessGuard(tmp_path, [])
    guard("open", (str(tmp_path / "a"), None, os.O_WRONLY | os.O_CREAT))
    guard("open", (str(tmp_path / "b"), None, os.O_RDONLY))
    assert guard.violations == [f"open for writing: {tmp_path / 'a'}"]


def test_guard_records_network_use(tmp_path: Path) -> None:
    import socket

    guard = ProcessGuard(tmp_path, [])
    inet = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    local = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        guard("socket.connect", (inet, ("192.0.2.1", 443)))
        guard("socket.connect", (local, "/run/user/1000/bus"))
        guard("socket.getaddrinfo", ("example.org", 443, 0, 0, 0))
    finally:
        inet.close()
        local.close()
    assert guard.violations == [
        "network connection to ('192.0.2.1', 443)",
        "host name lookup of example.org",
    ]
