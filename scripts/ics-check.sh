#!/usr/bin/env bash
# ics-check.sh — does the agenda in iCalendar import into real calendar programs?
#
# Builds rapport if its jar is missing, imports examples/customers.csv into a throw-away home,
# logs a few contacts (a missed call, a Chinese e-mail, a complaint, a promise with commas and
# semicolons), writes `agenda --days 30 --format ics` to a file and imports that file into
# khal and into calcurse. Fails when either program reports an error or imports fewer events
# than the file holds. Run by hand or from the bench; not part of `mvn test`.
#
# Environment:
#   TODAY        the planning date (default 2026-11-23, which suits examples/customers.csv)
#   RAPPORT_JAR  the jar to run (default target/rapport.jar, built when missing)
#   KEEP=1       keep the temporary directory and print where it is
#
# khal and calcurse are installed with apt-get when missing (needs root).

set -euo pipefail

ROOT=$(cd -P -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd)
TODAY=${TODAY:-2026-11-23}
JAR=${RAPPORT_JAR:-$ROOT/target/rapport.jar}

say() { printf '== %s\n' "$*" >&2; }
die() { printf 'ics-check: %s\n' "$*" >&2; exit 1; }

# --- rapport --------------------------------------------------------------------------------
if [ ! -f "$JAR" ]; then
  say "building $JAR"
  mvn -B -q -f "$ROOT/pom.xml" -DskipTests package 1>&2
  [ -f "$JAR" ] || die "the build did not produce $JAR"
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/ics-check.XXXXXX")
if [ "${KEEP:-0}" = 1 ]; then
  say "keeping $work"
else
  trap 'rm -rf -- "$work"' EXIT
fi

# A snapshot of the jar, so that a rebuild running meanwhile cannot change it under us.
cp -- "$JAR" "$work/rapport.jar"

rapport() {
  HOME="$work/home" XDG_DATA_HOME="$work/home/data" XDG_CONFIG_HOME="$work/home/config" \
    XDG_CACHE_HOME="$work/home/cache" NO_COLOR=1 \
    java -jar "$work/rapport.jar" --today "$TODAY" "$@"
}

say "rapport: import, log, agenda as of $TODAY"
rapport import customers "$ROOT/examples/customers.csv"
rapport log C0006 --via call --in --outcome missed --note "Asked about the delivery date"
rapport log C0002 --via email --in --note "请在十二月十五日之前提供二零二七年全年的价格表，并确认春节前的交货安排。"
rapport log C0001 --via call --in --kind complaint --note "Spindle arrived damaged; second time, please escalate"
rapport log C0003 --via call --out --promise "Send QBR deck, pricing; and the SLA draft" --within "3 workdays"

ics=$work/agenda.ics
rapport agenda --days 30 --format ics >"$ics"
events=$(grep -c '^BEGIN:VEVENT' "$ics" || true)
[ "$events" -gt 0 ] || die "the agenda has no events; nothing to check"
say "rapport wrote $events events to $ics ($(wc -c <"$ics") bytes)"

# --- the calendar programs ------------------------------------------------------------------
if ! command -v khal >/dev/null 2>&1 || ! command -v calcurse >/dev/null 2>&1; then
  say "installing khal and calcurse"
  apt-get update -qq && apt-get install -y -qq khal calcurse >/dev/null
fi

# Errors and warnings of the importers: anything that looks like one fails the check.
check_log() {
  local program=$1 log=$2
  if grep -Eiq 'error|warning|traceback|invalid|could not|failed|skipp' "$log"; then
    sed 's/^/    /' "$log" >&2
    die "$program reported a problem importing $ics"
  fi
}

# --- khal -----------------------------------------------------------------------------------
say "khal $(khal --version | awk '{print $NF}'): import"
mkdir -p "$work/khal/calendars/rapport" "$work/khal/data"
cat >"$work/khal/config" <<EOF
[calendars]
[[rapport]]
path = $work/khal/calendars/rapport
type = calendar

[sqlite]
path = $work/khal/data/khal.db

[locale]
timeformat = %H:%M
dateformat = %Y-%m-%d
longdateformat = %Y-%m-%d
datetimeformat = %Y-%m-%d %H:%M
longdatetimeformat = %Y-%m-%d %H:%M
firstweekday = 0

