#!/usr/bin/env bash
# Fuzz run: Jazzer (coverage-guided, libFuzzer-based) against the map service's query-parameter
# parsers and the importer's file readers, one target after the other, each for a bounded time.
# The targets are the @FuzzTest methods of the *FuzzTest classes; the build runs their committed
# inputs, this script fuzzes them (docs/decisions/0040-fuzz-tests.md, docs/reliability.md).
#
#   bash bench/fuzz.sh [NAME...]                   fuzz every target, or the ones named
#   bash bench/fuzz.sh list                        the targets
#   bash bench/fuzz.sh promote bench/results/fuzz-<time>
#                                                  replay each finding of a run as the build runs
#                                                  inputs (without Jazzer's hooks); those that no
#                                                  longer fail become regression inputs of their
#                                                  fuzz test (src/test/resources/…Inputs/<method>/)
#
# Settings (environment): FUZZ_SECONDS per target (60), FUZZ_HEAP of the fuzzing JVM (1g: a
# reader that allocates without bound on a 64 KB file is a finding), FUZZ_TIMEOUT seconds one
# input may take before it is a hang (10), FUZZ_KEEP_GOING distinct findings per target before it
# stops (20). The whole run is bounded: each target's JVM is killed FUZZ_SECONDS + 300 s after it
# starts, whatever happens.
# Fuzzing touches no network: every target runs in a network namespace of its own, which has no
# interface but a loopback that is down (unshare -n as root, unshare -rn otherwise).
# Results (corpus, findings, logs, summary.md) go to bench/results/fuzz-<time>/ (git-ignored).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
SECONDS_EACH="${FUZZ_SECONDS:-60}"
HEAP="${FUZZ_HEAP:-1g}"
INPUT_TIMEOUT="${FUZZ_TIMEOUT:-10}"
KEEP_GOING="${FUZZ_KEEP_GOING:-20}"
STARTUP_ALLOWANCE=300

# name | module | class | method | largest input (bytes) | classes instrumented for coverage, beside ours
TARGETS=(
  "items-query|catalogue-api|org.geoparks.catalogue.mapquery.RequestParametersFuzzTest|anyItemsQueryIsParsedOrRefusedAsABadParameter|4096|"
  "datetime|catalogue-api|org.geoparks.catalogue.mapquery.RequestParametersFuzzTest|anyDatetimeIsAnIntervalInOrderOrABadParameter|4096|"
  "crs|catalogue-api|org.geoparks.catalogue.mapquery.RequestParametersFuzzTest|anyCrsNameIsOfferedOrNot|4096|"
  "output-format|catalogue-api|org.geoparks.catalogue.ogc.OutputFormatFuzzTest|anyFormatRequestChoosesAFormatOrRefusesF|4096|org.springframework.util.**:org.springframework.http.**"
  "language-tag|catalogue-api|org.geoparks.catalogue.i18n.LanguageFuzzTest|anyLanguageTagIsCanonicalOrRefused|4096|"
  "lang|catalogue-api|org.geoparks.catalogue.i18n.LanguageFuzzTest|anyLangParameterIsServedOrRefused|4096|"
  "accept-language|catalogue-api|org.geoparks.catalogue.i18n.LanguageFuzzTest|anyAcceptLanguageGivesAPreference|4096|"
  "geojson|importer|org.geoparks.importer.source.FileReadersFuzzTest|anyGeoJsonFileGivesFeaturesOrSaysWhy|65536|com.fasterxml.jackson.core.**:com.fasterxml.jackson.databind.**:org.n52.jackson.**"
  "csv|importer|org.geoparks.importer.source.FileReadersFuzzTest|anyCsvFileGivesFeaturesOrSaysWhy|65536|org.apache.commons.csv.**:org.locationtech.jts.io.**"
  "kml|importer|org.geoparks.importer.source.FileReadersFuzzTest|anyKmlOrKmzFileGivesFeaturesOrSaysWhy|65536|org.locationtech.jts.io.**"
  "gpx|importer|org.geoparks.importer.source.FileReadersFuzzTest|anyGpxFileGivesFeaturesOrSaysWhy|65536|io.jenetics.jpx.**"
  "shapefile|importer|org.geoparks.importer.source.FileReadersFuzzTest|anyShapefileGivesFeaturesOrSaysWhy|65536|com.linuxense.javadbf.**"
  "gpkg|importer|org.geoparks.importer.source.FileReadersFuzzTest|anyGeoPackageGivesFeaturesOrSaysWhy|65536|mil.nga.**"
  "narration-scripts|importer|org.geoparks.importer.source.FileReadersFuzzTest|anyNarrationScriptGivesAScriptOrSaysWhy|65536|org.yaml.snakeyaml.**"
  "layer-mapping|importer|org.geoparks.importer.mapping.LayerMappingFuzzTest|anyMappingFileIsReadOrRefused|65536|org.yaml.snakeyaml.**"
)

