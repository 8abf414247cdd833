"""Every rule, under its stable name.

Rules of the file are declared in ``file_rules`` and emitted by the stage that
finds them (loading, the model, resolving). Rules of the schedule are small
functions, one module per family (``overlaps``, ``places``, ``calendar``,
``attendance``, ``ignores``), registered with
:func:`~mission_cli.rules.registry.schedule_rule`. Adding a rule is one function in
one of these modules (or a new module listed in ``registry.all_rules``) and one
entry in ``docs/rules.md``.
"""
