"""The strict checker (issue 21, points 1, 2, 3, 7 and 8). Each test copies the shipped catalog, puts
one fault into the copy and reads back what the checker says: file, entry and field, in plain words,
never a traceback."""

import datetime as dt
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from bindguard.core.catalog import COMPILED_NAME, load_catalog, load_catalog_collecting
from bindguard.resources import resource_path

TODAY = dt.date(2026, 12, 7)
ROOT = Path(__file__).resolve().parents[2]
OWN = "https://kf.example.com/help/change-phone (the platform's own help page: how to change the number)"
# the gov.cn page about 一证通查2.0: it says which companies the service covers, nothing about changing a number
COVERAGE = ("http://big5.www.gov.cn/gate/big5/www.gov.cn/xinwen/2022-07/21/content_5701964.htm "
            "(Xinhua on gov.cn: 一证通查2.0 covers these companies)")
NOTEBOOK = "shared/research/platform-facts.md §2 (internal notes)"


@pytest.fixture
def root(tmp_path):
    root = tmp_path / "catalog"
    shutil.copytree(resource_path("catalog"), root, ignore=shutil.ignore_patterns(COMPILED_NAME))
    return root


def _q(values):
    return "[" + ", ".join(f'"{v}"' for v in values) + "]"


def _platform(root, *, confidence="reported", sources=(OWN,), route_sources=(OWN,), route_confidence="reported",
              extra="", route_extra="", routes=True):
    text = textwrap.dedent(f"""
        [[platform]]
        id = "zz_test"
        name = {{ zh = "测试应用", en = "Test app" }}
        category = "social"
        tier = "other"
        tier_reason = {{ zh = "不涉及钱。", en = "No money." }}
        rank = 100
        confidence = "{confidence}"
        sources = {_q(sources)}
        last_verified = "unverified"
        """) + extra + "\n"
    if routes:
        text += textwrap.dedent(f"""
            [[platform.route]]
            kind = "rebind"
            title = {{ zh = "在 App 里换", en = "In the app" }}
            needs = ["old_sms", "new_sms"]
            confidence = "{route_confidence}"
            sources = {_q(route_sources)}
            steps = [{{ zh = "打开 App。", en = "Open the app." }}]
            """) + route_extra
    (root / "platforms" / "zz_test.toml").write_text(text, encoding="utf-8")


def _issues(root, entry="zz_test"):
    _catalog, issues = load_catalog_collecting(root, TODAY, use_compiled=False)
    return [i for i in issues if i.entry == entry]


def test_the_shipped_catalog_passes_the_strict_checker():
    _catalog, issues = load_catalog_collecting(resource_path("catalog"), TODAY, use_compiled=False)
    assert [str(i) for i in issues] == []


# -- point 8: unknown keys and typed values ----------------------------------------------------------

def test_a_misspelled_key_is_refused_with_file_entry_and_field(root):
    _platform(root, extra='hotlne = "95555"')
    found = _issues(root)
    assert [(i.file, i.entry, i.field) for i in found] == [("platforms/zz_test.toml", "zz_test", "hotlne")]
    assert "unknown field 'hotlne'" in found[0].message
    assert "'hotline'" in found[0].message


def test_a_misspelled_key_in_a_route_names_the_route(root):
    _platform(root, route_extra='sorces = ["x"]\n')
    assert [(i.field, "'sources'" in i.message) for i in _issues(root)] == [("route[1].sorces", True)]


def test_an_unknown_table_in_a_file_is_refused(root):
    path = root / "news_outlets.toml"
    path.write_text(path.read_text(encoding="utf-8") + '\n[[outlets]]\ndomain = "x.cn"\n', encoding="utf-8")
    found = [i for i in load_catalog_collecting(root, TODAY, use_compiled=False)[1] if i.field == "outlets"]
    assert [(i.file, i.entry) for i in found] == [("news_outlets.toml", "-")]


def test_a_category_order_that_is_not_a_number_is_a_plain_error_not_a_traceback(root):
    path = root / "categories.toml"
    path.write_text(path.read_text(encoding="utf-8").replace("order = 1\n", 'order = "x1"\n', 1), encoding="utf-8")
    found = _issues(root, "payment")
    assert [(i.file, i.entry, i.field) for i in found] == [("categories.toml", "payment", "order")]
    assert "whole number" in found[0].message
    assert "'x1'" in found[0].message


