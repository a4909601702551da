package org.ovirt.osn.dal.lock;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One of the fixed rows ({@code osn_lock_stripe}) that contenders for a lock key lock before they look at the lease:
 * whoever gets the row lock first decides, the others wait a few milliseconds and then find the lease taken.
 */
@Entity
@Table(name = "osn_lock_stripe")
public class LockStripeEntity {

    /** How many rows V15 seeds; a key maps to one of them by its hash. */
    public static final int STRIPES = 64;

    @Id
    @Column(name = "stripe")
    private int stripe;

    protected LockStripeEntity() {
        // for JPA
    }

    public int getStripe() {
        return stripe;
    }

    static int of(String key) {
        return Math.floorMod(key.hashCode(), STRIPES);
    }
}
