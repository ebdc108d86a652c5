#!/usr/bin/env bash
# What npm cannot install, from Debian/Ubuntu packages: headless Chromium and CJK fonts for the
# viewer's end-to-end tests, a JDK 17 and Maven for the project's own Neo4j, Python 3 with venv for
# the export tests' readers (scripts/python-env.sh puts networkx and openpyxl in it). Only what is missing
# is installed (with sudo when not root); run before every `npm test` (its pretest) and by .ci/run.
set -euo pipefail
packages=()
command -v chromium >/dev/null 2>&1 || packages+=(chromium)
fc-list 2>/dev/null | grep -qi 'Noto Sans CJK' || packages+=(fonts-noto-cjk)
java -version 2>&1 | grep -Eq 'version "(1[7-9]|[2-9][0-9])' || packages+=(openjdk-17-jdk-headless)
command -v mvn >/dev/null 2>&1 || packages+=(maven)
python3 -c 'import venv, ensurepip' >/dev/null 2>&1 || packages+=(python3 python3-venv)
if ((${#packages[@]})); then
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "system-packages: missing ${packages[*]}, and no apt-get here to install them: install them by hand (the tests need them)" >&2
    exit 1
  fi
  sudo=$([ "$(id -u)" = 0 ] || echo sudo)
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${packages[@]}" >/dev/null
fi
