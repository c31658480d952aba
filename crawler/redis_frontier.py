"""A crawl frontier shared by several workers through Redis (scrapy-redis), with leases.

scrapy-redis gives the shared request queue (a sorted set) and duplicate filter (a set of
request fingerprints). Its queue pops destructively, so a worker killed mid-page would lose
the requests it held; here every pop is a *lease*: the request moves atomically into the
worker's `inflight` hash and leaves it only when the page's outcome is safely in Redis (its
item pushed for the writer, its links queued) or handed on (a redirect or retry re-queued).
A worker proves it is alive with a key that expires; the leases of a worker whose key has
expired go back to the queue, so another worker fetches those pages.

One crawl per Redis database: the URL's `/N` picks it. Keys are listed in `Keys`.
"""
import json
import time
import uuid

import redis
from scrapy.utils.httpobj import urlparse_cached
from scrapy_redis.queue import PriorityQueue
from scrapy_redis.scheduler import Scheduler

ALIVE_SECONDS = 10  # a worker silent this long is taken for dead and its leases re-queued
LEASE = "rw_lease"  # request meta key: the lease id the request was popped under


class Keys:
    requests = "rw:requests"      # scrapy-redis priority queue
    dupefilter = "rw:dupefilter"  # scrapy-redis fingerprints
    lease_ids = "rw:lease_ids"
    workers = "rw:workers"        # set of worker ids that have joined
    items = "rw:items"            # analysed pages (JSON) waiting for the writer
    writing = "rw:writing"        # the writer's batch in progress (re-read after a writer crash)
    stats = "rw:stats"            # worker stat totals
    job = "rw:job"                # what workers need to join: sources, settings, template memory
    seen = "rw:seen"              # url -> validators, for conditional requests

    @staticmethod
    def inflight(worker):
        return f"rw:inflight:{worker}"

    @staticmethod
    def alive(worker):
        return f"rw:alive:{worker}"

    @staticmethod
    def host(origin):
        return f"rw:host:{origin}"

    @staticmethod
    def host_seq(origin):
        return f"rw:seq:{origin}"


# pop the best request into the worker's inflight hash, as "score request" under a new lease id
_POP = """
local r = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
if #r == 0 then return false end
redis.call('ZREMRANGEBYRANK', KEYS[1], 0, 0)
local id = redis.call('INCR', KEYS[3])
redis.call('HSET', KEYS[2], id, r[2] .. ' ' .. r[1])
return {tostring(id), r[1]}
"""

# queue a request as its host's next one: within a priority, hosts take turns (the n-th request
# of every host before any host's n+1-th) and each host's requests keep their order. The
# duplicate filter's fingerprint (ARGV[4], '' for an unfiltered request) is recorded in the
# same step: recorded apart, a worker killed between the two would leave a link marked seen
# but never queued, and the page it leads to would be lost. An optional lease (the request this
# one replaces: a redirect or retry) is released in the same step, whether queued or dropped.
# Nothing is written before the last check, so a failed call leaves no half.
_PUSH = """
if ARGV[4] ~= '' and redis.call('SISMEMBER', KEYS[4], ARGV[4]) == 1 then
  if ARGV[3] ~= '' then redis.call('HDEL', KEYS[3], ARGV[3]) end
  return 0
end
local seq = redis.call('INCR', KEYS[2])
redis.call('ZADD', KEYS[1], string.format('%.0f', tonumber(ARGV[1]) * 1e9 + seq), ARGV[2])
if ARGV[4] ~= '' then redis.call('SADD', KEYS[4], ARGV[4]) end
if ARGV[3] ~= '' then redis.call('HDEL', KEYS[3], ARGV[3]) end
return 1
"""

# put every lease of a dead worker back in the queue, atomically (two recoverers cannot both do it)
_REQUEUE = """
local vals = redis.call('HVALS', KEYS[2])
for _, v in ipairs(vals) do
  local sp = string.find(v, ' ', 1, true)
  redis.call('ZADD', KEYS[1], tonumber(string.sub(v, 1, sp - 1)), string.sub(v, sp + 1))
end
redis.call('DEL', KEYS[2])
redis.call('SREM', KEYS[3], ARGV[1])
return #vals
"""

# one host's politeness slot: granted (0) when the delay since the last grant has passed, which
# then starts again from now; else the seconds left. Granting at the moment of sending (not
# reserving a moment ahead) keeps a late wake-up from bringing the next request too close.
_SLOT = """
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
local nxt = tonumber(redis.call('GET', KEYS[1]) or '0')
if now >= nxt then
  redis.call('SET', KEYS[1], string.format('%.6f', now + tonumber(ARGV[1])), 'EX', 3600)
  return '0'
end
return string.format('%.6f', nxt - now)
"""


