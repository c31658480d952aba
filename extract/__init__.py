"""spaCy components and domain data: areas, providers, figures, quotes, relevance."""
