#!/usr/bin/env bash
# Benchmark of discovery at scale (see scripts/README.md): creates N networks (default 5,000) on the local noauth
# Neutron with bulk POSTs under a unique name prefix, starts the module (./run) on its own port with a capped heap,
# then times discovery through the module's streamed REST (XML and JSON) against raw paginated GETs of the same
# networks (java.net.http, same page size), medians side by side, and samples the server's heap while it runs.
# Deletes the networks again, also when interrupted. Not a test.
#
#   scripts/bench-discovery.sh                       5,000 networks, 7 runs after 2 warm-up rounds
#   BENCH_NETWORKS=1000 BENCH_RUNS=5 scripts/bench-discovery.sh
#   BENCH_PREFIX=bench-disc-… scripts/bench-discovery.sh   reuses the networks an interrupted run left under that
#                                                          prefix, creates only what is missing, deletes them all
#
# Settings (environment): BENCH_NETWORKS (5000), BENCH_RUNS (7), BENCH_WARMUP (2), BENCH_PAGE_SIZE (500, both sides),
# BENCH_XMX (256m: the server's -Xmx), BENCH_HTTP_PORT (8585), BENCH_MANAGEMENT_PORT (10495),
# OSN_NEUTRON_URL (http://127.0.0.1:9696, noauth).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

networks=${BENCH_NETWORKS:-5000}
page_size=${BENCH_PAGE_SIZE:-500}
neutron=${OSN_NEUTRON_URL:-http://127.0.0.1:9696}
port=${BENCH_HTTP_PORT:-8585}
management_port=${BENCH_MANAGEMENT_PORT:-10495}
xmx=${BENCH_XMX:-256m}
prefix=${BENCH_PREFIX:-"bench-disc-$(date +%s)-$RANDOM"}
work=$(mktemp -d "${TMPDIR:-/tmp}/bench-discovery.XXXXXX")
ids="$work/network-ids"
: >"$ids"
password="bench-$RANDOM$RANDOM"
run_pid=""

for tool in curl jq jstat; do
  command -v "$tool" >/dev/null || { echo "needs $tool" >&2; exit 1; }
done
if [[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$neutron/v2.0/networks?limit=1")" != 200 ]]; then
  echo "No noauth Neutron answers at $neutron (scripts/neutron.sh start)" >&2
  exit 1
fi

delete_networks() {
  # what this run recorded, plus anything under its prefix (a bulk POST interrupted before its answer was recorded)
  curl -s --max-time 120 "$neutron/v2.0/networks?fields=id&fields=name" \
    | jq -r --arg p "$prefix-" '.networks[] | select(.name | startswith($p)) | .id' >>"$ids" || true
  local count
  count=$(sort -u "$ids" | grep -c . || true)
  if [[ $count -gt 0 ]]; then
    echo "Deleting the $count networks of this run…"
    # Neutron has no bulk delete of networks: 8 deletes in flight; 404 (already gone) is fine
    sort -u "$ids" | xargs -P 8 -I{} curl -s -o /dev/null --max-time 60 -X DELETE "$neutron/v2.0/networks/{}"
    left=$(curl -s --max-time 120 "$neutron/v2.0/networks?fields=id&fields=name" \
      | jq -r --arg p "$prefix-" '[.networks[] | select(.name | startswith($p))] | length')
    echo "networks of this run left on Neutron: $left"
  fi
}

cleanup() {
  trap - EXIT INT TERM
  if [[ -n "$run_pid" ]] && kill -0 "$run_pid" 2>/dev/null; then
    echo "Stopping the server…"
    # ./run stops its WildFly on TERM; it is the leader of its own process group (setsid)
    kill -TERM -- "-$run_pid" 2>/dev/null || kill -TERM "$run_pid" 2>/dev/null || true
    for _ in $(seq 1 40); do kill -0 "$run_pid" 2>/dev/null || break; sleep 1; done
  fi
  delete_networks
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

curl -s --max-time 120 "$neutron/v2.0/networks?fields=id&fields=name" \
  | jq -r --arg p "$prefix-" '.networks[] | select(.name | startswith($p)) | .id' >"$ids"
existing=$(grep -c . "$ids" || true)
missing=$((networks - existing))
echo "$existing networks named $prefix-… exist; creating $((missing > 0 ? missing : 0)) more on $neutron (bulk POSTs of 500, provider:network_type local)…"
created_start=$(date +%s.%N)
batch="$prefix-$RANDOM"
for ((from = 0; from < missing; from += 500)); do
  to=$((from + 500 < missing ? from + 500 : missing))
  body=$(jq -cn --arg p "$batch" --argjson from "$from" --argjson to "$to" \
    '{networks: [range($from; $to) | {name: ($p + "-" + (. | tostring | ("00000" + .)[-5:])),
      "provider:network_type": "local", admin_state_up: true}]}')
  answer=$(curl -s --max-time 300 -H 'Content-Type: application/json' -d "$body" "$neutron/v2.0/networks")
  echo "$answer" | jq -r '.networks[].id' >>"$ids" 2>/dev/null \
    || { echo "bulk create failed: ${answer:0:300}" >&2; exit 1; }
