"""mission: check and print the programme of an official delegation abroad."""

__version__ = "0.1.0"
