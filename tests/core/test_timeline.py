import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bindguard.core.errors import BindGuardError
from bindguard.core.situation import Situation
from bindguard.core.timeline import (
    Event,
    date_in_words,
    days_left,
    days_left_sentence,
    parse_date,
    timeline,
)

TODAY = dt.date(2026, 11, 28)


def test_cancelling_on_dec_1_may_be_resold_after_march_1():
    dates = {d.event: d for d in timeline(Situation.CANCEL_SOON, dt.date(2026, 12, 1))}
    assert dates[Event.FINISH_MONEY_BY].date == dt.date(2026, 11, 30)
    assert dates[Event.EARLIEST_RERELEASE].date == dt.date(2027, 3, 1)
    assert dates[Event.EARLIEST_RERELEASE].sentence("zh") == "最早可能被重新放号：2027年3月1日之后。"
    assert "1 March 2027" in dates[Event.EARLIEST_RERELEASE].sentence("en")


def test_leap_year_freeze():
    dates = {d.event: d.date for d in timeline(Situation.SWITCH, dt.date(2027, 12, 1))}
    assert dates[Event.EARLIEST_RERELEASE] == dt.date(2028, 2, 29)


def test_suspended_number_is_terminated_60_days_later_then_frozen_90():
    dates = {d.event: d.date for d in timeline(Situation.OLD_DEAD, dt.date(2026, 1, 31), suspended_only=True)}
    assert dates[Event.TERMINATED] == dt.date(2026, 4, 1)
    assert dates[Event.EARLIEST_RERELEASE] == dt.date(2026, 6, 30)


def test_days_left_counts_down_and_warns_when_past():
    dates = timeline(Situation.OLD_DEAD, dt.date(2026, 10, 1))
    assert days_left(dates, TODAY) == (dt.date(2026, 12, 30) - TODAY).days
    assert "32" in days_left_sentence(32, "zh")
    assert "随时" in days_left_sentence(-1, "zh")


def test_a_dead_number_speaks_of_its_cancellation_in_the_past():
    dates = timeline(Situation.OLD_DEAD, dt.date(2026, 10, 1))
    assert dates[0].event is Event.STOPPED
    assert "stopped working on 1 October 2026" in dates[0].sentence("en")
    assert "计划" not in dates[0].sentence("zh")


def test_no_date_gives_no_timeline():
    assert timeline(Situation.CANCEL_SOON, None) == []


@given(st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2099, 12, 31)),
       st.sampled_from(list(Situation)), st.booleans())
def test_dates_are_whole_days_after_each_other(start, situation, suspended):
    dates = timeline(situation, start, suspended_only=suspended)
    assert dates, "every situation gives at least one date"
    events = {d.event: d.date for d in dates}
    if Event.EARLIEST_RERELEASE in events:
        base = events.get(Event.TERMINATED, events.get(Event.CANCEL, events.get(Event.STOPPED)))
        assert (events[Event.EARLIEST_RERELEASE] - base).days == 90
    if Event.FINISH_MONEY_BY in events:
        assert events[Event.FINISH_MONEY_BY] < events[Event.CANCEL]
    for d in dates:
        assert d.sentence("zh")
        assert d.sentence("en")


@pytest.mark.parametrize("typed", ["2027-03-01", "2027/3/1", "2027.3.1", "2027年3月1日", " 2027-3-1 "])
def test_parse_date_accepts_common_forms(typed):
    assert parse_date(typed, TODAY) == dt.date(2027, 3, 1)


@pytest.mark.parametrize("typed", ["", "tomorrow", "2027-02-30", "27-3-1", "2027-13-01", "3/1/2027"])
def test_parse_date_refuses_nonsense(typed):
    with pytest.raises(BindGuardError) as info:
        parse_date(typed, TODAY)
    assert info.value.code == "date.bad"


def test_parse_date_refuses_far_years():
    with pytest.raises(BindGuardError) as info:
        parse_date("1926-03-01", TODAY)
    assert info.value.code == "date.too_far"


def test_date_in_words():
    assert date_in_words(dt.date(2027, 3, 1), "zh") == "2027年3月1日"
    assert date_in_words(dt.date(2027, 3, 1), "en") == "1 March 2027"


def test_a_number_that_already_stopped_is_not_called_planned():
    stopped = timeline(Situation.OLD_DEAD, dt.date(2026, 10, 29))[0]
    assert stopped.sentence("zh") == "旧号码停用/注销：2026年10月29日。"
    assert "to be cancelled" not in stopped.sentence("en")
    assert timeline(Situation.CANCEL_SOON, dt.date(2026, 10, 29))[1].sentence("zh").startswith("计划注销")
