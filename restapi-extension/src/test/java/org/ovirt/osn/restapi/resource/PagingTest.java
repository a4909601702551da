package org.ovirt.osn.restapi.resource;

import org.junit.jupiter.api.Test;
import org.ovirt.osn.restapi.mapping.InvalidRepresentationException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PagingTest {

    @Test
    void shouldTurnPageAndMaxIntoTheOffsetOfThatPage() {
        assertEquals(new Paging(2000, 1000), Paging.of(1000, 3));
        assertEquals(new Paging(0, 1), Paging.of(1, 1));
    }

    @Test
    void shouldRefuseAPageWhoseOffsetWouldOverflowInsteadOfWrappingNegative() {
        InvalidRepresentationException refused = assertThrows(InvalidRepresentationException.class,
                () -> Paging.of(1000, Integer.MAX_VALUE));

        assertEquals("page 2147483647 of 1000 is beyond any list", refused.getMessage());
    }

    @Test
    void shouldRefuseSizesAndPagesOutOfRange() {
        assertThrows(InvalidRepresentationException.class, () -> Paging.of(0, 1));
        assertThrows(InvalidRepresentationException.class, () -> Paging.of(1001, 1));
        assertThrows(InvalidRepresentationException.class, () -> Paging.of(10, 0));
    }
}
