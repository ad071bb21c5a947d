"""wizards."""
