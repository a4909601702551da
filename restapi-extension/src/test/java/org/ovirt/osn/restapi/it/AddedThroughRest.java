package org.ovirt.osn.restapi.it;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What a test adds through REST, removed again by {@link #removeAll()} newest first, so that what refers to something
 * (a VM to its cluster, a cluster to its data center) goes before it.
 */
final class AddedThroughRest {

    private final List<String> added = new ArrayList<>();

    /** POSTs the XML to the collection, expects 201 and returns the new id. */
    String add(String collection, String xml) {
        Http.Answer answer = Http.post(collection, Http.XML, xml);
        assertEquals(201, answer.status(), answer.body());
        String id = answer.xpath("/*/@id");
        added.add(collection + "/" + id);
        return id;
    }

    /** Removes this resource (an API path) with the others, before those added earlier. */
    void track(String path) {
        added.add(path);
    }

    void removeAll() {
        for (int i = added.size() - 1; i >= 0; i--) {
            Http.delete(added.get(i));
        }
        added.clear();
    }
}
