package org.ovirt.osn.restapi.sso;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.ovirt.osn.audit.AuditLogType;
import org.ovirt.osn.audit.AuditLogger;
import org.ovirt.osn.restapi.authz.ApiUser;

import java.util.Map;
import java.util.Optional;

/**
 * A login with name and password, on HTTP Basic or the SSO token endpoint: refused at once while the name is
 * locked ({@link LoginThrottle}), checked against the {@link UserDirectory} otherwise; a wrong password is counted,
 * and the failure that locks the name is audited ({@code USER_LOCKED_AFTER_FAILED_LOGINS}). Neither the password nor
 * whether the user exists is in the audit event.
 */
@ApplicationScoped
public class PasswordLogin {

    /** How a login ended. */
    public enum Outcome {
        SUCCEEDED, WRONG_CREDENTIALS, LOCKED
    }

    /** The outcome and, when it succeeded, who logged in. */
    public record Result(Outcome outcome, Optional<ApiUser> user) {
    }

    private UserDirectory users;
    private LoginThrottle throttle;
    private AuditLogger audit;

    protected PasswordLogin() {
        // for CDI proxies
    }

    @Inject
    public PasswordLogin(UserDirectory users, LoginThrottle throttle, AuditLogger audit) {
        this.users = users;
        this.throttle = throttle;
        this.audit = audit;
    }

    /** @param channel how the password came ({@code basic}, {@code sso}), for the audit event */
    public Result login(String name, String password, String channel) {
        if (name == null) {
            return new Result(Outcome.WRONG_CREDENTIALS, Optional.empty());
        }
        if (throttle.lockedUntil(name).isPresent()) {
            return new Result(Outcome.LOCKED, Optional.empty());
        }
        Optional<ApiUser> user = users.authenticate(name, password);
        if (user.isPresent()) {
            throttle.succeeded(name);
            return new Result(Outcome.SUCCEEDED, user);
        }
        throttle.failed(name).ifPresent(lock -> audit.log(AuditLogType.USER_LOCKED_AFTER_FAILED_LOGINS, Map.of(
                "UserName", name,
                "LockSeconds", Long.toString(lock.duration().toSeconds()),
                "Failures", Integer.toString(lock.failures()),
                "Channel", channel), null));
        return new Result(Outcome.WRONG_CREDENTIALS, Optional.empty());
    }
}
