#!/usr/bin/env bash
# Benchmark of vNIC provisioning in the VM flows, end to end through the module's REST API, against the local
# keystone-mode Neutron of scripts/neutron.sh: VM runs through the hook next to a raw bulk POST (the floor) and the
# oVirt engine's per-vNIC path, and a mass start next to raw throughput (see scripts/README.md). Not a test.
# With --ovn first, instead a first 4-vNIC start against the emulated ovirt-provider-ovn, started in the benchmark's
# JVM, next to four raw single creates (OvnProvisioningBenchmark); no Neutron is needed then.
# It starts its own server (./run on port 8680 with a throw-away data folder and embedded H2) and stops it again.
# Extra arguments become JVM system properties of the benchmark, e.g. -Dbench.iterations=9 -Dbench.scale.ports=10000
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

benchmark=org.ovirt.osn.bench.ProvisioningBenchmark
if [[ "${1:-}" == --ovn ]]; then
  benchmark=org.ovirt.osn.bench.OvnProvisioningBenchmark
  shift
elif ! NEUTRON_AUTH=keystone scripts/neutron.sh status >/dev/null 2>&1; then
  echo "The keystone-mode Neutron is not running: NEUTRON_AUTH=keystone scripts/neutron.sh start" >&2
  exit 1
fi

port=${BENCH_HTTP_PORT:-8680}
owner=osn-bench-vm
data=$(mktemp -d /tmp/osn-bench-provisioning.XXXXXX)
run_pid=
cleanup() {
  if [[ -n "$run_pid" ]] && kill -0 "$run_pid" 2>/dev/null; then
    kill -TERM "$run_pid" 2>/dev/null || true
    wait "$run_pid" 2>/dev/null || true
  fi
  rm -rf "$data"
}
trap cleanup EXIT

mvn -B -q -pl dal,backend -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test

# its own device owner, so no other engine's reconciler takes the benchmark's ports for orphans (and the reverse)
OSN_HTTP_PORT=$port OSN_MANAGEMENT_PORT=$((port + 1910)) OSN_DATA_DIR="$data" OSN_ADMIN_PASSWORD=bench \
  JAVA_OPTS="-Dosn.port.device.owner=$owner" ./run >"$data.run.log" 2>&1 &
run_pid=$!
for _ in $(seq 1 240); do
  [[ $(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://127.0.0.1:$port/ovirt-engine/api") == 401 ]] \
    && break
  kill -0 "$run_pid" 2>/dev/null || { echo "the server did not start:" >&2; tail -n 30 "$data.run.log" >&2; exit 1; }
  sleep 1
done
echo "server up on port $port (log: $data.run.log)"

java -Dbench.osn.url="http://127.0.0.1:$port/ovirt-engine" -Dbench.osn.device.owner=$owner "$@" \
  -cp "backend/target/test-classes:backend/target/classes:$(cat backend/target/bench.classpath)" \
  "$benchmark"
