package org.ovirt.osn.restapi.sso;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SsoClientsFileTest {

    private static final OAuthScope SCOPE = OAuthScope.parse(SsoClientTool.DEFAULT_SCOPE);

    @TempDir
    Path dataDir;

    private final ClientSecretHash hash = new ClientSecretHash(1_000);

    @Test
    void shouldReadBackAClientItWrote() throws Exception {
        SsoClientsFile file = SsoClientsFile.in(dataDir);
        SsoClient client = new SsoClient("ovirt-provider-ovn", hash.hash("secret"), SCOPE);

        file.put(client);

        assertEquals(client, file.read().clients().get("ovirt-provider-ovn"));
        assertEquals(List.of(), file.read().problems());
        assertEquals(dataDir.resolve("sso-clients.properties"), file.path());
    }

    @Test
    void shouldKeepTheFileOwnerOnlyAndFreeOfTheSecret() throws Exception {
        SsoClientsFile file = SsoClientsFile.in(dataDir);

        file.put(new SsoClient("ovirt-provider-ovn", hash.hash("the-plain-secret"), SCOPE));

        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file.path())));
        String text = Files.readString(file.path());
        assertFalse(text.contains("the-plain-secret"), text);
        assertTrue(text.contains("ovirt-provider-ovn.scope=ovirt-app-api ovirt-ext=token-info:validate"), text);
    }

    @Test
    void shouldReplaceAClientOfTheSameIdAndKeepTheOthers() throws Exception {
        SsoClientsFile file = SsoClientsFile.in(dataDir);
        file.put(new SsoClient("a", hash.hash("one"), SCOPE));
        file.put(new SsoClient("b.with.dots", hash.hash("two"), SCOPE));

        SsoClient replaced = new SsoClient("a", hash.hash("three"), OAuthScope.parse(OAuthScope.TOKEN_INFO_VALIDATE));
        file.put(replaced);

        assertEquals(replaced, file.read().clients().get("a"));
        assertTrue(ClientSecretHash.verify(file.read().clients().get("b.with.dots").secretHash(), "two"));
        assertEquals(2, file.read().clients().size());
    }

    @Test
    void shouldRemoveAClientAndSayWhetherThereWasOne() throws Exception {
        SsoClientsFile file = SsoClientsFile.in(dataDir);
        file.put(new SsoClient("a", hash.hash("one"), SCOPE));

        assertTrue(file.remove("a"));
        assertFalse(file.remove("a"));
        assertTrue(file.read().clients().isEmpty());
    }

    @Test
    void shouldHaveNoClientsWhenThereIsNoFile() throws Exception {
        assertTrue(SsoClientsFile.in(dataDir.resolve("none")).read().clients().isEmpty());
    }

    @Test
    void shouldLeaveOutAndNameEntriesThatAreNoValidClientWithoutPrintingTheirValues() throws Exception {
        Files.writeString(dataDir.resolve("sso-clients.properties"), String.join("\n",
                "plain.secret=a-plain-secret-typed-by-hand",
                "noscope.secret=" + hash.hash("x"),
                "onlyscope.scope=ovirt-app-api",
                "stray=1",
                "bad$id.secret=" + hash.hash("y")));

        SsoClientsFile.Contents contents = SsoClientsFile.in(dataDir).read();

        assertEquals(List.of("noscope"), List.copyOf(contents.clients().keySet()));
        assertTrue(contents.clients().get("noscope").scope().isEmpty());
        assertEquals(4, contents.problems().size(), contents.problems().toString());
        assertTrue(contents.problems().stream().anyMatch(p -> p.startsWith("client 'plain'")), contents.problems()
                .toString());
        assertFalse(contents.problems().toString().contains("a-plain-secret"), contents.problems().toString());
    }
}
