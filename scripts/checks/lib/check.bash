# Shared by the end-to-end checks (sourced, not run).
# check NAME COMMAND...: runs COMMAND in this shell, prints "ok   NAME" or "FAIL NAME" followed by
# the command's output, and counts the result. finish: prints "N passed, N failed" and returns
# non-zero when any check failed.
passed=0
failed=0
check_output=$(mktemp)

check() {
  local name=$1
  shift
  if "$@" >"$check_output" 2>&1; then
    echo "ok   $name"
    passed=$((passed + 1))
  else
    echo "FAIL $name"
    sed 's/^/     /' "$check_output"
    failed=$((failed + 1))
  fi
}

# fail_setup NAME: counts NAME as a failed check, prints the totals and exits: for set-up steps
# (a build, a server start) without which the remaining checks cannot run.
fail_setup() {
  echo "FAIL $1"
  failed=$((failed + 1))
  finish
  exit 1
}

finish() {
  rm -f "$check_output"
  echo "$passed passed, $failed failed"
  [ "$failed" -eq 0 ]
}
