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

import java.security.Principal;
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
        return BasicCredentials.parse(authorization)
                .filter(basic -> credentials.verify(basic.name(), basic.secret()))
                .map(BasicCredentials::name);
    }
}