class FrontierError(Exception):
    """Redis cannot be used: the message is one line for the user."""


def connect(url):
    """A client for `url`, checked with a PING: FrontierError when the URL or server is bad."""
    try:
        server = redis.Redis.from_url(url)
        server.ping()
    except (ValueError, redis.RedisError) as exc:
        raise FrontierError(f"cannot use Redis at {url}: {exc}") from None
    return server


class LeasedQueue(PriorityQueue):
    """scrapy-redis's priority queue, popping under a lease (see the module doc)."""

    worker_id = None  # set by the worker before the crawl opens

    def pop(self, timeout=0):
        got = self.server.eval(_POP, 3, self.key, Keys.inflight(self.worker_id), Keys.lease_ids)
        if not got:
            return None
        lease, data = got
        request = self._decode_request(data)
        request.meta[LEASE] = lease.decode()
        return request

    def push(self, request, fingerprint="", seen_key=Keys.dupefilter):
        """Queue a request unless `fingerprint` is in the set `seen_key` (True when queued); a
        redirect or retry of a leased request hands its lease over, or gives it back when dropped.

        Hosts take turns in the queue, so the requests a worker holds are spread over many
        hosts, each waiting only for its own host's politeness slot."""
        lease = request.meta.pop(LEASE, None) or ""
        parts = urlparse_cached(request)
        origin = f"{parts.scheme}://{parts.netloc}".lower()
        keys = (self.key, Keys.host_seq(origin), Keys.inflight(self.worker_id), seen_key)
        return bool(self.server.eval(_PUSH, len(keys), *keys,
                                     -request.priority, self._encode_request(request), lease, fingerprint))


class LeasedScheduler(Scheduler):
    """scrapy-redis's scheduler, whose duplicate check and queueing are one step in Redis
    (see `_PUSH`); a leased request the filter drops (a redirect to a page already seen)
    gives its lease back."""

    def enqueue_request(self, request):
        fingerprint = "" if request.dont_filter else self.df.request_fingerprint(request)
        if not self.queue.push(request, fingerprint, self.df.key):  # the filter's own set
            self.df.log(request, self.spider)
            return False
        if self.stats:
            self.stats.inc_value("scheduler/enqueued/redis")
        return True


def ack(server, worker, lease):
    server.hdel(Keys.inflight(worker), lease)


def requeue_dead(server) -> int:
    """Put the leases of every worker that stopped proving it is alive back in the queue."""
    moved = 0
    for worker in server.smembers(Keys.workers):
        worker = worker.decode()
        if not server.exists(Keys.alive(worker)):
            moved += server.eval(_REQUEUE, 3, Keys.requests, Keys.inflight(worker), Keys.workers, worker)
    return moved


def heartbeat(server, worker):
    with server.pipeline() as pipe:
        pipe.sadd(Keys.workers, worker)
        pipe.set(Keys.alive(worker), 1, ex=ALIVE_SECONDS)
        pipe.execute()


def leave(server, worker):
    """A worker that stops: its leases (requests it had not finished) go back to the queue."""
    server.delete(Keys.alive(worker))
    server.eval(_REQUEUE, 3, Keys.requests, Keys.inflight(worker), Keys.workers, worker)


def outstanding(server) -> int:
    """Requests queued or leased by a live worker: 0 means the crawl has nothing left to fetch."""
    requeue_dead(server)
    total = server.zcard(Keys.requests)
    for worker in server.smembers(Keys.workers):
        total += server.hlen(Keys.inflight(worker.decode()))
    return total


def host_slot(server, origin, delay) -> float:
    """0 when a request to `origin` may go now (the delay held across workers), else the
    seconds to wait before asking again."""
    return float(server.eval(_SLOT, 1, Keys.host(origin), delay))


def new_worker_id() -> str:
    return uuid.uuid4().hex[:12]


def publish_job(server, job: dict):
    server.set(Keys.job, json.dumps(job))


def read_job(server, wait=0.0) -> dict | None:
    deadline = time.monotonic() + wait
    while True:
        raw = server.get(Keys.job)
        if raw or time.monotonic() >= deadline:
            return json.loads(raw) if raw else None
        time.sleep(0.5)


def clear_crawl(server):
    """Forget a finished crawl's frontier, so the next run starts from the sources again."""
    keys = [Keys.requests, Keys.dupefilter, Keys.items, Keys.writing, Keys.stats, Keys.job, Keys.seen, Keys.workers]
    keys += [k for k in server.scan_iter("rw:inflight:*")] + [k for k in server.scan_iter("rw:host:*")]
    keys += [k for k in server.scan_iter("rw:seq:*")]
    server.delete(*keys)
