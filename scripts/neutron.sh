#!/usr/bin/env bash
# neutron.sh - a real OpenStack Neutron server (Debian package), optionally behind a
# real Keystone, on loopback only, for ovirt-osn development and integration tests.
#
#   scripts/neutron.sh start|stop|status|env
#
# Env knobs (see scripts/README.md): NEUTRON_AUTH=noauth|keystone, NEUTRON_HOME,
# NEUTRON_PORT, KEYSTONE_PORT, NEUTRON_MECH_DRIVERS, NEUTRON_RESET_DB=1,
# NEUTRON_API_WORKERS, NEUTRON_DEBUG=1, NEUTRON_START_TIMEOUT,
# NEUTRON_TRANSPORT=fake|rabbit, NEUTRON_RABBIT, NEUTRON_AGENT_DOWN_TIME, NEUTRON_SERVICE_PLUGINS.
#
# Every instance (one per NEUTRON_HOME) owns a private PostgreSQL cluster that only
# listens on a unix socket inside its home, so a noauth and a keystone instance can run
# side by side without touching each other or the machine's own PostgreSQL.
set -euo pipefail

# The PATH of this machine starts with pyenv shims whose python3 lacks the OpenStack
# libraries; the Debian tools must run with the system interpreter.
export PATH=/usr/sbin:/usr/bin:/sbin:/bin
unset PYTHONPATH PYTHONHOME
# Everything talks to 127.0.0.1: a proxy configured for apt must never see that traffic.
export no_proxy="127.0.0.1,localhost${no_proxy:+,$no_proxy}" NO_PROXY="127.0.0.1,localhost${NO_PROXY:+,$NO_PROXY}"

readonly SYS_PYTHON=/usr/bin/python3
readonly PG_BIN=/usr/lib/postgresql/15/bin
readonly APT_LOCK=/var/lock/ovirt-osn-neutron-apt.lock

# Fixed test credentials. They only protect services bound to 127.0.0.1.
readonly KS_ADMIN_USER=admin KS_ADMIN_PASSWORD=admin KS_ADMIN_PROJECT=admin
readonly OVIRT_USER=ovirt OVIRT_PASSWORD=ovirt-secret OVIRT_PROJECT=service
readonly KS_DOMAIN=Default KS_REGION=RegionOne

NEUTRON_AUTH=${NEUTRON_AUTH:-noauth}
case "$NEUTRON_AUTH" in
    noauth) default_port=9696 ;;
    keystone) default_port=9697 ;;   # so that both modes can run at the same time
    *) echo "neutron.sh: NEUTRON_AUTH must be noauth or keystone (got '$NEUTRON_AUTH')" >&2; exit 2 ;;
esac
NEUTRON_HOME=${NEUTRON_HOME:-/var/tmp/ovirt-osn-neutron-$NEUTRON_AUTH}
NEUTRON_PORT=${NEUTRON_PORT:-$default_port}
KEYSTONE_PORT=${KEYSTONE_PORT:-5000}
# "-" not ":-": an explicitly empty value means "no mechanism driver".
NEUTRON_MECH_DRIVERS=${NEUTRON_MECH_DRIVERS-fakebind}
NEUTRON_RESET_DB=${NEUTRON_RESET_DB:-0}
NEUTRON_API_WORKERS=${NEUTRON_API_WORKERS:-1}
NEUTRON_DEBUG=${NEUTRON_DEBUG:-0}
NEUTRON_START_TIMEOUT=${NEUTRON_START_TIMEOUT:-120}
# fake: in-process RPC, no agents. rabbit: RPC over the machine's RabbitMQ, in a vhost of
# this instance's own, so that agents (scripts/neutron-agent.py) can report to it.
NEUTRON_TRANSPORT=${NEUTRON_TRANSPORT:-fake}
case "$NEUTRON_TRANSPORT" in
    fake | rabbit) ;;
    *) echo "neutron.sh: NEUTRON_TRANSPORT must be fake or rabbit (got '$NEUTRON_TRANSPORT')" >&2; exit 2 ;;
esac
NEUTRON_RABBIT=${NEUTRON_RABBIT:-guest:guest@127.0.0.1:5672}
NEUTRON_AGENT_DOWN_TIME=${NEUTRON_AGENT_DOWN_TIME:-75}
# e.g. "router,segments" for routed networks (GET /v2.0/segments)
NEUTRON_SERVICE_PLUGINS=${NEUTRON_SERVICE_PLUGINS:-router}

H=$NEUTRON_HOME
NEUTRON_URL="http://127.0.0.1:$NEUTRON_PORT"
KEYSTONE_URL="http://127.0.0.1:$KEYSTONE_PORT/v3"
PIDS_FILE="$H/pids"
PG_DATA="$H/pg/data"
PG_SOCK="$H/pg/sock"
STATE="$H/state"
RABBIT_VHOST="osn-neutron-$NEUTRON_PORT"
if [[ $NEUTRON_TRANSPORT == rabbit ]]; then
    TRANSPORT_URL="rabbit://$NEUTRON_RABBIT/$RABBIT_VHOST"
else
    TRANSPORT_URL="fake://"
fi

CREATED_POLICY_RC=0

# ---------------------------------------------------------------------------- output

say() { printf '%s\n' "$*"; }
warn() { printf 'neutron.sh: %s\n' "$*" >&2; }
die() { printf 'neutron.sh: ERROR: %s\n' "$*" >&2; exit 1; }

# Seconds since $1 (an $EPOCHREALTIME value), one decimal.
elapsed() {
    local start=${1/./} now=${EPOCHREALTIME/./}
    local ds=$(((now - start) / 100000))
    printf '%d.%d' $((ds / 10)) $((ds % 10))
}

show_log_tail() {
    local f
    for f in "$@"; do
        [[ -s $f ]] || continue
        printf -- '--- last lines of %s ---\n' "$f" >&2
        tail -n 25 "$f" >&2
    done
}

on_exit() {
    # Only remove a policy-rc.d we created, never the image's own one.
    if [[ $CREATED_POLICY_RC == 1 ]]; then
        rm -f /usr/sbin/policy-rc.d
    fi
}
trap on_exit EXIT

# ---------------------------------------------------------------------------- pids file
# "key=value" lines; rewritten atomically so a concurrent status never reads half a file.

pids_get() {
    [[ -f $PIDS_FILE ]] || return 0
    sed -n "s/^$1=//p" "$PIDS_FILE" | tail -n 1
}

pids_set() {
    local tmp
    tmp=$(mktemp "$H/.pids.XXXXXX")
    {
        if [[ -f $PIDS_FILE ]]; then grep -v "^$1=" "$PIDS_FILE" || true; fi
        printf '%s=%s\n' "$1" "$2"
    } >"$tmp"
    chmod 644 "$tmp"
    mv "$tmp" "$PIDS_FILE"
}

