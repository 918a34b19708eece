// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.bench;

import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** Each benchmark thread walks the pre-generated inputs on its own, round and round. */
@State(Scope.Thread)
public class Cursor {
    private static final int MASK = BenchData.SIZE - 1;

    private int position;

    public int next() {
        position = (position + 1) & MASK;
        return position;
    }
}
