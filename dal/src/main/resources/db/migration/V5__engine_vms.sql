-- The standalone engine host's VMs and their vNICs, and the MAC pool the vNICs take their addresses from.
-- Only the standalone implementation of the engine boundary uses these tables. Portable SQL (PostgreSQL and H2).
CREATE TABLE engine_vm (
    id             UUID          NOT NULL,
    name           VARCHAR(255)  NOT NULL,
    description    VARCHAR(4000),
    cluster_id     UUID          NOT NULL,
    status         VARCHAR(16)   NOT NULL DEFAULT 'down',
    -- the host the VM runs on (during a migration: the source host); none while down
    run_on_host_id UUID,
    CONSTRAINT pk_engine_vm PRIMARY KEY (id),
    CONSTRAINT uq_engine_vm_name UNIQUE (name),
    CONSTRAINT ck_engine_vm_status CHECK (status IN ('down', 'up', 'migrating')),
    CONSTRAINT ck_engine_vm_run_on_host CHECK ((status = 'down' AND run_on_host_id IS NULL)
        OR (status <> 'down' AND run_on_host_id IS NOT NULL)),
    -- a cluster that still has VMs, or a host a VM runs on, cannot be removed
    CONSTRAINT fk_engine_vm_cluster FOREIGN KEY (cluster_id)
        REFERENCES engine_cluster (id) ON DELETE RESTRICT,
    CONSTRAINT fk_engine_vm_run_on_host FOREIGN KEY (run_on_host_id)
        REFERENCES engine_host (id) ON DELETE RESTRICT
);
CREATE INDEX idx_engine_vm_cluster ON engine_vm (cluster_id);
CREATE INDEX idx_engine_vm_run_on_host ON engine_vm (run_on_host_id);

-- A vNIC goes with its VM. MACs are unique because there is one MAC pool.
CREATE TABLE engine_vm_nic (
    id              UUID         NOT NULL,
    vm_id           UUID         NOT NULL,
    name            VARCHAR(50)  NOT NULL,
    -- lower case, colon separated: 56:6f:00:00:00:01
    mac_address     VARCHAR(17)  NOT NULL,
    -- none = the empty profile (the vNIC is connected to no network); removing the profile empties it
    vnic_profile_id UUID,
    plugged         BOOLEAN      NOT NULL DEFAULT TRUE,
    linked          BOOLEAN      NOT NULL DEFAULT TRUE,
    CONSTRAINT pk_engine_vm_nic PRIMARY KEY (id),
    CONSTRAINT uq_engine_vm_nic_vm_name UNIQUE (vm_id, name),
    CONSTRAINT uq_engine_vm_nic_mac UNIQUE (mac_address),
    CONSTRAINT fk_engine_vm_nic_vm FOREIGN KEY (vm_id)
        REFERENCES engine_vm (id) ON DELETE CASCADE,
    CONSTRAINT fk_engine_vm_nic_vnic_profile FOREIGN KEY (vnic_profile_id)
        REFERENCES engine_vnic_profile (id) ON DELETE SET NULL
);
CREATE INDEX idx_engine_vm_nic_vnic_profile ON engine_vm_nic (vnic_profile_id);

-- The MAC pool: a range and how far allocation has gone in it. Allocation locks the row and moves next_offset on, so
-- two allocations never get the same address, even on two engine nodes; an address is never handed out twice.
CREATE TABLE engine_mac_pool (
    id             UUID          NOT NULL,
    name           VARCHAR(40)   NOT NULL,
    range_from     VARCHAR(17)   NOT NULL,
    range_to       VARCHAR(17)   NOT NULL,
    -- the offset from range_from of the next address to try
    next_offset    BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT pk_engine_mac_pool PRIMARY KEY (id),
    CONSTRAINT uq_engine_mac_pool_name UNIQUE (name)
);
-- oVirt's default pool takes 56:6f:xx; this one range of 65,536 addresses is enough for the standalone host.
INSERT INTO engine_mac_pool (id, name, range_from, range_to, next_offset)
VALUES ('00000000-0000-0000-0000-00000000ac01', 'Default', '56:6f:00:00:00:00', '56:6f:00:00:ff:ff', 0);
