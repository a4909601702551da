package org.ovirt.osn.restapi.mapping;

import org.ovirt.osn.query.Job;
import org.ovirt.osn.query.JobStep;
import org.ovirt.osn.restapi.model.Fault;
import org.ovirt.osn.restapi.model.Link;
import org.ovirt.osn.restapi.model.Network;
import org.ovirt.osn.restapi.model.OpenStackNetwork;
import org.ovirt.osn.restapi.model.Step;
import org.ovirt.osn.restapi.model.User;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Jobs and steps, to the oVirt model (read only: jobs are started by actions, not posted). */
public final class JobMapper {

    private JobMapper() {
    }

    /** @param base the API root path, e.g. {@code /ovirt-engine/api} */
    public static org.ovirt.osn.restapi.model.Job toModel(Job job, String base) {
        org.ovirt.osn.restapi.model.Job m = reference(job.id(), base);
        m.setDescription(job.description());
        m.setStatus(job.status());
        m.setStartTime(time(job.startTime()));
        m.setEndTime(time(job.endTime()));
        m.setLastUpdated(time(job.lastUpdated()));
        m.setExternal(false);
        m.setAutoCleared(false);
        User owner = new User();
        owner.setUserName(job.owner());
        m.setOwner(owner);
        m.setLink(List.of(new Link("steps", m.getHref() + "/steps")));
        return m;
    }

    /** A step's subject shows as {@code <openstack_network id/>} without href: a job does not record its provider. */
    public static Step toModel(JobStep step, String base) {
        Step m = new Step();
        m.setId(step.id().toString());
        m.setHref(base + "/jobs/" + step.jobId() + "/steps/" + step.id());
        m.setDescription(step.description());
        m.setType(step.type());
        m.setStatus(step.status());
        m.setNumber(step.number());
        m.setStartTime(time(step.startTime()));
        m.setEndTime(time(step.endTime()));
        m.setExternal(false);
        m.setJob(reference(step.jobId(), base));
        if (step.subject() != null) {
            OpenStackNetwork subject = new OpenStackNetwork();
            subject.setId(step.subject());
            m.setOpenstackNetwork(subject);
        }
        if (step.resultId() != null) {
            Network network = new Network();
            network.setId(step.resultId().toString());
            network.setHref(base + "/networks/" + step.resultId());
            m.setNetwork(network);
        }
        if (step.message() != null) {
            m.setFault(new Fault("Operation Failed", "[" + step.message() + "]"));
        }
        return m;
    }

    private static org.ovirt.osn.restapi.model.Job reference(UUID id, String base) {
        org.ovirt.osn.restapi.model.Job m = new org.ovirt.osn.restapi.model.Job();
        m.setId(id.toString());
        m.setHref(base + "/jobs/" + id);
        return m;
    }

    private static String time(OffsetDateTime time) {
        return time == null ? null : time.toString();
    }
}
