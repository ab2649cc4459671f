"""Domain dataclasses, validation and name folding; no storage, no I/O."""
