"""Procurement notices beside the news: read OCDS (Open Contracting Data Standard) release
packages from Find a Tender, Contracts Finder or saved files, keep those about drug and alcohol
treatment, resolve buyers to areas and suppliers to providers, and store them.

Modules: `rules` (the data file), `ocds` (reading and compiling notices), `resolve` (gazetteer
look-ups), `store` (the database), `fetch` (the APIs), `run` (what the CLI calls)."""
