#!/usr/bin/env bash
# Lint: `swift format lint --strict` over Sources and Tests (settings in .swift-format)
# ShellCheck over every shell script in the repository (settings in .shellcheckrc).
# Prints each finding, one line per check and a final "N passed, N failed" line; exits non-zero
# on a finding.
set -uo pipefail
cd "$(dirname "$0")/../.." || exit 1
source scripts/checks/lib/check.bash

# shell_scripts: every tracked file whose first line names bash or sh.
shell_scripts() {
  git ls-files -z | while IFS= read -r -d '' file; do
    [ -f "$file" ] && head -n1 "$file" | grep -qE '^#!.*\b(ba)?sh\b' && echo "$file"
    case $file in *.bash) echo "$file" ;; esac
  done | sort -u
}

swift_format_clean() {
  local findings
  findings=$(swift format lint --strict --parallel -r Sources Tests 2>&1)
  [ -z "$findings" ] || { echo "$findings"; return 1; }
}

scripts=()
while IFS= read -r file; do scripts+=("$file"); done < <(shell_scripts)
check "swift format lint --strict: Sources and Tests are clean" swift_format_clean
check "shellcheck: ${#scripts[@]} shell scripts are clean" shellcheck -x "${scripts[@]}"
check "shellcheck sees the scripts (at least 20)" test "${#scripts[@]}" -ge 20
finish
