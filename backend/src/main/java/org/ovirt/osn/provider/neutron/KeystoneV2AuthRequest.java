package org.ovirt.osn.provider.neutron;

/**
 * Body of Keystone v2.0 {@code POST /tokens}: password credentials, scoped to a tenant when one is named
 * (ovirt-provider-ovn accepts an unscoped request). The password never shows in {@link #toString()}.
 */
record KeystoneV2AuthRequest(Auth auth) {

    static KeystoneV2AuthRequest password(KeystoneCredentials credentials) {
        return new KeystoneV2AuthRequest(new Auth(credentials.tenantName(),
                new PasswordCredentials(credentials.username(), credentials.password())));
    }

    record Auth(String tenantName, PasswordCredentials passwordCredentials) {
    }

    record PasswordCredentials(String username, String password) {
        @Override
        public String toString() {
            return "PasswordCredentials[username=" + username + ", password=***]";
        }
    }
}
