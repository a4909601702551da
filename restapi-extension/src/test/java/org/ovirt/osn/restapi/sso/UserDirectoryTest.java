package org.ovirt.osn.restapi.sso;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ovirt.osn.config.OsnConfiguration;
import org.ovirt.osn.restapi.authz.ApiUser;
import org.ovirt.osn.restapi.authz.Role;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UserDirectoryTest {

    @TempDir
    Path dataDir;

    private final ClientSecretHash cheap = new ClientSecretHash(1_000);
    private UsersFile file;
    private UserDirectory directory;

    @BeforeEach
    void setUp() {
        Properties settings = new Properties();
        settings.setProperty("osn.admin.password", "admin-secret");
        AdminCredentials admin = new AdminCredentials();
        admin.configuration = new OsnConfiguration(settings, Map.of());
        admin.load();
        file = UsersFile.in(dataDir);
        directory = new UserDirectory(admin, file, cheap);
    }

    @Test
    void shouldAuthenticateTheBuiltInAdminAsSuperUser() {
        assertEquals(Optional.of(new ApiUser("admin@internal", Role.SuperUser)),
                directory.authenticate("admin@internal", "admin-secret"));
        assertEquals(Optional.empty(), directory.authenticate("admin@internal", "wrong"));
    }

    @Test
    void shouldAuthenticateAUserOfTheFileWithItsRoleAndRefuseAWrongPassword() throws Exception {
        file.put(new InternalUser("alice@internal", cheap.hash("alice-pw"), Role.UserRole));

        assertEquals(Optional.of(new ApiUser("alice@internal", Role.UserRole)),
                directory.authenticate("alice@internal", "alice-pw"));
        assertEquals(Optional.of(new ApiUser("alice@internal", Role.UserRole)),
                directory.authenticate("alice@internal", "alice-pw"), "the second time from the keyed digest");
        assertEquals(Optional.empty(), directory.authenticate("alice@internal", "alice-PW"));
        assertEquals(Optional.empty(), directory.authenticate("bob@internal", "alice-pw"));
        assertEquals(Optional.empty(), directory.authenticate("alice@internal", ""));
    }

    @Test
    void shouldSeeANewRoleAndARemovedUserWithoutRestart() throws Exception {
        file.put(new InternalUser("nadia@internal", cheap.hash("pw"), Role.UserRole));
        assertEquals(Optional.of(Role.UserRole), directory.role("nadia@internal"));

        file.put(new InternalUser("nadia@internal", cheap.hash("pw"), Role.NetworkAdmin));
        assertEquals(Optional.of(Role.NetworkAdmin), directory.role("nadia@internal"));

        file.remove("nadia@internal");
        assertEquals(Optional.empty(), directory.role("nadia@internal"));
        assertEquals(Optional.empty(), directory.authenticate("nadia@internal", "pw"));
    }

    @Test
    void shouldNotAcceptTheOldPasswordOnceItWasChanged() throws Exception {
        file.put(new InternalUser("carol@internal", cheap.hash("old"), Role.UserRole));
        assertTrue(directory.authenticate("carol@internal", "old").isPresent());

        file.put(new InternalUser("carol@internal", cheap.hash("new"), Role.UserRole));

        assertFalse(directory.authenticate("carol@internal", "old").isPresent());
        assertTrue(directory.authenticate("carol@internal", "new").isPresent());
    }

    @Test
    void shouldLeaveOutEntriesWithoutHashWithAnUnknownRoleOrForTheBuiltInAdmin() throws Exception {
        Files.writeString(file.path(), """
                plain@internal.password=secret
                plain@internal.role=UserRole
                norole@internal.password=%s
                norole@internal.role=Administrator
                admin@internal.password=%s
                admin@internal.role=UserRole
                good@internal.password=%s
                good@internal.role=NetworkAdmin
                """.formatted(cheap.hash("a"), cheap.hash("b"), cheap.hash("c")));

        UsersFile.Contents contents = file.read();

        assertEquals(java.util.Set.of("good@internal"), contents.users().keySet());
        assertEquals(3, contents.problems().size(), contents.problems().toString());
        assertFalse(contents.problems().toString().contains("pbkdf2"), "no hash in a problem");
        assertEquals(Optional.of(Role.SuperUser), directory.role("admin@internal"));
    }
}