done
printf 'now %d networks of this run (created in %.1f s)\n' "$(grep -c . "$ids")" \
  "$(echo "$(date +%s.%N) - $created_start" | bc)"
total=$(curl -s "$neutron/v2.0/networks?fields=id" | jq '.networks | length')
echo "Neutron now holds $total networks in all (others' included; both sides discover all of them)"

echo "Building and starting the module on port $port with -Xmx$xmx…"
mvn -B -q -pl restapi-extension -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >/dev/null
OSN_HTTP_PORT=$port OSN_MANAGEMENT_PORT=$management_port OSN_DATA_DIR="$work/data" OSN_ADMIN_PASSWORD=$password \
  JAVA_OPTS="-Xmx$xmx -Dosn.provider.page.size=$page_size -Xlog:gc:file=$work/gc.log" \
  setsid ./run >"$work/run.log" 2>&1 &
run_pid=$!
api="http://127.0.0.1:$port/ovirt-engine/api"
for _ in $(seq 1 300); do
  grep -q "ovirt-osn is running" "$work/run.log" 2>/dev/null && break
  kill -0 "$run_pid" 2>/dev/null || { cat "$work/run.log" >&2; exit 1; }
  sleep 1
done
grep -q "ovirt-osn is running" "$work/run.log" || { echo "the server did not start" >&2; exit 1; }
server=$(pgrep -n -f -- "-Djboss.http.port=$port" || true)
[[ -n "$server" ]] || { echo "cannot find the server's JVM" >&2; exit 1; }

provider=$(curl -s -u "admin@internal:$password" -H 'Content-Type: application/xml' "$api/openstacknetworkproviders" \
  -d "<openstack_network_provider><name>$prefix</name><type>neutron</type><url>$neutron</url><requires_authentication>false</requires_authentication></openstack_network_provider>" \
  | sed -n 's/.*<openstack_network_provider[^>]* id="\([^"]*\)".*/\1/p')
[[ -n "$provider" ]] || { echo "could not add the provider" >&2; exit 1; }

# heap of the server: idle first, then sampled every 100 ms while the benchmark runs
jstat -gc "$server" 100 20 >"$work/heap-idle.txt"
jstat -gc "$server" 100 >"$work/heap-busy.txt" &
jstat_pid=$!
java -Dbench.api="$api" -Dbench.password="$password" -Dbench.provider="$provider" -Dbench.neutron="$neutron" \
  -Dbench.page.size="$page_size" -Dbench.runs="${BENCH_RUNS:-7}" -Dbench.warmup="${BENCH_WARMUP:-2}" \
  -Dbench.expected="$networks" \
  -cp "restapi-extension/target/test-classes:restapi-extension/target/classes:$(cat restapi-extension/target/bench.classpath)" \
  org.ovirt.osn.restapi.bench.DiscoveryBenchmark
kill "$jstat_pid" 2>/dev/null || true
wait "$jstat_pid" 2>/dev/null || true

# used heap = survivor + eden + old (KB columns S0U S1U EU OU of jstat -gc)
heap() {
  awk 'NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i; next }
       $1 ~ /^[0-9.]+$/ { used = $col["S0U"] + $col["S1U"] + $col["EU"] + $col["OU"]; old = $col["OU"];
         if (used > max) max = used; if (old > maxold) maxold = old; if (minold == "" || old < minold) minold = old }
       END { printf "max used %.1f MB, old generation %.1f..%.1f MB", max / 1024, minold / 1024, maxold / 1024 }' "$1"
}
echo
echo "server heap (-Xmx$xmx, jstat every 100 ms): idle: $(heap "$work/heap-idle.txt"); during the runs: $(heap "$work/heap-busy.txt")"
echo "young collections during the runs: $(grep -c 'Pause Young' "$work/gc.log" || true), full: $(grep -c 'Pause Full' "$work/gc.log" || true)"
grep -q 'OutOfMemoryError' "$work/data/wildfly/log/"*.log 2>/dev/null && echo "the server ran out of memory" || echo "no OutOfMemoryError in the server log"
