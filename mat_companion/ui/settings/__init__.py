"""The settings feature: its page and the first-run screening."""
