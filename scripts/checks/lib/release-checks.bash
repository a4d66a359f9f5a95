# The rebuild checks of scripts/checks/servers.sh (issue 3): ETags across real rebuilds, and the
# signed manifests. Sourced, not run. Uses the names of server-checks.bash and servers.bash, and
# PARTNERS, EDIT_EPISODE (an episode of EDIT_SHOW that BEARER serves).
# shellcheck disable=SC2153 # BEARER and BASIC are set by scripts/checks/servers.sh

# served_paths PARTNER: every path of the current release a partner can fetch, from its manifest.
served_paths() {
  jq -r '.files[].path' "$OUT/$1/v1/manifest.json"
  printf 'v1/manifest.json\nv1/manifest.json.sig\n'
}

# record_etags PARTNER FILE: writes "path etag" for each served path, as the server answers now.
record_etags() {
  local partner=$1 path
  auth_for "$partner"
  for path in $(served_paths "$partner"); do
    printf '%s %s\n' "$path" "$(curl -s -o /dev/null -D - "${AUTH[@]}" "$BASE/$partner/$path" |
      grep -i '^etag:' | cut -d' ' -f2- | tr -d '\r')"
  done >"$2"
}

# revalidate PARTNER FILE: "path status" of a request with If-None-Match for each line of FILE
# (from record_etags) whose path the partner still serves.
revalidate() {
  local partner=$1 path etag
  auth_for "$partner"
  served_paths "$partner" >"$WORK/served"
  while read -r path etag; do
    grep -qxF "$path" "$WORK/served" || continue
    printf '%s %s\n' "$path" "$(curl -s -o /dev/null -w '%{http_code}' "${AUTH[@]}" \
      -H "If-None-Match: $etag" "$BASE/$partner/$path")"
  done <"$2"
}

# changed_paths OLD NEW: the paths of manifest NEW whose sha256 differs from manifest OLD (or that
# OLD lacks), plus the manifest and its signature when the manifest itself changed.
changed_paths() {
  jq -r -n --slurpfile old "$1" --slurpfile new "$2" \
    '($old[0].files | map({(.path): .sha256}) | add) as $o
      | $new[0].files[] | select($o[.path] != .sha256) | .path'
  cmp -s "$1" "$2" || printf 'v1/manifest.json\nv1/manifest.json.sig\n'
}

# expected_statuses PARTNER ETAGS CHANGED: "path 200" for the changed paths, "path 304" otherwise.
expected_statuses() {
  local path
  served_paths "$1" >"$WORK/served"
  while read -r path _; do
    grep -qxF "$path" "$WORK/served" || continue
    if grep -qxF "$path" "$3"; then echo "$path 200"; else echo "$path 304"; fi
  done <"$2"
}

# same_lines A B: the files are equal; otherwise shows the difference on stderr.
same_lines() { diff "$1" "$2" >&2; }

# snapshot TAG: saves each partner's ETags, manifest, signature and signature inode under $WORK/s.
snapshot() {
  local partner
  mkdir -p "$WORK/s"
  for partner in "${PARTNERS[@]}"; do
    record_etags "$partner" "$WORK/s/$1-$partner.etags"
    cp "$OUT/$partner/v1/manifest.json" "$WORK/s/$1-$partner.manifest"
    cp "$OUT/$partner/v1/manifest.json.sig" "$WORK/s/$1-$partner.sig"
    stat -L -c %i "$OUT/$partner/v1/manifest.json.sig" >"$WORK/s/$1-$partner.inode"
  done
}

# verify_signature PARTNER: `edye-delivery verify` accepts the partner's current manifest.
verify_signature() {
  "$BIN" verify --manifest "$OUT/$1/v1/manifest.json" --signature "$OUT/$1/v1/manifest.json.sig" \
    --public-key "$WORK/keys/public.key" >/dev/null 2>&1
}

# rebuild_checks NAME BEFORE AFTER: after a build, each partner answers 200 (a new ETag) for
# exactly the paths whose bytes changed between snapshots BEFORE and AFTER, and 304 for the rest.
rebuild_checks() {
  local partner changed count
  for partner in "${PARTNERS[@]}"; do
    changed="$WORK/s/$3-$partner.changed"
    changed_paths "$WORK/s/$2-$partner.manifest" "$WORK/s/$3-$partner.manifest" >"$changed"
    revalidate "$partner" "$WORK/s/$2-$partner.etags" >"$changed.got"
    expected_statuses "$partner" "$WORK/s/$2-$partner.etags" "$changed" >"$changed.want"
    count=$(wc -l <"$changed")
    check "$1: $partner: new ETag for the $count changed files, 304 for the other $(($(wc -l \
      <"$changed.want") - count))" same_lines "$changed.want" "$changed.got"
    check "$1: $partner: the signature verifies" verify_signature "$partner"
  done
}

