package org.ovirt.osn.restapi.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

import java.util.ArrayList;
import java.util.List;

/** {@code <steps>}; in JSON {@code {"step":[…]}}. */
@XmlRootElement(name = "steps")
public class Steps {

    @XmlElement(name = "step")
    private List<Step> step = new ArrayList<>();

    public List<Step> getStep() {
        return step;
    }

    public void setStep(List<Step> step) {
        this.step = step;
    }
}
