package org.geoparks.catalogue.guide;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who may change a park's narrations (scripts, recordings): the one rule, read from the current
 * caller's authorities. Administrators may change every park's; a park manager the parks named in
 * their {@code PARK_MANAGER:<park id>} authorities; nobody else. When accounts move to another
 * kind of credential, only this class changes.
 */
final class GuideRights {

    static final String ADMIN = "ROLE_ADMIN";
    static final String MANAGER_OF = "PARK_MANAGER:";

    private GuideRights() {
    }

    /**
     * Returns the caller's name for the audit log when they may change the narrations of the park;
     * otherwise throws {@link NotSignedIn} (HTTP 401) or {@link NotAllowed} (HTTP 403).
     */
    static String requireMayEditNarrationsOf(String parkId) {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (caller == null || !caller.isAuthenticated() || caller instanceof AnonymousAuthenticationToken) {
            throw new NotSignedIn();
        }
        for (GrantedAuthority authority : caller.getAuthorities()) {
            String granted = authority.getAuthority();
            if (ADMIN.equals(granted) || (MANAGER_OF + parkId).equals(granted)) {
                return caller.getName();
            }
        }
        throw new NotAllowed(parkId);
    }

    /** No signed-in caller. */
    static final class NotSignedIn extends RuntimeException {
        NotSignedIn() {
            super("Sign in with a catalogue account (HTTP Basic) of a manager of this park to change its narrations.");
        }
    }

    /** A signed-in caller without rights on the park. */
    static final class NotAllowed extends RuntimeException {
        NotAllowed(String parkId) {
            super("Your account may not change the narrations of park '" + parkId + "'; ask an administrator to make you one of its managers.");
        }
    }
}
