package org.ovirt.osn.restapi.resource;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.ovirt.osn.query.JobQueries;
import org.ovirt.osn.restapi.authz.Permission;
import org.ovirt.osn.restapi.authz.RequiresPermission;
import org.ovirt.osn.restapi.mapping.JobMapper;
import org.ovirt.osn.restapi.model.Job;
import org.ovirt.osn.restapi.model.Jobs;
import org.ovirt.osn.restapi.model.Step;
import org.ovirt.osn.restapi.model.Steps;

import java.util.UUID;

/**
 * {@code /jobs}, {@code /jobs/{id}}, {@code /jobs/{id}/steps[/{stepId}]}: the module's jobs (e.g. a bulk import) in
 * oVirt's v4 shape, newest first, kept across restarts; {@code max} (default 100) and {@code page} (from 1) as
 * {@code /events}. Read only: jobs are started by actions.
 */
@Path("/jobs")
@Produces({MediaType.APPLICATION_XML, MediaType.APPLICATION_JSON})
@RequestScoped
public class JobsResource {

    @Inject
    JobQueries queries;

    @Context
    UriInfo uriInfo;

    @RequiresPermission(Permission.READ)
    @GET
    public Jobs list(@QueryParam("max") @DefaultValue("100") int max,
                     @QueryParam("page") @DefaultValue("1") int page) {
        Paging paging = Paging.of(max, page);
        Jobs jobs = new Jobs();
        queries.jobs(paging.offset(), paging.max()).forEach(j -> jobs.getJob().add(JobMapper.toModel(j, base())));
        return jobs;
    }

    @RequiresPermission(Permission.READ)
    @GET
    @Path("{id}")
    public Job get(@PathParam("id") String id) {
        return JobMapper.toModel(queries.job(Ids.parse(id)), base());
    }

    @RequiresPermission(Permission.READ)
    @GET
    @Path("{id}/steps")
    public Steps steps(@PathParam("id") String id) {
        Steps steps = new Steps();
        queries.steps(Ids.parse(id)).forEach(s -> steps.getStep().add(JobMapper.toModel(s, base())));
        return steps;
    }

    @RequiresPermission(Permission.READ)
    @GET
    @Path("{id}/steps/{stepId}")
    public Step step(@PathParam("id") String id, @PathParam("stepId") String stepId) {
        UUID jobId = Ids.parse(id);
        return JobMapper.toModel(queries.step(jobId, Ids.parse(stepId)), base());
    }

    private String base() {
        return uriInfo.getBaseUri().getPath().replaceAll("/+$", "");
    }
}