def test_catalog_check_on_a_broken_value_prints_the_problem_not_a_traceback(root):
    path = root / "categories.toml"
    path.write_text(path.read_text(encoding="utf-8").replace("essential = true\n", 'essential = "yes"\n', 1),
                    encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "bindguard", "catalog", "check", "--root", str(root)],
                          capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "Traceback" not in done.stderr
    assert "categories.toml: payment: essential:" in done.stdout + done.stderr


@pytest.mark.parametrize("value", ['"x1"', "3.5", "true", "[1, 2]", "{ zh = 1 }", '""', "-4", "2026-12-01"])
@pytest.mark.parametrize("field", ["rank", "tier", "name", "sources", "aliases", "url", "hotline", "covered_by",
                                   "accounts_per_number", "no_code", "note", "last_verified", "general_way",
                                   "confidence", "category", "tier_reason", "sms_senders"])
def test_any_wrong_value_in_any_field_is_an_issue_never_an_exception(root, field, value):
    text = textwrap.dedent("""
        [[platform]]
        id = "zz_test"
        name = { zh = "测试应用", en = "Test app" }
        category = "social"
        tier = "other"
        tier_reason = { zh = "不涉及钱。", en = "No money." }
        rank = 100
        confidence = "reported"
        sources = []
        last_verified = "unverified"
        """)
    lines = [line for line in text.splitlines() if not line.startswith(f"{field} =")]
    (root / "platforms" / "zz_test.toml").write_text("\n".join([*lines, f"{field} = {value}", ""]), encoding="utf-8")
    load_catalog_collecting(root, TODAY, use_compiled=False)  # never raises


# -- point 1: public addresses only ---------------------------------------------------------------

def test_the_notebook_as_a_source_is_refused(root):
    _platform(root, sources=(OWN, NOTEBOOK))
    found = _issues(root)
    assert [(i.file, i.field) for i in found] == [("platforms/zz_test.toml", "sources[2]")]
    assert "notebook" in found[0].message
    assert found[0].evidence


def test_a_source_without_an_address_is_refused(root):
    _platform(root, route_sources=(OWN, "hotline 95555: widely known, not re-checked"))
    found = _issues(root)
    assert [i.field for i in found] == ["route[1].sources[2]"]
    assert "no public address" in found[0].message


# -- point 2: labels earned --------------------------------------------------------------------------

def test_an_official_label_borrowed_from_the_discovery_coverage_page_is_refused(root):
    _platform(root, confidence="official", sources=(COVERAGE,), route_sources=(OWN.replace("own help", "help"),),
              extra='covered_by = ["yzt2"]')
    found = _issues(root)
    assert [(i.file, i.field) for i in found] == [("platforms/zz_test.toml", "confidence")]
    assert "covered_by" in found[0].message


def test_the_coverage_page_under_covered_by_sources_with_an_honest_label_passes(root):
    _platform(root, sources=(OWN.replace("own help", "help"),), extra=f'covered_by = ["yzt2"]\n'
              f'covered_by_sources = {_q([COVERAGE])}')
    assert _issues(root) == []


def test_a_route_labelled_official_needs_the_platforms_own_page(root):
    _platform(root, route_confidence="official", route_sources=("https://www.some-seo-site.com/1.html (how-to)",))
    found = _issues(root)
    assert [i.field for i in found] == ["route[1].confidence"]
    assert "official" in found[0].message


def test_an_entry_label_above_what_its_routes_earn_is_refused(root):
    _platform(root, confidence="news", sources=("https://www.some-seo-site.com/1.html (how-to)",))
    assert [i.field for i in _issues(root)] == ["confidence"]


@pytest.mark.parametrize(("file", "entry"), [("discovery.toml", "unionpay_cards"), ("carrier.toml", "port_out")])
def test_a_discovery_or_carrier_step_labelled_official_on_how_to_pages_is_refused(root, file, entry):
    """The ceiling holds for every entry, not only apps and banks: 云闪付“一键查卡” and 携号转网 were 官方
    on reprints and how-to pages alone."""
    path = root / file
    text = path.read_text(encoding="utf-8")
    start = text.index(f'id = "{entry}"')
    head, block = text[:start], text[start:]
    path.write_text(head + block.replace('confidence = "reported"', 'confidence = "official"', 1), encoding="utf-8")
    assert [i.field for i in _issues(root, entry)] == ["confidence"]


# -- point 3: no app-specific steps without a source about the app ---------------------------------

def test_app_specific_steps_resting_on_a_coverage_page_are_refused(root):
    _platform(root, route_sources=(COVERAGE,))
    found = _issues(root)
    assert [i.field for i in found] == ["route[1].sources"]
    assert "general way" in found[0].message


