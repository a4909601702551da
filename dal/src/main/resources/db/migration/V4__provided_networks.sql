-- Which provider networks an engine network is provided by. A link table, not a column: one engine network may be
-- provided by several providers (imported from one, linked to others).
-- No foreign key to the engine's network table: inside a real engine that table is not ours. Whoever removes an engine
-- network removes its links (ProvidedNetworkDao.removeByNetwork).
-- Removing a provider removes its links (ON DELETE CASCADE): the engine networks stay, no longer provided by it.
CREATE TABLE osn_provided_network (
    id              UUID          NOT NULL,
    network_id      UUID          NOT NULL,
    provider_id     UUID          NOT NULL,
    external_id     VARCHAR(64)   NOT NULL,
    data_center_id  UUID          NOT NULL,
    -- for a flat or VLAN provider network: the data center network carrying it on the hosts (the engine's
    -- provider_physical_network_id); null for a tunnelled network
    physical_network_id UUID,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_osn_provided_network PRIMARY KEY (id),
    CONSTRAINT fk_osn_provided_network_provider FOREIGN KEY (provider_id)
        REFERENCES osn_network_provider (id) ON DELETE CASCADE,
    -- one provider network is imported at most once per data center; concurrent imports lose on this key
    CONSTRAINT uq_osn_provided_network_external UNIQUE (data_center_id, provider_id, external_id),
    -- a provider provides an engine network at most once
    CONSTRAINT uq_osn_provided_network_network UNIQUE (network_id, provider_id)
);

CREATE INDEX ix_osn_provided_network_provider ON osn_provided_network (provider_id, external_id);
