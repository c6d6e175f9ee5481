package org.geoparks.catalogue.account;

import jakarta.servlet.Filter;

/**
 * Another way to authenticate a request, which a module adds to the security chain without this
 * package knowing it (the operators' API keys): its filter runs before bearer tokens are read and
 * sets the request's authentication, or refuses the request itself.
 */
public interface AdditionalAuthentication {

    Filter filter();
}
