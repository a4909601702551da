package org.ovirt.osn.restapi.sso;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SsoClientRegistryTest {

    private static final OAuthScope SCOPE = OAuthScope.parse(SsoClientTool.DEFAULT_SCOPE);

    @TempDir
    Path dataDir;

    private final ClientSecretHash hash = new ClientSecretHash(1_000);

    private SsoClientRegistry registry() {
        return new SsoClientRegistry(SsoClientsFile.in(dataDir), hash);
    }

    @Test
    void shouldAuthenticateARegisteredClientWithItsSecret() throws Exception {
        SsoClientsFile.in(dataDir).put(new SsoClient("ovirt-provider-ovn", hash.hash("s3cret"), SCOPE));
        SsoClientRegistry registry = registry();

        assertEquals("ovirt-provider-ovn", registry.authenticate("ovirt-provider-ovn", "s3cret").orElseThrow().id());
        assertEquals(SCOPE, registry.authenticate("ovirt-provider-ovn", "s3cret").orElseThrow().scope());
    }

    @Test
    void shouldRefuseAWrongSecretEvenAfterTheRightOneWasSeen() throws Exception {
        SsoClientsFile.in(dataDir).put(new SsoClient("ovirt-provider-ovn", hash.hash("s3cret"), SCOPE));
        SsoClientRegistry registry = registry();
        assertTrue(registry.authenticate("ovirt-provider-ovn", "s3cret").isPresent());

        assertTrue(registry.authenticate("ovirt-provider-ovn", "s3cret2").isEmpty());
        assertTrue(registry.authenticate("ovirt-provider-ovn", "").isEmpty());
        assertTrue(registry.authenticate("ovirt-provider-ovn", null).isEmpty());
    }

    @Test
    void shouldRefuseAnUnknownClientOrNone() throws Exception {
        SsoClientsFile.in(dataDir).put(new SsoClient("ovirt-provider-ovn", hash.hash("s3cret"), SCOPE));

        assertTrue(registry().authenticate("someone-else", "s3cret").isEmpty());
        assertTrue(registry().authenticate(null, "s3cret").isEmpty());
    }

    @Test
    void shouldHaveNoClientsWithoutAFileAndSeeOneRegisteredLater() throws Exception {
        SsoClientRegistry registry = registry();
        assertTrue(registry.authenticate("ovirt-provider-ovn", "s3cret").isEmpty());

        SsoClientsFile.in(dataDir).put(new SsoClient("ovirt-provider-ovn", hash.hash("s3cret"), SCOPE));

        assertTrue(registry.authenticate("ovirt-provider-ovn", "s3cret").isPresent());
    }

    @Test
    void shouldAcceptOnlyTheNewSecretOnceASecretIsReplacedInTheFile() throws Exception {
        SsoClientsFile file = SsoClientsFile.in(dataDir);
        file.put(new SsoClient("ovirt-provider-ovn", hash.hash("old"), SCOPE));
        SsoClientRegistry registry = registry();
        assertTrue(registry.authenticate("ovirt-provider-ovn", "old").isPresent());

        file.put(new SsoClient("ovirt-provider-ovn", hash.hash("new"), SCOPE));

        assertTrue(registry.authenticate("ovirt-provider-ovn", "old").isEmpty(), "the remembered old secret");
        assertTrue(registry.authenticate("ovirt-provider-ovn", "new").isPresent());
    }

    @Test
    void shouldForgetAClientRemovedFromTheFile() throws Exception {
        SsoClientsFile file = SsoClientsFile.in(dataDir);
        file.put(new SsoClient("ovirt-provider-ovn", hash.hash("s3cret"), SCOPE));
        SsoClientRegistry registry = registry();
        assertTrue(registry.authenticate("ovirt-provider-ovn", "s3cret").isPresent());

        file.remove("ovirt-provider-ovn");

        assertTrue(registry.authenticate("ovirt-provider-ovn", "s3cret").isEmpty());
    }
}
