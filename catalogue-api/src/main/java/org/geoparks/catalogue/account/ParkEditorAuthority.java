package org.geoparks.catalogue.account;

import org.springframework.security.core.GrantedAuthority;

/** The right to write one park's content (not its safety data). Its text form is only for logs. */
public record ParkEditorAuthority(String parkId) implements GrantedAuthority {

    @Override
    public String getAuthority() {
        return "PARK_EDITOR:" + parkId;
    }
}
