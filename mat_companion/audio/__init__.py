"""Sound: synthesis (numpy, no Qt) and playback behind one small interface."""
