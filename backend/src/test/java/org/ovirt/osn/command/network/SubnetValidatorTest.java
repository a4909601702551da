package org.ovirt.osn.command.network;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ovirt.osn.command.EngineMessage;
import org.ovirt.osn.command.ValidationResult;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SubnetValidatorTest {

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.0/24", "0.0.0.0/0", "192.168.1.0/32", "fd00::/64", "2001:db8::/128"})
    void cidrValid(String cidr) {
        assertTrue(SubnetValidator.cidrValid(cidr).isValid());
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.0", "10.0.0.0/33", "fd00::/129", "10.0.0/24", "256.0.0.0/8", "example.com/24",
            "localhost/8", "10.0.0.0/-1", "10.0.0.0/ 24", "/24"})
    void cidrFailsWhenNotAnAddressAndPrefixThatFits(String cidr) {
        assertEquals(EngineMessage.VALIDATION_SUBNET_CIDR_INVALID, SubnetValidator.cidrValid(cidr).message());
    }

    @Test
    void cidrFailsWhenMissing() {
        assertEquals(EngineMessage.VALIDATION_SUBNET_CIDR_REQUIRED, SubnetValidator.cidrValid(" ").message());
    }

    @Test
    void ipVersionValidWhenMatchingOrOmitted() {
        assertTrue(SubnetValidator.ipVersionMatches("10.0.0.0/24", 4).isValid());
        assertTrue(SubnetValidator.ipVersionMatches("fd00::/64", 6).isValid());
        assertTrue(SubnetValidator.ipVersionMatches("fd00::/64", null).isValid());
    }

    @Test
    void ipVersionFailsWhenOtherFamily() {
        assertEquals(EngineMessage.VALIDATION_SUBNET_IP_VERSION_MISMATCH,
                SubnetValidator.ipVersionMatches("10.0.0.0/24", 6).message());
        assertEquals(EngineMessage.VALIDATION_SUBNET_IP_VERSION_MISMATCH,
                SubnetValidator.ipVersionMatches("fd00::/64", 4).message());
    }

    @Test
    void gatewayValidWhenInsideOrAbsent() {
        assertTrue(SubnetValidator.gatewayInCidr("10.1.2.0/24", "10.1.2.1").isValid());
        assertTrue(SubnetValidator.gatewayInCidr("10.1.2.0/23", "10.1.3.254").isValid());
        assertTrue(SubnetValidator.gatewayInCidr("fd00:1::/64", "fd00:1::1").isValid());
        assertTrue(SubnetValidator.gatewayInCidr("10.1.2.0/24", null).isValid());
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.1.3.1", "fd00::1", "gateway.example.com", "10.1.2"})
    void gatewayFailsWhenOutsideCidrOrNoAddress(String gateway) {
        assertEquals(EngineMessage.VALIDATION_SUBNET_GATEWAY_OUTSIDE_CIDR,
                SubnetValidator.gatewayInCidr("10.1.2.0/24", gateway).message());
    }

    @Test
    void dnsServersValidWhenAddresses() {
        assertTrue(SubnetValidator.dnsServersValid(List.of("8.8.8.8", "2001:4860:4860::8888")).isValid());
    }

    @Test
    void dnsServersFailWhenOneIsAName() {
        assertEquals(EngineMessage.VALIDATION_SUBNET_DNS_SERVER_INVALID,
                SubnetValidator.dnsServersValid(List.of("8.8.8.8", "dns.example.com")).message());
    }

    @Test
    void ipv6ModesValidOnIpv6() {
        assertTrue(SubnetValidator.ipv6ModesValid("fd00::/64", "slaac", "slaac").isValid());
        assertTrue(SubnetValidator.ipv6ModesValid("10.0.0.0/24", null, null).isValid());
    }

    @Test
    void ipv6ModesFailOnIpv4() {
        assertEquals(EngineMessage.VALIDATION_SUBNET_IPV6_MODE_ON_IPV4,
                SubnetValidator.ipv6ModesValid("10.0.0.0/24", "slaac", null).message());
    }

    @Test
    void ipv6ModesValidForEachNeutronModeAloneOrAsBoth() {
        for (String mode : List.of("slaac", "dhcpv6-stateful", "dhcpv6-stateless")) {
            assertTrue(SubnetValidator.ipv6ModesValid("fd00::/64", mode, mode).isValid(), mode);
            assertTrue(SubnetValidator.ipv6ModesValid("fd00::/64", mode, null).isValid(), mode);
            assertTrue(SubnetValidator.ipv6ModesValid("fd00::/64", null, mode).isValid(), mode);
        }
    }

    @Test
    void ipv6ModesFailOnIpv4EvenForAStatelessRaModeAlone() {
        assertEquals(EngineMessage.VALIDATION_SUBNET_IPV6_MODE_ON_IPV4,
                SubnetValidator.ipv6ModesValid("10.0.0.0/24", null, "dhcpv6-stateless").message());
        assertEquals(EngineMessage.VALIDATION_SUBNET_IPV6_MODE_ON_IPV4,
                SubnetValidator.ipv6ModesValid("not-a-cidr", "dhcpv6-stateless", null).message());
    }

    @Test
    void ipv6ModesFailWhenSpelledOtherwiseThanNeutron() {
        for (String mode : List.of("dhcpv6_stateless", "DHCPv6-stateless", "stateless", " slaac", "")) {
            ValidationResult address = SubnetValidator.ipv6ModesValid("fd00::/64", mode, "slaac");
            ValidationResult ra = SubnetValidator.ipv6ModesValid("fd00::/64", "slaac", mode);
            assertEquals(EngineMessage.VALIDATION_SUBNET_IPV6_MODE_INVALID, address.message(), mode);
            assertEquals(EngineMessage.VALIDATION_SUBNET_IPV6_MODE_INVALID, ra.message(), mode);
            assertEquals(mode, ra.variables().get("Mode"));
            assertEquals("dhcpv6-stateful, dhcpv6-stateless, slaac", ra.variables().get("Modes"));
        }
    }

    @Test
    void ipv6ModesFailWhenUnknown() {
        assertEquals(EngineMessage.VALIDATION_SUBNET_IPV6_MODE_INVALID,
                SubnetValidator.ipv6ModesValid("fd00::/64", null, "dhcp").message());
    }
}
