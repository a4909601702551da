package org.ovirt.osn.restapi.resource;

import jakarta.json.bind.Jsonb;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.stream.Stream;

/**
 * Writes a collection as it is produced, in the shape the JAXB and JSON-B providers give the collection class
 * ({@code <openstack_networks><openstack_network …/>…</openstack_networks>}, {@code {"openstack_network":[…]}}), so a
 * list of any length needs the memory of one element and one write buffer, not the whole list. The element class must
 * be an {@code @XmlRootElement}. A failure after the first bytes cannot become a fault any more: the response is cut
 * short and the client sees an incomplete document.
 */
final class StreamedCollection {

    private static final int BUFFER = 32 * 1024;
    private static final String XML_DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>";

    private StreamedCollection() {
    }

    /**
     * @param collectionElement e.g. {@code openstack_networks}
     * @param context           a context that knows the element class
     */
    static <T> StreamingOutput xml(String collectionElement, JAXBContext context, Stream<T> items) {
        return output -> {
            WriteBuffer out = buffered(output);
            Iterator<T> it = items.iterator();
            write(out, XML_DECLARATION);
            if (!it.hasNext()) {
                write(out, "<" + collectionElement + "/>");
            } else {
                write(out, "<" + collectionElement + ">");
                try {
                    Marshaller marshaller = context.createMarshaller();
                    marshaller.setProperty(Marshaller.JAXB_FRAGMENT, true);
                    marshaller.setProperty(Marshaller.JAXB_ENCODING, "UTF-8");
                    while (it.hasNext()) {
                        marshaller.marshal(it.next(), out);
                    }
                } catch (JAXBException e) {
                    throw new IOException("Could not write " + collectionElement, e);
                }
                write(out, "</" + collectionElement + ">");
            }
            finish(out, output);
        };
    }

    /** @param property e.g. {@code openstack_network}: the collection's only property, holding the array */
    static <T> StreamingOutput json(String property, Jsonb jsonb, Stream<T> items) {
        return output -> {
            WriteBuffer out = buffered(output);
            write(out, "{\"" + property + "\":[");
            Iterator<T> it = items.iterator();
            boolean first = true;
            while (it.hasNext()) {
                if (!first) {
                    write(out, ",");
                }
                write(out, jsonb.toJson(it.next()));
                first = false;
            }
            write(out, "]}");
            finish(out, output);
        };
    }

    private static WriteBuffer buffered(OutputStream output) {
        return new WriteBuffer(output);
    }

    private static void finish(WriteBuffer buffered, OutputStream output) throws IOException {
        buffered.drain();
        output.flush();
    }

    /**
     * The marshallers flush after each element; passed on, every network would become its own HTTP chunk. This
     * buffer ignores flush and goes out when full, and once at the end ({@link #drain}).
     */
    private static final class WriteBuffer extends OutputStream {

        private final OutputStream out;
        private final byte[] buffer = new byte[BUFFER];
        private int count;

        WriteBuffer(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            if (count == buffer.length) {
                drain();
            }
            buffer[count++] = (byte) b;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (len >= buffer.length) {
                drain();
                out.write(b, off, len);
                return;
            }
            if (len > buffer.length - count) {
                drain();
            }
            System.arraycopy(b, off, buffer, count, len);
            count += len;
        }

        @Override
        public void flush() {
            // see the class comment
        }

        void drain() throws IOException {
            if (count > 0) {
                out.write(buffer, 0, count);
                count = 0;
            }
        }
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
    }
}
