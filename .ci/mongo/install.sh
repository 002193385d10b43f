#!/usr/bin/env bash
# Installs a MongoDB wire-protocol server from the npm registry into .mongo-emulator/ (git-ignored).
# No real `mongod` installs from npm or Debian here; the CongoDB emulator inside
# @push.rocks/smartmongo does. Its declared dependency tree (mongodb-memory-server, smartdata, …)
# does not resolve on our registry and is not needed by the emulator, so we install the six
# packages the emulator imports, pinned, and unpack the package's tarball next to them.
# Idempotent: a second run with the same pins does nothing.
set -euo pipefail
cd "$(dirname "$0")/../.."
dir=.mongo-emulator
pins="bson@6.10.4 mingo@7.2.7 @push.rocks/smartfs@1.5.0 @push.rocks/smartpath@5.1.0 @push.rocks/smartpromise@4.2.3 @push.rocks/smartrx@3.0.10"
emulator="@push.rocks/smartmongo@2.2.0"
stamp="$pins $emulator"
if [ -f "$dir/.installed" ] && [ "$(cat "$dir/.installed")" = "$stamp" ]; then exit 0; fi
rm -rf "$dir" && mkdir -p "$dir"
cd "$dir"
echo '{ "name": "mongo-emulator", "private": true, "type": "module" }' > package.json
# shellcheck disable=SC2086
npm install --no-audit --no-fund --no-save --prefer-offline $pins >/dev/null
tarball=$(npm pack "$emulator" --silent)
mkdir -p node_modules/@push.rocks/smartmongo
tar -xzf "$tarball" -C node_modules/@push.rocks/smartmongo --strip-components=1
rm "$tarball"
echo "$stamp" > .installed
echo "MongoDB emulator installed in $dir ($emulator)"
