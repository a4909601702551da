package org.ovirt.osn.restapi.it;

import jakarta.xml.bind.annotation.XmlRootElement;
import org.ovirt.osn.restapi.model.Action;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * The hostile-input corpus, generated from {@link ApiEndpoints}: for every endpoint, ids that are not ids and path
 * tricks; for every endpoint that reads a body, bodies that are not XML or JSON of its type (malformed, truncated,
 * XXE, entity expansion, deep nesting, wrong types and content types); for every list, query parameters out of range
 * or repeated; for the creates and updates, names and numbers a validator must refuse. The huge bodies are not here:
 * they are streamed ({@link StreamedBody}).
 */
final class HostileCorpus {

    /** Names no create or update may accept: empty, blank, 1 MB, control characters, bidi controls. */
    static final Map<String, String> REFUSED_NAMES = Map.of(
            "name-empty", "",
            "name-blank", "   ",
            "name-1mb", "a".repeat(1024 * 1024),
            "name-control-char", "net\u0001work",
            "name-newline", "net\nwork",
            "name-tab", "net\twork",
            "name-rtl-override", "\u202Egnp.exe",
            "name-rtl-mark", "net\u200Fwork",
            "name-bidi-isolate", "\u2067net\u2069work");

    /** Names that are odd but legal somewhere; where they are accepted they must be stored verbatim. */
    static final Map<String, String> ODD_NAMES = Map.of(
            "name-sql", "x'; DROP TABLE osn_provider; --",
            "name-sql-or", "\" OR 1=1 --",
            "name-script", "<script>alert(1)</script>",
            "name-jndi", "${jndi:ldap://127.0.0.1:1/x}",
            "name-format", "%s%n%x%d",
            "name-traversal", "../../etc/passwd",
            "name-unicode", "Ünïcødé-网络");

    private static final String XML = Http.XML;
    private static final String JSON = Http.JSON;

    private final List<ApiEndpoints.Endpoint> endpoints;
    private final Function<ApiEndpoints.Endpoint, Map<String, String>> realIds;
    private final Map<Class<?>, String> validXmlBodies;
    private final String listenerUrl;

    /**
     * @param realIds        for an endpoint, the ids of objects that exist for its path variables (a variable missing
     *                       from the map gets an unknown UUID)
     * @param validXmlBodies per body type, a valid XML body with {@code %NAME%} where its name goes, used to carry
     *                       hostile names and numbers past everything but the check under test
     * @param listenerUrl    a loopback URL whose every connection is counted: XXE must never reach it
     */
    HostileCorpus(List<ApiEndpoints.Endpoint> endpoints, Function<ApiEndpoints.Endpoint, Map<String, String>> realIds,
                  Map<Class<?>, String> validXmlBodies, String listenerUrl) {
        this.endpoints = endpoints;
        this.realIds = realIds;
        this.validXmlBodies = validXmlBodies;
        this.listenerUrl = listenerUrl;
    }

    List<HostileProbe> probes() {
        List<HostileProbe> probes = new ArrayList<>();
        for (ApiEndpoints.Endpoint e : endpoints) {
            probes.addAll(pathProbes(e));
            if (e.method().equals("GET")) {
                probes.addAll(queryProbes(e));
            }
            if (e.bodyType().isPresent()) {
                probes.addAll(bodyProbes(e));
                probes.addAll(contentProbes(e));
            }
        }
        probes.addAll(methodProbes());
        return probes;
    }

    private static String root(Class<?> type) {
        XmlRootElement root = type.getAnnotation(XmlRootElement.class);
        return root == null ? "action" : root.name();
    }

    private static String minimalBody(ApiEndpoints.Endpoint e) {
        return e.bodyType().map(t -> "<" + root(t) + "/>").orElse(null);
    }

    private static HostileProbe withBody(String category, ApiEndpoints.Endpoint e, String path, String accept,
                                         String contentType, String body, boolean mustRefuse) {
        return HostileProbe.of(category, e.method(), path, accept, contentType, body, mustRefuse);
    }

