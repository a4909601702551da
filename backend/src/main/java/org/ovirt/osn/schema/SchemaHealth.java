package org.ovirt.osn.schema;

import jakarta.enterprise.context.ApplicationScoped;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;

/**
 * Whether the module's database answers and its schema is at the version this build expects, for the readiness
 * check. Asks the database each time (a probe every few seconds costs one pooled connection and Flyway's read of its
 * history table); never a provider.
 */
@ApplicationScoped
public class SchemaHealth {

    private static final int VALIDATION_SECONDS = 2;

    /** @param detail what an operator reads: the datasource and version, or what is wrong */
    public record Check(boolean up, String detail) {
    }

    public Check database() {
        String jndiName = SchemaMigrator.datasourceName();
        try (Connection connection = dataSource(jndiName).getConnection()) {
            return connection.isValid(VALIDATION_SECONDS) ? new Check(true, jndiName)
                    : new Check(false, jndiName + " did not validate a connection within " + VALIDATION_SECONDS + " s");
        } catch (SQLException | NamingException e) {
            return new Check(false, jndiName + ": " + e.getMessage());
        }
    }

    public Check migrations() {
        String jndiName = SchemaMigrator.datasourceName();
        try {
            Flyway flyway = SchemaMigrator.flyway(dataSource(jndiName), getClass().getClassLoader());
            var info = flyway.info();
            MigrationInfo current = info.current();
            long pending = info.pending().length;
            boolean failed = Arrays.stream(info.all()).anyMatch(m -> m.getState() == MigrationState.FAILED);
            String version = current == null ? "none" : current.getVersion().getVersion();
            if (failed || pending > 0 || current == null) {
                return new Check(false, "schema at version " + version + ", " + pending + " migrations pending"
                        + (failed ? ", one failed" : ""));
            }
            return new Check(true, "schema at version " + version);
        } catch (NamingException | RuntimeException e) {
            return new Check(false, "cannot read the schema history: " + e.getMessage());
        }
    }

    private static DataSource dataSource(String jndiName) throws NamingException {
        return (DataSource) new InitialContext().lookup(jndiName);
    }
}
