package org.ovirt.osn.restapi.sso;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.ovirt.osn.audit.AuditLogType;
import org.ovirt.osn.audit.AuditLogger;
import org.ovirt.osn.config.OsnConfiguration;
import org.ovirt.osn.restapi.authz.ApiUser;
import org.ovirt.osn.restapi.authz.Role;

import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

@ExtendWith(MockitoExtension.class)
class PasswordLoginTest {

    @Mock
    private UserDirectory users;
    @Mock
    private AuditLogger audit;
    private final MovableClock clock = new MovableClock();
    private PasswordLogin login;

    @BeforeEach
    void setUp() {
        Properties settings = new Properties();
        settings.setProperty("osn.login.max.failures", "2");
        login = new PasswordLogin(users, new LoginThrottle(new OsnConfiguration(settings, Map.of()), clock), audit);
    }

    @Test
    void shouldRefuseEvenTheRightPasswordWhileLockedAndAuditTheLockOnce() {
        ApiUser alice = new ApiUser("alice@internal", Role.UserRole);
        when(users.authenticate("alice@internal", "wrong")).thenReturn(Optional.empty());

        assertEquals(PasswordLogin.Outcome.WRONG_CREDENTIALS, login.login("alice@internal", "wrong", "basic").outcome());
        assertEquals(PasswordLogin.Outcome.WRONG_CREDENTIALS, login.login("alice@internal", "wrong", "sso").outcome());
        assertEquals(PasswordLogin.Outcome.LOCKED, login.login("alice@internal", "right", "sso").outcome());
        assertEquals(PasswordLogin.Outcome.LOCKED, login.login("alice@internal", "wrong", "basic").outcome());

        verify(users, never()).authenticate("alice@internal", "right");
        verify(audit, times(1)).log(eq(AuditLogType.USER_LOCKED_AFTER_FAILED_LOGINS), eq(Map.of(
                "UserName", "alice@internal", "LockSeconds", "60", "Failures", "2", "Channel", "sso")), eq(null));

        clock.advance(java.time.Duration.ofSeconds(60));
        when(users.authenticate("alice@internal", "right")).thenReturn(Optional.of(alice));
        assertEquals(Optional.of(alice), login.login("alice@internal", "right", "basic").user());
    }

    @Test
    void shouldNotCountOrAuditASuccessfulLogin() {
        when(users.authenticate(anyString(), anyString())).thenReturn(Optional.of(new ApiUser("admin@internal",
                Role.SuperUser)));

        for (int i = 0; i < 5; i++) {
            assertEquals(PasswordLogin.Outcome.SUCCEEDED, login.login("admin@internal", "pw", "basic").outcome());
        }
        verify(audit, never()).log(any(), any(), any());
    }
}
