package org.ovirt.osn.restapi.it;

import org.ovirt.osn.restapi.authz.Role;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The expected answer of every REST method to every role, written down once in {@code role-matrix.txt} (next to this
 * class), one line per endpoint of {@link ApiEndpoints}: {@code METHOD /path/template SuperUser NetworkAdmin
 * UserRole}, each role's column {@code allow}, {@code deny} (403) or {@code own} (allowed on a VM the user owns, 403 on
 * another's). The unit test holds the annotations to it, the IT the running server; docs/security.md shows it.
 */
public final class RoleMatrix {

    /** What one role gets from one endpoint. */
    public enum Expect {
        ALLOW, DENY, OWN
    }

    /** One line of the table. */
    public record Row(String method, String pathTemplate, Map<Role, Expect> expected) {

        public String key() {
            return method + " " + pathTemplate;
        }
    }

    private static final Map<String, Row> ROWS = read();

    private RoleMatrix() {
    }

    /** The rows by {@code "METHOD /template"}, in the file's order. */
    public static Map<String, Row> rows() {
        return ROWS;
    }

    public static String key(ApiEndpoints.Endpoint endpoint) {
        return endpoint.method() + " " + endpoint.pathTemplate();
    }

    private static Map<String, Row> read() {
        Map<String, Row> rows = new LinkedHashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                RoleMatrix.class.getResourceAsStream("role-matrix.txt"), "role-matrix.txt"), StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                String[] words = text.split("\\s+");
                if (words.length != 2 + Role.values().length) {
                    throw new IllegalStateException("role-matrix.txt:" + number + ": want METHOD PATH and one word per "
                            + "role, got '" + text + "'");
                }
                Map<Role, Expect> expected = new EnumMap<>(Role.class);
                for (Role role : Role.values()) {
                    expected.put(role, Expect.valueOf(words[2 + role.ordinal()].toUpperCase(Locale.ROOT)));
                }
                Row row = new Row(words[0], words[1], expected);
                if (rows.put(row.key(), row) != null) {
                    throw new IllegalStateException("role-matrix.txt:" + number + ": " + row.key() + " twice");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
