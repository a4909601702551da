package org.ovirt.osn.restapi.sso;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.ovirt.osn.config.OsnConfiguration;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/**
 * The registered SSO clients ({@link SsoClientsFile} in the data directory) and their authentication. The file is
 * read again when it changes, so registering a client needs no restart.
 * Secrets are checked by {@link VerifiedSecrets}: a provider that validates a token on every request pays PBKDF2
 * once, and an unknown client id costs as much as a wrong secret.
 */
@ApplicationScoped
public class SsoClientRegistry {

    private static final System.Logger LOG = System.getLogger(SsoClientRegistry.class.getName());

    private ReloadingFile<Map<String, SsoClient>> clients;
    private VerifiedSecrets secrets;

    protected SsoClientRegistry() {
        // for CDI proxies
    }

    @Inject
    public SsoClientRegistry(OsnConfiguration configuration) {
        this(SsoClientsFile.in(configuration.dataDirectory()), new ClientSecretHash());
    }

    /** @param dummyHasher makes the hash an unknown client id is checked against (tests pass a cheap one) */
    public SsoClientRegistry(SsoClientsFile file, ClientSecretHash dummyHasher) {
        this.secrets = new VerifiedSecrets(dummyHasher);
        this.clients = new ReloadingFile<>(file.path(), exists -> read(file, exists), Map.of(),
                "no SSO client is accepted");
    }

    /** @return the client, when {@code id} is registered and {@code secret} is its secret */
    public Optional<SsoClient> authenticate(String id, String secret) {
        if (id == null || secret == null || secret.isEmpty()) {
            return Optional.empty();
        }
        SsoClient client = clients().get(id);
        return secrets.matches(id, client == null ? null : client.secretHash(), secret) ? Optional.of(client)
                : Optional.empty();
    }

    /** The clients as the file has them now. */
    public Map<String, SsoClient> clients() {
        return clients.current();
    }

    private Map<String, SsoClient> read(SsoClientsFile file, boolean exists) throws IOException {
        SsoClientsFile.Contents contents = file.read();
        contents.problems().forEach(problem -> LOG.log(System.Logger.Level.WARNING,
                "Ignoring an entry of " + file.path() + ": " + problem));
        secrets.retainOnly(contents.clients().keySet());
        if (exists) {
            LOG.log(System.Logger.Level.INFO, "SSO clients from " + file.path() + ": "
                    + String.join(", ", contents.clients().keySet()));
        }
        return Map.copyOf(contents.clients());
    }
}
