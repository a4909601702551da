package org.ovirt.osn.command.network;

import org.ovirt.osn.provider.TypeTraits;
import org.ovirt.osn.provider.NetworkProviderType;
import org.ovirt.osn.provider.NetworkProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.ovirt.osn.command.EngineMessage;
import org.ovirt.osn.command.provider.NetworkProviderRepository;
import org.ovirt.osn.provider.NetworkProviderProxy;
import org.ovirt.osn.provider.ProviderSubnet;
import org.ovirt.osn.provider.ProviderSubnetSpec;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.when;
import static org.ovirt.osn.command.network.NetworkFixtures.PROVIDER;
import static org.ovirt.osn.command.network.NetworkFixtures.PROVIDER_ID;
import static org.ovirt.osn.command.network.NetworkFixtures.TENANT;
import static org.ovirt.osn.command.network.NetworkFixtures.provider;

@ExtendWith(MockitoExtension.class)
class SubnetCommandsTest {

    private static final ProviderSubnet SUBNET = new ProviderSubnet("sub-1", TENANT.externalId(), "s", "10.0.0.0/24",
            4, "10.0.0.1", List.of(), true, null, null);

    private static final NetworkProvider UNMANAGED = new NetworkProvider(PROVIDER_ID, "unmanaged-1", null,
            NetworkProviderType.UNMANAGED, "http://127.0.0.1:1", false, null, null, null, null, null, null, null,
            "CUSTOM", false, false, null);

    @Mock
    private NetworkProviderRepository repository;
    @Mock
    private ProviderNetworkAccess access;
    @Mock
    private NetworkProviderProxy proxy;

    private static AddSubnetToProviderParameters add(String cidr, Integer version, String gateway, List<String> dns) {
        return new AddSubnetToProviderParameters(PROVIDER_ID, TENANT.externalId(), "s", cidr, version, gateway, dns,
                null, null);
    }

    private AddSubnetToProviderCommand addCommand() {
        return new AddSubnetToProviderCommand(repository, access);
    }

    private RemoveSubnetFromProviderCommand removeCommand() {
        return new RemoveSubnetFromProviderCommand(repository, access);
    }

    /** What the provider's type is, as the shipped factories declare it. */
    private void givenTraitsOfItsType() {
        when(access.traits(any(NetworkProvider.class)))
                .thenAnswer(i -> TypeTraits.of(i.<NetworkProvider>getArgument(0).type()));
    }

    @Test
    void shouldRefuseSubnetsWithoutAskingTheProviderWhenItIsUnmanaged() {
        givenTraitsOfItsType();
        when(repository.findByIdWithoutSecrets(PROVIDER_ID)).thenReturn(Optional.of(UNMANAGED));

        assertEquals(EngineMessage.ACTION_TYPE_FAILED_PROVIDER_KEEPS_NO_SUBNETS,
                addCommand().validate(add("10.0.0.0/24", 4, null, List.of())).message());
        assertEquals(EngineMessage.ACTION_TYPE_FAILED_PROVIDER_KEEPS_NO_SUBNETS,
                removeCommand().validate(new SubnetIdParameters(PROVIDER_ID, TENANT.externalId(), "sub-1"))
                        .message());
        verify(access, never()).proxy(any(), anyMap());
        verify(access, never()).network(any(), any(), anyMap());
    }

    @Test
    void shouldPassValidationWhenSubnetIsValidAndNetworkExists() {
        givenTraitsOfItsType();
        when(repository.findByIdWithoutSecrets(PROVIDER_ID)).thenReturn(Optional.of(PROVIDER));
        when(repository.displayName(PROVIDER_ID)).thenReturn(PROVIDER.name());
        when(access.network(eq(PROVIDER_ID), eq(TENANT.externalId()), anyMap())).thenReturn(Optional.of(TENANT));

        assertTrue(addCommand().validate(add("10.0.0.0/24", 4, "10.0.0.1", List.of("8.8.8.8"))).isValid());
    }

