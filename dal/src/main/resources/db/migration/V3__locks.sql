-- Leases that serialise work on one object (e.g. a provider) across every engine node sharing this database.
-- A lease expires, so a node that dies while holding one does not block the others for ever.
CREATE TABLE osn_lock (
    lock_key     VARCHAR(200) NOT NULL,
    owner        VARCHAR(200) NOT NULL,
    acquired_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_osn_lock PRIMARY KEY (lock_key)
);
