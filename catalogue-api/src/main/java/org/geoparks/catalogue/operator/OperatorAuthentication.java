package org.geoparks.catalogue.operator;

import java.util.List;
import java.util.Optional;
import org.geoparks.catalogue.account.Roles;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A request authenticated by an operator's API key. It grants the operator role only: an operator
 * sees what the public sees (public positions), with a larger quota, bulk exports and webhooks.
 */
public final class OperatorAuthentication extends AbstractAuthenticationToken {

    private final OperatorKey key;

    OperatorAuthentication(OperatorKey key) {
        super(List.of(new SimpleGrantedAuthority(Roles.OPERATOR)));
        this.key = key;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public OperatorKey getPrincipal() {
        return key;
    }

    @Override
    public String getName() {
        return key.operator();
    }

    /** The operator key of the current request, if it was authenticated by one. */
    public static Optional<OperatorKey> current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth instanceof OperatorAuthentication operator ? Optional.of(operator.key) : Optional.empty();
    }
}
