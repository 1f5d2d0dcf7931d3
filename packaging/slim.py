"""What both specs (BindGuard and the bare baseline) leave out, so the size ratio compares like with like.

PyInstaller follows whatever the build machine has installed: with gnome-keyring present, libgtk-3 is
on disk, Qt's gtk3 platformtheme plugin becomes loadable and a default build drags GTK, cairo and pango
along (feasibility.md §7). So the filter is explicit: unused Qt modules and plugins, all but the zh_CN
Qt translations, and a deny-list of desktop libraries. With PRUNE_UNREFERENCED=1 (build.py's default)
any plain shared library that nothing left in the bundle lists as DT_NEEDED is removed, until nothing
changes; both specs strip Linux binaries (libpython alone drops from 22 to 5.5 MiB).
Only Linux is pruned; Windows and macOS builds only get the module/plugin/translation filters.
"""

from __future__ import annotations

import os
import re
import struct
import sys
from collections.abc import Iterable

# Python modules nobody imports (PySide6 bindings we do not use, and optional backends that would
# pull GTK / GObject through keyring's libsecret backend).
EXCLUDES = [
    *(f"PySide6.{name}" for name in (
        "QtNetwork", "QtQml", "QtQmlFeatures", "QtQuick", "QtQuickControls2", "QtQuickTest", "QtQuickWidgets",
        "QtSql", "QtDBus", "QtDesigner", "QtHelp", "QtOpenGL", "QtOpenGLWidgets", "QtTest", "QtUiTools",
        "QtXml", "QtConcurrent", "QtLabsStyleKit", "QtPdf", "QtPdfWidgets", "QtWebEngineCore",
        "QtMultimedia", "QtCharts", "QtBluetooth", "QtPositioning", "Qt3DCore")),
    "PyQt5", "PyQt6", "PySide2", "tkinter", "_tkinter", "gi", "dbus", "IPython", "pytest", "hypothesis",
    "pydoc_data", "lib2to3", "setuptools", "pkg_resources", "pip",
]

# Qt plugin folders we keep; everything else under PySide6/Qt/plugins goes.
KEEP_PLUGIN_DIRS = {"platforms", "platforminputcontexts", "imageformats", "iconengines", "printsupport",
                    "xcbglintegrations", "styles", "texttospeech"}
KEEP_PLATFORMS = {"xcb", "offscreen", "minimal", "windows", "cocoa"}  # + wayland when KEEP_WAYLAND=1
KEEP_IMAGEFORMATS = {"svg", "ico", "jpeg", "gif"}
KEEP_QT_TRANSLATIONS = {"qtbase_zh_CN.qm", "qt_zh_CN.qm"}

# System desktop libraries that reach the bundle only through the gtk3 platformtheme or GObject.
DENY_LIBS = re.compile(
    r"^lib(gtk-3|gdk-3|gdk_pixbuf|cairo|cairo-gobject|pango|pangocairo|pangoft2|atk|atk-bridge|atspi|epoxy|"
    r"fribidi|thai|datrie|pixman|rsvg|colord|tracker|cloudproviders|Xcomposite|Xcursor|Xdamage|Xi|Xinerama|"
    r"Xrandr)[.-]")