# unchanged_rebuild_checks: a rebuild of unchanged input publishes nothing and changes no ETag,
# both when the build reuses its record of the last build and when it runs in full.
unchanged_rebuild_checks() {
  snapshot built
  check "unchanged rebuild: build exits 0" build
  check "unchanged rebuild: reported as reused from the last build's record" \
    eval "tail -n 3 '$WORK/build.log' | grep -q 'inputs unchanged since the last build'"
  same_release_checks "unchanged rebuild"
  rm "$OUT/.edye/last-build.json"
  check "full rebuild without the record: build exits 0" build
  check "full rebuild without the record: not reported as reused" \
    eval "! tail -n 3 '$WORK/build.log' | grep -q 'inputs unchanged since the last build'"
  same_release_checks "full rebuild without the record"
}

# same_release_checks LABEL: every partner still serves the snapshot `built`, file for file.
same_release_checks() {
  local partner s="$WORK/s"
  snapshot same
  for partner in "${PARTNERS[@]}"; do
    check "$1: $partner: every file keeps its ETag ($(wc -l <"$s/same-$partner.etags") files)" \
      same_lines "$s/built-$partner.etags" "$s/same-$partner.etags"
    revalidate "$partner" "$s/built-$partner.etags" | grep -v ' 304$' >"$s/same-$partner.not304"
    check "$1: $partner: 304 for every file of the manifest" \
      eval "[ ! -s '$s/same-$partner.not304' ]"
    check "$1: $partner: manifest.json.sig byte-identical, same inode" eval \
      "cmp -s '$s/built-$partner.sig' '$s/same-$partner.sig' && cmp -s '$s/built-$partner.inode' '$s/same-$partner.inode'"
    check "$1: $partner: the signature verifies" verify_signature "$partner"
  done
}

# edit_checks: two edits of one episode title, each followed by a build; the second edit comes
# right after the first build (usually within the same second: the build's mtime + 1 s rule).
edit_checks() {
  local page="v1/shows/$EDIT_SHOW/episodes.json" changed="$WORK/s/edit1-$BEARER.changed" wait
  wait=$((1000 - 10#$(date +%N | cut -c1-3)))
  sleep "$((wait / 1000)).$(printf %03d $((wait % 1000)))"
  check "edit 1: the title is in the catalog copy" edit_title "$EDIT_EPISODE" "Edición uno"
  check "edit 1: build exits 0" build
  snapshot edit1
  rebuild_checks "edit 1" same edit1
  check "edit 1: $BEARER serves the new title" \
    jq_true --arg id "$EDIT_EPISODE" 'any(.items[]; .id == $id and .title == "Edición uno")' \
    "$OUT/$BEARER/$page"
  check "edit 1: $BEARER's changed files are its episode page, manifest and changes.json" eval \
    "grep -qxF '$page' '$changed' && grep -qxF v1/manifest.json '$changed' &&
      grep -qxF v1/changes.json '$changed' && ! grep -qxF v1/shows.json '$changed'"
  check "edit 2 (right after a build): the title is in the catalog copy" \
    edit_title "$EDIT_EPISODE" "Edición dos"
  check "edit 2: build exits 0" build
  snapshot edit2
  rebuild_checks "edit 2" edit1 edit2
  check "edit 2: $BEARER's episode page has a new ETag" \
    eval "grep -qxF '$page' '$WORK/s/edit2-$BEARER.changed'"
}

# revalidate_all_checks SERVER: every file of every partner answers 304 to its current ETag.
revalidate_all_checks() {
  local partner
  for partner in "${PARTNERS[@]}"; do
    record_etags "$partner" "$WORK/s/$1-$partner.etags"
    revalidate "$partner" "$WORK/s/$1-$partner.etags" | grep -v ' 304$' >"$WORK/s/$1-$partner.not304"
    check "$1: $partner: strong ETag and 304 for every file of the manifest" eval \
      "! grep -qv ' \"[^\"]*\"$' '$WORK/s/$1-$partner.etags' && [ ! -s '$WORK/s/$1-$partner.not304' ]"
  done
}
