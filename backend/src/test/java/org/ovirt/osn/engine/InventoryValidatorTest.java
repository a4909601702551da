package org.ovirt.osn.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.ovirt.osn.command.EngineMessage;
import org.ovirt.osn.command.ValidationResult;
import org.ovirt.osn.engine.InventoryValidator.Subject;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InventoryValidatorTest {

    private static final UUID DC = UUID.fromString("0f3c2d1e-1111-4a2b-9c3d-000000000001");
    private static final UUID OTHER_DC = UUID.fromString("0f3c2d1e-1111-4a2b-9c3d-000000000002");
    private static final DataCenter DATA_CENTER = new DataCenter(DC, "Default", null);
    private static final LogicalNetwork NETWORK =
            new LogicalNetwork(UUID.randomUUID(), DC, "red", null, 0, null, true, "red");
    private static final Cluster CLUSTER = new Cluster(UUID.randomUUID(), "c1", null, DC);

    private static void assertFails(EngineMessage expected, ValidationResult result) {
        assertEquals(expected, result.message(), () -> "variables: " + result.variables());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Default", "dc_1", "dc-2.lab", "Rechenzentrum-Süd"})
    void shouldPassSimpleNameWhenItHasLettersDigitsDotsUnderscoresOrDashes(String name) {
        assertTrue(InventoryValidator.simpleNameValid(Subject.DATA_CENTER, name, 40).isValid());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void shouldFailSimpleNameWithFieldRequiredWhenNameMissingOrBlank(String name) {
        ValidationResult result = InventoryValidator.simpleNameValid(Subject.CLUSTER, name, 40);

        assertFails(EngineMessage.VALIDATION_INVENTORY_FIELD_REQUIRED, result);
        assertEquals(Map.of("Type", "cluster", "Field", "name"), result.variables());
    }

    @Test
    void shouldFailSimpleNameWithTooLongWhenOverTheMaximum() {
        assertTrue(InventoryValidator.simpleNameValid(Subject.DATA_CENTER, "d".repeat(40), 40).isValid());

        ValidationResult result = InventoryValidator.simpleNameValid(Subject.DATA_CENTER, "d".repeat(41), 40);

        assertFails(EngineMessage.VALIDATION_INVENTORY_FIELD_TOO_LONG, result);
        assertEquals(Map.of("Type", "data center", "Field", "name", "Max", "40"), result.variables());
    }

    @ParameterizedTest
    @ValueSource(strings = {"with blank", "semi;colon", "slash/", "<x>"})
    void shouldFailSimpleNameWithNameInvalidWhenItHasOtherCharacters(String name) {
        ValidationResult result = InventoryValidator.simpleNameValid(Subject.HOST, name, 255);

        assertFails(EngineMessage.VALIDATION_INVENTORY_NAME_INVALID, result);
        assertEquals(Map.of("Type", "host"), result.variables());
    }

    @ParameterizedTest
    @ValueSource(strings = {"private net", "ext/net:1", "réseau élevé", "a"})
    void shouldPassPrintableNameWhenItIsTextAProviderMightUse(String name) {
        assertTrue(InventoryValidator.printableNameValid(Subject.NETWORK, name, 256).isValid());
    }

    @ParameterizedTest
    @ValueSource(strings = {" leading", "trailing ", "tab\tinside", "new\nline", "\u202Egnp.exe", "net\u200Fwork",
            "\u2067net\u2069work", "\u202Aembedded"})
    void shouldFailPrintableNameWithMalformedWhenItHasControlCharactersBidiControlsOrOuterBlanks(String name) {
        assertFails(EngineMessage.VALIDATION_INVENTORY_NAME_MALFORMED,
                InventoryValidator.printableNameValid(Subject.VNIC_PROFILE, name, 256));
    }

    @Test
    void shouldFailPrintableNameWhenMissingOrTooLong() {
        assertFails(EngineMessage.VALIDATION_INVENTORY_FIELD_REQUIRED,
                InventoryValidator.printableNameValid(Subject.NETWORK, null, 256));
        assertFails(EngineMessage.VALIDATION_INVENTORY_FIELD_TOO_LONG,
                InventoryValidator.printableNameValid(Subject.NETWORK, "n".repeat(257), 256));
    }

    @Test
    void shouldFailFitsOnlyWhenTheValueIsLongerThanTheMaximum() {
        assertTrue(InventoryValidator.fits(Subject.NETWORK, "description", null, 4000).isValid());
        assertTrue(InventoryValidator.fits(Subject.NETWORK, "description", "d".repeat(4000), 4000).isValid());

        ValidationResult result = InventoryValidator.fits(Subject.NETWORK, "description", "d".repeat(4001), 4000);

        assertFails(EngineMessage.VALIDATION_INVENTORY_FIELD_TOO_LONG, result);
        assertEquals(Map.of("Type", "network", "Field", "description", "Max", "4000"), result.variables());
    }

    @Test
    void shouldFailGivenWithTheFieldWhenTheValueIsNull() {
        assertTrue(InventoryValidator.given(Subject.CLUSTER, "data_center", DC).isValid());

        ValidationResult result = InventoryValidator.given(Subject.CLUSTER, "data_center", null);

        assertFails(EngineMessage.VALIDATION_INVENTORY_FIELD_REQUIRED, result);
        assertEquals(Map.of("Type", "cluster", "Field", "data_center"), result.variables());
    }

    @Test
    void shouldFailExistenceRulesWithTheirNotFoundMessageAndTheReferenceGiven() {
        assertTrue(InventoryValidator.dataCenterExists(Subject.CLUSTER, Optional.of(DATA_CENTER), DC).isValid());

        ValidationResult dc = InventoryValidator.dataCenterExists(Subject.CLUSTER, Optional.empty(), "Default");

        assertFails(EngineMessage.ACTION_TYPE_FAILED_DATA_CENTER_DOESNT_EXIST, dc);
        assertEquals(Map.of("Type", "cluster", "DataCenter", "Default"), dc.variables());
        assertFails(EngineMessage.ACTION_TYPE_FAILED_CLUSTER_DOESNT_EXIST,
                InventoryValidator.clusterExists(Subject.HOST, Optional.empty(), DC));
        assertFails(EngineMessage.ACTION_TYPE_FAILED_NETWORK_DOESNT_EXIST,
                InventoryValidator.networkExists(Subject.VNIC_PROFILE, Optional.empty(), DC));
        assertFails(EngineMessage.ACTION_TYPE_FAILED_VNIC_PROFILE_DOESNT_EXIST,
                InventoryValidator.vnicProfileExists(Subject.VNIC_PROFILE, Optional.empty(), DC));
        ValidationResult host = InventoryValidator.hostExists(Subject.HOST, Optional.empty(), DC);
        assertFails(EngineMessage.ACTION_TYPE_FAILED_HOST_DOESNT_EXIST, host);
        assertEquals(Map.of("Type", "host", "Host", DC.toString()), host.variables());
    }

    @Test
    void shouldPassNameRulesWhenTheHolderIsTheCandidateItself() {
        LogicalNetwork renamed = new LogicalNetwork(NETWORK.id(), DC, "red", "new description", 0, null, true, "red");

        assertTrue(InventoryValidator.networkNameFree(renamed, Optional.of(NETWORK), DATA_CENTER).isValid());
        assertTrue(InventoryValidator.networkNameFree(renamed, Optional.empty(), DATA_CENTER).isValid());
        assertTrue(InventoryValidator.dataCenterNameFree(DATA_CENTER, Optional.of(DATA_CENTER)).isValid());
    }

    @Test
    void shouldFailNetworkNameFreeWithConflictNamingTheDataCenterWhenAnotherNetworkHasTheName() {
        LogicalNetwork candidate = new LogicalNetwork(UUID.randomUUID(), DC, "red", null, 0, null, true, null);

        ValidationResult result = InventoryValidator.networkNameFree(candidate, Optional.of(NETWORK), DATA_CENTER);

        assertFails(EngineMessage.ACTION_TYPE_FAILED_NETWORK_NAME_IN_USE_IN_DATA_CENTER, result);
        assertEquals(Map.of("NetworkName", "red", "DataCenterName", "Default"), result.variables());
    }

    @Test
    void shouldFailTheOtherNameRulesWhenAnotherObjectHasTheName() {
        DataCenter dc = new DataCenter(OTHER_DC, "Default", null);
        Cluster cluster = new Cluster(UUID.randomUUID(), "c1", null, DC);
        VnicProfile profile = new VnicProfile(UUID.randomUUID(), NETWORK.id(), "p", null, false, null);
        VnicProfile sameName = new VnicProfile(UUID.randomUUID(), NETWORK.id(), "p", null, false, null);
        Host host = new Host(UUID.randomUUID(), "h1", null, "h1.lab", CLUSTER.id());
        Host other = new Host(UUID.randomUUID(), "h2", null, "h1.lab", CLUSTER.id());

        assertFails(EngineMessage.ACTION_TYPE_FAILED_DATA_CENTER_NAME_IN_USE,
                InventoryValidator.dataCenterNameFree(dc, Optional.of(DATA_CENTER)));
        assertFails(EngineMessage.ACTION_TYPE_FAILED_CLUSTER_NAME_IN_USE,
                InventoryValidator.clusterNameFree(cluster, Optional.of(CLUSTER)));
        ValidationResult profileResult = InventoryValidator.vnicProfileNameFree(sameName, Optional.of(profile), NETWORK);
        assertFails(EngineMessage.ACTION_TYPE_FAILED_VNIC_PROFILE_NAME_IN_USE_ON_NETWORK, profileResult);
        assertEquals(Map.of("VnicProfileName", "p", "NetworkName", "red"), profileResult.variables());
        assertFails(EngineMessage.ACTION_TYPE_FAILED_HOST_NAME_IN_USE,
                InventoryValidator.hostNameFree(host, Optional.of(other)));
        ValidationResult address = InventoryValidator.hostAddressFree(other, Optional.of(host));
        assertFails(EngineMessage.ACTION_TYPE_FAILED_HOST_ADDRESS_IN_USE, address);
        assertEquals(Map.of("Address", "h1.lab"), address.variables());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 68, 1442, 1500, 9000, 65535})
    void shouldPassMtuWhenDefaultOrInRange(int mtu) {
        assertTrue(InventoryValidator.mtuValid(mtu).isValid());
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 1, 67, 65536})
    void shouldFailMtuWhenOutOfRange(int mtu) {
        ValidationResult result = InventoryValidator.mtuValid(mtu);

        assertFails(EngineMessage.VALIDATION_NETWORK_MTU_OUT_OF_RANGE, result);
        assertEquals(Map.of("Mtu", String.valueOf(mtu)), result.variables());
    }

    @Test
    void shouldPassVlanWhenAbsentOrInRangeAndFailOtherwise() {
        assertTrue(InventoryValidator.vlanValid(null).isValid());
        assertTrue(InventoryValidator.vlanValid(0).isValid());
        assertTrue(InventoryValidator.vlanValid(4094).isValid());

        assertFails(EngineMessage.VALIDATION_NETWORK_VLAN_OUT_OF_RANGE, InventoryValidator.vlanValid(-1));
        ValidationResult result = InventoryValidator.vlanValid(4095);
        assertFails(EngineMessage.VALIDATION_NETWORK_VLAN_OUT_OF_RANGE, result);
        assertEquals(Map.of("VlanId", "4095"), result.variables());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "0f3c2d1e-1111-4a2b-9c3d-000000000001",
            "0f3c2d1e-1111-4a2b-9c3d-000000000001,0F3C2D1E-1111-4A2B-9C3D-000000000002",
            "0f3c2d1e-1111-4a2b-9c3d-000000000001, 0f3c2d1e-1111-4a2b-9c3d-000000000002"})
    void shouldPassSecurityGroupsWhenEmptyOrAListOfIds(String groups) {
        assertTrue(InventoryValidator.customPropertiesValid(Map.of(VnicProfile.SECURITY_GROUPS, groups)).isValid());
    }

    @ParameterizedTest
    @ValueSource(strings = {"default", "0f3c2d1e-1111-4a2b-9c3d", "0f3c2d1e-1111-4a2b-9c3d-000000000001,",
            "0f3c2d1e-1111-4a2b-9c3d-000000000001;0f3c2d1e-1111-4a2b-9c3d-000000000002"})
    void shouldFailSecurityGroupsWhenNotAListOfIds(String groups) {
        ValidationResult result = InventoryValidator.customPropertiesValid(Map.of(VnicProfile.SECURITY_GROUPS, groups));

        assertFails(EngineMessage.VALIDATION_VNIC_PROFILE_SECURITY_GROUPS_INVALID, result);
        assertEquals(Map.of("SecurityGroups", groups), result.variables());
    }

    @Test
    void shouldFailCustomPropertiesWhenANameIsBlankOrAnythingIsTooLong() {
        Map<String, String> blankName = new HashMap<>();
        blankName.put(" ", "v");

        assertTrue(InventoryValidator.customPropertiesValid(Map.of()).isValid());
        assertTrue(InventoryValidator.customPropertiesValid(Map.of("other", "anything goes")).isValid());
        assertFails(EngineMessage.VALIDATION_INVENTORY_FIELD_REQUIRED,
                InventoryValidator.customPropertiesValid(blankName));
        assertFails(EngineMessage.VALIDATION_INVENTORY_FIELD_TOO_LONG,
                InventoryValidator.customPropertiesValid(Map.of("k".repeat(129), "v")));
        ValidationResult longValue = InventoryValidator.customPropertiesValid(Map.of("k", "v".repeat(4001)));
        assertFails(EngineMessage.VALIDATION_INVENTORY_FIELD_TOO_LONG, longValue);
        assertEquals("custom property k", longValue.variables().get("Field"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"host1", "host-1.lab.example.org", "192.168.122.10", "fe80::1", "2001:db8::10"})
    void shouldPassAddressWhenHostNameOrIpAddress(String address) {
        assertTrue(InventoryValidator.addressValid(address).isValid());
    }

    @ParameterizedTest
    @ValueSource(strings = {"-host", "host_1", "host name", "http://host", "host.", "a..b"})
    void shouldFailAddressWhenNotAHostNameOrIpAddress(String address) {
        assertFails(EngineMessage.VALIDATION_HOST_ADDRESS_INVALID, InventoryValidator.addressValid(address));
    }

    @Test
    void shouldFailAddressWhenMissingOrTooLong() {
        assertFails(EngineMessage.VALIDATION_INVENTORY_FIELD_REQUIRED, InventoryValidator.addressValid(null));
        assertFails(EngineMessage.VALIDATION_INVENTORY_FIELD_TOO_LONG,
                InventoryValidator.addressValid("a".repeat(256)));
    }

    @Test
    void shouldFailRemovalRulesNamingWhatIsStillThere() {
        Cluster second = new Cluster(UUID.randomUUID(), "c2", null, DC);
        Host host = new Host(UUID.randomUUID(), "h1", null, "h1.lab", CLUSTER.id());

        assertTrue(InventoryValidator.hasNoClusters(DATA_CENTER, List.of()).isValid());
        assertTrue(InventoryValidator.hasNoHosts(CLUSTER, List.of()).isValid());
        ValidationResult clusters = InventoryValidator.hasNoClusters(DATA_CENTER, List.of(CLUSTER, second));
        assertFails(EngineMessage.ACTION_TYPE_FAILED_DATA_CENTER_HAS_CLUSTERS, clusters);
        assertEquals(Map.of("DataCenterName", "Default", "ClusterNames", "c1, c2"), clusters.variables());
        ValidationResult hosts = InventoryValidator.hasNoHosts(CLUSTER, List.of(host));
        assertFails(EngineMessage.ACTION_TYPE_FAILED_CLUSTER_HAS_HOSTS, hosts);
        assertEquals(Map.of("ClusterName", "c1", "HostNames", "h1"), hosts.variables());
    }

    @Test
    void shouldFailAttachmentRulesWhenOtherDataCenterOrAlreadyAttached() {
        Cluster elsewhere = new Cluster(UUID.randomUUID(), "far", null, OTHER_DC);
        NetworkClusterAttachment attached = new NetworkClusterAttachment(NETWORK.id(), CLUSTER.id(), false);

        assertTrue(InventoryValidator.inSameDataCenter(NETWORK, CLUSTER).isValid());
        assertTrue(InventoryValidator.notAttachedYet(NETWORK, CLUSTER, List.of()).isValid());
        assertFails(EngineMessage.ACTION_TYPE_FAILED_NETWORK_AND_CLUSTER_IN_DIFFERENT_DATA_CENTERS,
                InventoryValidator.inSameDataCenter(NETWORK, elsewhere));
        ValidationResult again = InventoryValidator.notAttachedYet(NETWORK, CLUSTER, List.of(attached));
        assertFails(EngineMessage.ACTION_TYPE_FAILED_NETWORK_ALREADY_ATTACHED_TO_CLUSTER, again);
        assertEquals(Map.of("NetworkName", "red", "ClusterName", "c1"), again.variables());
    }
}
