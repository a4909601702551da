package org.ovirt.osn.restapi.model;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;

/** oVirt's {@code Identified}: id and href as attributes, the rest as elements. */
public abstract class BaseResource {

    @XmlAttribute
    private String id;

    @XmlAttribute
    private String href;

    @XmlElement
    private String name;

    @XmlElement
    private String description;

    @XmlElement
    private String comment;

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getHref() {
        return href;
    }

    public void setHref(String href) {
        this.href = href;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
