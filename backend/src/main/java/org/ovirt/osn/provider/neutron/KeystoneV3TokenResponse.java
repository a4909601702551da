package org.ovirt.osn.provider.neutron;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The part of Keystone v3's token answer we use; the token itself comes in the {@code X-Subject-Token} header. */
@JsonIgnoreProperties(ignoreUnknown = true)
record KeystoneV3TokenResponse(Token token) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Token(@JsonProperty("expires_at") String expiresAt) {
    }
}
