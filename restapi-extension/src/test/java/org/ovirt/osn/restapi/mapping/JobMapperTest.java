package org.ovirt.osn.restapi.mapping;

import jakarta.xml.bind.JAXBContext;
import org.junit.jupiter.api.Test;
import org.ovirt.osn.query.Job;
import org.ovirt.osn.query.JobStep;
import org.ovirt.osn.restapi.json.JsonbConfigResolver;
import org.ovirt.osn.restapi.model.Step;

import java.io.StringWriter;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JobMapperTest {

    private static final String BASE = "/ovirt-engine/api";
    private static final UUID JOB = UUID.fromString("0b8c9a52-94b5-4f0e-8f7a-0c2d1e3f4a5b");
    private static final OffsetDateTime START = OffsetDateTime.of(2026, 11, 25, 10, 0, 0, 0, ZoneOffset.UTC);

    private static String xml(Object model) throws Exception {
        StringWriter out = new StringWriter();
        JAXBContext.newInstance(model.getClass()).createMarshaller().marshal(model, out);
        return out.toString();
    }

    @Test
    void shouldShowAJobInOvirtsShapeWithOwnerAndStepsLink() throws Exception {
        org.ovirt.osn.restapi.model.Job m = JobMapper.toModel(new Job(JOB, "Importing 3 networks", "finished",
                "admin@internal", START, START.plusSeconds(2), START.plusSeconds(2)), BASE);

        String xml = xml(m);
        assertTrue(xml.contains("<job id=\"" + JOB + "\" href=\"" + BASE + "/jobs/" + JOB + "\">")
                || xml.contains("<job href=\"" + BASE + "/jobs/" + JOB + "\" id=\"" + JOB + "\">"), xml);
        assertTrue(xml.contains("<status>finished</status>"), xml);
        assertTrue(xml.contains("<start_time>2026-11-25T10:00Z</start_time>"), xml);
        assertTrue(xml.contains("<end_time>2026-11-25T10:00:02Z</end_time>"), xml);
        assertTrue(xml.contains("<owner><user_name>admin@internal</user_name></owner>"), xml);
        assertTrue(xml.contains("<link rel=\"steps\" href=\"" + BASE + "/jobs/" + JOB + "/steps\"/>"), xml);
        String json = JsonbConfigResolver.jsonb().toJson(m);
        assertTrue(json.contains("\"auto_cleared\":false"), json);
        assertTrue(json.contains("\"owner\":{\"user_name\":\"admin@internal\"}"), json);
    }

    @Test
    void shouldLeaveOutTheEndTimeWhileAJobRuns() {
        assertNull(JobMapper.toModel(new Job(JOB, "d", "started", "admin@internal", START, null, START), BASE)
                .getEndTime());
    }

    @Test
    void shouldShowAFailedStepWithItsNetworkAndFault() {
        UUID step = UUID.randomUUID();

        Step m = JobMapper.toModel(new JobStep(step, JOB, 2, "executing", "Importing provider network ext-2",
                "failed", "ext-2", null, "Cannot import network. The name blue is in use.", START, START), BASE);

        assertEquals(BASE + "/jobs/" + JOB + "/steps/" + step, m.getHref());
        assertEquals(2, m.getNumber());
        assertEquals("executing", m.getType());
        assertEquals("failed", m.getStatus());
        assertEquals(JOB.toString(), m.getJob().getId());
        assertEquals("ext-2", m.getOpenstackNetwork().getId());
        assertNull(m.getNetwork());
        assertEquals("[Cannot import network. The name blue is in use.]", m.getFault().getDetail());
    }

    @Test
    void shouldShowTheImportedNetworkOfAFinishedStep() {
        UUID network = UUID.randomUUID();

        Step m = JobMapper.toModel(new JobStep(UUID.randomUUID(), JOB, 1, "executing", "d", "finished", "ext-1",
                network, null, START, START), BASE);

        assertEquals(network.toString(), m.getNetwork().getId());
        assertEquals(BASE + "/networks/" + network, m.getNetwork().getHref());
        assertNull(m.getFault());
    }
}
