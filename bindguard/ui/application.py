"""The QApplication subclass: names, translators, theme; one per process (tests get it from pytest-qt)."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QTranslator
from PySide6.QtWidgets import QApplication

from bindguard import APP_NAME, __version__
from bindguard.resources import resource_path


class Application(QApplication):
    def __init__(self, argv: list[str]) -> None:
        # Fusion on every system (one look to explain over the phone), chosen by Qt's own -style
        # option: app.setStyle() from Python first builds the ~600 Python enums of QStyle (~12 ms).
        super().__init__([*argv, "-style", "Fusion"])
        self.setApplicationName(APP_NAME)
        self.setOrganizationName(APP_NAME)
        self.setApplicationVersion(__version__)
        self.setDesktopFileName("bindguard")
        self.translators: list[QTranslator] = []


def set_language(app: QApplication, lang: str) -> None:
    """Install Qt's and BindGuard's Chinese translators (or none for English) before widgets exist;
    calling it again switches language: Qt sends LanguageChange and the pages retranslate."""
    translators: list[QTranslator] = getattr(app, "translators", [])
    for translator in translators:
        app.removeTranslator(translator)
    translators.clear()
    if lang == "zh":
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for name, folder in (("qtbase_zh_CN", qt_dir), ("bindguard_zh_CN", str(resource_path("translations")))):
            translator = QTranslator(app)
            if translator.load(name, folder):
                app.installTranslator(translator)
                translators.append(translator)
    app.translators = translators  # type: ignore[attr-defined]
