"""Calendar reminders (.ics, RFC 5545) for the dates that matter, written by hand.

Hand-written so the app needs no extra library at run time; it keeps to the subset that Outlook,
Apple Calendar and Thunderbird all read: all-day events (DTSTART;VALUE=DATE), one DISPLAY alarm
each, CRLF line endings, lines folded at 75 octets without splitting a UTF-8 character, and
TEXT values escaped. The `icalendar` library checks the output in the tests only.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from pathlib import Path

from bindguard import __version__
from bindguard.core.catalog import Catalog
from bindguard.core.checklist import Checklist, progress
from bindguard.core.errors import BindGuardError, Lang
from bindguard.core.situation import Situation
from bindguard.core.text import Text, pick, say
from bindguard.core.timeline import (
    FREEZE_DAYS,
    DateThatMatters,
    Event,
    date_in_words,
    timeline,
)
from bindguard.core.work_order import money_left

PRODID = f"-//BindGuard//BindGuard {__version__}//ZH"
# Days before the number may be sold again on which an OLD_DEAD user gets a "days left" reminder.
DAYS_LEFT_REMINDERS = (60, 30, 14, 7)

SUMMARIES: dict[Event, Text] = {
    Event.FINISH_MONEY_BY: Text("换号卫士：今天做完付款和银行卡的项目",
                                "BindGuard: finish the payment and bank card items today"),
    Event.CANCEL: Text("换号卫士：注销旧号码的日子", "BindGuard: the day the old number is cancelled"),
    Event.STOPPED: Text("换号卫士：旧号码停用/注销", "BindGuard: the old number stopped working"),
    Event.SUSPENDED: Text("换号卫士：旧号码停机", "BindGuard: the old number was suspended"),
    Event.TERMINATED: Text("换号卫士：旧号码可能被销号", "BindGuard: the old number may be terminated"),
    Event.EARLIEST_RERELEASE: Text("换号卫士：旧号码最早可能被重新放号",
                                   "BindGuard: the old number may be resold from today"),
    Event.RECEIVED: Text("换号卫士：拿到新号码", "BindGuard: you got the new number"),
}
DAYS_LEFT_SUMMARY = Text("换号卫士：离旧号码可能被重新放号还有 {days} 天",
                         "BindGuard: {days} days before the old number may be resold")
RECYCLED_CHECK = Text("换号卫士：检查新号码上别人的账号", "BindGuard: check the new number for a stranger's accounts")
ALARM_TEXT = Text("打开换号卫士，看看还剩哪些项目。", "Open BindGuard and see which items are left.")


@dataclass(frozen=True)
class Reminder:
    date: dt.date
    summary: str
    description: str
    key: str  # stable part of the UID, so re-importing updates instead of duplicating


def reminders(checklist: Checklist, lang: Lang, today: dt.date | None = None,
              catalog: Catalog | None = None) -> list[Reminder]:
    """The dates from core.timeline that fit the situation, plus days-left reminders when the old
    number is already dead (then every day counts). With the catalog, the money items are counted
    by the same rule as the finish page and the paper (core.work_order.money_left)."""
    dates: list[DateThatMatters] = timeline(checklist.situation, checklist.cancel_date, checklist.suspended_only)
    left = progress(checklist.items)
    money = len(money_left(checklist, catalog)) if catalog is not None else left.money_left
    extra = say(lang, f"还有 {left.total - left.finished} 项没做完，其中 {money} 项涉及钱。",
                f"{left.total - left.finished} items are left, {money} of them involve money.")
    out = [Reminder(d.date, SUMMARIES[d.event].get(lang), f"{d.sentence(lang)}\n{extra}", d.event.value)
           for d in dates]
    rerelease = next((d.date for d in dates if d.event is Event.EARLIEST_RERELEASE), None)
    if checklist.situation is Situation.OLD_DEAD and rerelease is not None:
        for days in DAYS_LEFT_REMINDERS:
            day = rerelease - dt.timedelta(days=days)
            if days < FREEZE_DAYS and day >= (today or day):  # no reminders for days already gone
                text = DAYS_LEFT_SUMMARY.get(lang).format(days=days)
                out.append(Reminder(day, text, f"{text}\n{extra}", f"days-left-{days}"))
    if checklist.situation is Situation.RECYCLED and checklist.cancel_date is not None:
        day = checklist.cancel_date + dt.timedelta(days=7)
        out.append(Reminder(day, RECYCLED_CHECK.get(lang),
                            f"{date_in_words(day, lang)}\n{extra}", "recycled-check"))
    return sorted(out, key=lambda r: (r.date, r.key))


def escape_text(value: str) -> str:
    """RFC 5545 §3.3.11: backslash, semicolon, comma and newline are escaped in TEXT values."""
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n"))


def fold(line: str) -> str:
    """RFC 5545 §3.1: at most 75 octets a line; continuation lines start with one space.
    Never split inside a UTF-8 sequence (Chinese characters are 3 octets)."""
    out, current, size = [], "", 0
    for char in line:
        width = len(char.encode("utf-8"))
        limit = 75 if not out else 74  # the leading space counts
        if size + width > limit:
            out.append(current)
            current, size = "", 0
        current += char
        size += width
    out.append(current)
    return "\r\n ".join(out)


def build_ics(checklist: Checklist, lang: str, now: dt.datetime | None = None,
              catalog: Catalog | None = None) -> str:
    """One VEVENT per date that matters, each with a reminder the morning before (09:00 on the day
    before is TRIGGER -PT15H from the all-day start)."""
    lang_ = pick(lang)
    now = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    stamp = now.strftime("%Y%m%dT%H%M%SZ")
    seed = f"{checklist.id}|{checklist.created}|{checklist.name}".encode()
    owner = hashlib.sha256(seed).hexdigest()[:16]  # no name or number in the UID
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN", "METHOD:PUBLISH"]
    for reminder in reminders(checklist, lang_, now.date(), catalog):
        start = reminder.date.strftime("%Y%m%d")
        end = (reminder.date + dt.timedelta(days=1)).strftime("%Y%m%d")
        lines += [
            "BEGIN:VEVENT",
            f"UID:{owner}-{reminder.key}-{start}@bindguard.invalid",
            f"DTSTAMP:{stamp}",
            f"DTSTART;VALUE=DATE:{start}",
            f"DTEND;VALUE=DATE:{end}",
            f"SUMMARY:{escape_text(reminder.summary)}",
            f"DESCRIPTION:{escape_text(reminder.description)}",
            "TRANSP:TRANSPARENT",
            "BEGIN:VALARM",
            "ACTION:DISPLAY",
            "TRIGGER:-PT15H",
            f"DESCRIPTION:{escape_text(reminder.summary + ' ' + ALARM_TEXT.get(lang_))}",
            "END:VALARM",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)


def write_ics(checklist: Checklist, lang: str, path: Path, catalog: Catalog | None = None) -> Path:
    """Save the reminders as UTF-8 (what every calendar expects); a plain error if the folder
    cannot be written or is not a regular file, and no half-written file left behind (safe_write)."""
    from bindguard.core.safe_write import write_bytes

    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError:
        raise BindGuardError("export.unwritable", path=str(path)) from None
    write_bytes(path, build_ics(checklist, lang, catalog=catalog).encode("utf-8"))
    return path
