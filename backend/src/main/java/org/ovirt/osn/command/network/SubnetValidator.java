package org.ovirt.osn.command.network;

import org.ovirt.osn.command.EngineMessage;
import org.ovirt.osn.command.ValidationResult;

import java.math.BigInteger;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import static org.ovirt.osn.command.ValidationResult.validWhen;

/**
 * Rules for a new subnet, checked with the JDK's own address parsing (never a name lookup: only literals are
 * parsed). Never throws.
 */
public final class SubnetValidator {

    public static final Set<String> IPV6_MODES = Set.of("slaac", "dhcpv6-stateful", "dhcpv6-stateless");

    private static final Pattern IPV4_LITERAL = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6_LITERAL = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private SubnetValidator() {
    }

    /** An IPv4 or IPv6 literal, never resolved as a host name; empty when the text is none. */
    static Optional<InetAddress> literal(String text) {
        if (text == null || !(IPV4_LITERAL.matcher(text).matches() || IPV6_LITERAL.matcher(text).matches())) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(text));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    /** {@code address/prefix} with the prefix in range for the address family. */
    static Optional<Cidr> cidr(String text) {
        if (text == null) {
            return Optional.empty();
        }
        int slash = text.indexOf('/');
        if (slash < 0 || !text.substring(slash + 1).matches("\\d{1,3}")) {
            return Optional.empty();
        }
        int prefix = Integer.parseInt(text.substring(slash + 1));
        return literal(text.substring(0, slash))
                .filter(a -> prefix <= a.getAddress().length * 8)
                .map(a -> new Cidr(a, prefix));
    }

    /** A parsed CIDR. */
    record Cidr(InetAddress address, int prefix) {

        int ipVersion() {
            return address instanceof Inet6Address ? 6 : 4;
        }

        boolean contains(InetAddress other) {
            if (other.getAddress().length != address.getAddress().length) {
                return false;
            }
            int bits = address.getAddress().length * 8;
            BigInteger mask = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE)
                    .shiftRight(prefix).xor(BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE));
            return new BigInteger(1, address.getAddress()).and(mask)
                    .equals(new BigInteger(1, other.getAddress()).and(mask));
        }
    }

    public static ValidationResult cidrValid(String cidr) {
        if (cidr == null || cidr.isBlank()) {
            return ValidationResult.failWith(EngineMessage.VALIDATION_SUBNET_CIDR_REQUIRED);
        }
        return validWhen(cidr(cidr).isPresent(), EngineMessage.VALIDATION_SUBNET_CIDR_INVALID,
                Map.of("Cidr", String.valueOf(cidr)));
    }

    /** 4 or 6, and the CIDR's family (call after {@link #cidrValid}). */
    public static ValidationResult ipVersionMatches(String cidr, Integer ipVersion) {
        int actual = cidr(cidr).map(Cidr::ipVersion).orElse(0);
        return validWhen(ipVersion == null || ipVersion == actual, EngineMessage.VALIDATION_SUBNET_IP_VERSION_MISMATCH,
                Map.of("Cidr", String.valueOf(cidr), "IpVersion", "v" + ipVersion));
    }

    public static ValidationResult gatewayInCidr(String cidr, String gateway) {
        return validWhen(gateway == null || gateway.isBlank() || literal(gateway)
                        .filter(g -> cidr(cidr).map(c -> c.contains(g)).orElse(false)).isPresent(),
                EngineMessage.VALIDATION_SUBNET_GATEWAY_OUTSIDE_CIDR,
                Map.of("Gateway", String.valueOf(gateway), "Cidr", String.valueOf(cidr)));
    }

    public static ValidationResult dnsServersValid(List<String> dnsServers) {
        for (String server : dnsServers) {
            if (literal(server).isEmpty()) {
                return ValidationResult.failWith(EngineMessage.VALIDATION_SUBNET_DNS_SERVER_INVALID,
                        Map.of("DnsServer", String.valueOf(server)));
            }
        }
        return ValidationResult.VALID;
    }

    /** IPv6 address and RA modes: only on an IPv6 subnet, and one of {@link #IPV6_MODES}. */
    public static ValidationResult ipv6ModesValid(String cidr, String addressMode, String raMode) {
        boolean v6 = cidr(cidr).map(c -> c.address() instanceof Inet6Address).orElse(false);
        for (String mode : new String[] {addressMode, raMode}) {
            if (mode == null) {
                continue;
            }
            if (!v6) {
                return ValidationResult.failWith(EngineMessage.VALIDATION_SUBNET_IPV6_MODE_ON_IPV4,
                        Map.of("Cidr", String.valueOf(cidr)));
            }
            if (!IPV6_MODES.contains(mode)) {
                return ValidationResult.failWith(EngineMessage.VALIDATION_SUBNET_IPV6_MODE_INVALID,
                        Map.of("Mode", mode, "Modes", String.join(", ", IPV6_MODES.stream().sorted().toList())));
            }
        }
        return ValidationResult.VALID;
    }
}
