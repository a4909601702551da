package org.ovirt.osn.restapi.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

import java.util.List;

/**
 * {@code <job>}, as oVirt's {@code Job}: {@code description}, {@code status} ({@code started}, {@code finished},
 * {@code failed}, {@code aborted}), {@code start_time}, {@code end_time}, {@code last_updated}, {@code external},
 * {@code auto_cleared}, {@code owner} (here with its {@code user_name}) and the {@code steps} link.
 */
@XmlRootElement(name = "job")
public class Job extends BaseResource {

    @XmlElement
    private String status;
    @XmlElement(name = "start_time")
    private String startTime;
    @XmlElement(name = "end_time")
    private String endTime;
    @XmlElement(name = "last_updated")
    private String lastUpdated;
    @XmlElement
    private Boolean external;
    @XmlElement(name = "auto_cleared")
    private Boolean autoCleared;
    @XmlElement
    private User owner;
    @XmlElement(name = "link")
    private List<Link> link;

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getStartTime() {
        return startTime;
    }

    public void setStartTime(String startTime) {
        this.startTime = startTime;
    }

    public String getEndTime() {
        return endTime;
    }

    public void setEndTime(String endTime) {
        this.endTime = endTime;
    }

    public String getLastUpdated() {
        return lastUpdated;
    }

    public void setLastUpdated(String lastUpdated) {
        this.lastUpdated = lastUpdated;
    }

    public Boolean getExternal() {
        return external;
    }

    public void setExternal(Boolean external) {
        this.external = external;
    }

    public Boolean getAutoCleared() {
        return autoCleared;
    }

    public void setAutoCleared(Boolean autoCleared) {
        this.autoCleared = autoCleared;
    }

    public User getOwner() {
        return owner;
    }

    public void setOwner(User owner) {
        this.owner = owner;
    }

    public List<Link> getLink() {
        return link;
    }

    public void setLink(List<Link> link) {
        this.link = link;
    }
}
