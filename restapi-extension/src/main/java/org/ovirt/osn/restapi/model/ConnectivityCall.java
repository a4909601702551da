package org.ovirt.osn.restapi.model;

import jakarta.xml.bind.annotation.XmlElement;

/** Extension, in {@link ProviderConnectivity}: one call the test made ({@code GET http://…}) and its round trip. */
public class ConnectivityCall {

    @XmlElement
    private String request;
    @XmlElement(name = "round_trip_ms")
    private Double roundTripMs;

    public ConnectivityCall() {
        // for JAXB
    }

    public ConnectivityCall(String request, double roundTripMs) {
        this.request = request;
        this.roundTripMs = roundTripMs;
    }

    public String getRequest() {
        return request;
    }

    public Double getRoundTripMs() {
        return roundTripMs;
    }
}
