package org.ovirt.osn.provider.neutron;

import java.util.List;

/**
 * One answer of a Neutron collection GET: its items and the {@code <collection>_links} that lead to the next page.
 *
 * @param <T> the wire record of one item
 */
interface NeutronPage<T> {

    /** Null when the answer lacks the collection member. */
    List<T> items();

    /** Never null; empty when the provider does not page. */
    List<NeutronLink> links();

    /** The id of an item, which Neutron uses as the paging marker. */
    String idOf(T item);
}
