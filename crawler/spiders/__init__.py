"""Strategy spiders: one spider drives every source by listing, sitemap and feed."""
