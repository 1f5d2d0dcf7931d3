"""The screenshot tour: every wizard page for a demo checklist, in both languages and both text
sizes, as PNG files.

    python packaging/screenshots.py OUTDIR                    # offscreen (renders like Xvfb, feasibility.md §3)
    xvfb-run -a -s "-screen 0 1280x1024x24" python packaging/screenshots.py OUTDIR   # a real X server

Files are named <lang>-<normal|large>-<step>-<page>.png. The demo data lives in a temporary data
folder; nothing of the user's is read or written.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def demo_checklist(store, catalog) -> int:
    """A checklist for Mum whose old number has stopped working, with a few apps and one card."""
    from bindguard.core.checklist import (
        BankCard,
        CardType,
        Checklist,
        Status,
        bank_item,
        platform_item,
        suggested_items,
    )
    from bindguard.core.situation import Scope, Situation

    checklist = Checklist("妈妈", Situation.OLD_DEAD, Scope.FULL, old_number="138****5678",
                          new_number="139****4321", cancel_date=dt.date.today() - dt.timedelta(days=20))
    checklist.items = suggested_items(checklist, catalog)
    for pid in ("alipay", "wechat", "iit"):
        if pid in catalog.platforms:
            checklist.items.append(platform_item(catalog.platforms[pid]))
    if catalog.banks:
        checklist.items.append(bank_item(BankCard(next(iter(catalog.banks)), "1234", CardType.DEBIT)))
    checklist.discovery_counts = {p: 1 for p in ("alipay", "wechat") if p in catalog.platforms}
    if checklist.items:
        checklist.items[-1].status = Status.DONE
    return store.create_checklist(checklist).id


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__)
        return 2
    out = Path(argv[1])
    out.mkdir(parents=True, exist_ok=True)
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
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
                window.resize(1440, 1000) if large else window.resize(1180, 860)
                window.show()
                for step, page_id in enumerate(PAGE_ORDER, 1):
                    if page_id == "welcome":
                        window.ctx.checklist = None
                    else:
                        window.ctx.checklist = store.load_checklist(checklist_id)
                    window.show_page(page_id)
                    app.processEvents()
                    name = f"{lang}-{'large' if large else 'normal'}-{step}-{page_id}.png"
                    if not window.grab().save(str(out / name)):
                        print(f"could not save {name}", file=sys.stderr)
                        return 1
                    count += 1
                window.close()
                window.deleteLater()
                app.processEvents()
    finally:
        store.close()
    print(f"{count} screenshots in {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
