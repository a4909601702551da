package org.ovirt.osn.restapi.resource;

import org.junit.jupiter.api.Test;
import org.ovirt.osn.restapi.model.Api;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathFactory;
import java.io.File;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ApiRootResourceTest {

    @Test
    void shouldLinkEveryTopLevelCollectionOfTheResourceClasses() {
        List<String> declared = RestResources.topLevelCollections();

        assertTrue(declared.containsAll(List.of("jobs", "events", "openstacknetworkproviders")), declared.toString());
        assertEquals(declared, ApiRootResource.COLLECTIONS.stream().sorted().toList());
    }

    @Test
    void shouldReadTheVersionTheBuildFilteredInFromThePom() throws Exception {
        // the module's version is its parent's: read it from the pom the build used, not from a copy in the test
        String pomVersion = XPathFactory.newInstance().newXPath().evaluate("/project/parent/version",
                DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new File("pom.xml")));

        assertFalse(pomVersion.isBlank());
        assertEquals(pomVersion, ApiRootResource.builtVersion());
    }

    @Test
    void shouldSplitTheVersionIntoItsNumbersWhenItHasAQualifier() {
        Api.Version version = ApiRootResource.version("1.2.3-SNAPSHOT");

        assertEquals("1.2.3-SNAPSHOT", version.getFullVersion());
        assertEquals(List.of(1, 2, 3, 0), List.of(version.getMajor(), version.getMinor(), version.getBuild(),
                version.getRevision()));
    }

    @Test
    void shouldTakeMissingNumbersAsZeroWhenTheVersionIsShort() {
        Api.Version version = ApiRootResource.version("4.5");

        assertEquals(List.of(4, 5, 0, 0), List.of(version.getMajor(), version.getMinor(), version.getBuild(),
                version.getRevision()));
    }
}
