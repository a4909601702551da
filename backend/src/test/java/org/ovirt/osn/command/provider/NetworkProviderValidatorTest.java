package org.ovirt.osn.command.provider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.ovirt.osn.command.EngineMessage;
import org.ovirt.osn.command.FailureKind;
import org.ovirt.osn.command.ValidationResult;
import org.ovirt.osn.provider.NetworkProvider;
import org.ovirt.osn.provider.NetworkProviderProxies;
import org.ovirt.osn.provider.NetworkProviderProxy;
import org.ovirt.osn.provider.NetworkProviderProxyFactory;
import org.ovirt.osn.provider.NetworkProviderType;
import org.ovirt.osn.provider.ProviderTypeTraits;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ovirt.osn.command.provider.ProviderBuilder.externalWithoutAuthentication;
import static org.ovirt.osn.command.provider.ProviderBuilder.neutron;

class NetworkProviderValidatorTest {

    /** Serves only Neutron, so EXTERNAL counts as an unsupported type. */
    private static final NetworkProviderProxies NEUTRON_ONLY = new NetworkProviderProxies(List.of(
            new NetworkProviderProxyFactory() {
                @Override
                public NetworkProviderType type() {
                    return NetworkProviderType.NEUTRON;
                }

                @Override
                public ProviderTypeTraits traits() {
                    throw new UnsupportedOperationException("validation never asks for traits");
                }

                @Override
                public NetworkProviderProxy create(NetworkProvider provider) {
                    throw new UnsupportedOperationException("validation never creates a proxy");
                }
            }));

    private static NetworkProviderValidator validator(ProviderBuilder provider) {
        return new NetworkProviderValidator(provider.build());
    }

    private static void assertValid(ValidationResult result) {
        assertTrue(result.isValid(), () -> "expected valid, got " + result);
    }

    private static void assertFailure(ValidationResult result, EngineMessage message) {
        assertFailure(result, message, Map.of());
    }

    private static void assertFailure(ValidationResult result, EngineMessage message, Map<String, String> variables) {
        assertEquals(message, result.message(), () -> "result was " + result);
        assertEquals(variables, result.variables());
    }

    // nameGiven / nameWellFormed

    @Test
    void shouldPassNameGivenWhenNamePresent() {
        assertValid(validator(neutron()).nameGiven());
    }

