package org.ovirt.osn.restapi.resource;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.ovirt.osn.query.AuditEvent;
import org.ovirt.osn.query.AuditEventQueries;
import org.ovirt.osn.restapi.authz.Permission;
import org.ovirt.osn.restapi.authz.RequiresPermission;
import org.ovirt.osn.restapi.model.Event;
import org.ovirt.osn.restapi.model.Events;
import org.ovirt.osn.restapi.model.Fault;

import java.util.Locale;

/** {@code /events}: the module's audit log, newest first; {@code max} (default 100) and {@code page} (from 1). */
@Path("/events")
@Produces({MediaType.APPLICATION_XML, MediaType.APPLICATION_JSON})
@RequestScoped
public class EventsResource {

    @Inject
    AuditEventQueries queries;

    @RequiresPermission(Permission.READ)
    @GET
    public Events list(@QueryParam("max") @DefaultValue("100") int max,
                       @QueryParam("page") @DefaultValue("1") int page) {
        Paging paging = Paging.of(max, page);
        Events events = new Events();
        for (AuditEvent e : queries.newestFirst(paging.offset(), paging.max())) {
            Event event = new Event();
            event.setId(Long.toString(e.id()));
            event.setCode(e.code());
            event.setSeverity(e.severity().toLowerCase(Locale.ROOT));
            event.setTime(e.time().toString());
            // rows written before the audit log escaped control characters would make the answer invalid XML
            event.setDescription(Fault.printable(e.description()));
            event.setName(e.name());
            event.setOrigin("ovirt-osn");
            events.getEvent().add(event);
        }
        return events;
    }
}
