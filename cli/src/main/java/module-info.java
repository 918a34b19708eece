// SPDX-License-Identifier: EUPL-1.2
/**
 * The command line. It reads the engine only through the engine module's exported API, which the compiler checks.
 */
module nl.afweging.cli {
    requires nl.afweging.engine;
    requires nl.afweging.audit;
    requires nl.afweging.tabellen;
    requires nl.afweging.tools;
    requires nl.afweging.service;
    requires info.picocli;
    requires com.fasterxml.jackson.databind;
    requires org.slf4j;
    requires ch.qos.logback.classic;
    requires ch.qos.logback.core;

    provides ch.qos.logback.classic.spi.Configurator with nl.afweging.cli.Logging;

    // picocli fills the commands' options by reflection.
    opens nl.afweging.cli to info.picocli;
}
