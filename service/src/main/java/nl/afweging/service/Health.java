// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.service;

import io.javalin.http.Context;

/**
 * {@code /health/live}: the process answers (a platform restarts it when not). {@code /health/ready}: the rules are
 * loaded, so advice can be given (a platform sends no requests before). Both open to all: they tell nothing else.
 */
final class Health {
    private final Regels regels;

    Health(Regels regels) {
        this.regels = regels;
    }

    void live(Context ctx) {
        Routes.sendJson(ctx, 200, "{\"status\":\"LEVEND\"}");
    }

    void ready(Context ctx) {
        if (regels.huidig().isPresent()) {
            Routes.sendJson(ctx, 200, "{\"status\":\"GEREED\"}");
        } else {
            Routes.sendJson(ctx, 503, "{\"status\":\"NIET_GEREED\"}");
        }
    }
}