# Read aloud (issue 25) keeps libQt6TextToSpeech, its engine plugins and what they link: libQt6Multimedia
# (its core library only: the "multimedia" plugin folder, ffmpeg's, stays out) and libQt6Network, which
# libQt6Multimedia lists as needed. PySide6's QtMultimedia and QtNetwork bindings stay out (never imported).
# libcups comes from the system on purpose: the printsupport plugin links it, and a bundled copy would
# drag gnutls, krb5, avahi and p11-kit (about 9 MiB) along, and p11-kit would dlopen the host's PKCS#11
# modules against our copies. Without libcups on the host the plugin does not load: no printer list,
# but PDF export still works.
# Read aloud's libQt6Multimedia links libpulse and libQt6Network links libgssapi_krb5: both come from the
# system too (a bundled libpulse dragged sndfile, FLAC, vorbis and pulsecommon along, +5 MiB; krb5 +1.5 MiB).
# Without libpulse0 on the host QtTextToSpeech does not import and the 朗读 button says what to install.
SYSTEM_ONLY_LIBS = re.compile(r"^lib(cups|pulse|pulsecommon-[\d.]+|gssapi_krb5)\.so")
WAYLAND_LIBS = re.compile(r"^lib(wayland-|Qt6Wayland|decor-)")
QT_LIBS_UNUSED = re.compile(
    r"^libQt6(Qml|QmlModels|QmlMeta|QmlWorkerScript|Quick|QuickWidgets|Sql|Pdf|Designer|Help|"
    r"OpenGLWidgets|Test|Xml|UiTools|LabsStyleKit|VirtualKeyboard|WebEngine\w*|WebChannel|WebView|"
    r"MultimediaWidgets|MultimediaQuick|SpatialAudio|Quick3D\w*)\b")


def _keep_wayland() -> bool:
    return os.environ.get("KEEP_WAYLAND") == "1"


def _parts(dest: str) -> list[str]:
    return dest.replace("\\", "/").split("/")


def keep_entry(dest: str) -> bool:
    """Whether a bundle entry (its destination path inside the bundle) stays."""
    parts = _parts(dest)
    name = parts[-1]
    if "plugins" in parts:
        i = parts.index("plugins")
        if i + 1 < len(parts) - 1:
            folder = parts[i + 1]
            if folder.startswith("wayland-") and _keep_wayland():
                return True
            if folder not in KEEP_PLUGIN_DIRS:
                return False
            stem = re.sub(r"^(lib)?q", "", name.split(".")[0])
            if folder == "platforms":
                platforms = KEEP_PLATFORMS | ({"wayland", "wayland-egl"} if _keep_wayland() else set())
                return stem in platforms
            if folder == "imageformats":
                return stem in KEEP_IMAGEFORMATS
            if folder == "platforminputcontexts":
                return "virtualkeyboard" not in name  # needs QtQuick; ibus + compose stay (Chinese IME)
            if folder == "printsupport":
                return True
            if folder == "texttospeech":  # read aloud (issue 25): the system's engine; Qt's mock is for tests
                return "mock" not in name
    if "translations" in parts and name.endswith(".qm") and "resources" not in parts:
        return name in KEEP_QT_TRANSLATIONS
    if DENY_LIBS.match(name) or QT_LIBS_UNUSED.match(name) or SYSTEM_ONLY_LIBS.match(name):
        return False
    if WAYLAND_LIBS.match(name) and not _keep_wayland():
        return False
    # the Python bindings of excluded modules, if a hook collected them anyway
    return not any(name.startswith(mod.split(".")[-1] + ".") for mod in EXCLUDES if mod.startswith("PySide6."))


def filter_toc(toc: Iterable[tuple]) -> list[tuple]:
    return [entry for entry in toc if keep_entry(entry[0])]


def elf_needed(path: str) -> list[str] | None:
    """DT_NEEDED names of an ELF file (None if it is not a 64/32-bit ELF we can read)."""
    try:
        with open(path, "rb") as fh:
            data = fh.read()
    except OSError:
        return None
    if data[:4] != b"\x7fELF":
        return None
    is64, little = data[4] == 2, data[5] == 1
    e = "<" if little else ">"
    if is64:
        shoff, = struct.unpack_from(e + "Q", data, 0x28)
        shentsize, shnum = struct.unpack_from(e + "HH", data, 0x3A)
    else:
        shoff, = struct.unpack_from(e + "I", data, 0x20)
        shentsize, shnum = struct.unpack_from(e + "HH", data, 0x2E)
    sections = []
    for i in range(shnum):
        off = shoff + i * shentsize
        if is64:
            _name, stype, _flags, _addr, offset, size, link = struct.unpack_from(e + "IIQQQQI", data, off)
        else:
            _name, stype, _flags, _addr, offset, size, link = struct.unpack_from(e + "IIIIIII", data, off)
        sections.append((stype, offset, size, link))
    needed: list[str] = []
    for stype, offset, size, link in sections:
        if stype != 6:  # SHT_DYNAMIC
            continue
        strtab = sections[link][1]
        fmt, step = (e + "qQ", 16) if is64 else (e + "iI", 8)
        for pos in range(offset, offset + size, step):
            tag, val = struct.unpack_from(fmt, data, pos)
            if tag == 0:
                break
            if tag == 1:  # DT_NEEDED
                end = data.index(b"\0", strtab + val)
                needed.append(data[strtab + val:end].decode())
    return needed


