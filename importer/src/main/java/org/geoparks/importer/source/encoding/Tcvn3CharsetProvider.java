package org.geoparks.importer.source.encoding;

import java.nio.charset.Charset;
import java.nio.charset.spi.CharsetProvider;
import java.util.Iterator;
import java.util.List;

/**
 * Makes {@code Charset.forName("TCVN3")} (and "ABC", "TCVN-5712") work, through
 * {@code META-INF/services/java.nio.charset.spi.CharsetProvider}. Java finds providers with the
 * system class loader, which is the one the launcher and the tests run with.
 */
public final class Tcvn3CharsetProvider extends CharsetProvider {

    static final Charset TCVN3 = new Tcvn3Charset();

    @Override
    public Iterator<Charset> charsets() {
        return List.of(TCVN3).iterator();
    }

    @Override
    public Charset charsetForName(String name) {
        if (name.equalsIgnoreCase(Tcvn3Charset.NAME)) {
            return TCVN3;
        }
        for (String alias : Tcvn3Charset.ALIASES) {
            if (name.equalsIgnoreCase(alias)) {
                return TCVN3;
            }
        }
        return null;
    }
}
