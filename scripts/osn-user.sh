#!/usr/bin/env bash
# osn-user.sh - the users of ovirt-osn besides admin@internal, each with one role (SuperUser, NetworkAdmin,
# UserRole; docs/security.md says what each may do). Passwords are stored as salted PBKDF2 hashes in
# $OSN_DATA_DIR/users.properties; the server reads the file again when it changes (no restart).
#
#   OSN_USER_PASSWORD=… scripts/osn-user.sh add <user@profile> --role <role> [--data-dir <dir>]
#   scripts/osn-user.sh remove <user@profile> [--data-dir <dir>]
#   scripts/osn-user.sh list [--data-dir <dir>]
#
# add takes the password from OSN_USER_PASSWORD (never on the command line: other users of the machine can read
# it); adding an existing user replaces its password and role. The data directory defaults to OSN_DATA_DIR, else
# ./data (as ./run); for a WildFly of your own it is <jboss.server.data.dir>/ovirt-osn unless osn.data.dir says
# otherwise.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
classes="$root/restapi-extension/target/classes"
tool="$classes/org/ovirt/osn/restapi/sso/UserTool.class"
if [[ ! -f "$tool" || -n "$(find "$root/restapi-extension/src/main/java/org/ovirt/osn/restapi" -name '*.java' \
    -newer "$tool" -print -quit)" ]]; then
  echo "Compiling the module (mvn compile)…" >&2
  (cd "$root" && mvn -B -q -Dstyle.color=never -pl restapi-extension -am compile) >&2
fi
export OSN_DATA_DIR=${OSN_DATA_DIR:-$root/data}
exec java -cp "$classes" org.ovirt.osn.restapi.sso.UserTool "$@"
