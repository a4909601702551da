package org.ovirt.osn.restapi.model;

import jakarta.xml.bind.annotation.XmlAnyElement;
import jakarta.xml.bind.annotation.XmlMixed;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.util.ArrayList;
import java.util.List;

/**
 * One {@code <dns_servers>} element in XML, read in both forms clients send: the engine's wrapped
 * {@code <dns_servers><dns_server>8.8.8.8</dns_server>…</dns_servers>} and the repeated
 * {@code <dns_servers>8.8.8.8</dns_servers><dns_servers>8.8.4.4</dns_servers>}. Always written wrapped.
 */
public class DnsServersXml {

    @XmlMixed
    @XmlAnyElement
    private List<Object> content = new ArrayList<>();

    /** The wrapped form. */
    public static DnsServersXml wrapped(List<String> servers) {
        DnsServersXml xml = new DnsServersXml();
        Document document;
        try {
            document = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
        for (String server : servers) {
            Element element = document.createElement("dns_server");
            element.setTextContent(server);
            xml.content.add(element);
        }
        return xml;
    }

    /** The servers given, in either form. */
    public List<String> servers() {
        List<String> servers = new ArrayList<>();
        for (Object part : content) {
            if (part instanceof String text && !text.isBlank()) {
                servers.add(text.strip());
            } else if (part instanceof Element element && "dns_server".equals(localName(element))) {
                servers.add(element.getTextContent().strip());
            }
        }
        return servers;
    }

    private static String localName(Element element) {
        return element.getLocalName() != null ? element.getLocalName() : element.getTagName();
    }
}
