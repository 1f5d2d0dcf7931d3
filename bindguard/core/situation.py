"""The four situations of PRODUCT.md §2; the first wizard question.

The situation decides which pages appear, which route is offered first and which dates matter.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from bindguard.core.text import Text


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
    def label(self) -> Text:
        return SITUATION_LABELS[self]


# short as the Chinese (issue 20: in English each card took three lines at 1024x768 in large text)
SITUATION_LABELS: dict[Situation, Text] = {
    Situation.CANCEL_SOON: Text("准备注销/停用旧号", "About to cancel an old number"),
    Situation.OLD_DEAD: Text("旧号已经停用/注销", "Old number already stopped or cancelled"),
    Situation.SWITCH: Text("换新号，旧号还能用", "New number; the old one still works"),
    Situation.RECYCLED: Text("我拿到的是二次号码", "My new number was someone else's"),
}


class Scope(StrEnum):
    """The two doors of page 2."""

    ESSENTIAL = "essential"  # 只做最要紧的: money and identity items only
    FULL = "full"  # 全面检查: everything


@dataclass(frozen=True)
class NumbersNeeded:
    """Which numbers page 3 (号码与日期) asks for in a situation, and which it needs before 下一步."""

    old: bool  # the user's old number: asked, and needed (a recycled number has no old number of hers)
    new: bool  # the new number (or the number received) is needed; otherwise asked "if you have one"


def numbers_needed(situation: Situation) -> NumbersNeeded:
    return NumbersNeeded(old=situation.asks_old_number,
                         new=situation.needs_new_number or situation is Situation.RECYCLED)


def missing_number(situation: Situation, old: str, new: str) -> str:
    """The first number page 3 still needs before 下一步, "old" or "new" ("" when none): `old` and
    `new` are the valid numbers entered so far (masked), empty when none or not valid."""
    needed = numbers_needed(situation)
    if needed.old and not old:
        return "old"
    if needed.new and not new:
        return "new"
    return ""


# -- words that depend on whose number it is -------------------------------------------------------
# With a recycled number (situation 4) there is no old number of the user's: the accounts on it are the
# previous holder's, and the user's own bank cards are not tied to it. The pages pick these words.

def accounts_question(situation: Situation) -> Text:
    """The accounts page's title (page 5)."""
    if situation is Situation.RECYCLED:
        return Text("这个号码可能还绑着下面哪些？", "Which of these may this number still be tied to?")
    return Text("您用过下面哪些？", "Which of these do you use?")


def door_words(situation: Situation, scope: Scope) -> Text:
    """What each door of page 2 puts first, before its count and time."""
    recycled = situation is Situation.RECYCLED
    if scope is Scope.ESSENTIAL and recycled:
        return Text("先做涉及钱和身份的：这个号码上可能还挂着前一个机主的支付宝、微信和微信支付、个人所得税，"
                    "还有查出来的账号；其他的以后再做。",
                    "Money and identity first: the previous holder's Alipay, WeChat, WeChat Pay and tax app "
                    "that may still be on this number, and what the checks find; the rest can follow later.")
    if scope is Scope.ESSENTIAL:
        return Text("先做涉及钱和身份的：支付宝、微信和微信支付、个人所得税、查出来的账号和您的银行卡；"
                    "其他的以后再做。",
                    "Money and identity first: Alipay, WeChat and WeChat Pay, the tax app, what the checks find "
                    "and your bank cards; the rest can follow later.")
    if recycled:
        return Text("先做的几项一样，再从所有可能还绑着这个号码的 App 里挑。",
                    "The same first items, then every other app that may still be tied to this number, "
                    "to choose from.")
    return Text("先做的几项一样，再从所有可能绑着这个号码的 App 和银行卡里挑。",
                "The same first items, then every other app and card that may be tied to the number, "
                "to choose from.")


def keep_number_first(situation: Situation) -> Text | None:
    """Before anything is cancelled, the two ways not to give the number up (PRODUCT.md §2: "before
    cancelling at all, show the alternatives"). A number that is kept is never sold again, and then
    nothing tied to it is at risk. Shown where the user gives the cancel date, long before the
    carrier page at the end. None where nothing is being cancelled."""
    if situation not in (Situation.CANCEL_SOON, Situation.SWITCH):
        return None
    return Text(
        "先想一想：旧号码一定要注销吗？不注销，它就不会被卖给别人。想换运营商，可以携号转网（号码不变）；"
              "想少花钱，可以问营业厅有没有便宜的保号套餐。这两种办法在“最后一步”里有详细的做法。",
        "First, think: must the old number be cancelled? A number you keep is never sold to someone else. "
              "To change carrier, you can port the number (携号转网, the number stays yours); to pay less, ask the "
              "carrier for a cheap plan that keeps the number (保号套餐). The last step shows how to do either.",
    )
