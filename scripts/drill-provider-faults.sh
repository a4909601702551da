#!/usr/bin/env bash
# Provider fault drills of issue #13 §3, through the module's REST API: each asserts its result (exit code 1 when a
# drill fails) and prints its figures (see scripts/README.md). Traffic stays on loopback, bounded in count and time.
#
#   scripts/drill-provider-faults.sh              all drills
#   scripts/drill-provider-faults.sh kill         one of: kill, stall
#   scripts/drill-provider-faults.sh kill -Ddrill.vms=20   extra arguments become the drill's system properties
#
# It starts a private noauth Neutron (scripts/neutron.sh with NEUTRON_HOME=/var/tmp/ovirt-osn-neutron-drill on port
# 9699; the shared instances on 9696/9697 are never touched) and its own server (./run on port 8980, or
# DRILL_HTTP_PORT; a throw-away data folder, embedded H2, device owner osn-drill, short provider timeouts), and stops
# both at the end (DRILL_KEEP_NEUTRON=1 keeps the Neutron).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
source scripts/lib/drill-server.sh

drills=(kill stall)
if [[ $# -gt 0 && "$1" != -* ]]; then
  drills=("$1")
  shift
fi
for drill in "${drills[@]}"; do
  [[ "$drill" == kill || "$drill" == stall ]] || { echo "unknown drill: $drill (kill, stall)" >&2; exit 2; }
done

trap drill_cleanup EXIT
drill_start_neutron
# short provider timeouts, so that a stalled call ends soon (a read timeout of 15 s: the real Neutron on a loaded
# machine takes several seconds for a bulk create), and quick release retries for the reconcile
drill_start_server -Dosn.provider.connect.timeout=2 -Dosn.provider.read.timeout=15 \
  -Dosn.port.release.poll.seconds=2 -Dosn.port.release.first.delay.seconds=2 -Dosn.port.release.max.delay.seconds=10

failed=0
for drill in "${drills[@]}"; do
  case "$drill" in
    kill)
      # SIGKILL to neutron-server's process group (its workers too), then the same start as before
      drill_java org.ovirt.osn.bench.ProviderKillDrill \
        -Ddrill.kill.command="kill -KILL -- -\$(sed -n 's/^neutron-server=//p' '$drill_neutron_home/pids')" \
        -Ddrill.restart.command="NEUTRON_HOME='$drill_neutron_home' NEUTRON_PORT=$drill_neutron_port NEUTRON_AUTH=noauth scripts/neutron.sh start >/dev/null" \
        "$@" || failed=1 ;;
    stall)
      drill_java org.ovirt.osn.bench.StalledProviderDrill -Ddrill.read.timeout=15 -Ddrill.connect.timeout=2 "$@" \
        || failed=1 ;;
  esac
done
faults=$(drill_server_log_faults)
echo "server log: $faults lines naming a deadlock, an exhausted pool or an OutOfMemoryError"
[[ "$faults" == 0 ]] || failed=1
exit $failed
