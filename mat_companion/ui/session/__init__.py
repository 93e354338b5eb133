"""The session feature: its page, setup and run views, runtime, check-in, mixer, ring and tray."""
