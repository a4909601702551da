# Sourced by the drill scripts (drill-provider-faults.sh, load.sh): a private noauth Neutron of their own and a
# ./run server of their own on a throw-away data folder (embedded H2), both stopped again on exit, also on Ctrl-C or
# an error. Never touches the shared Neutron instances on 9696/9697.
#   DRILL_HTTP_PORT (8980; management +1910), DRILL_NEUTRON_HOME (/var/tmp/ovirt-osn-neutron-drill),
#   DRILL_NEUTRON_PORT (9699), DRILL_KEEP_NEUTRON=1 (leave the private Neutron running at the end)

drill_port=${DRILL_HTTP_PORT:-8980}
drill_owner=osn-drill
drill_neutron_home=${DRILL_NEUTRON_HOME:-/var/tmp/ovirt-osn-neutron-drill}
drill_neutron_port=${DRILL_NEUTRON_PORT:-9699}
drill_data=
drill_run_pid=
drill_neutron_started=0

drill_neutron() {
  NEUTRON_HOME="$drill_neutron_home" NEUTRON_PORT="$drill_neutron_port" NEUTRON_AUTH=noauth scripts/neutron.sh "$@"
}

# the pid of the private instance's neutron-server (also its process group), from its pids file
drill_neutron_server_pid() {
  sed -n 's/^neutron-server=//p' "$drill_neutron_home/pids"
}

drill_cleanup() {
  if [[ -n "$drill_run_pid" ]] && kill -0 "$drill_run_pid" 2>/dev/null; then
    kill -TERM "$drill_run_pid" 2>/dev/null || true
    wait "$drill_run_pid" 2>/dev/null || true
  fi
  [[ -n "$drill_data" ]] && rm -rf "$drill_data"
  if [[ "$drill_neutron_started" == 1 && "${DRILL_KEEP_NEUTRON:-}" != 1 ]]; then
    drill_neutron stop >/dev/null 2>&1 || true
  fi
}

drill_start_neutron() {
  drill_neutron start >/dev/null
  drill_neutron_started=1
}

# Compiles the test classes and starts ./run; extra arguments become JVM options of the server.
drill_start_server() {
  mvn -B -q -pl dal,backend -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
  drill_data=$(mktemp -d /tmp/osn-drill.XXXXXX)
  # its own device owner, so no other engine's reconciler takes the drill's ports for orphans (and the reverse)
  OSN_HTTP_PORT=$drill_port OSN_MANAGEMENT_PORT=$((drill_port + 1910)) OSN_DATA_DIR="$drill_data/data" \
    OSN_ADMIN_PASSWORD=bench JAVA_OPTS="-Dosn.port.device.owner=$drill_owner $*" ./run >"$drill_data/run.log" 2>&1 &
  drill_run_pid=$!
  for _ in $(seq 1 300); do
    [[ $(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://127.0.0.1:$drill_port/ovirt-engine/api") == 401 ]] \
      && { echo "server up on port $drill_port (log: $drill_data/run.log)"; return 0; }
    kill -0 "$drill_run_pid" 2>/dev/null || { echo "the server did not start:" >&2; tail -n 30 "$drill_data/run.log" >&2; return 1; }
    sleep 1
  done
  echo "the server did not answer within 300 s" >&2
  return 1
}

# Runs a drill class of backend's test sources; extra arguments are its system properties.
drill_java() {
  local main=$1
  shift
  java -Dbench.osn.url="http://127.0.0.1:$drill_port/ovirt-engine" -Dbench.osn.device.owner=$drill_owner \
    -Ddrill.neutron.url="http://127.0.0.1:$drill_neutron_port" "$@" \
    -cp "backend/target/test-classes:backend/target/classes:$(cat backend/target/bench.classpath)" "$main"
}

# Errors in the server log that say a drill went wrong inside the server (a deadlock, an exhausted pool)
drill_server_log_faults() {
  grep -c -i -E 'deadlock|pool .*exhausted|RejectedExecution|OutOfMemoryError' "$drill_data/data/wildfly/log/server.log" \
    2>/dev/null || true
}
