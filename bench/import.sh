#!/usr/bin/env bash
# Import benchmark: 100,000 points from a GeoPackage in VN-2000 (EPSG:3405), loaded
#   (a) by the catalogue's importer (reprojection, validation, audit and change log, one transaction)
#   (b) by ogr2ogr -f PostgreSQL from Debian's gdal-bin (plain copy into a table)
#   (c) by set-based SQL into copies of the catalogue's tables: the floor any loader keeping the
#       catalogue's guarantees must pay inside PostgreSQL
# side by side in one run, into the same PostGIS, in a database of its own (never the
# catalogue a user runs). The importer runs in a 256 MB heap to show that memory stays flat.
#
#   bash bench/import.sh [N]          (default N = 100000)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
N="${1:-100000}"
OUT="$ROOT/bench/results/import-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$OUT"
cd "$ROOT"

command -v ogr2ogr >/dev/null || { [[ $(id -u) -eq 0 ]] && apt-get install -y -q gdal-bin >/dev/null || { echo "Install gdal-bin: sudo apt-get install gdal-bin"; exit 1; }; }
./catalogue db start >/dev/null
./catalogue build >/dev/null
PASSWORD="$(cat .catalogue/db-password)"
PORT="${CATALOGUE_DB_PORT:-5544}"
export PGPASSWORD="$PASSWORD"
PSQL=(psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PORT" -U catalogue)
"${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS catalogue_import_bench" -c "CREATE DATABASE catalogue_import_bench"
"${PSQL[@]}" -d catalogue_import_bench -c "CREATE EXTENSION postgis"
export CATALOGUE_DB_URL="jdbc:postgresql://127.0.0.1:$PORT/catalogue_import_bench"
export CATALOGUE_DB_USER=catalogue CATALOGUE_DB_PASSWORD="$PASSWORD"

echo "== Schema and parks (the service's migrations, through the importer)"
CATALOGUE_LOAD_GEODATA=false timeout 300 ./catalogue import geodata/layers/parks.geojson --layer parks >/dev/null

echo "== Making $N points inside the Non nước Cao Bằng park, as a VN-2000 GeoPackage"
"${PSQL[@]}" -d catalogue_import_bench -c "\\copy (
  SELECT 'dd-' || lpad(g.n::text, 6, '0') AS ma_diem,
         (ARRAY['geosite','cave','waterfall','lake','landform','historical_relic','religious_site','craft_village','viewpoint','information_centre'])[1 + g.n % 10] AS loai,
         'Điểm số ' || g.n AS ten_vi, 'Point ' || g.n AS ten_en, '地点 ' || g.n AS ten_zh,
         round(ST_X(g.geom)::numeric, 6) AS lon, round(ST_Y(g.geom)::numeric, 6) AS lat
    FROM (SELECT row_number() OVER () - 1 AS n, d.geom
            FROM park, ST_Dump(ST_GeneratePoints(ST_Buffer(boundary, -0.03), $N, 7)) d
           WHERE park.id = 'non-nuoc-cao-bang') g) TO '$OUT/points.csv' WITH (FORMAT csv, HEADER)"
ogr2ogr -f GPKG "$OUT/points.gpkg" "$OUT/points.csv" -nln diem -oo X_POSSIBLE_NAMES=lon -oo Y_POSSIBLE_NAMES=lat \
  -oo KEEP_GEOM_COLUMNS=NO -s_srs EPSG:4326 -t_srs EPSG:3405 -lco GEOMETRY_NAME=geom
cat > "$OUT/mapping.yaml" <<'YAML'
layer: places
id: ma_diem
fields:
  kind: loai
  name: { vi: ten_vi, en: ten_en, zh-Hans: ten_zh }
  source: { value: [bench] }
  park: { value: non-nuoc-cao-bang }
YAML

