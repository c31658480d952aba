"""Baseline for crawl_speed.py: a Scrapy spider that only downloads and follows links."""
import scrapy


class BareSpider(scrapy.Spider):
    name = "bare"

    def __init__(self, start, **kwargs):
        super().__init__(**kwargs)
        self.start_urls = [start]

    def parse(self, response):
        self.handle(response)
        for href in response.css("a::attr(href)").getall():
            yield response.follow(href, self.parse)

    def handle(self, response):
        pass
