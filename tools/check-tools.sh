#!/usr/bin/env bash
# Checks the tools the kit needs, one line per missing or too-old tool; exits 1 if any is.
# Usage: tools/check-tools.sh PYTHON   (PYTHON: the interpreter that will create .venv)
# Needs: JDK 17+ (java and javac on PATH: the kernels start the `java` on PATH), Maven 3.6.3+
# running on Java 17+, Python 3.11.5+ (nbgrader 0.9.6 and ipykernel 7 require 3.11, soupsieve 4.1.4 3.11.5).
set -uo pipefail

python=${1:-python3}
ok=1
fail() { echo "make: $*" >&2; ok=0; }

# Major version from "17.0.15", "1.8.0_292", "21": 17, 8, 21.
major() { local v=${1#1.}; [[ $1 == 1.* ]] || v=$1; echo "${v%%[.+_-]*}"; }

jdk_hint="install a JDK 17+, e.g. Temurin from adoptium.net (Debian: apt-get install openjdk-17-jdk-headless)"
if ! command -v java >/dev/null 2>&1; then
  fail "Java 17 or newer is needed (no \`java\` on PATH): $jdk_hint"
else
  v=$(java -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.specification.version/ {print $2}')
  m=$(major "${v:-0}")
  (( m >= 17 )) || fail "Java 17 or newer is needed (found ${v:-an unknown version} at $(command -v java)): $jdk_hint"
fi
if ! command -v javac >/dev/null 2>&1; then
  fail "javac 17 or newer is needed (no \`javac\` on PATH: a JRE is not enough): $jdk_hint"
else
  v=$(javac -version 2>&1 | awk '/^javac / {print $2}')
  m=$(major "${v:-0}")
  (( m >= 17 )) || fail "javac 17 or newer is needed (found ${v:-an unknown version} at $(command -v javac)): $jdk_hint"
fi

mvn_hint="install Maven 3.6.3+ from maven.apache.org (Debian: apt-get install maven)"
if ! command -v mvn >/dev/null 2>&1; then
  fail "Maven is needed (no \`mvn\` on PATH): $mvn_hint"
else
  out=$(mvn -B -v 2>&1 | sed 's/\x1b\[[0-9;]*m//g')
  mv=$(printf '%s\n' "$out" | sed -n 's/^Apache Maven \([0-9][0-9.]*\).*/\1/p' | head -1)
  IFS=. read -r a b c <<<"${mv:-0.0.0}"
  if (( a * 10000 + ${b:-0} * 100 + ${c:-0} < 30603 )); then
    fail "Maven 3.6.3 or newer is needed (found ${mv:-an unknown version}): $mvn_hint"
  fi
  jv=$(printf '%s\n' "$out" | sed -n 's/^Java version: \([^,]*\),.*/\1/p' | head -1)
  if [[ -n $jv ]] && (( $(major "$jv") < 17 )); then
    fail "Maven runs on Java $jv, 17 or newer is needed: point JAVA_HOME at a JDK 17+ (or unset it)"
  fi
fi

if ! command -v "$python" >/dev/null 2>&1; then
  fail "Python 3.11.5 or newer is needed (no \`$python\` on PATH): install Python 3.11.5+ (e.g. from python.org), or run make PYTHON=/path/to/python3"
else
  # 3.11.5, not 3.11: the lock's soupsieve 4.1.4 requires it (Debian 12's python3.11 is 3.11.2).
  pv=$("$python" -c 'import sys; print("%d.%d.%d" % sys.version_info[:3])' 2>/dev/null)
  IFS=. read -r a b c <<<"${pv:-0.0.0}"
  if (( a * 10000 + b * 100 + c < 31105 )); then
    fail "Python 3.11.5 or newer is needed (found ${pv:-an unknown version} at $(command -v "$python")): install Python 3.11.5+ (e.g. from python.org), or run make PYTHON=/path/to/python3"
  elif ! "$python" -c 'import venv, ensurepip' >/dev/null 2>&1; then
    fail "Python's venv module is needed ($python has no venv/ensurepip): e.g. apt-get install python3-venv"
  fi
fi

# Headless XChart rendering needs fontconfig and at least one font; warn only (conda's JDK bundles fonts).
if ! command -v fc-list >/dev/null 2>&1 || [[ -z $(fc-list 2>/dev/null | head -1) ]]; then
  echo "make: warning: no font found by fc-list: plots need fontconfig and a font (Debian: apt-get install fontconfig fonts-dejavu-core)" >&2
fi

(( ok )) || exit 1
