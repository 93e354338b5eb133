"""The breathing feature: its page, the pacer widget and the cue player."""
