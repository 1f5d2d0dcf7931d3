"""Calendar reminders: valid RFC 5545 that icalendar (and so Outlook, Apple Calendar, Thunderbird) reads,
with the right dates for each situation and a reminder on every event."""

from __future__ import annotations

import datetime as dt

import icalendar
import pytest

from bindguard.core.calendar import build_ics, escape_text, fold
from bindguard.core.checklist import Checklist, Status, custom_item
from bindguard.core.situation import Situation

NOW = dt.datetime(2026, 11, 28, 9, 30, tzinfo=dt.UTC)


def checklist(situation: Situation, date: dt.date | None, suspended: bool = False) -> Checklist:
    result = Checklist("妈妈", situation, id=7, cancel_date=date, suspended_only=suspended,
                       created=dt.datetime(2026, 11, 1, 8, 0))
    money = custom_item("某个付款 App", money_risk=True)
    done = custom_item("已经改好的")
    done.status = Status.DONE
    result.items = [money, done]
    return result


def events(text: str) -> list[icalendar.Event]:
    return list(icalendar.Calendar.from_ical(text).walk("VEVENT"))


def dates(text: str) -> list[dt.date]:
    return [e["DTSTART"].dt for e in events(text)]


def test_about_to_cancel_reminds_to_finish_money_items_the_day_before_and_of_the_resale_date():
    text = build_ics(checklist(Situation.CANCEL_SOON, dt.date(2026, 12, 12)), "zh", now=NOW)
    assert dates(text) == [dt.date(2026, 12, 11), dt.date(2026, 12, 12), dt.date(2027, 3, 12)]
    summaries = [str(e["SUMMARY"]) for e in events(text)]
    assert "付款和银行卡" in summaries[0]
    assert "重新放号" in summaries[-1]


def test_every_event_is_all_day_with_a_display_alarm():
    text = build_ics(checklist(Situation.SWITCH, dt.date(2026, 12, 12)), "zh", now=NOW)
    found = events(text)
    assert found
    for event in found:
        assert not isinstance(event["DTSTART"].dt, dt.datetime)  # all-day
        assert event["DTEND"].dt == event["DTSTART"].dt + dt.timedelta(days=1)
        alarms = list(event.walk("VALARM"))
        assert len(alarms) == 1
        assert str(alarms[0]["ACTION"]) == "DISPLAY"
        assert alarms[0]["TRIGGER"].dt == -dt.timedelta(hours=15)  # 09:00 the day before
        assert str(alarms[0]["DESCRIPTION"])
        assert event["DTSTAMP"].dt == NOW
    assert len({str(e["UID"]) for e in found}) == len(found)
    assert text.count("DTSTART;VALUE=DATE:") == len(found)


def test_calendar_has_version_prodid_and_no_personal_data_in_uids():
    text = build_ics(checklist(Situation.CANCEL_SOON, dt.date(2026, 12, 12)), "zh", now=NOW)
    cal = icalendar.Calendar.from_ical(text)
    assert str(cal["VERSION"]) == "2.0"
    assert "BindGuard" in str(cal["PRODID"])
    assert all("妈妈" not in str(e["UID"]) for e in events(text))


def test_old_number_dead_gets_days_left_reminders_before_the_resale_date():
    stopped = dt.date(2026, 11, 20)
    text = build_ics(checklist(Situation.OLD_DEAD, stopped), "zh", now=NOW)
    resale = stopped + dt.timedelta(days=90)
    got = dates(text)
    assert got[0] == stopped
    assert got[-1] == resale
    for days in (60, 30, 14, 7):
        assert resale - dt.timedelta(days=days) in got
    assert any("还有 7 天" in str(e["SUMMARY"]) for e in events(text))


def test_days_left_reminders_already_past_are_left_out():
    stopped = dt.date(2026, 9, 10)  # resale 2026-12-09: 60 and 30 days before are gone
    got = dates(build_ics(checklist(Situation.OLD_DEAD, stopped), "zh", now=NOW))
    assert dt.date(2026, 10, 10) not in got
    assert dt.date(2026, 11, 9) not in got
    assert dt.date(2026, 11, 25) not in got  # 14 days before: also past
    assert dt.date(2026, 12, 2) in got


def test_suspended_for_unpaid_bills_counts_termination_then_the_freeze():
    text = build_ics(checklist(Situation.OLD_DEAD, dt.date(2026, 11, 20), suspended=True), "zh", now=NOW)
    got = dates(text)
    assert dt.date(2027, 1, 19) in got  # terminated 60 days after suspension
    assert got[-1] == dt.date(2027, 4, 19)  # and resold at the earliest 90 days later


