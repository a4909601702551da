-- A port create the module is about to send, written and committed in a transaction of its own before the request
-- goes out, and deleted together with the port's osn_vnic_port row in the flow's transaction. A vNIC with neither a
-- port row nor an open intent on a provider has no port there, so its run skips the lookup by device id; an open
-- intent (a crash or a lost answer between the create and the record, or a flow rolled back after it) means a port
-- may exist that the module never recorded: the next run looks it up and adopts it. A rolled-back flow leaves its
-- intent open on purpose: it costs one lookup the next time, never a duplicate port.
-- One row per vNIC and attempt: an attempt only ever inserts, so it never waits for a row the flow's own (suspended)
-- transaction holds. No foreign key to the engine's vNIC or VM tables (inside a real engine they are not ours):
-- whoever removes a vNIC or VM removes its intents in the same transaction and releases any port they may stand for.
-- Removing a provider drops its intents (ON DELETE CASCADE), as it drops its port rows.
CREATE TABLE osn_port_intent (
    id              UUID          NOT NULL,
    attempt_id      UUID          NOT NULL,
    vnic_id         UUID          NOT NULL,
    vm_id           UUID          NOT NULL,
    provider_id     UUID          NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_osn_port_intent PRIMARY KEY (id),
    CONSTRAINT uq_osn_port_intent_attempt UNIQUE (attempt_id, vnic_id),
    CONSTRAINT fk_osn_port_intent_provider FOREIGN KEY (provider_id)
        REFERENCES osn_network_provider (id) ON DELETE CASCADE
);
CREATE INDEX ix_osn_port_intent_vnic ON osn_port_intent (vnic_id, provider_id);
CREATE INDEX ix_osn_port_intent_vm ON osn_port_intent (vm_id);
CREATE INDEX ix_osn_port_intent_provider ON osn_port_intent (provider_id);
