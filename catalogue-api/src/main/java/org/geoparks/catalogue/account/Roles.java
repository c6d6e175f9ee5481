package org.geoparks.catalogue.account;

/** The role authorities accounts carry. */
public final class Roles {

    public static final String ADMIN = "ROLE_ADMIN";
    public static final String PARK_MANAGER = "ROLE_PARK_MANAGER";
    /** Writes a park's content (descriptions, narrations), never its safety data. */
    public static final String EDITOR = "ROLE_EDITOR";
    public static final String OPERATOR = "ROLE_OPERATOR";

    private Roles() {
    }
}