    @Test
    void shouldFailNameGivenWhenNameMissing() {
        assertFailure(validator(neutron().name(null)).nameGiven(), EngineMessage.VALIDATION_PROVIDER_NAME_REQUIRED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t \n"})
    void shouldFailNameGivenWhenNameBlank(String name) {
        assertFailure(validator(neutron().name(name)).nameGiven(), EngineMessage.VALIDATION_PROVIDER_NAME_REQUIRED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ovn", "ovirt-provider-ovn", "neutron_2", "lab.neutron.01", "réseau-été", "网络提供者",
            "Сеть"})
    void shouldPassNameWellFormedWhenNameHasLettersDigitsDotsUnderscoresOrDashes(String name) {
        assertValid(validator(neutron().name(name)).nameWellFormed());
    }

    @Test
    void shouldPassNameWellFormedWhenNameHasExactlyMaximumLength() {
        assertValid(validator(neutron().name("n".repeat(128))).nameWellFormed());
    }

    @Test
    void shouldFailNameWellFormedWhenNameTooLong() {
        assertFailure(validator(neutron().name("n".repeat(129))).nameWellFormed(),
                EngineMessage.VALIDATION_FIELD_TOO_LONG, Map.of("Field", "name", "Max", "128"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"my provider", "a/b", "neutron!", "x:y", "semi;colon", "tab\tname", "quote'd", "emoji🙂"})
    void shouldFailNameWellFormedWhenNameHasOtherCharacters(String name) {
        assertFailure(validator(neutron().name(name)).nameWellFormed(), EngineMessage.VALIDATION_PROVIDER_NAME_INVALID);
    }

    // nameAvailable

    @Test
    void shouldPassNameAvailableWhenNoProviderHasTheName() {
        assertValid(validator(neutron()).nameAvailable(Optional.empty()));
    }

    @Test
    void shouldPassNameAvailableWhenTheProviderItselfHasTheName() {
        NetworkProvider stored = neutron().password(null).build();

        assertValid(validator(neutron().description("changed")).nameAvailable(Optional.of(stored)));
    }

    @Test
    void shouldFailNameAvailableWhenAnotherProviderHasTheName() {
        NetworkProvider other = neutron().id(UUID.randomUUID()).build();

        ValidationResult result = validator(neutron()).nameAvailable(Optional.of(other));

        assertFailure(result, EngineMessage.ACTION_TYPE_FAILED_NAME_ALREADY_USED, Map.of("ProviderName", "neutron-1"));
        assertEquals(FailureKind.CONFLICT, result.message().kind());
    }

    // typeSupported

    @Test
    void shouldPassTypeSupportedWhenAFactoryServesTheType() {
        assertValid(validator(neutron()).typeSupported(NEUTRON_ONLY));
    }

    @Test
    void shouldFailTypeSupportedWhenTypeMissing() {
        assertFailure(validator(neutron().type(null)).typeSupported(NEUTRON_ONLY),
                EngineMessage.VALIDATION_PROVIDER_TYPE_REQUIRED);
    }

    @Test
    void shouldFailTypeSupportedWhenNoFactoryServesTheType() {
        assertFailure(validator(externalWithoutAuthentication()).typeSupported(NEUTRON_ONLY),
                EngineMessage.ACTION_TYPE_FAILED_PROVIDER_NOT_SUPPORTED, Map.of("ProviderType", "external"));
    }

    // urlValid

    @ParameterizedTest
    @ValueSource(strings = {"http://neutron.example.com:9696", "https://neutron.example.com:9696/",
            "http://10.0.0.5:9696", "https://[fd00::5]:9696", "http://ovn-provider/networking", "https://neutron"})
    void shouldPassUrlValidWhenUrlIsAbsoluteHttpWithHost(String url) {
        assertValid(validator(neutron().url(url)).urlValid());
    }

    @Test
    void shouldFailUrlValidWhenUrlMissing() {
        assertFailure(validator(neutron().url(null)).urlValid(), EngineMessage.VALIDATION_PROVIDER_URL_REQUIRED);
    }

    @Test
    void shouldFailUrlValidWhenUrlBlank() {
        assertFailure(validator(neutron().url("  ")).urlValid(), EngineMessage.VALIDATION_PROVIDER_URL_REQUIRED);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "/v2.0/networks",                        // relative
            "neutron.example.com:9696",              // no scheme: parsed as scheme "neutron.example.com"
            "ftp://neutron.example.com:9696",        // not http(s)
            "file:///etc/passwd",                    // no host
            "http:///v2.0",                          // no host
            "http://neutron.example.com:9696?debug=1", // query
            "http://neutron.example.com:9696#frag",  // fragment
            "http://neutron example.com:9696"})      // not a URI at all
    void shouldFailUrlValidWhenUrlIsNotAnAbsoluteHttpUrlWithHost(String url) {
        assertFailure(validator(neutron().url(url)).urlValid(), EngineMessage.ACTION_TYPE_FAILED_PROVIDER_INVALID_URL,
                Map.of("Url", url));
    }

    @Test
    void shouldFailUrlValidWhenUrlTooLong() {
        String url = "http://neutron.example.com/" + "p".repeat(512);

        assertFailure(validator(neutron().url(url)).urlValid(), EngineMessage.VALIDATION_FIELD_TOO_LONG,
                Map.of("Field", "url", "Max", "512"));
    }

    // authenticationComplete

    @Test
    void shouldPassAuthenticationWhenNeutronHasUserPasswordV3UrlAndUserDomain() {
        assertValid(validator(neutron()).authenticationComplete());
    }

    @Test
    void shouldPassAuthenticationWhenAuthenticationNotRequiredAndNothingElseGiven() {
        ProviderBuilder provider = neutron().requiresAuthentication(false).username(null).password(null)
                .authenticationUrl(null).tenantName(null).userDomainName(null);

        assertValid(validator(provider).authenticationComplete());
    }

    @Test
    void shouldPassAuthenticationWhenAuthenticationNotRequiredAndAuthUrlMalformed() {
        ProviderBuilder provider = neutron().requiresAuthentication(false).authenticationUrl("keystone");

        assertValid(validator(provider).authenticationComplete());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " "})
    void shouldFailAuthenticationWhenUserMissing(String blank) {
        assertFailure(validator(neutron().username(blank)).authenticationComplete(),
                EngineMessage.ACTION_TYPE_FAILED_PROVIDER_NO_USER);
        assertFailure(validator(neutron().username(null)).authenticationComplete(),
                EngineMessage.ACTION_TYPE_FAILED_PROVIDER_NO_USER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " "})
    void shouldFailAuthenticationWhenPasswordMissing(String blank) {
        assertFailure(validator(neutron().password(blank)).authenticationComplete(),
                EngineMessage.ACTION_TYPE_FAILED_PROVIDER_NO_PASSWORD);
        assertFailure(validator(neutron().password(null)).authenticationComplete(),
                EngineMessage.ACTION_TYPE_FAILED_PROVIDER_NO_PASSWORD);
    }

    @Test
    void shouldPassAuthenticationWhenPasswordHasExactlyMaximumLength() {
        assertValid(validator(neutron().password("p".repeat(200))).authenticationComplete());
    }

    @Test
    void shouldFailAuthenticationWhenPasswordTooLong() {
        assertFailure(validator(neutron().password("p".repeat(201))).authenticationComplete(),
                EngineMessage.ACTION_TYPE_FAILED_PROVIDER_PASSWORD_TOO_LONG);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " "})
    void shouldFailAuthenticationWhenAuthUrlMissing(String blank) {
        assertFailure(validator(neutron().authenticationUrl(blank)).authenticationComplete(),
                EngineMessage.ACTION_TYPE_FAILED_PROVIDER_NO_AUTH_URL);
        assertFailure(validator(neutron().authenticationUrl(null)).authenticationComplete(),
                EngineMessage.ACTION_TYPE_FAILED_PROVIDER_NO_AUTH_URL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://keystone:5000/v3", "http://keystone:5000/v3/", "https://keystone:5000/v2.0",
            "https://keystone:35357/v2.0/", "http://10.0.0.1:5000/v3"})
    void shouldPassAuthenticationWhenAuthUrlHasHostPortAndVersion(String authUrl) {
        ProviderBuilder provider = neutron().authenticationUrl(authUrl).tenantName("admin");

        assertValid(validator(provider).authenticationComplete());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "http://keystone/v3",               // missing port
            "http://keystone:5000",              // missing version
            "http://keystone:5000/",             // missing version
            "http://keystone:5000/v4",           // unknown version
            "http://keystone:5000/v2",           // v2 needs the .0
            "http://keystone:5000/v3/auth/tokens", // more than the version
            "http://keystone:5000/identity/v3",  // a prefix before the version
            "ftp://keystone:5000/v3",            // not http(s)
            "keystone:5000/v3"})                 // no scheme
    void shouldFailAuthenticationWhenAuthUrlMalformed(String authUrl) {
        assertFailure(validator(neutron().authenticationUrl(authUrl)).authenticationComplete(),
                EngineMessage.ACTION_TYPE_FAILED_PROVIDER_INVALID_AUTH_URL, Map.of("AuthUrl", authUrl));
    }

    @Test
    void shouldFailAuthenticationWhenNeutronHasNeitherTenantNorUserDomain() {
        assertFailure(validator(neutron().tenantName(null).userDomainName(" ")).authenticationComplete(),
                EngineMessage.ACTION_TYPE_FAILED_PROVIDER_NO_TENANT_OR_USER_DOMAIN);
    }

    @Test
    void shouldPassAuthenticationWhenNeutronHasOnlyTenant() {
        ProviderBuilder provider = neutron().authenticationUrl("http://keystone:35357/v2.0").tenantName("admin")
                .userDomainName(null);

        assertValid(validator(provider).authenticationComplete());
    }

    @Test
    void shouldPassAuthenticationWhenNeutronHasOnlyUserDomain() {
        assertValid(validator(neutron().tenantName(null).userDomainName("Default")).authenticationComplete());
    }

    @Test
    void shouldPassAuthenticationWhenExternalHasNeitherTenantNorUserDomain() {
        ProviderBuilder provider = externalWithoutAuthentication().requiresAuthentication(true).username("admin")
                .password("s3cret").authenticationUrl("http://ovn:35357/v2.0");

        assertValid(validator(provider).authenticationComplete());
    }

    // fieldsFit

    @Test
    void shouldPassFieldsFitWhenEveryFieldHasExactlyItsMaximumLength() {
        ProviderBuilder provider = neutron().description("d".repeat(4000)).username("u".repeat(128))
                .authenticationUrl("http://keystone:5000/v3" + "/".repeat(512 - 23)).tenantName("t".repeat(128))
                .userDomainName("u".repeat(128)).projectName("p".repeat(128)).projectDomainName("p".repeat(128))
                .externalPluginType("e".repeat(64)).customProperty("k".repeat(128), "v".repeat(4000));

        assertValid(validator(provider).fieldsFit());
    }

    @Test
    void shouldPassFieldsFitWhenOptionalFieldsMissing() {
        ProviderBuilder provider = externalWithoutAuthentication().description(null).externalPluginType(null);

        assertValid(validator(provider).fieldsFit());
    }

    static Stream<Arguments> oneFieldTooLong() {
        return Stream.of(
                Arguments.of("description", 4000, (UnaryOperator<ProviderBuilder>) p -> p.description("d".repeat(4001))),
                Arguments.of("username", 128, (UnaryOperator<ProviderBuilder>) p -> p.username("u".repeat(129))),
                Arguments.of("authentication_url", 512, (UnaryOperator<ProviderBuilder>) p ->
                        p.authenticationUrl("http://keystone:5000/v3" + "/".repeat(513 - 23))),
                Arguments.of("tenant_name", 128, (UnaryOperator<ProviderBuilder>) p -> p.tenantName("t".repeat(129))),
                Arguments.of("user_domain_name", 128, (UnaryOperator<ProviderBuilder>) p ->
                        p.userDomainName("u".repeat(129))),
                Arguments.of("project_name", 128, (UnaryOperator<ProviderBuilder>) p -> p.projectName("p".repeat(129))),
                Arguments.of("project_domain_name", 128, (UnaryOperator<ProviderBuilder>) p ->
                        p.projectDomainName("p".repeat(129))),
                Arguments.of("external_plugin_type", 64, (UnaryOperator<ProviderBuilder>) p ->
                        p.externalPluginType("e".repeat(65))),
                Arguments.of("property " + "k".repeat(129), 128, (UnaryOperator<ProviderBuilder>) p ->
                        p.customProperty("k".repeat(129), "v")),
                Arguments.of("property k", 4000, (UnaryOperator<ProviderBuilder>) p ->
                        p.customProperty("k", "v".repeat(4001))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oneFieldTooLong")
    void shouldFailFieldsFitWhenFieldTooLong(String field, int max, UnaryOperator<ProviderBuilder> change) {
        assertFailure(validator(change.apply(neutron())).fieldsFit(), EngineMessage.VALIDATION_FIELD_TOO_LONG,
                Map.of("Field", field, "Max", String.valueOf(max)));
    }

    // typeUnchanged

    @Test
    void shouldPassTypeUnchangedWhenStoredProviderHasTheSameType() {
        assertValid(validator(neutron()).typeUnchanged(neutron().password(null).build()));
    }

    @Test
    void shouldFailTypeUnchangedWhenStoredProviderHasAnotherType() {
        NetworkProvider stored = neutron().type(NetworkProviderType.EXTERNAL).build();

        assertFailure(validator(neutron()).typeUnchanged(stored),
                EngineMessage.ACTION_TYPE_FAILED_CANNOT_CHANGE_PROVIDER_TYPE);
    }

    // providerExists

    @Test
    void shouldPassProviderExistsWhenProviderStored() {
        NetworkProvider stored = neutron().build();

        assertValid(NetworkProviderValidator.providerExists(Optional.of(stored), stored.id()));
    }

    @Test
    void shouldFailProviderExistsWhenProviderNotStored() {
        UUID id = UUID.randomUUID();

        ValidationResult result = NetworkProviderValidator.providerExists(Optional.empty(), id);

        assertFailure(result, EngineMessage.ACTION_TYPE_FAILED_PROVIDER_DOESNT_EXIST, Map.of("ProviderId", id.toString()));
        assertEquals(FailureKind.NOT_FOUND, result.message().kind());
    }
}
