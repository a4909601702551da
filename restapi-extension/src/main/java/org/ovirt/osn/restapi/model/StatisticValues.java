package org.ovirt.osn.restapi.model;

import jakarta.xml.bind.annotation.XmlElement;

import java.util.ArrayList;
import java.util.List;

/** {@code <values>} of a statistic: none when nothing is known yet (e.g. no failure so far), else one. */
public class StatisticValues {

    @XmlElement(name = "value")
    private List<StatisticValue> value = new ArrayList<>();

    public List<StatisticValue> getValue() {
        return value;
    }

    public void setValue(List<StatisticValue> value) {
        this.value = value;
    }
}
