"""Integration with the desktop: screen saver, notifications, tray, single instance."""
