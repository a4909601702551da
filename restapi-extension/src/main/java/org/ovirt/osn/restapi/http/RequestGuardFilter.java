package org.ovirt.osn.restapi.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import org.ovirt.osn.restapi.json.JsonbConfigResolver;
import org.ovirt.osn.restapi.model.Fault;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/**
 * Refuses, before any servlet or JAX-RS reads it, a request whose body is larger than {@link #MAX_BODY_BYTES}
 * (413) or whose {@code Content-Type} is not a media type at all (400), with an oVirt fault. A body without a
 * {@code Content-Length} (chunked) is counted while it is read and fails at the first byte past the limit; the fault
 * mappers answer that as 413 too ({@link BodyTooLargeException}). Without this, undertow answered a body over its own
 * limit with an empty 400 or a dropped connection, and RESTEasy a bad media type with an HTML page.
 * <p>
 * The limit leaves room for every body the API takes (a 1 MB name is still refused by the validators, with the
 * field named); undertow's own {@code max-post-size} (osn-server.cli) is set above it so this filter, not undertow,
 * answers.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RequestGuardFilter extends HttpFilter {

    public static final long MAX_BODY_BYTES = 4L * 1024 * 1024;

    private static final JAXBContext FAULT_XML = faultContext();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getContentLengthLong() > MAX_BODY_BYTES) {
            refuse(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "Request Entity Too Large",
                    "The request body has " + request.getContentLengthLong() + " bytes; at most " + MAX_BODY_BYTES
                            + " are accepted");
            return;
        }
        String contentType = request.getContentType();
        if (contentType != null && !isMediaType(contentType)) {
            refuse(request, response, HttpServletResponse.SC_BAD_REQUEST, "Bad Request",
                    "The Content-Type '" + contentType + "' is not a media type");
            return;
        }
        chain.doFilter(new HttpServletRequestWrapper(request) {
            private ServletInputStream limited;

            @Override
            public ServletInputStream getInputStream() throws IOException {
                if (limited == null) {
                    limited = new LimitedInputStream(super.getInputStream(), MAX_BODY_BYTES);
                }
                return limited;
            }
        }, response);
    }

    private static boolean isMediaType(String value) {
        try {
            MediaType.valueOf(value);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Answers and closes the connection, so the rest of a large body is not read only to be thrown away. */
    private static void refuse(HttpServletRequest request, HttpServletResponse response, int status, String reason,
                               String detail) throws IOException {
        Fault fault = new Fault(reason, detail);
        boolean json = wantsJson(request.getHeader("Accept"));
        String body = json ? JsonbConfigResolver.jsonb().toJson(fault) : xml(fault);
        response.setStatus(status);
        response.setHeader("Connection", "close");
        response.setContentType((json ? MediaType.APPLICATION_JSON : MediaType.APPLICATION_XML) + ";charset=UTF-8");
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /** As the fault mappers choose: JSON only when the client names JSON before XML. */
    static boolean wantsJson(String accept) {
        if (accept == null) {
            return false;
        }
        for (String type : accept.split(",")) {
            String t = type.trim().toLowerCase();
            if (t.startsWith("application/xml") || t.startsWith("text/xml")) {
                return false;
            }
            if (t.startsWith("application/json")) {
                return true;
            }
        }
        return false;
    }

    private static String xml(Fault fault) {
        try {
            StringWriter out = new StringWriter();
            FAULT_XML.createMarshaller().marshal(fault, out);
            return out.toString();
        } catch (JAXBException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JAXBContext faultContext() {
        try {
            return JAXBContext.newInstance(Fault.class);
        } catch (JAXBException e) {
            throw new IllegalStateException(e);
        }
    }
}
