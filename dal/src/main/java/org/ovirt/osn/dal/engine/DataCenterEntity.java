package org.ovirt.osn.dal.engine;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.util.UUID;

/** A data center of the standalone engine host. */
@Entity
@Table(name = "engine_data_center")
@NamedQuery(name = DataCenterEntity.FIND_ALL, query = "SELECT d FROM DataCenterEntity d ORDER BY d.name")
@NamedQuery(name = DataCenterEntity.FIND_BY_NAME, query = "SELECT d FROM DataCenterEntity d WHERE d.name = :name")
public class DataCenterEntity {

    public static final String FIND_ALL = "DataCenter.findAll";
    public static final String FIND_BY_NAME = "DataCenter.findByName";

    @Id
    private UUID id;

    @Column(nullable = false, length = 40)
    private String name;

    @Column(length = 4000)
    private String description;

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

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
