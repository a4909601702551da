#!/usr/bin/env bash
# Benchmark of the provider proxy against the local keystone-mode Neutron of scripts/neutron.sh: port creates through
# the proxy, a raw java.net.http client and an oVirt-style path, side by side (see scripts/README.md).
# Not a test. Extra arguments become JVM system properties, e.g. scripts/bench-provider.sh -Dbench.iterations=15
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

if ! NEUTRON_AUTH=keystone scripts/neutron.sh status >/dev/null 2>&1; then
  echo "The keystone-mode Neutron is not running: NEUTRON_AUTH=keystone scripts/neutron.sh start" >&2
  exit 1
fi

mvn -B -q -pl dal,backend test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
exec java "$@" -cp "backend/target/test-classes:backend/target/classes:$(cat backend/target/bench.classpath)" \
  org.ovirt.osn.bench.ProviderBenchmark
