"""recoverywatch: crawl → extract → SQLite → Datasette, behind one CLI."""
__version__ = "0.1.0"
