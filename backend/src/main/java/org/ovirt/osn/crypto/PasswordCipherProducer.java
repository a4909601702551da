package org.ovirt.osn.crypto;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.ovirt.osn.config.OsnConfiguration;

import java.nio.file.Path;

/** Makes the one {@link PasswordCipher} of the deployment, keyed by the configured (or generated) key file. */
@ApplicationScoped
public class PasswordCipherProducer {

    // @Singleton, not a normal scope: PasswordCipher has no no-arg constructor to proxy
    @Produces
    @Singleton
    PasswordCipher passwordCipher(OsnConfiguration configuration) {
        Path keyFile = configuration.get("osn.secret.key.file").map(Path::of)
                .orElseGet(() -> configuration.dataDirectory().resolve("osn-secret.key"));
        return new PasswordCipher(SecretKeyFile.loadOrCreate(keyFile));
    }
}
