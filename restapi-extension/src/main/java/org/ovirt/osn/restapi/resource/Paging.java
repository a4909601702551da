package org.ovirt.osn.restapi.resource;

import org.ovirt.osn.restapi.mapping.InvalidRepresentationException;

/** {@code max} and {@code page} of a paged list, checked before they become a database offset. */
record Paging(int offset, int max) {

    static final int MAX_PAGE_SIZE = 1000;

    /**
     * Refuses a page size outside 1..{@value #MAX_PAGE_SIZE}, a page below 1, and a page so far out that its offset
     * does not fit an int (computed in int it would wrap negative and fail in the database as a 500).
     */
    static Paging of(int max, int page) {
        if (max < 1 || max > MAX_PAGE_SIZE || page < 1) {
            throw new InvalidRepresentationException("max must be 1.." + MAX_PAGE_SIZE + " and page at least 1");
        }
        long offset = (long) (page - 1) * max;
        if (offset > Integer.MAX_VALUE) {
            throw new InvalidRepresentationException("page " + page + " of " + max + " is beyond any list");
        }
        return new Paging((int) offset, max);
    }
}
