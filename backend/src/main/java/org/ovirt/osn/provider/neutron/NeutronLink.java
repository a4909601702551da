package org.ovirt.osn.provider.neutron;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** One entry of a Neutron {@code <collection>_links} list: {@code rel} is {@code next} or {@code previous}. */
@JsonIgnoreProperties(ignoreUnknown = true)
record NeutronLink(String rel, String href) {
}
