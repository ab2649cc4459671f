"""The annual report's output layer: the shape of a computed report (shape.py), small-cell
suppression for exports (suppress.py), the tables every export prints (tables.py) and the
exports themselves (.xlsx, .docx, .pdf; export.py picks one by the file's extension).

The figures themselves are declared once in figures.py, as SQL that a laptop's vault and the
registry both run (each on its own tables); the output layer takes the report's JSON (shape.py
documents it), wherever it was counted, and turns it into what a funder reads. No Qt here; the desktop's *Jaarcijfers* screen draws the same tables unsuppressed.
"""
