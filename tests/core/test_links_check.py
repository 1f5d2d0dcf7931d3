"""A maintainer's link check tells dead, moved and unknown pages apart and never fails the build."""

import http.server
import io
import json
import socket
import threading
import time

import pytest

from bindguard.core import links_check
from bindguard.core.catalog import load_catalog
from bindguard.core.links_check import LinkResult, check_links, check_urls, distrust_dns_when_offline


class _Handler(http.server.BaseHTTPRequestHandler):
    def _answer(self) -> None:
        path = self.path
        if path == "/ok":
            self.send_response(200)
            self.end_headers()
        elif path == "/gone":
            self.send_response(404)
            self.end_headers()
        elif path == "/moved":
            self.send_response(301)
            self.send_header("Location", "https://example.org/new-home")
            self.end_headers()
        elif path == "/wall":
            self.send_response(403)
            self.end_headers()
        elif path == "/slow":
            time.sleep(1.5)
            self.send_response(200)
            self.end_headers()
        elif path == "/no-head":
            if self.command == "HEAD":
                self.send_response(405)
            else:
                self.send_response(200)
            self.end_headers()
        else:
            self.send_response(500)
            self.end_headers()

    do_GET = _answer
    do_HEAD = _answer

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server():
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_each_kind_of_answer_is_classified_for_the_maintainer(server):
    items = [(name, f"{server}/{name}") for name in ("ok", "gone", "moved", "wall", "slow", "no-head")]
    results = {r.entry: r for r in check_urls(items, timeout=0.5)}
    assert results["ok"].status == "ok"
    assert results["gone"].status == "dead"
    assert results["gone"].code == 404
    assert results["moved"].status == "moved"
    assert results["moved"].target == "https://example.org/new-home"
    assert results["wall"].status == "unknown"
    assert results["wall"].code == 403
    assert results["slow"].status == "unknown"
    assert "timeout" in results["slow"].detail
    assert results["no-head"].status == "ok"  # HEAD refused, GET fallback works


def test_results_keep_the_order_of_the_catalog(server):
    items = [(f"e{i}", f"{server}/ok") for i in range(8)]
    assert [r.entry for r in check_urls(items, timeout=2)] == [f"e{i}" for i in range(8)]


def test_unreachable_host_is_not_called_dead_when_unsure():
    # a refused connection on a closed port is not proof that the page is gone
    results = check_urls([("closed", "http://127.0.0.1:9/")], timeout=0.5)
    assert results[0].status == "unknown"


def test_a_host_that_does_not_exist_is_dead_when_others_answer(server, monkeypatch):
    real = socket.getaddrinfo

    def fake(host, *args, **kwargs):
        if host == "gone.example":
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return real(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", fake)
    results = check_urls([("a", f"{server}/ok"), ("b", "http://gone.example/")], timeout=2)
    assert [r.status for r in results] == ["ok", "dead"]
    assert "no such host" in results[1].detail


def test_an_offline_machine_does_not_call_every_address_dead():
    results = [
        LinkResult("a", "https://a.example", "dead", None, "", "GET: no such host"),
        LinkResult("b", "https://b.example", "unknown", None, "", "GET: timeout"),
    ]
    fixed = distrust_dns_when_offline(results)
    assert [r.status for r in fixed] == ["unknown", "unknown"]
    assert "offline" in fixed[0].detail


def test_link_check_never_fails_and_writes_a_report(tmp_path, monkeypatch, server):
    catalog = load_catalog()
    urls = links_check.catalog_urls(catalog)
    assert urls
    assert all(url.startswith("https://") for _, url in urls)
    # send every catalog URL to the local 404 page instead of the internet
    monkeypatch.setattr(links_check, "catalog_urls", lambda c: [(e, f"{server}/gone") for e, _ in urls])
    out = io.StringIO()
    report = tmp_path / "links.json"
    assert check_links(catalog, report_path=report, timeout=2, out=out) == 0
    data = json.loads(report.read_text(encoding="utf-8"))
    assert data["summary"] == {"dead": len(urls)}
    assert data["offline_suspected"] is False
    assert "only when a maintainer runs" in data["note"]
    assert f"{len(urls)} URL(s): 0 ok, {len(urls)} dead" in out.getvalue()


def test_the_cli_command_runs_the_checker_and_exits_zero(tmp_path, monkeypatch, server, capsys):
    from bindguard.cli import main

    monkeypatch.setattr(links_check, "catalog_urls", lambda c: [("wall", f"{server}/wall")])
    report = tmp_path / "r.json"
    assert main(["catalog", "links", "--report", str(report), "--timeout", "2"]) == 0
    assert json.loads(report.read_text(encoding="utf-8"))["summary"] == {"unknown": 1}
    assert "unknown  wall" in capsys.readouterr().out
