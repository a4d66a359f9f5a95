#!/usr/bin/env bash
# Hostile-input suite: runs the debug binary over every case folder in scripts/checks/hostile/
# and checks that each ends the way its `case` file says, within bounded time and memory, and
# writes nothing outside its output folder.
#
# ADDING A CASE is one folder, scripts/checks/hostile/<name>/, holding:
#   case       required; `key: value` lines (# starts a comment):
#                run: validate | build    the subcommand; the harness adds --catalog catalog
#                                         --profiles profiles (and --output output for build)
#                args: --strict           optional, more arguments after those
#                exit: 1                  required, the expected exit code
#                message: REGEX           required, one or more; each extended regex (grep -E)
#                                         must match a line of stdout+stderr; make it name the
#                                         file or the id the problem is about
#                absent: REGEX            optional; no line of stdout+stderr may match
#                gone: PATH               optional; must not exist afterwards (sandbox-relative)
#                seconds: 20              optional time limit (default 20)
#                rss-mb: 300              optional limit of the peak resident memory (default 300)
#                output-kb: 64            optional limit of stdout+stderr together (default 64)
#   catalog/   optional; the catalog folder (default: default/catalog, one show and episode)
#   profiles/  optional; the profiles folder (default: default/profiles, partner acme)
#   setup      optional bash script run in the case's sandbox (cwd) after the folders are
#              copied, for what cannot be committed: FIFOs, sparse or generated big files,
#              symlinks. It may use $EDYE_DELIVERY.
# Each case runs in its own sandbox (cwd, HOME and TMPDIR inside it); everything outside
# output/ must be unchanged afterwards. Run one case: bash scripts/checks/hostile.sh NAME...
set -uo pipefail
cd "$(dirname "$0")/../.." || exit 1
# shellcheck source=lib/check.bash
source scripts/checks/lib/check.bash
export EDYE_DELIVERY=$PWD/.build/debug/edye-delivery
cases=$PWD/scripts/checks/hostile
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Prints the values of key $2 in case file $1, one per line.
field() {
  sed -n "s/^$2:[[:space:]]*//p" "$1"
}

# The sandbox's files outside output/: type, path, size and mtime of each.
snapshot() {
  (cd "$1" && find . -mindepth 1 -path ./output -prune -o -printf '%y %p %s %T@\n' | sort)
}

# Runs case $1 in the sandbox $2/box (its output and usage in $2); prints every expectation
# not met and fails when there is one.
run_case() {
  local name=$1 box=$2/box out=$2/out usage=$2/usage spec="$cases/$1/case"
  local run exit_expected seconds rss_mb output_kb
  run=$(field "$spec" run)
  exit_expected=$(field "$spec" exit)
  seconds=$(field "$spec" seconds)
  rss_mb=$(field "$spec" rss-mb)
  output_kb=$(field "$spec" output-kb)
  if [ -z "$run" ] || [ -z "$exit_expected" ]; then
    echo "case file needs run: and exit:"
    return 1
  fi
  [ -n "$(field "$spec" message)" ] || { echo "case file needs message:"; return 1; }
  mkdir -p "$box/home" "$box/tmp"
  for folder in catalog profiles; do
    if [ -d "$cases/$name/$folder" ]; then
      cp -R "$cases/$name/$folder" "$box/$folder"
    else
      cp -R "$cases/default/$folder" "$box/$folder"
    fi
  done
  if [ -f "$cases/$name/setup" ]; then
    (cd "$box" && bash "$cases/$name/setup") || { echo "setup failed"; return 1; }
  fi
  local before
  before=$(snapshot "$box")
  local -a arguments=("$run" --catalog catalog --profiles profiles)
  [ "$run" = build ] && arguments+=(--output output)
  local -a extra=()
  read -ra extra <<<"$(field "$spec" args)"
  arguments+=("${extra[@]}")
  local status
  (cd "$box" && HOME=$box/home TMPDIR=$box/tmp /usr/bin/time -f '%M %e' -o "$usage" \
    timeout -s KILL "${seconds:-20}" "$EDYE_DELIVERY" "${arguments[@]}" \
    >"$out" 2>&1 </dev/null)
  status=$?
  local rss elapsed
  read -r rss elapsed < <(grep -E '^[0-9]+ [0-9.]+$' "$usage")
  local ok=0
  if [ "$status" -eq 137 ] || grep -q 'terminated by signal 9' "$usage"; then
    echo "killed after ${seconds:-20} s"
    ok=1
  elif [ "$status" -ne "$exit_expected" ]; then
    echo "exit $status, expected $exit_expected"
    ok=1
  fi
  if [ "${rss:-0}" -gt $((${rss_mb:-300} * 1024)) ]; then
    echo "peak memory $((rss / 1024)) MB, over ${rss_mb:-300} MB"
    ok=1
  fi
  local bytes
  bytes=$(stat -c %s "$out")
  if [ "$bytes" -gt $((${output_kb:-64} * 1024)) ]; then
    echo "output of $bytes bytes, over ${output_kb:-64} KB"
    ok=1
  fi
  local pattern
  while IFS= read -r pattern; do
    grep -qE -- "$pattern" "$out" || { echo "no line matches: $pattern"; ok=1; }
  done < <(field "$spec" message)
  while IFS= read -r pattern; do
    ! grep -qE -- "$pattern" "$out" || { echo "a line matches: $pattern"; ok=1; }
  done < <(field "$spec" absent)
  while IFS= read -r pattern; do
    [ ! -e "$box/$pattern" ] || { echo "still there: $pattern"; ok=1; }
  done < <(field "$spec" gone)
  local after
  after=$(snapshot "$box")
  if [ "$before" != "$after" ]; then
    echo "files changed outside output/:"
    diff <(echo "$before") <(echo "$after") | head -20
    ok=1
  fi
  local ending
  ending="exit $status in ${elapsed:-?} s, peak $((${rss:-0} / 1024)) MB: $(head -c 300 "$out" | head -1)"
  echo "$name: $ending" >>"$work/endings"
  echo "$ending"
  head -c 2000 "$out" | sed -n 2,8p
  return $ok
}

if [ "$#" -gt 0 ]; then
  names=("$@")
else
  names=()
  for dir in "$cases"/*/; do
    name=$(basename "$dir")
    [ "$name" = default ] || names+=("$name")
  done
fi
for name in "${names[@]}"; do
  mkdir -p "$work/$name"
  check "hostile $name" run_case "$name" "$work/$name"
done
echo "how each case ended:"
sed 's/^/  /' "$work/endings"
finish
