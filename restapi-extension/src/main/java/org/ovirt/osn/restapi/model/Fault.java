package org.ovirt.osn.restapi.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

/** {@code <fault><reason/><detail/></fault>}. */
@XmlRootElement(name = "fault")
public class Fault {

    @XmlElement
    private String reason;

    @XmlElement
    private String detail;

    public Fault() {
    }

    public Fault(String reason, String detail) {
        this.reason = reason;
        this.detail = detail;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getDetail() {
        return detail;
    }

    public void setDetail(String detail) {
        this.detail = detail;
    }
}
