package org.ovirt.osn.audit;

import org.junit.jupiter.api.Test;
import org.ovirt.osn.provider.health.ProviderStatus;
import org.ovirt.osn.provider.health.ProviderStatusChange;

import java.time.Instant;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The event of a provider's status change, rendered as an admin reads it in /events. */
class ProviderStatusAuditTest {

    private static final MessageTemplates TEMPLATES = new MessageTemplates("org.ovirt.osn.audit.AuditLogMessages");

    private static String rendered(ProviderStatus before, ProviderStatus after, String reason) {
        ProviderStatusChange change = new ProviderStatusChange(UUID.randomUUID(), "neutron-a", before, after, reason,
                Instant.parse("2026-12-06T22:00:00Z"));
        return TEMPLATES.render(ProviderStatusAudit.typeOf(after).name(), ProviderStatusAudit.variables(change));
    }

    @Test
    void shouldNameTheProviderThePreviousStatusAndTheReasonOfEachChange() {
        assertEquals("Provider neutron-a is unreachable (was ok): Could not reach the provider: Connection refused",
                rendered(ProviderStatus.OK, ProviderStatus.UNREACHABLE, "Could not reach the provider: Connection refused"));
        assertEquals("Provider neutron-a refuses the engine's credentials (was not known yet): 401",
                rendered(null, ProviderStatus.AUTHENTICATION_FAILED, "401"));
        assertEquals("Provider neutron-a is ok again (was degraded): its calls have succeeded for a minute since the"
                + " last failure.", rendered(ProviderStatus.DEGRADED, ProviderStatus.OK, null));
    }
}
