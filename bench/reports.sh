#!/usr/bin/env bash
# bench/reports.sh [--migrate-from SCHEMA2_DB]
#
# Report benchmark on the database bench/import.sh leaves behind
# (bench/out/rapport.db, normally 1,000,000 customers and 5,000,000
# interactions): the whole wall time of
#
#   rapport report coverage                        (table, by tier)
#   rapport report coverage --by owner --format csv
#   rapport report satisfaction                    (tables, by tier and by owner)
#   rapport report satisfaction --format json
#   rapport report activity                        (table, the last 12 weeks)
#   rapport report activity --by month --format csv
#
# next to `rapport --version` (JVM start-up and nothing else), all in one
# hyperfine run, with a fixed --today (TODAY, default 2026-11-20: the last day
# of the generated history). Target (from the issue): each well under 1 s.
#
# The reports read tallies that schema 3 added and triggers keep current. A
# database of an older schema is migrated by the first rapport that opens it,
# which builds the tallies once from every customer and contact: that first
# open is timed on its own (`rapport next`, a command that reads one customer)
# before anything else. --migrate-from PATH first copies PATH (a schema-2
# database, e.g. one built by an older checkout's import.sh; only read) over
# bench/out/rapport.db, so the migration can be measured again.
#
# Nothing else writes to the database: it is checked unchanged at the end.
#
# Environment: BENCH_ROOT (measure another checkout's bin/rapport and jar),
# RUNS (default 10), WARMUP (default 2), TODAY, CHECK=1 (also time one
# `rapport check`, which recounts the tallies and recomputes every plan: about
# a minute on the full database).

set -euo pipefail

# shellcheck source=bench/lib.sh
. "$(dirname -- "${BASH_SOURCE[0]}")/lib.sh"

MIGRATE_FROM=
if [ "${1:-}" = --migrate-from ]; then
  MIGRATE_FROM=${2:?usage: bench/reports.sh [--migrate-from SCHEMA2_DB]}
  shift 2
fi
[ $# -eq 0 ] || bench_die "usage: bench/reports.sh [--migrate-from SCHEMA2_DB]"
RUNS=${RUNS:-10}
WARMUP=${WARMUP:-2}
TODAY=${TODAY:-2026-11-20}
TARGET=1.0           # seconds, the whole command
case $RUNS$WARMUP in
  *[!0-9]*) bench_die "RUNS and WARMUP are whole numbers" ;;
esac

DB=$OUT_DIR/rapport.db

bench_lock   # one measurement run at a time: they share bench/out and the CPUs
if pgrep -f 'bench/import\.sh' >/dev/null; then
  bench_die "bench/import.sh is running; wait until it has finished (it writes $DB)"
fi

bench_ensure_tools
bench_ensure_jar
bench_machine
rapport_build_cmd
R=("${RAPPORT[@]}" --db "$DB" --today "$TODAY")

# --- The database, migrated -------------------------------------------------------
if [ -n "$MIGRATE_FROM" ]; then
  [ -f "$MIGRATE_FROM" ] || bench_die "no database $MIGRATE_FROM"
  [ "$(readlink -f -- "$MIGRATE_FROM")" != "$(readlink -f -- "$DB")" ] || bench_die "--migrate-from must not be $DB itself"
  echo "copying $MIGRATE_FROM ($(du -h -- "$MIGRATE_FROM" | cut -f1)) to $DB ..."
  rm -f -- "$DB" "$DB-wal" "$DB-shm"
  cp -- "$MIGRATE_FROM" "$DB"
  [ ! -f "$MIGRATE_FROM-wal" ] || cp -- "$MIGRATE_FROM-wal" "$DB-wal"
fi
[ -f "$DB" ] || bench_die "$DB is missing: run bench/import.sh first (or give --migrate-from)"

q() { sqlite3 -readonly "$DB" "$1"; }
SCHEMA=$(q 'PRAGMA user_version')
MIGRATION=-
if [ -z "$(q "SELECT name FROM sqlite_master WHERE name = 'coverage_tally'")" ]; then
  echo "schema $SCHEMA: the first open migrates it and builds the tallies; timing that ..."
  "${RAPPORT[@]}" --version >/dev/null 2>&1 || true   # the launcher's one-time setup, not timed
  bench_wait_quiet
  CUSTOMER=$(q 'SELECT id FROM customer ORDER BY customer_no LIMIT 1')
  if measure "rapport migration (first open: next $CUSTOMER)" \
      "$(q 'SELECT count(*) FROM customer')" -- "${R[@]}" next "$CUSTOMER"; then
    MIGRATION="$M_WALL s (peak RSS $M_RSS_MB MB), schema $SCHEMA -> $(q 'PRAGMA user_version')"
  else
    bench_die "the migrating run failed (exit $M_STATUS); see $OUT_DIR/logs/"
  fi
