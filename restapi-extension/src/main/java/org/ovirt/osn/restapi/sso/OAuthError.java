package org.ovirt.osn.restapi.sso;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * An OAuth error as the engine's SSO answers it to REST API clients: JSON {@code {"error_code": <code>, "error":
 * <message>}}. Messages name what is wrong, never a secret, password or token.
 */
public record OAuthError(int status, String code, String message) {

    static final String INVALID_REQUEST = "invalid_request";
    static final String INVALID_CLIENT = "invalid_client";
    static final String UNAUTHORIZED_CLIENT = "unauthorized_client";
    static final String INVALID_SCOPE = "invalid_scope";
    static final String ACCESS_DENIED = "access_denied";
    static final String UNSUPPORTED_GRANT_TYPE = "unsupported_grant_type";

    public static OAuthError badRequest(String code, String message) {
        return new OAuthError(HttpServletResponse.SC_BAD_REQUEST, code, message);
    }

    /** A required form field is missing, in the engine's words. */
    public static OAuthError missingParameter(String name) {
        return badRequest(INVALID_REQUEST, "Missing parameter: '" + name + "'");
    }

    public JsonObject body() {
        return Json.createObjectBuilder().add("error_code", code).add("error", message).build();
    }

    /** Writes this error; a 401 also says, as RFC 6749 asks, that the client is to authenticate with HTTP Basic. */
    public void send(HttpServletResponse response) throws IOException {
        if (status == HttpServletResponse.SC_UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"ovirt-engine\"");
        }
        SsoJson.write(response, status, body());
    }
}
