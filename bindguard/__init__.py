"""BindGuard (换号卫士): find and undo every binding of an old Chinese phone number."""

__version__ = "0.1.0"
APP_NAME = "BindGuard"
