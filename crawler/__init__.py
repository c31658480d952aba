"""The Scrapy project: sources, strategy spiders, page analysis, pipelines."""
