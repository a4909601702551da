package org.ovirt.osn.provider.neutron;

import org.ovirt.osn.provider.ProviderException;
import org.ovirt.osn.provider.health.ProviderCallMeter;

import java.net.URI;
import java.time.Clock;

/**
 * Keystone v2.0 (what ovirt-provider-ovn speaks): {@code POST {authUrl}/tokens} with {@code passwordCredentials} and
 * the {@code tenantName} when one is configured; token in {@code access.token.id}, expiry in
 * {@code access.token.expires}. An unscoped token is only asked for when the provider type allows it.
 */
final class KeystoneV2Authenticator implements KeystoneAuthenticator {

    private final KeystoneCredentials credentials;
    private final boolean tenantRequired;
    private final NeutronHttp http;
    private final Clock clock;
    private final ProviderCallMeter meter;

    KeystoneV2Authenticator(KeystoneCredentials credentials, boolean tenantRequired, NeutronHttp http, Clock clock,
                            ProviderCallMeter meter) {
        this.credentials = credentials;
        this.tenantRequired = tenantRequired;
        this.http = http;
        this.clock = clock;
        this.meter = meter;
    }

    @Override
    public KeystoneToken authenticate() {
        KeystoneAuthenticator.requireBasics(credentials);
        if (tenantRequired && credentials.tenantName() == null) {
            throw KeystoneAuthenticator.misconfigured(credentials,
                    "Keystone v2.0 needs a tenant name for an OpenStack Neutron provider");
        }
        URI uri = ProviderUrls.join(credentials.authUrl(), "/tokens", "authentication URL");
        NeutronHttp.Call call = NeutronHttp.Call.post(uri, KeystoneV2AuthRequest.password(credentials))
                .to(ProviderFailures.Peer.KEYSTONE);
        NeutronHttp.Reply<KeystoneV2AccessResponse> reply;
        try {
            reply = http.exchange(call, KeystoneV2AccessResponse.class, meter);
        } catch (ProviderException e) {
            throw KeystoneAuthenticator.keystoneFailure(e, credentials);
        }
        KeystoneV2AccessResponse.Token token = reply.body() == null || reply.body().access() == null ? null
                : reply.body().access().token();
        if (token == null || token.id() == null || token.id().isBlank()) {
            throw KeystoneAuthenticator.keystoneFailure(ProviderFailures.badResponse(call.describe(), reply.status(),
                    reply.header(NeutronHttp.REQUEST_ID_HEADER),
                    "The answer has no access.token.id; is this a Keystone v2.0 endpoint?"), credentials);
        }
        return KeystoneToken.issued(token.id().strip(), token.expires(), clock.instant());
    }
}
