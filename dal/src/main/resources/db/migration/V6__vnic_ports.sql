-- The provider port the module provisioned for each vNIC: which provider and port, on which provider network, bound
-- to which host, in which state, and the connection details last handed to the host. One row per vNIC: a vNIC has at
-- most one port (the network it is connected to is provided by one chosen provider).
-- No foreign key to the engine's vNIC or VM tables: inside a real engine they are not ours. Whoever removes a vNIC
-- removes its row and enqueues the port's release in the same transaction (VmNicLifecycle).
-- Removing a provider drops its rows (ON DELETE CASCADE), as it drops its network links.
CREATE TABLE osn_vnic_port (
    vnic_id             UUID          NOT NULL,
    vm_id               UUID          NOT NULL,
    provider_id         UUID          NOT NULL,
    port_id             VARCHAR(64)   NOT NULL,
    network_external_id VARCHAR(64)   NOT NULL,
    -- binding:host_id the port was last bound to; null while unbound
    host_binding        VARCHAR(255),
    state               VARCHAR(16)   NOT NULL,
    -- the connection details last handed to the host (vnic_id is port_id)
    provider_type       VARCHAR(32)   NOT NULL,
    plugin_type         VARCHAR(255),
    -- comma separated ids as on the port; empty: none
    security_groups     VARCHAR(4000),
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    row_version         INTEGER       NOT NULL DEFAULT 0,
    CONSTRAINT pk_osn_vnic_port PRIMARY KEY (vnic_id),
    CONSTRAINT uq_osn_vnic_port_port UNIQUE (provider_id, port_id),
    CONSTRAINT ck_osn_vnic_port_state CHECK (state IN ('ACTIVE', 'UNPLUGGED', 'DOWN')),
    CONSTRAINT fk_osn_vnic_port_provider FOREIGN KEY (provider_id)
        REFERENCES osn_network_provider (id) ON DELETE CASCADE
);
CREATE INDEX ix_osn_vnic_port_vm ON osn_vnic_port (vm_id);

-- Standalone engine host: the binding host id a host reports per provider plugin type (oVirt: the host's
-- openstack_binding_host_ids from getCaps, e.g. the OVS system-id for OVIRT_PROVIDER_OVN). A host without one for a
-- plugin type is bound by its address.
CREATE TABLE engine_host_provider_binding (
    host_id         UUID          NOT NULL,
    plugin_type     VARCHAR(255)  NOT NULL,
    binding_host_id VARCHAR(255)  NOT NULL,
    CONSTRAINT pk_engine_host_provider_binding PRIMARY KEY (host_id, plugin_type),
    CONSTRAINT fk_engine_host_provider_binding_host FOREIGN KEY (host_id)
        REFERENCES engine_host (id) ON DELETE CASCADE
);
