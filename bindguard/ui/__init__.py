"""BindGuard's Qt face. Imports bindguard.core; never imported by it."""
