package org.ovirt.osn.restapi.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

import java.util.ArrayList;
import java.util.List;

/** {@code <data_centers>}; in JSON {@code {"data_center":[…]}}. */
@XmlRootElement(name = "data_centers")
public class DataCenters {

    @XmlElement(name = "data_center")
    private List<DataCenter> dataCenter = new ArrayList<>();

    public List<DataCenter> getDataCenter() {
        return dataCenter;
    }

    public void setDataCenter(List<DataCenter> dataCenter) {
        this.dataCenter = dataCenter;
    }
}
