package org.ovirt.osn.restapi.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

import java.util.ArrayList;
import java.util.List;

/** {@code <jobs>}; in JSON {@code {"job":[…]}}. */
@XmlRootElement(name = "jobs")
public class Jobs {

    @XmlElement(name = "job")
    private List<Job> job = new ArrayList<>();

    public List<Job> getJob() {
        return job;
    }

    public void setJob(List<Job> job) {
        this.job = job;
    }
}
