#!/usr/bin/env bash
# Routes-API benchmark: what hazard awareness costs. Side by side in one run, on the bundled
# geodata (10 routes, 32 hazards) in a database of its own in the project-local cluster, wrk over
# loopback against one service instance:
#   the operators' route list (every route with the day's hazards within 50 m and its verdict)
#   vs the map service's page of the same routes (no hazards; a cached page);
#   a route's hazards on a day (buffers on the ellipsoid, verdict) vs the map service's feature;
#   a route's GPX export vs the same feature.
#
#   bash bench/routes-api.sh
#
# Settings (environment): BENCH_DURATION seconds per measurement (15), BENCH_THREADS (2),
# BENCH_CONNECTIONS (16), BENCH_SERVICE_PORT (18090), BENCH_DB (catalogue_routes_bench),
# BENCH_DROP_DB=1 to drop the database at the end. The service it starts is stopped on exit.
# The table is printed and written, with wrk's outputs, to bench/results/routes-api-<time>/.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
STATE="${CATALOGUE_STATE_DIR:-$ROOT/.catalogue}"
DB_PORT="${CATALOGUE_DB_PORT:-5544}"
DB_USER="catalogue"
DB="${BENCH_DB:-catalogue_routes_bench}"
DURATION="${BENCH_DURATION:-15}"
THREADS="${BENCH_THREADS:-2}"
CONNS="${BENCH_CONNECTIONS:-16}"
SERVICE_PORT="${BENCH_SERVICE_PORT:-18090}"
ROUTE="cb-route-classic-waterfall-to-pac-bo"

OUT="$ROOT/bench/results/routes-api-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$OUT"
say()  { printf '\033[1m[bench]\033[0m %s\n' "$*" >&2; }
die()  { printf '\033[1;31m[bench] %s\033[0m\n' "$*" >&2; exit 1; }

[[ "$DB" != "catalogue" && "$DB" != "catalogue_test" ]] || die "BENCH_DB must not be the catalogue's own database ($DB)."
[[ "$DB" =~ ^[a-z_][a-z0-9_]*$ ]] || die "BENCH_DB must be a plain lower-case name, not '$DB'."
if ! command -v wrk >/dev/null; then
  [[ "$(id -u)" -eq 0 ]] || die "wrk is missing: sudo apt-get install -y wrk"
  apt-get install -y -q wrk >/dev/null 2>&1 || { apt-get update -q >/dev/null && apt-get install -y -q wrk >/dev/null; } || die "could not install wrk"
fi

SERVICE_PID=""
cleanup() {
  if [[ -n "$SERVICE_PID" ]] && kill -0 "$SERVICE_PID" 2>/dev/null; then
    kill "$SERVICE_PID" 2>/dev/null || true
    wait "$SERVICE_PID" 2>/dev/null || true
  fi
  if [[ "${BENCH_DROP_DB:-0}" == 1 && -n "${PGPASSWORD:-}" ]]; then
    psql -X -q -h 127.0.0.1 -p "$DB_PORT" -U "$DB_USER" -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" >/dev/null 2>&1 || true
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

say "Starting the project-local PostGIS…"
./catalogue db start >/dev/null 2>"$OUT/db-start.log" || die "The database did not start; see $OUT/db-start.log"
export PGPASSWORD
PGPASSWORD="$(cat "$STATE/db-password")"
PSQL=(psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$DB_PORT" -U "$DB_USER")
"${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB" >/dev/null
"${PSQL[@]}" -d "$DB" -c "CREATE EXTENSION postgis" >/dev/null

export CATALOGUE_DB_URL="jdbc:postgresql://127.0.0.1:$DB_PORT/$DB"
export CATALOGUE_DB_USER="$DB_USER"
export CATALOGUE_DB_PASSWORD="$PGPASSWORD"
export CATALOGUE_LOAD_GEODATA=true
export CATALOGUE_DRAFT_VOICES=false

say "Starting the catalogue on 127.0.0.1:$SERVICE_PORT with the bundled geodata (quotas lifted for the measurement)…"
CATALOGUE_PORT="$SERVICE_PORT" ./catalogue run --catalogue.operators.anonymous-limit=1000000000 >"$OUT/service.log" 2>&1 &
SERVICE_PID=$!
SERVICE="http://127.0.0.1:$SERVICE_PORT"
for ((i = 0; i < 300; i++)); do
  kill -0 "$SERVICE_PID" 2>/dev/null || die "The service stopped; see $OUT/service.log"
  curl -fs "$SERVICE/actuator/health" >/dev/null 2>&1 && break
  sleep 1
done
curl -fs "$SERVICE/actuator/health" >/dev/null || die "The service did not become healthy in 300 s; see $OUT/service.log"
curl -fs "$SERVICE/api/v1/routes/$ROUTE" >/dev/null || die "The bundled route $ROUTE is missing; see $OUT/service.log"

# requests per second and p99 (ms) of one URL
measure() {
  local name="$1" url="$2" file="$OUT/$1.txt"
  for _ in 1 2 3; do curl -fs -o /dev/null "$url" || die "$url does not answer 200"; done
  wrk -t"$THREADS" -c"$CONNS" -d"${DURATION}s" --latency --timeout 10s "$url" > "$file" 2>&1 || true
  local rate p99 errors
  rate="$(awk '/Requests\/sec/ {print $2}' "$file")"
  p99="$(awk '$1 == "99%" {print $2}' "$file")"
  errors="$(grep -E "Non-2xx|Socket errors" "$file" | tr "\n" " " || true)"
  printf '%s\t%s\t%s\t%s\n' "$name" "${rate:-0}" "${p99:-?}" "${errors:-none}"
}

say "Measuring, ${DURATION} s each at $CONNS connections…"
{
  measure list "$SERVICE/api/v1/routes?lang=en"
  measure map-page "$SERVICE/ogc/collections/routes/items?lang=en"
  measure hazards "$SERVICE/api/v1/routes/$ROUTE/hazards?date=2026-07-15&lang=en"
  measure map-feature "$SERVICE/ogc/collections/routes/items/$ROUTE?lang=en"
  measure gpx "$SERVICE/api/v1/routes/$ROUTE.gpx?lang=vi"
} | tee "$OUT/results.tsv"

python3 - "$OUT/results.tsv" <<'PY' | tee "$OUT/table.md"
import sys
rows = {}
for line in open(sys.argv[1]):
    name, rate, p99, errors = line.rstrip("\n").split("\t")
    rows[name] = (float(rate), p99, errors)
def row(label, name, peer_label, peer):
    r, p, e = rows[name]
    pr, pp, pe = rows[peer]
    print(f"| {label} | {r:,.0f} | {p} | {peer_label} | {pr:,.0f} | {pp} | **{pr / r:.1f}×** |")
print("| routes API | req/s | p99 | map service | req/s | p99 | map ÷ routes API |")
print("|---|---:|---:|---|---:|---:|---:|")
row("`/api/v1/routes` (10 routes, hazards and verdicts)", "list", "`routes/items` (same routes)", "map-page")
row("`/api/v1/routes/{id}/hazards?date=`", "hazards", "`routes/items/{id}`", "map-feature")
row("`/api/v1/routes/{id}.gpx`", "gpx", "`routes/items/{id}`", "map-feature")
errors = {n: v[2] for n, v in rows.items() if v[2] != "none"}
print("\nErrors: " + (", ".join(f"{n}: {e}" for n, e in errors.items()) if errors else "none."))
PY
say "Done: $OUT"
