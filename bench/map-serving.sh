#!/usr/bin/env bash
# Map-serving benchmark: the catalogue's OGC API – Features, side by side in one run with
#   (b) MapServer 8's OGC API – Features (Debian's mapserver-bin and cgi-mapserver, FastCGI
#       processes spawned by lighttpd), configured by bench/mapserver/*.in, and
#   (c) the raw SQL floor: pgbench running the SQL the service runs for the same request,
# on the same `place` table (the real park boundaries and 100,000 synthetic places) in a
# database of its own in the project-local cluster (never the catalogue a user runs), on the
# same machine, measured with wrk over the loopback interface.
#
#   bash bench/map-serving.sh
#
# Settings (environment): BENCH_DURATION seconds per measurement (20), BENCH_THREADS wrk and
# pgbench threads (2), BENCH_CONNECTIONS (32; the bbox query is also measured at 16),
# BENCH_MS_PROCS mapserv processes (4), BENCH_SERVICE_PORT (18080), BENCH_MAPSERVER_PORT (18081),
# BENCH_DB (catalogue_bench), BENCH_DROP_DB=1 to drop the database at the end.
# Everything it starts (the service, lighttpd and its mapserv processes) is stopped on exit.
# The table is printed and written, with the raw outputs, to bench/results/map-serving-<time>/.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
STATE="${CATALOGUE_STATE_DIR:-$ROOT/.catalogue}"
DB_PORT="${CATALOGUE_DB_PORT:-5544}"
DB_USER="catalogue"
DB="${BENCH_DB:-catalogue_bench}"
DURATION="${BENCH_DURATION:-20}"
THREADS="${BENCH_THREADS:-2}"
CONNS="${BENCH_CONNECTIONS:-32}"
CONNS_LOW=16
MS_PROCS="${BENCH_MS_PROCS:-4}"
SERVICE_PORT="${BENCH_SERVICE_PORT:-18080}"
MS_PORT="${BENCH_MAPSERVER_PORT:-18081}"
PLACES=100000
# A district-sized box in Non nước Cao Bằng (Trùng Khánh), a tile over it, and one feature.
BBOX="106.45,22.75,106.65,22.95"
TILE="12/3260/1780"
FEATURE_ID="bench-042424"
BUDGET_SECONDS=$((14 * 60))
STARTED=$SECONDS

OUT="$ROOT/bench/results/map-serving-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$OUT/samples" "$OUT/scripts"
RESULTS="$OUT/results.tsv"
printf 'scenario\tpeer\tconnections\trequests\tseconds\trate\tp50_ms\tp99_ms\terrors\tbytes_per_response\tnote\tother_cpu\n' > "$RESULTS"

say()  { printf '\033[1m[bench]\033[0m %s\n' "$*" >&2; }
die()  { printf '\033[1;31m[bench] %s\033[0m\n' "$*" >&2; exit 1; }

[[ "$DB" != "catalogue" && "$DB" != "catalogue_test" ]] || die "BENCH_DB must not be the catalogue's own database ($DB)."
[[ "$DB" =~ ^[a-z_][a-z0-9_]*$ ]] || die "BENCH_DB must be a plain lower-case name, not '$DB'."