    /** Ids that name nothing and path tricks, in each variable in turn; the other variables get unknown UUIDs. */
    private List<HostileProbe> pathProbes(ApiEndpoints.Endpoint e) {
        Map<String, String> tricks = new java.util.LinkedHashMap<>();
        tricks.put("id-not-uuid", "not-a-uuid");
        tricks.put("id-unknown-uuid", UUID.randomUUID().toString());
        tricks.put("id-uuid-braces", "%7B" + UUID.randomUUID() + "%7D");
        tricks.put("id-long", "9".repeat(4000));
        tricks.put("id-sql", "1%27%20OR%20%271%27%3D%271");
        tricks.put("id-script", "%3Cscript%3Ealert(1)%3C%2Fscript%3E");
        tricks.put("path-encoded-slash", "a%2Fb");
        tricks.put("path-encoded-dotdot", "%2e%2e%2F%2e%2e%2Fetc%2Fpasswd");
        tricks.put("path-semicolon", "x;jsessionid=1");
        tricks.put("path-nul", "a%00b");
        tricks.put("path-dotdot", "..");
        List<HostileProbe> probes = new ArrayList<>();
        List<String> variables = e.pathVariables();
        for (int i = 0; i < variables.size(); i++) {
            for (Map.Entry<String, String> trick : tricks.entrySet()) {
                Map<String, String> values = new HashMap<>();
                for (String v : variables) {
                    values.put(v, UUID.randomUUID().toString());
                }
                values.put(variables.get(i), trick.getValue());
                String accept = (i + trick.getKey().length()) % 2 == 0 ? XML : JSON;
                // ".." is resolved by the server to the parent path, which may exist: not a refusal by itself
                boolean mustRefuse = !trick.getKey().equals("path-dotdot");
                probes.add(withBody(trick.getKey(), e, e.path(values, "x"), accept,
                        e.bodyType().isPresent() ? XML : null, minimalBody(e), mustRefuse));
            }
        }
        return probes;
    }

    private List<HostileProbe> queryProbes(ApiEndpoints.Endpoint e) {
        String path = e.path(realIds.apply(e), UUID.randomUUID().toString());
        List<HostileProbe> probes = new ArrayList<>();
        Map<String, String> queries = new java.util.LinkedHashMap<>();
        if (e.queryParams().containsKey("max")) {
            queries.put("max-negative", "max=-5");
            queries.put("max-not-number", "max=abc");
            queries.put("max-overflow", "max=99999999999999999999");
            queries.put("max-int-overflow", "max=2147483648");
            queries.put("max-fraction", "max=1.5");
            queries.put("max-duplicate", "max=1&max=2");
            queries.put("max-empty", "max=");
        }
        if (e.queryParams().containsKey("page")) {
            queries.put("page-zero", "page=0");
            queries.put("page-negative", "page=-1");
            queries.put("page-not-number", "page=abc");
            queries.put("page-huge", "page=2147483647&max=1000");
            queries.put("page-duplicate", "page=1&page=2");
        }
        if (e.queryParams().containsKey("search")) {
            queries.put("search-sql", "search=name%3D%27%20OR%201%3D1%20--");
            queries.put("search-sql-union", "search=name%3Dx%27%20UNION%20SELECT%20password%20FROM%20osn_provider--");
            queries.put("search-script", "search=name%3D%3Cscript%3Ealert(1)%3C%2Fscript%3E");
            queries.put("search-regex", "search=name%3D(a%2B)%2B%24%5B");
            queries.put("search-not-name", "search=password%3Dx");
            queries.put("search-garbage", "search=%3D%3D%3D");
            queries.put("search-control", "search=name%3D%00%01");
            queries.put("search-long", "search=name%3D" + "*a".repeat(20_000));
            queries.put("search-duplicate", "search=name%3Da&search=name%3Db");
        }
        if (e.queryParams().containsKey("force")) {
            queries.put("force-not-boolean", "force=maybe");
        }
        if (e.queryParams().containsKey("remove_from_provider")) {
            queries.put("flag-not-boolean", "remove_from_provider=maybe");
        }
        for (Map.Entry<String, String> q : queries.entrySet()) {
            if (!e.method().equals("GET")) {
                continue;
            }
            probes.add(HostileProbe.of(q.getKey(), "GET", path + "?" + q.getValue(),
                    q.getKey().length() % 2 == 0 ? XML : JSON, null, null, false));
        }
        return probes;
    }

