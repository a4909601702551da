package org.ovirt.osn.restapi.resource;

import jakarta.ws.rs.core.SecurityContext;
import org.ovirt.osn.command.CommandContext;

/** Who is calling, for the audit log. */
final class Callers {

    private Callers() {
    }

    static CommandContext of(SecurityContext security) {
        return new CommandContext(security != null && security.getUserPrincipal() != null
                ? security.getUserPrincipal().getName() : "anonymous");
    }
}