# ---------------------------------------------------------------------------------------------
# Tools: Debian packages; installed when missing and running as root, else the command to run.
need_packages=()
command -v wrk >/dev/null || need_packages+=(wrk)
command -v lighttpd >/dev/null || need_packages+=(lighttpd)
command -v mapserv >/dev/null || need_packages+=(mapserver-bin)
[[ -x /usr/lib/cgi-bin/mapserv ]] || need_packages+=(cgi-mapserver)
command -v pgbench >/dev/null || need_packages+=(postgresql-contrib)
command -v python3 >/dev/null || need_packages+=(python3)
if (( ${#need_packages[@]} )); then
  if [[ "$(id -u)" -eq 0 ]]; then
    say "Installing ${need_packages[*]} from Debian's packages…"
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y -q --no-install-recommends "${need_packages[@]}" >/dev/null 2>&1 \
      || { apt-get update -q >/dev/null && apt-get install -y -q --no-install-recommends "${need_packages[@]}" >/dev/null; } \
      || die "apt-get could not install ${need_packages[*]}."
  else
    die "Missing tools. Install them with:
  sudo apt-get install --no-install-recommends ${need_packages[*]}"
  fi
fi
mapserv -v | grep -q SUPPORTS=OGCAPI_SERVER || die "This mapserv has no OGC API support (mapserv -v lacks SUPPORTS=OGCAPI_SERVER)."

port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
port_busy "$SERVICE_PORT" && die "Port $SERVICE_PORT is in use; set BENCH_SERVICE_PORT."
port_busy "$MS_PORT" && die "Port $MS_PORT is in use; set BENCH_MAPSERVER_PORT."

# ---------------------------------------------------------------------------------------------
# Clean-up of everything started here.
SERVICE_PID=""
LIGHTTPD_PID=""
SAMPLER_PID=""
RUN_DIR="$(mktemp -d /tmp/map-serving.XXXXXX)"
chmod 700 "$RUN_DIR"

stop_pid() {   # pid [seconds]: TERM, then KILL if it is still there
  local pid="$1" wait_s="${2:-20}" i
  kill -0 "$pid" 2>/dev/null || return 0
  kill "$pid" 2>/dev/null || true
  for ((i = 0; i < wait_s * 10; i++)); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
  kill -9 "$pid" 2>/dev/null || true
}

stop_lighttpd() {
  [[ -n "$LIGHTTPD_PID" ]] || return 0
  local kids pid
  kids="$(pgrep -P "$LIGHTTPD_PID" || true)"
  stop_pid "$LIGHTTPD_PID" 10
  wait "$LIGHTTPD_PID" 2>/dev/null || true
  # mapserv FastCGI processes can outlive lighttpd; stop the ones it spawned.
  for pid in $kids; do
    [[ "$(cat "/proc/$pid/comm" 2>/dev/null)" == mapserv ]] && stop_pid "$pid" 5
  done
  LIGHTTPD_PID=""
}

stop_service() {
  [[ -n "$SERVICE_PID" ]] || return 0
  local pid
  for pid in $(pgrep -P "$SERVICE_PID" || true); do stop_pid "$pid" 10; done   # a build still running
  stop_pid "$SERVICE_PID" 30
  wait "$SERVICE_PID" 2>/dev/null || true
  SERVICE_PID=""
}

cleanup() {
  set +e
  [[ -n "$SAMPLER_PID" ]] && stop_pid "$SAMPLER_PID" 2
  stop_lighttpd
  stop_service
  rm -rf "$RUN_DIR"
  if [[ "${BENCH_DROP_DB:-0}" == 1 && -n "${PGPASSWORD:-}" ]]; then
    psql -X -q -h 127.0.0.1 -p "$DB_PORT" -U "$DB_USER" -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" >/dev/null 2>&1
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

time_left() { echo $((BUDGET_SECONDS - (SECONDS - STARTED))); }

# ---------------------------------------------------------------------------------------------
say "Results go to ${OUT#$ROOT/}"
{
  echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "cpu: $(nproc) x $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)"
  echo "memory: $(free -m | awk '/^Mem:/ {print $2 " MB"}')"
  echo "os: $(. /etc/os-release && echo "$PRETTY_NAME")"
  echo "mapserver: $(mapserv -v | cut -d' ' -f1-3)"
  echo "lighttpd: $(lighttpd -v 2>&1 | head -1)"
  echo "wrk: $(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2)"
  echo "pgbench: $(pgbench --version)"
  echo "load at start: $(cut -d' ' -f1-3 /proc/loadavg)"
} > "$OUT/environment.txt"

say "Starting the project-local PostGIS…"
./catalogue db start >/dev/null 2>"$OUT/db-start.log" || die "The database did not start; see $OUT/db-start.log"
export PGPASSWORD
PGPASSWORD="$(cat "$STATE/db-password")"
PSQL=(psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$DB_PORT" -U "$DB_USER")

say "Creating the database $DB (dropped first if a previous run left it)…"
"${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB" >/dev/null
"${PSQL[@]}" -d "$DB" -c "CREATE EXTENSION postgis" >/dev/null
echo "postgresql: $("${PSQL[@]}" -d "$DB" -tAc "SELECT version()")" >> "$OUT/environment.txt"
echo "postgis: $("${PSQL[@]}" -d "$DB" -tAc "SELECT postgis_lib_version()")" >> "$OUT/environment.txt"

export CATALOGUE_DB_URL="jdbc:postgresql://127.0.0.1:$DB_PORT/$DB"
export CATALOGUE_DB_USER="$DB_USER"
export CATALOGUE_DB_PASSWORD="$PGPASSWORD"
export CATALOGUE_LOAD_GEODATA=false

say "Starting the catalogue service on 127.0.0.1:$SERVICE_PORT (it applies the schema)…"
# Default settings (heap, database pool of CATALOGUE_DB_POOL_SIZE or 20); GC pauses are logged.
CATALOGUE_PORT="$SERVICE_PORT" CATALOGUE_JAVA_OPTS="${CATALOGUE_JAVA_OPTS:-} -Xlog:gc:file=$OUT/gc.log" \
  ./catalogue run >"$OUT/service.log" 2>&1 &
SERVICE_PID=$!
SERVICE="http://127.0.0.1:$SERVICE_PORT"
for ((i = 0; i < 300; i++)); do
  kill -0 "$SERVICE_PID" 2>/dev/null || die "The service stopped; see $OUT/service.log"
  curl -fs "$SERVICE/actuator/health" >/dev/null 2>&1 && break
  sleep 1
done
curl -fs "$SERVICE/actuator/health" >/dev/null || die "The service did not become healthy in 300 s; see $OUT/service.log"
# The search index of the 100,000 places is built in the background after start-up (503 until it
# is ready; 404 from a build without search): measuring before it is done would time the build.
say "Waiting for the search index to be built…"
for ((i = 0; i < 300; i++)); do
  status="$(curl -s -o /dev/null -w '%{http_code}' "$SERVICE/api/v1/search?q=bench&limit=1")"
  [[ "$status" == 200 || "$status" == 404 ]] && break
  sleep 1
done
[[ "$status" == 200 || "$status" == 404 ]] || die "The search index was not ready in 300 s (last answer $status); see $OUT/service.log"
[[ "$(cat "/proc/$SERVICE_PID/comm" 2>/dev/null)" == java ]] || die "Unexpected: process $SERVICE_PID is not the service's JVM."
JDK_BIN="$(dirname "$(readlink -f "/proc/$SERVICE_PID/exe")")"

# The machine may be shared: a sampler adds up the CPU time of every process that is not part
# of the benchmark (not the service, lighttpd, mapserv, wrk, pgbench or a PostgreSQL backend of
# the benchmark database), so that each measurement says how much else ran beside it.
cat > "$OUT/scripts/other-cpu.py" <<'PY'
import os, sys, time
out, service_pid, db = sys.argv[1], sys.argv[2], sys.argv[3]
mine = {"lighttpd", "mapserv", "wrk", "pgbench"}
tick = os.sysconf("SC_CLK_TCK")
with open("/proc/uptime") as f:
    started = float(f.read().split()[0])
last, total = {}, 0.0
while True:
    seen = {}
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            with open(f"/proc/{pid}/stat") as f:
                st = f.read()
            comm = st[st.index("(") + 1:st.rindex(")")]
            fields = st[st.rindex(")") + 2:].split()
            cpu = (int(fields[11]) + int(fields[12])) / tick
            if comm == "postgres":
                with open(f"/proc/{pid}/cmdline", "rb") as f:
                    cmd = f.read().decode(errors="replace").replace("\0", " ")
                # a backend reads "postgres: user database host(port) state"; the rest are the server's own
                ours = f" {db} " in cmd or len(cmd.split()) < 4
            else:
                ours = pid == service_pid or comm in mine or pid == str(os.getpid())
        except (OSError, ValueError, IndexError):
            continue
        seen[pid] = cpu
        if not ours:
            if pid in last:
                total += max(0.0, cpu - last[pid])
            elif int(fields[19]) / tick >= started:
                total += cpu   # started after the sampler
    last = seen
    with open(out + ".tmp", "w") as f:
        f.write(f"{time.time():.3f} {total:.2f}\n")
    os.replace(out + ".tmp", out)
    time.sleep(1)
PY
OTHER_CPU="$RUN_DIR/other-cpu"
python3 "$OUT/scripts/other-cpu.py" "$OTHER_CPU" "$SERVICE_PID" "$DB" &
SAMPLER_PID=$!
echo "java: $("$JDK_BIN/java" -version 2>&1 | head -1); flags: $(tr '\0' ' ' < "/proc/$SERVICE_PID/cmdline" | grep -o -- ' -X[^ ]*' | tr -d '\n' || true)" >> "$OUT/environment.txt"

say "Loading the parks…"
if [[ -f geodata/layers/parks.geojson ]]; then
  timeout 300 ./catalogue import geodata/layers/parks.geojson --layer parks >"$OUT/import-parks.log" 2>&1 \
    || die "Importing the parks failed; see $OUT/import-parks.log"
else
  echo "geodata/layers/parks.geojson is absent: approximate boxes of the two parks" > "$OUT/import-parks.log"
  "${PSQL[@]}" -d "$DB" <<'SQL'
INSERT INTO park (id, name, country, catalogued, boundary_quality, boundary) VALUES
  ('non-nuoc-cao-bang', '{"vi": "Công viên địa chất toàn cầu UNESCO Non nước Cao Bằng", "en": "Non nước Cao Bằng UNESCO Global Geopark", "zh-Hans": "高平山水世界地质公园"}',
   'VN', true, 'approximate-from-districts', ST_Multi(ST_MakeEnvelope(105.73, 22.36, 106.84, 23.00, 4326))),
  ('lang-son', '{"vi": "Công viên địa chất toàn cầu UNESCO Lạng Sơn", "en": "Lạng Sơn UNESCO Global Geopark", "zh-Hans": "谅山世界地质公园"}',
   'VN', true, 'approximate-from-districts', ST_Multi(ST_MakeEnvelope(106.09, 21.39, 107.19, 22.26, 4326)));
SQL
fi

say "Generating $PLACES places inside the catalogued parks…"
cat > "$OUT/scripts/places.sql" <<SQL
-- $PLACES synthetic places, spread over the catalogued parks in proportion to their area
-- (random points inside each boundary, reproducible seeds), every kind but the sensitive
-- fossil and archaeological sites, names in three languages, no provenance.
BEGIN;
SELECT setseed(0.42) \gset
CREATE TEMP TABLE bench_points ON COMMIT DROP AS
WITH parks AS (
  SELECT id, boundary, ST_Area(boundary::geography) AS area, row_number() OVER (ORDER BY id) AS rn, count(*) OVER () AS parks
    FROM park WHERE catalogued),
alloc AS (
  SELECT id, boundary, rn, parks, floor($PLACES * area / sum(area) OVER ())::int AS n FROM parks),
fixed AS (
  SELECT id, boundary, rn, CASE WHEN rn = parks THEN $PLACES - (sum(n) OVER () - n) ELSE n END AS n FROM alloc)
SELECT f.id AS park_id, d.geom
  FROM fixed f, ST_Dump(ST_GeneratePoints(f.boundary, f.n::int, 20261122 + f.rn::int)) d;
INSERT INTO place (id, park_id, kind, name, geom)
SELECT 'bench-' || lpad(i::text, 6, '0'), park_id,
       (ARRAY['geosite', 'cave', 'waterfall', 'lake', 'landform', 'historical_relic', 'religious_site',
              'craft_village', 'viewpoint', 'information_centre'])[(i - 1) % 10 + 1],
       jsonb_build_object('vi', 'Điểm thử nghiệm ' || i, 'en', 'Benchmark place ' || i, 'zh-Hans', '测试地点 ' || i),
       geom
  FROM (SELECT park_id, geom, row_number() OVER (ORDER BY random()) AS i FROM bench_points) s;
-- A change-log entry per place, as every writer of the catalogue leaves one: the running
-- service's caches and box index follow the change log, not the tables.
INSERT INTO change_log (entity_type, entity_id, operation, park_id)
SELECT 'place', id, 'create', park_id FROM place WHERE id LIKE 'bench-%';
COMMIT;
SQL
"${PSQL[@]}" -d "$DB" -f "$OUT/scripts/places.sql" >/dev/null
# Statistics, visibility map and a checkpoint now, so that neither autovacuum nor the
# checkpointer works on the fresh rows during the first measurements.
"${PSQL[@]}" -d "$DB" -c "VACUUM (ANALYZE)" -c "CHECKPOINT" >/dev/null
count="$("${PSQL[@]}" -d "$DB" -tAc "SELECT count(*) FROM place WHERE id LIKE 'bench-%'")"
[[ "$count" == "$PLACES" ]] || die "Expected $PLACES places, found $count."
"${PSQL[@]}" -d "$DB" -c "SELECT park_id, count(*) AS places FROM place GROUP BY 1 ORDER BY 1" > "$OUT/data.txt"
"${PSQL[@]}" -d "$DB" -tAc "SELECT 'places in the benchmark box: ' || count(*) FROM place WHERE ST_Intersects(public_geom, ST_MakeEnvelope($BBOX, 4326))" >> "$OUT/data.txt"

# ---------------------------------------------------------------------------------------------
say "Starting MapServer ($MS_PROCS FastCGI processes behind lighttpd on 127.0.0.1:$MS_PORT)…"
mkdir -p "$RUN_DIR/www"
render() {   # template → file, filling the placeholders
  sed -e "s|@RUN_DIR@|$RUN_DIR|g" -e "s|@MS_PORT@|$MS_PORT|g" -e "s|@MS_PROCS@|$MS_PROCS|g" \
      -e "s|@DB_PORT@|$DB_PORT|g" -e "s|@DB_NAME@|$DB|g" -e "s|@DB_USER@|$DB_USER|g" \
      -e "s|@DB_PASSWORD@|$PGPASSWORD|g" "$1" > "$2"
}
render bench/mapserver/mapserver.conf.in "$RUN_DIR/mapserver.conf"
render bench/mapserver/places.map.in "$RUN_DIR/places.map"
render bench/mapserver/lighttpd.conf.in "$RUN_DIR/lighttpd.conf"
for f in mapserver.conf places.map lighttpd.conf; do
  sed "s|password=[^ \"]*|password=…|" "$RUN_DIR/$f" > "$OUT/scripts/$f"
done
lighttpd -tt -f "$RUN_DIR/lighttpd.conf" >"$OUT/lighttpd.out" 2>&1 || die "lighttpd refused its configuration; see $OUT/lighttpd.out"
lighttpd -D -f "$RUN_DIR/lighttpd.conf" >>"$OUT/lighttpd.out" 2>&1 &
LIGHTTPD_PID=$!
MAPSERVER="http://127.0.0.1:$MS_PORT/mapserver/ogcapi"
for ((i = 0; i < 50; i++)); do
  curl -fs "$MAPSERVER?f=json" >/dev/null 2>&1 && break
  kill -0 "$LIGHTTPD_PID" 2>/dev/null || die "lighttpd stopped; see $OUT/lighttpd.out"
  sleep 0.2
done

# ---------------------------------------------------------------------------------------------
# The requests, for each server.
OURS_ITEMS="$SERVICE/ogc/collections/places/items"
MS_ITEMS="$MAPSERVER/collections/places/items"
declare -A URL=(
  [ours:bbox]="$OURS_ITEMS?bbox=$BBOX&limit=100"
  [ours:limit1000]="$OURS_ITEMS?limit=1000"
  [ours:feature]="$OURS_ITEMS/$FEATURE_ID"
  [ours:tile]="$SERVICE/tiles/places/$TILE.mvt"
  [mapserver:bbox]="$MS_ITEMS?f=json&bbox=$BBOX&limit=100"
  [mapserver:limit1000]="$MS_ITEMS?f=json&limit=1000"
  [mapserver:feature]="$MS_ITEMS/$FEATURE_ID?f=json"
)
declare -A PREFIX=(   # the varied-box requests: the box is appended
  [ours]="/ogc/collections/places/items?limit=100&bbox="
  [mapserver]="/mapserver/ogcapi/collections/places/items?f=json&limit=100&bbox="
)

# The SQL the service runs (ItemsSql, VectorTiles), for the default language chain en, vi, zh-Hans.
# One change of spelling only: the time format's colons are quoted (HH24":"MI, same output),
# because pgbench would read :MI and :SS as variables. The checks below compare its output with
# the service's answers.
pick() { echo "coalesce(t.$1->>'en', t.$1->>'vi', t.$1->>'zh-Hans', (SELECT e.value FROM jsonb_each_text(t.$1) e LIMIT 1))"; }
FEATURE_JSON="json_build_object('type', 'Feature', 'id', t.id, 'geometry', ST_AsGeoJSON(t.public_geom, 7, 0)::json, 'properties', json_build_object('kind', t.kind, 'park', t.park_id, 'name', $(pick name), 'description', $(pick description), 'address', $(pick address), 'transliterated', t.transliterated, 'aliases', t.aliases, 'status', t.effective_status, 'status_reason', $(pick effective_status_reason), 'reopens', t.effective_reopens_on, 'status_since', to_char(t.effective_status_since AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24\":\"MI\":\"SS\"Z\"'), 'sensitivity', t.sensitivity, 'tags', t.tags, 'facilities', t.facilities, 'accessibility', $(pick accessibility), 'media', t.media, 'elevation_m', t.elevation_m, 'outside_park', t.outside_park, 'position_precision', t.position_precision, 'position_note', t.position_note, 'source', t.sources, 'updated', to_char(t.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24\":\"MI\":\"SS\"Z\"'), 'version', t.version))::text"
bbox_where() { local e="ST_MakeEnvelope($1, $2, $3, $4, 4326)"; echo "true AND ((t.public_geom && $e AND ST_Intersects(t.public_geom, $e)))"; }
# As ItemsSql: the page's ids first, then the JSON of those rows only.
page_sql() { echo "WITH page AS MATERIALIZED (SELECT t.id FROM place t WHERE $1 ORDER BY t.id LIMIT $2 OFFSET 0) SELECT $FEATURE_JSON AS f, t.id AS fid FROM page JOIN place t ON t.id = page.id ORDER BY t.id"; }
IFS=, read -r BX1 BY1 BX2 BY2 <<<"$BBOX"
IFS=/ read -r TILE_Z TILE_X TILE_Y <<<"$TILE"
TILE_SQL="WITH bounds AS (SELECT ST_TileEnvelope($TILE_Z, $TILE_X, $TILE_Y) AS env, (40075016.68557849 / 4096 / 2) / (1 << $TILE_Z) AS half_pixel), features AS (SELECT ST_AsMVTGeom(ST_SimplifyPreserveTopology(ST_Transform(t.public_geom, 3857), bounds.half_pixel), bounds.env, 4096, 64, true) AS geom, t.id AS id, coalesce(t.name->>'en', t.name->>'vi', t.name->>'zh-Hans', t.id) AS name, t.kind AS kind, t.status AS status FROM place t, bounds WHERE t.public_geom IS NOT NULL AND t.public_geom && ST_Transform(ST_Expand(bounds.env, bounds.half_pixel * 128), 4326)) SELECT CASE WHEN count(geom) = 0 THEN NULL ELSE ST_AsMVT(features, 'places', 4096, 'geom') END FROM features WHERE geom IS NOT NULL"
VARIED_BOX='\set cb random(0, 99)
\set ix random(0, 8000)
\set x case when :cb < 44 then 105.80 + :ix / 10000.0 else 106.15 + :ix / 10000.0 end
\set y case when :cb < 44 then 22.40 + random(0, 3800) / 10000.0 else 21.45 + random(0, 6000) / 10000.0 end
\set x2 :x + 0.2
\set y2 :y + 0.2'
S="$OUT/scripts"
echo "$(page_sql "$(bbox_where "$BX1" "$BY1" "$BX2" "$BY2")" 101);" > "$S/sql-bbox.sql"
printf '%s\n%s;\n' "$VARIED_BOX" "$(page_sql "$(bbox_where :x :y :x2 :y2)" 101)" > "$S/sql-bbox-varied.sql"
# A box not seen before also needs numberMatched: counted in the page's own scan (a window
# count) by the current ItemsSql, by a second query in earlier versions.
if grep -q 'count(\*) OVER ()' catalogue-api/src/main/java/org/geoparks/catalogue/ogc/ItemsSql.java; then
  COUNT_MODE="window"
  printf '%s\n%s;\n' "$VARIED_BOX" "$(page_sql "$(bbox_where :x :y :x2 :y2)" 101 | sed 's/(SELECT t.id FROM place t/(SELECT t.id, count(*) OVER () AS matched FROM place t/')" \
    > "$S/sql-bbox-varied-count.sql"
else
  COUNT_MODE="query"
  printf '%s\nSELECT count(*) FROM place t WHERE %s;\n%s;\n' "$VARIED_BOX" "$(bbox_where :x :y :x2 :y2)" \
    "$(page_sql "$(bbox_where :x :y :x2 :y2)" 101)" > "$S/sql-bbox-varied-count.sql"
fi
echo "numberMatched for a new box: $COUNT_MODE" >> "$OUT/environment.txt"
echo "$(page_sql true 1001);" > "$S/sql-limit1000.sql"
echo "SELECT $FEATURE_JSON AS f, t.id AS fid FROM place t WHERE t.id = '$FEATURE_ID';" > "$S/sql-feature.sql"
echo "$TILE_SQL;" > "$S/sql-tile.sql"

# wrk scripts: a report in one line; the varied boxes (0.2° × 0.2°, about a district, anywhere in
# the two parks: 44 % in Cao Bằng, 56 % in Lạng Sơn like their areas, on a 0.0001° grid).
REPORT_LUA='function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT requests=%d duration_us=%d bytes=%d connect=%d read=%d write=%d status=%d timeout=%d p50_us=%d p99_us=%d\n",
    summary.requests, summary.duration, summary.bytes, e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50), latency:percentile(99)))
end'
echo "$REPORT_LUA" > "$S/report.lua"
cat > "$S/varied-boxes.lua" <<EOF
local prefix = "/"
local counter = 0
function setup(thread)
  counter = counter + 1
  thread:set("tid", counter)
end
function init(args)
  prefix = args[1]
  -- a seed of its own for every run and thread: no box of an earlier run comes back
  math.randomseed(tonumber(args[2]) * 1000 + (tid or 0))
end
function request()
  local x, y
  if math.random(0, 99) < 44 then
    x = 105.80 + math.random(0, 8000) / 10000; y = 22.40 + math.random(0, 3800) / 10000
  else
    x = 106.15 + math.random(0, 8000) / 10000; y = 21.45 + math.random(0, 6000) / 10000
  end
  return wrk.format("GET", string.format("%s%.4f,%.4f,%.4f,%.4f", prefix, x, y, x + 0.2, y + 0.2))
end
$REPORT_LUA
EOF

# ---------------------------------------------------------------------------------------------
say "Waiting for the service to follow the change log…"
in_box="$("${PSQL[@]}" -d "$DB" -tAc "SELECT count(*) FROM place WHERE ST_Intersects(public_geom, ST_MakeEnvelope($BBOX, 4326))")"
for ((i = 0; i < 120; i++)); do
  served="$(curl -fs "$SERVICE/ogc/collections/places/items?bbox=$BBOX&limit=1" | python3 -c 'import json, sys; print(json.load(sys.stdin)["numberMatched"])' 2>/dev/null || true)"
  [[ "$served" == "$in_box" ]] && break
  sleep 1
done
[[ "$served" == "$in_box" ]] || die "After 120 s the service counts ${served:-nothing} places in the box, the database $in_box."

say "Checking the answers…"
CHECKS="$OUT/checks.txt"
: > "$CHECKS"
for key in "${!URL[@]}"; do
  curl -s -o "$OUT/samples/${key/:/-}.body" -D "$OUT/samples/${key/:/-}.headers" -w "%{http_code}" "${URL[$key]}" > "$OUT/samples/${key/:/-}.status"
done
for o in 0 100; do
  curl -s -o "$OUT/samples/ours-offset$o.body" "$OURS_ITEMS?bbox=$BBOX&limit=100&offset=$o"
  curl -s -o "$OUT/samples/mapserver-offset$o.body" "$MS_ITEMS?f=json&bbox=$BBOX&limit=100&offset=$o"
done
"${PSQL[@]}" -d "$DB" -tA -c "SELECT f FROM ($(page_sql "$(bbox_where "$BX1" "$BY1" "$BX2" "$BY2")" 101)) s" > "$OUT/samples/sql-bbox.rows"
"${PSQL[@]}" -d "$DB" -tA -c "SELECT f FROM ($(page_sql true 1001)) s" > "$OUT/samples/sql-limit1000.rows"
"${PSQL[@]}" -d "$DB" -tA -c "SELECT f FROM place t, LATERAL (SELECT $FEATURE_JSON) x(f) WHERE t.id = '$FEATURE_ID'" > "$OUT/samples/sql-feature.rows"
"${PSQL[@]}" -d "$DB" -tA -c "SELECT md5(m) FROM ($TILE_SQL) s(m)" > "$OUT/samples/sql-tile.md5"
python3 - "$OUT" "$FEATURE_ID" >>"$CHECKS" <<'PY' || die "A check failed; see $OUT/checks.txt"
import hashlib, json, sys
out, fid = sys.argv[1], sys.argv[2]
s = out + "/samples/"
failed = []
def load(name):
    return json.load(open(s + name + ".body", encoding="utf-8"))
def status(name):
    return open(s + name + ".status").read().strip()
for peer in ("ours", "mapserver"):
    for q, want in (("bbox", 100), ("limit1000", 1000)):
        name = f"{peer}-{q}"
        d = load(name)
        ok = status(name) == "200" and d.get("type") == "FeatureCollection" and len(d["features"]) == want
        print(f"{name}: HTTP {status(name)}, {len(d.get('features', []))} features, numberMatched {d.get('numberMatched')}, "
              f"numberReturned {d.get('numberReturned')}, properties {sorted(d['features'][0]['properties'])}")
        if not ok:
            failed.append(name)
    d = load(f"{peer}-feature")
    print(f"{peer}-feature: HTTP {status(peer + '-feature')}, id {d.get('id')}")
    if status(peer + "-feature") != "200" or d.get("id") != fid:
        failed.append(peer + "-feature")
# The raw SQL is the service's own: the same features, byte for byte after parsing.
for q in ("bbox", "limit1000"):
    rows = [json.loads(line) for line in open(s + f"sql-{q}.rows", encoding="utf-8") if line.strip()]
    served = load(f"ours-{q}")["features"]
    same = rows[: len(served)] == served
    print(f"raw SQL {q}: {len(rows)} rows (limit + 1), the first {len(served)} equal to the service's features: {same}")
    if not same:
        failed.append("sql-" + q)
row = json.loads(open(s + "sql-feature.rows", encoding="utf-8").read())
served = load("ours-feature")
same = row == {k: v for k, v in served.items() if k != "links"}
print(f"raw SQL feature: equal to the service's feature (without its links): {same}")
if not same:
    failed.append("sql-feature")
tile_status = status("ours-tile")
tile_md5 = hashlib.md5(open(s + "ours-tile.body", "rb").read()).hexdigest()
sql_md5 = open(s + "sql-tile.md5").read().strip()
print(f"ours-tile: HTTP {tile_status}, {len(open(s + 'ours-tile.body', 'rb').read())} bytes; raw ST_AsMVT SQL gives the same bytes: {tile_md5 == sql_md5}")
if tile_status != "200" or tile_md5 != sql_md5:
    failed.append("tile")
# Paging: does offset move the page?
for peer in ("ours", "mapserver"):
    a = [f["id"] for f in load(f"{peer}-offset0")["features"]]
    b = [f["id"] for f in load(f"{peer}-offset100")["features"]]
    honoured = bool(b) and not set(a) & set(b)
    print(f"paging {peer}: offset=0 starts {a[:2]}, offset=100 starts {b[:2]}; offset honoured: {honoured}")
    nxt = [l["href"] for l in load(f"{peer}-bbox").get("links", []) if l.get("rel") == "next"]
    print(f"paging {peer}: next link {nxt[0] if nxt else None}")
if failed:
    print("FAILED: " + ", ".join(failed))
    sys.exit(1)
PY
cat "$CHECKS" >&2

# ---------------------------------------------------------------------------------------------
# Measurements.
record() {   # scenario peer connections requests seconds rate p50 p99 errors bytes note other-cpu
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$@" >> "$RESULTS"
}

other_total() { cut -d' ' -f2 "$OTHER_CPU" 2>/dev/null || echo 0; }
other_cores() { python3 -c "import sys; print(f'{max(0.0, float(sys.argv[2]) - float(sys.argv[1])) / float(sys.argv[3]):.2f}')" "$@"; }

# Before each measurement, wait (at most QUIET_WAIT seconds over the whole run) until other
# processes use less than a quarter of a core.
QUIET_WAIT=90
wait_quiet() {
  local a b busy
  while (( QUIET_WAIT > 0 )); do
    a="$(other_total)"; sleep 2; b="$(other_total)"
    busy="$(other_cores "$a" "$b" 2)"
    python3 -c "import sys; sys.exit(0 if float(sys.argv[1]) < 0.25 else 1)" "$busy" && return 0
    say "other processes use $busy cores; waiting (${QUIET_WAIT}s of waiting left)…"
    QUIET_WAIT=$((QUIET_WAIT - 2))
  done
}

room_for() {   # seconds: is there time left in the budget?
  (( $(time_left) > $1 + 20 ))
}

run_wrk() {   # scenario peer connections duration script url [script args]
  local scenario="$1" peer="$2" c="$3" d="$4" script="$5" url="$6"
  shift 6
  local file="$OUT/wrk-$scenario-$peer-c$c.txt"
  if ! room_for "$d"; then record "$scenario" "$peer" "$c" 0 0 0 0 0 0 0 "skipped: time budget" ""; return; fi
  wait_quiet
  say "wrk  $scenario  $peer  c=$c  ${d}s"
  local before after line
  before="$(other_total)"
  next_seed
  wrk -t"$THREADS" -c"$c" -d"${d}s" --latency --timeout 10s -s "$script" "$url" -- "$@" "$SEED" > "$file" 2>&1 || true
  after="$(other_total)"
  line="$(python3 - "$file" "$scenario" "$peer" "$c" <<'PY'
import re, sys
path, scenario, peer, c = sys.argv[1:]
text = open(path).read()
m = re.search(r"^RESULT (.*)$", text, re.M)
if not m:
    print(f"{scenario}\t{peer}\t{c}\t0\t0\t0\t0\t0\t0\t0\tno result (see {path.rsplit('/', 1)[-1]})")
    sys.exit()
v = {k: int(x) for k, x in (kv.split("=") for kv in m.group(1).split())}
secs = v["duration_us"] / 1e6
errors = v["connect"] + v["read"] + v["write"] + v["status"] + v["timeout"]
req = v["requests"]
print(f"{scenario}\t{peer}\t{c}\t{req}\t{secs:.1f}\t{req / secs:.1f}\t{v['p50_us'] / 1000:.2f}\t{v['p99_us'] / 1000:.2f}\t{errors}\t"
      f"{v['bytes'] / max(req, 1):.0f}\tnon-2xx {v['status']}, socket errors {v['connect'] + v['read'] + v['write']}, timeouts {v['timeout']}")
PY
)"
  printf '%s\t%s\n' "$line" "$(other_cores "$before" "$after" "$d")" >> "$RESULTS"
}

run_pgbench() {   # scenario connections duration sql-file
  local scenario="$1" c="$2" d="$3" sql="$4"
  local file="$OUT/pgbench-$scenario-c$c.txt" logs="$OUT/pgbench-$scenario-c$c"
  if ! room_for "$d"; then record "$scenario" sql "$c" 0 0 0 0 0 0 0 "skipped: time budget" ""; return; fi
  wait_quiet
  say "pgbench  $scenario  c=$c  ${d}s"
  mkdir -p "$logs"
  local before after line
  before="$(other_total)"
  (cd "$logs" && pgbench -n -M prepared -c "$c" -j "$THREADS" -T "$d" -l -f "$sql" \
      -h 127.0.0.1 -p "$DB_PORT" -U "$DB_USER" "$DB") > "$file" 2>&1 || true
  after="$(other_total)"
  line="$(python3 - "$file" "$logs" "$scenario" "$c" <<'PY'
import glob, re, sys
path, logs, scenario, c = sys.argv[1:]
text = open(path).read()
lat = []
for f in glob.glob(logs + "/pgbench_log.*"):
    for line in open(f):
        p = line.split()
        if len(p) >= 3 and p[2].isdigit():
            lat.append(int(p[2]))
tps = re.search(r"tps = ([0-9.]+) \(without initial connection time\)", text)
failed = re.search(r"number of failed transactions: (\d+)", text)
done = re.search(r"number of transactions actually processed: (\d+)", text)
if not tps or not lat:
    print(f"{scenario}\tsql\t{c}\t0\t0\t0\t0\t0\t0\t0\tno result (see {path.rsplit('/', 1)[-1]})")
    sys.exit()
lat.sort()
pct = lambda q: lat[min(len(lat) - 1, int(q * len(lat)))] / 1000
errors = int(failed.group(1)) if failed else 0
errors += text.count("ERROR:")
n = int(done.group(1)) if done else len(lat)
print(f"{scenario}\tsql\t{c}\t{n}\t{n / float(tps.group(1)):.1f}\t{float(tps.group(1)):.1f}\t{pct(0.5):.2f}\t{pct(0.99):.2f}\t{errors}\t\t"
      f"pgbench -M prepared, {len(lat)} logged transactions")
PY
)"
  printf '%s\t%s\n' "$line" "$(other_cores "$before" "$after" "$d")" >> "$RESULTS"
  tar -czf "$logs.tar.gz" -C "$OUT" "$(basename "$logs")" && rm -rf "$logs"
}

