// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.simulatie;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Counts the bytes read, so progress can say how much of a file of known size is done. */
public final class TellendeInvoer extends FilterInputStream {
    private volatile long gelezen;

    public TellendeInvoer(InputStream in) {
        super(in);
    }

    public long gelezen() {
        return gelezen;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            gelezen++;
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            gelezen += n;
        }
        return n;
    }
}
