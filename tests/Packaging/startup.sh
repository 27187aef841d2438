#!/usr/bin/env bash
# Start-up, side by side, against a BARE Native AOT hello world (a program that only writes one line, written and
# published here into a temporary folder, outside the repository's build settings but for invariant globalization,
# which every project of the repository has):
#  - tests/Shaoxing.Yearbook2020.ColdStart.Aot published Native AOT: `cold-hello` (holds the package, loads nothing)
#    and `cold-meetings` (a consumer's first answer: July's meetings),
#  - the installed tool's first answer, `yearbook2020 meetings --month 7`, Native AOT (the linux-x64 package's binary),
#  - the framework-dependent tool (the `any` package, run by `dotnet`) against cold-hello built for the JIT.
# The commands run interleaved, RUNS times each (default 21), so that a change in the machine's load hits all alike;
# wall time per run from date +%s%N, medians in ms, and the ratios to the bare hello world. Nothing fails on a ratio
# (timings are noisy): the printed numbers are the result.
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
step "publish the package's cold-start program Native AOT and build it for the JIT"
quiet dotnet publish "$root/tests/Shaoxing.Yearbook2020.ColdStart.Aot" -c Release -r linux-x64 --no-restore -p:CppCompilerAndLinker="$linker" -o "$work/aot-cold"
quiet dotnet build "$root/tests/Shaoxing.Yearbook2020.ColdStart.Aot" -c Release --no-restore -o "$work/jit-cold"
step "publish a bare Native AOT hello world"
mkdir "$work/bare"
cat >"$work/bare/BareHello.csproj" <<'PROJECT'
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <PublishAot>true</PublishAot>
    <InvariantGlobalization>true</InvariantGlobalization>
  </PropertyGroup>
</Project>
PROJECT
echo 'System.Console.WriteLine("hello");' >"$work/bare/Program.cs"
quiet dotnet publish "$work/bare/BareHello.csproj" -c Release -r linux-x64 -p:CppCompilerAndLinker="$linker" -o "$work/bare-out"

step "publish the floor: a Native AOT program that only reads every token of meetings.json"
mkdir "$work/floor"
cat >"$work/floor/JsonFloor.csproj" <<PROJECT
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <PublishAot>true</PublishAot>
    <InvariantGlobalization>true</InvariantGlobalization>
    <AllowUnsafeBlocks>true</AllowUnsafeBlocks>
  </PropertyGroup>
  <ItemGroup>
    <EmbeddedResource Include="$root/src/Shaoxing.Yearbook2020/Data/meetings.json" LogicalName="meetings.json" />
  </ItemGroup>
</Project>
PROJECT
# The resource is read where the binary maps it, as the package reads its data files; the count of tokens is
# written so that the program has an answer to give, as the others do.
cat >"$work/floor/Program.cs" <<'PROGRAM'
using System;
using System.IO;
using System.Text.Json;

var stream = (UnmanagedMemoryStream)typeof(Program).Assembly.GetManifestResourceStream("meetings.json")!;
ReadOnlySpan<byte> json;
unsafe
{
    json = new ReadOnlySpan<byte>(stream.PositionPointer, checked((int)stream.Length));
}

var reader = new Utf8JsonReader(json);
var tokens = 0;
while (reader.Read())
{
    tokens++;
}

Console.WriteLine(tokens);
PROGRAM
quiet dotnet publish "$work/floor/JsonFloor.csproj" -c Release -r linux-x64 -p:CppCompilerAndLinker="$linker" -o "$work/floor-out"

names=(bare-hello json-floor cold-hello cold-meetings aot-tool fallback-tool jit-hello)
commands=(
  "$work/bare-out/BareHello"
  "$work/floor-out/JsonFloor"
  "$work/aot-cold/Shaoxing.Yearbook2020.ColdStart.Aot cold-hello"
  "$work/aot-cold/Shaoxing.Yearbook2020.ColdStart.Aot cold-meetings"
  "$aot_tool meetings --month 7"
  "dotnet $fallback_dll meetings --month 7"
  "dotnet $work/jit-cold/Shaoxing.Yearbook2020.ColdStart.Aot.dll cold-hello"
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
echo "sizes: bare hello $(du -h "$work/bare-out/BareHello" | cut -f1), JSON floor $(du -h "$work/floor-out/JsonFloor" | cut -f1), cold-start program $(du -h "$work/aot-cold/Shaoxing.Yearbook2020.ColdStart.Aot" | cut -f1), AOT tool $(du -h "$aot_tool" | cut -f1)"
for i in "${!names[@]}"; do
  printf '%-14s median %7s ms   %s\n' "${names[$i]}" "$(median "$work/${names[$i]}.ms")" "${commands[$i]//$work/<tmp>}"
done
awk -v bh="$(median "$work/bare-hello.ms")" -v jf="$(median "$work/json-floor.ms")" -v ch="$(median "$work/cold-hello.ms")" -v cm="$(median "$work/cold-meetings.ms")" \
    -v at="$(median "$work/aot-tool.ms")" -v ft="$(median "$work/fallback-tool.ms")" -v jh="$(median "$work/jit-hello.ms")" 'BEGIN {
  printf "ratio JSON floor / bare hello:          %.2f (reading meetings.json alone)\n", jf / bh;
  printf "ratio cold-hello / bare hello:          %.2f\n", ch / bh;
  printf "ratio cold-meetings / bare hello:       %.2f (target <= 1.3)\n", cm / bh;
  printf "ratio AOT tool / bare hello:            %.2f (target <= 1.5)\n", at / bh;
  printf "ratio fallback tool / JIT cold-hello:   %.2f\n", ft / jh;
}'
