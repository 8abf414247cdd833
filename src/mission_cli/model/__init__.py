"""Model: plain values -> the Pydantic schema of a trip file."""
