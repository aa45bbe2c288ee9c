#!/bin/sh
# Installs the Debian packages whosaid needs when run as root, or prints the
# exact apt-get line and stops when not.  Used by `make demo` (build and
# run, and python3, which `make check` uses to check JSON and CSV) and,
# with --test, by .ci/run (adds what the optional tests use: GNU parallel
# and Chromium, which `make check` skips with a notice when absent, GNU
# time for peak memory, clang for `make fuzz`, valgrind).
PKGS="gcc g++ make pkg-config libicu-dev libutf8proc-dev libhunspell-dev
libsqlite3-dev zlib1g-dev sqlite3 hunspell-en-us hunspell-uk hunspell-ru hunspell-pl
hunspell-de-de hunspell-fr python3"
if [ "$1" = "--test" ]; then
    PKGS="$PKGS parallel chromium time clang clang-format libclang-rt-14-dev
valgrind"
fi
missing=""
for p in $PKGS; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" ||
        missing="$missing $p"
done
if [ -z "$missing" ]; then
    echo "deps: all Debian packages present"
    exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
    echo "deps: missing packages; run as root:" >&2
    echo "  apt-get update && apt-get install -y$missing" >&2
    exit 1
fi
echo "deps: installing$missing"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq && apt-get install -y -qq $missing >/dev/null
