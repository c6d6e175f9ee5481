package org.geoparks.catalogue.editing;

import java.security.SecureRandom;

/** Ids for records created through the API without one: a prefix and ten random letters and digits. */
public final class RecordIds {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789".toCharArray();

    private RecordIds() {
    }

    public static String next(String prefix) {
        StringBuilder id = new StringBuilder(prefix).append('-');
        for (int i = 0; i < 10; i++) {
            id.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return id.toString();
    }
}
