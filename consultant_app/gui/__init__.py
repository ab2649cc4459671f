"""The thin PySide6 layer: screens over the core services. Imports core; core never imports it."""
