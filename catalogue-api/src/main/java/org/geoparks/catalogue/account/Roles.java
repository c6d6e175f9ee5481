package org.geoparks.catalogue.account;

/** The role authorities accounts carry. */
public final class Roles {

    public static final String ADMIN = "ROLE_ADMIN";
    public static final String PARK_MANAGER = "ROLE_PARK_MANAGER";
    public static final String OPERATOR = "ROLE_OPERATOR";

    private Roles() {
    }
}
