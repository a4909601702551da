#!/usr/bin/env bash
# sso-client.sh - registers the SSO clients that may validate tokens at /ovirt-engine/sso/oauth/token-info
# (ovirt-provider-ovn), as engine-setup does for the engine. The secret is stored as a salted PBKDF2 hash in
# $OSN_DATA_DIR/sso-clients.properties; the server reads the file again when it changes (no restart).
#
#   scripts/sso-client.sh register <client id> [--scope "<scopes>"] [--data-dir <dir>]
#   scripts/sso-client.sh remove <client id> [--data-dir <dir>]
#   scripts/sso-client.sh list [--data-dir <dir>]
#
# register takes the secret from OSN_SSO_CLIENT_SECRET, else generates one and prints it once (never on the
# command line: other users of the machine can read it). The default scope is engine-setup's for
# ovirt-provider-ovn: "ovirt-app-api ovirt-ext=token-info:validate ovirt-ext=token-info:public-authz-search".
# The data directory defaults to OSN_DATA_DIR, else ./data (as ./run); for a WildFly of your own it is
# <jboss.server.data.dir>/ovirt-osn unless osn.data.dir says otherwise.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
classes="$root/restapi-extension/target/classes"
tool="$classes/org/ovirt/osn/restapi/sso/SsoClientTool.class"
if [[ ! -f "$tool" || -n "$(find "$root/restapi-extension/src/main/java/org/ovirt/osn/restapi/sso" -name '*.java' \
    -newer "$tool" -print -quit)" ]]; then
  echo "Compiling the module (mvn compile)…" >&2
  (cd "$root" && mvn -B -q -Dstyle.color=never -pl restapi-extension -am compile) >&2
fi
export OSN_DATA_DIR=${OSN_DATA_DIR:-$root/data}
exec java -cp "$classes" org.ovirt.osn.restapi.sso.SsoClientTool "$@"
