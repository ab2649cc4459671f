"""Qt item models over the core services: they load lazily and never hold a vault."""
