#!/bin/bash
# Submits the shards as a job array and the merge to run when all of them have succeeded.
#   CORPUS=/shared/gb-papers WORK=/shared/gbtrack AS_OF=2026-11-29 ./submit.sh [SHARDS]
set -eu
cd "$(dirname "$0")"
shards=${1:-4}
export CORPUS WORK AS_OF
array=$(sbatch --parsable --array="0-$((shards - 1))" --export=ALL gbtrack-shards.sbatch)
sbatch --dependency="afterok:${array%%;*}" --export=ALL,SHARDS="$shards" gbtrack-merge.sbatch
