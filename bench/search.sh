#!/usr/bin/env bash
# Search benchmark: the catalogue's /api/v1/search and /api/v1/suggest, side by side in one run
# with PostgreSQL full-text search (unaccent + simple and english configurations + pg_trgm, built
# by catalogue-api/src/test/resources/search/postgres-fts.sql, queried by postgres-fts-query.sql)
# on the same data: the bundled geodata plus 100,000 synthetic places
# (bench/search/synthetic-places.sql), in a database of its own in the project-local cluster
# (never the catalogue a user runs). Measures, over the loopback interface:
#   - query p50/p99 of the same questions (bench/search/queries.tsv): wrk against the service,
#     pgbench running the SQL; suggest p99 (bench/search/prefixes.txt); the same with one client
#     at a time (latency without queueing)
#   - the full rebuild of the index at start-up, the same asked of the running service by an
#     administrator (POST /actuator/searchindex), and catching up with the 100,000 new places
#   - the delay from a committed change to its being searchable
#
#   bash bench/search.sh
#
# Settings (environment): BENCH_DURATION seconds per measurement (20), BENCH_CONNECTIONS (8),
# BENCH_THREADS (2), BENCH_RECORDS (100000), BENCH_SERVICE_PORT (18186),
# BENCH_DB (catalogue_search_bench), BENCH_DROP_DB=1 to drop the database at the end.
# Everything it starts is stopped on exit; the table is printed and written with the raw outputs
# to bench/results/search-<time>/.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
STATE="${CATALOGUE_STATE_DIR:-$ROOT/.catalogue}"
DB_PORT="${CATALOGUE_DB_PORT:-5544}"
DB="${BENCH_DB:-catalogue_search_bench}"
DURATION="${BENCH_DURATION:-20}"
CONNS="${BENCH_CONNECTIONS:-8}"
THREADS="${BENCH_THREADS:-2}"
RECORDS="${BENCH_RECORDS:-100000}"
PORT="${BENCH_SERVICE_PORT:-18186}"
SERVICE="http://127.0.0.1:$PORT"
OUT="$ROOT/bench/results/search-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$OUT/pgbench"

say() { printf '\033[1m[bench]\033[0m %s\n' "$*" >&2; }
die() { printf '\033[1;31m[bench] %s\033[0m\n' "$*" >&2; exit 1; }

[[ "$DB" != "catalogue" && "$DB" != "catalogue_test" ]] || die "BENCH_DB must not be the catalogue's own database ($DB)."
[[ "$DB" =~ ^[a-z_][a-z0-9_]*$ ]] || die "BENCH_DB must be a plain lower-case name, not '$DB'."
[[ "$RECORDS" =~ ^[0-9]+$ && "$RECORDS" -le 1000000 ]] || die "BENCH_RECORDS must be a number up to 1,000,000."

