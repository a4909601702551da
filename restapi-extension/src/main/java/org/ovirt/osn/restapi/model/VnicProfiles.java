package org.ovirt.osn.restapi.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

import java.util.ArrayList;
import java.util.List;

/** {@code <vnic_profiles>}; in JSON {@code {"vnic_profile":[…]}}. */
@XmlRootElement(name = "vnic_profiles")
public class VnicProfiles {

    @XmlElement(name = "vnic_profile")
    private List<VnicProfile> vnicProfile = new ArrayList<>();

    public List<VnicProfile> getVnicProfile() {
        return vnicProfile;
    }

    public void setVnicProfile(List<VnicProfile> vnicProfile) {
        this.vnicProfile = vnicProfile;
    }
}
