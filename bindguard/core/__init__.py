"""BindGuard's domain in plain Python. Nothing here imports Qt or bindguard.ui."""
