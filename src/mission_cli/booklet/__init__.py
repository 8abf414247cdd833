"""The booklet ("carnet de route"): a delegate's or the delegation's whole trip as an A4
PDF, set by Typst from a document of already-worded data (``data.py``)."""
