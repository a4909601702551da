package org.ovirt.osn.dal.sso;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** One issued token, by the hex SHA-256 of the token (never the token): who, for which scope, until when, by whom. */
@Entity
@Table(name = "osn_sso_token")
@NamedQuery(name = SsoTokenEntity.FIND_EXPIRED,
        query = "SELECT t.tokenHash FROM SsoTokenEntity t WHERE t.expiresAt <= :now ORDER BY t.expiresAt")
@NamedQuery(name = SsoTokenEntity.DELETE_BY_HASHES,
        query = "DELETE FROM SsoTokenEntity t WHERE t.tokenHash IN :hashes")
@NamedQuery(name = SsoTokenEntity.DELETE_BY_HASH,
        query = "DELETE FROM SsoTokenEntity t WHERE t.tokenHash = :hash")
@NamedQuery(name = SsoTokenEntity.DELETE_OF_EARLIER_RUNS,
        query = "DELETE FROM SsoTokenEntity t WHERE t.nodeId = :nodeId AND t.bootId <> :bootId")
public class SsoTokenEntity {

    public static final String FIND_EXPIRED = "SsoToken.findExpired";
    public static final String DELETE_BY_HASHES = "SsoToken.deleteByHashes";
    public static final String DELETE_BY_HASH = "SsoToken.deleteByHash";
    public static final String DELETE_OF_EARLIER_RUNS = "SsoToken.deleteOfEarlierRuns";

    @Id
    @Column(name = "token_hash", length = 64)
    private String tokenHash;

    @Column(name = "user_name", nullable = false, length = 255)
    private String userName;

    @Column(nullable = false, length = 1000)
    private String scope;

    @Column(name = "issued_at", nullable = false)
    private OffsetDateTime issuedAt;

    @Column(name = "expires_at", nullable = false)
    private OffsetDateTime expiresAt;

    @Column(name = "node_id", nullable = false, length = 200)
    private String nodeId;

    @Column(name = "boot_id", nullable = false, length = 64)
    private String bootId;

    protected SsoTokenEntity() {
        // for JPA
    }

    public SsoTokenEntity(String tokenHash, String userName, String scope, OffsetDateTime issuedAt,
                          OffsetDateTime expiresAt, String nodeId, String bootId) {
        this.tokenHash = tokenHash;
        this.userName = userName;
        this.scope = scope;
        this.issuedAt = issuedAt;
        this.expiresAt = expiresAt;
        this.nodeId = nodeId;
        this.bootId = bootId;
    }

    public String getTokenHash() {
        return tokenHash;
    }

    public String getUserName() {
        return userName;
    }

    public String getScope() {
        return scope;
    }

    public OffsetDateTime getIssuedAt() {
        return issuedAt;
    }

    public OffsetDateTime getExpiresAt() {
        return expiresAt;
    }

    public String getNodeId() {
        return nodeId;
    }

    public String getBootId() {
        return bootId;
    }

    /** The digest would be as good as a name for the row; it is not a secret, but there is no need to print it. */
    @Override
    public String toString() {
        return "SsoTokenEntity[user=" + userName + ", scope=" + scope + ", expiresAt=" + expiresAt + ", node="
                + nodeId + "]";
    }
}
