"""One file per wizard page (PRODUCT.md §3).

The order lives in bindguard/core/flow.py, each page's class and step-list name in bindguard/ui/page_table.py.
"""
