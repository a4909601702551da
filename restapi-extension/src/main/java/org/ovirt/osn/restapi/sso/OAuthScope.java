package org.ovirt.osn.restapi.sso;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * An OAuth scope: space-separated values such as {@code ovirt-app-api ovirt-ext=token-info:validate}, kept in the
 * order given, without duplicates. Comparisons follow the engine's SSO: a value {@code a=b=c} counts as {@code a=b}
 * (the third part is an argument, not a permission).
 */
public final class OAuthScope {

    /** The scope every token of this engine has: access to the REST API. */
    public static final String API = "ovirt-app-api";
    /** The scope under which an SSO client may validate a token at {@code /sso/oauth/token-info}. */
    public static final String TOKEN_INFO_VALIDATE = "ovirt-ext=token-info:validate";
    /** The engine's directory searches through token-info, which this engine does not offer. */
    public static final String AUTHZ_SEARCH = "ovirt-ext=token-info:authz-search";
    public static final String PUBLIC_AUTHZ_SEARCH = "ovirt-ext=token-info:public-authz-search";

    private final Set<String> values;

    private OAuthScope(Set<String> values) {
        this.values = Collections.unmodifiableSet(values);
    }

    /** @param scope space-separated values; {@code null} or blank is the empty scope */
    public static OAuthScope parse(String scope) {
        Set<String> values = new LinkedHashSet<>();
        if (scope != null) {
            for (String value : scope.trim().split("\\s+")) {
                if (!value.isEmpty()) {
                    values.add(value);
                }
            }
        }
        return new OAuthScope(values);
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** Whether this scope grants {@code value} (compared without a third {@code =} part, as the engine does). */
    public boolean grants(String value) {
        String wanted = stripped(value);
        return values.stream().map(OAuthScope::stripped).anyMatch(wanted::equals);
    }

    /** Whether this scope grants every value of {@code requested}. */
    public boolean grantsAll(OAuthScope requested) {
        return requested.values.stream().allMatch(this::grants);
    }

    /** The values of {@code requested} that this scope does not grant, space-separated. */
    public String missingFrom(OAuthScope requested) {
        return String.join(" ", requested.values.stream().filter(v -> !grants(v)).toList());
    }

    public Set<String> values() {
        return values;
    }

    private static String stripped(String value) {
        String[] parts = value.split("=", 3);
        return parts.length < 3 ? value : parts[0] + "=" + parts[1];
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OAuthScope scope && values.equals(scope.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    /** The values, space-separated, in the order given. */
    @Override
    public String toString() {
        return String.join(" ", values);
    }
}
