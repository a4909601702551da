package org.ovirt.osn.crypto;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ovirt.osn.config.OsnConfiguration;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which key file the deployment's cipher uses: {@code osn.secret.key.file}, else one in the data directory. */
class PasswordCipherProducerTest {

    @TempDir
    Path dir;

    private static OsnConfiguration config(String... keysAndValues) {
        Properties properties = new Properties();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            properties.setProperty(keysAndValues[i], keysAndValues[i + 1]);
        }
        return new OsnConfiguration(properties, Map.of());
    }

    private static PasswordCipher produced(OsnConfiguration configuration) {
        return new PasswordCipherProducer().passwordCipher(configuration);
    }

    @Test
    void shouldKeyTheCipherWithTheConfiguredKeyFileInsteadOfTheDataDirectory() {
        Path data = dir.resolve("data");
        Path keyFile = dir.resolve("keys/osn.key");
        OsnConfiguration configured = config("osn.data.dir", data.toString(),
                "osn.secret.key.file", keyFile.toString());

        String secret = produced(configured).encrypt("s3cret", "provider-1");

        assertTrue(Files.isRegularFile(keyFile), "the key is created where the setting says");
        assertFalse(Files.exists(data.resolve("osn-secret.key")), "and not in the data directory");
        assertEquals("s3cret", produced(configured).decrypt(secret, "provider-1"), "the same file, the same key");
        assertThrows(PasswordCipher.SecretUnreadableException.class,
                () -> produced(config("osn.data.dir", data.toString())).decrypt(secret, "provider-1"),
                "the data directory's own key is another one");
        assertTrue(Files.isRegularFile(data.resolve("osn-secret.key")));
    }

    @Test
    void shouldOpenWithThePreviousKeyFileWhatWasSealedBeforeARotation() throws Exception {
        Path data = dir.resolve("data");
        OsnConfiguration configuration = config("osn.data.dir", data.toString());
        String beforeRotation = produced(configuration).encrypt("s3cret", "provider-1");
        Path keyFile = data.resolve("osn-secret.key");
        Files.move(keyFile, data.resolve("osn-secret.key.previous"));
        SecretKeyFile.createNew(keyFile);

        PasswordCipher rotated = produced(configuration);

        assertEquals("s3cret", rotated.decrypt(beforeRotation, "provider-1"));
        assertFalse(rotated.isSealedWithCurrentKey(beforeRotation));
        assertFalse(rotated.keys().createdNow());
        assertEquals(keyFile, rotated.keys().currentFile());
    }

    @Test
    void shouldSayTheKeyWasGeneratedByThisStartWhenNoFileExisted() {
        PasswordCipher first = produced(config("osn.data.dir", dir.resolve("fresh").toString()));

        assertTrue(first.keys().createdNow());
        assertTrue(first.keys().previous().isEmpty());
    }
}
