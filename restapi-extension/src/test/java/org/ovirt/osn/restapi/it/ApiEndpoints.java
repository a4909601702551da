package org.ovirt.osn.restapi.it;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import org.ovirt.osn.restapi.resource.RestResources;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The REST API's table of endpoints, read by reflection from the JAX-RS resources of
 * {@code org.ovirt.osn.restapi.resource}: every root resource ({@code @Path} on the class) and everything reachable
 * from it through sub-resource locators (a {@code @Path} method without an HTTP method, whose return type is the
 * sub-resource class). One row per resource method: HTTP method, path template below {@code /api}, the body type
 * (the entity parameter, or none), its query parameters and the Java method that answers.
 * <p>
 * Tests that must cover the whole API (the hostile-input corpus, a role matrix) iterate this table instead of a hand
 * list, so a new endpoint is covered, or fails them, without anyone remembering to add it. The table is built from
 * compiled classes only; nothing is deployed or called.
 */
public final class ApiEndpoints {

    private static final Pattern TEMPLATE_VARIABLE = Pattern.compile("\\{([^}:]+)(?::[^}]*)?}");
    private static final List<Endpoint> ALL = List.copyOf(read());

    private ApiEndpoints() {
    }

    /**
     * One resource method.
     *
     * @param method         the HTTP method, {@code GET}, {@code POST}, {@code PUT} or {@code DELETE}
     * @param pathTemplate   below {@code /api}, with the resources' own variables, e.g.
     *                       {@code /openstacknetworkproviders/{id}/networks/{networkId}/subnets}
     * @param bodyType       the class the request body is read into, empty when the method reads none
     * @param queryParams    query parameter name → Java type (e.g. {@code max → Integer}), in declaration order
     * @param resourceMethod the Java method JAX-RS calls for this row (after the locators of the path)
     */
    public record Endpoint(String method, String pathTemplate, Optional<Class<?>> bodyType,
                           Map<String, Class<?>> queryParams, Method resourceMethod) {

        /** The template's variables, in path order, e.g. {@code [id, networkId]}. */
        public List<String> pathVariables() {
            List<String> names = new ArrayList<>();
            Matcher m = TEMPLATE_VARIABLE.matcher(pathTemplate);
            while (m.find()) {
                names.add(m.group(1));
            }
            return names;
        }

        /** The template with each variable replaced by the value the map gives, or by {@code fallback}. */
        public String path(Map<String, String> values, String fallback) {
            Matcher m = TEMPLATE_VARIABLE.matcher(pathTemplate);
            StringBuilder path = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(path, Matcher.quoteReplacement(values.getOrDefault(m.group(1), fallback)));
            }
            m.appendTail(path);
            return path.toString();
        }

        /** {@code ClassName#method}, to name the row in messages. */
        public String javaName() {
            return resourceMethod.getDeclaringClass().getSimpleName() + "#" + resourceMethod.getName();
        }

        @Override
        public String toString() {
            return method + " " + pathTemplate + bodyType.map(t -> " <" + t.getSimpleName() + ">").orElse("")
                    + " (" + javaName() + ")";
        }
    }

    /** Every endpoint, sorted by path template, then method. */
    public static List<Endpoint> all() {
        return ALL;
    }

    private static List<Endpoint> read() {
        List<Endpoint> endpoints = new ArrayList<>();
        for (Class<?> type : RestResources.classes()) {
            Path root = type.getAnnotation(Path.class);
            if (root != null) {
                collect(type, join("", root.value()), endpoints, new HashSet<>());
            }
        }
        endpoints.sort(Comparator.comparing(Endpoint::pathTemplate).thenComparing(Endpoint::method));
        return endpoints;
    }

    private static void collect(Class<?> type, String prefix, List<Endpoint> into, Set<Class<?>> onTheWay) {
        if (!onTheWay.add(type)) {
            throw new IllegalStateException("Sub-resource locators loop back to " + type.getName() + " at " + prefix);
        }
        Method[] methods = type.getDeclaredMethods();
        Arrays.sort(methods, Comparator.comparing(Method::getName));
        for (Method method : methods) {
            Path sub = method.getAnnotation(Path.class);
            String path = sub == null ? prefix : join(prefix, sub.value());
            Optional<String> http = httpMethod(method);
            if (http.isPresent()) {
                into.add(new Endpoint(http.get(), path, bodyType(method), queryParams(method), method));
            } else if (sub != null) {
                collect(method.getReturnType(), path, into, onTheWay);
            }
        }
        onTheWay.remove(type);
    }

    private static Optional<String> httpMethod(Method method) {
        return Arrays.stream(method.getAnnotations())
                .map(a -> a.annotationType().getAnnotation(HttpMethod.class))
                .filter(h -> h != null)
                .map(HttpMethod::value)
                .findFirst();
    }

    /** The entity parameter: the one parameter JAX-RS fills from the body, i.e. without a parameter annotation. */
    private static Optional<Class<?>> bodyType(Method method) {
        return Arrays.stream(method.getParameters())
                .filter(p -> !isInjected(p))
                .<Class<?>>map(Parameter::getType)
                .findFirst();
    }

    private static boolean isInjected(Parameter parameter) {
        for (Annotation a : parameter.getAnnotations()) {
            Class<? extends Annotation> t = a.annotationType();
            if (t == PathParam.class || t == QueryParam.class || t == HeaderParam.class || t == MatrixParam.class
                    || t == CookieParam.class || t == FormParam.class || t == BeanParam.class || t == Context.class) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, Class<?>> queryParams(Method method) {
        Map<String, Class<?>> params = new LinkedHashMap<>();
        for (Parameter p : method.getParameters()) {
            QueryParam q = p.getAnnotation(QueryParam.class);
            if (q != null) {
                params.put(q.value(), p.getType());
            }
        }
        return params;
    }

    private static String join(String prefix, String segment) {
        String trimmed = segment.replaceAll("^/+|/+$", "");
        return trimmed.isEmpty() ? (prefix.isEmpty() ? "/" : prefix)
                : (prefix.endsWith("/") ? prefix : prefix + "/") + trimmed;
    }
}
