"""How an item is named on screen: the catalog name, the custom title, a card as 招商银行 借记卡 尾号1234.

The work page's list itself is `WorkList` in bindguard/ui/work_parts.py; this is the one naming rule the
pages, the list and the finish page share (the printout names items the same way, core/report.py).
"""

from __future__ import annotations

from bindguard.core.catalog import Catalog
from bindguard.core.checklist import ChecklistItem, ItemKind


def item_name(item: ChecklistItem, catalog: Catalog, lang: str) -> str:
    """What the user calls the item: the catalog name, the custom title, a card as 招商银行 借记卡 尾号1234."""
    if item.kind is ItemKind.CUSTOM or not item.ref:
        return item.title or item.key
    entry = catalog.entry(item.ref)
    name = entry.name.get(lang) if entry is not None else (item.title or item.ref)
    if item.card is not None:  # the printout's wording (core/report.py): "尾号" is how banks say it
        card_type = item.card.card_type.label.get(lang)
        if lang == "zh":
            return f"{name} {card_type.split('（')[0]} 尾号{item.card.last4}"
        return f"{name} {card_type} ending {item.card.last4}"
    return name
