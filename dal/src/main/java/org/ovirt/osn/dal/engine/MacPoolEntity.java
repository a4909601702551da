package org.ovirt.osn.dal.engine;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.util.UUID;

/** A MAC address range and how far allocation has gone in it ({@code nextOffset} from {@code rangeFrom}). */
@Entity
@Table(name = "engine_mac_pool")
@NamedQuery(name = MacPoolEntity.FIND_BY_NAME, query = "SELECT p FROM MacPoolEntity p WHERE p.name = :name")
public class MacPoolEntity {

    public static final String FIND_BY_NAME = "MacPool.findByName";

    @Id
    private UUID id;

    @Column(nullable = false, length = 40)
    private String name;

    @Column(name = "range_from", nullable = false, length = 17)
    private String rangeFrom;

    @Column(name = "range_to", nullable = false, length = 17)
    private String rangeTo;

    @Column(name = "next_offset", nullable = false)
    private long nextOffset;

    public UUID getId() {
        return id;
    }

    public void setId(UUID id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getRangeFrom() {
        return rangeFrom;
    }

    public void setRangeFrom(String rangeFrom) {
        this.rangeFrom = rangeFrom;
    }

    public String getRangeTo() {
        return rangeTo;
    }

    public void setRangeTo(String rangeTo) {
        this.rangeTo = rangeTo;
    }

    public long getNextOffset() {
        return nextOffset;
    }

    public void setNextOffset(long nextOffset) {
        this.nextOffset = nextOffset;
    }
}
