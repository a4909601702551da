-- SSO bearer tokens, shared by every engine node on this database, so a token issued by one node is valid on all of
-- them and a logout on one revokes it on all. Only the token's SHA-256 (hex) is kept: a database dump reveals no
-- usable token. A revoked token's row is deleted; an expired one is refused at once and deleted later in batches.
-- node_id and boot_id say which node, in which run of its JVM, issued the token: at start a node deletes the tokens
-- it issued in an earlier run (a restart logs its users out, as the engine's restart does) and no other node's.
CREATE TABLE osn_sso_token (
    token_hash  VARCHAR(64)   NOT NULL,
    user_name   VARCHAR(255)  NOT NULL,
    scope       VARCHAR(1000) NOT NULL,
    issued_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    node_id     VARCHAR(200)  NOT NULL,
    boot_id     VARCHAR(64)   NOT NULL,
    CONSTRAINT pk_osn_sso_token PRIMARY KEY (token_hash)
);

CREATE INDEX ix_osn_sso_token_expires_at ON osn_sso_token (expires_at);
CREATE INDEX ix_osn_sso_token_node ON osn_sso_token (node_id, boot_id);
