"""A bank is found by its name, an alias, or the full pinyin of its name (issue 12: gongshang)."""

from bindguard.core.name_search import matches

ICBC = ["中国工商银行", "Industrial and Commercial Bank of China", "工行", "工商银行", "ICBC", "gonghang"]
CCB = ["中国建设银行", "China Construction Bank", "建行", "建设银行", "CCB", "jianhang"]
BOC = ["中国银行", "Bank of China", "中行", "BOC", "zhonghang"]


def test_the_full_pinyin_of_the_name_finds_the_bank_whose_alias_is_the_short_pinyin():
    assert matches("gongshang", ICBC)
    assert matches("gongshangyinhang", ICBC)
    assert matches("Gong Shang", ICBC)
    assert matches("jiansheyinhang", CCB)
    assert matches("zhongguoyinhang", BOC)


def test_pinyin_does_not_find_the_wrong_bank():
    assert not matches("gongshang", CCB)
    assert not matches("jianshe", ICBC)
    assert not matches("gongshang", BOC)


def test_names_and_aliases_are_found_by_any_part():
    assert matches("工商", ICBC)
    assert matches("icbc", ICBC)
    assert matches("commercial", ICBC)
    assert matches("gonghang", ICBC)
    assert matches("gong", ICBC)
    assert not matches("招商", ICBC)
    assert matches("", ICBC)
