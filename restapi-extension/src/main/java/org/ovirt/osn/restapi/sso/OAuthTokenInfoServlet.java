package org.ovirt.osn.restapi.sso;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * {@code POST /ovirt-engine/sso/oauth/token-info}: a registered SSO client validates a token, as ovirt-provider-ovn
 * does on every request it serves. The rules are {@link TokenIntrospection}'s.
 */
@WebServlet("/sso/oauth/token-info")
public class OAuthTokenInfoServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient TokenIntrospection introspection;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        TokenIntrospection.Answer answer = introspection.introspect(new TokenIntrospection.Request(
                request.getHeader("Authorization"), request.getParameter("client_id"),
                request.getParameter("client_secret"), request.getParameter("token"), request.getParameter("scope")));
        if (answer.error() != null) {
            answer.error().send(response);
        } else {
            SsoJson.write(response, HttpServletResponse.SC_OK, answer.info());
        }
    }
}
