"""GENERATED from ui/*.ui by pyside6-uic: never edit these by hand.

Regenerate all of them with `python -m consultant_app.gui.forms` after changing a .ui file;
tests/gui/test_forms.py fails when one is stale.
"""
