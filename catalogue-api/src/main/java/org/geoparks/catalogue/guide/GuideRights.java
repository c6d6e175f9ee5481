package org.geoparks.catalogue.guide;

import org.geoparks.catalogue.account.ParkRights;
import org.geoparks.catalogue.layer.EditRight;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who may change a park's narrations (scripts, recordings): narrations are content, so
 * {@link ParkRights} lets administrators change every park's, and a park's managers and editors
 * that park's; nobody else.
 */
final class GuideRights {

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
        if (ParkRights.of(caller).may(EditRight.CONTENT, parkId)) {
            return caller.getName();
        }
        throw new NotAllowed(parkId);
    }

    /** No signed-in caller. */
    static final class NotSignedIn extends RuntimeException {
        NotSignedIn() {
            super("Sign in (POST /api/v1/auth/token) as a manager or editor of this park, and send the token as Authorization: Bearer …, to change its narrations.");
        }
    }

    /** A signed-in caller without rights on the park. */
    static final class NotAllowed extends RuntimeException {
        NotAllowed(String parkId) {
            super("Your account may not change the narrations of park '" + parkId + "'; ask an administrator to make you one of its managers or editors.");
        }
    }
}
