package org.ovirt.osn.restapi.sso;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The SSO clients of this engine in {@code <data dir>/sso-clients.properties}, two lines per client:
 * <pre>
 * ovirt-provider-ovn.secret=pbkdf2-sha512$210000$&lt;salt&gt;$&lt;hash&gt;
 * ovirt-provider-ovn.scope=ovirt-app-api ovirt-ext=token-info:validate ovirt-ext=token-info:public-authz-search
 * </pre>
 * Only hashes are stored; the file is owner-only and replaced atomically, so a server reading it never sees half a
 * write. Uses only the JDK: the registration tool runs it outside the server.
 */
public final class SsoClientsFile {

    public static final String FILE_NAME = "sso-clients.properties";
    private static final String SECRET = ".secret";
    private static final String SCOPE = ".scope";

    /** What a read found: the valid clients and, for each entry left out, why (never a secret or hash). */
    public record Contents(Map<String, SsoClient> clients, List<String> problems) {
    }

    private final HashedSecretsFile file;

    public SsoClientsFile(Path file) {
        this.file = new HashedSecretsFile(file, SECRET, SCOPE);
    }

    public static SsoClientsFile in(Path dataDirectory) {
        return new SsoClientsFile(dataDirectory.resolve(FILE_NAME));
    }

    public Path path() {
        return file.path();
    }

    /** @return the clients; none when the file does not exist */
    public Contents read() throws IOException {
        Properties properties = file.load();
        Map<String, SsoClient> clients = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (String id : file.names(properties, "client id", problems)) {
            String secret = properties.getProperty(id + SECRET);
            if (!SsoClient.ID.matcher(id).matches()) {
                problems.add("client '" + id + "': the id has characters other than letters, digits, '.', '_', '-'");
            } else if (secret == null || !ClientSecretHash.isWellFormed(secret.trim())) {
                problems.add("client '" + id + "': " + id + SECRET + " is missing or not a hash written by the "
                        + "registration tool");
            } else {
                clients.put(id, new SsoClient(id, secret.trim(), OAuthScope.parse(properties.getProperty(id + SCOPE))));
            }
        }
        return new Contents(clients, problems);
    }

    /** Adds {@code client}, or replaces the client of that id (a new secret, new scopes). */
    public void put(SsoClient client) throws IOException {
        Map<String, SsoClient> clients = new LinkedHashMap<>(read().clients());
        clients.put(client.id(), client);
        write(clients.values());
    }

    /** @return whether there was such a client */
    public boolean remove(String id) throws IOException {
        Map<String, SsoClient> clients = new LinkedHashMap<>(read().clients());
        boolean removed = clients.remove(id) != null;
        if (removed) {
            write(clients.values());
        }
        return removed;
    }

    private void write(Collection<SsoClient> clients) throws IOException {
        StringBuilder text = new StringBuilder(
                "# SSO clients of ovirt-osn (token-info); written by scripts/sso-client.sh.\n"
                + "# <client id>.secret: a salted PBKDF2 hash of its secret; <client id>.scope: its scopes.\n");
        clients.stream().sorted(Comparator.comparing(SsoClient::id))
                .forEach(c -> text.append(file.lines(c.id(), c.secretHash(), c.scope().toString())));
        file.write(text.toString());
    }
}
