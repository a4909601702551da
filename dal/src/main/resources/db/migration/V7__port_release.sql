-- The durable queue of provider ports to delete (un-provision): one row per port whose vNIC is gone. A row is written
-- in the same transaction as the engine change that makes the release necessary and deleted when the provider has
-- confirmed it (a port that is already gone counts), so a release survives a provider outage and a server restart.
--
-- No foreign key to osn_network_provider: when a provider is removed while releases are pending, the worker drops
-- those rows itself and writes an audit event per port left behind (a cascade would lose them silently).
-- claimed_by / claimed_until: the node working a row right now; a claim that has run out (a crashed node) counts as
-- none, so two nodes sharing this database never work one row at once and no row stays stuck.
-- last_error never holds a credential: it is the provider exception's one-line description (method, URL, status,
-- Neutron error type, request id).
CREATE TABLE osn_port_release (
    id               UUID          NOT NULL,
    provider_id      UUID          NOT NULL,
    -- null when the module never learnt the port id: the ports with device_id = vnic_id and the engine's
    -- device_owner are deleted
    port_id          VARCHAR(64),
    vnic_id          UUID          NOT NULL,
    vnic_name        VARCHAR(255),
    vm_name          VARCHAR(255),
    -- ENGINE: an engine flow removed the vNIC (or moved it) and asked for the release; RECONCILER: the orphan-port
    -- reconciler found the port, and the worker checks again that the vNIC is gone before deleting it
    origin           VARCHAR(16)   NOT NULL,
    attempts         INTEGER       NOT NULL DEFAULT 0,
    next_attempt_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    last_error       VARCHAR(2000),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    claimed_by       VARCHAR(200),
    claimed_until    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_osn_port_release PRIMARY KEY (id),
    CONSTRAINT ck_osn_port_release_attempts CHECK (attempts >= 0),
    CONSTRAINT ck_osn_port_release_origin CHECK (origin IN ('ENGINE', 'RECONCILER'))
);
CREATE INDEX ix_osn_port_release_due ON osn_port_release (next_attempt_at);
CREATE INDEX ix_osn_port_release_provider ON osn_port_release (provider_id, port_id);
