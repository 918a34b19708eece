// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.bench;

/**
 * {@code ./afweging serve} measured from outside: how long from starting the JVM until it is ready (rules from the
 * cache), throughput and latency of {@code POST /api/v1/adviezen} at {@code connections} connections, and the same
 * load during {@code reloads} reloads ({@code replaced} of which swapped the rules), whose failures must be none.
 */
public record ServiceFigures(double readyMs, int connections, HttpLoad.Result load, int reloads, int replaced,
                             HttpLoad.Result underReload) {}
