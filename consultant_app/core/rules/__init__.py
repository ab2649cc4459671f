"""Scheme packs as data: a scheme's conditions, its parameters with dated and sourced values and
its deadline rules, read from TOML (pack.py, checked by lint.py), evaluated for one client on
one date with a trace (evaluate.py, the condition kinds in kinds.py), and found among the
shipped packs and the office's own (library.py). No Qt, no vault: a check reads a Client.
"""
