package org.geoparks.catalogue.account;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Another way to authenticate a request, which a module adds to the security chain without this
 * package knowing it (the operators' API keys): its filter runs before bearer tokens are read and
 * sets the request's authentication, or refuses the request itself.
 */
public interface AdditionalAuthentication {

    Filter filter();

    /** Whether the request carries this kind of credential (a request that carries none is read anonymously). */
    boolean presentedBy(HttpServletRequest request);
}
