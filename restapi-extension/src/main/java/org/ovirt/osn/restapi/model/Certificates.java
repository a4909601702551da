package org.ovirt.osn.restapi.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code <certificates>}: a provider's chain in answers, and the certificates to import in an
 * {@code importcertificates} action; in JSON {@code {"certificate":[…]}} as oVirt does.
 */
@XmlRootElement(name = "certificates")
public class Certificates {

    @XmlElement(name = "certificate")
    private List<Certificate> certificate = new ArrayList<>();

    public List<Certificate> getCertificate() {
        return certificate;
    }

    public void setCertificate(List<Certificate> certificate) {
        this.certificate = certificate;
    }
}
