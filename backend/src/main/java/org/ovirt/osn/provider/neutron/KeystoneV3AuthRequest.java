package org.ovirt.osn.provider.neutron;

import java.util.List;

/**
 * Body of Keystone v3 {@code POST /auth/tokens} with the password method, optionally scoped to a project. Null members
 * are left out of the JSON; the password never shows in {@link #toString()}.
 */
record KeystoneV3AuthRequest(Auth auth) {

    static KeystoneV3AuthRequest password(KeystoneCredentials credentials) {
        User user = new User(credentials.username(), new Domain(credentials.userDomainName()),
                credentials.password());
        Scope scope = credentials.projectName() == null ? null
                : new Scope(new Project(credentials.projectName(), new Domain(credentials.projectDomainName())));
        return new KeystoneV3AuthRequest(new Auth(new Identity(List.of("password"), new Password(user)), scope));
    }

    record Auth(Identity identity, Scope scope) {
    }

    record Identity(List<String> methods, Password password) {
    }

    record Password(User user) {
    }

    record User(String name, Domain domain, String password) {
        @Override
        public String toString() {
            return "User[name=" + name + ", domain=" + domain + ", password=***]";
        }
    }

    record Domain(String name) {
    }

    record Scope(Project project) {
    }

    record Project(String name, Domain domain) {
    }
}
