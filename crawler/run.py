"""Run one crawl of all sources into a database and report what happened."""
import logging

from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings

from recoverywatch.crawler import settings as default_settings
from recoverywatch.crawler.spiders.sources_spider import SourcesSpider


def run_crawl(sources, db_path, log_level="INFO", overrides=None, resume=(), furniture_memory=None) -> dict:
    """Crawl `sources` into `db_path`; return Scrapy's stats for the run."""
    settings = Settings()
    settings.setmodule(default_settings, priority="project")
    settings.set("RECOVERYWATCH_DB", str(db_path))
    settings.set("LOG_LEVEL", log_level)
    for key, value in (overrides or {}).items():
        settings.set(key, value)
    settings.set("LOG_INSTALL_ROOT_HANDLER", False)  # the CLI configured logging
    process = CrawlerProcess(settings)
    root = logging.getLogger()
    root.setLevel(log_level)  # Scrapy resets the root level; a DEBUG line per request costs real time
    for handler in root.handlers:
        handler.setLevel(log_level)
    crawler = process.create_crawler(SourcesSpider)
    process.crawl(crawler, sources=sources, resume=resume, furniture_memory=furniture_memory)
    process.start()
    logging.getLogger(__name__).debug("crawl finished")
    return crawler.stats.get_stats()
