#!/usr/bin/env bash
# Document storage throughput and memory: a file encrypted and written, then read and decrypted,
# through the Documents storage classes (LocalFolderBlobStore + EncryptedFiles), against dd writing
# and reading the same number of bytes in the same folder, side by side in one run; with the
# process's peak working set (VmHWM, reset before each phase) at two sizes to show memory does
# not grow with the file. Then the same over HTTP: the real app on Kestrel (HTTPS, loopback), a
# file uploaded through the send page and downloaded as the school, against dd, with peak memory;
# and a bulk send of LETTERS letters to as many schools (start, upload, preview, send), in seconds.
# Appends the figures to bench/documents/results.md.
# Usage: bench/documents/run.sh [SIZES_MIB...]   (default: 256 1024; BENCH_DIR picks the disk, default /tmp;
#        LETTERS the bulk send's size, default 400)
set -euo pipefail
cd "$(dirname "$0")/../.."
sizes=("${@:-256 1024}")
read -r -a sizes <<<"${sizes[*]}"
dir="${BENCH_DIR:-/tmp}"
letters="${LETTERS:-400}"
# The app's own log goes to stderr, so only the figures reach the results file.
export Logging__Console__LogToStandardErrorThreshold=Trace Logging__LogLevel__Default=Warning
dotnet build bench/documents/Perspective.Bench.Documents -c Release -nologo -v quiet 1>&2
bench=bench/documents/Perspective.Bench.Documents/bin/Release/net10.0/Perspective.Bench.Documents.dll
{
  echo
  echo "## $(date -u '+%Y-%m-%d %H:%M UTC') on $(nproc) cores, commit $(git rev-parse --short HEAD), folder $dir ($(df -P "$dir" | awk 'NR==2 {print $1}'))"
  echo '```'
  echo "\$ LETTERS=$letters bench/documents/run.sh ${sizes[*]}"
  for size in "${sizes[@]}"; do
    # One process per size, so each size's peak memory is its own.
    dotnet "$bench" --size-mib "$size" --dir "$dir"
    echo
  done
  for size in "${sizes[@]}"; do
    # The bulk send runs once, after the largest file.
    [ "$size" = "${sizes[-1]}" ] && n="$letters" || n=0
    dotnet "$bench" --http --size-mib "$size" --letters "$n" --dir "$dir"
    echo
  done
  echo '```'
} | tee -a bench/documents/results.md
