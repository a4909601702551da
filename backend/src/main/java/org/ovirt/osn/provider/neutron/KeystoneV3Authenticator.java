package org.ovirt.osn.provider.neutron;

import org.ovirt.osn.provider.ProviderException;
import org.ovirt.osn.provider.health.ProviderCallMeter;

import java.net.URI;
import java.time.Clock;

/**
 * Keystone v3: {@code POST {authUrl}/auth/tokens} with the password method and the user's domain, scoped to the
 * project when one is configured. The token comes in the {@code X-Subject-Token} header, its expiry in
 * {@code token.expires_at}. {@code nocatalog} spares us the service catalog, which we do not use.
 */
final class KeystoneV3Authenticator implements KeystoneAuthenticator {

    static final String SUBJECT_TOKEN_HEADER = "X-Subject-Token";

    private final KeystoneCredentials credentials;
    private final NeutronHttp http;
    private final Clock clock;
    private final ProviderCallMeter meter;

    KeystoneV3Authenticator(KeystoneCredentials credentials, NeutronHttp http, Clock clock, ProviderCallMeter meter) {
        this.credentials = credentials;
        this.http = http;
        this.clock = clock;
        this.meter = meter;
    }

    @Override
    public KeystoneToken authenticate() {
        KeystoneAuthenticator.requireBasics(credentials);
        URI uri = ProviderUrls.join(credentials.authUrl(), "/auth/tokens?nocatalog", "authentication URL");
        NeutronHttp.Call call = NeutronHttp.Call.post(uri, KeystoneV3AuthRequest.password(credentials))
                .to(ProviderFailures.Peer.KEYSTONE);
        NeutronHttp.Reply<KeystoneV3TokenResponse> reply;
        try {
            reply = http.exchange(call, KeystoneV3TokenResponse.class, meter);
        } catch (ProviderException e) {
            throw KeystoneAuthenticator.keystoneFailure(e, credentials);
        }
        String token = reply.header(SUBJECT_TOKEN_HEADER);
        if (token == null || token.isBlank()) {
            throw KeystoneAuthenticator.keystoneFailure(ProviderFailures.badResponse(call.describe(), reply.status(),
                    reply.header(NeutronHttp.REQUEST_ID_HEADER),
                    "The answer has no " + SUBJECT_TOKEN_HEADER + " header; is this a Keystone v3 endpoint?"),
                    credentials);
        }
        String expires = reply.body() == null || reply.body().token() == null ? null
                : reply.body().token().expiresAt();
        return KeystoneToken.issued(token.strip(), expires, clock.instant());
    }
}