fi
DB_STAMP=$(stat -c '%Y %s' -- "$DB")   # checked at the end: the reports only read

echo "database: $DB, $(du -h -- "$DB" | cut -f1), schema $(q 'PRAGMA user_version'):" \
  "$(bench_fmt_int "$(q 'SELECT count(*) FROM customer')") customers," \
  "$(bench_fmt_int "$(q 'SELECT count(*) FROM interaction')") interactions," \
  "$(bench_fmt_int "$(q "SELECT count(*) FROM obligation WHERE type = 'resolve'")") complaints"
echo "tallies: coverage $(bench_fmt_int "$(q 'SELECT count(*) FROM coverage_tally')") rows," \
  "activity $(bench_fmt_int "$(q 'SELECT count(*) FROM activity_tally')") rows," \
  "satisfaction $(bench_fmt_int "$(q 'SELECT count(*) FROM satisfaction_tally')") rows"

# --- Measure ------------------------------------------------------------------------
echo
echo "hyperfine: $RUNS runs after $WARMUP warm-ups each, all in one invocation, --today $TODAY ..."
bench_group_reset
bench_group_add "rapport --version" 0 -- "${RAPPORT[@]}" --version
bench_group_add "report coverage" 0 -- "${R[@]}" report coverage
bench_group_add "report coverage --by owner csv" 0 -- "${R[@]}" report coverage --by owner --format csv
bench_group_add "report satisfaction" 0 -- "${R[@]}" report satisfaction
bench_group_add "report satisfaction json" 0 -- "${R[@]}" report satisfaction --format json
bench_group_add "report activity" 0 -- "${R[@]}" report activity
bench_group_add "report activity --by month csv" 0 -- "${R[@]}" report activity --by month --format csv
bench_wait_quiet
BUSY_BEFORE=$BENCH_BUSY
bench_group_run "reports group" "$RUNS" "$WARMUP" || true
BUSY_AFTER=$(bench_cpu_busy)

CHECKED=-
if [ "${CHECK:-0}" = 1 ]; then
  if measure "rapport check" "$(q 'SELECT count(*) FROM customer')" -- "${R[@]}" check; then
    CHECKED="$M_WALL s (peak RSS $M_RSS_MB MB), exit 0"
  else
    CHECKED="exit $M_STATUS after $M_WALL s; see $OUT_DIR/logs/rapport_check.log"
  fi
fi

# --- Summary --------------------------------------------------------------------------------
BASE=${G_MEDIAN[0]}
echo
printf '%-32s %9s %9s %8s %8s %8s %10s %6s  %s\n' command "median s" "mean s" "± s" "min s" "max s" \
  "vs version" RSS target
for i in "${!G_NAME[@]}"; do
  if [ -z "${G_MEDIAN[$i]}" ]; then
    printf '%-32s %9s  %s\n' "${G_NAME[$i]}" - "failed (exit ${G_STATUS[$i]}), see $OUT_DIR/logs/"
    continue
  fi
  above=- verdict=baseline
  if [ "$i" -gt 0 ] && [ -n "$BASE" ]; then
    above=$(awk -v a="${G_MEDIAN[$i]}" -v b="$BASE" 'BEGIN { printf "%+.3f", a - b }')
    verdict=$(awk -v a="${G_MEDIAN[$i]}" -v t="$TARGET" 'BEGIN { printf "< %.1f s: %s", t, (a < t ? "ok" : "MISSED") }')
  fi
  printf '%-32s %9.3f %9.3f %8.3f %8.3f %8.3f %10s %6s  %s\n' "${G_NAME[$i]}" \
    "${G_MEDIAN[$i]}" "${G_MEAN[$i]}" "${G_STDDEV[$i]}" "${G_MIN[$i]}" "${G_MAX[$i]}" "$above" "${G_RSS[$i]}" "$verdict"
done
echo
echo "migration (first open of the older schema): $MIGRATION"
echo "rapport check (CHECK=1): $CHECKED"
echo "vs version = median minus the median of rapport --version in this run; RSS in MB (one extra run)"
echo "CPU busy just before the hyperfine run: ${BUSY_BEFORE}%, just after: ${BUSY_AFTER}%; during its ${G_HF_WALL:-?} s:" \
  "measured commands ${G_CPU_OURS:-?} CPU s, other processes ~${G_CPU_OTHER:-?} CPU s, stolen by the hypervisor ${G_CPU_STEAL:-?} s"
bench_build_unchanged || true
if [ "$(stat -c '%Y %s' -- "$DB")" = "$DB_STAMP" ] && [ ! -s "$DB-wal" ]; then
  echo "$DB: unchanged by the reports (time and size as before, no WAL)"
else
  echo "WARNING: $DB changed during the run (time, size or a WAL file)"
fi
echo "results appended to $RESULTS (run $RUN_ID, wall_s = median); hyperfine JSON in $OUT_DIR/logs/reports_group.hyperfine.json"
