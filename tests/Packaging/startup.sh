#!/usr/bin/env bash
# Start-up of the installed tool, side by side: the first answer of `yearbook2020 meetings --month 7` from
#  - the Native AOT tool (the linux-x64 package's binary) against a Native AOT hello world, and
#  - the framework-dependent tool (the `any` package, run by `dotnet`) against a JIT hello world run the same way,
# and, to show what it is worth, the Native AOT tool with its start-up prefault turned off (YEARBOOK2020_PREFAULT=0,
# see src/Shaoxing.Yearbook2020.Cli/Native/prefault-hydrated-data.c; run through `env`, one exec more).
# The hello worlds are tests/Shaoxing.Yearbook2020.ColdStart.Aot's `cold-hello` mode (prints one line, loads
# no data), published Native AOT and built for the JIT. The five commands run interleaved, RUNS times each
# (default 21), so that a change in the machine's load hits all five alike; wall time per run from
# date +%s%N, medians in ms, and the ratios AOT tool / AOT hello and fallback / JIT hello. Nothing fails on
# a ratio (timings are noisy): the printed numbers are the result.
# Usage: tests/Packaging/startup.sh
#   AOT_TOOL=path/to/yearbook2020         take an installed AOT tool instead of publishing one
#   FALLBACK_DLL=path/to/Shaoxing.Yearbook2020.Cli.dll   take a framework-dependent build instead of making one
#   RUNS=41                               more runs per command
# Needs a native linker for Native AOT (clang, or gcc via AOT_LINKER=gcc, the default when clang is missing).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
runs=${RUNS:-21}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
linker=${AOT_LINKER:-$(command -v clang >/dev/null && echo clang || echo gcc)}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# Restore first, then build with --no-restore: a restore for one runtime identifier would write that
# identifier into the library's lock file.
step() { echo "== startup: $*" >&2; }
quiet() { "$@" >"$work/build.log" 2>&1 || { cat "$work/build.log" >&2; exit 1; }; }
step "restore"
quiet dotnet restore "$root/src/Shaoxing.Yearbook2020.Cli"
quiet dotnet restore "$root/tests/Shaoxing.Yearbook2020.ColdStart.Aot"

aot_tool=${AOT_TOOL:-}
if [ -z "$aot_tool" ]; then
  step "publish the tool Native AOT (linux-x64, linker $linker)"
  quiet dotnet publish "$root/src/Shaoxing.Yearbook2020.Cli" -c Release -r linux-x64 --no-restore -p:CppCompilerAndLinker="$linker" -o "$work/aot-tool"
  aot_tool="$work/aot-tool/Shaoxing.Yearbook2020.Cli"
fi
fallback_dll=${FALLBACK_DLL:-}
if [ -z "$fallback_dll" ]; then
  step "build the tool framework-dependent"
  quiet dotnet build "$root/src/Shaoxing.Yearbook2020.Cli" -c Release --no-restore -o "$work/jit-tool"
  fallback_dll="$work/jit-tool/Shaoxing.Yearbook2020.Cli.dll"
fi
step "publish the hello world Native AOT and build it for the JIT"
quiet dotnet publish "$root/tests/Shaoxing.Yearbook2020.ColdStart.Aot" -c Release -r linux-x64 --no-restore -p:CppCompilerAndLinker="$linker" -o "$work/aot-hello"
quiet dotnet build "$root/tests/Shaoxing.Yearbook2020.ColdStart.Aot" -c Release --no-restore -o "$work/jit-hello"

names=(aot-tool aot-hello fallback-tool jit-hello aot-no-prefault)
commands=(
  "$aot_tool meetings --month 7"
  "$work/aot-hello/Shaoxing.Yearbook2020.ColdStart.Aot cold-hello"
  "dotnet $fallback_dll meetings --month 7"
  "dotnet $work/jit-hello/Shaoxing.Yearbook2020.ColdStart.Aot.dll cold-hello"
  "env YEARBOOK2020_PREFAULT=0 $aot_tool meetings --month 7"
)
# One untimed run each: the first run reads the files from disk, the others from the page cache.
for c in "${commands[@]}"; do $c >/dev/null; done
for i in "${!names[@]}"; do : >"$work/${names[$i]}.ms"; done
for _ in $(seq "$runs"); do
  for i in "${!names[@]}"; do
    start=$(date +%s%N)
    ${commands[$i]} >/dev/null
    end=$(date +%s%N)
    echo $(( (end - start) / 1000 )) >>"$work/${names[$i]}.ms"
  done
done
median() { sort -n "$1" | awk '{a[NR]=$1} END {printf "%.1f", a[int((NR+1)/2)] / 1000}'; }
echo "nproc $(nproc), load average $(cut -d' ' -f1-3 /proc/loadavg), $runs runs each, interleaved"
echo "AOT tool $(du -h "$aot_tool" | cut -f1) ($aot_tool)"
for i in "${!names[@]}"; do
  printf '%-14s median %7s ms   %s\n' "${names[$i]}" "$(median "$work/${names[$i]}.ms")" "${commands[$i]/$work/<tmp>}"
done
awk -v at="$(median "$work/aot-tool.ms")" -v ah="$(median "$work/aot-hello.ms")" -v ft="$(median "$work/fallback-tool.ms")" -v jh="$(median "$work/jit-hello.ms")" -v an="$(median "$work/aot-no-prefault.ms")" 'BEGIN {
  printf "ratio AOT tool / AOT hello:      %.2f (target <= 1.5)\n", at / ah;
  printf "ratio fallback tool / JIT hello: %.2f\n", ft / jh;
  printf "ratio AOT tool without prefault / AOT hello: %.2f\n", an / ah;
}'
