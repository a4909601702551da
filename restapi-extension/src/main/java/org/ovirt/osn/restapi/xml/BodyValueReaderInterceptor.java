package org.ovirt.osn.restapi.xml;

import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import org.ovirt.osn.restapi.mapping.InvalidRepresentationException;

import java.io.IOException;

/**
 * A request body value that does not convert to its field's type, as a 400 fault. JAXB reports most such values to
 * its event handler ({@link StrictValuesJaxbResolver}), but a wrong attribute ({@code <vlan id="ten"/>}) escapes as
 * a bare {@link NumberFormatException}, which reached the last-resort mapper as a 500. Only the reading of the body
 * runs inside this interceptor, so the same exception from resource code still counts as the bug it would be.
 */
@Provider
public class BodyValueReaderInterceptor implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        try {
            return context.proceed();
        } catch (IllegalArgumentException e) {
            // NumberFormatException is one
            throw new InvalidRepresentationException("A value in the request body has the wrong type: "
                    + e.getMessage());
        }
    }
}
