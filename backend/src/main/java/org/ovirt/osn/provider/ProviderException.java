package org.ovirt.osn.provider;

/**
 * The one exception a provider proxy throws. It carries what an admin needs to find the failed call on the provider
 * side, and never a credential.
 */
public class ProviderException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ProviderErrorCode code;
    private final int httpStatus;
    private final String request;
    private final String providerErrorType;
    private final String requestId;

    /**
     * @param httpStatus        the provider's HTTP status, 0 when no answer came
     * @param request           "METHOD URL" of the failed call
     * @param providerErrorType e.g. Neutron's {@code MacAddressInUse}, or null
     * @param requestId         the provider's {@code X-Openstack-Request-Id}, or null
     */
    public ProviderException(ProviderErrorCode code, String message, int httpStatus, String request,
                             String providerErrorType, String requestId, Throwable cause) {
        super(message, cause);
        this.code = code;
        this.httpStatus = httpStatus;
        this.request = request;
        this.providerErrorType = providerErrorType;
        this.requestId = requestId;
    }

    public ProviderException(ProviderErrorCode code, String message, String request, Throwable cause) {
        this(code, message, 0, request, null, null, cause);
    }

    public ProviderErrorCode code() {
        return code;
    }

    public int httpStatus() {
        return httpStatus;
    }

    public String request() {
        return request;
    }

    public String providerErrorType() {
        return providerErrorType;
    }

    public String requestId() {
        return requestId;
    }

    /** One line for admins: what failed, where, and the provider's own words. */
    public String describe() {
        StringBuilder s = new StringBuilder(getMessage());
        if (request != null) {
            s.append(" [").append(request);
            if (httpStatus > 0) {
                s.append(" -> HTTP ").append(httpStatus);
            }
            if (providerErrorType != null) {
                s.append(' ').append(providerErrorType);
            }
            if (requestId != null) {
                s.append(", request id ").append(requestId);
            }
            s.append(']');
        }
        return s.toString();
    }
}
