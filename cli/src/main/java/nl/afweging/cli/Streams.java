// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.cli;

import java.io.InputStream;
import java.io.PrintStream;

/** The streams of one run: stdin, stdout for results only, stderr for every message. */
record Streams(InputStream in, PrintStream out, PrintStream err) {}
