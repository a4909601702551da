package org.ovirt.osn.restapi.xml;

import jakarta.ws.rs.ext.ReaderInterceptorContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.ovirt.osn.restapi.mapping.InvalidRepresentationException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.Mockito.when;

@ExtendWith(MockitoExtension.class)
class BodyValueReaderInterceptorTest {

    @Mock
    ReaderInterceptorContext context;

    @Test
    void shouldTurnAValueThatDoesNotConvertIntoAnInvalidRepresentation() throws Exception {
        when(context.proceed()).thenThrow(new NumberFormatException("Not a number: ten"));

        InvalidRepresentationException refused = assertThrows(InvalidRepresentationException.class,
                () -> new BodyValueReaderInterceptor().aroundReadFrom(context));

        assertEquals("A value in the request body has the wrong type: Not a number: ten", refused.getMessage());
    }

    @Test
    void shouldPassTheBodyOnWhenItReads() throws Exception {
        when(context.proceed()).thenReturn("body");

        assertEquals("body", new BodyValueReaderInterceptor().aroundReadFrom(context));
    }
}
