#!/bin/sh
# Makes a class-data sharing archive (AppCDS, Java 17's dynamic archive) for DescentFX by starting
# the window once as a user would, showing the start screen and playing for three seconds at top
# speed, then quitting; every class loaded on the way goes into ARCHIVE.
#   usage: src/build/cds-archive.sh ARCHIVE COMMAND...
#   e.g.:  src/build/cds-archive.sh target/descentfx.jsa java -jar "$PWD/target/descentfx.jar"
#          src/build/cds-archive.sh target/installer/DescentFX/lib/app/descentfx.jsa target/installer/DescentFX/bin/DescentFX
# The archive is only used with the very jar file it was made from, at the same path, by the same
# Java build. It needs a display: $DISPLAY, else xvfb-run (Debian: xvfb); with neither it says so
# and makes nothing (exit 0: the program runs without the archive, only slower to start).
# The archive is written beside ARCHIVE first and moved in whole: Java 17 crashes on a cut-off one.
set -eu
archive=${1:?usage: cds-archive.sh ARCHIVE COMMAND...}
shift
[ $# -gt 0 ] || { echo "usage: cds-archive.sh ARCHIVE COMMAND..." >&2; exit 2; }
if [ -z "${DISPLAY:-}" ] && ! command -v xvfb-run >/dev/null 2>&1; then
  echo "cds-archive: no display and no xvfb-run: $archive not made (the program starts without it)" >&2
  exit 0
fi
tmp="$archive.tmp"
prefs=$(mktemp -d)
trap 'rm -rf "$prefs" "$tmp"' EXIT
rm -f "$archive" "$tmp"
opts="-XX:ArchiveClassesAtExit=$tmp -Xlog:cds=off -Xlog:cds+dynamic=off -Djava.util.prefs.userRoot=$prefs"
opts="$opts -Ddescentfx.startupProbe=true -Ddescentfx.startupProbe.play=3 -Ddescentfx.startupProbe.exit=true"
log="$prefs/run.log"
status=0
if [ -n "${DISPLAY:-}" ]; then
  JAVA_TOOL_OPTIONS="$opts" timeout 300 "$@" >"$log" 2>&1 || status=$?
else
  JAVA_TOOL_OPTIONS="$opts" timeout 300 xvfb-run -a -s "-screen 0 1440x900x24" "$@" >"$log" 2>&1 || status=$?
fi
if [ "$status" -ne 0 ] || [ ! -s "$tmp" ] || ! grep -q '^PLAY ' "$log"; then
  echo "cds-archive: the training run failed (exit $status); $archive not made. Its output:" >&2
  tail -20 "$log" >&2
  exit 1
fi
mv "$tmp" "$archive"
echo "cds-archive: $archive ($(du -m "$archive" | cut -f1) MB)"
