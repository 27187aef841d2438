#!/usr/bin/env bash
# Cold first answer: whole-process wall time and peak memory (max RSS) of a fresh process that touches
# one collection and answers one query, against a hello-world process built the same way (same project,
# Release, same runtime start-up), median of N runs each, measured with /usr/bin/time.
set -euo pipefail
cd "$(dirname "$0")"
runs=${RUNS:-11}
dotnet build -c Release >/dev/null
exe=bin/Release/net10.0/Shaoxing.Yearbook2020.Benchmarks
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
measure() {
  local mode=$1 times=() mems=()
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e %M" -o /tmp/cold.$$ "$exe" "$mode" >/dev/null
    read -r t m </tmp/cold.$$
    times+=("$t"); mems+=("$m")
  done
  rm -f /tmp/cold.$$
  echo "$mode $(printf '%s\n' "${times[@]}" | median) $(printf '%s\n' "${mems[@]}" | median)"
}
echo "mode wall_s_median maxrss_kb_median (runs=$runs)"
hello=$(measure cold-hello); echo "$hello"
entries=$(measure cold-entries); echo "$entries"
full=$(measure cold-full); echo "$full"
awk -v h="$hello" -v e="$entries" -v f="$full" 'BEGIN {
  split(h, H, " "); split(e, E, " "); split(f, F, " ");
  printf "ratio wall (one collection / hello) = %.2f, (all collections / hello) = %.2f\n", E[2] / H[2], F[2] / H[2];
  printf "ratio maxrss (one collection / hello) = %.2f, extra = %d KB\n", E[3] / H[3], E[3] - H[3];
}'
