package org.ovirt.osn.dal.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One audit log entry: what happened, already rendered to text, and who it concerned. */
@Entity
@Table(name = "osn_audit_log")
@NamedQuery(name = AuditLogEntity.FIND_NEWEST_FIRST,
        query = "SELECT a FROM AuditLogEntity a ORDER BY a.id DESC")
@NamedQuery(name = AuditLogEntity.FIND_NEWEST_OF_PROVIDER,
        query = "SELECT a FROM AuditLogEntity a WHERE a.providerId = :providerId AND a.eventCode IN :codes"
                + " ORDER BY a.id DESC")
public class AuditLogEntity {

    public static final String FIND_NEWEST_FIRST = "AuditLog.findNewestFirst";
    public static final String FIND_NEWEST_OF_PROVIDER = "AuditLog.findNewestOfProvider";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "log_time", nullable = false)
    private OffsetDateTime logTime;

    @Column(name = "event_code", nullable = false)
    private int eventCode;

    @Column(name = "event_name", nullable = false, length = 128)
    private String eventName;

    @Column(nullable = false, length = 16)
    private String severity;

    @Column(nullable = false, length = 4000)
    private String message;

    @Column(name = "provider_id")
    private UUID providerId;

    @Column(name = "user_name", length = 255)
    private String userName;

    @Column(name = "correlation_id", length = 64)
    private String correlationId;

    protected AuditLogEntity() {
        // for JPA
    }

    public AuditLogEntity(OffsetDateTime logTime, int eventCode, String eventName, String severity, String message) {
        this.logTime = logTime;
        this.eventCode = eventCode;
        this.eventName = eventName;
        this.severity = severity;
        this.message = message.length() > 4000 ? message.substring(0, 4000) : message;
    }

    public Long getId() {
        return id;
    }

    public OffsetDateTime getLogTime() {
        return logTime;
    }

    public int getEventCode() {
        return eventCode;
    }

    public String getEventName() {
        return eventName;
    }

    public String getSeverity() {
        return severity;
    }

    public String getMessage() {
        return message;
    }

    public UUID getProviderId() {
        return providerId;
    }

    public void setProviderId(UUID providerId) {
        this.providerId = providerId;
    }

    public String getUserName() {
        return userName;
    }

    public void setUserName(String userName) {
        this.userName = userName;
    }

    public String getCorrelationId() {
        return correlationId;
    }

    public void setCorrelationId(String correlationId) {
        this.correlationId = correlationId;
    }
}
