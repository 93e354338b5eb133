"""The main window and what frames every page: pages, about, error report, recovery, reminder."""
