"""robots.txt, enforced in one place: a downloader middleware every request passes through.

Start URLs, sitemap and feed entries, links resumed from an earlier run's frontier and
redirect targets (Scrapy sends a redirect back through the scheduler and every downloader
middleware) all reach `process_request`; nothing is downloaded that robots.txt forbids.

It replaces Scrapy's RobotsTxtMiddleware, which lets everything through when robots.txt
cannot be read (a 5xx answer, a timeout): that is how a forbidden page got fetched on a run
where the site was struggling. Here, as RFC 9309 (section 2.3.1) says, a robots.txt that is
missing (4xx) allows everything, and one that is unreachable (5xx, 429, network failure)
forbids everything on that host for the rest of the run.
"""
import asyncio
import logging

from protego import Protego
from scrapy import Request
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.http.request import NO_CALLBACK
from scrapy.utils.httpobj import urlparse_cached

from recoverywatch.crawler.stats import ERRORS, ROBOTS_FORBIDDEN, ROBOTS_UNREACHABLE

log = logging.getLogger(__name__)

ROBOTS_REQUEST = "rw_robots_txt"  # meta key marking the robots.txt request itself


class _Everything:
    """Rules for a host without a usable robots.txt: allow or forbid every path."""

    def __init__(self, allowed: bool):
        self.allowed = allowed

    def can_fetch(self, url, user_agent):
        return self.allowed


ALLOW_ALL, FORBID_ALL = _Everything(True), _Everything(False)


def rules_from_response(status: int, body: bytes):
    """The rules a robots.txt answer gives (RFC 9309 2.3.1): parsed on success, allow-all when
    missing, forbid-all when the server failed or asked us to slow down."""
    if 200 <= status < 300:
        return Protego.parse(body.decode("utf-8", errors="replace"))
    if 400 <= status < 500 and status != 429:
        return ALLOW_ALL
    return FORBID_ALL


class RobotsMiddleware:
    DOWNLOAD_PRIORITY = 1000  # robots.txt goes ahead of the pages waiting for it

    def __init__(self, crawler):
        if not crawler.settings.getbool("ROBOTSTXT_OBEY"):
            raise NotConfigured
        self.crawler = crawler
        self.user_agent = crawler.settings.get("ROBOTSTXT_USER_AGENT") or crawler.settings.get("USER_AGENT")
        self.hosts = {}  # "scheme://host:port" -> rules, or a Future while robots.txt is being fetched

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    async def process_request(self, request, spider=None):
        if request.meta.get(ROBOTS_REQUEST):
            return None
        rules = await self.rules_for(request)
        if rules.can_fetch(request.url, self.user_agent):
            return None
        self.crawler.stats.inc_value(ROBOTS_FORBIDDEN)
        log.info("forbidden by robots.txt, not fetched: %s", request.url)
        raise IgnoreRequest(f"forbidden by robots.txt: {request.url}")

    async def rules_for(self, request):
        parts = urlparse_cached(request)
        origin = f"{parts.scheme}://{parts.netloc}".lower()
        known = self.hosts.get(origin)
        if known is None:
            waiting = self.hosts[origin] = asyncio.get_running_loop().create_future()
            try:
                rules = await self._fetch(origin)
            except BaseException:  # cancelled at shutdown: let the next request try again
                self.hosts.pop(origin, None)
                waiting.cancel()
                raise
            self.hosts[origin] = rules
            waiting.set_result(rules)
            return rules
        if isinstance(known, asyncio.Future):
            return await asyncio.shield(known)
        return known

    async def _fetch(self, origin):
        robots_url = origin + "/robots.txt"
        request = Request(robots_url, priority=self.DOWNLOAD_PRIORITY, callback=NO_CALLBACK, dont_filter=True,
                          meta={ROBOTS_REQUEST: True, "dont_obey_robotstxt": True})
        self.crawler.stats.inc_value("robotstxt/request_count")
        try:
            response = await self.crawler.engine.download_async(request)
        except Exception as exc:  # DNS, refused, timeout, TLS: robots.txt is unreachable
            return self._unreachable(robots_url, f"{type(exc).__name__}: {exc}")
        self.crawler.stats.inc_value(f"robotstxt/response_status_count/{response.status}")
        try:
            rules = rules_from_response(response.status, response.body)
        except Exception as exc:  # Protego on a truly broken file: treat as no usable rules
            log.warning("robots.txt at %s could not be parsed (%s); treating it as missing", robots_url, exc)
            return ALLOW_ALL
        if rules is FORBID_ALL:
            return self._unreachable(robots_url, f"HTTP {response.status}")
        return rules

    def _unreachable(self, robots_url, why):
        self.crawler.stats.inc_value(ROBOTS_UNREACHABLE)
        self.crawler.stats.inc_value(ERRORS)
        log.warning("robots.txt unreachable at %s (%s): nothing is fetched from that host in this run",
                    robots_url, why)
        return FORBID_ALL
