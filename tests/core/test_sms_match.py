import pytest

from bindguard.core.catalog import load_catalog
from bindguard.core.discovery_counts import Gap, reconcile
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
    assert "wechat" in found.platforms
    assert "iit" in found.platforms


def test_unrelated_text_and_short_numbers_match_nothing(catalog):
    assert not match("明天下午三点开会, 房间 302, 金额 12.50", catalog)
    assert not match("", catalog)
    assert not match("   ", catalog)


def test_short_ascii_aliases_do_not_match_inside_english_words(catalog):
    # "wx" and "zfb" are aliases, but ordinary English must not trigger them
    assert "wechat" not in match("the wxyz box", catalog).platforms


def test_the_result_holds_ids_only_never_the_pasted_text(catalog):
    found = match("【支付宝】验证码 654321,尾号 13812345678", catalog)
    assert "654321" not in repr(found)
    assert "13812345678" not in repr(found)


def test_recorded_count_for_an_unticked_app_is_reported(catalog):
    gaps = reconcile({"wechat": 2, "alipay": 1}, {"alipay"}, catalog)
    assert [(g.gap, g.platform_id) for g in gaps] == [(Gap.NOT_TICKED, "wechat")]
    assert "微信" in gaps[0].sentence(catalog, "zh")
    assert "2" in gaps[0].sentence(catalog, "zh")
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


# -- signatures at the start or the end; signatures that are not the brand's name (issue 14) -------

def _without_sender(catalog, platform_id, name):
    """The catalog with `name` taken out of the platform's own sender lists: only the mapping is left."""
    import dataclasses

    platform = catalog.platforms[platform_id]
    platforms = dict(catalog.platforms)
    platforms[platform_id] = dataclasses.replace(
        platform, sms_senders=tuple(s for s in platform.sms_senders if s != name),
        sms_senders_guessed=tuple(s for s in platform.sms_senders_guessed if s != name))
    return dataclasses.replace(catalog, platforms=platforms)


def test_a_signature_at_the_start_and_one_at_the_end_are_both_found():
    from bindguard.core.sms_match import signatures

    text = "【美团】您的验证码是 1234\n您尾号 1234 的卡 11月28日 支出 50.00 元。【工商银行】\n"
    assert signatures(text) == ["美团", "工商银行"]


def test_a_bracket_inside_the_message_is_not_a_signature():
    from bindguard.core.sms_match import signatures

    assert signatures("您好,【温馨提示】请按时还款,谢谢。") == []
    assert signatures("10690001 2026-11-28 【建设银行】您的卡…") == ["建设银行"]


def test_the_bank_signing_at_the_end_is_found(catalog):
    found = match("您尾号1234的储蓄卡11月28日消费50.00元,余额100.00元。【建设银行】", catalog)
    assert found.banks == ["ccb"]


def test_tencent_technology_finds_wechat_through_the_sourced_mapping(catalog):
    only_mapping = _without_sender(catalog, "wechat", "腾讯科技")
    assert "腾讯科技" not in only_mapping.platforms["wechat"].sms_senders
    found = match("你正在登录微-信,验证码 504421。转发可能导致帐号被盗。【腾讯科技】", only_mapping)
    assert "wechat" in found.platforms
    assert "腾讯科技" in catalog.sms_signatures
    assert catalog.sms_signatures["腾讯科技"].platforms == ("wechat",)


def test_without_the_mapping_tencent_technology_would_not_say_wechat(catalog):
    import dataclasses

    bare = dataclasses.replace(_without_sender(catalog, "wechat", "腾讯科技"), sms_signatures={})
    assert "wechat" not in match("验证码 504421,请勿转发。【腾讯科技】", bare).platforms


def test_a_bank_sms_from_a_106_number_is_found_by_its_signature_and_names_no_other_bank(catalog):
    found = match("1069800012345678\n您尾号5678的信用卡本期账单 1,234.00 元,请于12月10日前还款。【建设银行】", catalog)
    assert found.banks == ["ccb_cc"]  # a credit-card bill: CCB's card centre, which keeps its own number
    assert found.platforms == []


def test_a_106_number_alone_that_carries_a_hotline_still_finds_that_bank(catalog):
    assert match("10655895533", catalog).banks == ["ccb"]


def test_a_guessed_sender_helps_the_matcher(catalog):
    import dataclasses

    platform = catalog.platforms["alipay"]
    platforms = dict(catalog.platforms)
    platforms["alipay"] = dataclasses.replace(platform, sms_senders=(), sms_senders_guessed=("蚂蚁测试签名",),
                                              name=platform.name, aliases=())
    guessed = dataclasses.replace(catalog, platforms=platforms)
    assert "alipay" in match("您的验证码 1234【蚂蚁测试签名】", guessed).platforms


def test_a_bank_sms_about_the_account_is_the_bank_not_its_card_centre(catalog):
    found = match("您尾号1234的储蓄卡12月1日收入工资5,000.00元。【建设银行】", catalog)
    assert found.banks == ["ccb"]
