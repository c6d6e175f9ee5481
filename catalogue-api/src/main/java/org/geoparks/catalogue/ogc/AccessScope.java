package org.geoparks.catalogue.ogc;

import java.util.Set;
import java.util.TreeSet;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Whose eyes a response is for: the public, or managers who may see the exact positions of the
 * sensitive places of their parks (admins: of every park).
 */
public record AccessScope(boolean allParks, Set<String> managedParks) {

    public static final AccessScope PUBLIC = new AccessScope(false, Set.of());

    public static AccessScope current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()) {
            return PUBLIC;
        }
        Set<String> parks = new TreeSet<>();
        boolean admin = false;
        for (GrantedAuthority authority : auth.getAuthorities()) {
            String a = authority.getAuthority();
            if (a.equals("ROLE_ADMIN")) {
                admin = true;
            } else if (a.startsWith("PARK_MANAGER:")) {
                parks.add(a.substring("PARK_MANAGER:".length()));
            }
        }
        return admin || !parks.isEmpty() ? new AccessScope(admin, Set.copyOf(parks)) : PUBLIC;
    }

    public boolean isPublic() {
        return !allParks && managedParks.isEmpty();
    }

    /** A short stable key for caches. */
    public String key() {
        return allParks ? "all" : isPublic() ? "public" : String.join(",", managedParks);
    }
}
