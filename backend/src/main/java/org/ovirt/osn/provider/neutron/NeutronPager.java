package org.ovirt.osn.provider.neutron;

import org.ovirt.osn.provider.ProviderException;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Streams a Neutron collection page by page, holding one page at a time.
 *
 * <p>With paging, each request carries {@code limit} and the {@code marker} of the {@code next} link of the page
 * before. The link's marker and limit are taken, not its URL: a Neutron behind a proxy or TLS terminator advertises
 * its own address, which this engine may not reach. The stream ends on an empty page, on a page shorter than the
 * limit, or on a page without a {@code next} link; Neutron 21 sends a {@code next} link even on a full last page, so
 * the last link alone cannot be trusted. The limit the provider applied (it may cap ours) is read back from the link.
 *
 * <p>When the item used as marker is deleted between two pages, Neutron answers 404 for the marker. The pager then
 * resumes from the item before it on the page it already has, skipping what it delivered, so concurrent deletes do
 * not break a listing.
 *
 * <p>Without paging (providers that ignore or misread {@code limit}), one request returns the whole collection.
 *
 * <p>Not thread-safe: a stream belongs to the thread consuming it.
 */
final class NeutronPager<W> extends Spliterators.AbstractSpliterator<W> {

    private static final System.Logger LOG = System.getLogger(NeutronPager.class.getName());

    private final NeutronEndpoint endpoint;
    private final String collection;
    private final Map<String, String> filters;
    private final Class<? extends NeutronPage<W>> pageType;
    private final int limit;

    private Iterator<W> current = List.<W>of().iterator();
    /** Ids of the page last fetched, in order: the markers to fall back on. */
    private List<String> pageIds = List.of();
    private String nextMarker;
    private boolean done;

    private NeutronPager(NeutronEndpoint endpoint, String collection, Map<String, String> filters,
                         Class<? extends NeutronPage<W>> pageType, int limit) {
        super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
        this.endpoint = endpoint;
        this.collection = collection;
        this.filters = filters;
        this.pageType = pageType;
        this.limit = limit;
    }

    /**
     * The items of {@code collection} that match {@code filters}; the first page is fetched before this returns.
     *
     * @param filters  query parameters of every request (null values are left out)
     * @param pageSize items per page; 0 for no paging at all
     */
    static <W> Stream<W> stream(NeutronEndpoint endpoint, String collection, Map<String, String> filters,
                                Class<? extends NeutronPage<W>> pageType, int pageSize) {
        NeutronPager<W> pager = new NeutronPager<>(endpoint, collection, filters, pageType, Math.max(0, pageSize));
        pager.fetch(null);
        return StreamSupport.stream(pager, false);
    }

    @Override
    public boolean tryAdvance(Consumer<? super W> action) {
        while (!current.hasNext()) {
            if (done) {
                return false;
            }
            fetchAfter(nextMarker);
        }
        action.accept(current.next());
        return true;
    }

    private void fetchAfter(String marker) {
        try {
            fetch(marker);
        } catch (ProviderException e) {
            if (!NeutronEndpoint.isGone(e)) {
                throw e;
            }
            resumeBefore(marker, e);
        }
    }

    /** The marker item is gone: try the items before it, newest first, and skip what was already delivered. */
    private void resumeBefore(String goneMarker, ProviderException gone) {
        Set<String> delivered = new HashSet<>(pageIds);
        int at = pageIds.lastIndexOf(goneMarker);
        for (int i = (at < 0 ? pageIds.size() : at) - 1; i >= 0; i--) {
            String earlier = pageIds.get(i);
            LOG.log(System.Logger.Level.DEBUG, "Paging {0} of provider {1}: marker {2} is gone, resuming after {3}",
                    collection, endpoint.providerName(), goneMarker, earlier);
            try {
                fetch(earlier, delivered);
                return;
            } catch (ProviderException e) {
                if (!NeutronEndpoint.isGone(e)) {
                    throw e;
                }
            }
        }
        throw gone;
    }

    private void fetch(String marker) {
        fetch(marker, Set.of());
    }

    private void fetch(String marker, Set<String> skip) {
        Map<String, String> parameters = new LinkedHashMap<>(filters);
        if (limit > 0) {
            parameters.put("limit", Integer.toString(limit));
            parameters.put("marker", marker);
        }
        NeutronPage<W> page = endpoint.fetch(
                NeutronHttp.Call.get(endpoint.uri(collection + NeutronEndpoint.query(parameters))),
                pageType, p -> p, collection);
        List<W> items = page.items();
        pageIds = items.stream().map(page::idOf).toList();
        current = skip.isEmpty() ? items.iterator()
                : items.stream().filter(item -> !skip.contains(page.idOf(item))).iterator();
        if (limit == 0) {
            done = true;
            return;
        }
        Map<String, String> next = page.links().stream()
                .filter(link -> "next".equals(link.rel()) && link.href() != null)
                .findFirst().map(link -> queryOf(link.href())).orElse(null);
        int applied = next == null ? limit : parsePositive(next.get("limit"), limit);
        done = next == null || items.isEmpty() || items.size() < applied;
        nextMarker = done ? null : next.getOrDefault("marker", pageIds.get(pageIds.size() - 1));
    }

    private static Map<String, String> queryOf(String href) {
        Map<String, String> query = new LinkedHashMap<>();
        String raw;
        try {
            raw = URI.create(href).getRawQuery();
        } catch (IllegalArgumentException malformed) {
            return query;
        }
        if (raw == null) {
            return query;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                query.putIfAbsent(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return query;
    }

    private static int parsePositive(String value, int fallback) {
        try {
            int parsed = Integer.parseInt(value);
            return parsed > 0 ? parsed : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
