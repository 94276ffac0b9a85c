#!/usr/bin/env bash
# The Slurm path tested for real (run by npm test; needs root and Debian's slurm-wlm and munge,
# which npm test installs first: bin/pretest.mjs):
# starts a one-node Slurm cluster on localhost with all its state in a temporary folder, submits
# a small experiment with jobs/slurm/submit.sh (an array of 3 tasks and a merge that waits for
# them), and checks that the merged results equal one machine's batch byte for byte. Stops only
# the daemons it started.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d /tmp/gapsim-slurm-XXXXXX)
chmod 755 "$work"
pids=()
stop() {
  # munged runs under runuser: stop it by its own pid file, then what this script started.
  [[ -f "$work/munge/pid" ]] && kill "$(cat "$work/munge/pid")" 2>/dev/null || true
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap stop EXIT

# munge: its own key, socket and files under $work, run as the munge user.
mkdir -p "$work/munge"
dd if=/dev/urandom of="$work/munge/munge.key" bs=1024 count=1 status=none
chown -R munge:munge "$work/munge"
chmod 711 "$work/munge"  # munged needs others to reach its socket, not list the folder
chmod 400 "$work/munge/munge.key"
runuser -u munge -- munged -F --key-file="$work/munge/munge.key" --socket="$work/munge/socket" \
  --pid-file="$work/munge/pid" --log-file="$work/munge/log" --seed-file="$work/munge/seed" &
pids+=($!)

mkdir -p "$work/slurm/state" "$work/slurm/spool"
export SLURM_CONF="$work/slurm/slurm.conf"
cat > "$SLURM_CONF" <<CONF
ClusterName=gapsim-test
SlurmctldHost=localhost
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
AuthInfo=socket=$work/munge/socket
CredType=cred/munge
SlurmctldPort=16817
SlurmdPort=16818
StateSaveLocation=$work/slurm/state
SlurmdSpoolDir=$work/slurm/spool
SlurmctldPidFile=$work/slurm/slurmctld.pid
SlurmdPidFile=$work/slurm/slurmd.pid
SlurmctldLogFile=$work/slurm/slurmctld.log
SlurmdLogFile=$work/slurm/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
MpiDefault=none
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
ReturnToService=2
NodeName=localhost NodeAddr=127.0.0.1 CPUs=$(nproc) RealMemory=$(( $(awk '/MemTotal/ {print $2}' /proc/meminfo) / 1024 - 512 )) State=UNKNOWN
PartitionName=test Nodes=localhost Default=YES MaxTime=INFINITE State=UP
CONF

for _ in $(seq 100); do [[ -S "$work/munge/socket" ]] && break; sleep 0.1; done
[[ -S "$work/munge/socket" ]] || { echo "slurm: munged did not start"; cat "$work/munge/log" 2>/dev/null; exit 1; }
slurmctld -D &
pids+=($!)
slurmd -D &
pids+=($!)
# Wait on the cluster's state, not a guessed time: the node is up when sinfo says idle.
for _ in $(seq 300); do
  [[ "$(sinfo -h -o %t 2>/dev/null)" == idle* ]] && break
  sleep 0.1
done
[[ "$(sinfo -h -o %t)" == idle* ]] || { echo "slurm: the node did not come up"; cat "$work/slurm/"*.log; exit 1; }

experiment="$work/experiment.json"
cat > "$experiment" <<JSON
{ "scenario": "$root/scenarios/baseline.json", "set": { "households": 500, "months": 6, "warmupMonths": 2 },
  "seeds": [1, 2, 3], "factors": { "trust.baseline": { "values": [0.4, 0.6] } }, "series": true }
JSON
chmod -R a+rX "$work"
cd "$root"
SBATCH_OPTIONS="--cpus-per-task=1 --wait" timeout 600 jobs/slurm/submit.sh "$experiment" "$work/out" 3 > "$work/submit.log" || { echo "slurm: the jobs failed"; cat "$work/submit.log" "$work/out/"slurm-*.out "$work/slurm/"*.log 2>/dev/null | tail -40; exit 1; }
node bin/gapsim.mjs batch "$experiment" --out "$work/single" --quiet
for file in results.csv runs.jsonl; do
  cmp "$work/out/merged/$file" "$work/single/$file" || { echo "slurm: merged $file differs"; cat "$work/out/"slurm-*.out; exit 1; }
done
echo "slurm: 3 array tasks and a merge on a local cluster give the single machine's results byte for byte"
