#!/usr/bin/env bash
# Submit a gapsim experiment to Slurm: an array of SHARDS tasks, then a merge that waits for
# all of them (afterok). Run from the gapsim folder:
#   jobs/slurm/submit.sh experiments/dibao_line.json /scratch/$USER/dibao 8
# Extra sbatch options (partition, account) go in SBATCH_OPTIONS, e.g. "--partition=short".
set -euo pipefail
experiment=${1:?usage: submit.sh EXPERIMENT OUT SHARDS}
out=${2:?usage: submit.sh EXPERIMENT OUT SHARDS}
shards=${3:?usage: submit.sh EXPERIMENT OUT SHARDS}
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$out"
# shellcheck disable=SC2086
array=$(sbatch --parsable ${SBATCH_OPTIONS:-} --array="1-$shards" --output="$out/slurm-%A_%a.out" \
  --export="ALL,EXPERIMENT=$experiment,OUT=$out" "$here/batch.sbatch")
# shellcheck disable=SC2086
merge=$(sbatch --parsable ${SBATCH_OPTIONS:-} --dependency="afterok:${array%%;*}" --output="$out/slurm-merge-%j.out" \
  --export="ALL,OUT=$out" "$here/merge.sbatch")
echo "array job $array ($shards tasks), merge job $merge: results in $out/merged"
