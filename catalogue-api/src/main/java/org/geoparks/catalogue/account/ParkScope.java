package org.geoparks.catalogue.account;

import java.util.Set;
import java.util.TreeSet;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Whose eyes an answer is for: the public, or managers who may see what the public may not (exact
 * positions of sensitive places, manager-only fields) in the parks they manage — admins in every park.
 */
public record ParkScope(boolean allParks, Set<String> managedParks) {

    public static final ParkScope PUBLIC = new ParkScope(false, Set.of());

    public ParkScope {
        managedParks = Set.copyOf(managedParks);
    }

    /** The scope of the caller of the current request. */
    public static ParkScope current() {
        return of(SecurityContextHolder.getContext().getAuthentication());
    }

    /** The scope an authentication grants: from its typed roles, never from parsing strings. */
    public static ParkScope of(Authentication auth) {
        if (auth == null || !auth.isAuthenticated()) {
            return PUBLIC;
        }
        Set<String> parks = new TreeSet<>();
        boolean admin = false;
        for (GrantedAuthority authority : auth.getAuthorities()) {
            if (authority instanceof ParkManagerAuthority manager) {
                parks.add(manager.parkId());
            } else if (Roles.ADMIN.equals(authority.getAuthority())) {
                admin = true;
            }
        }
        return admin || !parks.isEmpty() ? new ParkScope(admin, parks) : PUBLIC;
    }

    public boolean isPublic() {
        return !allParks && managedParks.isEmpty();
    }

    /** Whether the caller may see and change what is restricted to the managers of this park. */
    public boolean manages(String parkId) {
        return allParks || (parkId != null && managedParks.contains(parkId));
    }

    /** A short stable key for caches. */
    public String key() {
        return allParks ? "all" : isPublic() ? "public" : String.join(",", new TreeSet<>(managedParks));
    }
}
