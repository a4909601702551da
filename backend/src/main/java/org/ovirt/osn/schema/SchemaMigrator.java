package org.ovirt.osn.schema;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import org.flywaydb.core.Flyway;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * Brings the {@code osn_} schema up to date before the deployment takes requests (startup singletons finish before
 * WildFly marks the deployment deployed). Flyway's history table lets several nodes share one database safely.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigrator {

    private static final System.Logger LOG = System.getLogger(SchemaMigrator.class.getName());

    /** The same expression persistence.xml resolves, so schema and entities always use one database. */
    static String datasourceName() {
        return System.getProperty("osn.datasource", "java:jboss/datasources/OsnH2DS");
    }

    /** The module's Flyway: its migrations, its history table; shared with {@link SchemaHealth}. */
    static Flyway flyway(DataSource dataSource, ClassLoader classLoader) {
        return Flyway.configure(classLoader)
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .table("osn_schema_history")
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load();
    }

    @PostConstruct
    void migrate() {
        String jndiName = datasourceName();
        try {
            DataSource dataSource = (DataSource) new InitialContext().lookup(jndiName);
            Flyway flyway = flyway(dataSource, getClass().getClassLoader());
            int applied = flyway.migrate().migrationsExecuted;
            var current = flyway.info().current();
            LOG.log(System.Logger.Level.INFO, "Schema on {0} is at version {1} ({2} migrations applied now)",
                    jndiName, current == null ? "none" : current.getVersion(), applied);
        } catch (NamingException e) {
            throw new IllegalStateException("Datasource " + jndiName + " is not bound", e);
        }
    }
}