[default]
default_calendar = rapport
EOF
khal_status=0
khal -c "$work/khal/config" import --batch -a rapport "$ics" >"$work/khal/import.log" 2>&1 || khal_status=$?
[ "$khal_status" -eq 0 ] || { sed 's/^/    /' "$work/khal/import.log" >&2; die "khal import exited with $khal_status"; }
check_log khal "$work/khal/import.log"
khal_events=$(find "$work/khal/calendars/rapport" -name '*.ics' | wc -l)
[ "$khal_events" -eq "$events" ] || die "khal stored $khal_events events, the file has $events"
# The escaped text came back as it was written: the promise with its comma and semicolon, and the
# Chinese e-mail whose lines were folded (acknowledge and answer). Read from khal's own store with
# the icalendar library khal parses with, in khal's own Python (khal's search matches raw, folded lines).
khal_python=$(sed -n '1s/^#! *\([^ ]*\).*/\1/p' "$(command -v khal)")
"${khal_python:-/usr/bin/python3}" - "$work/khal/calendars/rapport" <<'PY' || die "khal does not hold the texts as rapport wrote them"
import pathlib, sys, icalendar
texts = [str(c.get("description", "")) for f in pathlib.Path(sys.argv[1]).glob("*.ics")
         for c in icalendar.Calendar.from_ical(f.read_bytes()).walk("VEVENT")]
promise = sum("Note: Send QBR deck, pricing; and the SLA draft" in t for t in texts)
chinese = sum("请在十二月十五日之前提供二零二七年全年的价格表，并确认春节前的交货安排。" in t for t in texts)
print(f"    khal holds the promise in {promise} event(s), the Chinese e-mail in {chinese}", file=sys.stderr)
sys.exit(0 if (promise, chinese) == (1, 2) else 1)
PY
say "khal imported $khal_events events; khal list $TODAY 31d:"
khal -c "$work/khal/config" list -a rapport -df '{date}' -f '  {title}' "$TODAY" 31d

# --- calcurse -------------------------------------------------------------------------------
say "$(calcurse --version | head -1): import"
mkdir -p "$work/calcurse"
# Dates typed as yyyy-mm-dd (calcurse's default is mm/dd/yyyy).
printf 'format.inputdate=4\nformat.outputdate=%%Y-%%m-%%d\n' >"$work/calcurse/conf"
calcurse_status=0
calcurse -D "$work/calcurse" -i "$ics" >"$work/calcurse/import.log" 2>&1 || calcurse_status=$?
[ "$calcurse_status" -eq 0 ] || { sed 's/^/    /' "$work/calcurse/import.log" >&2; die "calcurse -i exited with $calcurse_status"; }
# The report counts what it read: "N events" imported and "N skipped", which must be none.
cat "$work/calcurse/import.log" >&2
calcurse_events=$(grep -Eo '[0-9]+ events?' "$work/calcurse/import.log" | grep -Eo '[0-9]+' | head -1 || true)
calcurse_skipped=$(grep -Eo '[0-9]+ skipped' "$work/calcurse/import.log" | grep -Eo '[0-9]+' | head -1 || true)
[ "${calcurse_skipped:-0}" -eq 0 ] || die "calcurse skipped $calcurse_skipped items"
grep -Eiq 'error|warning|invalid|could not|failed' "$work/calcurse/import.log" && die "calcurse reported a problem"
[ "${calcurse_events:-0}" -eq "$events" ] || die "calcurse imported ${calcurse_events:-0} events, the file has $events"
grep -rqF 'Note: Send QBR deck, pricing; and the SLA draft' "$work/calcurse/notes" ||
  die "calcurse lost the commas or semicolons of the promise"
[ "$(grep -rlF '请在十二月十五日之前提供二零二七年全年的价格表，并确认春节前的交货安排。' "$work/calcurse/notes" | wc -l)" -eq 2 ] ||
  die "calcurse does not hold the Chinese e-mail as written"
say "calcurse imported $calcurse_events events; calcurse -Q --from $TODAY --days 31:"
calcurse -D "$work/calcurse" -Q --from "$TODAY" --days 31 --format-event ' - %m\n'

say "ics-check: OK: khal and calcurse each imported all $events events"
