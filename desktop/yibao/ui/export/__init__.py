"""Exports: cases to PDF and to the printer."""
