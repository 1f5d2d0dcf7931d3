"""Harm tiers (PRODUCT.md §4): money, identity, other; which tier an item is in and why.

The catalog's tier is the truth; the stored `money_risk` of a platform item is only read for
custom items, where the user said so.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bindguard.core.checklist import ChecklistItem, ItemKind
from bindguard.core.situation import Situation
from bindguard.core.text import Text

if TYPE_CHECKING:
    from bindguard.core.catalog import Catalog, Tier

BANK_TIER_REASON = Text(
    "银行卡里有钱，银行的验证码和提醒都发到预留的手机号。",
    "The card holds money, and the bank sends its codes and alerts to the number it keeps for you.",
)
CUSTOM_MONEY_REASON = Text("您说它涉及钱。", "You said it involves money.")


def item_tier(item: ChecklistItem, catalog: Catalog) -> Tier:
    """The harm tier of an item: a platform's from the catalog, a bank card is money, a custom item
    is money when the user said so; discovery and carrier steps are `other` (they sort by kind)."""
    from bindguard.core.catalog import Platform, Tier

    if item.kind is ItemKind.BANK_CARD:
        return Tier.MONEY
    if item.kind is ItemKind.PLATFORM:
        entry = catalog.entry(item.ref)
        if isinstance(entry, Platform):
            return entry.tier
        return Tier.MONEY if item.money_risk else Tier.OTHER  # not in this catalog any more
    if item.kind is ItemKind.CUSTOM and item.money_risk:
        return Tier.MONEY
    return Tier.OTHER


# On a recycled number an app's account may be the previous holder's: the catalog's reason speaks
# of "your balance", which would push the new holder into someone else's money (a user walk).
RECYCLED_TIER_REASON: dict[str, Text] = {
    "money": Text("这个号码上可能还挂着上一个机主的账号，里面可能有别人的钱：不要动里面的钱，也不要往里转钱，"
                  "请平台解除这个号码的绑定。",
                  "This number may still be on the previous holder's account, with someone else's money in it: "
                  "touch nothing and send no money to it; ask the platform to release this number."),
    "identity": Text("别人可能还能用这个号码登录这个账号：先请平台解除绑定，再用这个号码注册您自己的。",
                     "Someone else may still sign in to this account with this number: have the platform "
                     "release it first, then register your own with this number."),
}


def tier_reason(item: ChecklistItem, catalog: Catalog, lang: str, situation: Situation | None = None) -> str:
    """The one plain sentence saying why the item is in its tier ("" when there is none); on a
    recycled number, for an app whose account may be the previous holder's."""
    from bindguard.core.catalog import Platform

    if item.kind is ItemKind.BANK_CARD:
        return BANK_TIER_REASON.get(lang)
    entry = catalog.entry(item.ref) if item.ref else None
    if situation is Situation.RECYCLED and item.kind is ItemKind.PLATFORM and isinstance(entry, Platform):
        recycled = RECYCLED_TIER_REASON.get(entry.tier.value)
        if recycled is not None:
            return recycled.get(lang)
    if item.kind is ItemKind.PLATFORM and isinstance(entry, Platform) and entry.tier_reason is not None:
        return entry.tier_reason.get(lang)
    if item.kind is ItemKind.CUSTOM and item.money_risk:
        return CUSTOM_MONEY_REASON.get(lang)
    return ""


def money_badge(item: ChecklistItem, catalog: Catalog) -> bool:
    """The ¥ 涉及钱 badge: the money tier only (not identity, not an automatic renewal)."""
    from bindguard.core.catalog import Tier

    return item_tier(item, catalog) is Tier.MONEY

