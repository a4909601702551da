package org.ovirt.osn.restapi.mapping;

import jakarta.xml.bind.JAXBContext;
import org.junit.jupiter.api.Test;
import org.ovirt.osn.provider.ProviderCapabilities;
import org.ovirt.osn.provider.ProviderConnectivityReport;
import org.ovirt.osn.provider.ProviderConnectivityReport.Authentication;
import org.ovirt.osn.provider.ProviderConnectivityReport.AuthenticationKind;
import org.ovirt.osn.provider.ProviderConnectivityReport.CallTiming;
import org.ovirt.osn.restapi.json.JsonbConfigResolver;
import org.ovirt.osn.restapi.model.Action;

import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProviderConnectivityMapperTest {

    private static final ProviderConnectivityReport KEYSTONE_V3 = new ProviderConnectivityReport(
            List.of("v2.0 (CURRENT)"),
            new Authentication(AuthenticationKind.KEYSTONE_V3, "http://keystone:5000/v3", "ovirt", "Default",
                    "service", "Default"),
            Instant.parse("2026-12-07T10:00:00Z"),
            List.of(new CallTiming("POST http://keystone:5000/v3/auth/tokens", Duration.ofMillis(42)),
                    new CallTiming("GET http://neutron:9696/v2.0/", Duration.ofNanos(1_500_000))),
            new ProviderCapabilities(true, true, true, true, true), true, true);

    private static Action answer(ProviderConnectivityReport report) {
        Action action = Action.complete();
        action.setProviderConnectivity(ProviderConnectivityMapper.toModel(report));
        return action;
    }

    @Test
    void shouldRenderWhatTheTestFoundInTheActionAnswerAsXml() throws Exception {
        StringWriter xml = new StringWriter();
        JAXBContext.newInstance(Action.class).createMarshaller().marshal(answer(KEYSTONE_V3), xml);

        String body = xml.toString();
        assertTrue(body.contains("<status>complete</status>"), body);
        assertTrue(body.contains("<api_versions><api_version>v2.0 (CURRENT)</api_version></api_versions>"), body);
        assertTrue(body.contains("<authentication><method>keystone_v3</method><url>http://keystone:5000/v3</url>"
                + "<username>ovirt</username><user_domain_name>Default</user_domain_name>"
                + "<project_name>service</project_name><project_domain_name>Default</project_domain_name>"
                + "<token_expires_at>2026-12-07T10:00:00Z</token_expires_at></authentication>"), body);
        assertTrue(body.contains("<call><request>POST http://keystone:5000/v3/auth/tokens</request>"
                + "<round_trip_ms>42.0</round_trip_ms></call>"), body);
        assertTrue(body.contains("<round_trip_ms>1.5</round_trip_ms>"), body);
        assertTrue(body.contains("<capabilities><bulk_port_create>true</bulk_port_create><paging>true</paging>"
                + "<sorting>true</sorting><field_selection>true</field_selection><filters>any_of</filters>"
                + "<port_binding>true</port_binding><security_groups>true</security_groups></capabilities>"), body);
    }

    @Test
    void shouldSayNoneAndFirstValueFiltersForAnUnauthenticatedBasicProviderInJson() {
        ProviderConnectivityReport basic = new ProviderConnectivityReport(List.of("v2.0 (CURRENT)"),
                Authentication.NONE, null, List.of(new CallTiming("GET http://ovn:9696/v2.0/", Duration.ofMillis(3))),
                ProviderCapabilities.BASIC, false, false);

        String json = JsonbConfigResolver.jsonb().toJson(answer(basic));

        assertTrue(json.contains("\"authentication\":{\"method\":\"none\"}"), json);
        assertTrue(json.contains("\"filters\":\"first_value\""), json);
        assertTrue(json.contains("\"bulk_port_create\":false"), json);
        assertTrue(json.contains("\"api_versions\":[\"v2.0 (CURRENT)\"]"), json);
        assertTrue(json.contains("\"calls\":[{\"request\":\"GET http://ovn:9696/v2.0/\",\"round_trip_ms\":3.0}]"),
                json);
        assertFalse(json.contains("token_expires_at"), json);
        assertEquals(-1, json.indexOf("null"), json);
    }
}