echo "== (a) catalogue importer, -Xmx256m"
start=$(date +%s.%N)
CATALOGUE_JAVA_OPTS="-Xmx256m" ./catalogue import "$OUT/points.gpkg" --mapping "$OUT/mapping.yaml" --report "$OUT/report.json" > "$OUT/importer.log" 2>&1
end=$(date +%s.%N)
ours=$(python3 -c "print($end - $start)")
inserted=$(python3 -c "import json;print(json.load(open('$OUT/report.json'))['inserted'])")

echo "== (b) ogr2ogr -f PostgreSQL"
start=$(date +%s.%N)
ogr2ogr -f PostgreSQL "PG:host=127.0.0.1 port=$PORT dbname=catalogue_import_bench user=catalogue password=$PASSWORD" \
  "$OUT/points.gpkg" -nln ogr_points -t_srs EPSG:4326 -lco GEOMETRY_NAME=geom -overwrite > "$OUT/ogr2ogr.log" 2>&1
end=$(date +%s.%N)
ogr=$(python3 -c "print($end - $start)")
copied=$("${PSQL[@]}" -d catalogue_import_bench -tAc "SELECT count(*) FROM ogr_points")

echo "== (c) the floor: the same rows written by set-based SQL into copies of the catalogue's tables"
# What any loader that keeps the catalogue's guarantees must pay inside PostgreSQL: the place row
# with its checks, generated public geometry and indexes, an audit row carrying the record and a
# change-log row. No parsing, no reprojection, no network: the ceiling an importer could reach.
"${PSQL[@]}" -d catalogue_import_bench -c "DROP SCHEMA IF EXISTS floor CASCADE" -c "CREATE SCHEMA floor" \
  -c "CREATE TABLE floor.place (LIKE public.place INCLUDING ALL)" \
  -c "CREATE TABLE floor.audit_log (LIKE public.audit_log INCLUDING ALL)" \
  -c "CREATE TABLE floor.change_log (LIKE public.change_log INCLUDING ALL)"
start=$(date +%s.%N)
"${PSQL[@]}" -d catalogue_import_bench -c "BEGIN" \
  -c "INSERT INTO floor.place (id, park_id, kind, name, geom, sources, import_source, import_external_id, import_digest)
      SELECT ma_diem, 'non-nuoc-cao-bang', loai, jsonb_build_object('vi', ten_vi, 'en', ten_en, 'zh-Hans', ten_zh),
             geom, '{bench}', 'points.gpkg', ma_diem, md5(ma_diem) FROM ogr_points" \
  -c "INSERT INTO floor.audit_log (actor, action, entity_type, entity_id, after)
      SELECT 'bench', 'create', 'place', id, jsonb_build_object('id', id, 'kind', kind, 'name', name, 'parkId', park_id,
             'status', status, 'sources', sources, 'geometry', ST_AsGeoJSON(geom)::jsonb) FROM floor.place" \
  -c "INSERT INTO floor.change_log (entity_type, entity_id, operation, park_id) SELECT 'place', id, 'create', park_id FROM floor.place" \
  -c "COMMIT"
end=$(date +%s.%N)
floor=$(python3 -c "print($end - $start)")
"${PSQL[@]}" -d catalogue_import_bench -c "DROP SCHEMA floor CASCADE"

python3 - "$N" "$ours" "$ogr" "$inserted" "$copied" "$floor" <<'PY' | tee "$OUT/summary.md"
import sys
n, ours, ogr, inserted, copied, floor = int(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5]), float(sys.argv[6])
print(f"| loader | records | seconds | records/s | ratio to ogr2ogr |")
print(f"|---|---:|---:|---:|---:|")
print(f"| catalogue importer (reproject, validate, audit, change log; -Xmx256m; JVM start included) | {inserted} | {ours:.1f} | {inserted/ours:,.0f} | {(inserted/ours)/(copied/ogr):.2f} |")
print(f"| ogr2ogr -f PostgreSQL | {copied} | {ogr:.1f} | {copied/ogr:,.0f} | 1.00 |")
print(f"| floor: set-based SQL into the catalogue's tables (place + audit + change log), no parsing | {copied} | {floor:.1f} | {copied/floor:,.0f} | {(copied/floor)/(copied/ogr):.2f} |")
PY
echo "Raw results in $OUT"