SEED=20261122
next_seed() { SEED=$((SEED + 1)); }

warm() {   # url seconds [script args]: load not recorded (JIT, caches, connections)
  next_seed
  wrk -t"$THREADS" -c"$CONNS" -d"${2}s" -s "$S/${3:-report.lua}" "$1" -- "${@:4}" "$SEED" >/dev/null 2>&1 || true
}

say "Warming up (not measured)…"
warm "$SERVICE" 10 varied-boxes.lua "${PREFIX[ours]}"
for q in bbox limit1000 feature tile; do warm "${URL[ours:$q]}" 4; done
warm "http://127.0.0.1:$MS_PORT" 4 varied-boxes.lua "${PREFIX[mapserver]}"
for q in bbox limit1000 feature; do warm "${URL[mapserver:$q]}" 2; done

R="$S/report.lua"
V="$S/varied-boxes.lua"
for c in "$CONNS" "$CONNS_LOW"; do
  run_wrk bbox ours "$c" "$DURATION" "$R" "${URL[ours:bbox]}"
  run_wrk bbox mapserver "$c" "$DURATION" "$R" "${URL[mapserver:bbox]}"
  run_pgbench bbox "$c" "$DURATION" "$S/sql-bbox.sql"
  run_wrk bbox-varied ours "$c" "$DURATION" "$V" "$SERVICE" "${PREFIX[ours]}"
  run_wrk bbox-varied mapserver "$c" "$DURATION" "$V" "http://127.0.0.1:$MS_PORT" "${PREFIX[mapserver]}"
  run_pgbench bbox-varied "$c" "$DURATION" "$S/sql-bbox-varied.sql"
