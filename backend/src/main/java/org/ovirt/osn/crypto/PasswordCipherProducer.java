package org.ovirt.osn.crypto;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.ovirt.osn.config.OsnConfiguration;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Makes the one {@link PasswordCipher} of the deployment, keyed by the configured (or generated) key file and, after
 * a rotation, the previous key file ({@code osn.secret.previous.key.file}, by default the key file's name with
 * {@code .previous} appended), which only opens what was sealed before the rotation.
 */
@ApplicationScoped
public class PasswordCipherProducer {

    static final String PREVIOUS_SUFFIX = ".previous";

    // @Singleton, not a normal scope: PasswordCipher has no no-arg constructor to proxy
    @Produces
    @Singleton
    PasswordCipher passwordCipher(OsnConfiguration configuration) {
        Path keyFile = keyFile(configuration);
        Path previousFile = configuration.get("osn.secret.previous.key.file").map(Path::of)
                .orElseGet(() -> keyFile.resolveSibling(keyFile.getFileName() + PREVIOUS_SUFFIX));
        boolean created = !Files.exists(keyFile);
        return new PasswordCipher(SecretKeyRing.of(SecretKeyFile.loadOrCreate(keyFile),
                SecretKeyFile.load(previousFile).stream().toList(), keyFile, created));
    }

    static Path keyFile(OsnConfiguration configuration) {
        return configuration.get("osn.secret.key.file").map(Path::of)
                .orElseGet(() -> configuration.dataDirectory().resolve("osn-secret.key"));
    }
}
