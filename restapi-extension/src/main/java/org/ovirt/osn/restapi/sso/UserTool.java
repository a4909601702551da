package org.ovirt.osn.restapi.sso;

import org.ovirt.osn.restapi.authz.Role;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Adds, removes and lists the users of {@code <data dir>/users.properties}; run by {@code scripts/osn-user.sh},
 * outside the server (JDK classes only):
 * <pre>
 * add &lt;user@profile&gt; --role SuperUser|NetworkAdmin|UserRole   password: OSN_USER_PASSWORD
 * remove &lt;user@profile&gt;
 * list
 * </pre>
 * Every command takes {@code --data-dir <dir>} (else {@code OSN_DATA_DIR}, else {@code ./data}, as {@code ./run}).
 * The password is taken from the environment, never from the command line, which other users of the machine can
 * read; adding a user that exists replaces its password and role.
 */
public final class UserTool {

    static final String PASSWORD_VARIABLE = "OSN_USER_PASSWORD";

    private final Map<String, String> environment;
    private final PrintStream out;
    private final PrintStream err;
    private final ClientSecretHash hash;

    UserTool(Map<String, String> environment, PrintStream out, PrintStream err, ClientSecretHash hash) {
        this.environment = environment;
        this.out = out;
        this.err = err;
        this.hash = hash;
    }

    public static void main(String[] args) {
        System.exit(new UserTool(System.getenv(), System.out, System.err, new ClientSecretHash()).run(args));
    }

    /** @return the exit status: 0 done, 1 failed, 2 bad usage */
    int run(String[] args) {
        List<String> words = new ArrayList<>();
        String dataDir = environment.getOrDefault("OSN_DATA_DIR", "data");
        String role = null;
        for (int i = 0; i < args.length; i++) {
            if (("--data-dir".equals(args[i]) || "--role".equals(args[i])) && i + 1 < args.length) {
                if ("--data-dir".equals(args[i])) {
                    dataDir = args[++i];
                } else {
                    role = args[++i];
                }
            } else if (args[i].startsWith("--")) {
                return usage("unknown option " + args[i]);
            } else {
                words.add(args[i]);
            }
        }
        UsersFile file = UsersFile.in(Path.of(dataDir));
        try {
            if (words.size() == 2 && "add".equals(words.get(0))) {
                return add(file, words.get(1), role);
            }
            if (words.size() == 2 && "remove".equals(words.get(0))) {
                boolean removed = file.remove(words.get(1));
                out.println(removed ? "Removed user '" + words.get(1) + "' from " + file.path()
                        : "There is no user '" + words.get(1) + "' in " + file.path());
                return removed ? 0 : 1;
            }
            if (words.size() == 1 && "list".equals(words.get(0))) {
                UsersFile.Contents contents = file.read();
                out.println(AdminCredentials.ADMIN_USER + "\t" + Role.SuperUser + "\t(built in)");
                contents.users().values().forEach(u -> out.println(u.name() + "\t" + u.role()));
                contents.problems().forEach(p -> err.println("ignored: " + p));
                return 0;
            }
        } catch (IOException e) {
            err.println("Cannot update " + file.path() + ": " + e.getMessage());
            return 1;
        }
        return usage(null);
    }

    private int add(UsersFile file, String name, String roleName) throws IOException {
        if (!InternalUser.NAME.matcher(name).matches()) {
            return usage("'" + name + "' is no user name: <name>@<profile>, letters, digits, '.', '_' or '-'");
        }
        if (AdminCredentials.ADMIN_USER.equals(name)) {
            return usage(name + " is built in; its password is osn.admin.password (see docs/security.md)");
        }
        Optional<Role> role = Role.named(roleName == null ? "" : roleName);
        if (role.isEmpty()) {
            return usage("--role must be one of " + Arrays.toString(Role.values()));
        }
        String password = environment.get(PASSWORD_VARIABLE);
        if (password == null || password.isEmpty()) {
            return usage("the password is taken from " + PASSWORD_VARIABLE + ", which is not set");
        }
        file.put(new InternalUser(name, hash.hash(password), role.get()));
        out.println("Added user '" + name + "' (" + role.get() + ") to " + file.path() + ".");
        return 0;
    }

    private int usage(String problem) {
        if (problem != null) {
            err.println(problem);
        }
        err.println("usage: osn-user.sh add <user@profile> --role SuperUser|NetworkAdmin|UserRole [--data-dir <dir>]");
        err.println("       osn-user.sh remove <user@profile> [--data-dir <dir>]");
        err.println("       osn-user.sh list [--data-dir <dir>]");
        err.println("The password comes from " + PASSWORD_VARIABLE + ".");
        return 2;
    }
}
