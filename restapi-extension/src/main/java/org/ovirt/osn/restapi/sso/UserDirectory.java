package org.ovirt.osn.restapi.sso;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.ovirt.osn.config.OsnConfiguration;
import org.ovirt.osn.restapi.authz.ApiUser;
import org.ovirt.osn.restapi.authz.Role;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/**
 * The engine's users: {@code admin@internal} ({@link AdminCredentials}, SuperUser) and those of the users file
 * ({@link UsersFile}), which is read again when it changes, so adding a user or changing a role needs no restart.
 * A removed user's role is gone at once; its tokens still name it, so {@link #role} is asked on every call.
 * Passwords are checked as SSO clients' secrets are ({@link VerifiedSecrets}): PBKDF2 once per password, and an
 * unknown name costs as much as a wrong password.
 */
@ApplicationScoped
public class UserDirectory {

    private static final System.Logger LOG = System.getLogger(UserDirectory.class.getName());

    private AdminCredentials admin;
    private ReloadingFile<Map<String, InternalUser>> users;
    private VerifiedSecrets passwords;

    protected UserDirectory() {
        // for CDI proxies
    }

    @Inject
    public UserDirectory(AdminCredentials admin, OsnConfiguration configuration) {
        this(admin, UsersFile.in(configuration.dataDirectory()), new ClientSecretHash());
    }

    /** @param dummyHasher makes the hash an unknown name is checked against (tests pass a cheap one) */
    public UserDirectory(AdminCredentials admin, UsersFile file, ClientSecretHash dummyHasher) {
        this.admin = admin;
        this.passwords = new VerifiedSecrets(dummyHasher);
        this.users = new ReloadingFile<>(file.path(), exists -> read(file, exists), Map.of(),
                "only " + AdminCredentials.ADMIN_USER + " can log in");
    }

    /** @return the user, when {@code name} exists and {@code password} is its password */
    public Optional<ApiUser> authenticate(String name, String password) {
        if (name == null || password == null || password.isEmpty()) {
            return Optional.empty();
        }
        if (AdminCredentials.ADMIN_USER.equals(name)) {
            return admin.verify(name, password) ? Optional.of(new ApiUser(name, Role.SuperUser)) : Optional.empty();
        }
        InternalUser user = users().get(name);
        return passwords.matches(name, user == null ? null : user.passwordHash(), password)
                ? Optional.of(new ApiUser(name, user.role())) : Optional.empty();
    }

    /** @return the user's role now; empty for a user that is no longer configured */
    public Optional<Role> role(String name) {
        if (AdminCredentials.ADMIN_USER.equals(name)) {
            return Optional.of(Role.SuperUser);
        }
        return Optional.ofNullable(users().get(name)).map(InternalUser::role);
    }

    /** Whether {@code name} is a user of this engine (the built-in admin or one of the file). */
    public boolean exists(String name) {
        return role(name).isPresent();
    }

    private Map<String, InternalUser> users() {
        return users.current();
    }

    private Map<String, InternalUser> read(UsersFile file, boolean exists) throws IOException {
        UsersFile.Contents contents = file.read();
        contents.problems().forEach(problem -> LOG.log(System.Logger.Level.WARNING,
                "Ignoring an entry of " + file.path() + ": " + problem));
        passwords.retainOnly(contents.users().keySet());
        if (exists) {
            LOG.log(System.Logger.Level.INFO, "Users from " + file.path() + ": "
                    + String.join(", ", contents.users().keySet()));
        }
        return Map.copyOf(contents.users());
    }
}
