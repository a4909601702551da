package org.ovirt.osn.provisioning;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.ovirt.osn.audit.AuditLogType;
import org.ovirt.osn.audit.AuditLogger;
import org.ovirt.osn.engine.VmNic;
import org.ovirt.osn.provider.ProviderPort;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

@ExtendWith(MockitoExtension.class)
class LeftPortAuditTest {

    @Mock
    private AuditLogger auditLogger;

    @Test
    void shouldAuditTheLeftPortWithEveryVariableItsMessageUses() {
        VmNic nic = ProviderPortSyncTest.nic("nic1", "56:6f:00:00:00:01");
        ProviderPort port = ProviderPortSyncTest.port("pa", nic, "net-1", "h", List.of(), "ovs");
        ArgumentCaptor<Map<String, String>> variables = ArgumentCaptor.captor();

        new LeftPortAudit(auditLogger).report(ProviderPortSyncTest.PROVIDER, port, new IllegalStateException("down"));

        verify(auditLogger).log(eq(AuditLogType.VNIC_PORT_LEFT_AFTER_FAILURE), variables.capture(),
                eq(ProviderPortSyncTest.PROVIDER.id()));
        assertEquals("Port pa of vNIC " + nic.id() + ", created on provider neutron-a by a VM flow that failed, could"
                + " not be deleted again: down. The vNIC's next run reuses it; removing the vNIC releases it.",
                AuditLogger.render(AuditLogType.VNIC_PORT_LEFT_AFTER_FAILURE, variables.getValue()));
    }

    @Test
    void shouldOnlyLogWhenTheAuditEntryCannotBeWritten() {
        VmNic nic = ProviderPortSyncTest.nic("nic1", "56:6f:00:00:00:01");
        ProviderPort port = ProviderPortSyncTest.port("pa", nic, "net-1", "h", List.of(), "ovs");
        when(auditLogger.log(any(), any(), any())).thenThrow(new IllegalStateException("db down"));

        new LeftPortAudit(auditLogger).report(ProviderPortSyncTest.PROVIDER, port, new IllegalStateException("x"));
    }
}
