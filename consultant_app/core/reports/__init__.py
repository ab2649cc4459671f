"""The annual report's output layer: the shape of a computed report (shape.py), small-cell
suppression for exports (suppress.py), the tables every export prints (tables.py) and the
exports themselves (.xlsx, .docx, .pdf; export.py picks one by the file's extension).

Where the numbers come from (a laptop's vault, the registry's SQL) is not this package's
business: it takes the report's JSON (shape.py documents it) and turns it into what a funder
reads. No Qt here; the desktop's *Jaarcijfers* screen draws the same tables unsuppressed.
"""
