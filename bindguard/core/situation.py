"""The four situations of PRODUCT.md §2; the first wizard question.

The situation decides which pages appear, which route is offered first and which dates matter.
"""

from __future__ import annotations

from enum import StrEnum


class Situation(StrEnum):
    CANCEL_SOON = "cancel_soon"  # 准备注销/停用旧号: old number still works, will be cancelled
    OLD_DEAD = "old_dead"  # 旧号已经停用/注销: no SMS any more, only no-code routes
    SWITCH = "switch"  # 换新号,旧号还能用: rebind everything to the new number
    RECYCLED = "recycled"  # 我拿到的是二次号码: the user's new number was someone else's

    @property
    def old_number_works(self) -> bool:
        return self in (Situation.CANCEL_SOON, Situation.SWITCH)

    @property
    def needs_new_number(self) -> bool:
        return self is Situation.SWITCH

    @property
    def asks_old_number(self) -> bool:
        return self is not Situation.RECYCLED

    @property
    def has_carrier_page(self) -> bool:
        """Page 8 (最后一步) is for cancelling (1, 3) and for the recycled number (4)."""
        return self is not Situation.OLD_DEAD

    @property
    def label(self) -> dict[str, str]:
        return SITUATION_LABELS[self]


SITUATION_LABELS: dict[Situation, dict[str, str]] = {
    Situation.CANCEL_SOON: {"zh": "准备注销/停用旧号", "en": "About to cancel an old number"},
    Situation.OLD_DEAD: {"zh": "旧号已经停用/注销", "en": "The old number is already stopped or cancelled"},
    Situation.SWITCH: {"zh": "换新号，旧号还能用", "en": "Switching to a new number; the old one still works"},
    Situation.RECYCLED: {"zh": "我拿到的是二次号码", "en": "My new number was used by someone before"},
}


class Scope(StrEnum):
    """The two doors of page 2."""

    ESSENTIAL = "essential"  # 只做最要紧的: money and identity items only
    FULL = "full"  # 全面检查: everything
