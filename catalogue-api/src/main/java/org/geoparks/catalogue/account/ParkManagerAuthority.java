package org.geoparks.catalogue.account;

import org.springframework.security.core.GrantedAuthority;

/** The right to manage one park. Its text form ({@code PARK_MANAGER:lang-son}) is only for logs and Spring's expressions. */
public record ParkManagerAuthority(String parkId) implements GrantedAuthority {

    @Override
    public String getAuthority() {
        return "PARK_MANAGER:" + parkId;
    }
}
