package org.ovirt.osn.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.ovirt.osn.dal.audit.AuditLogDao;
import org.ovirt.osn.dal.audit.AuditLogEntity;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/**
 * Writes audit entries. Each entry gets its own transaction, so a failure is recorded even when the command's own
 * work is rolled back.
 */
@ApplicationScoped
public class AuditLogger {

    private static final System.Logger LOG = System.getLogger(AuditLogger.class.getName());
    private static final MessageTemplates TEMPLATES = new MessageTemplates("org.ovirt.osn.audit.AuditLogMessages");

    private AuditLogDao dao;
    private Clock clock;

    protected AuditLogger() {
        // for CDI proxies
    }

    @Inject
    public AuditLogger(AuditLogDao dao) {
        this(dao, Clock.systemUTC());
    }

    public AuditLogger(AuditLogDao dao, Clock clock) {
        this.dao = dao;
        this.clock = clock;
    }

    /** @return the rendered message */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public String log(AuditLogType type, Map<String, String> variables, UUID providerId) {
        String message = render(type, variables);
        AuditLogEntity entry = new AuditLogEntity(OffsetDateTime.now(clock), type.code(), type.name(),
                type.severity().name(), message);
        entry.setProviderId(providerId);
        entry.setUserName(variables.get("UserName"));
        dao.save(entry);
        LOG.log(type.severity() == AuditSeverity.NORMAL ? System.Logger.Level.INFO : System.Logger.Level.WARNING,
                "{0} ({1}): {2}", type.name(), type.code(), message);
        return message;
    }

    /**
     * The event's text with its variables made one printable line: a value that holds a control character (a name an
     * admin or an attacker typed, a provider's error) is written with it as {@code \\uXXXX}, so that an event can
     * neither forge a line of the server log nor make {@code /events} invalid XML.
     */
    public static String render(AuditLogType type, Map<String, String> variables) {
        Map<String, String> printable = new java.util.HashMap<>();
        variables.forEach((name, value) -> printable.put(name, oneLine(value)));
        return TEMPLATES.render(type.name(), printable);
    }

    static String oneLine(String text) {
        if (text == null || text.codePoints().noneMatch(AuditLogger::unprintable)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            if (unprintable(c)) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    /** Control characters (line breaks and tabs included), the two non-characters XML 1.0 refuses, lone surrogates. */
    private static boolean unprintable(int codePoint) {
        return Character.isISOControl(codePoint) || codePoint == 0xFFFE || codePoint == 0xFFFF
                || Character.getType(codePoint) == Character.SURROGATE;
    }

    static MessageTemplates templates() {
        return TEMPLATES;
    }
}
