package org.ovirt.osn.restapi.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

/** {@code <event>}: one audit log entry, as oVirt's {@code Event} type (code, severity, time, description). */
@XmlRootElement(name = "event")
public class Event extends BaseResource {

    @XmlElement
    private Integer code;
    @XmlElement
    private String severity;
    @XmlElement
    private String time;
    @XmlElement(name = "correlation_id")
    private String correlationId;
    @XmlElement
    private String origin;

    public Integer getCode() {
        return code;
    }

    public void setCode(Integer code) {
        this.code = code;
    }

    public String getSeverity() {
        return severity;
    }

    public void setSeverity(String severity) {
        this.severity = severity;
    }

    public String getTime() {
        return time;
    }

    public void setTime(String time) {
        this.time = time;
    }

    public String getCorrelationId() {
        return correlationId;
    }

    public void setCorrelationId(String correlationId) {
        this.correlationId = correlationId;
    }

    public String getOrigin() {
        return origin;
    }

    public void setOrigin(String origin) {
        this.origin = origin;
    }
}
