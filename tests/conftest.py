"""Shared fixtures: every test gets its own data folder, an in-memory keyring and no network."""

from __future__ import annotations

import os
import socket

import pytest

from tests.helpers.mem_keyring import MemoryKeyring

_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex


def _is_local(address: object) -> bool:
    if isinstance(address, tuple) and address:
        return str(address[0]) in ("127.0.0.1", "::1", "localhost")
    return True  # AF_UNIX paths (D-Bus for the Secret Service test) are local


def _guarded_connect(self: socket.socket, address: object) -> None:
    if not _is_local(address):
        raise OSError(f"network access refused in tests: {address!r}")
    return _real_connect(self, address)


def _guarded_connect_ex(self: socket.socket, address: object) -> int:
    if not _is_local(address):
        raise OSError(f"network access refused in tests: {address!r}")
    return _real_connect_ex(self, address)


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """BindGuard makes no network connection of its own (PRODUCT.md §5); tests prove it."""
    monkeypatch.setattr(socket.socket, "connect", _guarded_connect)
    monkeypatch.setattr(socket.socket, "connect_ex", _guarded_connect_ex)


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch: pytest.MonkeyPatch):
    folder = tmp_path / "data"
    monkeypatch.setenv("BINDGUARD_DATA_DIR", str(folder))
    monkeypatch.setenv("LANG", "C.UTF-8")
    return folder


@pytest.fixture(autouse=True)
def memory_keyring(request: pytest.FixtureRequest):
    """Unit tests never touch a real keyring; the Secret Service test opts out with a marker."""
    if request.node.get_closest_marker("integration"):
        yield None
        return
    import keyring

    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
