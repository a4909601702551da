package org.ovirt.osn.provider;

/**
 * What a provider's API can safely be asked, beyond the basics every Neutron-like provider serves.
 *
 * <p>OpenStack Neutron has all of these. ovirt-provider-ovn has none: it ignores {@code limit} (so everything comes in
 * one answer), treats {@code marker}, {@code fields} and {@code sort_key} as filters on fields no resource has (so the
 * answer is an empty list), filters by the first value of a repeated query parameter only, and answers 400 to a bulk
 * create.
 *
 * @param pagination     {@code limit}/{@code marker} paging (Neutron's {@code pagination} extension)
 * @param sorting        {@code sort_key}/{@code sort_dir} (the {@code sorting} extension)
 * @param fieldSelection {@code fields=} column selection
 * @param bulkPortCreate several ports in one {@code POST /v2.0/ports}, all or none
 * @param anyOfFilterValues a repeated query parameter ({@code ?device_id=a&device_id=b}) means any of its values;
 *                          without it only one value per parameter can be asked for in one request
 */
public record ProviderCapabilities(boolean pagination, boolean sorting, boolean fieldSelection,
                                   boolean bulkPortCreate, boolean anyOfFilterValues) {

    /** Only what every Neutron-like provider serves. */
    public static final ProviderCapabilities BASIC = new ProviderCapabilities(false, false, false, false, false);
}
