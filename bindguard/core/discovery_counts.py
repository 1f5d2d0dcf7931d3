"""Count reconciliation on the discovery page: do the ticked apps add up to what 一证通查2.0 said?

一证通查2.0 answers with a count per app (微信 2, 支付宝 1 …), no account names. People forget
second accounts and apps they never open; this module says so in plain words, so they look again.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from bindguard.core.catalog import Catalog, Platform
from bindguard.core.text import Lang, say

YZT2 = "yzt2"


class Gap(StrEnum):
    NOT_TICKED = "not_ticked"  # the query found accounts, the app is not in the list
    SEVERAL = "several"  # more than one account on one app: each needs changing
    NONE_FOUND = "none_found"  # ticked, but the query found none there


@dataclass(frozen=True)
class Mismatch:
    gap: Gap
    platform_id: str
    count: int

    def sentence(self, catalog: Catalog, lang: Lang = "zh", recycled: bool = False) -> str:
        """In plain words. On a recycled number (`recycled`) the accounts found are the previous
        holder's: they are released (二次号码焕新, the "not mine" ways), not changed one by one."""
        platform = catalog.platforms.get(self.platform_id)
        name = platform.name.get(lang) if platform else self.platform_id
        if recycled and self.gap is not Gap.NONE_FOUND:
            return say(lang,
                       f"一证通查说{name}上有 {self.count} 个账号绑着这个号码：很可能是上一个机主的，不是您的。"
                       "不用一个一个去换绑，先用“二次号码焕新”，再按清单里“号码以前是别人的”的办法处理。",
                       f"One-ID Check found {self.count} account(s) on {name} tied to this number: most likely the "
                       "previous holder's, not yours. Do not change them one by one: use 二次号码焕新 "
                       "(recycled-number renewal) first, then the list's ways for a number used before.")
        if self.gap is Gap.NOT_TICKED:
            return say(lang, f"一证通查说{name}上有 {self.count} 个账号，但它还不在您的清单里。",
                       f"One-ID Check found {self.count} account(s) on {name}, but it is not in your list yet.")
        if self.gap is Gap.SEVERAL:
            return say(lang, f"{name}上有 {self.count} 个账号：每一个都要换绑，别漏了不常用的那个。",
                       f"{name} has {self.count} accounts: change the number on each of them, "
                       "including the one you rarely use.")
        return say(lang, f"一证通查在{name}上没有查到账号。如果您确定有，就留着它。",
                   f"One-ID Check found no account on {name}. Keep it if you are sure you have one.")


def covered_platforms(catalog: Catalog, service: str = YZT2) -> list[Platform]:
    """The apps whose counts the query reports: the spin boxes on the discovery page."""
    return [p for p in catalog.platforms.values() if service in p.covered_by]


def reconcile(counts: dict[str, int], selected: set[str], catalog: Catalog) -> list[Mismatch]:
    """Every place where the recorded counts and the ticked apps disagree, most serious first.

    `counts` holds only what the user recorded (platform id -> accounts found); `selected` the
    platform ids in the checklist. An app without a recorded count is not judged.
    """
    out: list[Mismatch] = []
    for platform in covered_platforms(catalog):
        count = counts.get(platform.id)
        if count is None:
            continue
        ticked = platform.id in selected
        if count > 0 and not ticked:
            out.append(Mismatch(Gap.NOT_TICKED, platform.id, count))
        elif count > 1 and ticked:
            out.append(Mismatch(Gap.SEVERAL, platform.id, count))
        elif count == 0 and ticked:
            out.append(Mismatch(Gap.NONE_FOUND, platform.id, count))
    order = list(Gap)
    return sorted(out, key=lambda m: order.index(m.gap))

