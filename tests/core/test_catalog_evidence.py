"""The evidence rule (PRODUCT.md §4, issue 14): every label no higher than its sources, honest dates,
sourced SMS senders, routes that name each other, and the bank model. Each test writes one entry of
its own into a copy of the shipped catalog and reads back what the checker says about that entry."""

import datetime as dt
import shutil
import textwrap

import pytest

from bindguard.core.catalog import CatalogError, load_catalog, load_catalog_collecting
from bindguard.resources import resource_path

TODAY = dt.date(2026, 12, 7)  # the day the shipped catalog was last checked
NEWS = "https://www.people.com.cn/n1/2025/0101/c1-1.html (人民网 report on it)"
OFFICIAL = "https://kf.example.com/help/1 (the platform's own help page)"
FACTS = "shared/research/platform-facts.md §2 (internal notes)"
TIER = 'tier = "other"\ntier_reason = { zh = "不涉及钱。", en = "No money." }\nrank = 100\n'


@pytest.fixture
def root(tmp_path):
    root = tmp_path / "catalog"
    shutil.copytree(resource_path("catalog"), root)
    return root


def _q(values):
    return "[" + ", ".join(f'"{v}"' for v in values) + "]"


def _route(steps=("打开 App。",), confidence="reported", sources=(OFFICIAL,), en_steps=None):
    en_steps = en_steps or ["Open the app."] * len(steps)
    body = ",\n".join(f'  {{ zh = "{zh}", en = "{en}" }}' for zh, en in zip(steps, en_steps, strict=True))
    return textwrap.dedent(f"""
        [[platform.route]]
        kind = "rebind"
        title = {{ zh = "在 App 里换", en = "In the app" }}
        needs = ["old_sms"]
        confidence = "{confidence}"
        sources = {_q(sources)}
        """) + f"steps = [\n{body},\n]\n"


def _platform(root, *, confidence="reported", sources=(OFFICIAL,), last_verified="2026-12-01",
              routes=None, extra=""):
    routes = [_route()] if routes is None else routes
    lv = f'"{last_verified}"' if last_verified == "unverified" else last_verified
    text = textwrap.dedent("""
        [[platform]]
        id = "zz_test"
        name = { zh = "测试应用", en = "Test app" }
        category = "social"
        """) + TIER + textwrap.dedent(f"""
        confidence = "{confidence}"
        sources = {_q(sources)}
        last_verified = {lv}
        """) + extra + "\n" + "".join(routes)
    (root / "platforms" / "zz_test.toml").write_text(text, encoding="utf-8")


def _bank(root, bank_id, extra):
    text = textwrap.dedent(f"""
        [[bank]]
        id = "{bank_id}"
        name = {{ zh = "测试银行{bank_id}", en = "Test bank {bank_id}" }}
        confidence = "reported"
        sources = ["{OFFICIAL}"]
        last_verified = 2026-12-01
        """) + extra + textwrap.dedent(f"""

        [[bank.route]]
        kind = "no_code"
        title = {{ zh = "去柜台", en = "At the counter" }}
        needs = ["id_card", "counter_visit"]
        confidence = "reported"
        sources = ["{OFFICIAL}"]
        steps = [{{ zh = "带身份证去柜台。", en = "Take your ID card to the counter." }}]
        """)
    with (root / "banks.toml").open("a", encoding="utf-8") as fh:
        fh.write(text)


def _about(root, entry_id="zz_test"):
    catalog, issues = load_catalog_collecting(root, TODAY)
    return catalog, [(i.field, i.message) for i in issues if i.entry == entry_id]


def _fields(root, entry_id="zz_test"):
    return {f for f, _m in _about(root, entry_id)[1]}


# -- labels ----------------------------------------------------------------------------------------

def test_an_entry_labelled_news_from_a_content_farm_is_rejected(root):
    _platform(root, confidence="news", sources=("https://www.some-seo-site.com/a/1.html (how-to)",))
    _catalog, issues = load_catalog_collecting(root, TODAY)
    mine = [i for i in issues if i.entry == "zz_test"]
    assert [(i.file, i.field) for i in mine] == [("platforms/zz_test.toml", "confidence")]
    assert "news outlet" in mine[0].message


