"""SQLite storage: schema, the idempotent shape step, and save_* upserts."""
from db.schema import ensure_shape, open_db  # noqa: F401
