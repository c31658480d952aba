"""What a reader's SQL may do on the published database: read, nothing else.

Every connection Datasette opens to the published file gets `authorizer` (see the
plugin's prepare_connection). It refuses writes of every kind, attaching other files,
the functions that reach outside SQLite (fts3_tokenizer hands out and accepts memory
pointers; load_extension, readfile and writefile touch the host), and setting pragmas.
Reading the database's own file path is answered with NULL instead of refused, so
Datasette's own introspection keeps working but never shows the path."""
import sqlite3

DENIED_FUNCTIONS = frozenset({"fts3_tokenizer", "load_extension", "readfile", "writefile", "edit",
                              "fts5_source_id_tokenizer", "zipfile", "sqlar_compress", "sqlar_uncompress"})

DENIED_ACTIONS = frozenset({
    sqlite3.SQLITE_INSERT, sqlite3.SQLITE_UPDATE, sqlite3.SQLITE_DELETE,
    sqlite3.SQLITE_CREATE_INDEX, sqlite3.SQLITE_CREATE_TABLE, sqlite3.SQLITE_CREATE_TEMP_INDEX,
    sqlite3.SQLITE_CREATE_TEMP_TABLE, sqlite3.SQLITE_CREATE_TEMP_TRIGGER, sqlite3.SQLITE_CREATE_TEMP_VIEW,
    sqlite3.SQLITE_CREATE_TRIGGER, sqlite3.SQLITE_CREATE_VIEW, sqlite3.SQLITE_CREATE_VTABLE,
    sqlite3.SQLITE_DROP_INDEX, sqlite3.SQLITE_DROP_TABLE, sqlite3.SQLITE_DROP_TEMP_INDEX,
    sqlite3.SQLITE_DROP_TEMP_TABLE, sqlite3.SQLITE_DROP_TEMP_TRIGGER, sqlite3.SQLITE_DROP_TEMP_VIEW,
    sqlite3.SQLITE_DROP_TRIGGER, sqlite3.SQLITE_DROP_VIEW, sqlite3.SQLITE_DROP_VTABLE,
    sqlite3.SQLITE_ALTER_TABLE, sqlite3.SQLITE_REINDEX, sqlite3.SQLITE_ANALYZE,
    sqlite3.SQLITE_ATTACH, sqlite3.SQLITE_DETACH,
})

# pragmas that only report on the schema; anything else (and any assignment) is refused
READ_PRAGMAS = frozenset({"table_info", "table_xinfo", "index_list", "index_info", "index_xinfo",
                          "foreign_key_list", "database_list", "function_list", "module_list",
                          "pragma_list", "collation_list", "compile_options", "schema_version",
                          "user_version", "data_version", "page_size", "page_count", "encoding",
                          "freelist_count", "table_list"})
# pragmas whose single argument is a table or index name, not a new value
NAME_ARG_PRAGMAS = frozenset({"table_info", "table_xinfo", "index_list", "index_info", "index_xinfo",
                              "foreign_key_list", "table_list"})

# (table, column) a reader gets NULL for: where the server keeps its files
HIDDEN_COLUMNS = frozenset({("pragma_database_list", "file")})


def authorizer(action, arg1, arg2, db_name, trigger):
    if action == sqlite3.SQLITE_UPDATE and arg1 == "sqlite_master" and db_name == "main":
        # SQLite asks this while loading the schema (virtual tables); a real write to
        # sqlite_master needs writable_schema, which is refused below
        return sqlite3.SQLITE_OK
    if action in DENIED_ACTIONS:
        return sqlite3.SQLITE_DENY
    if action == sqlite3.SQLITE_FUNCTION:
        return sqlite3.SQLITE_DENY if (arg2 or "").lower() in DENIED_FUNCTIONS else sqlite3.SQLITE_OK
    if action == sqlite3.SQLITE_PRAGMA:
        name = (arg1 or "").lower()
        if name not in READ_PRAGMAS or (arg2 is not None and name not in NAME_ARG_PRAGMAS):
            return sqlite3.SQLITE_DENY
        if name == "database_list":
            return sqlite3.SQLITE_IGNORE  # its rows carry file paths
        return sqlite3.SQLITE_OK
    if action == sqlite3.SQLITE_READ and ((arg1 or "").lower(), (arg2 or "").lower()) in HIDDEN_COLUMNS:
        return sqlite3.SQLITE_IGNORE
    return sqlite3.SQLITE_OK


def guard(conn):
    """Install the authorizer; refuse extension loading at the driver level too."""
    conn.set_authorizer(authorizer)
    try:
        conn.enable_load_extension(False)
    except AttributeError:  # Python built without extension support: already off
        pass
