"""The base map, bundled so that the maps work without the internet: OpenStreetMap tiles of
zoom 0-6 over Great Britain and Ireland (27 tiles, about 0.5 MB; SOURCES.md says where they
come from). Deeper zooms enlarge level 6."""
from importlib.resources import files

TILE_URL = "/-/basemap/{z}/{x}/{y}.png"
TILE_OPTIONS = {
    "maxNativeZoom": 6, "maxZoom": 10, "minZoom": 4,
    "bounds": [[49.5, -11.0], [61.0, 2.5]],  # no requests for tiles that are not bundled
    "attribution": '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors',
}


def tile(z: int, x: int, y: int) -> bytes | None:
    """The PNG of one bundled tile, or None."""
    path = files("recoverywatch.web.basemap").joinpath(str(z), str(x), f"{y}.png")
    return path.read_bytes() if path.is_file() else None