pids_del() {
    [[ -f $PIDS_FILE ]] || return 0
    local tmp
    tmp=$(mktemp "$H/.pids.XXXXXX")
    grep -v "^$1=" "$PIDS_FILE" >"$tmp" || true
    chmod 644 "$tmp"
    mv "$tmp" "$PIDS_FILE"
}

# ---------------------------------------------------------------------------- processes

# kill -0 also succeeds on zombies (our daemons are reparented to PID 1, which reaps
# late), so liveness is read from the state field of /proc/PID/stat.
proc_alive() {
    local line rest state
    [[ $1 =~ ^[0-9]+$ ]] || return 1
    read -r line 2>/dev/null <"/proc/$1/stat" || return 1
    rest=${line##*) }
    state=${rest%% *}
    [[ $state != Z && $state != X ]]
}

# PIDs of the non-zombie processes in process group $1 (workers can outlive the
# parent, and they are what holds the port).
group_members() {
    local f line rest state pgrp _
    for f in /proc/[0-9]*/stat; do
        read -r line 2>/dev/null <"$f" || continue
        rest=${line##*) }
        read -r state _ pgrp _ <<<"$rest"
        if [[ $pgrp == "$1" && $state != Z && $state != X ]]; then
            f=${f#/proc/}
            printf '%s\n' "${f%/stat}"
        fi
    done
}

group_alive() {
    [[ -n $(group_members "$1") ]]
}

cmdline_of() {
    tr '\0' ' ' <"/proc/$1/cmdline" 2>/dev/null || true
}

# The recorded PID is only trusted if the process still looks like what we started
# there: PIDs get reused, and we must never signal somebody else's process.
pid_is() {
    local pid=$1 what=$2 cmd
    proc_alive "$pid" || return 1
    cmd=$(cmdline_of "$pid")
    case "$what" in
        neutron-server) [[ $cmd == *neutron-server* && $cmd == *"$H/etc/neutron.conf"* ]] ;;
        keystone) [[ $cmd == *uwsgi* && $cmd == *keystone-wsgi-public* && $cmd == *"$H/keystone/etc"* ]] ;;
        postgres) [[ $cmd == *postgres* && $cmd == *"$PG_DATA"* ]] ;;
        *) return 1 ;;
    esac
}

# Echoes the recorded PID (= process group) of service $1 if that process is alive
# and ours.
running_pid() {
    local pid
    pid=$(pids_get "$1")
    if [[ -n $pid ]] && pid_is "$pid" "$1"; then
        printf '%s\n' "$pid"
    fi
}

# Like running_pid, but also when only some members of the recorded group survive
# (leader killed): those still hold the port and must be cleaned up.
recorded_group() {
    local pid member
    pid=$(pids_get "$1")
    [[ -n $pid ]] || return 0
    for member in $(group_members "$pid"); do
        if pid_is "$member" "$1"; then
            printf '%s\n' "$pid"
            return 0
        fi
    done
}

# Starts "$@" in a new session (so its PID is also its process-group id, and it survives
# the caller's terminal/job), records the PID immediately, and echoes it.
spawn() {
    local name=$1 log=$2 pidf
    shift 2
    pidf="$STATE/$name.pid"
    rm -f "$pidf" "$pidf.tmp"
    # The child writes its own PID: with job control setsid would fork and $! would lie.
    # fds 8/9 are our flock fds; a daemon inheriting them would hold the lock forever.
    # shellcheck disable=SC2016
    setsid bash -c 'echo $$ >"$0.tmp" && mv "$0.tmp" "$0" && exec "$@"' "$pidf" "$@" \
        </dev/null >>"$log" 2>&1 8>&- 9>&- &
    local i
    for ((i = 0; i < 100; i++)); do
        [[ -s $pidf ]] && break
        sleep 0.05
    done
    [[ -s $pidf ]] || die "$name did not start (see $log)"
    local pid
    pid=$(<"$pidf")
    pids_set "$name" "$pid"
    printf '%s\n' "$pid"
}

# SIGTERM to the whole process group, wait, then SIGKILL.
stop_group() {
    local name=$1 pid=$2 i
    kill -TERM -- "-$pid" 2>/dev/null || true
    for ((i = 0; i < 150; i++)); do
        group_alive "$pid" || return 0
        sleep 0.1
    done
    warn "$name (pgid $pid) ignored SIGTERM for 15 s, sending SIGKILL"
    kill -KILL -- "-$pid" 2>/dev/null || true
    for ((i = 0; i < 50; i++)); do
        group_alive "$pid" || return 0
        sleep 0.1
    done
    warn "$name (pgid $pid) still has live processes"
    return 1
}

# Stops the recorded service $1 if it is ours; forgets stale records.
stop_service() {
    local name=$1 pid
    pid=$(pids_get "$name")
    [[ -n $pid ]] || return 1
    if [[ -n $(recorded_group "$name") ]]; then
        stop_group "$name" "$pid" || true
        pids_del "$name"
        say "stopped $name (pid $pid)"
        return 0
    fi
    if proc_alive "$pid"; then
        warn "recorded $name pid $pid is now another program; not touching it"
    fi
    pids_del "$name"
    return 1
}

port_busy() {
    [[ -n $(ss -Hltn "( sport = :$1 )" 2>/dev/null) ]]
}

http_code() { # URL [curl args...]
    local url=$1
    shift
    curl -s --noproxy '*' -o /dev/null -w '%{http_code}' --max-time 15 "$@" "$url" 2>/dev/null || true
}

# ---------------------------------------------------------------------------- home

