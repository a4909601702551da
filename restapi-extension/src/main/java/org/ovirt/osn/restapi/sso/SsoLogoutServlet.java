package org.ovirt.osn.restapi.sso;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** {@code POST /ovirt-engine/services/sso-logout}: revokes a token (the SDKs call it on close). */
@WebServlet("/services/sso-logout")
public class SsoLogoutServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient TokenStore tokens;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        tokens.revoke(request.getParameter("token"));
        SsoJson.write(response, HttpServletResponse.SC_OK, Json.createObjectBuilder().build());
    }
}
