package org.ovirt.osn.restapi.xml;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.UnmarshalException;
import org.junit.jupiter.api.Test;
import org.ovirt.osn.restapi.model.Network;

import java.io.StringReader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class StrictValuesJaxbResolverTest {

    private final JAXBContext context = new StrictValuesJaxbResolver().getContext(Network.class);

    private Object read(String xml) throws Exception {
        return context.createUnmarshaller().unmarshal(new StringReader(xml));
    }

    @Test
    void shouldRefuseAnElementValueOfTheWrongType() {
        assertThrows(UnmarshalException.class, () -> read("<network><name>n</name><mtu>jumbo</mtu></network>"));
    }

    @Test
    void shouldLeaveAWrongAttributeValueToTheReaderInterceptorAsJaxbThrowsItPastTheHandler() {
        // BodyValueReaderInterceptor turns this into a 400; the day JAXB reports it to the handler, this fails
        assertThrows(NumberFormatException.class, () -> read("<network><name>n</name><vlan id=\"ten\"/></network>"));
    }

    @Test
    void shouldStillIgnoreElementsTheModelDoesNotHave() throws Exception {
        Network network = (Network) read("<network><name>n</name><no_such_field>1</no_such_field><mtu>1400</mtu>"
                + "</network>");

        assertEquals(1400, network.getMtu());
        assertEquals("n", network.getName());
    }
}