    /** Bodies the reader or the validator must refuse, sent to existing objects (or unknown ones for actions). */
    private List<HostileProbe> bodyProbes(ApiEndpoints.Endpoint e) {
        Class<?> type = e.bodyType().orElseThrow();
        String root = root(type);
        boolean action = type == Action.class;
        // an action's body is optional and its unknown fields are ignored, so even {"name":…} would do real work:
        // actions get unknown ids; every other body is refused by the reader or the validator, so it may meet a
        // real object
        String path = action ? e.path(Map.of(), UUID.randomUUID().toString())
                : e.path(realIds.apply(e), UUID.randomUUID().toString());
        String realPath = path;
        List<HostileProbe> probes = new ArrayList<>();
        // malformed: refused by the reader before any resource code runs, so safe on real objects
        Map<String, String[]> malformed = new java.util.LinkedHashMap<>();
        malformed.put("xml-garbage", new String[]{XML, "<<<this is not xml"});
        malformed.put("xml-truncated", new String[]{XML, "<" + root + "><name>half"});
        malformed.put("xml-unclosed-attribute", new String[]{XML, "<" + root + " id=\"x></" + root + ">"});
        malformed.put("xml-xxe-file", new String[]{XML, "<?xml version=\"1.0\"?><!DOCTYPE " + root
                + " [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><" + root + "><name>&xxe;</name></" + root + ">"});
        malformed.put("xml-xxe-http", new String[]{XML, "<?xml version=\"1.0\"?><!DOCTYPE " + root
                + " [<!ENTITY xxe SYSTEM \"" + listenerUrl + "/xxe\">]><" + root + "><name>&xxe;</name></" + root
                + ">"});
        malformed.put("xml-external-dtd", new String[]{XML, "<?xml version=\"1.0\"?><!DOCTYPE " + root
                + " SYSTEM \"" + listenerUrl + "/dtd\"><" + root + "/>"});
        malformed.put("xml-parameter-entity", new String[]{XML, "<?xml version=\"1.0\"?><!DOCTYPE " + root
                + " [<!ENTITY % p SYSTEM \"" + listenerUrl + "/pe\"> %p;]><" + root + "/>"});
        malformed.put("xml-billion-laughs", new String[]{XML, billionLaughs(root)});
        malformed.put("json-garbage", new String[]{JSON, "{{{ not json"});
        malformed.put("json-truncated", new String[]{JSON, "{\"name\":\"half"});
        malformed.put("json-nesting-10000", new String[]{JSON, "{\"name\":" + "{\"a\":".repeat(10_000) + "1"
                + "}".repeat(10_001)});
        malformed.put("json-array-nesting-10000", new String[]{JSON, "[".repeat(10_000) + "]".repeat(10_000)});
        malformed.put("json-top-level-array", new String[]{JSON, "[1,2,3]"});
        malformed.put("json-top-level-string", new String[]{JSON, "\"just a string\""});
        malformed.put("json-name-object", new String[]{JSON, "{\"name\":{\"nested\":true}}"});
        for (Map.Entry<String, String[]> m : malformed.entrySet()) {
            String accept = m.getKey().startsWith("json") ? JSON : XML;
            probes.add(withBody(m.getKey(), e, realPath, accept, m.getValue()[0], m.getValue()[1], true));
        }
        // well-formed, so an update may take them as "nothing to change"; they must not crash the reader
        probes.add(withBody("xml-nesting-10000", e, path, XML, XML, "<" + root + ">" + "<a>".repeat(10_000)
                + "</a>".repeat(10_000) + "</" + root + ">", false));
        probes.add(withBody("xml-charset-mismatch", e, path, XML, XML + "; charset=UTF-16", "<" + root + "/>",
                false));
        // JSON-B (Yasson) reads the first value and ignores what follows; known, tolerated (see docs/testing.md)
        probes.add(withBody("json-trailing-garbage", e, path, JSON, JSON, "{\"name\":\"x\"} trailing", false));
        probes.add(withBody("body-empty-xml", e, realPath, XML, XML, "", true));
        probes.add(withBody("body-empty-json", e, realPath, JSON, JSON, "", true));
        probes.add(withBody("json-null", e, realPath, JSON, JSON, "null", true));
        // well-formed but wrong: unknown fields, wrong types, hostile names and numbers
        probes.add(withBody("xml-unknown-fields", e, path, XML, XML, "<" + root + "><no_such_field>1</no_such_field>"
                + "<password_hash>x</password_hash></" + root + ">", false));
        probes.add(withBody("json-unknown-fields", e, path, JSON, JSON, "{\"no_such_field\":1,\"id\":{\"x\":[]}}",
                false));
        probes.add(withBody("json-duplicate-keys", e, path, JSON, JSON, "{\"name\":\"a\",\"name\":\"b\"}", false));
        String template = validXmlBodies.get(type);
        if (template != null) {
            for (Map.Entry<String, String> n : REFUSED_NAMES.entrySet()) {
                probes.add(withBody(n.getKey(), e, path, n.getKey().length() % 2 == 0 ? XML : JSON, XML,
                        template.replace("%NAME%", xmlText(n.getValue())), true));
            }
            for (Map.Entry<String, String> n : ODD_NAMES.entrySet()) {
                probes.add(withBody(n.getKey(), e, path, XML, XML, template.replace("%NAME%", xmlText(n.getValue())),
                        false));
            }
            probes.addAll(numberProbes(e, path, template));
        }
        return probes;
    }

