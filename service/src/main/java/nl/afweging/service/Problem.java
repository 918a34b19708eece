// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.service;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.afweging.Json;

/**
 * An error response as RFC 9457 "problem details": {@code type}, {@code title}, {@code status}, {@code detail},
 * and members of its own type after them. Titles and details are Dutch, for the people who read them.
 */
final class Problem {
    static final String MEDIA_TYPE = "application/problem+json";
    /** Problems that are plain HTTP (too large, wrong media type, not ready) need no type of their own (RFC 9457, 4.2.1). */
    static final String GEEN_EIGEN_TYPE = "about:blank";

    private final Map<String, Object> members = new LinkedHashMap<>();
    private final int status;

    Problem(String type, String title, int status, String detail) {
        this.status = status;
        members.put("type", type);
        members.put("title", title);
        members.put("status", status);
        members.put("detail", detail);
    }

    Problem with(String name, Object value) {
        members.put(name, value);
        return this;
    }

    int status() {
        return status;
    }

    String json() {
        return Json.write(members);
    }
}
