"""Baseline for crawl_speed.py: the bare spider plus trafilatura on every page."""
import trafilatura
from bare_spider import BareSpider


class TrafilaturaSpider(BareSpider):
    name = "trafilatura"

    def handle(self, response):
        trafilatura.extract(response.text, url=response.url)
