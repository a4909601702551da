package org.ovirt.osn.restapi.sso;

import org.ovirt.osn.restapi.authz.Role;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The users of this engine besides {@code admin@internal}, in {@code <data dir>/users.properties}, two lines each:
 * <pre>
 * alice@internal.password=pbkdf2-sha512$210000$&lt;salt&gt;$&lt;hash&gt;
 * alice@internal.role=UserRole
 * </pre>
 * Only hashes are stored; the file is owner-only and replaced atomically, so a server reading it never sees half a
 * write. Uses only the JDK: {@code scripts/osn-user.sh} runs it outside the server.
 */
public final class UsersFile {

    public static final String FILE_NAME = "users.properties";
    private static final String PASSWORD = ".password";
    private static final String ROLE = ".role";

    /** What a read found: the valid users and, for each entry left out, why (never a hash). */
    public record Contents(Map<String, InternalUser> users, List<String> problems) {
    }

    private final HashedSecretsFile file;

    public UsersFile(Path file) {
        this.file = new HashedSecretsFile(file, PASSWORD, ROLE);
    }

    public static UsersFile in(Path dataDirectory) {
        return new UsersFile(dataDirectory.resolve(FILE_NAME));
    }

    public Path path() {
        return file.path();
    }

    /** @return the users; none when the file does not exist */
    public Contents read() throws IOException {
        Properties properties = file.load();
        Map<String, InternalUser> users = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (String name : file.names(properties, "user", problems)) {
            String hash = properties.getProperty(name + PASSWORD);
            Optional<Role> role = Role.named(properties.getProperty(name + ROLE, "").trim());
            if (!InternalUser.NAME.matcher(name).matches()) {
                problems.add("user '" + name + "': not <name>@<profile> of letters, digits, '.', '_', '-'");
            } else if (AdminCredentials.ADMIN_USER.equals(name)) {
                problems.add("user '" + name + "': the built-in admin is not configured here");
            } else if (hash == null || !ClientSecretHash.isWellFormed(hash.trim())) {
                problems.add("user '" + name + "': " + name + PASSWORD + " is missing or not a hash written by "
                        + "scripts/osn-user.sh");
            } else if (role.isEmpty()) {
                problems.add("user '" + name + "': " + name + ROLE + " must be one of "
                        + Arrays.toString(Role.values()));
            } else {
                users.put(name, new InternalUser(name, hash.trim(), role.get()));
            }
        }
        return new Contents(users, problems);
    }

    /** Adds {@code user}, or replaces the user of that name (a new password, a new role). */
    public void put(InternalUser user) throws IOException {
        Map<String, InternalUser> users = new LinkedHashMap<>(read().users());
        users.put(user.name(), user);
        write(users.values());
    }

    /** @return whether there was such a user */
    public boolean remove(String name) throws IOException {
        Map<String, InternalUser> users = new LinkedHashMap<>(read().users());
        boolean removed = users.remove(name) != null;
        if (removed) {
            write(users.values());
        }
        return removed;
    }

    private void write(Collection<InternalUser> users) throws IOException {
        StringBuilder text = new StringBuilder(
                "# Users of ovirt-osn besides admin@internal; written by scripts/osn-user.sh.\n"
                + "# <user>.password: a salted PBKDF2 hash of the password; <user>.role: SuperUser, NetworkAdmin or "
                + "UserRole.\n");
        users.stream().sorted(Comparator.comparing(InternalUser::name))
                .forEach(u -> text.append(file.lines(u.name(), u.passwordHash(), u.role().name())));
        file.write(text.toString());
    }
}
