package org.ovirt.osn.restapi.model;

import jakarta.xml.bind.annotation.XmlElement;

/** oVirt's {@code User}, here only as a job's {@code <owner>}: the user name (the module keeps no user ids). */
public class User {

    @XmlElement(name = "user_name")
    private String userName;

    public String getUserName() {
        return userName;
    }

    public void setUserName(String userName) {
        this.userName = userName;
    }
}