def test_a_route_labelled_news_without_an_outlet_is_rejected_and_with_one_accepted(root):
    _platform(root, routes=[_route(confidence="news", sources=(OFFICIAL,)),
                            _route(confidence="news", sources=(OFFICIAL, NEWS))])
    assert _fields(root) == {"route[1].confidence"}


def test_an_outlet_subdomain_counts_as_the_outlet(root):
    _platform(root, confidence="news", sources=("https://finance.people.com.cn/n1/x.html (人民网财经)",))
    assert _fields(root) == set()


def test_the_news_outlet_list_in_the_data_is_what_decides(root):
    _platform(root, confidence="news", sources=(NEWS,))
    assert _fields(root) == set()
    outlets = root / "news_outlets.toml"
    text = outlets.read_text(encoding="utf-8")
    outlets.write_text(text.replace('domain = "people.com.cn"', 'domain = "example-outlet.cn"'), encoding="utf-8")
    assert _fields(root) == {"confidence"}


# -- dates and sources -----------------------------------------------------------------------------

def test_a_date_on_an_entry_whose_only_source_is_the_internal_fact_sheet_is_rejected(root):
    """The notebook is refused outright (issue 21): each citation of it, the route it alone supports,
    and the date no public source backs."""
    _platform(root, sources=(FACTS,), routes=[_route(sources=(FACTS,))])
    _catalog, issues = _about(root)
    found = dict(issues)
    assert set(found) == {"sources[1]", "route[1].sources[1]", "route[1].sources", "last_verified"}
    assert "notebook" in found["sources[1]"]
    assert "unverified" in found["last_verified"]
    assert "general way" in found["route[1].sources"]


def test_unverified_is_accepted_and_the_entry_says_so_instead_of_a_date(root):
    _platform(root, sources=(), last_verified="unverified", routes=[])  # nothing public: the general way
    catalog, issues = _about(root)
    assert issues == []
    platform = catalog.platforms["zz_test"]
    assert platform.last_verified is None
    assert platform.is_unverified
    assert not platform.is_stale(TODAY + dt.timedelta(days=3650))
    assert platform.verified_text("zh") == "未核实"
    assert platform.verified_text("en") == "Not verified"


def test_no_source_at_all_is_accepted_only_as_unverified_and_reported_with_the_fallback(root):
    _platform(root, sources=(), last_verified="unverified", routes=[], extra='no_code = "none_known"')
    catalog, issues = _about(root)
    assert issues == []
    assert catalog.platforms["zz_test"].routes == ()


@pytest.mark.parametrize(("confidence", "last_verified", "field"), [
    ("reported", "2026-12-01", "sources"),
    ("news", "unverified", "sources"),
    ("official", "unverified", "sources"),
])
def test_no_source_is_rejected_with_a_date_or_a_higher_label(root, confidence, last_verified, field):
    _platform(root, confidence=confidence, sources=(), last_verified=last_verified, routes=[],
              extra='no_code = "none_known"')
    assert field in _fields(root)


def test_a_route_without_sources_is_rejected_on_an_entry_that_has_them(root):
    _platform(root, routes=[_route(sources=())])
    assert _fields(root) == {"route[1].sources"}


def test_a_platform_without_routes_is_a_general_way_entry(root):
    _platform(root, routes=[])
    catalog, _issues = load_catalog_collecting(root, TODAY, use_compiled=False)
    platform = catalog.platforms["zz_test"]
    assert platform.is_general_way_entry
    assert catalog.general_way_of(platform).id == "app"
    assert "route" not in _fields(root)


def test_a_platform_without_routes_needs_a_general_way_with_routes(root):
    _platform(root, routes=[], extra='general_way = "nope"\n')
    assert {"general_way", "route"} <= _fields(root)


# -- route wording ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("zh", "en"), [
    ("按上面的办法做。", "Do as in route 2."),
    ("看下面的步骤。", "Follow route 2."),
    ("按办法 2 的路径。", "Do as described above."),
    ("按办法 2 的路径。", "See Below for the counter."),
])
def test_a_step_pointing_above_or_below_is_rejected(root, zh, en):
    _platform(root, routes=[_route(steps=("打开 App。", zh), en_steps=["Open the app.", en])])
    _catalog, issues = _about(root)
    assert [f for f, _m in issues] == ["route[1].steps[2]"]
    assert "办法 2" in issues[0][1]


