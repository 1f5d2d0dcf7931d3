"""One file per wizard page (PRODUCT.md §3). The order lives in bindguard/ui/wizard.py PAGES."""
