// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.service;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Set;

/** Reading a request body safely: its media type checked first, never more than a limit read. */
final class Verzoek {
    private Verzoek() {}

    /** True when the Content-Type is one of these, with or without parameters such as charset, in any case. */
    static boolean isType(Context ctx, Set<String> types) {
        String contentType = ctx.contentType();
        return contentType != null && types.contains(contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT));
    }

    private static boolean isJson(Context ctx) {
        return isType(ctx, Set.of("application/json"));
    }

    private static Problem geenJson() {
        return new Problem(Problem.GEEN_EIGEN_TYPE, "Verkeerd mediatype", 415, "Stuur JSON, met Content-Type: application/json.");
    }

    /** The whole body, or null when it is larger than the limit; never more than the limit plus one byte is read. */
    private static byte[] bodyUpTo(Context ctx, int limit) throws IOException {
        long declared = ctx.req().getContentLengthLong();
        if (declared > limit) {
            return null;
        }
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] body = in.readNBytes(limit + 1);
            return body.length > limit ? null : body;
        }
    }

    /**
     * The body of a JSON request up to {@code limit} bytes; null when it was refused (another media type: 415; too
     * large: 413), the problem then already sent.
     */
    static byte[] json(Context ctx, int limit) throws IOException {
        if (!isJson(ctx)) {
            Routes.send(ctx, geenJson());
            return null;
        }
        byte[] body = bodyUpTo(ctx, limit);
        if (body == null) {
            Routes.send(ctx, teGroot(limit));
        }
        return body;
    }

    private static Problem teGroot(int limit) {
        return new Problem(Problem.GEEN_EIGEN_TYPE, "Verzoek te groot", 413, "Dit verzoek mag hoogstens " + limit + " bytes zijn.");
    }
}