done
run_pgbench bbox-varied-count "$CONNS" "$DURATION" "$S/sql-bbox-varied-count.sql"
run_wrk limit1000 ours "$CONNS" "$DURATION" "$R" "${URL[ours:limit1000]}"
run_wrk limit1000 mapserver "$CONNS" "$DURATION" "$R" "${URL[mapserver:limit1000]}"
run_pgbench limit1000 "$CONNS" "$DURATION" "$S/sql-limit1000.sql"
run_wrk feature ours "$CONNS" "$DURATION" "$R" "${URL[ours:feature]}"
run_wrk feature mapserver "$CONNS" "$DURATION" "$R" "${URL[mapserver:feature]}"
run_pgbench feature "$CONNS" "$DURATION" "$S/sql-feature.sql"
run_wrk tile ours "$CONNS" "$DURATION" "$R" "${URL[ours:tile]}"
run_pgbench tile "$CONNS" "$DURATION" "$S/sql-tile.sql"

# ---------------------------------------------------------------------------------------------
# Memory: what one 10,000-feature page (streamed, not cached) adds to the service's heap. Heap
# occupancy (jstat: survivors + eden + old) after a full GC, then right after the request with
# no collection in between (everything the request allocated), then after another full GC
# (what it left behind).
say "Memory check: items?limit=10000…"
MEM="$OUT/memory.txt"
heap() {   # prints: used-KB young-GCs full-GCs
  "$JDK_BIN/jstat" -gc "$SERVICE_PID" | python3 -c '
import sys
h, v = [l.split() for l in sys.stdin.read().strip().splitlines()[:2]]
d = dict(zip(h, v))
print(round(sum(float(d[k]) for k in ("S0U", "S1U", "EU", "OU"))), d["YGC"], d["FGC"])'
}
{
  echo "service JVM: $(tr '\0' ' ' < "/proc/$SERVICE_PID/cmdline" | cut -c1-200)"
  echo "--- before (jcmd GC.heap_info after GC.run)"
  "$JDK_BIN/jcmd" "$SERVICE_PID" GC.run >/dev/null
  "$JDK_BIN/jcmd" "$SERVICE_PID" GC.heap_info | tail -n +2
} > "$MEM"
best=""
for attempt in 1 2 3 4 5; do
  "$JDK_BIN/jcmd" "$SERVICE_PID" GC.run >/dev/null
  sleep 1
  read -r u0 y0 f0 < <(heap)
  t="$(curl -s -o "$OUT/samples/ours-limit10000.body" -w '%{http_code} %{size_download} %{time_total}' "$OURS_ITEMS?limit=10000")"
  read -r u1 y1 f1 < <(heap)
  "$JDK_BIN/jcmd" "$SERVICE_PID" GC.run >/dev/null
  sleep 1
  read -r u2 y2 f2 < <(heap)
  echo "attempt $attempt: HTTP/bytes/seconds $t; heap used KB before $u0, after the request $u1 (young GCs $y0 -> $y1), after GC $u2" >> "$MEM"
  if [[ "$y0" == "$y1" && "$f0" == "$f1" ]]; then
    best="$(( (u1 - u0) / 1024 )) $(( (u2 - u0) / 1024 )) $t"
    break
  fi
