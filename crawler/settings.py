"""Scrapy settings for recoverywatch crawls (polite by default)."""

BOT_NAME = "recoverywatch"
SPIDER_MODULES = ["recoverywatch.crawler.spiders"]
USER_AGENT = "recoverywatch/0.1 (+https://github.com/recoverywatch/recoverywatch; research crawler)"
ROBOTSTXT_OBEY = True   # enforced by crawler.robots.RobotsMiddleware for every request
ROBOTSTXT_USER_AGENT = "recoverywatch"   # the product token robots.txt groups are matched on
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 4
# Scrapy starts this many asyncio tasks for every response's output; our pipelines are synchronous,
# so more than a few only costs task churn (100, the default, was ~15% of the crawl process's time)
CONCURRENT_ITEMS = 4
DOWNLOAD_DELAY = 0.25
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 0.25
AUTOTHROTTLE_TARGET_CONCURRENCY = 2.0
DOWNLOAD_TIMEOUT = 30
DOWNLOAD_MAXSIZE = 20 * 1024 * 1024   # bigger than any real article or committee report
DOWNLOAD_WARNSIZE = 5 * 1024 * 1024
RETRY_TIMES = 2
REDIRECT_MAX_TIMES = 5
COOKIES_ENABLED = False
TELNETCONSOLE_ENABLED = False   # no remote console (its port and password) on a crawl
DUPEFILTER_CLASS = "recoverywatch.crawler.middlewares.RedirectAwareDupeFilter"
LOG_LEVEL = "INFO"
DOWNLOADER_MIDDLEWARES = {
    # Scrapy's own lets everything through when robots.txt cannot be read; ours forbids (RFC 9309)
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    "recoverywatch.crawler.middlewares.RedirectScopeMiddleware": 90,
    "recoverywatch.crawler.robots.RobotsMiddleware": 100,
    "recoverywatch.crawler.middlewares.ConditionalRequestMiddleware": 560,
}
ITEM_PIPELINES = {
    "recoverywatch.crawler.pipelines.ValidatePipeline": 100,
    "recoverywatch.crawler.pipelines.StorePipeline": 800,
}
