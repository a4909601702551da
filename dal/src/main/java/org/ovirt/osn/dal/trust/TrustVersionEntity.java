package org.ovirt.osn.dal.trust;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The one row ({@code id = 1}) counting the changes of the trusted certificates. */
@Entity
@Table(name = "osn_trust_version")
public class TrustVersionEntity {

    static final int ID = 1;

    @Id
    @Column(name = "id")
    private int id;

    @Column(nullable = false)
    private long version;

    protected TrustVersionEntity() {
        // for JPA
    }

    public long getVersion() {
        return version;
    }

    void increment() {
        version++;
    }
}
