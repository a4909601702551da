package org.ovirt.osn.restapi.resource;

import org.ovirt.osn.provider.NetworkProvider;
import org.ovirt.osn.restapi.mapping.InvalidRepresentationException;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;

/** The small part of oVirt's search language this module needs: {@code name=<pattern>}, {@code *} as wildcard. */
final class SearchQuery {

    /**
     * Longer than any name the API stores (network names are at most 256), so a longer search is a mistake or an
     * attack; refused with a fault (it used to be compiled to a regex and overflowed the compiler's stack: a 500).
     */
    static final int MAX_SEARCH = 1024;

    private SearchQuery() {
    }

    static Predicate<NetworkProvider> parse(String search) {
        return byName(search, NetworkProvider::name);
    }

    static <T> Predicate<T> byName(String search, Function<T, String> name) {
        if (search == null || search.isBlank()) {
            return p -> true;
        }
        if (search.length() > MAX_SEARCH) {
            throw new InvalidRepresentationException("search must be at most " + MAX_SEARCH + " characters, not "
                    + search.length());
        }
        String[] parts = search.trim().split("\\s*=\\s*", 2);
        if (parts.length != 2 || !"name".equals(parts[0].toLowerCase(Locale.ROOT))) {
            throw new InvalidRepresentationException("search supports only name=<pattern>, not '" + search + "'");
        }
        String pattern = parts[1];
        return p -> globMatches(pattern, name.apply(p));
    }

    /**
     * Whether the name matches the pattern, case-insensitively, {@code *} standing for any run of characters. Greedy
     * with one point to go back to, so at worst pattern length × name length steps; a regex of many {@code .*} (as
     * this was) backtracks exponentially on {@code *a*a*a…} against a long name, a request that holds a thread.
     */
    static boolean globMatches(String pattern, String name) {
        int p = 0;
        int n = 0;
        int star = -1;
        int resumeAt = 0;
        while (n < name.length()) {
            if (p < pattern.length() && pattern.charAt(p) == '*') {
                star = p++;
                resumeAt = n;
            } else if (p < pattern.length() && sameIgnoringCase(pattern.charAt(p), name.charAt(n))) {
                p++;
                n++;
            } else if (star >= 0) {
                p = star + 1;
                n = ++resumeAt;
            } else {
                return false;
            }
        }
        while (p < pattern.length() && pattern.charAt(p) == '*') {
            p++;
        }
        return p == pattern.length();
    }

    private static boolean sameIgnoringCase(char a, char b) {
        return a == b || Character.toUpperCase(a) == Character.toUpperCase(b)
                || Character.toLowerCase(a) == Character.toLowerCase(b);
    }

    /** What a list request asks for: those matching {@code search}, at most {@code max} (none or negative: all). */
    static <T> List<T> select(List<T> all, Function<T, String> name, String search, Integer max) {
        return all.stream()
                .filter(byName(search, name))
                .limit(max == null || max < 0 ? Long.MAX_VALUE : max)
                .toList();
    }
}
