#!/usr/bin/env bash
# scripts/man-check.sh — the man pages, rendered as a person reads them.
#
# Renders every page the build generates (target/generated-docs/man/*.adoc,
# built first when missing or older than the sources) with asciidoctor -b
# manpage, as scripts/install.sh does, and checks each page:
#
#   asciidoctor and groff warn of nothing (groff -k -ww -z: UTF-8 read as man
#   reads it, every warning on, such as a line it cannot break);
#   man -l shows NAME, SYNOPSIS, DESCRIPTION, EXIT STATUS, ENVIRONMENT, FILES,
#   EXAMPLES and SEE ALSO;
#   no AsciiDoc is left in the text ({attribute}, &#entity;, pass:[…]).
#
# Prints the tools' versions, what is wrong with each page that fails and a
# tally; exits 1 when a page failed. Needs asciidoctor, groff and man
# (apt-get install asciidoctor groff man-db).
set -euo pipefail

ROOT=$(cd -P -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd)
for tool in asciidoctor groff man; do
  command -v "$tool" >/dev/null 2>&1 || { echo "man-check: $tool is missing (apt-get install asciidoctor groff man-db)" >&2; exit 2; }
done
echo "== $(asciidoctor --version | head -1); $(groff --version | head -1)"

DOCS=$ROOT/target/generated-docs/man
if [ ! -d "$DOCS" ] || [ -n "$(find "$ROOT/pom.xml" "$ROOT/src/main" -newer "$DOCS" -print -quit)" ]; then
  echo "man-check: generating the pages (mvn process-classes) ..."
  (cd -- "$ROOT" && mvn -B -q -Dstyle.color=never process-classes) >&2
fi

WORK=$(mktemp -d)
trap 'rm -rf -- "$WORK"' EXIT
if ! asciidoctor -b manpage -D "$WORK" "$DOCS"/*.adoc 2>"$WORK/asciidoctor.log" || [ -s "$WORK/asciidoctor.log" ]; then
  echo "man-check: asciidoctor:" >&2
  cat "$WORK/asciidoctor.log" >&2
  exit 1
fi

pages=0
failed=0
for page in "$WORK"/*.1; do
  pages=$((pages + 1))
  name=$(basename "$page" .1)
  problems=$(groff -k -ww -z -man -Tutf8 "$page" 2>&1 | sed "s|^troff: $page:|line |" || true)
  text=$(MANWIDTH=80 man -l "$page" 2>/dev/null)
  for heading in NAME SYNOPSIS DESCRIPTION 'EXIT STATUS' ENVIRONMENT FILES EXAMPLES 'SEE ALSO'; do
    grep -qx -- "$heading" <<<"$text" || problems+=$'\n'"no $heading section"
  done
  leftover=$(grep -nE '\{[a-z][a-z0-9-]*\}|&#?[a-z0-9]+;|pass:\[' <<<"$text" || true)
  [ -z "$leftover" ] || problems+=$'\n'"AsciiDoc left in the text:"$'\n'"$leftover"
  problems=$(sed '/^$/d' <<<"$problems")
  if [ -n "$problems" ]; then
    failed=$((failed + 1))
    echo "  FAIL  $name"
    sed 's/^/        /' <<<"$problems"
  fi
done

if [ "$failed" -eq 0 ]; then
  echo "man-check: all $pages pages render without warnings, with every section"
else
  echo "man-check: $failed of $pages pages failed"
  exit 1
fi