def _is_plain_lib(dest: str) -> bool:
    """A shared library only the dynamic loader pulls in (not a Python extension, not a Qt plugin)."""
    parts = _parts(dest)
    name = parts[-1]
    if "plugins" in parts or ".cpython-" in name or name.endswith(".abi3.so"):
        return False
    if name.startswith("libpython"):
        return False
    return ".so" in name


def prune_unreferenced(binaries: list[tuple]) -> tuple[list[tuple], list[str]]:
    """Drop plain libraries that no remaining binary needs, repeatedly; returns (kept, removed names)."""
    if not sys.platform.startswith("linux"):
        return binaries, []
    needs = {entry[0]: elf_needed(entry[1]) or [] for entry in binaries}
    kept = list(binaries)
    removed: list[str] = []
    while True:
        wanted = {name for entry in kept for name in needs[entry[0]]}
        drop = [entry for entry in kept if _is_plain_lib(entry[0]) and _parts(entry[0])[-1] not in wanted]
        if not drop:
            return kept, removed
        removed += [entry[0] for entry in drop]
        kept = [entry for entry in kept if entry not in drop]


def drop_dangling_symlinks(binaries: list[tuple], datas: list[tuple]) -> tuple[list[tuple], list[tuple]]:
    """PyInstaller 6 adds top-level SYMLINK entries (libQt6OpenGL.so.6 -> PySide6/Qt/lib/...); once the
    target is filtered or pruned, the link would dangle in the bundle. Linux only: macOS framework links
    point at folders (Versions/Current), which are not entries."""
    if not sys.platform.startswith("linux"):
        return binaries, datas
    present = {_norm(entry[0]) for entry in [*binaries, *datas] if entry[2] != "SYMLINK"}

    def keep(entry: tuple) -> bool:
        if entry[2] != "SYMLINK":
            return True
        target = os.path.normpath(os.path.join(os.path.dirname(_norm(entry[0])), _norm(entry[1])))
        return _norm(target) in present

    return [e for e in binaries if keep(e)], [e for e in datas if keep(e)]


def _norm(dest: str) -> str:
    return "/".join(_parts(dest))


# PyInstaller adds this runtime hook because modulegraph can reach multiprocessing; BindGuard never starts
# a process pool, and the hook imports multiprocessing + multiprocessing.spawn on every start (~12 ms).
UNUSED_RUNTIME_HOOKS = {"pyi_rth_multiprocessing"}


def slim(analysis, log=print) -> None:
    """Apply the filters (and the optional prune) to an Analysis in place."""
    analysis.scripts = [entry for entry in analysis.scripts if entry[0] not in UNUSED_RUNTIME_HOOKS]
    before = len(analysis.binaries) + len(analysis.datas)
    analysis.binaries = filter_toc(analysis.binaries)
    analysis.datas = filter_toc(analysis.datas)
    removed: list[str] = []
    if os.environ.get("PRUNE_UNREFERENCED", "1") == "1":
        analysis.binaries, removed = prune_unreferenced(analysis.binaries)
    analysis.binaries, analysis.datas = drop_dangling_symlinks(analysis.binaries, analysis.datas)
    after = len(analysis.binaries) + len(analysis.datas)
    log(f"slim: {before} -> {after} entries; pruned {len(removed)} unreferenced libraries: "
        + ", ".join(sorted(os.path.basename(r) for r in removed)))
