"""The screenshot tour: every wizard page for a demo checklist, in both languages and both text
sizes, on a 1024x768 and a 1366x768 screen (issue 12: the laptops users own), as PNG files.

    python packaging/screenshots.py OUTDIR               # both screens, offscreen (one child process each)
    python packaging/screenshots.py OUTDIR --screen 1366x768
    python packaging/screenshots.py --readme             # the README's set, optimised, into resources/screenshots
    xvfb-run -a -s "-screen 0 1366x768x24" python packaging/screenshots.py OUTDIR --screen 1366x768

Files are named <width>x<height>-<lang>-<normal|large>-<step>-<page>.png, plus
<width>x<height>-zh-normal-situation-<situation>-<discovery|work>.png for the four situations. The
window has the size the app gives it on that screen (first_size in ui/wizard.py), not a size chosen for
the picture. The demo data lives in a temporary data folder; nothing of the user's is read or written.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SCREENS = ("1024x768", "1366x768")
README_DIR = ROOT / "resources" / "screenshots"
# The README shows the 1366x768 pictures (the most common screen): every page in Chinese at normal
# size, and the pages with the most to read in large text; plus 先查一查 and 逐项处理 on the smallest screen
# users own (1024x768) in large text, the hardest case for "one question per screen".
README_SHOTS = tuple(
    [f"1366x768-zh-normal-{n}-{p}.png" for n, p in enumerate(
        ("welcome", "situation", "numbers", "discovery", "accounts", "banks", "work", "carrier", "finish"), 1)]
    + ["1366x768-zh-large-3-numbers.png", "1366x768-zh-large-4-discovery.png", "1366x768-zh-large-7-work.png",
       "1366x768-en-normal-5-accounts.png", "1366x768-zh-normal-situation-old_dead-work.png",
       "1366x768-zh-normal-situation-recycled-work.png",
       "1024x768-zh-large-4-discovery.png", "1024x768-zh-large-7-work.png"])


def demo_checklist(store, catalog, situation=None) -> int:
    """A checklist for Mum switching to a new number (or in `situation`), with a few apps and two cards."""
    from bindguard.core.checklist import BankCard, CardType, Checklist, Status, bank_item, platform_item
    from bindguard.core.counts import keep_promise
    from bindguard.core.doors import door_additions
    from bindguard.core.situation import Scope, Situation

    situation = situation or Situation.SWITCH
    checklist = Checklist("妈妈", situation, Scope.FULL,
                          old_number="" if situation is Situation.RECYCLED else "138****5678",
                          new_number="139****4321" if situation.needs_new_number else "",
                          cancel_date=dt.date.today() + dt.timedelta(days=20))
    checklist.items = door_additions(Checklist("妈妈", situation, Scope.FULL), catalog)
    keep_promise(checklist)  # what its door said, as if she had chosen it: the count's words are hers
    for pid in ("alipay", "wechat", "iit", "taobao", "jd", "meituan"):
        if pid in catalog.platforms and checklist.item(f"platform:{pid}") is None:
            checklist.items.append(platform_item(catalog.platforms[pid]))
    for bank_id, last4 in (("icbc", "1234"), ("cmb", "5678")):
        if bank_id in catalog.banks:
            checklist.items.append(bank_item(BankCard(bank_id, last4, CardType.DEBIT)))
    checklist.discovery_counts = {p: 1 for p in ("alipay", "wechat") if p in catalog.platforms}
    if checklist.items:
        checklist.items[-1].status = Status.DONE
    return store.create_checklist(checklist).id


def offscreen_platform(width: int, height: int, folder: Path) -> str:
    """Qt's offscreen platform with one screen of that size (Qt >= 6.5 reads a JSON screen list)."""
    config = folder / f"screen-{width}x{height}.json"
    config.write_text(json.dumps({"screens": [{"name": "tour", "x": 0, "y": 0, "width": width, "height": height,
                                               "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    return f"offscreen:configfile={config}"


def save(image, path: Path, optimise: bool) -> bool:
    """Save a PNG; optimised: the picture's own 256 most used colours (a flat UI has few; Qt's
    default 8-bit palette turned the pale sidebar white) and the strongest compression."""
    from array import array
    from collections import Counter

    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage

    if optimise:
        image = image.convertToFormat(QImage.Format.Format_RGB32)
        pixels = array("I", bytes(image.constBits()))
        palette = [colour | 0xFF000000 for colour, _n in Counter(pixels).most_common(256)]
        image = image.convertToFormat(QImage.Format.Format_Indexed8, palette, Qt.ImageConversionFlag.ThresholdDither)
    return image.save(str(path), "PNG", 0 if optimise else -1)


def tour(out: Path, screen: str, only: tuple[str, ...] = (), optimise: bool = False) -> int:
    """Render the pages on the screen this process has; return the number of files written."""
    os.environ["BINDGUARD_DATA_DIR"] = tempfile.mkdtemp(prefix="bindguard-shots-")
    from bindguard.core.flow import PAGE_ORDER
    from bindguard.core.paths import data_dir
    from bindguard.core.store import Store
    from bindguard.ui.application import Application
    from bindguard.ui.run import build_window

    app = Application(sys.argv[:1])
    store = Store.open(data_dir())
    count = 0
    try:
        checklist_id = None
        for lang in ("zh", "en"):
            for large in (False, True):
                window = build_window(app, store, lang, large)
                if checklist_id is None:
                    checklist_id = demo_checklist(store, window.ctx.catalog)
                window.show()
                for step, page_id in enumerate(PAGE_ORDER, 1):
                    name = f"{screen}-{lang}-{'large' if large else 'normal'}-{step}-{page_id}.png"
                    if only and name not in only:
                        continue
                    window.ctx.checklist = None if page_id == "welcome" else store.load_checklist(checklist_id)
                    window.show_page(page_id)
                    for _ in range(3):
                        app.processEvents()
                    if not save(window.grab().toImage(), out / name, optimise):
                        print(f"could not save {name}", file=sys.stderr)
                        return -1
                    count += 1
                window.close()
                window.deleteLater()
                app.processEvents()
        count += situation_tour(app, store, out, screen, only, optimise)
    finally:
        store.close()
    return count


def situation_tour(app, store, out: Path, screen: str, only: tuple[str, ...], optimise: bool) -> int:
    """The four situations side by side (issue 13): the discovery page and the work page on its first
    item, so the order and the routes that fit each situation can be compared at a glance."""
    from bindguard.core.situation import Situation
    from bindguard.core.work_order import work_order
    from bindguard.ui.run import build_window

    count = 0
    for situation in Situation:
        window = build_window(app, store, "zh", False)
        checklist_id = demo_checklist(store, window.ctx.catalog, situation)
        window.show()
        for page_id in ("discovery", "work"):
            name = f"{screen}-zh-normal-situation-{situation.value}-{page_id}.png"
            if only and name not in only:
                continue
            checklist = store.load_checklist(checklist_id)
            first = next((i for i in work_order(checklist, window.ctx.catalog) if i.money_risk), None)
            if first is not None:
                checklist.current_item = first.key
            window.ctx.checklist = checklist
            window.show_page(page_id)
            for _ in range(3):
                app.processEvents()
            if save(window.grab().toImage(), out / name, optimise):
                count += 1
        window.close()
        window.deleteLater()
        app.processEvents()
    return count


def main(argv: list[str]) -> int:
    args = argv[1:]
    readme = "--readme" in args
    screens = [args[args.index("--screen") + 1]] if "--screen" in args else list(SCREENS)
    if readme:
        out, screens, only = README_DIR, list(SCREENS), README_SHOTS
    elif args and not args[0].startswith("--"):
        out, only = Path(args[0]), ()
    else:
        print(__doc__)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    has_display = bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    child = os.environ.get("BINDGUARD_TOUR_CHILD")
    if child or (has_display and len(screens) == 1 and not os.environ.get("QT_QPA_PLATFORM", "").startswith("off")):
        count = tour(out, child or screens[0], only, optimise=readme)
        if count < 0:
            return 1
        print(f"{count} screenshots in {out}")
        return 0
    total = 0
    with tempfile.TemporaryDirectory() as folder:
        for screen in screens:  # one process per screen: Qt's offscreen platform has one screen size
            width, height = (int(n) for n in screen.split("x"))
            env = {**os.environ, "BINDGUARD_TOUR_CHILD": screen,
                   "QT_QPA_PLATFORM": offscreen_platform(width, height, Path(folder))}
            result = subprocess.run([sys.executable, __file__, *args], env=env, check=False,
                                    capture_output=True, text=True)
            if result.returncode != 0:
                print(result.stdout + result.stderr, file=sys.stderr)
                return 1
            total += int(result.stdout.split()[0])
    print(f"{total} screenshots in {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
