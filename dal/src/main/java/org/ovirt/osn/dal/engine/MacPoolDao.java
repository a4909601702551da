package org.ovirt.osn.dal.engine;

import java.util.Optional;

/**
 * The MAC pool vNICs take their addresses from (one, named {@value #DEFAULT_POOL}). Callers run inside a transaction.
 */
public interface MacPoolDao {

    String DEFAULT_POOL = "Default";

    /**
     * Hands out the next address of the default pool that no vNIC has, and moves the pool past it. The pool row stays
     * locked until the caller's transaction ends, so concurrent allocations (also on other nodes) wait and never get
     * the same address; an address is never handed out twice, even after its vNIC is gone.
     *
     * @return lower case and colon separated, or empty when the range is used up
     */
    Optional<String> allocate();
}
