"""mission: check and print the programme of an official delegation abroad."""


def __getattr__(name: str) -> str:
    """``__version__``: the installed distribution's (``version.py``), read when asked."""
    if name == "__version__":
        from mission_cli.version import installed_version

        globals()["__version__"] = found = installed_version()
        return found
    raise AttributeError(f"module 'mission_cli' has no attribute {name!r}")
