"""Gazetteers and lexicons (see SOURCES.md)."""
