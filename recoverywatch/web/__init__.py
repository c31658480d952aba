"""The Datasette publication: metadata, the journalists' pages plugin, templates and canned SQL."""
