package org.ovirt.osn.restapi.it;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ovirt.osn.restapi.resource.RestResources;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathFactory;
import java.io.File;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@code GET /ovirt-engine/api}: a followable link per top-level collection, and the module's version as built. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiRootIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @Test
    void shouldLinkEveryCollectionOfTheResourceClassesAndEachLinkAnswers() {
        Http.Answer root = Http.get("", Http.XML);

        assertEquals(200, root.status(), root.body());
        for (String collection : RestResources.topLevelCollections()) {
            String href = root.xpath("/api/link[@rel='" + collection + "']/@href");
            assertEquals("/ovirt-engine/api/" + collection, href, root.body());
            assertEquals(200, Http.get("/" + collection, Http.XML).status(), collection);
        }
        assertEquals(String.valueOf(RestResources.topLevelCollections().size()), root.xpath("count(/api/link)"));
    }

    @Test
    void shouldCarryTheVersionOfThePomInProductInfoInXmlAndJson() throws Exception {
        String pomVersion = XPathFactory.newInstance().newXPath().evaluate("/project/parent/version",
                DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new File("pom.xml")));

        Http.Answer xml = Http.get("", Http.XML);
        JsonObject json = Http.get("", Http.JSON).json();

        assertEquals(pomVersion, xml.xpath("/api/product_info/version/full_version"), xml.body());
        assertEquals(pomVersion.split("\\.")[0], xml.xpath("/api/product_info/version/major"), xml.body());
        assertEquals(pomVersion, json.getJsonObject("product_info").getJsonObject("version")
                .getString("full_version"), json.toString());
    }
}
