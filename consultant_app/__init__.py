"""Spreekuur: an offline, encrypted case-file toolkit for remigration consultants (no Qt here)."""

__version__ = "0.1.0"
APP_NAME = "Spreekuur"
APP_ID = "consultant-app"
