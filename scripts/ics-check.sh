#!/usr/bin/env bash
# ics-check.sh — is `agenda --format ics` a feed that real calendar programs can import again and again?
#
# For people and CI to run by hand; `mvn test` does not run it, and no Java test needs khal or
# calcurse. Builds rapport if its jar is missing, imports examples/customers.csv into a throw-away
# home, logs a few contacts (a missed call, a Chinese e-mail, a complaint, a promise with commas and
# semicolons) and exports `agenda --days 30 --format ics`. Then:
#
#   1. imports that file into khal and, with the calcurse recipe below, into calcurse: each must
#      hold every event, its texts as written, and report no error;
#   2. does what happens in a day (the missed call returned, a customer snoozed past the horizon),
#      exports the same feed again and imports it again: khal, which replaces an event by its UID,
#      must hold each event once, with the second file's SEQUENCE, and the done and moved items
#      CANCELLED; calcurse, after the recipe, exactly the second file's live events, once each, and
#      its own events untouched.
#
# calcurse keeps no UIDs, so it cannot replace an event; every rapport summary ends with
# " [rapport]", and this one line replaces all of rapport's events in calcurse with today's:
#
#   rapport agenda --days 30 --format ics --no-cancelled >/tmp/rapport.ics && calcurse -P --filter-pattern ' \[rapport\]$' && calcurse -i /tmp/rapport.ics
#
# khal needs no recipe: `khal import --batch -a CALENDAR agenda.ics` replaces events by UID.
#
# Environment:
#   TODAY        the planning date (default 2026-11-23, which suits examples/customers.csv)
#   RAPPORT_JAR  the jar to run (default target/rapport.jar, built when missing)
#   KEEP=1       keep the temporary directory and print where it is
#
# khal and calcurse are installed with apt-get when missing (needs root):
#   apt-get update && apt-get install -y khal calcurse

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

ics=$work/agenda-1.ics
rapport agenda --days 30 --format ics >"$ics"
events=$(grep -c '^BEGIN:VEVENT' "$ics" || true)
[ "$events" -gt 0 ] || die "the agenda has no events; nothing to check"
! grep -q '^STATUS:CANCELLED' "$ics" || die "the first export of a feed has cancelled events"
say "rapport wrote $events events to $ics ($(wc -c <"$ics") bytes)"

# --- the calendar programs ------------------------------------------------------------------
if ! command -v khal >/dev/null 2>&1 || ! command -v calcurse >/dev/null 2>&1; then
  say "installing khal and calcurse"
  apt-get update -qq && apt-get install -y -qq khal calcurse >/dev/null
fi

# Errors and warnings of the importers: anything that looks like one fails the check.
check_log() {
  local program=$1 log=$2 file=$3
  if grep -Eiq 'error|warning|traceback|invalid|could not|failed|skipp' "$log"; then
    sed 's/^/    /' "$log" >&2
    die "$program reported a problem importing $file"
  fi
}

# --- khal, first import ---------------------------------------------------------------------
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
khal_import() {
  local file=$1 status=0
  khal -c "$work/khal/config" import --batch -a rapport "$file" >"$work/khal/import.log" 2>&1 || status=$?
  [ "$status" -eq 0 ] || { sed 's/^/    /' "$work/khal/import.log" >&2; die "khal import of $file exited with $status"; }
  check_log khal "$work/khal/import.log" "$file"
}
khal_import "$ics"
khal_events=$(find "$work/khal/calendars/rapport" -name '*.ics' | wc -l)
[ "$khal_events" -eq "$events" ] || die "khal stored $khal_events events, the file has $events"
# The escaped text came back as it was written: the promise with its comma and semicolon, and the
# Chinese e-mail whose lines were folded (acknowledge and answer). Read from khal's own store with
# the icalendar library khal parses with, in khal's own Python (khal's search matches raw, folded lines).
khal_python=$(sed -n '1s/^#! *\([^ ]*\).*/\1/p' "$(command -v khal)")
khal_python=${khal_python:-/usr/bin/python3}
"$khal_python" - "$work/khal/calendars/rapport" <<'PY' || die "khal does not hold the texts as rapport wrote them"
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