def test_a_step_naming_the_route_is_accepted(root):
    _platform(root, routes=[_route(steps=("按办法 2 的路径去柜台。",), en_steps=["As in route 2, go to the counter."])])
    assert _fields(root) == set()


def test_the_top_of_the_phones_settings_screen_is_not_a_route_reference(root):
    _platform(root, routes=[_route(steps=("打开“设置”，点最上面您的名字。",), en_steps=["Tap your name at the top."])])
    assert _fields(root) == set()


def test_words_that_merely_contain_above_are_not_flagged(root):
    _platform(root, routes=[_route(steps=("打开 App。",), en_steps=["Open the aboveground app."])])
    assert _fields(root) == set()


# -- SMS senders -----------------------------------------------------------------------------------

def test_an_sms_sender_no_source_shows_is_rejected(root):
    _platform(root, extra='sms_senders = ["测试应用"]')
    _catalog, issues = _about(root)
    assert [f for f, _m in issues] == ["sms_senders"]
    assert "sms_senders_guessed" in issues[0][1]


def test_an_sms_sender_named_in_a_public_sources_note_is_accepted(root):
    _platform(root, sources=("https://kf.example.com/sms (SMS signed 【测试应用】)",),
              extra='sms_senders = ["测试应用"]')
    assert _fields(root) == set()


def test_the_internal_fact_sheet_naming_a_sender_is_not_enough(root):
    _platform(root, sources=(OFFICIAL, "shared/research/platform-facts.md (signs 【测试应用】)"),
              extra='sms_senders = ["测试应用"]')
    assert _fields(root) == {"sms_senders", "sources[2]"}  # and the notebook itself is refused


def test_a_guessed_sender_is_accepted_and_kept_apart_from_sourced_ones(root):
    _platform(root, extra='sms_senders_guessed = ["测试应用"]')
    catalog, issues = _about(root)
    assert issues == []
    platform = catalog.platforms["zz_test"]
    assert platform.sms_senders == ()
    assert platform.sms_senders_guessed == ("测试应用",)


def test_a_sender_both_sourced_and_guessed_is_rejected(root):
    _platform(root, sources=("https://kf.example.com/sms (SMS signed 【测试应用】)",),
              extra='sms_senders = ["测试应用"]\nsms_senders_guessed = ["测试应用"]')
    assert _fields(root) == {"sms_senders"}


def test_a_signature_mapping_needs_known_ids_and_a_public_source(root):
    path = root / "sms_signatures.toml"
    path.write_text(path.read_text(encoding="utf-8") + textwrap.dedent(f"""
        [[signature]]
        name = "测试科技"
        platforms = ["no_such_app"]
        sources = ["{FACTS}"]
        """), encoding="utf-8")
    _catalog, issues = load_catalog_collecting(root, TODAY)
    mine = {(i.file, i.field) for i in issues if i.entry == "测试科技"}
    # the unknown id, the notebook citation (named by its index) and the missing public source
    assert mine == {("sms_signatures.toml", "platforms"), ("sms_signatures.toml", "sources[1]"),
                    ("sms_signatures.toml", "sources")}


# -- accounts per number ---------------------------------------------------------------------------

def test_accounts_per_number_is_read_and_needs_a_public_source(root):
    _platform(root, extra="accounts_per_number = 5")
    catalog, issues = _about(root)
    assert issues == []
    assert catalog.platforms["zz_test"].accounts_per_number == 5
    _platform(root, sources=(), last_verified="unverified", routes=[], extra="accounts_per_number = 5")
    assert _fields(root) == {"accounts_per_number"}


# -- banks -----------------------------------------------------------------------------------------

def test_a_credit_card_centre_names_an_existing_bank_as_its_parent(root):
    _bank(root, "zz_cc_ok", 'kind = "credit_card"\nparent = "ccb"')
    _bank(root, "zz_cc_orphan", 'kind = "credit_card"')
    _bank(root, "zz_cc_unknown", 'kind = "credit_card"\nparent = "no_such_bank"')
    _bank(root, "zz_cc_of_cc", 'kind = "credit_card"\nparent = "zz_cc_ok"')
    _bank(root, "zz_plain_with_parent", 'parent = "ccb"')
    assert _fields(root, "zz_cc_ok") == set()
    for bank_id in ("zz_cc_orphan", "zz_cc_unknown", "zz_cc_of_cc", "zz_plain_with_parent"):
        _catalog, issues = _about(root, bank_id)
        assert [f for f, _m in issues] == ["parent"], bank_id


