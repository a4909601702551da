package org.ovirt.osn.restapi.model;

import jakarta.xml.bind.annotation.XmlAttribute;

/** {@code <link rel="networks" href="…"/>}. */
public class Link {

    @XmlAttribute
    private String rel;

    @XmlAttribute
    private String href;

    public Link() {
    }

    public Link(String rel, String href) {
        this.rel = rel;
        this.href = href;
    }

    public String getRel() {
        return rel;
    }

    public void setRel(String rel) {
        this.rel = rel;
    }

    public String getHref() {
        return href;
    }

    public void setHref(String href) {
        this.href = href;
    }
}
