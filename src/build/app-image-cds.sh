#!/bin/sh
# The class-data archive for jpackage's app image IMAGE (target/installer/DescentFX): made by
# cds-archive.sh with the image's own launcher and Java runtime, then named in the launcher's
# options (lib/app/DescentFX.cfg) as $APPDIR/descentfx.jsa. Java 17 uses such an archive only with
# the jar at the path it was made at, so it serves the image where it was built (or unpacked at that
# path); elsewhere it is silently not used (-Xshare:auto) and the image starts as without it.
#   usage: src/build/app-image-cds.sh target/installer/DescentFX
set -eu
image=${1:?usage: app-image-cds.sh IMAGE}
here=$(cd "$(dirname "$0")" && pwd)
cfg="$image/lib/app/DescentFX.cfg"
[ -f "$cfg" ] || { echo "app-image-cds: no $cfg" >&2; exit 1; }
sh "$here/cds-archive.sh" "$image/lib/app/descentfx.jsa" "$image/bin/DescentFX"
if [ -f "$image/lib/app/descentfx.jsa" ] && ! grep -q 'SharedArchiveFile' "$cfg"; then
  # [JavaOptions] is the file's last section
  tail -1 "$cfg" | grep -q '^\[JavaOptions\]\|^java-options=' || { echo "app-image-cds: $cfg does not end with [JavaOptions]" >&2; exit 1; }
  for o in '-XX:SharedArchiveFile=$APPDIR/descentfx.jsa' -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off; do
    echo "java-options=$o" >> "$cfg"
  done
fi
