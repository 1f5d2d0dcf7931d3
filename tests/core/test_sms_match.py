import pytest

from bindguard.core.catalog import load_catalog
from bindguard.core.discovery_counts import Gap, reconcile, total_found
from bindguard.core.sms_match import match


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


def test_bracketed_sender_names_find_the_platform_and_the_bank(catalog):
    found = match("【支付宝】您的验证码是 123456\n【建设银行】您尾号1234的卡", catalog)
    assert "alipay" in found.platforms
    assert found.banks == ["ccb"]


def test_a_bare_short_number_finds_the_bank(catalog):
    assert match("95533", catalog).banks == ["ccb"]


def test_a_gateway_number_ending_with_the_short_number_matches(catalog):
    assert "alipay" in match("106900095188", catalog).platforms


def test_plain_names_and_aliases_match_without_brackets(catalog):
    found = match("我记得用过微信支付和个税", catalog)
    assert "wechat" in found.platforms and "iit" in found.platforms


def test_unrelated_text_and_short_numbers_match_nothing(catalog):
    assert not match("明天下午三点开会, 房间 302, 金额 12.50", catalog)
    assert not match("", catalog)
    assert not match("   ", catalog)


def test_short_ascii_aliases_do_not_match_inside_english_words(catalog):
    # "wx" and "zfb" are aliases, but ordinary English must not trigger them
    assert "wechat" not in match("the wxyz box", catalog).platforms


def test_the_result_holds_ids_only_never_the_pasted_text(catalog):
    found = match("【支付宝】验证码 654321,尾号 13812345678", catalog)
    assert "654321" not in repr(found) and "13812345678" not in repr(found)


def test_recorded_count_for_an_unticked_app_is_reported(catalog):
    gaps = reconcile({"wechat": 2, "alipay": 1}, {"alipay"}, catalog)
    assert [(g.gap, g.platform_id) for g in gaps] == [(Gap.NOT_TICKED, "wechat")]
    assert "微信" in gaps[0].sentence(catalog, "zh") and "2" in gaps[0].sentence(catalog, "zh")
    assert "WeChat" in gaps[0].sentence(catalog, "en")


def test_several_accounts_on_one_ticked_app_are_reported(catalog):
    gaps = reconcile({"wechat": 2}, {"wechat"}, catalog)
    assert [g.gap for g in gaps] == [Gap.SEVERAL]
    assert "each" in gaps[0].sentence(catalog, "en")


def test_ticked_app_with_zero_found_is_mentioned_not_removed(catalog):
    gaps = reconcile({"alipay": 0}, {"alipay"}, catalog)
    assert [g.gap for g in gaps] == [Gap.NONE_FOUND]


def test_counts_that_add_up_need_no_message(catalog):
    assert reconcile({"wechat": 1, "alipay": 0}, {"wechat"}, catalog) == []
    assert reconcile({}, {"wechat", "alipay"}, catalog) == []
    assert total_found({"wechat": 2, "alipay": 1}) == 3
