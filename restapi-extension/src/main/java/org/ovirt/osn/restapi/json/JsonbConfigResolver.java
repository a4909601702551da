package org.ovirt.osn.restapi.json;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyNamingStrategy;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * JSON in oVirt's shape from the same classes as the XML: snake_case names, nulls left out. One {@link Jsonb} for the
 * whole application (it is thread-safe and costly to build).
 */
@Provider
public class JsonbConfigResolver implements ContextResolver<Jsonb> {

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig()
            .withPropertyNamingStrategy(PropertyNamingStrategy.LOWER_CASE_WITH_UNDERSCORES)
            .withNullValues(false));

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }

    /** For tests and servlets that render JSON outside JAX-RS. */
    public static Jsonb jsonb() {
        return JSONB;
    }
}