done
{
  echo "--- after"
  "$JDK_BIN/jcmd" "$SERVICE_PID" GC.heap_info | tail -n +2
  echo "RESULT ${best:-none}"
} >> "$MEM"
features_10k="$(python3 -c "import json,sys; print(len(json.load(open(sys.argv[1]))['features']))" "$OUT/samples/ours-limit10000.body" 2>/dev/null || echo 0)"
echo "RESULT_FEATURES $features_10k" >> "$MEM"

# ---------------------------------------------------------------------------------------------
echo "load at end: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$OUT/environment.txt"
stop_lighttpd
stop_service

python3 - "$OUT" "$CONNS" "$CONNS_LOW" "$BBOX" "$TILE" "$FEATURE_ID" "$DURATION" "$THREADS" "$MS_PROCS" <<'PY' | tee "$OUT/summary.md"
import csv, re, sys
out, conns, conns_low, bbox, tile, fid, duration, threads, procs = sys.argv[1:]
rows = list(csv.DictReader(open(out + "/results.tsv"), delimiter="\t"))
env = dict(l.split(": ", 1) for l in open(out + "/environment.txt").read().splitlines() if ": " in l)
checks = open(out + "/checks.txt").read()
mem = open(out + "/memory.txt").read()

def get(s, peer, c):
    for r in rows:
        if r["scenario"] == s and r["peer"] == peer and r["connections"] == str(c) and float(r["rate"] or 0) > 0:
            return r
    return None

