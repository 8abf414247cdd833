"""Where the project and its trip-file schema are published: the one place for these
addresses (the package's metadata, the schema's ``$id``, the first line of the files
``mission init`` writes)."""

PROJECT_URL = "https://github.com/mission-cli/mission"
SCHEMA_VERSION = "1.2"
SCHEMA_PATH = f"schema/trip-{SCHEMA_VERSION}.json"
"""The JSON Schema of the trip file, in the repository."""
SCHEMA_URL = f"https://raw.githubusercontent.com/mission-cli/mission/main/{SCHEMA_PATH}"
"""The same file as an editor fetches it (``# yaml-language-server: $schema=…``)."""
