"""SQLite storage: schema, migrations, the idempotent shape step, and save_* upserts."""
from recoverywatch.db.schema import ensure_shape, open_db  # noqa: F401
