-- The standalone engine host's inventory: what a real oVirt engine owns (data centers, clusters, logical networks,
-- their cluster attachments, vNIC profiles, hosts). Only the standalone implementation of the engine boundary reads
-- and writes these tables; a deployment into a real engine leaves them empty.
-- Portable SQL: runs unchanged on PostgreSQL and H2. Name sizes follow the engine's columns.
CREATE TABLE engine_data_center (
    id             UUID          NOT NULL,
    name           VARCHAR(40)   NOT NULL,
    description    VARCHAR(4000),
    CONSTRAINT pk_engine_data_center PRIMARY KEY (id),
    CONSTRAINT uq_engine_data_center_name UNIQUE (name)
);

CREATE TABLE engine_cluster (
    id             UUID          NOT NULL,
    name           VARCHAR(40)   NOT NULL,
    description    VARCHAR(4000),
    data_center_id UUID          NOT NULL,
    CONSTRAINT pk_engine_cluster PRIMARY KEY (id),
    CONSTRAINT uq_engine_cluster_name UNIQUE (name),
    -- a data center that still has clusters cannot be removed
    CONSTRAINT fk_engine_cluster_data_center FOREIGN KEY (data_center_id)
        REFERENCES engine_data_center (id) ON DELETE RESTRICT
);
CREATE INDEX idx_engine_cluster_data_center ON engine_cluster (data_center_id);

-- Logical networks belong to their data center and go with it.
CREATE TABLE engine_network (
    id             UUID          NOT NULL,
    data_center_id UUID          NOT NULL,
    name           VARCHAR(256)  NOT NULL,
    description    VARCHAR(4000),
    -- 0 = the default MTU
    mtu            INTEGER       NOT NULL DEFAULT 0,
    vlan_id        INTEGER,
    vm_network     BOOLEAN       NOT NULL DEFAULT TRUE,
    -- the name hosts use for the bridge: at most 15 characters, fixed when the network is created
    vdsm_name      VARCHAR(15)   NOT NULL,
    CONSTRAINT pk_engine_network PRIMARY KEY (id),
    CONSTRAINT uq_engine_network_dc_name UNIQUE (data_center_id, name),
    CONSTRAINT uq_engine_network_dc_vdsm_name UNIQUE (data_center_id, vdsm_name),
    CONSTRAINT ck_engine_network_mtu CHECK (mtu = 0 OR (mtu >= 68 AND mtu <= 65535)),
    CONSTRAINT ck_engine_network_vlan CHECK (vlan_id IS NULL OR (vlan_id >= 0 AND vlan_id <= 4094)),
    CONSTRAINT fk_engine_network_data_center FOREIGN KEY (data_center_id)
        REFERENCES engine_data_center (id) ON DELETE CASCADE
);

-- A network attached to a cluster; gone when either is removed.
CREATE TABLE engine_network_cluster (
    network_id     UUID          NOT NULL,
    cluster_id     UUID          NOT NULL,
    required       BOOLEAN       NOT NULL DEFAULT FALSE,
    CONSTRAINT pk_engine_network_cluster PRIMARY KEY (network_id, cluster_id),
    CONSTRAINT fk_engine_network_cluster_network FOREIGN KEY (network_id)
        REFERENCES engine_network (id) ON DELETE CASCADE,
    CONSTRAINT fk_engine_network_cluster_cluster FOREIGN KEY (cluster_id)
        REFERENCES engine_cluster (id) ON DELETE CASCADE
);
CREATE INDEX idx_engine_network_cluster_cluster ON engine_network_cluster (cluster_id);

CREATE TABLE engine_vnic_profile (
    id             UUID          NOT NULL,
    network_id     UUID          NOT NULL,
    name           VARCHAR(256)  NOT NULL,
    description    VARCHAR(4000),
    -- usable by everyone (the engine grants this through a permission; the standalone host has no permissions)
    public_use     BOOLEAN       NOT NULL DEFAULT FALSE,
    CONSTRAINT pk_engine_vnic_profile PRIMARY KEY (id),
    CONSTRAINT uq_engine_vnic_profile_network_name UNIQUE (network_id, name),
    CONSTRAINT fk_engine_vnic_profile_network FOREIGN KEY (network_id)
        REFERENCES engine_network (id) ON DELETE CASCADE
);

-- Custom properties of a vNIC profile, e.g. SecurityGroups (absent = provider default, empty = none).
CREATE TABLE engine_vnic_profile_property (
    vnic_profile_id UUID         NOT NULL,
    property_name   VARCHAR(128) NOT NULL,
    property_value  VARCHAR(4000),
    CONSTRAINT pk_engine_vnic_profile_property PRIMARY KEY (vnic_profile_id, property_name),
    CONSTRAINT fk_engine_vnic_profile_property_profile FOREIGN KEY (vnic_profile_id)
        REFERENCES engine_vnic_profile (id) ON DELETE CASCADE
);

CREATE TABLE engine_host (
    id             UUID          NOT NULL,
    name           VARCHAR(255)  NOT NULL,
    description    VARCHAR(4000),
    -- host name or IP address; also the port binding host id when the host reports none
    address        VARCHAR(255)  NOT NULL,
    cluster_id     UUID          NOT NULL,
    CONSTRAINT pk_engine_host PRIMARY KEY (id),
    CONSTRAINT uq_engine_host_name UNIQUE (name),
    CONSTRAINT uq_engine_host_address UNIQUE (address),
    -- a cluster that still has hosts cannot be removed
    CONSTRAINT fk_engine_host_cluster FOREIGN KEY (cluster_id)
        REFERENCES engine_cluster (id) ON DELETE RESTRICT
);
CREATE INDEX idx_engine_host_cluster ON engine_host (cluster_id);
