package org.ovirt.osn.restapi.it;

import java.io.ByteArrayOutputStream;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every secret the ITs have sent to the server (provider passwords and SSO secrets in XML, JSON and form bodies, the
 * passwords of Basic credentials), learnt from the requests {@link Http#send} makes, so that no test has to list
 * them, and the check that a text holds none of them: as sent, URL-encoded, or inside base64 at any alignment.
 * {@link Http#send} checks every answer as it comes, so a leak fails the test that provoked it;
 * {@code SecretsNeverLeakedIT} checks the server log and the audit log at the end of the run.
 */
final class SecretsSeen {

    /** Shorter values (a test's "v", "admin") stand in too many innocent texts to mean a leak. */
    private static final int MIN_LENGTH = 8;
    private static final int MAX_BODY = 1 << 20;
    private static final Pattern XML = Pattern.compile("<(password|client_secret)>([^<]*)</\\1>");
    private static final Pattern JSON = Pattern.compile("\"(password|client_secret)\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern FORM = Pattern.compile("(?:^|&)(password|client_secret)=([^&]*)");
    private static final Set<String> SECRETS = ConcurrentHashMap.newKeySet();

    private SecretsSeen() {
    }

    static void learn(String secret) {
        if (secret != null && secret.length() >= MIN_LENGTH) {
            SECRETS.add(secret);
        }
    }

    static Set<String> all() {
        return Set.copyOf(SECRETS);
    }

    /** Learns the secrets a request carries, in its body or its Basic credentials. */
    static void learnFrom(HttpRequest request) {
        request.headers().firstValue("Authorization").filter(a -> a.regionMatches(true, 0, "Basic ", 0, 6))
                .ifPresent(basic -> {
                    try {
                        String pair = new String(Base64.getDecoder().decode(basic.substring(6).trim()),
                                StandardCharsets.UTF_8);
                        learn(pair.substring(pair.indexOf(':') + 1));
                    } catch (IllegalArgumentException e) {
                        // a test sending broken credentials on purpose
                    }
                });
        String body = bodyOf(request);
        if (body.isEmpty()) {
            return;
        }
        collect(XML.matcher(body), v -> v.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&apos;", "'").replace("&amp;", "&"));
        collect(JSON.matcher(body), v -> v.replace("\\\"", "\"").replace("\\\\", "\\"));
        collect(FORM.matcher(body), v -> {
            try {
                return URLDecoder.decode(v, StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return v;
            }
        });
    }

    /** @throws AssertionError naming where and which form, never the secret itself */
    static void assertNoneIn(String where, String text) {
        if (text == null || text.isEmpty()) {
            return;
        }
        for (String secret : SECRETS) {
            for (String form : forms(secret)) {
                if (text.contains(form)) {
                    throw new AssertionError(where + " contains a secret a test sent (" + secret.length()
                            + " characters, starting " + secret.charAt(0) + "…, found as " + describe(secret, form)
                            + ")");
                }
            }
        }
    }

    private static String describe(String secret, String form) {
        if (form.equals(secret)) {
            return "plain text";
        }
        return form.equals(URLEncoder.encode(secret, StandardCharsets.UTF_8)) ? "URL-encoded" : "base64";
    }

    /** The secret as sent, URL-encoded, and the part of its base64 that any encoding of it at each alignment holds. */
    static List<String> forms(String secret) {
        List<String> forms = new ArrayList<>(List.of(secret, URLEncoder.encode(secret, StandardCharsets.UTF_8)));
        byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
        for (int shift = 0; shift < 3; shift++) {
            byte[] shifted = new byte[shift + bytes.length];
            System.arraycopy(bytes, 0, shifted, shift, bytes.length);
            String encoded = Base64.getEncoder().withoutPadding().encodeToString(shifted);
            // drop the characters that also depend on the bytes before and after the secret
            int from = (shift * 4 + 2) / 3;
            int to = ((shift + bytes.length) * 4) / 3 - 1;
            if (to - from >= MIN_LENGTH - 2) {
                forms.add(encoded.substring(from, to));
            }
        }
        return forms;
    }

    private static void collect(Matcher matcher, java.util.function.UnaryOperator<String> unescape) {
        while (matcher.find()) {
            learn(unescape.apply(matcher.group(2)));
        }
    }

    private static String bodyOf(HttpRequest request) {
        Optional<HttpRequest.BodyPublisher> publisher = request.bodyPublisher();
        if (publisher.isEmpty() || publisher.get().contentLength() <= 0
                || publisher.get().contentLength() > MAX_BODY) {
            return "";
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CompletableFuture<Void> read = new CompletableFuture<>();
        publisher.get().subscribe(new Flow.Subscriber<>() {
            @Override
            public void onSubscribe(Flow.Subscription subscription) {
                subscription.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(ByteBuffer item) {
                byte[] chunk = new byte[item.remaining()];
                item.get(chunk);
                bytes.writeBytes(chunk);
            }

            @Override
            public void onError(Throwable throwable) {
                read.completeExceptionally(throwable);
            }

            @Override
            public void onComplete() {
                read.complete(null);
            }
        });
        try {
            read.get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            return "";
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
