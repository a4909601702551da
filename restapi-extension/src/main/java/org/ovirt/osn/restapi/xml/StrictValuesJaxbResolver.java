package org.ovirt.osn.restapi.xml;

import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import jakarta.xml.bind.Binder;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.JAXBIntrospector;
import jakarta.xml.bind.Marshaller;
import jakarta.xml.bind.Unmarshaller;
import jakarta.xml.bind.ValidationEvent;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JAXB contexts RESTEasy reads and writes the REST model with, whose unmarshallers refuse a value of the wrong
 * type ({@code <mtu>jumbo</mtu>}, {@code <vlan id="ten"/>}). JAXB's default is to report such a value to an event
 * handler that lets it pass, so the field silently became null (a network created with the default MTU) or the
 * conversion error escaped as a 500. Unknown elements stay allowed: clients such as the SDK send fields this module
 * does not model, and oVirt ignores them too. RESTEasy still wraps these unmarshallers in its secure parser (no DTD,
 * no external entities).
 */
@Provider
public class StrictValuesJaxbResolver implements ContextResolver<JAXBContext> {

    private final Map<Class<?>, JAXBContext> contexts = new ConcurrentHashMap<>();

    @Override
    public JAXBContext getContext(Class<?> type) {
        if (!type.getPackageName().startsWith("org.ovirt.osn.restapi.model")) {
            return null;
        }
        return contexts.computeIfAbsent(type, t -> {
            try {
                return new StrictValues(JAXBContext.newInstance(t));
            } catch (JAXBException e) {
                throw new IllegalStateException("No JAXB context for " + t.getName(), e);
            }
        });
    }

    /** Fails on a value that does not convert (the event carries the conversion's exception); lets others pass. */
    static boolean continueAfter(ValidationEvent event) {
        return event.getLinkedException() == null && event.getSeverity() != ValidationEvent.FATAL_ERROR;
    }

    private static final class StrictValues extends JAXBContext {

        private final JAXBContext delegate;

        StrictValues(JAXBContext delegate) {
            this.delegate = delegate;
        }

        @Override
        public Unmarshaller createUnmarshaller() throws JAXBException {
            Unmarshaller unmarshaller = delegate.createUnmarshaller();
            unmarshaller.setEventHandler(StrictValuesJaxbResolver::continueAfter);
            return unmarshaller;
        }

        @Override
        public Marshaller createMarshaller() throws JAXBException {
            return delegate.createMarshaller();
        }

        @Override
        public JAXBIntrospector createJAXBIntrospector() {
            return delegate.createJAXBIntrospector();
        }

        @Override
        public <T> Binder<T> createBinder(Class<T> domType) {
            return delegate.createBinder(domType);
        }
    }
}
