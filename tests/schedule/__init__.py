"""The scheduling engine (issue #23): exact cases and a brute force."""