def ratio(a, b):
    return float(a["rate"]) / float(b["rate"]) if a and b and float(b["rate"]) > 0 else None

names = {
    "bbox": f"`items?bbox={bbox}&limit=100`, same URL",
    "bbox-varied": "`items?bbox=…&limit=100`, varied boxes",
    "bbox-varied-count": "varied boxes, page + numberMatched " + ("in the same scan" if env.get("numberMatched for a new box") == "window" else "by a count query"),
    "limit1000": "`items?limit=1000`",
    "feature": f"`items/{fid}`",
    "tile": f"`/tiles/places/{tile}.mvt`",
}
peers = {"ours": "catalogue", "mapserver": f"MapServer ({procs} FastCGI)", "sql": "raw SQL (pgbench)"}
print(f"| request | conn. | server | req/s | p50 ms | p99 ms | errors | KB/resp. | catalogue ÷ this | other load |")
print("|---|---:|---|---:|---:|---:|---:|---:|---:|---:|")
order = [("bbox", conns), ("bbox-varied", conns), ("bbox-varied-count", conns), ("bbox", conns_low), ("bbox-varied", conns_low),
         ("limit1000", conns), ("feature", conns), ("tile", conns)]
for s, c in order:
    ours = get(s, "ours", c) if s != "bbox-varied-count" else get("bbox-varied", "ours", c)
    for peer in ("ours", "mapserver", "sql"):
        if s == "bbox-varied-count" and peer != "sql":
            continue
        r = get(s, peer, c)
        if r is None:
            skipped = [x for x in rows if x["scenario"] == s and x["peer"] == peer and x["connections"] == str(c)]
            if skipped:
                print(f"| {names[s]} | {c} | {peers[peer]} | — | — | — | — | — | {skipped[0]['note']} | |")
            continue
        kb = f"{float(r['bytes_per_response']) / 1024:.1f}" if r["bytes_per_response"] else "—"
        x = ratio(ours, r) if peer != "ours" else None
        print(f"| {names[s]} | {c} | {peers[peer]} | {float(r['rate']):,.0f} | {float(r['p50_ms']):.1f} | {float(r['p99_ms']):.1f} | "
              f"{r['errors']} | {kb} | {'—' if peer == 'ours' else ('%.2f×' % x if x is not None else 'n/a')} | {r.get('other_cpu') or '?'} |")

