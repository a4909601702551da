package org.ovirt.osn.restapi.resource;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.ovirt.osn.restapi.authz.Permission;
import org.ovirt.osn.restapi.authz.RequiresPermission;
import org.ovirt.osn.restapi.model.Api;
import org.ovirt.osn.restapi.model.Link;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Properties;

/**
 * {@code GET /ovirt-engine/api}: the root the oVirt SDK's {@code validate()} asks for. A link per top-level
 * collection (a test holds this list against the resource classes) and the module's version in
 * {@code product_info}, as the build wrote it.
 */
@Path("/")
@RequestScoped
public class ApiRootResource {

    /** Every top-level collection: the module's own, then the standalone engine host's inventory. */
    static final List<String> COLLECTIONS = List.of("openstacknetworkproviders", "events", "jobs",
            "datacenters", "clusters", "networks", "vnicprofiles", "hosts", "vms");

    private static final Api.Version VERSION = version(builtVersion());

    @Context
    private UriInfo uriInfo;

    @RequiresPermission(Permission.READ)
    @GET
    @Produces({MediaType.APPLICATION_XML, MediaType.APPLICATION_JSON})
    public Api get() {
        String base = uriInfo.getBaseUri().getPath().replaceAll("/+$", "");
        Api api = new Api();
        for (String collection : COLLECTIONS) {
            api.getLink().add(new Link(collection, base + "/" + collection));
        }
        api.setProductInfo(new Api.ProductInfo("ovirt-osn", "oVirt", VERSION));
        return api;
    }

    /** The Maven project version, filtered into {@code version.properties} at build time. */
    static String builtVersion() {
        Properties properties = new Properties();
        try (InputStream in = ApiRootResource.class.getResourceAsStream("/org/ovirt/osn/restapi/version.properties")) {
            if (in == null) {
                throw new IllegalStateException("version.properties is missing from the build");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version");
    }

    /** {@code 1.2.3-SNAPSHOT} is major 1, minor 2, build 3, revision 0: the leading numbers, 0 where missing. */
    static Api.Version version(String full) {
        int[] parts = new int[4];
        String[] dotted = full.replaceFirst("[^0-9.].*$", "").split("\\.");
        for (int i = 0; i < parts.length && i < dotted.length; i++) {
            parts[i] = dotted[i].isEmpty() ? 0 : Integer.parseInt(dotted[i]);
        }
        return new Api.Version(full, parts[0], parts[1], parts[2], parts[3]);
    }
}