def test_app_specific_steps_resting_on_the_notebook_are_refused(root):
    _platform(root, route_sources=(NOTEBOOK,))
    assert {i.field for i in _issues(root)} == {"route[1].sources", "route[1].sources[1]"}


def test_an_app_without_steps_of_its_own_is_a_general_way_entry(root):
    _platform(root, sources=(), routes=False)
    assert _issues(root) == []
    catalog = load_catalog(root, TODAY)
    assert catalog.platforms["zz_test"].is_general_way_entry


# -- point 7: news is news -------------------------------------------------------------------------

def test_a_whole_portal_as_a_news_outlet_is_refused(root):
    path = root / "news_outlets.toml"
    path.write_text(path.read_text(encoding="utf-8") + '\n[[outlet]]\ndomain = "sohu.com"\n'
                    'name = { zh = "搜狐", en = "Sohu" }\n', encoding="utf-8")
    found = _issues(root, "sohu.com")
    assert [(i.file, i.field) for i in found] == [("news_outlets.toml", "domain")]
    assert "portal" in found[0].message


@pytest.mark.parametrize(("address", "news"), [
    ("https://finance.sina.com.cn/jjxw/2024-04-17/doc-inasaeuk1098753.shtml", True),
    (("https://cj.sina.com.cn/article/norm_detail?url=https%3A%2F%2Ffinance.sina.com.cn%2Fjjxw%2F2024-04-17%2F"
     "doc-inasaeuk1098753.shtml&finpagefr=w_110"), True),  # a wrapper of a listed section's article
    ("https://k.sina.com.cn/article_1.html", False),  # 新浪看点: self-media
    ("https://www.163.com/dy/article/K9IRSF36053469KC.html", False),  # 网易号
    ("https://new.qq.com/rain/a/20240417A01.html", False),  # the portal, not its news section
])
def test_a_news_label_needs_a_listed_news_section_not_the_portal(root, address, news):
    _platform(root, confidence="news", sources=(f"{address} (北京青年报 report)",), routes=False)
    assert (_issues(root) == []) is news


# -- point 10: an open dataset ---------------------------------------------------------------------

def _run(*args, **kwargs):
    return subprocess.run([sys.executable, "-m", "bindguard", "catalog", *args], capture_output=True, text=True,
                          cwd=ROOT, timeout=120, **kwargs)


def test_the_export_carries_its_format_version_and_fits_its_schema():
    import json

    from bindguard.core.catalog import format_version

    export = json.loads(_run("export", "--json").stdout)
    schema = json.loads(_run("schema").stdout)
    assert export["format_version"] == format_version() == schema["properties"]["format_version"]["const"]
    assert set(export) == set(schema["required"])
    for table, spec in schema["properties"].items():
        if spec.get("type") != "array":
            continue
        record = schema["$defs"][spec["items"]["$ref"].rsplit("/", 1)[1]]
        for item in export[table]:
            assert set(item) == set(record["properties"]), table  # every field, nothing else
    assert any(not p["routes"] and p["general_way"] == "app" for p in export["platforms"])
    assert [w["id"] for w in export["general_ways"]] == ["app", "bank_counter"]


def test_stats_report_labels_general_way_entries_ways_without_the_old_number_and_unverified():
    import json

    stats = json.loads(_run("stats", "--json").stdout)
    assert set(stats["entries_by_label"]) == {"official", "news", "reported"}
    assert stats["general_way_entries"] > 0
    assert stats["sources_without_address"] == 0
    assert set(stats["routes_without_old_number_by_tier"]) == {"money", "identity", "other"}
    assert stats["entries_unverified"] > 0


def test_export_into_a_reader_that_stops_early_ends_without_a_traceback():
    proc = subprocess.Popen([sys.executable, "-m", "bindguard", "catalog", "export", "--json"], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdout.read(200)  # like `| head`: read a little, then close the pipe
    proc.stdout.close()
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == 0
    assert "Traceback" not in err
    assert "BrokenPipe" not in err


def test_a_signature_mapping_citing_the_notebook_is_refused(root):
    path = root / "sms_signatures.toml"
    path.write_text(path.read_text(encoding="utf-8") + textwrap.dedent(f"""
        [[signature]]
        name = "测试科技"
        platforms = ["wechat"]
        sources = ["https://example.com/sms (signed 【测试科技】)", "{NOTEBOOK}"]
        """), encoding="utf-8")
    found = _issues(root, "测试科技")
    assert [(i.file, i.field) for i in found] == [("sms_signatures.toml", "sources[2]")]
