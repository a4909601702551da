#!/usr/bin/env bash
# Load drill of issue #13 §6 through the module's REST API (see scripts/README.md): reads at 16 connections for 30 s,
# then a write mix (VM start, vNIC unplug, hot-plug, VM stop) at 8 in flight for 60 s against a real noauth Neutron;
# exit code 1 on any error, a deadlock or exhausted pool in the server log, or a vNIC without exactly one port.
#
#   scripts/load.sh
#   scripts/load.sh -Dload.read.seconds=10 -Dload.write.seconds=20   extra arguments: the drill's system properties
#
# Like drill-provider-faults.sh it starts a private noauth Neutron (port 9699) and its own server (./run on port 8980,
# or DRILL_HTTP_PORT; throw-away data folder, embedded H2) and stops both at the end.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
source scripts/lib/drill-server.sh

trap drill_cleanup EXIT
drill_start_neutron
drill_start_server

failed=0
drill_java org.ovirt.osn.bench.LoadDrill "$@" || failed=1
faults=$(drill_server_log_faults)
echo "server log: $faults lines naming a deadlock, an exhausted pool or an OutOfMemoryError"
[[ "$faults" == 0 ]] || failed=1
exit $failed
