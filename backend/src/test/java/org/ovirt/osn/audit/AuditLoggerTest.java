package org.ovirt.osn.audit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.ovirt.osn.dal.audit.AuditLogDao;
import org.ovirt.osn.dal.audit.AuditLogEntity;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.mockito.Mockito.verify;

@ExtendWith(MockitoExtension.class)
class AuditLoggerTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:15:30Z");
    private static final UUID PROVIDER_ID = UUID.fromString("5c3d2b1a-0f9e-4d8c-b7a6-1e2f3a4b5c6d");

    @Mock
    private AuditLogDao dao;

    private AuditLogger logger() {
        return new AuditLogger(dao, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private AuditLogEntity saved() {
        ArgumentCaptor<AuditLogEntity> entry = ArgumentCaptor.forClass(AuditLogEntity.class);
        verify(dao).save(entry.capture());
        return entry.getValue();
    }

    @Test
    void shouldStoreRenderedEntryWhenEventLogged() {
        String message = logger().log(AuditLogType.PROVIDER_UPDATE_FAILED,
                Map.of("ProviderName", "ovn", "UserName", "admin@internal", "Reason", "name already used"),
                PROVIDER_ID);

        assertEquals("Failed to update provider ovn: name already used (User: admin@internal)", message);
        AuditLogEntity entry = saved();
        assertEquals(message, entry.getMessage());
        assertEquals(208, entry.getEventCode());
        assertEquals("PROVIDER_UPDATE_FAILED", entry.getEventName());
        assertEquals("ERROR", entry.getSeverity());
        assertEquals(PROVIDER_ID, entry.getProviderId());
        assertEquals("admin@internal", entry.getUserName());
        assertEquals(OffsetDateTime.ofInstant(NOW, ZoneOffset.UTC), entry.getLogTime());
    }

    @Test
    void shouldStoreNormalSeverityWhenSuccessEventLogged() {
        logger().log(AuditLogType.PROVIDER_ADDED, Map.of("ProviderName", "ovn", "UserName", "u"), PROVIDER_ID);

        AuditLogEntity entry = saved();
        assertEquals(AuditLogType.PROVIDER_ADDED.code(), entry.getEventCode());
        assertEquals("NORMAL", entry.getSeverity());
    }

    @Test
    void shouldKeepUnknownVariablesVisibleWhenValuesMissing() {
        String message = logger().log(AuditLogType.PROVIDER_ADDED, Map.of("UserName", "admin@internal"), null);

        assertEquals("Provider ${ProviderName} was added. (User: admin@internal)", message);
        AuditLogEntity entry = saved();
        assertNull(entry.getProviderId());
    }

    @Test
    void shouldStoreNoUserWhenUserNameMissing() {
        String message = logger().log(AuditLogType.PROVIDER_REMOVED, Map.of("ProviderName", "ovn"), PROVIDER_ID);

        assertEquals("Provider ovn was removed. (User: ${UserName})", message);
        assertNull(saved().getUserName());
    }

    @Test
    void shouldInsertValuesLiterallyWhenTheyContainDollarsAndBackslashes() {
        String reason = "quota $1 exceeded at C:\\temp ${Nested}";

        String message = logger().log(AuditLogType.PROVIDER_ADDITION_FAILED,
                Map.of("ProviderName", "ovn", "UserName", "u", "Reason", reason), PROVIDER_ID);

        assertEquals("Failed to add provider ovn: " + reason + " (User: u)", message);
    }

    @Test
    void shouldWriteControlCharactersOfValuesAsEscapesSoNoEventForgesALogLineOrBreaksXml() {
        String name = "net\nFAKE 12:00:00 ERROR forged\u0000\u0007\t\u202e\ud800x";

        String message = logger().log(AuditLogType.PROVIDER_ADDITION_FAILED,
                Map.of("ProviderName", name, "UserName", "u", "Reason", "r\r\n"), PROVIDER_ID);

        assertEquals("Failed to add provider net\\u000aFAKE 12:00:00 ERROR forged\\u0000\\u0007\\u0009\u202e"
                + "\\ud800x: r\\u000d\\u000a (User: u)", message);
    }

    @Test
    void shouldKeepLettersOfEveryScriptAndEmojiAsTheyAre() {
        String message = logger().log(AuditLogType.PROVIDER_ADDED,
                Map.of("ProviderName", "Ünïcødé-网络-🔑", "UserName", "u"), PROVIDER_ID);

        assertTrue(message.contains("Ünïcødé-网络-🔑"), message);
    }
}
