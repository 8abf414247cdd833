"""The rules reference, shipped in the package (``mission rules``)."""