prepare_home() {
    [[ $H == /* ]] || die "NEUTRON_HOME must be an absolute path (got '$H')"
    [[ $H == /root || $H == /root/* ]] && die "NEUTRON_HOME must not be under /root: PostgreSQL runs as user postgres"
    mkdir -p "$H" "$H/etc" "$STATE" "$H/plugin"
    runuser -u postgres -- test -x "$H" ||
        die "user postgres cannot enter $H (every parent folder needs o+x)"
    # unix socket paths are limited to 107 bytes
    ((${#PG_SOCK} + 20 < 107)) || die "NEUTRON_HOME is too long for a PostgreSQL unix socket path"
    cd "$H"
}

lock_home() {
    exec 9>"$H/.lock"
    flock -w 600 9 || die "another neutron.sh is working on $H for 10 minutes"
}

# ---------------------------------------------------------------------------- packages

pkg_installed() {
    [[ $(dpkg-query -W -f='${db:Status-Status}' "$1" 2>/dev/null) == installed ]]
}

missing_packages() {
    local p
    local want=(neutron-server curl iproute2)
    [[ $NEUTRON_AUTH == keystone ]] && want+=(keystone)
    [[ -x $PG_BIN/initdb ]] || want+=(postgresql-15)
    for p in "${want[@]}"; do
        pkg_installed "$p" || printf '%s\n' "$p"
    done
}

ensure_packages() {
    local missing
    mapfile -t missing < <(missing_packages)
    ((${#missing[@]})) || return 0

    # Two instances may be started in parallel; dpkg allows a single writer.
    exec 8>"$APT_LOCK"
    flock -w 1200 8 || die "waited 20 min for $APT_LOCK"
    mapfile -t missing < <(missing_packages)
    if ((${#missing[@]} == 0)); then
        exec 8>&-
        return 0
    fi

    local t0=$EPOCHREALTIME log="$H/install.log"
    say "installing ${missing[*]} (log: $log) ..."
    # All these questions default to "no" anyway; preseeding makes that explicit and
    # keeps dbconfig-common away from the machine's PostgreSQL.
    debconf-set-selections <<'EOF'
neutron-common neutron/configure_db boolean false
neutron-common neutron/configure_rabbit boolean false
neutron-common neutron/configure_ksat boolean false
neutron-common neutron/configure_nova boolean false
neutron-api neutron/configure_api-endpoint boolean false
keystone keystone/configure_db boolean false
keystone keystone/create-admin-tenant boolean false
keystone keystone/register-endpoint boolean false
EOF
    # Maintainer scripts would start neutron-api/keystone system services on their
    # default ports; policy-rc.d exit 101 forbids that.
    if [[ ! -e /usr/sbin/policy-rc.d ]]; then
        printf '#!/bin/sh\n# temporary, created by ovirt-osn scripts/neutron.sh\nexit 101\n' >/usr/sbin/policy-rc.d
        chmod 755 /usr/sbin/policy-rc.d
        CREATED_POLICY_RC=1
    fi

    local apt=(env DEBIAN_FRONTEND=noninteractive apt-get -y -q --no-install-recommends
        -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold
        -o DPkg::Lock::Timeout=600)
    local p need_update=0
    for p in "${missing[@]}"; do
        if ! apt-cache show "$p" >/dev/null 2>&1; then need_update=1; fi
    done
    if ((need_update)); then
        say "  package lists lack ${missing[*]}: apt-get update"
        "${apt[@]}" update >>"$log" 2>&1 || { show_log_tail "$log"; die "apt-get update failed"; }
    fi
    if ! "${apt[@]}" install "${missing[@]}" >>"$log" 2>&1; then
        # Usually stale package lists (404 on an old .deb version).
        say "  install failed, retrying after apt-get update"
        "${apt[@]}" update >>"$log" 2>&1 || { show_log_tail "$log"; die "apt-get update failed"; }
        "${apt[@]}" install "${missing[@]}" >>"$log" 2>&1 || { show_log_tail "$log"; die "apt-get install ${missing[*]} failed"; }
    fi
    if [[ $CREATED_POLICY_RC == 1 ]]; then
        rm -f /usr/sbin/policy-rc.d
        CREATED_POLICY_RC=0
    fi
    exec 8>&-
    say "installed ${missing[*]} in $(elapsed "$t0") s"
}

# ---------------------------------------------------------------------------- config files

# Replaces $1 with stdin only when the content differs, so unchanged files keep their
# mtime (stevedore's entry-point cache keys on mtimes).
put_file() {
    local dest=$1 mode=${2:-644} tmp
    tmp=$(mktemp "$dest.XXXXXX")
    cat >"$tmp"
    if cmp -s "$tmp" "$dest"; then
        rm -f "$tmp"
    else
        chmod "$mode" "$tmp"
        mv "$tmp" "$dest"
    fi
}

write_fakebind_plugin() {
    mkdir -p "$H/plugin/neutron_fakebind" "$H/plugin/neutron_fakebind-0.1.dist-info"
    put_file "$H/plugin/neutron_fakebind/__init__.py" <<'EOF'
"""ML2 mechanism driver for ovirt-osn tests: binds ports without any agent.

Real drivers (openvswitch, ovn) only bind when a live agent/OVN reports the host; the
tests have neither. This driver accepts any host: the port gets vif_type 'ovs' and
status ACTIVE, like a port plugged by a healthy OVS agent. Hosts named 'fail-*' are
refused so that tests can produce binding_failed on purpose. Ports without
binding:host_id stay unbound and DOWN.
"""
from neutron_lib.api.definitions import portbindings
from neutron_lib import constants
from neutron_lib.plugins.ml2 import api

REFUSED_HOST_PREFIX = 'fail-'


class FakeBindMechanismDriver(api.MechanismDriver):

    def initialize(self):
        pass

    @property
    def connectivity(self):
        return portbindings.CONNECTIVITY_L2

    def bind_port(self, context):
        host = context.host or ''
        if not host or host.startswith(REFUSED_HOST_PREFIX):
            return
        segments = context.segments_to_bind
        if not segments:
            return
        details = {portbindings.CAP_PORT_FILTER: True,
                   portbindings.OVS_HYBRID_PLUG: False}
        context.set_binding(segments[0][api.ID], portbindings.VIF_TYPE_OVS,
                            details, status=constants.PORT_STATUS_ACTIVE)
EOF
    # A dist-info folder on PYTHONPATH is all stevedore needs to find the entry point:
    # no pip, nothing installed into the system.
    put_file "$H/plugin/neutron_fakebind-0.1.dist-info/METADATA" <<'EOF'
Metadata-Version: 2.1
Name: neutron-fakebind
Version: 0.1
Summary: ovirt-osn test-only ML2 mechanism driver
EOF
    put_file "$H/plugin/neutron_fakebind-0.1.dist-info/entry_points.txt" <<'EOF'
[neutron.ml2.mechanism_drivers]
fakebind = neutron_fakebind:FakeBindMechanismDriver
EOF
}

# The fake lines are exactly what every instance had before the rabbit transport existed, so
# that an instance started before keeps its signature and is not restarted for it.
transport_conf() {
    if [[ $NEUTRON_TRANSPORT == fake ]]; then
        cat <<EOF
# neutron forces at least one RPC worker; the fake:// transport keeps it in-process
# (no RabbitMQ, no agents)
rpc_workers = 1
rpc_state_report_workers = 0
transport_url = fake://
EOF
    else
        cat <<EOF
# RPC over RabbitMQ, vhost $RABBIT_VHOST of this instance only; the RPC worker also
# consumes the agents' state reports (rpc_state_report_workers = 0)
rpc_workers = 1
rpc_state_report_workers = 0
transport_url = $TRANSPORT_URL
# an agent that has not reported for this long is dead (Neutron's default: 75)
agent_down_time = $NEUTRON_AGENT_DOWN_TIME
EOF
    fi
}

# The vhost, and the user's rights in it, for the rabbit transport (idempotent).
rabbit_ensure_vhost() {
    [[ $NEUTRON_TRANSPORT == rabbit ]] || return 0
    command -v rabbitmqctl >/dev/null || die "NEUTRON_TRANSPORT=rabbit needs RabbitMQ's rabbitmqctl on this machine"
    local user=${NEUTRON_RABBIT%%:*}
    if ! rabbitmqctl -q list_vhosts 2>/dev/null | grep -qx "$RABBIT_VHOST"; then
        rabbitmqctl -q add_vhost "$RABBIT_VHOST" >/dev/null || die "cannot add RabbitMQ vhost $RABBIT_VHOST"
    fi
    rabbitmqctl -q set_permissions -p "$RABBIT_VHOST" "$user" '.*' '.*' '.*' >/dev/null ||
        die "cannot give $user the RabbitMQ vhost $RABBIT_VHOST"
}

write_neutron_conf() {
    local debug=false
    [[ $NEUTRON_DEBUG == 1 ]] && debug=true
    put_file "$H/etc/neutron.conf" <<EOF
# generated by scripts/neutron.sh - edits are overwritten on start
[DEFAULT]
bind_host = 127.0.0.1
bind_port = $NEUTRON_PORT
auth_strategy = noauth
core_plugin = ml2
service_plugins = $NEUTRON_SERVICE_PLUGINS
api_paste_config = /etc/neutron/api-paste.ini
api_workers = $NEUTRON_API_WORKERS
$(transport_conf)
notify_nova_on_port_status_changes = false
notify_nova_on_port_data_changes = false
dhcp_agent_notification = false
allow_overlapping_ips = true
state_path = $STATE
log_dir = $H
log_file = neutron-server.log
debug = $debug

[database]
connection = postgresql+psycopg2://neutron:neutron@/neutron?host=$PG_SOCK

[oslo_concurrency]
lock_path = $STATE/lock

[oslo_policy]
policy_dirs = /etc/neutron/policy.d

# default quotas (100 networks, 500 ports) would break long test runs
[quotas]
quota_network = -1
quota_subnet = -1
quota_port = -1
quota_router = -1
quota_floatingip = -1
quota_security_group = -1
quota_security_group_rule = -1
EOF

    put_file "$H/etc/ml2_conf.ini" <<EOF
# generated by scripts/neutron.sh
[ml2]
type_drivers = local,flat,vlan,vxlan,geneve
tenant_network_types = vxlan
mechanism_drivers = $NEUTRON_MECH_DRIVERS
extension_drivers = port_security

[ml2_type_flat]
flat_networks = *

[ml2_type_vlan]
network_vlan_ranges = physnet1:100:200,physnet2

[ml2_type_vxlan]
vni_ranges = 1:1000

[ml2_type_geneve]
vni_ranges = 1:1000

[securitygroup]
enable_security_group = true
firewall_driver = noop
EOF

    if [[ $NEUTRON_AUTH == keystone ]]; then
        put_file "$H/etc/neutron-keystone.conf" 600 <<EOF
# generated by scripts/neutron.sh (keystone mode only)
[DEFAULT]
auth_strategy = keystone

[keystone_authtoken]
www_authenticate_uri = http://127.0.0.1:$KEYSTONE_PORT
auth_url = http://127.0.0.1:$KEYSTONE_PORT
auth_type = password
project_domain_name = $KS_DOMAIN
user_domain_name = $KS_DOMAIN
project_name = service
username = neutron
password = neutron
region_name = $KS_REGION
service_token_roles_required = true
token_cache_time = 300
EOF
    else
        rm -f "$H/etc/neutron-keystone.conf"
    fi
}

neutron_config_args() {
    local args=(--config-file "$H/etc/neutron.conf" --config-file "$H/etc/ml2_conf.ini")
    [[ $NEUTRON_AUTH == keystone ]] && args+=(--config-file "$H/etc/neutron-keystone.conf")
    printf '%s\n' "${args[@]}"
}

write_keystone_conf() {
    local debug=false
    [[ $NEUTRON_DEBUG == 1 ]] && debug=true
    mkdir -p "$H/keystone/etc" "$H/keystone/fernet-keys" "$H/keystone/credential-keys"
    chmod 700 "$H/keystone/fernet-keys" "$H/keystone/credential-keys"
    put_file "$H/keystone/etc/keystone.conf" <<EOF
# generated by scripts/neutron.sh
[DEFAULT]
log_dir = $H
log_file = keystone.log
debug = $debug

[database]
connection = postgresql+psycopg2://keystone:keystone@/keystone?host=$PG_SOCK

[token]
provider = fernet
expiration = 86400

[fernet_tokens]
key_repository = $H/keystone/fernet-keys

[fernet_receipts]
key_repository = $H/keystone/fernet-keys

[credential]
key_repository = $H/keystone/credential-keys

# Without a cache every token validation rebuilds the token from the DB (~0.5 s per
# authenticated call on 2 cores; 0.015 s with it). A memory cache is only coherent
# inside one process, hence uwsgi runs a single process with threads.
[cache]
enabled = true
backend = dogpile.cache.memory

[identity]
# bcrypt cost 4 instead of 12: each password authentication gets much cheaper
password_hash_rounds = 4
EOF
    write_keystone_setup_helper
}

# Idempotent creation of the test projects/users/roles/catalog through Keystone's REST
# API (stdlib only; one process instead of a dozen slow openstack CLI calls).
write_keystone_setup_helper() {
    mkdir -p "$H/bin"
    put_file "$H/bin/keystone_setup.py" 755 <<'EOF'
#!/usr/bin/python3
"""Create (or repair) the Keystone objects the ovirt-osn tests expect. Idempotent."""
import json
import os
import sys
import urllib.error
import urllib.request

KS = os.environ['KS_URL'].rstrip('/')            # http://127.0.0.1:5000/v3
NEUTRON_URL = os.environ['NEUTRON_URL']
REGION = os.environ.get('KS_REGION', 'RegionOne')
ADMIN = (os.environ['KS_ADMIN_USER'], os.environ['KS_ADMIN_PASSWORD'],
         os.environ['KS_ADMIN_PROJECT'])
OVIRT = (os.environ['OVIRT_USER'], os.environ['OVIRT_PASSWORD'],
         os.environ['OVIRT_PROJECT'])
DOMAIN = 'default'

PROJECTS = ['service', 'demo']
ROLES = ['admin', 'member', 'reader', 'service']
# user, password, project, roles on that project
USERS = [
    ('neutron', 'neutron', 'service', ['admin', 'service']),
    ('demo', 'demo', 'demo', ['member']),
    (OVIRT[0], OVIRT[1], OVIRT[2], ['admin']),
]

OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def call(method, path, body=None, token=None, expect=(200, 201, 204)):
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(KS + path, data=data, method=method)
    req.add_header('Content-Type', 'application/json')
    if token:
        req.add_header('X-Auth-Token', token)
    try:
        with OPENER.open(req, timeout=30) as resp:
            raw = resp.read()
            status, headers = resp.status, resp.headers
    except urllib.error.HTTPError as e:
        raw, status, headers = e.read(), e.code, e.headers
    if status not in expect:
        raise SystemExit('%s %s -> HTTP %s: %s' % (method, path, status, raw[:300]))
    return status, headers, (json.loads(raw) if raw else {})


def password_auth(user, password, project=None):
    ident = {'methods': ['password'],
             'password': {'user': {'name': user, 'domain': {'id': DOMAIN},
                                   'password': password}}}
    auth = {'identity': ident}
    if project:
        auth['scope'] = {'project': {'name': project, 'domain': {'id': DOMAIN}}}
    status, headers, _ = call('POST', '/auth/tokens', {'auth': auth},
                              expect=(201, 401))
    return headers.get('X-Subject-Token') if status == 201 else None


def find(tok, collection, **query):
    qs = '&'.join('%s=%s' % kv for kv in sorted(query.items()))
    _, _, body = call('GET', '/%s?%s' % (collection, qs), token=tok)
    items = body.get(collection, [])
    return items[0] if items else None


def ensure(tok, collection, singular, query, create_body):
    item = find(tok, collection, **query)
    if item:
        return item
    _, _, body = call('POST', '/' + collection, {singular: create_body}, token=tok)
    print('created %s %s' % (singular, body[singular].get('name', body[singular]['id'])))
    return body[singular]


def main():
    tok = password_auth(*ADMIN)
    if not tok:
        raise SystemExit('cannot authenticate as the bootstrap admin')
    projects = {name: ensure(tok, 'projects', 'project',
                             {'name': name, 'domain_id': DOMAIN},
                             {'name': name, 'domain_id': DOMAIN,
                              'description': 'ovirt-osn test project'})
                for name in PROJECTS}
    roles = {name: ensure(tok, 'roles', 'role', {'name': name}, {'name': name})
             for name in ROLES}
    for name, password, project, user_roles in USERS:
        user = ensure(tok, 'users', 'user', {'name': name, 'domain_id': DOMAIN},
                      {'name': name, 'domain_id': DOMAIN, 'password': password,
                       'default_project_id': projects[project]['id'],
                       'enabled': True})
        # Repair a changed password without touching a correct one (a password
        # change would revoke the user's existing tokens).
        if not password_auth(name, password):
            call('PATCH', '/users/' + user['id'],
                 {'user': {'password': password, 'enabled': True}}, token=tok)
            print('reset password of user %s' % name)
        for role in user_roles:
            call('PUT', '/projects/%s/users/%s/roles/%s'
                 % (projects[project]['id'], user['id'], roles[role]['id']), token=tok)

    service = ensure(tok, 'services', 'service', {'type': 'network'},
                     {'type': 'network', 'name': 'neutron',
                      'description': 'OpenStack Networking (ovirt-osn test)'})
    identity = find(tok, 'services', type='identity')
    wanted = [(service, NEUTRON_URL)]
    if identity:
        wanted.append((identity, KS))
    for svc, url in wanted:
        for interface in ('public', 'internal', 'admin'):
            ep = find(tok, 'endpoints', service_id=svc['id'], interface=interface)
            if ep is None:
                call('POST', '/endpoints',
                     {'endpoint': {'service_id': svc['id'], 'interface': interface,
                                   'url': url, 'region_id': REGION, 'enabled': True}},
                     token=tok)
                print('created %s endpoint %s %s' % (svc['type'], interface, url))
            elif ep['url'].rstrip('/') != url.rstrip('/'):
                call('PATCH', '/endpoints/' + ep['id'],
                     {'endpoint': {'url': url}}, token=tok)
                print('updated %s endpoint %s -> %s' % (svc['type'], interface, url))

    if not password_auth(*OVIRT):
        raise SystemExit('user %s cannot get a token for project %s' % (OVIRT[0], OVIRT[2]))
    print('keystone setup OK')


if __name__ == '__main__':
    sys.exit(main())
EOF
}

write_configs() {
    write_fakebind_plugin
    write_neutron_conf
    if [[ $NEUTRON_AUTH == keystone ]]; then
        write_keystone_conf
    fi
}

# A service is only restarted when what it was started with changed.
neutron_signature() {
    {
        printf 'port=%s auth=%s\n' "$NEUTRON_PORT" "$NEUTRON_AUTH"
        cat "$H/etc/neutron.conf" "$H/etc/ml2_conf.ini" "$H/plugin/neutron_fakebind/__init__.py" \
            "$H/plugin/neutron_fakebind-0.1.dist-info/entry_points.txt"
        [[ $NEUTRON_AUTH != keystone ]] || cat "$H/etc/neutron-keystone.conf"
    } | sha256sum | cut -c1-16
}

keystone_signature() {
    {
        printf 'port=%s neutron=%s\n' "$KEYSTONE_PORT" "$NEUTRON_URL"
        keystone_command
        cat "$H/keystone/etc/keystone.conf" "$H/bin/keystone_setup.py"
    } | sha256sum | cut -c1-16
}

# ---------------------------------------------------------------------------- PostgreSQL

pg_ctl_as_postgres() {
    # fds 8/9 closed: the postmaster would otherwise keep our flock forever.
    runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DATA" "$@" 8>&- 9>&-
}

psql_admin() { # [-d DB] psql args...
    local db=postgres
    if [[ ${1:-} == -d ]]; then
        db=$2
        shift 2
    fi
    runuser -u postgres -- "$PG_BIN/psql" -h "$PG_SOCK" -U postgres -d "$db" \
        -v ON_ERROR_STOP=1 -qAt "$@"
}

pg_running_pid() {
    local pid
    [[ -f $PG_DATA/postmaster.pid ]] || return 0
    read -r pid <"$PG_DATA/postmaster.pid" || return 0
    if pid_is "$pid" postgres; then
        printf '%s\n' "$pid"
    fi
}

pg_ensure_running() {
    local log="$H/postgres.log"
    mkdir -p "$H/pg" "$PG_SOCK"
    chown postgres:postgres "$H/pg" "$PG_SOCK"
    # trust auth is safe only because nobody but postgres and root can reach the socket
    chmod 700 "$H/pg" "$PG_SOCK"
    touch "$log"
    chown postgres:postgres "$log"
    if [[ ! -f $PG_DATA/PG_VERSION ]]; then
        say "initdb private PostgreSQL cluster in $PG_DATA"
        runuser -u postgres -- "$PG_BIN/initdb" -D "$PG_DATA" -A trust -U postgres \
            -E UTF8 --no-locale >>"$log" 2>&1 || { show_log_tail "$log"; die "initdb failed"; }
        echo "include_if_exists = 'ovirt-osn.conf'" >>"$PG_DATA/postgresql.conf"
    fi
    # No TCP at all (the machine's own cluster owns 127.0.0.1:5432); durability is
    # pointless for throw-away test data, and fsync off makes migrations much faster.
    runuser -u postgres -- tee "$PG_DATA/ovirt-osn.conf" >/dev/null <<EOF
listen_addresses = ''
unix_socket_directories = '$PG_SOCK'
port = 5432
max_connections = 200
fsync = off
synchronous_commit = off
full_page_writes = off
log_min_messages = warning
EOF
    local pid
    pid=$(pg_running_pid)
    if [[ -z $pid ]]; then
        pg_ctl_as_postgres -l "$log" -w -t 60 start >>"$H/pg_ctl.log" 2>&1 ||
            { show_log_tail "$H/pg_ctl.log" "$log"; die "PostgreSQL did not start"; }
        pid=$(pg_running_pid)
        [[ -n $pid ]] || die "PostgreSQL started but $PG_DATA/postmaster.pid is not usable"
        say "postgres started (pid $pid, socket $PG_SOCK)"
    fi
    pids_set postgres "$pid"
}

pg_ensure_db() { # name (role and password are the same)
    local name=$1
    if [[ -z $(psql_admin -c "SELECT 1 FROM pg_roles WHERE rolname = '$name'") ]]; then
        psql_admin -c "CREATE ROLE $name LOGIN PASSWORD '$name'"
    fi
    if [[ -z $(psql_admin -c "SELECT 1 FROM pg_database WHERE datname = '$name'") ]]; then
        psql_admin -c "CREATE DATABASE $name OWNER $name"
        rm -f "$STATE/$name-db.marker"
    fi
}

pg_drop_db() {
    psql_admin -c "DROP DATABASE IF EXISTS $1 WITH (FORCE)"
    rm -f "$STATE/$1-db.marker"
}

# ---------------------------------------------------------------------------- neutron

neutron_db_migrate() {
    local log="$H/neutron-db-manage.log" version current marker
    version=$(dpkg-query -W -f='${Version}' python3-neutron)
    current=$(psql_admin -d neutron -c "SELECT string_agg(version_num, ',' ORDER BY version_num) FROM alembic_version" 2>/dev/null || true)
    marker="python3-neutron=$version heads=$current"
    # "upgrade heads" costs ~2.5 s even when there is nothing to do; skip it when this
    # exact DB state was produced by this exact package version.
    if [[ -n $current && -f $STATE/neutron-db.marker && $(<"$STATE/neutron-db.marker") == "$marker" ]]; then
        return 0
    fi
    local t0=$EPOCHREALTIME args
    mapfile -t args < <(neutron_config_args)
    {
        echo "=== $(date -Is) neutron-db-manage upgrade heads"
    } >>"$log"
    neutron-db-manage "${args[@]}" upgrade heads >>"$log" 2>&1 ||
        { show_log_tail "$log"; die "neutron-db-manage upgrade heads failed"; }
    current=$(psql_admin -d neutron -c "SELECT string_agg(version_num, ',' ORDER BY version_num) FROM alembic_version")
    echo "python3-neutron=$version heads=$current" >"$STATE/neutron-db.marker"
    say "neutron DB migrated to $current in $(elapsed "$t0") s"
}

# Cached so that repeated start/status calls do not pay a password auth + a Keystone
# validation round trip each time.
ovirt_token() { # [--fresh]
    local f="$STATE/ovirt.token" tok=
    if [[ ${1:-} != --fresh && -s $f ]]; then
        cat "$f"
        return 0
    fi
    local body
    body=$(printf '{"auth":{"identity":{"methods":["password"],"password":{"user":{"name":"%s","domain":{"name":"%s"},"password":"%s"}}},"scope":{"project":{"name":"%s","domain":{"name":"%s"}}}}}' \
        "$OVIRT_USER" "$KS_DOMAIN" "$OVIRT_PASSWORD" "$OVIRT_PROJECT" "$KS_DOMAIN")
    tok=$(curl -s --noproxy '*' --max-time 30 -o /dev/null -D - -H 'Content-Type: application/json' \
        -d "$body" "$KEYSTONE_URL/auth/tokens" 2>/dev/null |
        tr -d '\r' | awk 'tolower($1) == "x-subject-token:" { print $2 }') || true
    [[ -n $tok ]] || return 1
    (umask 077 && printf '%s\n' "$tok" >"$f")
    printf '%s\n' "$tok"
}

# Healthy means the API really serves requests: noauth -> 200; keystone -> 401 without
# a token and 200 with a token of the ovirt user (proves the middleware can reach and
# use Keystone, not only that the port is open).
neutron_healthy() {
    local code tok
    if [[ $NEUTRON_AUTH == noauth ]]; then
        [[ $(http_code "$NEUTRON_URL/v2.0/networks?limit=1") == 200 ]]
        return
    fi
    [[ $(http_code "$NEUTRON_URL/v2.0/networks?limit=1") == 401 ]] || return 1
    tok=$(ovirt_token) || return 1
    code=$(http_code "$NEUTRON_URL/v2.0/networks?limit=1" -H "X-Auth-Token: $tok")
    if [[ $code == 401 ]]; then
        tok=$(ovirt_token --fresh) || return 1
        code=$(http_code "$NEUTRON_URL/v2.0/networks?limit=1" -H "X-Auth-Token: $tok")
    fi
    [[ $code == 200 ]]
}

keystone_healthy() {
    [[ $(http_code "$KEYSTONE_URL") == 200 ]]
}

# Polls $2 (a function) until it succeeds; fails fast if process group $3 died.
wait_until() {
    local name=$1 check=$2 pgid=$3 timeout=$4
    shift 4
    local deadline=$((SECONDS + timeout))
    while ! "$check"; do
        if ! group_alive "$pgid"; then
            warn "$name exited during start-up"
            show_log_tail "$@"
            return 1
        fi
        if ((SECONDS >= deadline)); then
            warn "$name not healthy after ${timeout} s"
            show_log_tail "$@"
            return 1
        fi
        sleep 0.3
    done
}

neutron_start() {
    local sig=$1 args pid t0=$EPOCHREALTIME
    if port_busy "$NEUTRON_PORT"; then
        die "port $NEUTRON_PORT is already in use by a process this instance did not start (set NEUTRON_PORT)"
    fi
    mapfile -t args < <(neutron_config_args)
    echo "=== $(date -Is) start" >>"$H/neutron-server-stdout.log"
    pid=$(PYTHONPATH="$H/plugin" spawn neutron-server "$H/neutron-server-stdout.log" \
        /usr/bin/neutron-server "${args[@]}")
    if ! wait_until neutron-server neutron_healthy "$pid" "$NEUTRON_START_TIMEOUT" \
        "$H/neutron-server.log" "$H/neutron-server-stdout.log"; then
        stop_service neutron-server >/dev/null || true
        die "neutron-server failed to become healthy on $NEUTRON_URL (logs in $H)"
    fi
    echo "$sig" >"$STATE/neutron.sig"
    say "neutron-server started (pid $pid) in $(elapsed "$t0") s"
}

# ---------------------------------------------------------------------------- keystone

# One element per line. Options on the command line instead of Debian's
# keystone-uwsgi.ini: that one wants the apparmor plugin and /var/log.
# "Connection: close" is required: without it keystonemiddleware reuses a connection
# uwsgi already closed and Neutron answers 503 to the first authenticated request.
# --die-on-term: SIGTERM means stop, not reload; --no-orphans: workers die with the
# master; one process (threads instead) keeps keystone's memory cache coherent.
keystone_command() {
    printf '%s\n' uwsgi_python3 --http-socket "127.0.0.1:$KEYSTONE_PORT" \
        --wsgi-file /usr/bin/keystone-wsgi-public \
        --env "OS_KEYSTONE_CONFIG_DIR=$H/keystone/etc" \
        --master --processes 1 --threads 4 --enable-threads --die-on-term --no-orphans \
        --lazy-apps --need-app --buffer-size 65535 --add-header 'Connection: close' \
        --disable-logging
}

keystone_manage() {
    keystone-manage --config-file "$H/keystone/etc/keystone.conf" "$@" >>"$H/keystone-manage.log" 2>&1 ||
        { show_log_tail "$H/keystone-manage.log"; die "keystone-manage $1 failed"; }
}

keystone_db_setup() {
    local version marker
    version=$(dpkg-query -W -f='${Version}' python3-keystone)
    marker="python3-keystone=$version port=$KEYSTONE_PORT"
    if [[ -f $STATE/keystone-db.marker && $(<"$STATE/keystone-db.marker") == "$marker" ]]; then
        return 0
    fi
    local t0=$EPOCHREALTIME url="$KEYSTONE_URL/"
    keystone_manage db_sync
    [[ -e $H/keystone/fernet-keys/0 ]] || keystone_manage fernet_setup --keystone-user root --keystone-group root
    [[ -e $H/keystone/credential-keys/0 ]] || keystone_manage credential_setup --keystone-user root --keystone-group root
    keystone_manage bootstrap --bootstrap-password "$KS_ADMIN_PASSWORD" \
        --bootstrap-username "$KS_ADMIN_USER" --bootstrap-project-name "$KS_ADMIN_PROJECT" \
        --bootstrap-role-name admin --bootstrap-service-name keystone \
        --bootstrap-region-id "$KS_REGION" --bootstrap-admin-url "$url" \
        --bootstrap-internal-url "$url" --bootstrap-public-url "$url"
    echo "$marker" >"$STATE/keystone-db.marker"
    say "keystone db_sync + bootstrap done in $(elapsed "$t0") s"
}

keystone_setup() {
    env KS_URL="$KEYSTONE_URL" NEUTRON_URL="$NEUTRON_URL" KS_REGION="$KS_REGION" \
        KS_ADMIN_USER="$KS_ADMIN_USER" KS_ADMIN_PASSWORD="$KS_ADMIN_PASSWORD" KS_ADMIN_PROJECT="$KS_ADMIN_PROJECT" \
        OVIRT_USER="$OVIRT_USER" OVIRT_PASSWORD="$OVIRT_PASSWORD" OVIRT_PROJECT="$OVIRT_PROJECT" \
        "$SYS_PYTHON" "$H/bin/keystone_setup.py" >>"$H/keystone-setup.log" 2>&1 ||
        { show_log_tail "$H/keystone-setup.log"; die "keystone user/project setup failed"; }
}

keystone_ensure() {
    local sig pid t0=$EPOCHREALTIME
    sig=$(keystone_signature)
    pid=$(running_pid keystone)
    if [[ -n $pid ]]; then
        if [[ -f $STATE/keystone.sig && $(<"$STATE/keystone.sig") == "$sig" ]] && keystone_healthy; then
            return 0
        fi
        say "restarting keystone ($(restart_reason keystone "$sig"))"
        stop_service keystone >/dev/null
    elif [[ -n $(recorded_group keystone) ]]; then
        say "keystone master is gone but workers survive: cleaning up"
        stop_service keystone >/dev/null
    fi
    pg_ensure_db keystone
    keystone_db_setup
    if port_busy "$KEYSTONE_PORT"; then
        die "port $KEYSTONE_PORT is in use by a Keystone/process this instance did not start (set KEYSTONE_PORT)"
    fi
    echo "=== $(date -Is) start" >>"$H/keystone-uwsgi.log"
    local cmd
    mapfile -t cmd < <(keystone_command)
    pid=$(spawn keystone "$H/keystone-uwsgi.log" "${cmd[@]}")
    if ! wait_until keystone keystone_healthy "$pid" 60 "$H/keystone-uwsgi.log" "$H/keystone.log"; then
        stop_service keystone >/dev/null || true
        die "keystone failed to become healthy on $KEYSTONE_URL (logs in $H)"
    fi
    keystone_setup
    rm -f "$STATE/ovirt.token"
    echo "$sig" >"$STATE/keystone.sig"
    say "keystone started (pid $pid) in $(elapsed "$t0") s"
}

# Is Keystone still serving the v2.0 API? (Removed upstream in Queens; checked live so
# that the answer printed matches the installed version.)
keystone_v2_url() {
    local code
    code=$(http_code "http://127.0.0.1:$KEYSTONE_PORT/v2.0/")
    if [[ $code == 200 ]]; then
        echo "http://127.0.0.1:$KEYSTONE_PORT/v2.0"
    else
        echo "not served (GET /v2.0/ -> HTTP $code)"
    fi
}

# ---------------------------------------------------------------------------- commands

restart_reason() { # neutron|keystone SIGNATURE
    if [[ $1 == neutron && $NEUTRON_RESET_DB == 1 ]]; then
        echo "NEUTRON_RESET_DB=1"
    elif [[ ! -f $STATE/$1.sig || $(<"$STATE/$1.sig") != "$2" ]]; then
        echo "configuration changed"
    else
        echo "not healthy"
    fi
}

all_running_unchanged() {
    local nsig=$1 pid
    [[ -n $(pg_running_pid) ]] || return 1
    pid=$(running_pid neutron-server)
    [[ -n $pid && -f $STATE/neutron.sig && $(<"$STATE/neutron.sig") == "$nsig" ]] || return 1
    if [[ $NEUTRON_AUTH == keystone ]]; then
        pid=$(running_pid keystone)
        [[ -n $pid && -f $STATE/keystone.sig && $(<"$STATE/keystone.sig") == "$(keystone_signature)" ]] || return 1
        keystone_healthy || return 1
    fi
    neutron_healthy
}

print_summary() {
    say "  neutron  $NEUTRON_URL  (API $NEUTRON_URL/v2.0, auth=$NEUTRON_AUTH)"
    if [[ $NEUTRON_AUTH == keystone ]]; then
        say "  keystone $KEYSTONE_URL  (v2.0: $(keystone_v2_url))"
        say "  engine credentials: user $OVIRT_USER / $OVIRT_PASSWORD, project $OVIRT_PROJECT, user+project domain $KS_DOMAIN (role admin)"
        say "  other users: neutron/neutron (service, admin), demo/demo (demo, member), admin/admin (admin, admin)"
    else
        say "  no authentication: every request is admin, project fake_project_id"
    fi
    say "  home/logs $H  |  eval \"\$(NEUTRON_AUTH=$NEUTRON_AUTH $0 env)\""
}

cmd_start() {
    local t0=$EPOCHREALTIME nsig pid
    prepare_home
    lock_home
    ensure_packages
    write_configs
    nsig=$(neutron_signature)
    pids_set auth "$NEUTRON_AUTH"
    pids_set neutron_home "$H"

    if [[ $NEUTRON_RESET_DB != 1 ]] && all_running_unchanged "$nsig"; then
        say "neutron ($NEUTRON_AUTH) already running and healthy, nothing to do ($(elapsed "$t0") s)"
        print_summary
        return 0
    fi

    pid=$(running_pid neutron-server)
    if [[ -n $pid ]]; then
        if [[ $NEUTRON_RESET_DB == 1 ]] || [[ ! -f $STATE/neutron.sig || $(<"$STATE/neutron.sig") != "$nsig" ]] ||
            ! neutron_healthy; then
            say "restarting neutron-server ($(restart_reason neutron "$nsig"))"
            stop_service neutron-server >/dev/null
            pid=
        fi
    elif [[ -n $(recorded_group neutron-server) ]]; then
        say "neutron-server parent is gone but workers survive: cleaning up"
        stop_service neutron-server >/dev/null
    fi
    # Fail before the slow steps when somebody else holds our ports.
    if [[ -z $pid ]] && port_busy "$NEUTRON_PORT"; then
        die "port $NEUTRON_PORT is already in use by a process this instance did not start (set NEUTRON_PORT)"
    fi
    if [[ $NEUTRON_AUTH == keystone && -z $(recorded_group keystone) ]] && port_busy "$KEYSTONE_PORT"; then
        die "port $KEYSTONE_PORT is in use by a Keystone/process this instance did not start (set KEYSTONE_PORT)"
    fi

    rabbit_ensure_vhost
    pg_ensure_running
    if [[ $NEUTRON_RESET_DB == 1 ]]; then
        say "NEUTRON_RESET_DB=1: dropping the neutron database"
        pg_drop_db neutron
    fi
    pg_ensure_db neutron
    neutron_db_migrate

    if [[ $NEUTRON_AUTH == keystone ]]; then
        keystone_ensure
    fi

    if [[ -z $pid ]]; then
        neutron_start "$nsig"
    elif ! neutron_healthy; then
        die "neutron-server (pid $pid) is running but not healthy; see $H/neutron-server.log"
    fi
    say "neutron ($NEUTRON_AUTH) ready in $(elapsed "$t0") s"
    print_summary
}

cmd_stop() {
    local t0=$EPOCHREALTIME did=0 pid
    if [[ ! -d $H ]]; then
        say "nothing to stop ($H does not exist)"
        return 0
    fi
    cd "$H"
    lock_home
    # neutron first: it would log DB/Keystone errors while the others go away
    if stop_service neutron-server; then did=1; fi
    if stop_service keystone; then did=1; fi
    pid=$(pg_running_pid)
    if [[ -n $pid ]]; then
        if ! pg_ctl_as_postgres -m fast -w -t 60 stop >>"$H/pg_ctl.log" 2>&1; then
            warn "pg_ctl stop -m fast failed; trying -m immediate"
            pg_ctl_as_postgres -m immediate -w -t 30 stop >>"$H/pg_ctl.log" 2>&1 || true
        fi
        local i
        for ((i = 0; i < 100; i++)); do
            group_alive "$pid" || break
            sleep 0.1
        done
        if group_alive "$pid"; then
            warn "postgres (pid $pid) still alive"
        else
            say "stopped postgres (pid $pid)"
        fi
        did=1
    fi
    pids_del postgres
    rm -f "$STATE/ovirt.token"
    if ((did)); then
        say "neutron ($NEUTRON_AUTH) stopped in $(elapsed "$t0") s"
    else
        say "nothing to stop"
    fi
}

cmd_status() {
    local rc=0 pid
    if [[ ! -f $PIDS_FILE ]]; then
        say "neutron ($NEUTRON_AUTH): not running ($PIDS_FILE missing)"
        return 3
    fi
    pid=$(pg_running_pid)
    if [[ -n $pid ]]; then
        say "postgres        pid $pid  running  socket $PG_SOCK"
    else
        say "postgres        not running"
        rc=3
    fi
    if [[ $NEUTRON_AUTH == keystone ]]; then
        pid=$(running_pid keystone)
        if [[ -z $pid ]]; then
            say "keystone        not running"
            rc=3
        elif keystone_healthy; then
            say "keystone        pid $pid  healthy  $KEYSTONE_URL"
        else
            say "keystone        pid $pid  UNHEALTHY  $KEYSTONE_URL"
            ((rc)) || rc=1
        fi
    fi
    pid=$(running_pid neutron-server)
    if [[ -z $pid ]]; then
        say "neutron-server  not running"
        rc=3
    elif neutron_healthy; then
        say "neutron-server  pid $pid  healthy  $NEUTRON_URL (auth=$NEUTRON_AUTH)"
    else
        say "neutron-server  pid $pid  UNHEALTHY  $NEUTRON_URL (auth=$NEUTRON_AUTH)"
        ((rc)) || rc=1
    fi
    return "$rc"
}

cmd_env() {
    printf 'export OSN_NEUTRON_URL=%q\n' "$NEUTRON_URL"
    printf 'export OSN_NEUTRON_AUTH=%q\n' "$NEUTRON_AUTH"
    if [[ $NEUTRON_TRANSPORT == rabbit ]]; then
        # what scripts/neutron-agent.py needs to report to this instance
        printf 'export OSN_NEUTRON_TRANSPORT_URL=%q\n' "$TRANSPORT_URL"
    fi
    if [[ $NEUTRON_AUTH == keystone ]]; then
        printf 'export OSN_KEYSTONE_URL=%q\n' "$KEYSTONE_URL"
        printf 'export OSN_KEYSTONE_USER=%q\n' "$OVIRT_USER"
        printf 'export OSN_KEYSTONE_PASSWORD=%q\n' "$OVIRT_PASSWORD"
        printf 'export OSN_KEYSTONE_PROJECT=%q\n' "$OVIRT_PROJECT"
        printf 'export OSN_KEYSTONE_USER_DOMAIN=%q\n' "$KS_DOMAIN"
        printf 'export OSN_KEYSTONE_PROJECT_DOMAIN=%q\n' "$KS_DOMAIN"
    fi
}

usage() {
    cat <<EOF
usage: [NEUTRON_AUTH=noauth|keystone] $0 start|stop|status|env
  start   install packages if needed, start PostgreSQL (+ Keystone) + neutron-server
  stop    stop what this instance started
  status  exit 0 if everything is running and healthy
  env     print export lines (OSN_NEUTRON_URL, OSN_KEYSTONE_*, OSN_NEUTRON_TRANSPORT_URL) for tests
See scripts/README.md for the env knobs.
EOF
}

main() {
    if [[ $EUID -ne 0 ]]; then
        case "${1:-}" in start | stop) die "must run as root (installs packages, runs PostgreSQL as postgres)" ;; esac
    fi
    case "${1:-}" in
        start) cmd_start ;;
        stop) cmd_stop ;;
        status) cmd_status ;;
        env) cmd_env ;;
        -h | --help | help) usage ;;
        *) usage >&2; exit 2 ;;
    esac
}

main "$@"