say() { printf '\033[1m[fuzz]\033[0m %s\n' "$*" >&2; }
die() { printf '\033[1;31m[fuzz] %s\033[0m\n' "$*" >&2; exit 1; }

field() { cut -d'|' -f"$2" <<<"$1"; }

target_named() {
  local t
  for t in "${TARGETS[@]}"; do
    [[ "$(field "$t" 1)" == "$1" ]] && { echo "$t"; return 0; }
  done
  return 1
}

# A JDK 21 or newer: JAVA_HOME, else the newest under /usr/lib/jvm (as ./catalogue picks it).
pick_java() {
  local home v best="" best_v=0
  for home in "${JAVA_HOME:-}" /usr/lib/jvm/*; do
    [[ -n "$home" && -x "$home/bin/javac" && -f "$home/release" ]] || continue
    v="$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$home/release")"
    if [[ -n "$v" ]] && (( v >= 21 )); then
      if [[ "$home" == "${JAVA_HOME:-}" ]]; then best="$home"; best_v="$v"; break; fi
      if (( v > best_v )); then best="$home"; best_v="$v"; fi
    fi
  done
  [[ -n "$best" ]] || die "No JDK 21 or newer (set JAVA_HOME, or: sudo apt-get install openjdk-21-jdk)."
  export JAVA_HOME="$best"
  JAVA_MAJOR="$best_v"
}

# The test classes and the class path of both modules, from one Maven run (the reactor resolves
# catalogue-api to its build folders, never to an installed jar).
build() {
  command -v mvn >/dev/null || die "Maven is not installed: sudo apt-get install maven"
  say "Building the test classes and their class path (mvn test-compile)…"
  MAVEN_OPTS="${MAVEN_OPTS:-} $(unsafe_flag)" mvn -B -q -f "$ROOT/pom.xml" -pl importer -am \
    test-compile dependency:build-classpath -Dmdep.outputFile=target/fuzz-classpath.txt -Dmdep.includeScope=test \
    || die "The build failed; see the messages above."
}

unsafe_flag() { (( JAVA_MAJOR >= 23 )) && echo "--sun-misc-unsafe-memory-access=allow" || true; }

# Runs a command in a network namespace of its own, so that nothing a target does can reach a network.
NETNS=()
pick_netns() {
  command -v unshare >/dev/null || die "unshare (util-linux) is missing: sudo apt-get install util-linux"
  if unshare -n true 2>/dev/null; then
    NETNS=(unshare -n)
  elif unshare -rn true 2>/dev/null; then
    NETNS=(unshare -rn)
  else
    die "Cannot create a network namespace (unshare -n / unshare -rn); fuzzing runs without network only. Run as root or enable unprivileged user namespaces."
  fi
}

# jazzer <target> <working folder> [jazzer and libFuzzer arguments…]
jazzer() {
  local target="$1" dir="$2"; shift 2
  local module class method instrument
  module="$(field "$target" 2)"; class="$(field "$target" 3)"; method="$(field "$target" 4)"
  instrument="org.geoparks.**"
  [[ -n "$(field "$target" 6)" ]] && instrument="$instrument:$(field "$target" 6)"
  local classpath="$ROOT/$module/target/test-classes:$ROOT/$module/target/classes:$(cat "$ROOT/$module/target/fuzz-classpath.txt")"
  # RegexRoadblocks rewrites java.util.regex, which Jazzer 0.24 cannot read in JDKs newer than 23.
  (cd "$dir" && timeout --kill-after=30 $((SECONDS_EACH + STARTUP_ALLOWANCE)) "${NETNS[@]}" \
    "$JAVA_HOME/bin/java" "-Xmx$HEAP" -XX:+EnableDynamicAgentLoading --enable-native-access=ALL-UNNAMED $(unsafe_flag) \
    -cp "$classpath" com.code_intelligence.jazzer.Jazzer \
    --target_class="$class" --target_method="$method" \
    --instrumentation_includes="$instrument" --custom_hook_includes="$instrument" \
    --disabled_hooks=com.code_intelligence.jazzer.sanitizers.RegexRoadblocks \
    "$@")
}

# The inputs folder of a target's fuzz test, where its regression inputs live.
inputs_dir() {
  local target="$1" module class method
  module="$(field "$target" 2)"; class="$(field "$target" 3)"; method="$(field "$target" 4)"
  echo "$ROOT/$module/src/test/resources/$(tr . / <<<"${class%.*}")/${class##*.}Inputs/$method"
}

fuzz_one() {
  local target="$1" out="$2" name dir
  name="$(field "$target" 1)"
  dir="$out/$name"
  mkdir -p "$dir/corpus" "$dir/findings"
  say "Fuzzing $name for ${SECONDS_EACH}s…"
  local rc=0
  jazzer "$target" "$dir" --keep_going="$KEEP_GOING" \
    -max_total_time="$SECONDS_EACH" -timeout="$INPUT_TIMEOUT" -max_len="$(field "$target" 5)" -rss_limit_mb=4096 \
    -print_final_stats=1 -artifact_prefix="$dir/findings/" "$dir/corpus" \
    >"$dir/jazzer.log" 2>&1 || rc=$?
  echo "$rc" >"$dir/exit-code"
}

# The summary: per target, executions, coverage, corpus and findings; then each distinct finding
# (its exception or libFuzzer's verdict, and the first frame in the catalogue's code) with its inputs.
summarise() {
  local out="$1" target name dir log runs secs cov corpus findings rate
  printf '| target | executions | seconds | exec/s | coverage (edges) | corpus | findings (inputs) |\n|---|---:|---:|---:|---:|---:|---:|\n'
  for target in "${SELECTED[@]}"; do
    name="$(field "$target" 1)"; dir="$out/$name"; log="$dir/jazzer.log"
    [[ -f "$log" ]] || continue
    runs="$(grep -aoE '^Done [0-9]+ runs in [0-9]+ second' "$log" | tail -1 || true)"
    if [[ -n "$runs" ]]; then
      secs="$(awk '{print $5}' <<<"$runs")"; runs="$(awk '{print $2}' <<<"$runs")"
    else
      runs="$(grep -aoE '^#[0-9]+' "$log" | tail -1 | tr -d '#' || true)"; secs="?"
    fi
    cov="$(grep -aoE 'cov: [0-9]+' "$log" | tail -1 | cut -d' ' -f2 || true)"
    corpus="$(find "$dir/corpus" -type f | wc -l)"
    findings="$(find "$dir/findings" -type f | wc -l)"
    rate="?"
    if [[ "$secs" =~ ^[0-9]+$ ]] && (( secs > 0 )); then rate=$(( ${runs:-0} / secs )); fi
    printf '| %s | %s | %s | %s | %s | %s | %s |\n' "$name" "${runs:-0}" "$secs" "$rate" "${cov:-?}" "$corpus" "$findings"
  done
  echo
  for target in "${SELECTED[@]}"; do
    name="$(field "$target" 1)"; dir="$out/$name"; log="$dir/jazzer.log"
    [[ -f "$log" ]] || continue
    if ! grep -aqE '^Done [0-9]+ runs' "$log" && [[ "$(find "$dir/findings" -type f | wc -l)" -eq 0 ]]; then
      echo "- $name: did not finish (exit code $(cat "$dir/exit-code")): $(grep -avE '^(INFO|WARN|OpenJDK|WARNING)' "$log" | tail -1)"
    fi
    awk -v name="$name" '
      /^== Java Exception: / { sub(/^== Java Exception: /, ""); what = substr($0, 1, 160); frame = ""; test = ""; next }
      /^==[0-9]+== ERROR: libFuzzer: / { sub(/^==[0-9]+== ERROR: libFuzzer: /, ""); what = "libFuzzer: " $0; frame = ""; test = ""; next }
      what != "" && frame == "" && /^[ \t]+at org\.geoparks\./ { if ($2 ~ /FuzzTest\./) { if (test == "") test = $2 } else frame = $2 }
      /Test unit written to / {
        file = $NF; sub(/.*\//, "", file)
        where = frame != "" ? frame : test != "" ? test : "?"
        kind = what; sub(/:.*/, "", kind)
        key = kind " at " where
        if (!(key in files)) { order[++n] = key; example[key] = what; files[key] = file; count[key] = 1 }
        else { count[key]++ }
        what = ""
      }
      END {
        for (i = 1; i <= n; i++) {
          k = order[i]
          printf "- %s: %s (at %s) → %s%s\n", name, example[k], substr(k, index(k, " at ") + 4), files[k], (count[k] > 1 ? " and " count[k] - 1 " more like it" : "")
        }
      }
    ' "$log"
  done
}

