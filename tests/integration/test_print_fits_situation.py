"""Issue 13 on paper: the printout of a checklist whose old number is already stopped asks for
nothing that needs that number (the PDF read back with pdftotext), and lists the stuck items under
their own heading."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess

import pytest

from bindguard.core.catalog import load_catalog
from bindguard.core.checklist import BankCard, CardType, Checklist, Status, bank_item, custom_item, platform_item
from bindguard.core.doors import door_additions
from bindguard.core.report import build_report
from bindguard.core.situation import Situation

needs_pdftotext = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils missing")


def _text(pdf) -> str:
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True,
                         check=True).stdout
    return re.sub(r"\s+", "", out)


@needs_pdftotext
def test_the_printout_for_a_stopped_old_number_never_asks_for_its_sms(qapp, tmp_path):
    from bindguard.ui import printing

    catalog = load_catalog()
    today = dt.date.today()
    checklist = Checklist("妈妈", Situation.OLD_DEAD, old_number="138****1234", cancel_date=today)
    checklist.items = door_additions(checklist, catalog)
    # apps whose only own way sends a code to the old number, the top apps, banks with an app route
    for pid in ("vip", "dewu", "taobao", "jd", "meituan", "qq", "netease_mail", "state_grid", "weibo"):
        checklist.items.append(platform_item(catalog.platforms[pid]))
    for bank in ("icbc", "abc", "ccb", "cmb"):
        checklist.items.append(bank_item(BankCard(bank, "1234", CardType.DEBIT)))
    checklist.items.append(custom_item("小区门禁"))
    checklist.item("platform:dewu").status = Status.STUCK
    report = build_report(checklist, catalog, lang="zh", notes=None, today=today)
    pdf = tmp_path / "old-dead.pdf"
    assert printing.write_pdf(report, pdf, False) >= 1
    text = _text(pdf)
    assert "唯品会" in text
    assert "得物" in text
    assert "招商银行" in text  # the PDF really has the items
    assert "旧号码能收到短信" not in text
    assert "一个手机号在微博最多能注册5个账号" in text  # check each of several accounts, on paper too
    assert "旧号码会收到验证码" not in text
    assert "一证通查2.0" not in text  # it texts the stopped number: not a step on this list
    stuck = [s for s in report.sections if s.title.startswith("遇到困难")]
    assert [i.key for s in stuck for i in s.items] == ["platform:dewu"]
    assert re.sub(r"\s+", "", stuck[0].title) in text
