// SPDX-License-Identifier: EUPL-1.2
/**
 * The HTTP service around the engine (issue 13). Only {@link nl.afweging.service.Service} is public; it reads the
 * engine through the engine module's exported API alone.
 */
module nl.afweging.service {
    exports nl.afweging.service;

    requires nl.afweging.engine;
    // Service.Builder.audit takes the signed log.
    requires transitive nl.afweging.audit;
    requires nl.afweging.tools;
    requires io.javalin;
    requires org.slf4j;
    // The configuration file and the OpenAPI document are JSON; the engine already brings Jackson.
    requires com.fasterxml.jackson.databind;
    // TLS: Jetty's own connector, configured through Javalin.
    requires org.eclipse.jetty.server;
    requires org.eclipse.jetty.util;

    // No opens for the proefomgeving's files (nl/afweging/service/proefomgeving/): Proefomgeving reads them from
    // inside this module, which encapsulation never stops; Javalin's own static-file reader is not used.
}
