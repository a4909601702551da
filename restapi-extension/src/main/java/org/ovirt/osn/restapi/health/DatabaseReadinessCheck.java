package org.ovirt.osn.restapi.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.ovirt.osn.schema.SchemaHealth;

/** Ready while the database answers and the schema holds every migration of this build. */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

    private SchemaHealth schema;

    protected DatabaseReadinessCheck() {
        // for CDI proxies
    }

    @Inject
    public DatabaseReadinessCheck(SchemaHealth schema) {
        this.schema = schema;
    }

    @Override
    public HealthCheckResponse call() {
        SchemaHealth.Check database = schema.database();
        SchemaHealth.Check migrations = database.up() ? schema.migrations()
                : new SchemaHealth.Check(false, "not checked: no database");
        return HealthCheckResponse.named("osn-database")
                .status(database.up() && migrations.up())
                .withData("database", (database.up() ? "up: " : "down: ") + database.detail())
                .withData("migrations", (migrations.up() ? "up: " : "down: ") + migrations.detail())
                .build();
    }
}
