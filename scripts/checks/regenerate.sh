#!/usr/bin/env bash
# End-to-end check of scripts/regenerate (the CI job, `edye-delivery regenerate`) with the debug
# binary on a clean copy of the sample catalog: it publishes (0), a second run publishes nothing,
# a validation error publishes nothing (1), a big drop is refused (2) and the --report JSON says
# which partner and why, an edit publishes a diff. Noise (3), the summary's exact text and the
# other ends are RegenerateJobTests; the build's human summary is BuildSummaryTests.
set -uo pipefail
cd "$(dirname "$0")/../.." || exit 1
# shellcheck source=lib/check.bash
source scripts/checks/lib/check.bash
export EDYE_DELIVERY=$PWD/.build/debug/edye-delivery
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT


# Copies the sample catalog to $1 without its deliberate defects (SampleCatalog/README.md):
# the defective items are removed, the HTML description is made plain text, and the
# conflicting single-media response is dropped.
clean_catalog() {
  cp -R SampleCatalog "$1"
  rm "$1/README.md" "$1/delivery/media-Pt1e02Sl.json"
  python3 - "$1" <<'EOF'
import json, pathlib, re, sys
defects = {"Or1phN4e", "Lq2e03aA", "Lq2e03bB", "Dx0spC1a", "Lq1e04Pw", "Dx1e05St",
           "nM2e02Rg", "Dx1e03Ds", "Lq2e01Zx"}
def defective(value):
    if not isinstance(value, dict):
        return False
    item = value.get("media_item") if isinstance(value.get("media_item"), dict) else value
    return any(item.get(key) in defects for key in ("id", "mediaid", "media_id"))
def strip(value):
    if isinstance(value, list):
        return [strip(v) for v in value if not defective(v)]
    if isinstance(value, dict):
        return {k: strip(v) for k, v in value.items()}
    return value
root = pathlib.Path(sys.argv[1])
for path in root.rglob("*.json"):
    path.write_text(json.dumps(strip(json.loads(path.read_text())), ensure_ascii=False, indent=2))
for path in root.rglob("*.xml"):
    text = re.sub(r"<description><!\[CDATA\[<p>Nina descobre que a <b>bola</b> e a lua têm a mesma"
                  r" forma: o <i>círculo</i>!</p>\]\]></description>",
                  "<description>Nina descobre que a bola e a lua têm a mesma forma: o círculo!"
                  "</description>", path.read_text())
    path.write_text(text)
EOF
}

# The served state of an output folder: each partner's v1 target and its release list.
served() {
  local dir
  for dir in "$1"/*/; do
    echo "$(basename "$dir") $(readlink "$dir/v1") $(find "$dir/releases" -mindepth 1 -maxdepth 1 -printf '%f\n' | sort -n | tr '\n' ' ')"
  done
}

# Runs the job; its exit code is in $status, its summary in $work/summary.md, the build's
# report in $work/report.json.
regenerate() {
  rm -f "$work/summary.md" "$work/report.json"
  scripts/regenerate --output "$work/output" --summary "$work/summary.md" \
    --report "$work/report.json" "$@" >"$work/regenerate.log" 2>&1
  status=$?
}

# report FILTER EXPECTED: the jq FILTER of the last build's report prints EXPECTED.
report() {
  local got
  got=$(jq -r "$1" "$work/report.json") || return 1
  [ "$got" = "$2" ] || { echo "got: $got"; return 1; }
}

partners_with_release() {
  [ "$(compgen -G "$work/output/*/releases/$1" | wc -l)" -eq "$2" ]
}

clean=$work/clean
clean_catalog "$clean"
check "the clean catalog validates (exit 0)" "$EDYE_DELIVERY" validate --catalog "$clean"

regenerate --catalog "$clean"
check "a clean catalog publishes (exit 0)" test "$status" -eq 0
check "every partner published release 1" partners_with_release 1 4
check "the report says every partner published" \
  report '[.partners[] | select(.status == "published")] | length' 4
for partner in claro-video globo-kids kidsbox-ott the-shelf; do
  check "the summary has a heading for $partner" grep -qx "## $partner" "$work/summary.md"
done
before=$(served "$work/output")

regenerate --catalog "$clean"
check "a run without a change exits 0" test "$status" -eq 0
check "a run without a change publishes nothing" test "$(served "$work/output")" = "$before"
check "the summary says nothing changed" grep -q "^Nothing changed" "$work/summary.md"

defective=$work/defective
cp -R "$clean" "$defective"
cp SampleCatalog/delivery/playlist-eP5dX2nb.json "$defective/delivery/"
regenerate --catalog "$defective"
check "a validation error exits 1" test "$status" -eq 1
check "a validation error publishes nothing" test "$(served "$work/output")" = "$before"

shrunk=$work/shrunk
cp -R "$clean" "$shrunk"
rm "$shrunk/delivery/playlist-eP1lQ7ms.json" "$shrunk/delivery/playlist-eP5dX2nb.json"
python3 - "$shrunk/delivery/playlist-sH3lF9es.json" "$shrunk/management" <<'EOF'
import json, pathlib, sys
# Keep only the Brazilian show: the Spanish shows and their episodes disappear.
gone = lambda item: "Lq" in str(item.get("id", item.get("mediaid", ""))) or "Dx" in str(item.get("id", item.get("mediaid", "")))
for path in [pathlib.Path(sys.argv[1])] + list(pathlib.Path(sys.argv[2]).glob("*.json")):
    data = json.loads(path.read_text())
    key = "playlist" if "playlist" in data else "media"
    data[key] = [item for item in data[key] if not gone(item)]
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2))
EOF
check "the shrunk catalog validates" "$EDYE_DELIVERY" validate --catalog "$shrunk"
regenerate --catalog "$shrunk"
check "dropping more than 20 % of the items exits 2" test "$status" -eq 2
check "after a refused shrink the previous releases stay served" \
  test "$(served "$work/output")" = "$before"
check "the report names the refused partners, their stage and reason" \
  report '[.partners[] | select(.status == "failed") | "\(.partner) \(.failure.stage) \(.failure.reason)"] | join(", ")' \
  "claro-video plan shrink_refused, kidsbox-ott plan shrink_refused, the-shelf plan shrink_refused"

edited=$work/edited
cp -R "$clean" "$edited"
sed -i 's/A canção do sol/A canção do sol nascente/' "$edited/series/Pt4kW9zc/episodes.json" \
  "$edited/management/media-page-1.json"
regenerate --catalog "$edited"
check "an edit publishes (exit 0)" test "$status" -eq 0
check "the summary holds the diff of a changed partner" grep -q "^Release 1 → 2" "$work/summary.md"
check "the diff shows the changed title" grep -q "A canção do sol nascente" "$work/summary.md"

regenerate --no-such-option
check "an unknown option exits 4" test "$status" -eq 4
EDYE_DELIVERY=$work/no-such-binary regenerate --catalog "$clean"
check "a missing tool exits 4" test "$status" -eq 4

finish
