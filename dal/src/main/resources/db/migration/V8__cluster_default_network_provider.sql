-- A cluster's default network provider (the engine's cluster.default_network_provider_id): its networks are imported
-- into the cluster's data center by sync and attached to the cluster. Nullable: most clusters have none.
-- Removing a provider that is still a cluster's default is refused by the command; should a provider row go anyway,
-- the clusters simply lose their default instead of blocking the removal.
ALTER TABLE engine_cluster ADD COLUMN default_network_provider_id UUID;

ALTER TABLE engine_cluster ADD CONSTRAINT fk_engine_cluster_default_network_provider
    FOREIGN KEY (default_network_provider_id) REFERENCES osn_network_provider (id) ON DELETE SET NULL;

CREATE INDEX idx_engine_cluster_default_network_provider ON engine_cluster (default_network_provider_id);
