"""The dates that matter (PRODUCT.md §1), each with a plain sentence.

Rules (电信条例 Art. 35 and carriers' statements, shared/research/platform-facts.md §4):
30 days unpaid -> suspended (停机); 60 more days unpaid -> terminated (销号); after termination or
cancellation the number is frozen at least 90 days before it may be sold again. Dates are computed
with whole days (timedelta), so month ends and leap years need no special cases.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from bindguard.core.errors import BindGuardError, Lang
from bindguard.core.situation import Situation
from bindguard.core.text import Text, say

FREEZE_DAYS = 90
SUSPENDED_TO_TERMINATED_DAYS = 60
MAX_YEARS_AWAY = 10


class Event(StrEnum):
    FINISH_MONEY_BY = "finish_money_by"
    CANCEL = "cancel"
    STOPPED = "stopped"  # OLD_DEAD: the date already passed, so never "planned"
    SUSPENDED = "suspended"
    TERMINATED = "terminated"
    EARLIEST_RERELEASE = "earliest_rerelease"
    RECEIVED = "received"


SENTENCES: dict[Event, Text] = {
    Event.FINISH_MONEY_BY: Text(
        "在 {date} 之前，先把付款和银行卡的项目做完。",
        "Finish the payment and bank card items by {date}.",
    ),
    Event.CANCEL: Text("计划注销旧号码：{date}。", "The old number is to be cancelled on {date}."),
    Event.STOPPED: Text("旧号码停用/注销：{date}。", "The old number stopped working on {date}."),
    Event.SUSPENDED: Text("旧号码停机：{date}。", "The old number was suspended on {date}."),
    Event.TERMINATED: Text(
        "如果一直不交费，最早 {date} 会被销号。",
        "If the bills stay unpaid, the number may be terminated from {date}.",
    ),
    Event.EARLIEST_RERELEASE: Text(
        "最早可能被重新放号：{date}之后。",
        "The number may be given to someone else after {date}.",
    ),
    Event.RECEIVED: Text("拿到新号码：{date}。", "You got the new number on {date}."),
}


@dataclass(frozen=True)
class DateThatMatters:
    event: Event
    date: dt.date

    def sentence(self, lang: Lang = "zh") -> str:
        return SENTENCES[self.event].get(lang).format(date=date_in_words(self.date, lang))


_MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December")


def date_in_words(date: dt.date, lang: Lang = "zh") -> str:
    return say(lang, f"{date.year}年{date.month}月{date.day}日", f"{date.day} {_MONTHS_EN[date.month - 1]} {date.year}")


def parse_date(text: str, today: dt.date | None = None) -> dt.date:
    """Read 2027-03-01, 2027/3/1, 2027.3.1 or 2027年3月1日; refuse nonsense with a plain message."""
    today = today or dt.date.today()
    raw = (text or "").strip()
    for sep in ("年", "月", "/", ".", " "):
        raw = raw.replace(sep, "-")
    raw = raw.replace("日", "").strip("-")
    parts = [p for p in raw.split("-") if p]
    try:
        if len(parts) != 3 or len(parts[0]) != 4:
            raise ValueError
        date = dt.date(int(parts[0]), int(parts[1]), int(parts[2]))
    except ValueError:
        raise BindGuardError("date.bad") from None
    check_reasonable(date, today)
    return date


def check_reasonable(date: dt.date, today: dt.date) -> None:
    if abs(date.year - today.year) > MAX_YEARS_AWAY:
        raise BindGuardError("date.too_far", date=date.isoformat())


def timeline(situation: Situation, date: dt.date | None, suspended_only: bool = False) -> list[DateThatMatters]:
    """The dates that matter for `situation`, given the planned or actual date the user entered.

    For OLD_DEAD, `suspended_only` means the number was stopped for unpaid bills (停机) rather
    than cancelled: termination then comes 60 days later, and the freeze starts after that.
    """
    if date is None:
        return []
    days = dt.timedelta
    if situation in (Situation.CANCEL_SOON, Situation.SWITCH):
        return [
            DateThatMatters(Event.FINISH_MONEY_BY, date - days(1)),
            DateThatMatters(Event.CANCEL, date),
            DateThatMatters(Event.EARLIEST_RERELEASE, date + days(FREEZE_DAYS)),
        ]
    if situation is Situation.OLD_DEAD:
        if suspended_only:
            terminated = date + days(SUSPENDED_TO_TERMINATED_DAYS)
            return [
                DateThatMatters(Event.SUSPENDED, date),
                DateThatMatters(Event.TERMINATED, terminated),
                DateThatMatters(Event.EARLIEST_RERELEASE, terminated + days(FREEZE_DAYS)),
            ]
        return [
            DateThatMatters(Event.STOPPED, date),
            DateThatMatters(Event.EARLIEST_RERELEASE, date + days(FREEZE_DAYS)),
        ]
    return [DateThatMatters(Event.RECEIVED, date)]


def days_left(dates: list[DateThatMatters], today: dt.date) -> int | None:
    """Days until the number may be sold again (negative once that day has passed)."""
    for item in dates:
        if item.event is Event.EARLIEST_RERELEASE:
            return (item.date - today).days
    return None


def days_left_sentence(left: int, lang: Lang = "zh") -> str:
    if left > 0:
        return say(lang, f"离可能重新放号还有 {left} 天。", f"{left} days left before it may be resold.")
    return say(lang, "这个号码现在随时可能被别人拿到，请抓紧处理付款和银行卡。",
               "Someone else may get this number any day now: deal with payments and bank cards first.")
