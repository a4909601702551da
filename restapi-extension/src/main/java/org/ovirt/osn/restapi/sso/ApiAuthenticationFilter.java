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
import org.ovirt.osn.restapi.authz.ApiUser;
import org.ovirt.osn.restapi.fault.FaultResponses;

import java.security.Principal;
import java.util.Optional;

/**
 * Every API call needs {@code Authorization: Bearer <token>} (from the SSO endpoint) or HTTP Basic of a user of the
 * {@link UserDirectory}; anything else is 401 with a fault, never a partial answer. The caller's principal is an
 * {@link ApiUser} with the role it has now (a token of a user removed from the users file is refused), which
 * {@link org.ovirt.osn.restapi.authz.ApiAuthorizationFilter} then checks against the method called.
 */
@Provider
@ApplicationScoped
@Priority(Priorities.AUTHENTICATION)
public class ApiAuthenticationFilter implements ContainerRequestFilter {

    @Inject
    TokenStore tokens;
    @Inject
    UserDirectory users;
    @Inject
    PasswordLogin logins;
    @Context
    HttpHeaders headers;

    @Override
    public void filter(ContainerRequestContext request) {
        Optional<ApiUser> user = authenticate(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        if (user.isEmpty()) {
            request.abortWith(Response.fromResponse(FaultResponses.fault(Response.Status.UNAUTHORIZED,
                            "Unauthorized", "A valid bearer token or basic credentials are required.", headers))
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"ovirt-engine\"")
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"ovirt-engine\"")
                    .build());
            return;
        }
        boolean secure = request.getSecurityContext().isSecure();
        ApiUser caller = user.get();
        request.setSecurityContext(new SecurityContext() {
            @Override
            public Principal getUserPrincipal() {
                return caller;
            }

            @Override
            public boolean isUserInRole(String role) {
                return caller.role().name().equals(role);
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

    private Optional<ApiUser> authenticate(String authorization) {
        if (authorization == null) {
            return Optional.empty();
        }
        if (authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return tokens.find(authorization.substring(7).trim()).map(TokenStore.Session::user)
                    .flatMap(name -> users.role(name).map(role -> new ApiUser(name, role)));
        }
        return BasicCredentials.parse(authorization)
                .flatMap(basic -> logins.login(basic.name(), basic.secret(), "basic").user());
    }
}
