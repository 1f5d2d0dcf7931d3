"""Opening official pages: only catalog https URLs; a frozen Linux build hands xdg-open a clean
environment; when nothing opens, the address is shown to copy and scan."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices

from bindguard.ui import links


class _Browser(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url.toString())


@pytest.fixture
def browser(qapp):
    receiver = _Browser()
    for scheme in ("https", "http", "javascript", "file"):
        QDesktopServices.setUrlHandler(scheme, receiver, "open")
    yield receiver
    for scheme in ("https", "http", "javascript", "file"):
        QDesktopServices.unsetUrlHandler(scheme)


def test_the_catalog_url_reaches_the_browser(browser):
    from bindguard.core.catalog import load_catalog

    url = load_catalog().platforms["wechat"].url
    assert links.open_external(url, None) is True
    assert browser.urls == [url]


@pytest.mark.parametrize("url", ["http://example.com/", "javascript:alert(1)", "file:///etc/passwd", "",
                                 "https://", "https://exa mple.com/"])
def test_anything_but_an_https_address_is_refused(browser, url):
    assert links.open_external(url, None) is False
    assert browser.urls == []


def test_when_the_browser_does_not_open_the_address_is_shown_to_copy(qapp, monkeypatch):
    shown = []
    monkeypatch.setattr(links.QDesktopServices, "openUrl", staticmethod(lambda url: False))
    monkeypatch.setattr("bindguard.ui.dialogs.show_link", lambda parent, url: shown.append(url))
    assert links.open_external("https://kf.qq.com/", None) is False
    assert shown == ["https://kf.qq.com/"]


def test_children_get_the_library_path_from_before_the_bootloader():
    env = links.restored_environment({"LD_LIBRARY_PATH": "/app/_internal", "LD_LIBRARY_PATH_ORIG": "/usr/lib/x",
                                      "QT_PLUGIN_PATH": "/app/_internal/plugins", "HOME": "/home/a"})
    assert env["LD_LIBRARY_PATH"] == "/usr/lib/x"
    assert "LD_LIBRARY_PATH_ORIG" not in env
    assert "QT_PLUGIN_PATH" not in env  # the bundle's own: the browser must not see it
    assert env["HOME"] == "/home/a"


def test_a_frozen_linux_build_opens_through_xdg_open_with_the_clean_environment(qapp, monkeypatch):
    launched = []
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setenv("LD_LIBRARY_PATH", "/app/_internal")
    monkeypatch.setenv("LD_LIBRARY_PATH_ORIG", "/usr/local/lib")
    monkeypatch.setattr(links.shutil, "which", lambda name: "/usr/bin/xdg-open")
    monkeypatch.setattr(links.subprocess, "Popen", lambda args, env, **kw: launched.append((args, env)))
    monkeypatch.setattr(links.QDesktopServices, "openUrl", staticmethod(lambda url: pytest.fail("not in a bundle")))
    assert links.open_external("https://kf.qq.com/", None) is True
    args, env = launched[0]
    assert args == ["/usr/bin/xdg-open", "https://kf.qq.com/"]
    assert env["LD_LIBRARY_PATH"] == "/usr/local/lib"
