package org.ovirt.osn.dal.provider;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** V13 turns the old {@code unmanaged} flag into the UNMANAGED type, on H2 and on PostgreSQL. */
class UnmanagedProviderMigrationTest {

    @Test
    void shouldTurnFlaggedProvidersIntoUnmanagedOnesOnH2() throws SQLException {
        migrateAndCheck("jdbc:h2:mem:osn_mig_" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1",
                "sa", "sa");
    }

    @Test
    void shouldTurnFlaggedProvidersIntoUnmanagedOnesOnPostgres() throws SQLException {
        String admin = System.getProperty("osn.test.pg.url", "jdbc:postgresql://127.0.0.1:5432/postgres");
        String user = System.getProperty("osn.test.pg.user", "postgres");
        String password = System.getProperty("osn.test.pg.password", "postgres");
        String name = "osn_mig_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        execute(admin, user, password, "CREATE DATABASE " + name);
        try {
            migrateAndCheck(admin.substring(0, admin.lastIndexOf('/') + 1) + name, user, password);
        } finally {
            execute(admin, user, password, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }

    private static void migrateAndCheck(String url, String user, String password) throws SQLException {
        Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration").target("11").load()
                .migrate();
        execute(url, user, password, insert("flagged", "EXTERNAL", true));
        execute(url, user, password, insert("plain-external", "EXTERNAL", false));
        execute(url, user, password, insert("neutron", "NEUTRON", false));

        Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration").load().migrate();

        assertEquals(List.of("flagged=UNMANAGED", "neutron=NEUTRON", "plain-external=EXTERNAL"),
                typesByName(url, user, password));
        try (Connection c = DriverManager.getConnection(url, user, password);
             ResultSet columns = c.getMetaData().getColumns(null, null, "%", "%")) {
            while (columns.next()) {
                assertFalse(columns.getString("TABLE_NAME").equalsIgnoreCase("osn_network_provider")
                        && columns.getString("COLUMN_NAME").equalsIgnoreCase("unmanaged"), "the flag is gone");
            }
        }
    }

    private static String insert(String name, String type, boolean unmanaged) {
        return "INSERT INTO osn_network_provider (id, name, provider_type, url, requires_auth, unmanaged, created_at,"
                + " updated_at, row_version) VALUES ('" + UUID.randomUUID() + "', '" + name + "', '" + type
                + "', 'http://127.0.0.1:1', FALSE, " + unmanaged + ", CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0)";
    }

    private static List<String> typesByName(String url, String user, String password) throws SQLException {
        List<String> types = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT name, provider_type FROM osn_network_provider ORDER BY name")) {
            while (r.next()) {
                types.add(r.getString(1) + "=" + r.getString(2));
            }
        }
        return types;
    }

    private static void execute(String url, String user, String password, String sql) {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("failed on: " + sql, e);
        }
    }
}
