/**
 * Persistence of the module's own {@code osn_} tables, and of the standalone engine host's {@code engine_} tables
 * ({@code org.ovirt.osn.dal.engine}): JPA entities, DAO interfaces ({@code XxxDao}) and their JPA
 * implementations ({@code JpaXxxDao}). The schema is owned by the Flyway scripts in {@code db/migration}; nothing here
 * knows about providers' wire formats or the REST model.
 */
package org.ovirt.osn.dal;
