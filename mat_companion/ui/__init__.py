"""Qt widgets: thin views that render core state and forward input."""
