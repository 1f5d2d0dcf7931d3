"""The frozen bundle behaves like the installed app (runs after `python packaging/build.py`).

.ci/run builds the bundle (packaging/ci-check.sh) and then runs this file with BINDGUARD_REQUIRE_BUNDLE=1, so
there every check is counted as passed or failed, never skipped: a missing bundle or tool is a failure.
Without that variable (a developer's plain `bash tests/run.sh`) a missing bundle skips the file.
packaging/smoke.py holds the checks themselves (also runnable on a bundle without pytest).
"""

from __future__ import annotations

import os

import pytest

from tests.packaging._load import load

smoke = load("smoke.py")

REQUIRED = os.environ.get("BINDGUARD_REQUIRE_BUNDLE") == "1"

pytestmark = [
    pytest.mark.packaging,
    pytest.mark.skipif(not REQUIRED and not smoke.DEFAULT_EXE.exists(),
                       reason="no frozen bundle: run python packaging/build.py"),
]


@pytest.fixture
def frozen(tmp_path):
    return smoke.Smoke(smoke.DEFAULT_EXE, tmp_path)


def _run(check):
    try:
        return check()
    except smoke.Skip as skip:
        if REQUIRED:
            pytest.fail(f"required in CI: {skip}")
        pytest.skip(str(skip))


def test_frozen_app_reports_its_version(frozen):
    assert _run(frozen.version).startswith("BindGuard ")


def test_frozen_app_builds_every_page_in_both_languages(frozen):
    _run(frozen.smoke_test)


def test_bundle_finds_resources_translations_plugins_and_libraries(frozen):
    _run(frozen.selftest)


def test_frozen_doctor_round_trips_a_secret_through_the_system_keyring(frozen):
    _run(frozen.doctor_keyring)


def test_frozen_app_keeps_data_in_the_folder_given(frozen):
    _run(frozen.data_dir_override)


def test_frozen_export_writes_a_pdf_with_chinese_text(frozen):
    _run(frozen.export_pdf)


def test_bundle_holds_no_build_machine_desktop_libraries_but_the_input_method_plugins(frozen):
    _run(frozen.contents)


def test_frozen_app_starts_as_a_real_x11_window(frozen):
    _run(frozen.xcb_start)


def test_frozen_app_runs_the_speech_worker_and_it_answers(frozen):
    _run(frozen.speech_worker)
