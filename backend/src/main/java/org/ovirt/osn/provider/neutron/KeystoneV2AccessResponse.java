package org.ovirt.osn.provider.neutron;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The part of Keystone v2.0's {@code access} answer we use. The token id is a credential: not in toString. */
@JsonIgnoreProperties(ignoreUnknown = true)
record KeystoneV2AccessResponse(Access access) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Access(Token token) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Token(String id, String expires) {
        @Override
        public String toString() {
            return "Token[id=***, expires=" + expires + "]";
        }
    }
}
