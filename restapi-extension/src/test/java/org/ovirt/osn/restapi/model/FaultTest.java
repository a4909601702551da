package org.ovirt.osn.restapi.model;

import jakarta.xml.bind.JAXBContext;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.io.StringWriter;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FaultTest {

    @Test
    void shouldWriteControlCharactersOfAQuotedIdAsEscapesSoTheFaultStaysXml() throws Exception {
        Fault fault = new Fault("Resource not found", "No object with id a\u0000b\u001b[31m");
        JAXBContext context = JAXBContext.newInstance(Fault.class);
        StringWriter xml = new StringWriter();
        context.createMarshaller().marshal(fault, xml);

        Fault read = (Fault) context.createUnmarshaller().unmarshal(new StringReader(xml.toString()));

        assertEquals("No object with id a\\u0000b\\u001b[31m", read.getDetail());
    }

    @Test
    void shouldKeepTabsNewlinesAndNonLatinTextAsTheyAre() {
        Fault fault = new Fault("r", "x");
        fault.setDetail("line one\n\tline two — 网络");

        assertEquals("line one\n\tline two — 网络", fault.getDetail());
    }
}
