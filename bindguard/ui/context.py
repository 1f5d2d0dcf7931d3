"""What every page is given: the store, the catalog, the current checklist and the settings.

Pages talk to each other only through this object's checklist (never another page's widgets).
Expensive things (catalog, vault/keyring, QR) load on first use, after the first page is shown.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bindguard.core.checklist import Checklist
from bindguard.core.store import Store

if TYPE_CHECKING:
    from bindguard.core.catalog import Catalog
    from bindguard.core.situation import Situation


@dataclass
class AppContext:
    store: Store
    data_dir: Path
    lang: str = "zh"
    large_text: bool = False
    checklist: Checklist | None = None
    # the situation picked on 您的情况 before the checklist is made (core.flow: the step list follows it)
    chosen_situation: Situation | None = None
    _catalog: Catalog | None = field(default=None, repr=False)
    _vault: Any = field(default=None, repr=False)
    # The catalog may be loaded by the start-up warm-up thread (ui/run.py) while a page asks for it:
    # the page then waits for that load instead of parsing the catalog a second time.
    _catalog_lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    @property
    def catalog(self) -> Catalog:
        with self._catalog_lock:
            if self._catalog is None:
                from bindguard.core.catalog_problem import load_catalog_plainly

                self._catalog = load_catalog_plainly()  # BindGuardError: catalog.invalid / .missing
            return self._catalog

    @catalog.setter
    def catalog(self, catalog: Catalog | None) -> None:
        """Hand in a catalog (a test's own), or None to load the shipped one again on next use."""
        with self._catalog_lock:
            self._catalog = catalog

    @property
    def catalog_loaded(self) -> bool:
        """Whether the catalog is in memory already (the start-up warm-up loads it in the background)."""
        return self._catalog is not None

    @property
    def vault(self) -> Any:
        """The notes vault, made on first use (importing keyring costs ~0.2 s: never at start-up)."""
        if self._vault is None:
            from bindguard.core.vault import Vault

            self._vault = Vault(self.store)
        return self._vault

    @vault.setter
    def vault(self, vault: Any) -> None:
        """Hand in a vault (a test's own), or None to make the real one again on next use."""
        self._vault = vault

    @property
    def vault_made(self) -> bool:
        """Whether the vault (and so keyring) has been made yet: it never is at start-up."""
        return self._vault is not None
