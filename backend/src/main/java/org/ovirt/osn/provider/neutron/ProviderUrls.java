package org.ovirt.osn.provider.neutron;

import org.ovirt.osn.provider.ProviderErrorCode;
import org.ovirt.osn.provider.ProviderException;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Builds call URLs from the URLs an admin typed, which may or may not end in a slash. */
final class ProviderUrls {

    private ProviderUrls() {
    }

    /**
     * {@code base} without trailing slashes, followed by {@code path}.
     *
     * @param what names the setting in the error message, e.g. "provider URL"
     * @throws ProviderException CONNECTION when the result is not an absolute http(s) URL with a host
     */
    static URI join(String base, String path, String what) {
        String trimmed = base == null ? "" : base.strip().replaceAll("/+$", "");
        String candidate = trimmed + path;
        try {
            URI uri = new URI(candidate);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return uri;
            }
        } catch (URISyntaxException invalid) {
            // reported below, with the same words as a wrong scheme
        }
        throw new ProviderException(ProviderErrorCode.CONNECTION,
                "The " + what + " '" + trimmed + "' is not an http or https URL with a host name", null, null);
    }
}
