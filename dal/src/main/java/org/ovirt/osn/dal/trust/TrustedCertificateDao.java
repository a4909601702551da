package org.ovirt.osn.dal.trust;

import java.util.List;

/**
 * The provider certificates every engine node trusts. A change ({@link #add}, {@link #remove}) runs in one
 * transaction that first takes the change lock ({@link #lockForChange}), so changes from several nodes queue and
 * each one counts in {@link #version()}.
 */
public interface TrustedCertificateDao {

    /** @return the change count, to compare with the count a node's trust store last followed */
    long version();

    /**
     * Locks the trust for a change until the transaction ends and counts the change.
     *
     * @return the change count this transaction's change will have
     */
    long lockForChange();

    /** Every trusted certificate, oldest first. */
    List<TrustedCertificateEntity> findAll();

    /**
     * Adds the certificate unless one with its fingerprint is trusted already. Call after {@link #lockForChange}.
     *
     * @return whether it was new
     */
    boolean add(TrustedCertificateEntity certificate);

    /** Call after {@link #lockForChange}. @return false when no certificate has that alias */
    boolean remove(String alias);
}
