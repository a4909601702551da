package org.ovirt.osn.restapi.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

import java.util.ArrayList;
import java.util.List;

/** {@code <vms>}; in JSON {@code {"vm":[…]}}. */
@XmlRootElement(name = "vms")
public class Vms {

    @XmlElement(name = "vm")
    private List<Vm> vm = new ArrayList<>();

    public List<Vm> getVm() {
        return vm;
    }

    public void setVm(List<Vm> vm) {
        this.vm = vm;
    }
}
