"""The catalog checker names the file, the entry and the field of every problem."""

import datetime as dt
import shutil

import pytest

from bindguard.core.catalog import CatalogError, load_catalog, load_catalog_collecting
from bindguard.resources import resource_path

TODAY = dt.date(2026, 12, 1)  # the day the shipped catalog was last checked


@pytest.fixture
def catalog_copy(tmp_path):
    root = tmp_path / "catalog"
    shutil.copytree(resource_path("catalog"), root)
    return root


def _edit(path, old, new, count=1):
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path.name}"
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def _issues(root):
    _catalog, issues = load_catalog_collecting(root, TODAY)
    return [(i.file, i.entry, i.field, i.message) for i in issues]


def test_shipped_catalog_is_valid():
    catalog = load_catalog(today=dt.date.today())
    assert {"wechat", "alipay", "iit"} <= set(catalog.platforms)
    assert "ccb" in catalog.banks
    assert "yzt2" in catalog.discovery


def test_duplicate_id(catalog_copy):
    _edit(catalog_copy / "platforms" / "payment.toml", 'id = "alipay"', 'id = "wechat"')
    issues = _issues(catalog_copy)
    assert any(i[:3] == ("platforms/social.toml", "wechat", "id") and "duplicate" in i[3]
               and "payment.toml" in i[3] for i in issues)


def test_missing_language(catalog_copy):
    _edit(catalog_copy / "platforms" / "payment.toml", 'en = "Alipay" }', 'fr = "Alipay" }')
    issues = _issues(catalog_copy)
    assert any(i[:3] == ("platforms/payment.toml", "alipay", "name") and "en" in i[3] for i in issues)


def test_unknown_confidence_word(catalog_copy):
    _edit(catalog_copy / "banks.toml", 'confidence = "reported"', 'confidence = "probably"')
    issues = _issues(catalog_copy)
    assert any(i[:3] == ("banks.toml", "ccb", "confidence") and "probably" in i[3] for i in issues)


@pytest.mark.parametrize("url", ["http://weixin110.qq.com", "https://", "https://exa mple.com", "weixin://dl"])
def test_non_https_or_malformed_url(catalog_copy, url):
    _edit(catalog_copy / "platforms" / "social.toml", 'url = "https://weixin110.qq.com"', f'url = "{url}"')
    issues = _issues(catalog_copy)
    assert any(i[:3] == ("platforms/social.toml", "wechat", "url") for i in issues)


def test_date_in_the_future(catalog_copy):
    _edit(catalog_copy / "discovery.toml", 'id = "yzt2"', 'id = "yzt2"\nlast_verified = 2027-01-01')
    path = catalog_copy / "discovery.toml"  # the entry's own date line goes: one date, in the future
    text = path.read_text(encoding="utf-8")
    start = text.index("last_verified = ", text.index("last_verified = 2027-01-01") + 10)
    path.write_text(text[:start] + text[text.index("\n", start) + 1:], encoding="utf-8")
    issues = _issues(catalog_copy)
    assert any(i[:3] == ("discovery.toml", "yzt2", "last_verified") and "future" in i[3] for i in issues)


def test_route_without_steps(catalog_copy):
    path = catalog_copy / "platforms" / "government.toml"
    text = path.read_text(encoding="utf-8")
    start = text.index("steps = [", text.index('kind = "rebind"'))
    end = text.index("]\n", start) + 2
    path.write_text(text[:start] + "steps = []\n" + text[end:], encoding="utf-8")
    issues = _issues(catalog_copy)
    assert any(i[:3] == ("platforms/government.toml", "iit", "route[1].steps") for i in issues)


def test_money_risk_platform_needs_no_code_route_or_marker(catalog_copy):
    path = catalog_copy / "platforms" / "payment.toml"
    text = path.read_text(encoding="utf-8")
    start = text.index('[[platform.route]]\nkind = "no_code"')
    path.write_text(text[:start], encoding="utf-8")
    issues = _issues(catalog_copy)
    assert any(i[:3] == ("platforms/payment.toml", "alipay", "no_code") for i in issues)
    path.write_text(text[:start].replace('tier = "money"', 'tier = "money"\nno_code = "none_known"', 1),
                    encoding="utf-8")
    assert not any(i[:3] == ("platforms/payment.toml", "alipay", "no_code") for i in _issues(catalog_copy))