run() {
  pick_java
  pick_netns
  build
  local out="$ROOT/bench/results/fuzz-$(date +%Y%m%d-%H%M%S)"
  mkdir -p "$out"
  say "Results go to $out"
  {
    echo "# Fuzz run $(date -u +%Y-%m-%dT%H:%MZ)"
    echo
    echo "FUZZ_SECONDS=$SECONDS_EACH FUZZ_HEAP=$HEAP FUZZ_TIMEOUT=$INPUT_TIMEOUT; Java $JAVA_MAJOR ($JAVA_HOME);" \
      "Jazzer $(sed -n 's:.*<jazzer.version>\(.*\)</jazzer.version>.*:\1:p' pom.xml); $(nproc) cores"
    echo
  } >"$out/summary.md"
  local target
  for target in "${SELECTED[@]}"; do
    fuzz_one "$target" "$out"
  done
  summarise "$out" | tee -a "$out/summary.md"
  say "Summary in $out/summary.md. Fix what it found, then: bash bench/fuzz.sh promote $out"
}

# Replays every finding of a run; one that no longer fails becomes a regression input of its fuzz test.
promote() {
  local out="$1" target name dir finding inputs replay log kept=0 failing=0
  [[ -d "$out" ]] || die "No results folder $out"
  pick_java
  pick_netns
  build
  replay="$ROOT/bench/results/promote-$(date +%Y%m%d-%H%M%S)"
  for target in "${TARGETS[@]}"; do
    name="$(field "$target" 1)"; dir="$out/$name"
    [[ -d "$dir/findings" ]] || continue
    inputs="$(inputs_dir "$target")"
    for finding in "$dir"/findings/*; do
      [[ -f "$finding" ]] || continue
      mkdir -p "$replay/$name"
      log="$replay/$name/$(basename "$finding").log"
      # Replayed as the build runs the inputs: without Jazzer's hooks.
      if jazzer "$target" "$replay/$name" --hooks=false -timeout="$INPUT_TIMEOUT" "$finding" >"$log" 2>&1; then
        mkdir -p "$inputs"
        cp "$finding" "$inputs/regression-$(basename "$finding" | sed 's/^\(crash\|timeout\|oom\|slow-unit\)-\([0-9a-f]\{12\}\).*/\2/')"
        say "$name: $(basename "$finding") passes now; kept as a regression input in ${inputs#"$ROOT"/}"
        kept=$((kept + 1))
      else
        say "$name: $(basename "$finding") still fails: $(grep -a -m1 '^== Java Exception\|ERROR: libFuzzer' "$log" | cut -c1-160) (see $log); not kept"
        failing=$((failing + 1))
      fi
    done
  done
  say "$kept kept as regression inputs, $failing still failing."
}

SELECTED=()
case "${1:-}" in
  list)
    for t in "${TARGETS[@]}"; do printf '%-18s %s#%s\n' "$(field "$t" 1)" "$(field "$t" 3)" "$(field "$t" 4)"; done ;;
  promote)
    [[ $# -eq 2 ]] || die "Usage: bash bench/fuzz.sh promote bench/results/fuzz-<time>"
    promote "$(cd "$2" && pwd)" ;;
  *)
    if [[ $# -eq 0 ]]; then
      SELECTED=("${TARGETS[@]}")
    else
      for n in "$@"; do
        target_named "$n" >/dev/null || die "No target '$n'; bash bench/fuzz.sh list names them."
        SELECTED+=("$(target_named "$n")")
      done
    fi
    run ;;
esac
