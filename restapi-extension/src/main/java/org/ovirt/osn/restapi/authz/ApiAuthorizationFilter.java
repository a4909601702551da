package org.ovirt.osn.restapi.authz;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.ovirt.osn.engine.VmInventory;
import org.ovirt.osn.restapi.fault.FaultResponses;

import java.util.Optional;
import java.util.UUID;

/**
 * Refuses a call the caller's role does not allow with 403 and the engine's fault, after authentication and before
 * the resource method runs (so before any side effect). What is allowed is the method's {@link RequiresPermission}
 * and {@link Role}: there is no other check of roles anywhere in the REST layer.
 *
 * <p>For a permission on a VM granted on own VMs only, the VM is the path parameter {@code id} and the caller must be
 * its owner; an unknown VM is refused the same way, so the answer does not tell which VMs exist.
 */
@Provider
@ApplicationScoped
@Priority(Priorities.AUTHORIZATION)
public class ApiAuthorizationFilter implements ContainerRequestFilter {

    static final String REASON = "Operation Failed";
    static final String DETAIL = "[User is not authorized to perform this action.]";

    @Inject
    VmInventory vms;
    @Context
    ResourceInfo resource;
    @Context
    HttpHeaders headers;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!(request.getSecurityContext().getUserPrincipal() instanceof ApiUser caller)) {
            request.abortWith(forbidden());
            return;
        }
        Optional<Permission> required = AccessRule.of(resource.getResourceMethod());
        if (!AccessRule.allows(caller.role(), required, () -> owns(caller, request))) {
            request.abortWith(forbidden());
        }
    }

    private boolean owns(ApiUser caller, ContainerRequestContext request) {
        String id = request.getUriInfo().getPathParameters().getFirst("id");
        try {
            return id != null && vms.ownerOf(UUID.fromString(id)).filter(caller.name()::equals).isPresent();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private Response forbidden() {
        return FaultResponses.fault(Response.Status.FORBIDDEN, REASON, DETAIL, headers);
    }
}