    @Test
    void shouldRefuseWithReadOnlyWhenProviderIsReadOnly() {
        when(repository.findByIdWithoutSecrets(PROVIDER_ID)).thenReturn(Optional.of(provider(true)));

        assertEquals(EngineMessage.ACTION_TYPE_FAILED_EXTERNAL_PROVIDER_IS_READ_ONLY,
                addCommand().validate(add("10.0.0.0/24", 4, null, List.of())).message());
        assertEquals(EngineMessage.ACTION_TYPE_FAILED_EXTERNAL_PROVIDER_IS_READ_ONLY,
                removeCommand().validate(new SubnetIdParameters(PROVIDER_ID, TENANT.externalId(), "sub-1"))
                        .message());
    }

    @Test
    void shouldFailWithGatewayOutsideWhenGatewayIsNotInCidr() {
        givenTraitsOfItsType();
        when(repository.findByIdWithoutSecrets(PROVIDER_ID)).thenReturn(Optional.of(PROVIDER));

        assertEquals(EngineMessage.VALIDATION_SUBNET_GATEWAY_OUTSIDE_CIDR,
                addCommand().validate(add("10.0.0.0/24", 4, "10.0.1.1", List.of())).message());
    }

    @Test
    void shouldFailWithExternalNetworkNotFoundWhenProviderHasNoSuchNetwork() {
        givenTraitsOfItsType();
        when(repository.findByIdWithoutSecrets(PROVIDER_ID)).thenReturn(Optional.of(PROVIDER));
        when(repository.displayName(PROVIDER_ID)).thenReturn(PROVIDER.name());
        when(access.network(eq(PROVIDER_ID), eq(TENANT.externalId()), anyMap())).thenReturn(Optional.empty());

        assertEquals(EngineMessage.ACTION_TYPE_FAILED_EXTERNAL_NETWORK_NOT_FOUND,
                addCommand().validate(add("10.0.0.0/24", null, null, List.of())).message());
    }

    @Test
    void shouldAddWithTheCidrsIpVersionAndDhcpWhenExecuted() {
        when(repository.displayName(PROVIDER_ID)).thenReturn(PROVIDER.name());
        when(access.proxy(eq(PROVIDER_ID), anyMap())).thenReturn(proxy);
        ArgumentCaptor<ProviderSubnetSpec> spec = ArgumentCaptor.forClass(ProviderSubnetSpec.class);
        when(proxy.addSubnet(eq(TENANT.externalId()), spec.capture())).thenReturn(SUBNET);

        assertEquals(SUBNET, addCommand().execute(add("fd00::/64", null, "", List.of("fd00::53"))));

        assertEquals(6, spec.getValue().ipVersion());
        assertEquals(null, spec.getValue().gatewayIp());
        assertEquals(List.of("fd00::53"), spec.getValue().dnsServers());
        assertTrue(spec.getValue().dhcpEnabled());
        assertFalse(addCommand().transactional());
    }

    @Test
    void shouldFailWithSubnetNotFoundWhenNetworkHasNoSuchSubnet() {
        givenTraitsOfItsType();
        when(repository.findByIdWithoutSecrets(PROVIDER_ID)).thenReturn(Optional.of(PROVIDER));
        when(repository.displayName(PROVIDER_ID)).thenReturn(PROVIDER.name());
        when(access.proxy(eq(PROVIDER_ID), anyMap())).thenReturn(proxy);
        when(proxy.listSubnets(TENANT.externalId())).thenReturn(Stream.of(SUBNET));

        assertEquals(EngineMessage.ACTION_TYPE_FAILED_SUBNET_NOT_FOUND, removeCommand()
                .validate(new SubnetIdParameters(PROVIDER_ID, TENANT.externalId(), "other")).message());
    }

    @Test
    void shouldRemoveThroughTheProxyWhenExecuted() {
        when(repository.displayName(PROVIDER_ID)).thenReturn(PROVIDER.name());
        when(access.proxy(eq(PROVIDER_ID), anyMap())).thenReturn(proxy);

        removeCommand().execute(new SubnetIdParameters(PROVIDER_ID, TENANT.externalId(), "sub-1"));

        verify(proxy).removeSubnet("sub-1");
    }
}
