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

finish() {
  rm -f "$check_output"
  echo "$passed passed, $failed failed"
  [ "$failed" -eq 0 ]
}
