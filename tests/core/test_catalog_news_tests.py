"""Named-outlet tests of how apps change the bound number, applied to the catalog (issue 21, point 4).

北京青年报, 2024-04-17, “二次放号”换绑App难点在哪 (read on cj.sina.com.cn): reporters replaced an old number
with a new one in 21 apps. Ten asked only for the number to change to and one code: those apps have a
news-labelled way that needs no SMS to the old number (so it is offered when the old number is dead),
done on a phone still signed in. Eight asked for a code to the old and to the new number. One number
holds up to 5 accounts in 百度, 小红书, 微博 and 百度网盘, 2 in 快手.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bindguard.core.catalog import Confidence, Need, RouteKind, load_catalog

ARTICLE = "doc-inasaeuk1098753"
NEW_ONLY = ("kuaishou", "taobao", "pinduoduo", "tmall", "amap", "netease_music", "eleme", "meituan",
            "baidu_netdisk", "quark")
OLD_AND_NEW = ("douyin", "xiaohongshu", "weibo", "railway12306", "toutiao", "qq_music", "baidu", "cnki")
SEVERAL = {"baidu": 5, "xiaohongshu": 5, "kuaishou": 2, "weibo": 5, "baidu_netdisk": 5}


@pytest.fixture(scope="module")
def catalog():
    return load_catalog(today=dt.date.today())


def _cites_article(sources) -> bool:
    return any(ARTICLE in s and "2024-04-17" in s for s in sources)


@pytest.mark.parametrize("pid", NEW_ONLY)
def test_new_number_only_apps_have_a_news_way_usable_with_the_old_number_dead(catalog, pid):
    platform = catalog.platforms[pid]
    ways = [r for r in platform.routes if _cites_article(r.sources) and r.confidence is Confidence.NEWS]
    assert len(ways) == 1, pid
    way = ways[0]
    assert way.kind is RouteKind.NO_CODE
    assert Need.OLD_SMS not in way.needs
    assert set(way.needs) == {Need.TRUSTED_DEVICE, Need.NEW_SMS}  # signed in on the phone, new number's SMS
    assert platform.no_code != "none_known"
    assert platform.confidence is Confidence.NEWS  # earned by that route, not borrowed
    assert "2024" in platform.note.zh
    assert "旧号码" in platform.note.zh


@pytest.mark.parametrize("pid", OLD_AND_NEW)
def test_old_and_new_apps_ask_for_both_codes(catalog, pid):
    platform = catalog.platforms[pid]
    rebinds = [r for r in platform.routes if r.kind is RouteKind.REBIND and _cites_article(r.sources)]
    assert rebinds, pid
    assert all({Need.OLD_SMS, Need.NEW_SMS} <= set(r.needs) for r in rebinds)
    assert not any(r.kind is RouteKind.NO_CODE and _cites_article(r.sources) for r in platform.routes)


@pytest.mark.parametrize("pid", NEW_ONLY + OLD_AND_NEW)
def test_accounts_per_number_is_what_the_article_counted(catalog, pid):
    platform = catalog.platforms[pid]
    # the other 16 apps hold one account per number: the default (0, nothing said on screen)
    assert platform.accounts_per_number == SEVERAL.get(pid, 0)
    assert _cites_article(platform.sources)
    assert platform.last_verified == dt.date(2026, 12, 7)  # read that day
