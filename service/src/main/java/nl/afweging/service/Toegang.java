// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.service;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.security.RouteRole;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Before every route with roles: a key in {@code Authorization: Bearer <key>} (else 401), a key that has one of the
 * route's roles (else 403), and within its rate (else 429). Routes without roles pass: health and the proefomgeving's
 * files, which hold no data. The key is hashed at once and never kept, logged or echoed.
 */
final class Toegang implements Handler {
    static final String HOUDER = "afweging.houder";
    private static final String BEARER = "bearer ";

    private final Supplier<DienstConfig> config;
    private final Snelheidsgrens grens;

    Toegang(Supplier<DienstConfig> config) {
        this.config = config;
        this.grens = new Snelheidsgrens(() -> config.get().limieten());
    }

    @Override
    public void handle(Context ctx) {
        Set<RouteRole> rollen = ctx.routeRoles();
        if (rollen.isEmpty()) {
            return;
        }
        String header = ctx.header("Authorization");
        if (header == null || header.length() <= BEARER.length() || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw geenToegang("Geen sleutel meegestuurd: stuur Authorization: Bearer <sleutel>.");
        }
        String hash = ApiSleutels.hash(header.substring(BEARER.length()).strip());
        ApiSleutels.Houder houder = config.get().sleutels().houder(hash)
                .orElseThrow(() -> geenToegang("Deze sleutel is onbekend of ingetrokken."));
        if (houder.rollen().stream().noneMatch(rollen::contains)) {
            throw new Geweigerd(new Problem(Problem.GEEN_EIGEN_TYPE, "Geen toegang voor deze rol", 403,
                    "Sleutel " + houder.naam() + " heeft de rol " + namen(houder.rollen()) + "; hiervoor is nodig: " + namen(rollen) + "."));
        }
        if (!grens.neem(hash)) {
            ctx.header("Retry-After", "1");
            throw new Geweigerd(new Problem(Problem.GEEN_EIGEN_TYPE, "Te veel verzoeken", 429,
                    "Sleutel " + houder.naam() + " mag " + config.get().limieten().verzoekenPerSeconde()
                            + " verzoeken per seconde doen; probeer het over een seconde opnieuw."));
        }
        ctx.attribute(HOUDER, houder);
    }

    private static Geweigerd geenToegang(String detail) {
        return new Geweigerd(new Problem(Problem.GEEN_EIGEN_TYPE, "Geen toegang", 401, detail), "Bearer realm=\"afweging\"");
    }

    private static String namen(Set<? extends RouteRole> rollen) {
        return String.join(" of ", rollen.stream().map(r -> ((Rol) r).naam()).sorted().toList());
    }

    /** A request refused before its handler ran; its problem is the answer. */
    static final class Geweigerd extends RuntimeException {
        final Problem problem;
        final String uitdaging;

        Geweigerd(Problem problem) {
            this(problem, null);
        }

        Geweigerd(Problem problem, String uitdaging) {
            super(problem.status() + "", null, false, false);
            this.problem = problem;
            this.uitdaging = uitdaging;
        }
    }
}
