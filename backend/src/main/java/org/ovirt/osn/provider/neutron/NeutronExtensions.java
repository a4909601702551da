package org.ovirt.osn.provider.neutron;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** {@code GET /v2.0/extensions}: the API extensions a provider announces, of which only the aliases matter here. */
@JsonIgnoreProperties(ignoreUnknown = true)
record NeutronExtensions(List<Extension> extensions) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Extension(String alias) {
    }

    Set<String> aliases() {
        return extensions == null ? Set.of() : extensions.stream()
                .filter(e -> e != null && e.alias() != null)
                .map(Extension::alias)
                .collect(Collectors.toUnmodifiableSet());
    }
}