def test_recycled_number_reminds_to_check_a_week_later():
    got = dates(build_ics(checklist(Situation.RECYCLED, dt.date(2026, 11, 20)), "zh", now=NOW))
    assert got == [dt.date(2026, 11, 20), dt.date(2026, 11, 27)]


def test_without_a_date_the_calendar_is_empty_but_valid():
    text = build_ics(checklist(Situation.SWITCH, None), "en", now=NOW)
    assert events(text) == []
    assert text.startswith("BEGIN:VCALENDAR\r\n")
    assert text.endswith("END:VCALENDAR\r\n")


@pytest.mark.parametrize("situation", list(Situation))
def test_lines_end_in_crlf_and_are_folded_at_75_octets(situation):
    text = build_ics(checklist(situation, dt.date(2026, 12, 12)), "zh", now=NOW)
    assert "\n" not in text.replace("\r\n", "")
    for line in text.split("\r\n"):
        assert len(line.encode("utf-8")) <= 75
    raw = text.encode("utf-8")
    for physical in raw.split(b"\r\n"):
        physical.decode("utf-8")  # folding never splits a Chinese character


def test_commas_semicolons_and_newlines_are_escaped_and_read_back_unchanged():
    assert escape_text("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne"
    text = build_ics(checklist(Situation.CANCEL_SOON, dt.date(2026, 12, 12)), "en", now=NOW)
    description = str(events(text)[0]["DESCRIPTION"])
    assert description.startswith("Finish the payment and bank card items by 11 December 2026.\n")
    assert "1 items are left, 1 of them involve money." in description


def test_fold_keeps_short_lines_and_splits_long_ones_with_a_leading_space():
    assert fold("SUMMARY:short") == "SUMMARY:short"
    long = "DESCRIPTION:" + "换号" * 40
    folded = fold(long)
    assert folded.replace("\r\n ", "") == long
    assert all(len(part.encode()) <= 75 for part in folded.split("\r\n"))


def test_write_ics_saves_utf8_and_refuses_an_unwritable_place_plainly(tmp_path):
    from bindguard.core.calendar import write_ics
    from bindguard.core.errors import BindGuardError

    saved = write_ics(checklist(Situation.CANCEL_SOON, dt.date(2026, 12, 12)), "zh", tmp_path / "out" / "r.ics")
    assert "注销旧号码" in saved.read_bytes().decode("utf-8")
    assert [p.name for p in saved.parent.iterdir()] == ["r.ics"]  # no half-written .part left
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(BindGuardError) as caught:
        write_ics(checklist(Situation.SWITCH, dt.date(2026, 12, 12)), "zh", blocker / "r.ics")
    assert caught.value.code == "export.unwritable"


def test_a_calendar_reminder_uses_the_same_word_for_money_as_the_screen():
    """The glossary: 涉及钱 on screen, on paper and in the reminder the user's phone shows (it said 涉及钱款)."""
    text = build_ics(checklist(Situation.CANCEL_SOON, dt.date(2026, 12, 12)), "zh", now=NOW)
    descriptions = " ".join(str(e["DESCRIPTION"]) for e in events(text))
    assert "1 项涉及钱。" in descriptions
    assert "涉及钱款" not in descriptions


def test_the_reminders_count_the_money_items_as_the_finish_page_and_the_paper_do():
    """The calendar counted by each item's stored money flag; the finish page and the paper by the
    catalog's tier (core.work_order.money_left): an item saved when the catalog thought otherwise
    made them disagree."""
    import dataclasses
    import datetime as dt

    from bindguard.core.calendar import reminders
    from bindguard.core.catalog import load_catalog
    from bindguard.core.checklist import Checklist, Status, platform_item
    from bindguard.core.situation import Situation
    from bindguard.core.work_order import money_left

    catalog = load_catalog()
    checklist = Checklist("妈妈", Situation.CANCEL_SOON, cancel_date=dt.date(2027, 1, 10))
    stale = dataclasses.replace(platform_item(catalog.platforms["weibo"]), money_risk=True)  # saved long ago
    stuck = platform_item(catalog.platforms["alipay"])
    stuck.status = Status.STUCK
    checklist.items = [stale, stuck, platform_item(catalog.platforms["wechat_pay"])]
    assert len(money_left(checklist, catalog)) == 2
    text = reminders(checklist, "zh", dt.date(2026, 12, 1), catalog)[0].description
    assert "其中 2 项涉及钱" in text