def test_broken_toml_is_reported_not_raised(catalog_copy):
    (catalog_copy / "banks.toml").write_text("[[bank]\nid = ", encoding="utf-8")
    issues = _issues(catalog_copy)
    assert any(i[0] == "banks.toml" and "TOML" in i[3] for i in issues)


def test_load_catalog_raises_with_every_issue(catalog_copy):
    _edit(catalog_copy / "banks.toml", 'confidence = "reported"', 'confidence = "maybe"')
    _edit(catalog_copy / "platforms" / "social.toml", 'url = "https://weixin110.qq.com"', 'url = "http://x.cn"')
    with pytest.raises(CatalogError) as info:
        load_catalog(catalog_copy, TODAY)
    assert len(info.value.issues) >= 2


def test_search_matches_names_and_aliases():
    catalog = load_catalog()
    found = [p.id for p in catalog.search("微信")]
    assert found[0] == "wechat"  # the exact name comes first
    assert {"wechat_pay", "wecom"} & set(found)
    assert "alipay" not in found  # 微信支付, 企业微信 match too
    assert [p.id for p in catalog.search("ZFB")] == ["alipay"]
    assert catalog.search("") == list(catalog.platforms.values())
    assert catalog.search("no-such-app") == []


def test_search_is_right_for_each_new_catalog_even_when_old_ones_are_gone():
    """A cache keyed by id() once handed a new platform the words of a collected one (same id):
    the account page then found nothing for 'weixin'. Each replaced platform must find its own alias."""
    import dataclasses

    from bindguard.core.catalog import Catalog

    wechat = load_catalog().platforms["wechat"]
    for i in range(50):
        platform = dataclasses.replace(wechat, aliases=(f"alias{i}",))
        catalog = Catalog(platforms={platform.id: platform})
        assert [p.id for p in catalog.search(f"alias{i}")] == ["wechat"], i
        del platform, catalog


def test_every_discovery_service_says_what_it_finds_in_one_short_line():
    from bindguard.core.catalog.checks import FINDS_SHORT_MOST

    catalog = load_catalog(today=dt.date.today())
    for service in catalog.discovery.values():
        line = service.finds_short
        assert line is not None, service.id
        for lang, most in FINDS_SHORT_MOST:
            assert 0 < len(line.get(lang)) <= most and "\n" not in line.get(lang), (service.id, lang)


def test_a_missing_short_line_is_refused_by_name(catalog_copy):
    _edit(catalog_copy / "discovery.toml",
          'finds_short = { zh = "您名下的银行卡（参加的银行）", '
          'en = "Your bank cards (at participating banks)" }\n', "")
    assert ("discovery.toml", "unionpay_cards", "finds_short", "missing") in _issues(catalog_copy)
    with pytest.raises(CatalogError):
        load_catalog(catalog_copy, TODAY)


@pytest.mark.parametrize("old, new, lang, words", [
    ("您名下的银行卡（参加的银行）", "您身份证名下在参加的银行开的银行卡（2022 年时有 16 家：工、农、中、建）",
     "zh", "at most 25"),
    ("Your bank cards (at participating banks)",
     "The bank cards under your ID at participating banks (16 in 2022: ICBC, ABC, BOC, CCB)", "en", "at most 50"),
    ("您名下的银行卡（参加的银行）", "您名下的银行卡。", "zh", "no full stop"),
    ("Your bank cards (at participating banks)", "Your bank cards\\nat participating banks", "en", "no line break"),
])
def test_a_short_line_that_is_not_one_short_line_fails_the_check(catalog_copy, old, new, lang, words):
    _edit(catalog_copy / "discovery.toml", old, new)
    _catalog, issues = load_catalog_collecting(catalog_copy, TODAY)
    found = [i for i in issues if i.field == "finds_short"]
    assert [(i.entry, i.evidence) for i in found] == [("unionpay_cards", True)]
    assert found[0].message.startswith(f"{lang}: ") and words in found[0].message