def test_bank_kinds_and_the_rural_province(root):
    _bank(root, "zz_rural", 'kind = "rural"\nprovince = { zh = "浙江", en = "Zhejiang" }')
    _bank(root, "zz_rural_nowhere", 'kind = "rural"')
    _bank(root, "zz_odd", 'kind = "pawnshop"')
    catalog, issues = _about(root, "zz_rural")
    assert issues == []
    assert catalog.banks["zz_rural"].province.zh == "浙江"
    assert catalog.banks["ccb"].kind == "bank"
    assert _fields(root, "zz_rural_nowhere") == {"province"}
    assert _fields(root, "zz_odd") == {"kind"}


def test_a_credit_card_goes_to_the_card_centre_and_a_debit_card_to_the_bank(root):
    _bank(root, "zz_cc", 'kind = "credit_card"\nparent = "icbc"')  # ICBC has no card centre of its own
    catalog, _issues = load_catalog_collecting(root, TODAY)
    assert catalog.bank_for_card("icbc", credit=True) == "zz_cc"
    assert catalog.bank_for_card("icbc", credit=False) == "icbc"
    assert catalog.bank_for_card("zz_cc", credit=False) == "icbc"
    assert catalog.bank_for_card("zz_cc", credit=True) == "zz_cc"
    no_centre = next(b for b in catalog.banks if b != "icbc" and catalog.banks[b].kind == "bank"
                     and not any(c.parent == b for c in catalog.banks.values()))
    assert catalog.bank_for_card(no_centre, credit=True) == no_centre


# -- what the findings do --------------------------------------------------------------------------

def test_evidence_findings_fail_the_check_but_not_the_window_and_broken_data_fails_both(root):
    _platform(root, confidence="news", sources=(OFFICIAL,))
    catalog = load_catalog(root, TODAY)  # the window still opens
    assert "zz_test" in catalog.platforms
    _catalog, issues = load_catalog_collecting(root, TODAY)
    assert any(i.entry == "zz_test" and i.evidence for i in issues)
    _platform(root, confidence="probably")
    with pytest.raises(CatalogError):
        load_catalog(root, TODAY)


def test_stats_count_labels_unverified_entries_and_sources_by_kind(root):
    _platform(root, confidence="news", sources=(NEWS, FACTS, "https://www.gov.cn/x.htm (State Council)"),
              last_verified="unverified", routes=[_route(sources=(OFFICIAL,))])
    before, _ = load_catalog_collecting(resource_path("catalog"), TODAY)
    after, _ = load_catalog_collecting(root, TODAY)
    from bindguard.core.catalog.stats import stats

    a, b = stats(after), stats(before)
    assert a["entries_by_label"]["news"] == b["entries_by_label"]["news"] + 1
    assert a["routes_by_label"]["reported"] == b["routes_by_label"]["reported"] + 1
    assert a["entries_unverified"] == b["entries_unverified"] + 1
    assert a["sources_by_kind"]["news"] == b["sources_by_kind"]["news"] + 1
    # gov.cn, and example.com whose note calls it the platform's own page; the fact sheet is "other"
    assert a["sources_by_kind"]["official"] == b["sources_by_kind"]["official"] + 2
    assert a["sources_by_kind"]["other"] == b["sources_by_kind"]["other"] + 1
    assert set(a["banks_by_kind"]) == {"bank", "credit_card", "rural"}


@pytest.mark.parametrize("source", [
    "https://www.163.com/dy/article/K9IRSF36053469KC.html (网易号 post)",
    "https://k.sina.com.cn/article_1.html (新浪看点)",
])
def test_a_portals_self_media_post_is_not_news(root, source):
    _platform(root, confidence="news", sources=(source,))
    assert _fields(root) == {"confidence"}


def test_a_portals_news_desk_article_is_news(root):
    _platform(root, confidence="news", sources=("https://news.163.com/25/0917/x.html (网易新闻)",))
    assert _fields(root) == set()
