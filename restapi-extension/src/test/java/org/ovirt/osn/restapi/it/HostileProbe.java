package org.ovirt.osn.restapi.it;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One request of the hostile-input corpus: what it tries ({@code category}), the raw request, and whether it must be
 * refused. Every probe, refused or not, must answer below 500, and every 4xx must be an oVirt fault in the format the
 * {@code Accept} header asked for.
 *
 * @param category   what the probe tries, e.g. {@code id-not-uuid}, {@code xml-xxe}; the corpus counts per category
 * @param method     the HTTP method
 * @param apiPath    below {@code /api}, already percent-encoded as it goes on the wire
 * @param headers    request headers besides {@code Authorization} and {@code Version}
 * @param body       the request body, or null for none
 * @param mustRefuse true when any 2xx is a failure (the request is invalid); false when a 2xx is allowed (e.g. a
 *                   name with SQL in it is a legal network name, but it must be stored verbatim)
 */
record HostileProbe(String category, String method, String apiPath, Map<String, String> headers, byte[] body,
                    boolean mustRefuse) {

    static HostileProbe of(String category, String method, String apiPath, String accept, String contentType,
                           String body, boolean mustRefuse) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", accept);
        if (contentType != null) {
            headers.put("Content-Type", contentType);
        }
        return new HostileProbe(category, method, apiPath, headers, body == null ? null
                : body.getBytes(StandardCharsets.UTF_8), mustRefuse);
    }

    String accept() {
        return headers.getOrDefault("Accept", "");
    }

    /** The fault format the server must answer in (as {@code FaultResponses} chooses it): JSON only when asked. */
    boolean wantsJson() {
        for (String type : accept().split(",")) {
            String t = type.trim().toLowerCase();
            if (t.startsWith("application/xml") || t.startsWith("text/xml")) {
                return false;
            }
            if (t.startsWith("application/json")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        String shown = body == null ? "" : new String(body, 0, Math.min(body.length, 120), StandardCharsets.UTF_8);
        return category + ": " + method + " /api" + (apiPath.length() > 160 ? apiPath.substring(0, 160) + "…"
                : apiPath) + " " + headers + (shown.isEmpty() ? "" : " " + shown.replaceAll("\\p{Cntrl}", "?"));
    }
}