print()
print("| target | measured | met? |")
print("|---|---|---|")
def target(label, value, ok):
    print(f"| {label} | {value} | {'yes' if ok else '**no**'} |")
for s, c in (("bbox", conns), ("bbox-varied", conns), ("bbox", conns_low), ("bbox-varied", conns_low)):
    o, m, q = get(s, "ours", c), get(s, "mapserver", c), get(s, "sql", c)
    rm, rq = ratio(o, m), ratio(o, q)
    if rm is not None:
        target(f"{names[s]}, {c} conn.: ≥ 2× MapServer", f"{rm:.2f}× ({float(o['rate']):,.0f} vs {float(m['rate']):,.0f} req/s)", rm >= 2)
    if rq is not None:
        target(f"{names[s]}, {c} conn.: ≥ 0.5× raw SQL", f"{rq:.2f}× ({float(o['rate']):,.0f} req/s vs {float(q['rate']):,.0f} queries/s)", rq >= 0.5)
for s in ("bbox", "bbox-varied", "limit1000", "feature", "tile"):
    o = get(s, "ours", conns)
    if o:
        target(f"{names[s]}: p99 < 50 ms at {conns} conn.", f"{float(o['p99_ms']):.1f} ms", float(o["p99_ms"]) < 50)
errs = sum(int(r["errors"]) for r in rows if r["peer"] == "ours" and r["requests"] != "0")
target("catalogue: zero errors (non-2xx, socket errors, timeouts)", f"{errs}", errs == 0)
m = re.search(r"^RESULT (\S+) (\S+) (\S+) (\S+) (\S+)", mem, re.M)
nf = re.search(r"^RESULT_FEATURES (\d+)", mem, re.M)
if m:
    added, kept, code, size, secs = m.groups()
    target("`items?limit=10000` adds < 64 MB to the heap",
           f"{added} MB allocated by the request, {kept} MB still held after a GC ({nf.group(1) if nf else '?'} features, {int(size) / 1e6:.1f} MB, {float(secs) * 1000:.0f} ms)",
           int(added) < 64)
