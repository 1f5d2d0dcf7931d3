"""The pieces of the packaging that can be checked without building a bundle (fast, every run)."""

from __future__ import annotations

import configparser
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from tests.packaging._load import PACKAGING, ROOT, load

slim = load("slim.py")
make_icons = load("make_icons.py")
rthook = load("hooks/rthook_bindguard_env.py")

QT = Path(__import__("PySide6").__file__).parent


def test_every_platform_icon_size_comes_from_the_one_svg(tmp_path, qapp):
    from PySide6.QtGui import QImage

    make_icons.make_icons(tmp_path)
    for size in (16, 32, 48, 256, 512, 1024):
        image = QImage(str(tmp_path / f"app-{size}.png"))
        assert (image.width(), image.height()) == (size, size)
        assert image.pixelColor(size // 2, size // 2).alpha() == 255  # drawn, not blank
    ico = (tmp_path / "app.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", ico)
    assert (reserved, kind, count) == (0, 1, len(make_icons.ICO_SIZES))
    first_offset = struct.unpack_from("<I", ico, 6 + 12)[0]
    assert ico[first_offset:first_offset + 8] == b"\x89PNG\r\n\x1a\n"
    icns = (tmp_path / "app.icns").read_bytes()
    assert icns[:4] == b"icns"
    assert struct.unpack_from(">I", icns, 4)[0] == len(icns)
    for ostype in (b"icp4", b"ic07", b"ic10", b"ic14"):
        assert ostype in icns


def test_slim_keeps_chinese_input_printing_and_translations_but_drops_gtk():
    keep = slim.keep_entry
    plugins = "PySide6/Qt/plugins/"
    assert keep(plugins + "platforminputcontexts/libibusplatforminputcontextplugin.so")
    assert keep(plugins + "platforminputcontexts/libcomposeplatforminputcontextplugin.so")
    assert not keep(plugins + "platforminputcontexts/libqtvirtualkeyboardplugin.so")
    assert keep(plugins + "printsupport/libcupsprintersupport.so")
    assert keep(plugins + "platforms/libqxcb.so")
    assert keep(plugins + "platforms/libqoffscreen.so")
    assert not keep(plugins + "platforms/libqeglfs.so")
    assert not keep(plugins + "platformthemes/libqgtk3.so")
    assert keep(plugins + "imageformats/libqsvg.so")
    assert not keep(plugins + "imageformats/libqtiff.so")
    assert keep("PySide6/Qt/translations/qtbase_zh_CN.qm")
    assert not keep("PySide6/Qt/translations/qtbase_de.qm")
    assert keep("resources/translations/bindguard_zh_CN.qm")
    for lib in ("libgtk-3.so.0", "libgdk-3.so.0", "libcairo.so.2", "libpango-1.0.so.0", "libcups.so.2",
                "libQt6Qml.so.6"):
        assert not keep(lib), lib
    for lib in ("libQt6Core.so.6", "libQt6PrintSupport.so.6", "libQt6DBus.so.6", "libpython3.11.so.1.0"):
        assert keep(lib), lib
    assert not keep("PySide6/QtNetwork.abi3.so")
    assert keep("PySide6/QtPrintSupport.abi3.so")


def test_slim_keeps_text_to_speech_but_no_webengine_qml_or_ffmpeg():
    """Read aloud (issue 25): the TTS library, its system engines and what they link; nothing else of Addons."""
    keep = slim.keep_entry
    plugins = "PySide6/Qt/plugins/"
    for entry in ("PySide6/QtTextToSpeech.abi3.so", "libQt6TextToSpeech.so.6", "libQt6Multimedia.so.6",
                  "libQt6Network.so.6", plugins + "texttospeech/libqtexttospeech_speechd.so",
                  plugins + "texttospeech/qtexttospeech_sapi.dll", plugins + "texttospeech/qtexttospeech_winrt.dll",
                  plugins + "texttospeech/libqtexttospeech_darwin.dylib"):
        assert keep(entry), entry
    for entry in (plugins + "texttospeech/libqtexttospeech_mock.so", plugins + "multimedia/libffmpegmediaplugin.so",
                  "libQt6WebEngineCore.so.6", "libQt6Quick.so.6", "libQt6Qml.so.6", "libQt6MultimediaWidgets.so.6",
                  "libQt6Quick3DRuntimeRender.so.6", "PySide6/QtMultimedia.abi3.so", "PySide6/QtNetwork.abi3.so"):
        assert not keep(entry), entry


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ELF pruning is Linux-only")
def test_prune_removes_libraries_nothing_needs_until_nothing_changes():
    lib = QT / "Qt" / "lib"
    core_ext = ("PySide6/QtCore.abi3.so", str(QT / "QtCore.abi3.so"), "EXTENSION")
    toc = [
        core_ext,
        ("PySide6/Qt/lib/libQt6Core.so.6", str(lib / "libQt6Core.so.6"), "BINARY"),
        ("PySide6/Qt/lib/libQt6Svg.so.6", str(lib / "libQt6Svg.so.6"), "BINARY"),  # needed by nobody
        ("PySide6/Qt/lib/libQt6Gui.so.6", str(lib / "libQt6Gui.so.6"), "BINARY"),  # needed only by Svg
    ]
    assert "libQt6Core.so.6" in slim.elf_needed(core_ext[1])
    kept, removed = slim.prune_unreferenced(toc)
    assert [entry[0] for entry in kept] == ["PySide6/QtCore.abi3.so", "PySide6/Qt/lib/libQt6Core.so.6"]
    assert removed == ["PySide6/Qt/lib/libQt6Svg.so.6", "PySide6/Qt/lib/libQt6Gui.so.6"]


def test_links_opened_from_the_frozen_app_get_the_users_library_path_back():
    env = {"LD_LIBRARY_PATH": "/opt/BindGuard/_internal", "LD_LIBRARY_PATH_ORIG": "/usr/local/lib", "HOME": "/h"}
    rthook.restore_loader_env(env, "linux")
    assert env == {"LD_LIBRARY_PATH": "/usr/local/lib", "HOME": "/h"}
    env = {"LD_LIBRARY_PATH": "/opt/BindGuard/_internal"}
    rthook.restore_loader_env(env, "linux")
    assert env == {}  # the user had none: children get none
    env = {"PATH": "C:/x"}
    rthook.restore_loader_env(env, "win32")
    assert env == {"PATH": "C:/x"}


def test_bundle_self_test_passes_from_source():
    """The in-bundle checks must themselves be right, or the frozen smoke test proves nothing."""
    proc = subprocess.run([sys.executable, str(PACKAGING / "frozen_selftest.py")], capture_output=True, text=True,
                          timeout=120, env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert '"translations"' in proc.stdout
    assert "取消" in proc.stdout


def test_desktop_file_matches_the_name_the_app_gives_qt():
    desktop = configparser.ConfigParser(interpolation=None)
    desktop.optionxform = str
    desktop.read(PACKAGING / "linux" / "bindguard.desktop", encoding="utf-8")
    entry = desktop["Desktop Entry"]
    assert entry["Name[zh_CN]"] == "换号卫士"
    assert entry["Icon"] == "bindguard"
    assert entry["Terminal"] == "false"
    app_source = (ROOT / "bindguard" / "ui" / "application.py").read_text(encoding="utf-8")
    assert 'setDesktopFileName("bindguard")' in app_source  # Wayland/X11 match the window to bindguard.desktop


@pytest.mark.skipif(not shutil.which("appstreamcli"), reason="appstreamcli not installed")
def test_metainfo_validates():
    proc = subprocess.run(["appstreamcli", "validate", "--no-net",
                           str(PACKAGING / "linux" / "org.bindguard.BindGuard.metainfo.xml")],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_windows_installer_takes_the_whole_bundle_recursively():
    """Listing files by hand misses new DLLs (VeneraX #111): one recursive wildcard over the bundle."""
    iss = (PACKAGING / "windows" / "bindguard.iss").read_text(encoding="utf-8")
    source_lines = [line for line in iss.splitlines() if line.startswith("Source:")]
    assert any("dist\\BindGuard\\*" in line and "recursesubdirs" in line for line in source_lines)
    assert not any(line.lower().split('"')[1].endswith(".dll") for line in source_lines)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="symlink clean-up is Linux-only")
def test_no_link_is_left_pointing_at_a_library_that_was_pruned():
    binaries = [("PySide6/Qt/lib/libQt6Core.so.6", "/src/libQt6Core.so.6", "BINARY")]
    datas = [
        ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
        ("libQt6OpenGL.so.6", "PySide6/Qt/lib/libQt6OpenGL.so.6", "SYMLINK"),  # target pruned
        ("resources/catalog/banks.toml", "/src/banks.toml", "DATA"),
    ]
    kept_binaries, kept_datas = slim.drop_dangling_symlinks(binaries, datas)
    assert kept_binaries == binaries
    assert [entry[0] for entry in kept_datas] == ["libQt6Core.so.6", "resources/catalog/banks.toml"]


def test_wayland_plugin_only_on_request(monkeypatch):
    plugin = "PySide6/Qt/plugins/platforms/libqwayland.so"
    monkeypatch.delenv("KEEP_WAYLAND", raising=False)
    assert not slim.keep_entry(plugin)
    monkeypatch.setenv("KEEP_WAYLAND", "1")
    assert slim.keep_entry(plugin)
    assert slim.keep_entry("PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so")


def test_windows_version_resource_carries_the_app_version():
    """PyInstaller eval()s this file on Windows (its parser needs pefile, absent here): check it evaluates
    with the version from bindguard.__version__, using stand-ins for PyInstaller's classes."""
    from string import Template

    from bindguard import __version__

    major, minor, patch = (int(x) for x in __version__.split(".")[:3])
    text = Template((PACKAGING / "windows" / "version_info.txt.in").read_text(encoding="utf-8")).substitute(
        major=major, minor=minor, patch=patch, version=__version__, name="BindGuard")
    names = ("VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable", "StringStruct", "VarFileInfo",
             "VarStruct")
    stand_ins = {name: (lambda *args, _n=name, **kwargs: (_n, args, kwargs)) for name in names}
    info = eval(text, stand_ins)
    assert info[0] == "VSVersionInfo"
    assert info[2]["ffi"][2]["filevers"] == (major, minor, patch, 0)
    assert f"StringStruct', ('ProductVersion', '{__version__}')" in repr(info)


def test_the_entry_script_runs_the_speech_worker_before_any_window():
    """The frozen app starts read aloud's worker as `BindGuard --speech-worker` (issue 25): the entry script
    dispatches to it before the window is built, and the worker answers (the smoke check of the bundle)."""
    import os

    smoke = load("smoke.py")
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["PYTHONPATH"] = str(ROOT)
    detail = smoke.talk_to_speech_worker(
        [sys.executable, str(PACKAGING / "bindguard_main.py"), "--speech-worker", "--engine", "mock"], env)
    assert detail.startswith("ready with mock; answered the reading: ") and "speaking" in detail, detail
