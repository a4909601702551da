-- Several engine nodes on one database.
--
-- A lease names the node and the run of the application that holds it: the holder renews the leases of its run
-- while it lives, and a node that starts again frees the leases of its earlier runs at once.
ALTER TABLE osn_lock ADD COLUMN node_id VARCHAR(200);
ALTER TABLE osn_lock ADD COLUMN run_id VARCHAR(64);
CREATE INDEX idx_osn_lock_node ON osn_lock (node_id, run_id);

-- Contenders for one lock key queue on one of these rows (SELECT ... FOR UPDATE) before they look at osn_lock, so
-- a lost race is a lease found taken, never a violated primary key. 64 stripes keep unrelated keys apart.
CREATE TABLE osn_lock_stripe (
    stripe  INTEGER NOT NULL,
    CONSTRAINT pk_osn_lock_stripe PRIMARY KEY (stripe)
);
INSERT INTO osn_lock_stripe (stripe) VALUES
    (0), (1), (2), (3), (4), (5), (6), (7), (8), (9), (10), (11), (12), (13), (14), (15),
    (16), (17), (18), (19), (20), (21), (22), (23), (24), (25), (26), (27), (28), (29), (30), (31),
    (32), (33), (34), (35), (36), (37), (38), (39), (40), (41), (42), (43), (44), (45), (46), (47),
    (48), (49), (50), (51), (52), (53), (54), (55), (56), (57), (58), (59), (60), (61), (62), (63);

-- Provider certificates an admin imported, trusted by every node: each node's trust store follows this table.
CREATE TABLE osn_trusted_certificate (
    alias               VARCHAR(200)   NOT NULL,
    fingerprint_sha256  VARCHAR(64)    NOT NULL,
    subject             VARCHAR(1000)  NOT NULL,
    pem                 VARCHAR(20000) NOT NULL,
    added_by            VARCHAR(200)   NOT NULL,
    added_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_osn_trusted_certificate PRIMARY KEY (alias),
    CONSTRAINT uq_osn_trusted_certificate_fingerprint UNIQUE (fingerprint_sha256)
);

-- One row counting the changes of osn_trusted_certificate: a node compares it with the count it last followed, and
-- a change locks it first, so two nodes importing one certificate at once queue instead of violating a key.
CREATE TABLE osn_trust_version (
    id       INTEGER NOT NULL,
    version  BIGINT  NOT NULL,
    CONSTRAINT pk_osn_trust_version PRIMARY KEY (id)
);
INSERT INTO osn_trust_version (id, version) VALUES (1, 0);