else:
    target("`items?limit=10000` adds < 64 MB to the heap", "not measured (a GC ran during every attempt; see memory.txt)", False)
busy = [r for r in rows if r.get("other_cpu") and float(r["other_cpu"]) >= 0.25]
print()
print("*other load*: CPU cores used on average, during that measurement, by processes that are not part of the benchmark"
      + (f" — {len(busy)} measurement(s) shared the machine with at least a quarter of a core of other work." if busy else "."))
print()
for line in checks.splitlines():
    if line.startswith("paging"):
        print(f"- {line}")
try:
    pauses = [float(x) for x in re.findall(r"Pause.*?([0-9.]+)ms$", open(out + "/gc.log").read(), re.M)]
    if pauses:
        print(f"- catalogue JVM, whole run: {len(pauses)} GC pauses, {sum(pauses):.0f} ms in all, the longest {max(pauses):.1f} ms (gc.log)")
except OSError:
    pass
print()
print(f"Machine: {env.get('cpu')}, {env.get('memory')}; {env.get('os')}; {env.get('java')}; {env.get('postgresql', '').split(' on ')[0]}, "
      f"PostGIS {env.get('postgis')}; {env.get('mapserver')}; {env.get('lighttpd')}; {env.get('wrk')}. "
      f"wrk -t{threads} --timeout 10s, pgbench -j{threads} -M prepared, {duration} s each; no compression (wrk sends no Accept-Encoding).")
PY
say "Raw results in ${OUT#$ROOT/}"
