package org.ovirt.osn.provider.neutron;

import org.ovirt.osn.provider.ProviderException;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
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
 * <p>When the item used as marker is deleted between two pages, Neutron either answers 404 (networks, ports) or
 * silently starts again from the first item (subnets; recognised by an item of the first or the previous page coming
 * back). Either way the pager resumes after an earlier item of the page it already has, or from the start if all of
 * those are gone too, and skips every item whose id is not beyond the last one handed out, so concurrent deletes
 * neither break a listing nor repeat items. Only this recovery relies on Neutron paging in {@code id} order (it adds
 * {@code id} to every sort, and its UUIDs compare the same in the database and in Java); a normal page is handed out
 * as it came.
 *
 * <p>Without paging (providers that ignore or misread {@code limit}), one request returns the whole collection.
 *
 * <p>Not thread-safe: a stream belongs to the thread consuming it.
 */
final class NeutronPager<W> extends Spliterators.AbstractSpliterator<W> {

    private static final System.Logger LOG = System.getLogger(NeutronPager.class.getName());

    /** One answer: its items in order, and the query of its {@code next} link (null when it has none). */
    private record Fetched<W>(NeutronPage<W> page, Map<String, String> next) {
    }

    private final NeutronEndpoint endpoint;
    private final String collection;
    private final Map<String, List<String>> filters;
    private final Class<? extends NeutronPage<W>> pageType;
    private final int limit;

    private Iterator<W> current = List.<W>of().iterator();
    /** Ids of the page last fetched, in order: the markers to fall back on. */
    private List<String> pageIds = List.of();
    /** Ids of the first page: a later page holding one of them started over. */
    private Set<String> firstIds;
    private String nextMarker;
    /**
     * The greatest id handed out so far: pages come in id order, so after starting over nothing at or below it is new,
     * on the page that starts over and on every page after it until the walk is beyond it again.
     */
    private String handedOutUpTo;
    private boolean done;

    private NeutronPager(NeutronEndpoint endpoint, String collection, Map<String, List<String>> filters,
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
     * @param filters  query parameters of every request, each with its values (a repeated key: Neutron ORs them);
     *                 null values are left out
     * @param pageSize items per page; 0 for no paging at all
     */
    static <W> Stream<W> stream(NeutronEndpoint endpoint, String collection, Map<String, List<String>> filters,
                                Class<? extends NeutronPage<W>> pageType, int pageSize) {
        NeutronPager<W> pager = new NeutronPager<>(endpoint, collection, filters, pageType, Math.max(0, pageSize));
        pager.accept(pager.fetch(null));
        return StreamSupport.stream(pager, false);
    }

    @Override
    public boolean tryAdvance(Consumer<? super W> action) {
        while (!current.hasNext()) {
            if (done) {
                return false;
            }
            accept(nextPage());
        }
        action.accept(current.next());
        return true;
    }

    private Fetched<W> nextPage() {
        Fetched<W> fetched = fetchAfter(nextMarker);
        if (fetched != null && !overlaps(fetched, firstIds) && !overlaps(fetched, Set.copyOf(pageIds))) {
            return fetched;
        }
        // the marker is gone (a 404, or a page that starts over): resume after an earlier item of the page before,
        // newest first, and hand out only what lies beyond everything handed out so far
        int at = pageIds.lastIndexOf(nextMarker);
        fetched = null;
        for (int i = (at < 0 ? pageIds.size() : at) - 1; i >= 0 && fetched == null; i--) {
            fetched = fetchAfter(pageIds.get(i));
            if (fetched != null && startsAtOrBefore(fetched, pageIds.get(i))) {
                fetched = null;
            }
        }
        if (fetched == null) {
            LOG.log(System.Logger.Level.INFO, "Paging {0} of provider {1}: the whole page before was deleted"
                    + " meanwhile; starting again and skipping what was listed", collection, endpoint.providerName());
            fetched = fetch(null);
        }
        return fetched;
    }

    /** The page after {@code marker}, or null when the provider says the marker item does not exist. */
    private Fetched<W> fetchAfter(String marker) {
        try {
            return fetch(marker);
        } catch (ProviderException e) {
            if (!NeutronEndpoint.isGone(e)) {
                throw e;
            }
            LOG.log(System.Logger.Level.DEBUG, "Paging {0} of provider {1}: marker {2} is gone", collection,
                    endpoint.providerName(), marker);
            return null;
        }
    }

    /** A page after a marker that holds an item listed before started over: the marker item is gone. */
    private static <W> boolean overlaps(Fetched<W> fetched, Set<String> listed) {
        return fetched.page().items().stream().map(fetched.page()::idOf).anyMatch(listed::contains);
    }

    private static <W> boolean startsAtOrBefore(Fetched<W> fetched, String marker) {
        List<W> items = fetched.page().items();
        return !items.isEmpty() && fetched.page().idOf(items.get(0)).compareTo(marker) <= 0;
    }

    private Fetched<W> fetch(String marker) {
        Map<String, List<String>> parameters = new LinkedHashMap<>(filters);
        if (limit > 0) {
            parameters.put("limit", List.of(Integer.toString(limit)));
            parameters.put("marker", Collections.singletonList(marker));
        }
        NeutronHttp.Call call = NeutronHttp.Call.get(endpoint.uri(collection + NeutronEndpoint.query(parameters)));
        NeutronPage<W> page = endpoint.fetch(call, pageType, p -> p.items() == null ? null : p, collection);
        if (page.items().stream().anyMatch(item -> item == null || page.idOf(item) == null)) {
            throw ProviderFailures.badResponse(call.describe(), 200, null,
                    "The provider's answer has an entry without an id in '" + collection + "'");
        }
        Map<String, String> next = page.links().stream()
                .filter(link -> "next".equals(link.rel()) && link.href() != null)
                .findFirst().map(link -> queryOf(link.href())).orElse(null);
        return new Fetched<>(page, next);
    }

    private void accept(Fetched<W> fetched) {
        NeutronPage<W> page = fetched.page();
        List<W> items = page.items();
        if (limit == 0) {
            current = items.iterator();
            done = true;
            return;
        }
        pageIds = items.stream().map(page::idOf).toList();
        if (firstIds == null) {
            firstIds = Set.copyOf(pageIds);
        }
        String after = handedOutUpTo;
        current = after == null ? items.iterator()
                : items.stream().filter(item -> page.idOf(item).compareTo(after) > 0).iterator();
        if (!pageIds.isEmpty()) {
            handedOutUpTo = later(after, pageIds.get(pageIds.size() - 1));
        }
        Map<String, String> next = fetched.next();
        int applied = next == null ? limit : parsePositive(next.get("limit"), limit);
        done = next == null || items.isEmpty() || items.size() < applied;
        nextMarker = done ? null : next.getOrDefault("marker", pageIds.get(pageIds.size() - 1));
    }

    private static String later(String a, String b) {
        return a == null ? b : b == null || a.compareTo(b) >= 0 ? a : b;
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
