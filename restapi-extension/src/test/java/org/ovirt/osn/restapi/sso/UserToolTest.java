package org.ovirt.osn.restapi.sso;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ovirt.osn.restapi.authz.Role;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UserToolTest {

    @TempDir
    Path dataDir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Map<String, String> environment, String... args) {
        return new UserTool(environment, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), new ClientSecretHash(1_000)).run(args);
    }

    private Map<String, String> env(String password) {
        return Map.of("OSN_USER_PASSWORD", password, "OSN_DATA_DIR", dataDir.toString());
    }

    @Test
    void shouldAddAUserWithTheHashOfThePasswordOfTheEnvironmentOwnerOnly() throws Exception {
        int status = run(env("alice-secret"), "add", "alice@internal", "--role", "NetworkAdmin");

        assertEquals(0, status, err.toString());
        InternalUser alice = UsersFile.in(dataDir).read().users().get("alice@internal");
        assertEquals(Role.NetworkAdmin, alice.role());
        assertTrue(ClientSecretHash.verify(alice.passwordHash(), "alice-secret"));
        String text = Files.readString(dataDir.resolve("users.properties"));
        assertFalse(text.contains("alice-secret"));
        assertFalse(out.toString().contains("alice-secret"));
        assertEquals("rw-------", PosixFilePermissions.toString(
                Files.getPosixFilePermissions(dataDir.resolve("users.properties"))));
    }

    @Test
    void shouldListWithTheBuiltInAdminAndRemoveAUser() {
        run(env("pw"), "add", "bob@internal", "--role", "UserRole");

        assertEquals(0, run(env("pw"), "list"));
        assertTrue(out.toString().contains("admin@internal\tSuperUser"), out.toString());
        assertTrue(out.toString().contains("bob@internal\tUserRole"), out.toString());
        assertEquals(0, run(env("pw"), "remove", "bob@internal"));
        assertEquals(1, run(env("pw"), "remove", "bob@internal"));
    }

    @Test
    void shouldRefuseAnUnknownRoleNoPasswordABadNameAndTheBuiltInAdmin() {
        assertEquals(2, run(env("pw"), "add", "bob@internal", "--role", "Administrator"));
        assertEquals(2, run(Map.of("OSN_DATA_DIR", dataDir.toString()), "add", "bob@internal", "--role", "UserRole"));
        assertEquals(2, run(env("pw"), "add", "bob", "--role", "UserRole"));
        assertEquals(2, run(env("pw"), "add", "admin@internal", "--role", "UserRole"));
        assertFalse(Files.exists(dataDir.resolve("users.properties")));
    }
}
