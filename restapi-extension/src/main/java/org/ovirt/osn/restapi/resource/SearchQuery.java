package org.ovirt.osn.restapi.resource;

import org.ovirt.osn.provider.NetworkProvider;
import org.ovirt.osn.restapi.mapping.InvalidRepresentationException;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** The small part of oVirt's search language this module needs: {@code name=<pattern>}, {@code *} as wildcard. */
final class SearchQuery {

    private SearchQuery() {
    }

    static Predicate<NetworkProvider> parse(String search) {
        return byName(search, NetworkProvider::name);
    }

    static <T> Predicate<T> byName(String search, Function<T, String> name) {
        if (search == null || search.isBlank()) {
            return p -> true;
        }
        String[] parts = search.trim().split("\\s*=\\s*", 2);
        if (parts.length != 2 || !"name".equals(parts[0].toLowerCase(Locale.ROOT))) {
            throw new InvalidRepresentationException("search supports only name=<pattern>, not '" + search + "'");
        }
        StringBuilder regex = new StringBuilder();
        for (String piece : parts[1].split("\\*", -1)) {
            if (!regex.isEmpty()) {
                regex.append(".*");
            }
            regex.append(Pattern.quote(piece));
        }
        Pattern pattern = Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE);
        return p -> pattern.matcher(name.apply(p)).matches();
    }

    /** What a list request asks for: those matching {@code search}, at most {@code max} (none or negative: all). */
    static <T> List<T> select(List<T> all, Function<T, String> name, String search, Integer max) {
        return all.stream()
                .filter(byName(search, name))
                .limit(max == null || max < 0 ? Long.MAX_VALUE : max)
                .toList();
    }
}
