package org.ovirt.osn.restapi.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

import java.util.ArrayList;
import java.util.List;

/** {@code <statistics>}, as a host's or a VM's in oVirt. */
@XmlRootElement(name = "statistics")
public class Statistics {

    @XmlElement(name = "statistic")
    private List<Statistic> statistic = new ArrayList<>();

    public List<Statistic> getStatistic() {
        return statistic;
    }

    public void setStatistic(List<Statistic> statistic) {
        this.statistic = statistic;
    }
}
