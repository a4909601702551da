package org.ovirt.osn.restapi.sso;

import jakarta.json.JsonStructure;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** How the SSO servlets answer: JSON, never cached (answers carry tokens and identities). */
final class SsoJson {

    private SsoJson() {
    }

    static void write(HttpServletResponse response, int status, JsonStructure body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(body.toString());
    }
}
