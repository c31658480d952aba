"""The processes of a process group, from /proc (Linux): who is still alive after a kill, and
how much memory a crawl and its workers hold together."""
import pathlib


def group_members(pgid: int) -> list[int]:
    """PIDs whose process group is `pgid` (zombies left out: they hold no memory and are reaped)."""
    members = []
    for stat in pathlib.Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:  # exited while we looked
            continue
        if fields[0] != "Z" and int(fields[2]) == pgid:
            members.append(int(stat.parent.name))
    return members


def rss_bytes(pid: int) -> int:
    try:
        for line in pathlib.Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def group_rss(pgid: int) -> int:
    """Resident memory of the whole group (the crawl, its analysis workers, the resource tracker)."""
    return sum(rss_bytes(pid) for pid in group_members(pgid))
