package org.ovirt.osn.command.provider;

import org.ovirt.osn.command.EngineMessage;
import org.ovirt.osn.command.ValidationResult;
import org.ovirt.osn.provider.NetworkProvider;
import org.ovirt.osn.provider.NetworkProviderProxies;
import org.ovirt.osn.provider.NetworkProviderType;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

import static org.ovirt.osn.command.ValidationResult.VALID;
import static org.ovirt.osn.command.ValidationResult.failWith;
import static org.ovirt.osn.command.ValidationResult.validWhen;

/** Rules for a provider's own fields. Each returns a result and never throws. */
public class NetworkProviderValidator {

    static final int MAX_NAME = 128;
    static final int MAX_URL = 512;
    static final int MAX_PASSWORD = 200;
    /** As the engine's regex and DB check: scheme, host, explicit port, and a v3 or v2.0 path. */
    private static final Pattern AUTH_URL = Pattern.compile("^https?://[^/]+:\\d+/(v3|v2\\.0)/?$");
    private static final Pattern NAME = Pattern.compile("^[\\p{L}0-9._-]+$");

    private final NetworkProvider provider;

    public NetworkProviderValidator(NetworkProvider provider) {
        this.provider = provider;
    }

    public ValidationResult nameGiven() {
        return validWhen(!blank(provider.name()), EngineMessage.VALIDATION_PROVIDER_NAME_REQUIRED);
    }

    public ValidationResult nameWellFormed() {
        if (provider.name().length() > MAX_NAME) {
            return tooLong("name", MAX_NAME);
        }
        return validWhen(NAME.matcher(provider.name()).matches(), EngineMessage.VALIDATION_PROVIDER_NAME_INVALID);
    }

    /** @param holder the provider that already has this name, if any */
    public ValidationResult nameAvailable(Optional<NetworkProvider> holder) {
        boolean takenByOther = holder.isPresent() && !holder.get().id().equals(provider.id());
        return validWhen(!takenByOther, EngineMessage.ACTION_TYPE_FAILED_NAME_ALREADY_USED,
                Map.of("ProviderName", provider.name()));
    }

    public ValidationResult typeSupported(NetworkProviderProxies proxies) {
        if (provider.type() == null) {
            return failWith(EngineMessage.VALIDATION_PROVIDER_TYPE_REQUIRED);
        }
        return validWhen(proxies.supports(provider.type()), EngineMessage.ACTION_TYPE_FAILED_PROVIDER_NOT_SUPPORTED,
                Map.of("ProviderType", provider.type().modelName()));
    }

    public ValidationResult urlValid() {
        if (blank(provider.url())) {
            return failWith(EngineMessage.VALIDATION_PROVIDER_URL_REQUIRED);
        }
        if (provider.url().length() > MAX_URL) {
            return tooLong("url", MAX_URL);
        }
        return validWhen(isHttpUrlWithHost(provider.url()), EngineMessage.ACTION_TYPE_FAILED_PROVIDER_INVALID_URL,
                Map.of("Url", provider.url()));
    }

    /** With authentication: user, password, a well-formed Keystone URL, and for Neutron a tenant or user domain. */
    public ValidationResult authenticationComplete() {
        if (!provider.requiresAuthentication()) {
            return VALID;
        }
        return ValidationResult.firstFailure(
                () -> validWhen(!blank(provider.username()), EngineMessage.ACTION_TYPE_FAILED_PROVIDER_NO_USER),
                () -> validWhen(!blank(provider.password()), EngineMessage.ACTION_TYPE_FAILED_PROVIDER_NO_PASSWORD),
                () -> validWhen(provider.password() == null || provider.password().length() <= MAX_PASSWORD,
                        EngineMessage.ACTION_TYPE_FAILED_PROVIDER_PASSWORD_TOO_LONG),
                () -> validWhen(!blank(provider.authenticationUrl()),
                        EngineMessage.ACTION_TYPE_FAILED_PROVIDER_NO_AUTH_URL),
                () -> validWhen(AUTH_URL.matcher(provider.authenticationUrl()).matches(),
                        EngineMessage.ACTION_TYPE_FAILED_PROVIDER_INVALID_AUTH_URL,
                        Map.of("AuthUrl", provider.authenticationUrl())),
                () -> validWhen(provider.type() != NetworkProviderType.NEUTRON
                                || !blank(provider.tenantName()) || !blank(provider.userDomainName()),
                        EngineMessage.ACTION_TYPE_FAILED_PROVIDER_NO_TENANT_OR_USER_DOMAIN));
    }

    /** Short text fields must fit their columns. */
    public ValidationResult fieldsFit() {
        return ValidationResult.firstFailure(
                () -> fits("description", provider.description(), 4000),
                () -> fits("username", provider.username(), 128),
                () -> fits("authentication_url", provider.authenticationUrl(), MAX_URL),
                () -> fits("tenant_name", provider.tenantName(), 128),
                () -> fits("user_domain_name", provider.userDomainName(), 128),
                () -> fits("project_name", provider.projectName(), 128),
                () -> fits("project_domain_name", provider.projectDomainName(), 128),
                () -> fits("external_plugin_type", provider.externalPluginType(), 64),
                () -> provider.customProperties().entrySet().stream()
                        .map(p -> p.getKey().length() > 128 ? tooLong("property " + p.getKey(), 128)
                                : fits("property " + p.getKey(), p.getValue(), 4000))
                        .filter(result -> !result.isValid())
                        .findFirst().orElse(VALID));
    }

    /**
     * Everything a provider's new state must satisfy, in the order an admin should fix it: name, type, URL,
     * authentication, field sizes, then whether another provider holds the name.
     *
     * @param findByName looks up the provider holding a name; asked only when every other rule passed
     */
    public ValidationResult newStateValid(NetworkProviderProxies proxies,
                                          Function<String, Optional<NetworkProvider>> findByName) {
        return ValidationResult.firstFailure(
                this::nameGiven,
                this::nameWellFormed,
                () -> typeSupported(proxies),
                this::urlValid,
                this::authenticationComplete,
                this::fieldsFit,
                () -> nameAvailable(findByName.apply(provider.name())));
    }

    public ValidationResult typeUnchanged(NetworkProvider stored) {
        return validWhen(stored.type() == provider.type(), EngineMessage.ACTION_TYPE_FAILED_CANNOT_CHANGE_PROVIDER_TYPE);
    }

    public static ValidationResult providerExists(Optional<NetworkProvider> stored, UUID id) {
        return validWhen(stored.isPresent(), EngineMessage.ACTION_TYPE_FAILED_PROVIDER_DOESNT_EXIST,
                Map.of("ProviderId", String.valueOf(id)));
    }

    private static ValidationResult fits(String field, String value, int max) {
        return value == null || value.length() <= max ? VALID : tooLong(field, max);
    }

    private static ValidationResult tooLong(String field, int max) {
        return failWith(EngineMessage.VALIDATION_FIELD_TOO_LONG, Map.of("Field", field, "Max", String.valueOf(max)));
    }

    private static boolean isHttpUrlWithHost(String url) {
        try {
            URI uri = new URI(url);
            return uri.isAbsolute() && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                    && uri.getHost() != null && !uri.getHost().isBlank()
                    && uri.getQuery() == null && uri.getFragment() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
