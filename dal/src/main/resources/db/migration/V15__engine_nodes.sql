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
