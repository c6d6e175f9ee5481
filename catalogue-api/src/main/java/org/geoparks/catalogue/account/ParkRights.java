package org.geoparks.catalogue.account;

import java.util.Set;
import java.util.TreeSet;
import org.geoparks.catalogue.layer.EditRight;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * What a caller may change, park by park — the one rule of rights to write, asked by the services
 * themselves so that no endpoint can forget it. Administrators may change everything; a park's
 * managers its content and its safety data; its editors its content only; operators and the
 * public nothing. Refusals are Spring Security's own exceptions: answered 401 without an account,
 * 403 without the right ({@link RightsProblems}).
 */
public final class ParkRights {

    private static final ParkRights NOBODY = new ParkRights(null, false, Set.of(), Set.of());

    private final String actor;
    private final boolean admin;
    private final Set<String> managedParks;
    private final Set<String> editedParks;

    private ParkRights(String actor, boolean admin, Set<String> managedParks, Set<String> editedParks) {
        this.actor = actor;
        this.admin = admin;
        this.managedParks = Set.copyOf(managedParks);
        this.editedParks = Set.copyOf(editedParks);
    }

    /** The rights of the caller of the current request (or of the current thread's authentication). */
    public static ParkRights current() {
        return of(SecurityContextHolder.getContext().getAuthentication());
    }

    /** The rights an authentication grants, from its typed authorities, never from parsing strings. */
    public static ParkRights of(Authentication auth) {
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return NOBODY;
        }
        boolean admin = false;
        Set<String> managed = new TreeSet<>();
        Set<String> edited = new TreeSet<>();
        for (GrantedAuthority authority : auth.getAuthorities()) {
            if (authority instanceof ParkManagerAuthority manager) {
                managed.add(manager.parkId());
            } else if (authority instanceof ParkEditorAuthority editor) {
                edited.add(editor.parkId());
            } else if (Roles.ADMIN.equals(authority.getAuthority())) {
                admin = true;
            }
        }
        return new ParkRights(auth.getName(), admin, managed, edited);
    }

    public boolean isSignedIn() {
        return actor != null;
    }

    public boolean isAdmin() {
        return admin;
    }

    /** The caller's name, as the audit log writes it; null for the public. */
    public String actor() {
        return actor;
    }

    public Set<String> managedParks() {
        return managedParks;
    }

    /** Whether the caller may make a change that needs this right in this park (null: a record of no park). */
    public boolean may(EditRight right, String parkId) {
        if (right == EditRight.NONE || actor == null) {
            return false;
        }
        if (admin) {
            return true;
        }
        if (parkId == null) {
            return false;
        }
        return switch (right) {
            case SAFETY -> managedParks.contains(parkId);
            case CONTENT -> managedParks.contains(parkId) || editedParks.contains(parkId);
            case NONE -> false;
        };
    }

    /** Whether the caller may read what only a park's managers read (its audit log, its safety report). */
    public boolean manages(String parkId) {
        return actor != null && (admin || parkId != null && managedParks.contains(parkId));
    }

    /**
     * The caller's name for the audit log, when they may make a change that needs this right in
     * this park; otherwise a refusal that says what is missing.
     *
     * @param what the change, for the refusal ("change hazards")
     */
    public String require(EditRight right, String parkId, String what) {
        requireSignedIn(what);
        if (!may(right, parkId)) {
            throw new AccessDeniedException("Your account may not " + what + " of park '" + parkId + "'"
                    + (right == EditRight.NONE ? ": nobody may, through an edit."
                    : right == EditRight.SAFETY ? "; that is for its managers (safety data) — ask an administrator."
                    : "; that is for its editors and managers — ask an administrator."));
        }
        return actor;
    }

    /** The caller's name, when they may read what only this park's managers read. */
    public String requireManager(String parkId, String what) {
        requireSignedIn(what);
        if (!manages(parkId)) {
            throw new AccessDeniedException("Your account may not " + what + " of park '" + parkId
                    + "'; that is for its managers and administrators.");
        }
        return actor;
    }

    public String requireAdmin(String what) {
        requireSignedIn(what);
        if (!admin) {
            throw new AccessDeniedException("Only administrators may " + what + ".");
        }
        return actor;
    }

    private void requireSignedIn(String what) {
        if (actor == null) {
            throw new AuthenticationCredentialsNotFoundException("Sign in (POST /api/v1/auth/token) and send the token as "
                    + "Authorization: Bearer … to " + what + ".");
        }
    }
}