need=()
command -v wrk >/dev/null || need+=(wrk)
command -v pgbench >/dev/null || need+=(postgresql-contrib)
command -v python3 >/dev/null || need+=(python3)
command -v curl >/dev/null || need+=(curl)
if (( ${#need[@]} )); then
  [[ "$(id -u)" -eq 0 ]] || die "Missing tools. Install them with: sudo apt-get install --no-install-recommends ${need[*]}"
  say "Installing ${need[*]} from Debian's packages…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -q --no-install-recommends "${need[@]}" >/dev/null 2>&1 \
    || { apt-get update -q >/dev/null && apt-get install -y -q --no-install-recommends "${need[@]}" >/dev/null; } \
    || die "apt-get could not install ${need[*]}."
fi
(exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null && die "Port $PORT is in use; set BENCH_SERVICE_PORT."

SERVICE_PID=""
SAMPLER_PID=""
stop_service() {
  [[ -n "$SERVICE_PID" ]] || return 0
  local pid
  for pid in $(pgrep -P "$SERVICE_PID" || true); do kill "$pid" 2>/dev/null || true; done
  kill "$SERVICE_PID" 2>/dev/null || true
  for _ in $(seq 1 300); do kill -0 "$SERVICE_PID" 2>/dev/null || break; sleep 0.1; done
  kill -9 "$SERVICE_PID" 2>/dev/null || true
  wait "$SERVICE_PID" 2>/dev/null || true
  SERVICE_PID=""
}
cleanup() {
  set +e
  [[ -n "$SAMPLER_PID" ]] && kill "$SAMPLER_PID" 2>/dev/null
  stop_service
  if [[ "${BENCH_DROP_DB:-0}" == 1 && -n "${PGPASSWORD:-}" ]]; then
    psql -X -q -h 127.0.0.1 -p "$DB_PORT" -U catalogue -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" >/dev/null 2>&1
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

{
  echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "cpu: $(nproc) x $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)"
  echo "memory: $(free -m | awk '/^Mem:/ {print $2 " MB"}')"
  echo "wrk: $(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2); pgbench: $(pgbench --version)"
  echo "load at start: $(cut -d' ' -f1-3 /proc/loadavg)"
} > "$OUT/environment.txt"

say "Starting the project-local PostGIS and building…"
./catalogue db start >/dev/null 2>"$OUT/db-start.log" || die "The database did not start; see $OUT/db-start.log"
./catalogue build >/dev/null 2>"$OUT/build.log" || die "The build failed; see $OUT/build.log"
export PGPASSWORD
PGPASSWORD="$(cat "$STATE/db-password")"
PSQL=(psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$DB_PORT" -U catalogue)
"${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB" >/dev/null
"${PSQL[@]}" -d "$DB" -c "CREATE EXTENSION postgis" -c "CREATE EXTENSION unaccent" -c "CREATE EXTENSION pg_trgm" >/dev/null
echo "postgresql: $("${PSQL[@]}" -d "$DB" -tAc "SELECT version()")" >> "$OUT/environment.txt"

export CATALOGUE_DB_URL="jdbc:postgresql://127.0.0.1:$DB_PORT/$DB" CATALOGUE_DB_USER=catalogue CATALOGUE_DB_PASSWORD="$PGPASSWORD"

# No draft voices: synthesizing the guide's audio at start-up would run beside the measurements.
export CATALOGUE_DRAFT_VOICES=false
start_service() {   # $1: load the bundled geodata (true/false); $2: log file
  CATALOGUE_PORT="$PORT" CATALOGUE_LOAD_GEODATA="$1" CATALOGUE_JAVA_OPTS="${CATALOGUE_JAVA_OPTS:-} -Xlog:gc:file=$OUT/gc-$1.log" \
    ./catalogue run > "$2" 2>&1 &
  SERVICE_PID=$!
  for _ in $(seq 1 600); do
    kill -0 "$SERVICE_PID" 2>/dev/null || die "The service stopped; see $2"
    [[ "$(curl -s -o /dev/null -w '%{http_code}' "$SERVICE/api/v1/search?q=ban+gioc&limit=1")" == 200 ]] && return 0
    sleep 0.5
  done
  die "The service's search did not answer within 300 s; see $2"
}

# Waits until q finds a feature whose id is $2; prints the milliseconds it took, or dies after $3 s.
await_found() {
  python3 - "$SERVICE" "$1" "$2" "$3" <<'PY'
import json, sys, time, urllib.parse, urllib.request
service, q, wanted, limit = sys.argv[1], sys.argv[2], sys.argv[3], float(sys.argv[4])
start = time.monotonic()
while time.monotonic() - start < limit:
    try:
        with urllib.request.urlopen(service + "/api/v1/search?limit=5&q=" + urllib.parse.quote(q)) as r:
            if any(f["id"] == wanted for f in json.load(r)["features"]):
                print(round((time.monotonic() - start) * 1000)); sys.exit(0)
    except Exception:
        pass
    time.sleep(0.02)
sys.exit(1)
PY
}

say "Starting the service with the bundled geodata on 127.0.0.1:$PORT…"
start_service true "$OUT/service-first.log"

say "Adding $RECORDS synthetic places in one transaction, and waiting until the last is searchable…"
"${PSQL[@]}" -d "$DB" -v records="$RECORDS" -f bench/search/synthetic-places.sql >/dev/null
LAST_ID="bench-$(printf '%06d' "$RECORDS")"
LAST_NAME="$("${PSQL[@]}" -d "$DB" -tAc "SELECT name->>'vi' FROM place WHERE id = '$LAST_ID'")"
CATCH_UP_MS="$(await_found "$LAST_NAME" "$LAST_ID" 300)" || die "The synthetic places were not searchable within 300 s."
DOCS="$("${PSQL[@]}" -d "$DB" -tAc "SELECT (SELECT count(*) FROM place) + (SELECT count(*) FROM sign) + (SELECT count(*) FROM hazard) + (SELECT count(*) FROM route) + (SELECT count(*) FROM partner) + (SELECT count(*) FROM partner_product) + (SELECT count(*) FROM intangible_heritage)")"

say "Restarting the service: a full rebuild of the index from PostgreSQL…"
stop_service
start_service false "$OUT/service.log"
REBUILD_LINE="$(grep -a 'Search index built from the catalogue' "$OUT/service.log" | tail -1)"
REBUILD_MS="$(sed -n 's/.*: \([0-9]*\) documents in \([0-9]*\) ms.*/\2/p' <<<"$REBUILD_LINE")"
INDEXED="$(sed -n 's/.*: \([0-9]*\) documents in \([0-9]*\) ms.*/\1/p' <<<"$REBUILD_LINE")"
REBUILD_CPU_MS="$(sed -n 's/.* ms, \([0-9]*\) ms of CPU.*/\1/p' <<<"$REBUILD_LINE")"
REBUILD_JIT_MS="$(sed -n 's/.*the JIT compiling for \([0-9]*\) ms.*/\1/p' <<<"$REBUILD_LINE")"
[[ -n "$REBUILD_MS" ]] || die "No rebuild time in $OUT/service.log"
JDK_BIN="$(dirname "$(readlink -f "/proc/$SERVICE_PID/exe" 2>/dev/null || echo /usr/bin/java)")"
echo "service jvm: $("$JDK_BIN/java" -version 2>&1 | head -1)" >> "$OUT/environment.txt"

say "Building the PostgreSQL full-text search table over the same records…"
start=$(date +%s.%N)
"${PSQL[@]}" -d "$DB" -f catalogue-api/src/test/resources/search/postgres-fts.sql > "$OUT/postgres-fts.log"
FTS_BUILD_S="$(python3 -c "print(round($(date +%s.%N) - $start, 1))")"

# The same questions for both: URLs for wrk, SQL files for pgbench.
python3 - "$OUT" <<'PY'
import sys, urllib.parse, pathlib
out = pathlib.Path(sys.argv[1])
sql = pathlib.Path("catalogue-api/src/test/resources/search/postgres-fts-query.sql").read_text()
queries = [l.rstrip("\n").split("\t") for l in open("bench/search/queries.tsv", encoding="utf-8") if l.strip() and not l.startswith("#")]
paths = []
for n, (q, near) in enumerate(queries):
    paths.append("/api/v1/search?limit=10&q=" + urllib.parse.quote(q) + ("&near=" + near if near else ""))
    lat, lon = near.split(",") if near else ("NULL", "NULL")
    literal = "'" + q.replace("'", "''") + "'"
    body = "\n".join(l for l in sql.splitlines() if not l.lstrip().startswith("--"))
    body = body.replace(":q", literal).replace(":lat", "CAST(" + lat + " AS double precision)").replace(":lon", "CAST(" + lon + " AS double precision)")
    (out / "pgbench" / f"q{n:02d}.sql").write_text(" ".join(body.split()) + ";\n")
prefixes = [l.strip() for l in open("bench/search/prefixes.txt", encoding="utf-8") if l.strip()]
suggest = ["/api/v1/suggest?q=" + urllib.parse.quote(p) for p in prefixes]
def lua(name, items):
    (out / name).write_text("local paths = {\n" + ",\n".join('  "' + p + '"' for p in items) + "\n}\n" + """
local i = 0
function request()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT requests=%d duration_us=%d errors=%d p50_us=%d p99_us=%d\\n",
    summary.requests, summary.duration, e.connect + e.read + e.write + e.status + e.timeout,
    latency:percentile(50), latency:percentile(99)))
end
""")
lua("search.lua", paths)
lua("suggest.lua", suggest)
PY

say "Checking that every question answers through both…"
for f in "$OUT"/pgbench/q*.sql; do "${PSQL[@]}" -d "$DB" -f "$f" > /dev/null || die "PostgreSQL refused $f"; done
python3 - "$SERVICE" "$OUT/search.lua" <<'PY'
import re, sys, urllib.request
for path in re.findall(r'"(/api/[^"]+)"', open(sys.argv[2]).read()):
    with urllib.request.urlopen(sys.argv[1] + path) as r:
        assert r.status == 200, path
PY

# CPU time spent by the service, by the benchmark database's backends, and by everything else on
# the machine, sampled every half second: on a shared machine the CPU a request costs is the
# figure that does not depend on what else runs; "other" says how much else ran.
cat > "$OUT/cpu-sampler.py" <<'PY'
import os, sys, time
out, service_pid, db = sys.argv[1], sys.argv[2], sys.argv[3]
tick = os.sysconf("SC_CLK_TCK")
last, total = {}, {"service": 0.0, "database": 0.0, "other": 0.0}
mine = {"wrk", "pgbench", "python3"}
while True:
    seen = {}
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            st = open(f"/proc/{pid}/stat").read()
            comm = st[st.index("(") + 1:st.rindex(")")]
            f = st[st.rindex(")") + 2:].split()
            cpu = (int(f[11]) + int(f[12])) / tick
            cmd = open(f"/proc/{pid}/cmdline", "rb").read().decode(errors="replace").replace("\0", " ")
        except (OSError, ValueError, IndexError):
            continue
        kind = "service" if pid == service_pid else "database" if comm == "postgres" and f" {db} " in cmd else None if comm in mine else "other"
        seen[pid] = (cpu, kind)
        if kind and pid in last:
            total[kind] += max(0.0, cpu - last[pid][0])
    last = seen
    with open(out + ".tmp", "w") as o:
        o.write(" ".join(f"{k}={v:.2f}" for k, v in total.items()) + "\n")
    os.replace(out + ".tmp", out)
    time.sleep(0.5)
PY
python3 "$OUT/cpu-sampler.py" "$OUT/cpu-now" "$SERVICE_PID" "$DB" &
SAMPLER_PID=$!
sleep 1.5
cpu_mark() { cp "$OUT/cpu-now" "$OUT/cpu-$1"; }

say "Warming up, then measuring the catalogue's search (${DURATION}s, $CONNS connections)…"
wrk -t "$THREADS" -c "$CONNS" -d 5s -s "$OUT/search.lua" "$SERVICE" > /dev/null
cpu_mark search-start
wrk -t "$THREADS" -c "$CONNS" -d "${DURATION}s" --latency -s "$OUT/search.lua" "$SERVICE" > "$OUT/wrk-search.txt"
sleep 1; cpu_mark search-end
say "… suggestions…"
wrk -t "$THREADS" -c "$CONNS" -d 5s -s "$OUT/suggest.lua" "$SERVICE" > /dev/null
wrk -t "$THREADS" -c "$CONNS" -d "${DURATION}s" --latency -s "$OUT/suggest.lua" "$SERVICE" > "$OUT/wrk-suggest.txt"
say "… and PostgreSQL full-text search with pgbench…"
PGBENCH_FILES=()
for f in "$OUT"/pgbench/q*.sql; do PGBENCH_FILES+=(-f "$f@1"); done
(cd "$OUT/pgbench" && pgbench -n -h 127.0.0.1 -p "$DB_PORT" -U catalogue -c "$CONNS" -j "$THREADS" -T 5 "${PGBENCH_FILES[@]}" "$DB" > /dev/null 2>&1)
cpu_mark pg-start
(cd "$OUT/pgbench" && pgbench -n -h 127.0.0.1 -p "$DB_PORT" -U catalogue -c "$CONNS" -j "$THREADS" -T "$DURATION" -l --log-prefix=tx \
   "${PGBENCH_FILES[@]}" "$DB" > "$OUT/pgbench.txt" 2>&1)
sleep 1; cpu_mark pg-end
kill "$SAMPLER_PID" 2>/dev/null || true
# pgbench stops at its deadline, but PostgreSQL finishes the searches it was running (the broad
# words take seconds): wait for them, or they would share the cores with the next measurement.
await_quiet_database() {
  for _ in $(seq 1 60); do
    [[ "$("${PSQL[@]}" -d "$DB" -tAc "SELECT count(*) FROM pg_stat_activity WHERE datname = '$DB' AND state = 'active' AND pid <> pg_backend_pid()")" == 0 ]] && return 0
    sleep 0.5
  done
  say "PostgreSQL was still running benchmark queries after 30 s; measuring anyway."
}
await_quiet_database
# Under 8 connections on 2 cores a latency is mostly queueing; one client at a time shows what a
# visitor waits when the service is not saturated.
say "… and one client at a time, for both (latency without queueing)…"
wrk -t 1 -c 1 -d "${DURATION}s" --latency -s "$OUT/search.lua" "$SERVICE" > "$OUT/wrk-search-single.txt"
wrk -t 1 -c 1 -d "${DURATION}s" --latency -s "$OUT/suggest.lua" "$SERVICE" > "$OUT/wrk-suggest-single.txt"
(cd "$OUT/pgbench" && pgbench -n -h 127.0.0.1 -p "$DB_PORT" -U catalogue -c 1 -j 1 -T "$DURATION" -l --log-prefix=single \
   "${PGBENCH_FILES[@]}" "$DB" > "$OUT/pgbench-single.txt" 2>&1)
await_quiet_database

say "Delay from a committed change to its being searchable (20 changes)…"
: > "$OUT/delays.txt"
for i in $(seq 1 20); do
  word="Zelkova$(printf '%02d' "$i")x$RANDOM"
  "${PSQL[@]}" -d "$DB" -c "BEGIN" \
    -c "INSERT INTO place (id, park_id, kind, name, geom) VALUES ('bench-delay-$i', 'lang-son', 'viewpoint', jsonb_build_object('vi', '$word', 'en', '$word'), ST_SetSRID(ST_MakePoint(106.5, 21.8), 4326)) ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name" \
    -c "INSERT INTO change_log (entity_type, entity_id, operation, park_id) VALUES ('place', 'bench-delay-$i', 'update', 'lang-son')" \
    -c "COMMIT" >/dev/null
  await_found "$word" "bench-delay-$i" 10 >> "$OUT/delays.txt" || echo "timeout" >> "$OUT/delays.txt"
  sleep 0.2
done
# The same rebuild in the running service, asked by an administrator: the code is compiled by
# now, so this is what indexing costs apart from the JIT that a start-up rebuild competes with.
say "Rebuilding the index in the running service (as an administrator)…"
ADMIN_PASSWORD="bench-$RANDOM-$RANDOM-$RANDOM"
printf '%s\n' "$ADMIN_PASSWORD" | ./catalogue user add bench-admin --role admin --password-stdin >/dev/null 2>"$OUT/admin.log" \
  || die "Could not create the benchmark's administrator; see $OUT/admin.log"
TOKEN="$(curl -s -X POST "$SERVICE/api/v1/auth/token" -H 'Content-Type: application/json' \
  -d "{\"username\": \"bench-admin\", \"password\": \"$ADMIN_PASSWORD\"}" | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])')" \
  || die "The benchmark's administrator could not sign in."
curl -s -f -X POST -H "Authorization: Bearer $TOKEN" "$SERVICE/actuator/searchindex" > "$OUT/rebuild-running.json" \
  || die "The rebuild in the running service failed; see $OUT/service.log"
echo "load at end: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$OUT/environment.txt"

python3 - "$OUT" "$REBUILD_MS" "$INDEXED" "$CATCH_UP_MS" "$RECORDS" "$FTS_BUILD_S" "$DOCS" "${REBUILD_CPU_MS:-0}" "${REBUILD_JIT_MS:-0}" <<'PY' | tee "$OUT/results.md"
import glob, json, re, statistics, sys
out, rebuild_ms, indexed, catch_up_ms, records, fts_build_s, docs, rebuild_cpu_ms, rebuild_jit_ms = sys.argv[1:10]
running = json.load(open(f"{out}/rebuild-running.json"))
def cpu(mark):
    return {k: float(v) for k, v in (kv.split("=") for kv in open(f"{out}/cpu-{mark}").read().split())}
def spent(a, b):
    x, y = cpu(a), cpu(b)
    return {k: y[k] - x[k] for k in x}
def wrk(name):
    text = open(f"{out}/wrk-{name}.txt").read()
    m = dict(re.findall(r"(\w+)=(\d+)", re.search(r"RESULT (.*)", text).group(1)))
    return int(m["requests"]) / (int(m["duration_us"]) / 1e6), int(m["p50_us"]) / 1000, int(m["p99_us"]) / 1000, int(m["errors"])
def pg_latencies(prefix):
    xs = []
    for f in glob.glob(f"{out}/pgbench/{prefix}.*"):
        for line in open(f):
            parts = line.split()
            if len(parts) >= 3:
                xs.append(int(parts[2]) / 1000)
    return sorted(xs)
lat = pg_latencies("tx")
lat1 = pg_latencies("single")
pct = lambda xs, p: xs[min(len(xs) - 1, max(0, round(len(xs) * p / 100) - 1))]
pg_rate = float(re.search(r"tps = ([0-9.]+)", open(f"{out}/pgbench.txt").read()).group(1))
s_rate, s50, s99, s_err = wrk("search")
g_rate, g50, g99, g_err = wrk("suggest")
delays = [int(x) for x in open(f"{out}/delays.txt").read().split() if x.isdigit()]
timeouts = open(f"{out}/delays.txt").read().count("timeout")
print(f"| measure | catalogue (Lucene) | PostgreSQL FTS | ratio |")
print(f"|---|---:|---:|---:|")
print(f"| search p50 ms | {s50:.2f} | {pct(lat, 50):.2f} | {pct(lat, 50) / s50:.1f}× faster |")
print(f"| search p99 ms | {s99:.2f} | {pct(lat, 99):.2f} | {pct(lat, 99) / s99:.1f}× faster |")
print(f"| searches per second | {s_rate:,.0f} | {pg_rate:,.0f} | {s_rate / pg_rate:.1f}× |")
_, s50_1, s99_1, _ = wrk("search-single")
_, g50_1, g99_1, _ = wrk("suggest-single")
print(f"| one client: search p50 / p99 ms | {s50_1:.2f} / {s99_1:.2f} | {pct(lat1, 50):.2f} / {pct(lat1, 99):.2f} | {pct(lat1, 99) / s99_1:.1f}× faster at p99 |")
print(f"| one client: suggest p50 / p99 ms | {g50_1:.2f} / {g99_1:.2f} | — | |")
s_cpu = spent("search-start", "search-end")
p_cpu = spent("pg-start", "pg-end")
s_requests = int(dict(re.findall(r"(\w+)=(\d+)", re.search(r"RESULT (.*)", open(f"{out}/wrk-search.txt").read()).group(1)))["requests"])
p_tx = int(re.search(r"number of transactions actually processed: (\d+)", open(f"{out}/pgbench.txt").read()).group(1))
ours_cpu = s_cpu["service"] * 1000 / s_requests
pg_cpu = p_cpu["database"] * 1000 / p_tx
print(f"| CPU per search, ms (service / database backends) | {ours_cpu:.2f} | {pg_cpu:.2f} | {pg_cpu / ours_cpu:.1f}× less |")
print(f"| CPU used by other processes during the run, s | {s_cpu['other']:.1f} | {p_cpu['other']:.1f} | |")
print(f"| suggest p50 / p99 ms | {g50:.2f} / {g99:.2f} | — | |")
print(f"| full rebuild at start-up ({int(indexed):,} documents), wall / CPU (JIT compiling meanwhile) | {int(rebuild_ms) / 1000:.1f} s / {int(rebuild_cpu_ms) / 1000:.1f} s ({int(rebuild_jit_ms) / 1000:.1f} s) | {fts_build_s} s (table + indexes) | |")
print(f"| full rebuild in the running service ({running['documents']:,} documents), wall / CPU | {running['wallMillis'] / 1000:.1f} s / {running['cpuMillis'] / 1000:.1f} s | | |")
print(f"| {int(records):,} new places committed at once → searchable | {int(catch_up_ms) / 1000:.1f} s | — | |")
if delays:
    print(f"| one change committed → searchable, p50 / max of {len(delays)} | {statistics.median(delays):.0f} / {max(delays)} ms | — | |")
print()
print(f"Records in the database: {int(docs):,}; errors: search {s_err}, suggest {g_err}, delay timeouts {timeouts}.")
PY
cat "$OUT/environment.txt"