# --- calcurse, first import: the recipe -----------------------------------------------------
say "$(calcurse --version | head -1): import with the recipe"
mkdir -p "$work/calcurse"
# Dates typed as yyyy-mm-dd (calcurse's default is mm/dd/yyyy).
printf 'format.inputdate=4\nformat.outputdate=%%Y-%%m-%%d\n' >"$work/calcurse/conf"
# An event of the user's own, which the recipe must leave alone.
cat >"$work/own.ics" <<'EOF'
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//ics-check//own//EN
BEGIN:VEVENT
UID:lunch@ics-check
DTSTAMP:20261101T000000Z
DTSTART;VALUE=DATE:20261125
DTEND;VALUE=DATE:20261126
SUMMARY:Lunch with Anna [not rapport]
END:VEVENT
END:VCALENDAR
EOF
calcurse -D "$work/calcurse" -i "$work/own.ics" >/dev/null
calcurse() { command calcurse -D "$work/calcurse" "$@"; }
# The recipe, as the header gives it, with this script's files.
calcurse_recipe() {
  local file=$1 status=0
  rapport agenda --days 30 --format ics --no-cancelled >"$file" &&
    calcurse -P --filter-pattern ' \[rapport\]$' &&
    calcurse -i "$file" >"$work/calcurse/import.log" 2>&1 || status=$?
  [ "$status" -eq 0 ] || { sed 's/^/    /' "$work/calcurse/import.log" >&2; die "the calcurse recipe failed with $status"; }
  sed 's/^/    /' "$work/calcurse/import.log" >&2
  # Its report says "0 skipped": that word is checked by count below, not as a problem.
  ! grep -Eiq 'error|warning|invalid|could not|failed' "$work/calcurse/import.log" || die "calcurse reported a problem importing $file"
}
# What calcurse holds of rapport's: its event lines, one per event ("date [1] >note summary").
calcurse_rapport_events() { grep -c ' \[rapport\]$' "$work/calcurse/apts" || true; }
calcurse_recipe "$work/calcurse-1.ics"
[ "$(grep -c '^BEGIN:VEVENT' "$work/calcurse-1.ics")" -eq "$events" ] || die "the recipe's export differs from the first one"
# The report counts what it read: "N events" imported and "N skipped", which must be none.
calcurse_events=$(grep -Eo '[0-9]+ events?' "$work/calcurse/import.log" | grep -Eo '[0-9]+' | head -1 || true)
calcurse_skipped=$(grep -Eo '[0-9]+ skipped' "$work/calcurse/import.log" | grep -Eo '[0-9]+' | head -1 || true)
[ "${calcurse_skipped:-0}" -eq 0 ] || die "calcurse skipped $calcurse_skipped items"
[ "${calcurse_events:-0}" -eq "$events" ] || die "calcurse imported ${calcurse_events:-0} events, the file has $events"
[ "$(calcurse_rapport_events)" -eq "$events" ] || die "calcurse holds $(calcurse_rapport_events) of rapport's events, not $events"
grep -rqF 'Note: Send QBR deck, pricing; and the SLA draft' "$work/calcurse/notes" ||
  die "calcurse lost the commas or semicolons of the promise"
[ "$(grep -rlF '请在十二月十五日之前提供二零二七年全年的价格表，并确认春节前的交货安排。' "$work/calcurse/notes" | wc -l)" -eq 2 ] ||
  die "calcurse does not hold the Chinese e-mail as written"
say "calcurse imported $calcurse_events events; calcurse -Q --from $TODAY --days 31:"
calcurse -Q --from "$TODAY" --days 31 --format-event ' - %m\n'

# --- a day later: the same feed again --------------------------------------------------------
say "rapport: the missed call returned, a customer snoozed past the horizon; the feed again"
rapport log C0006 --via call --out --note "Called back: delivery on Friday"
rapport snooze C0007 --until "$(date -d "$TODAY + 45 days" +%F)"
ics2=$work/agenda-2.ics
rapport agenda --days 30 --format ics >"$ics2"
cancelled=$(grep -c '^STATUS:CANCELLED' "$ics2" || true)
live=$(grep -c '^STATUS:CONFIRMED' "$ics2" || true)
[ "$cancelled" -ge 2 ] || die "the second export cancels $cancelled events; the callback and the snoozed call at least"
say "rapport wrote $live live and $cancelled cancelled events to $ics2"

# khal: one event per UID of both files; each as the second file says (SEQUENCE, STATUS).
khal_import "$ics2"
"$khal_python" - "$work/khal/calendars/rapport" "$ics" "$ics2" <<'PY' || die "khal does not hold the second export as rapport wrote it"
import pathlib, sys, icalendar
def events(data):
    return [c for c in icalendar.Calendar.from_ical(data).walk("VEVENT")]
def versions(components):
    return {str(c["UID"]): (int(c.get("SEQUENCE", 0)), str(c.get("STATUS", ""))) for c in components}
store = [c for f in pathlib.Path(sys.argv[1]).glob("*.ics") for c in events(f.read_bytes())]
first = versions(events(pathlib.Path(sys.argv[2]).read_bytes()))
second = versions(events(pathlib.Path(sys.argv[3]).read_bytes()))
held = versions(store)
problems = []
if len(store) != len(held):
    problems.append(f"{len(store)} events for {len(held)} UIDs: duplicates")
if set(held) != set(first) | set(second):
    problems.append(f"UIDs: khal holds {len(held)}, the two files {len(set(first) | set(second))}")
if not set(first) <= set(second):
    problems.append(f"the second file leaves out {sorted(set(first) - set(second))}: they stay in khal as they were")
for uid, version in second.items():
    if held.get(uid) != version:
        problems.append(f"{uid}: khal holds {held.get(uid)}, the file says {version}")
cancelled = sorted(u for u, (_, s) in held.items() if s == "CANCELLED")
print(f"    khal holds {len(held)} events, one per UID; {len(cancelled)} cancelled: {', '.join(cancelled)}", file=sys.stderr)
for p in problems:
    print("    " + p, file=sys.stderr)
sys.exit(1 if problems else 0)
PY
say "khal list $TODAY 31d, after the second import:"
khal -c "$work/khal/config" list -a rapport -df '{date}' -f '  {cancelled}{title}' "$TODAY" 31d

# calcurse: the recipe again; exactly the live events, once each, and the user's own event.
calcurse_recipe "$work/calcurse-2.ics"
held=$(calcurse_rapport_events)
[ "$held" -eq "$live" ] || die "calcurse holds $held of rapport's events after the re-import, not the $live live ones"
duplicates=$(grep ' \[rapport\]$' "$work/calcurse/apts" | sort | uniq -d | wc -l)
[ "$duplicates" -eq 0 ] || die "calcurse holds $duplicates of rapport's events twice"
grep -q 'Lunch with Anna \[not rapport\]$' "$work/calcurse/apts" || die "the recipe removed an event that is not rapport's"
say "calcurse holds $held events after the re-import, once each, and its own"

say "ics-check: OK: khal and calcurse each imported all $events events, and again the $live live of the next export without a duplicate"
