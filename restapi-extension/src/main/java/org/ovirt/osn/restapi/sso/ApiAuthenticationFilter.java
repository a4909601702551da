package org.ovirt.osn.restapi.sso;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import org.ovirt.osn.restapi.fault.FaultResponses;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import java.util.Optional;

/**
 * Every API call needs {@code Authorization: Bearer <token>} (from the SSO endpoint) or HTTP Basic for
 * {@code admin@internal}; anything else is 401 with a fault, never a partial answer.
 */
@Provider
@ApplicationScoped
@Priority(Priorities.AUTHENTICATION)
public class ApiAuthenticationFilter implements ContainerRequestFilter {

    @Inject
    TokenStore tokens;
    @Inject
    AdminCredentials credentials;
    @Context
    HttpHeaders headers;

    @Override
    public void filter(ContainerRequestContext request) {
        Optional<String> user = authenticate(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        if (user.isEmpty()) {
            request.abortWith(Response.fromResponse(FaultResponses.fault(Response.Status.UNAUTHORIZED,
                            "Unauthorized", "A valid bearer token or basic credentials are required.", headers))
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"ovirt-engine\"")
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"ovirt-engine\"")
                    .build());
            return;
        }
        boolean secure = request.getSecurityContext().isSecure();
        String name = user.get();
        request.setSecurityContext(new SecurityContext() {
            @Override
            public Principal getUserPrincipal() {
                return () -> name;
            }

            @Override
            public boolean isUserInRole(String role) {
                return "admin".equals(role);
            }

            @Override
            public boolean isSecure() {
                return secure;
            }

            @Override
            public String getAuthenticationScheme() {
                return "Bearer";
            }
        });
    }

    private Optional<String> authenticate(String authorization) {
        if (authorization == null) {
            return Optional.empty();
        }
        if (authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return tokens.find(authorization.substring(7).trim()).map(TokenStore.Session::user);
        }
        if (authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
                        StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                return Optional.empty();
            }
            String user = decoded.substring(0, colon);
            return credentials.verify(user, decoded.substring(colon + 1)) ? Optional.of(user) : Optional.empty();
        }
        return Optional.empty();
    }
}
