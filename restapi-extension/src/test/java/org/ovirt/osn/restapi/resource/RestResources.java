package org.ovirt.osn.restapi.resource;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * What the resource classes declare, read by reflection from the compiled classes, so that tests of the REST contract
 * notice a new collection or a new create endpoint without being told.
 */
public final class RestResources {

    private RestResources() {
    }

    /** Every class of the resource package, top-level and sub-resources. */
    public static List<Class<?>> classes() {
        try (Stream<java.nio.file.Path> files = Files.list(java.nio.file.Path.of(
                ApiRootResource.class.getResource("ApiRootResource.class").toURI()).getParent())) {
            List<Class<?>> classes = new ArrayList<>();
            for (java.nio.file.Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".class") && !name.contains("$")) {
                    // not initialised: some resources build JAX-RS values statically, which needs a runtime
                    classes.add(Class.forName(ApiRootResource.class.getPackageName() + "."
                            + name.substring(0, name.length() - ".class".length()), false,
                            RestResources.class.getClassLoader()));
                }
            }
            return classes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException | ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The top-level collections ({@code @Path("/clusters")} → {@code clusters}), not the root itself. */
    public static List<String> topLevelCollections() {
        return classes().stream()
                .map(c -> c.getAnnotation(Path.class))
                .filter(Objects::nonNull)
                .map(p -> p.value().replaceAll("^/+|/+$", ""))
                .filter(p -> !p.isEmpty())
                .sorted()
                .toList();
    }

    /**
     * Every create endpoint as {@code Class#method}: a {@code POST} on a collection, that is with no {@code @Path} of
     * its own, or with one that the same class also answers {@code GET} on (a sub-collection such as a cluster's
     * {@code networks}). A {@code POST} on any other sub-path is an action ({@code start}, {@code testconnectivity}).
     */
    public static List<String> createEndpoints() {
        List<String> creates = new ArrayList<>();
        for (Class<?> type : classes()) {
            List<String> listed = Arrays.stream(type.getDeclaredMethods())
                    .filter(m -> m.isAnnotationPresent(GET.class))
                    .map(RestResources::subPath)
                    .toList();
            for (Method method : type.getDeclaredMethods()) {
                if (method.isAnnotationPresent(POST.class)
                        && (subPath(method).isEmpty() || listed.contains(subPath(method)))) {
                    creates.add(type.getSimpleName() + "#" + method.getName());
                }
            }
        }
        return creates.stream().sorted().toList();
    }

    private static String subPath(Method method) {
        Path path = method.getAnnotation(Path.class);
        return path == null ? "" : path.value().replaceAll("^/+|/+$", "");
    }
}
