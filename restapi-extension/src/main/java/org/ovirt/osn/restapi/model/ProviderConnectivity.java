package org.ovirt.osn.restapi.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;

import java.util.List;

/**
 * Extension: inside the {@code <action>} answer of a successful {@code testconnectivity}, what the test found: the
 * API versions the provider advertises, the authentication used, each call's round trip, the capabilities the
 * module detected and will use. docs/operations.md describes each field.
 */
public class ProviderConnectivity {

    @XmlElementWrapper(name = "api_versions")
    @XmlElement(name = "api_version")
    private List<String> apiVersions;
    @XmlElement
    private ConnectivityAuthentication authentication;
    @XmlElementWrapper(name = "calls")
    @XmlElement(name = "call")
    private List<ConnectivityCall> calls;
    @XmlElement
    private ConnectivityCapabilities capabilities;

    public ProviderConnectivity() {
        // for JAXB
    }

    public ProviderConnectivity(List<String> apiVersions, ConnectivityAuthentication authentication,
                                List<ConnectivityCall> calls, ConnectivityCapabilities capabilities) {
        this.apiVersions = apiVersions;
        this.authentication = authentication;
        this.calls = calls;
        this.capabilities = capabilities;
    }

    public List<String> getApiVersions() {
        return apiVersions;
    }

    public ConnectivityAuthentication getAuthentication() {
        return authentication;
    }

    public List<ConnectivityCall> getCalls() {
        return calls;
    }

    public ConnectivityCapabilities getCapabilities() {
        return capabilities;
    }
}
