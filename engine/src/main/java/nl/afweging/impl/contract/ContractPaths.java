// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.contract;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import nl.afweging.model.Aanvraag;

/**
 * The contract paths of an aanvraag ({@code wet}, {@code persoon.leeftijd}, {@code zrm}, {@code zrm.FINANCIEN},
 * {@code huisgenoten}, ...) and a reader for each, composed once from the declaration's accessors: reading a path
 * costs a map lookup and a few accessor calls, no reflection. A list is one path (its elements have no path of their
 * own); a map is one path and so is each of its keys.
 */
public final class ContractPaths {
    private static final MethodHandle MAP_GET;
    private static final Map<String, Reader> READERS;

    static {
        try {
            MAP_GET = MethodHandles.publicLookup().findVirtual(Map.class, "get", MethodType.methodType(Object.class, Object.class))
                    .asType(MethodType.methodType(Object.class, Object.class, Object.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
        Map<String, Reader> readers = new HashMap<>();
        add(readers, "", MethodHandles.identity(Object.class), Declaration.AANVRAAG.root());
        READERS = Collections.unmodifiableMap(readers);
    }

    private ContractPaths() {}

    /** Reads one path of an aanvraag. {@code map}: the value is a map, whose entries are paths of their own. */
    public record Reader(String path, boolean map, MethodHandle handle) {
        public Object read(Aanvraag aanvraag) {
            try {
                return (Object) handle.invokeExact((Object) aanvraag);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** The reader of this path; throws when the contract has no such path. */
    public static Reader reader(String path) {
        Reader reader = READERS.get(path);
        if (reader == null) {
            throw new IllegalStateException("Onbekend pad " + path);
        }
        return reader;
    }

    /** Whether the contract has this path. */
    public static boolean exists(String path) {
        return READERS.containsKey(path);
    }

    private static void add(Map<String, Reader> readers, String prefix, MethodHandle toRecord, Shape.Obj shape) {
        for (Shape.Field field : shape.fields()) {
            String path = prefix + field.name();
            MethodHandle read = MethodHandles.filterReturnValue(toRecord, field.accessor());
            readers.put(path, new Reader(path, field.shape() instanceof Shape.MapOf, read));
            if (field.shape() instanceof Shape.Obj record) {
                add(readers, path + ".", read, record);
            } else if (field.shape() instanceof Shape.MapOf map) {
                for (Enum<?> key : map.keys()) {
                    MethodHandle get = MethodHandles.insertArguments(MAP_GET, 1, key);
                    readers.put(path + "." + key.name(), new Reader(path + "." + key.name(), false,
                            MethodHandles.filterReturnValue(read, get)));
                }
            }
        }
    }
}