    /** MTU and VLAN out of range or of the wrong type, where the body has them. */
    private List<HostileProbe> numberProbes(ApiEndpoints.Endpoint e, String path, String template) {
        List<HostileProbe> probes = new ArrayList<>();
        if (!template.startsWith("<network>")) {
            return probes;
        }
        String named = template.replace("%NAME%", "corpus-" + Long.toHexString(System.nanoTime()));
        Map<String, String> numbers = new java.util.LinkedHashMap<>();
        numbers.put("mtu-negative", "<mtu>-1</mtu>");
        numbers.put("mtu-too-small", "<mtu>67</mtu>");
        numbers.put("mtu-too-big", "<mtu>65536</mtu>");
        numbers.put("mtu-int-overflow", "<mtu>2147483648</mtu>");
        numbers.put("mtu-not-number", "<mtu>jumbo</mtu>");
        numbers.put("vlan-negative", "<vlan id=\"-1\"/>");
        numbers.put("vlan-too-big", "<vlan id=\"4095\"/>");
        numbers.put("vlan-overflow", "<vlan id=\"99999999999\"/>");
        numbers.put("vlan-not-number", "<vlan id=\"ten\"/>");
        for (Map.Entry<String, String> n : numbers.entrySet()) {
            probes.add(withBody(n.getKey(), e, path, XML, XML, named.replace("</network>", n.getValue()
                    + "</network>"), true));
        }
        probes.add(withBody("json-mtu-string", e, path, JSON, JSON, "{\"name\":\"corpus-json\",\"mtu\":\"jumbo\"}",
                true));
        // Known gap: JSON-B (Yasson) truncates a fraction or an out-of-range number into an Integer instead of
        // failing, so an update may take these; tolerated until the JSON reader is made strict (docs/testing.md)
        probes.add(withBody("json-mtu-fraction", e, path, JSON, JSON, "{\"name\":\"corpus-json\",\"mtu\":1500.5}",
                false));
        probes.add(withBody("json-mtu-overflow", e, path, JSON, JSON,
                "{\"name\":\"corpus-json\",\"mtu\":1e400}", false));
        return probes;
    }

    /** Content types the endpoint does not read, and an Accept it cannot answer. */
    private List<HostileProbe> contentProbes(ApiEndpoints.Endpoint e) {
        String path = e.path(realIds.apply(e), UUID.randomUUID().toString());
        String body = minimalBody(e);
        List<HostileProbe> probes = new ArrayList<>();
        probes.add(withBody("content-type-text", e, path, XML, "text/plain", body, true));
        probes.add(withBody("content-type-form", e, path, JSON, "application/x-www-form-urlencoded", "name=x", true));
        probes.add(withBody("content-type-octets", e, path, XML, "application/octet-stream", body, true));
        probes.add(withBody("content-type-garbage", e, path, XML, "not a media type", body, true));
        probes.add(withBody("content-type-missing", e, path, JSON, null, body, true));
        probes.add(withBody("accept-html", e, path, "text/html", XML, "<<<", true));
        return probes;
    }

    /** Methods nothing answers, on every top-level collection. */
    private List<HostileProbe> methodProbes() {
        List<HostileProbe> probes = new ArrayList<>();
        endpoints.stream().map(ApiEndpoints.Endpoint::pathTemplate).filter(p -> p.indexOf('{') < 0).distinct()
                .forEach(p -> {
                    probes.add(HostileProbe.of("method-patch", "PATCH", p, XML, XML, "<x/>", true));
                    probes.add(HostileProbe.of("method-unknown", "BREW", p, JSON, null, null, true));
                });
        return probes;
    }

    private static String billionLaughs(String root) {
        StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE " + root
                + " [<!ENTITY lol0 \"lollollollollollollollollollol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10))
                    .append("\">");
        }
        return dtd.append("]><").append(root).append("><name>&lol9;</name></").append(root).append(">").toString();
    }

    private static String xmlText(String text) {
        StringBuilder escaped = new StringBuilder();
        text.codePoints().forEach(c -> {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                default -> {
                    // XML 1.0 cannot carry most control characters even as references; send them raw so the
                    // parser, not the validator, must refuse them
                    escaped.appendCodePoint(c);
                }
            }
        });
        return escaped.toString();
    }
}
