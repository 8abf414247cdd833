"""Load: a file's bytes -> text -> YAML nodes with positions -> plain values."""
