package org.ovirt.osn.restapi.sso;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Registers SSO clients in {@code <data dir>/sso-clients.properties}, as engine-setup registers ovirt-provider-ovn
 * in the engine's database; run by {@code scripts/sso-client.sh}, outside the server (JDK classes only):
 * <pre>
 * register &lt;client id&gt; [--scope "&lt;scopes&gt;"]   secret: OSN_SSO_CLIENT_SECRET, else a new one, printed once
 * remove &lt;client id&gt;
 * list
 * </pre>
 * Every command takes {@code --data-dir <dir>} (else {@code OSN_DATA_DIR}, else {@code ./data}, as {@code ./run}).
 * The secret is taken from the environment, never from the command line, which other users of the machine can read.
 */
public final class SsoClientTool {

    /** engine-setup's scopes for ovirt-provider-ovn. */
    static final String DEFAULT_SCOPE = OAuthScope.API + " " + OAuthScope.TOKEN_INFO_VALIDATE + " "
            + OAuthScope.PUBLIC_AUTHZ_SEARCH;
    static final String SECRET_VARIABLE = "OSN_SSO_CLIENT_SECRET";
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private final Map<String, String> environment;
    private final PrintStream out;
    private final PrintStream err;
    private final ClientSecretHash hash;

    SsoClientTool(Map<String, String> environment, PrintStream out, PrintStream err, ClientSecretHash hash) {
        this.environment = environment;
        this.out = out;
        this.err = err;
        this.hash = hash;
    }

    public static void main(String[] args) {
        System.exit(new SsoClientTool(System.getenv(), System.out, System.err, new ClientSecretHash()).run(args));
    }

    /** @return the exit status: 0 done, 1 failed, 2 bad usage */
    int run(String[] args) {
        List<String> words = new ArrayList<>();
        String dataDir = environment.getOrDefault("OSN_DATA_DIR", "data");
        String scope = DEFAULT_SCOPE;
        for (int i = 0; i < args.length; i++) {
            if (("--data-dir".equals(args[i]) || "--scope".equals(args[i])) && i + 1 < args.length) {
                if ("--data-dir".equals(args[i])) {
                    dataDir = args[++i];
                } else {
                    scope = args[++i];
                }
            } else if (args[i].startsWith("--")) {
                return usage("unknown option " + args[i]);
            } else {
                words.add(args[i]);
            }
        }
        SsoClientsFile file = SsoClientsFile.in(Path.of(dataDir));
        try {
            if (words.size() == 2 && "register".equals(words.get(0))) {
                return register(file, words.get(1), OAuthScope.parse(scope));
            }
            if (words.size() == 2 && "remove".equals(words.get(0))) {
                boolean removed = file.remove(words.get(1));
                out.println(removed ? "Removed SSO client '" + words.get(1) + "' from " + file.path()
                        : "There is no SSO client '" + words.get(1) + "' in " + file.path());
                return removed ? 0 : 1;
            }
            if (words.size() == 1 && "list".equals(words.get(0))) {
                SsoClientsFile.Contents contents = file.read();
                contents.clients().values().forEach(c -> out.println(c.id() + "\t" + c.scope()));
                contents.problems().forEach(p -> err.println("ignored: " + p));
                return 0;
            }
        } catch (IOException e) {
            err.println("Cannot update " + file.path() + ": " + e.getMessage());
            return 1;
        }
        return usage(null);
    }

    private int register(SsoClientsFile file, String id, OAuthScope scope) throws IOException {
        if (!SsoClient.ID.matcher(id).matches()) {
            return usage("'" + id + "' is no client id: 1 to 128 letters, digits, '.', '_' or '-'");
        }
        String given = environment.get(SECRET_VARIABLE);
        String secret = given == null || given.isEmpty() ? generate() : given;
        file.put(new SsoClient(id, hash.hash(secret), scope));
        out.println("Registered SSO client '" + id + "' (scope: " + scope + ") in " + file.path() + ".");
        if (given == null || given.isEmpty()) {
            out.println("Its secret, shown only now (put it in the client's configuration):");
            out.println(secret);
        }
        return 0;
    }

    private int usage(String problem) {
        if (problem != null) {
            err.println(problem);
        }
        err.println("usage: sso-client.sh register <client id> [--scope \"<scopes>\"] [--data-dir <dir>]");
        err.println("       sso-client.sh remove <client id> [--data-dir <dir>]");
        err.println("       sso-client.sh list [--data-dir <dir>]");
        err.println("The secret comes from " + SECRET_VARIABLE + "; without it one is generated and printed once.");
        return 2;
    }

    /** 32 letters and digits, as engine-setup makes ovirt-provider-ovn's secret. */
    private static String generate() {
        SecureRandom random = new SecureRandom();
        StringBuilder secret = new StringBuilder();
        for (int i = 0; i < 32; i++) {
            secret.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return secret.toString();
    }
}
