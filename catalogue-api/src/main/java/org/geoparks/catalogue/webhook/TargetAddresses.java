package org.geoparks.catalogue.webhook;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;

/**
 * Where webhooks may be sent: absolute http(s) URLs without credentials, to public addresses —
 * unless the settings allow private ones — so that a subscription cannot make the catalogue post
 * to its own database port or to a machine of the park's network.
 */
final class TargetAddresses {

    private TargetAddresses() {
    }

    /** The URL, checked; {@link IllegalArgumentException} with what is wrong. */
    static URI check(String url, boolean allowPrivate) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalArgumentException("'" + url + "' is not a URL; send an absolute https:// URL");
        }
        if (!uri.isAbsolute() || uri.getHost() == null || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
            throw new IllegalArgumentException("'" + url + "' is not an absolute http(s) URL with a host; send e.g. https://tours.example.com/hooks/geopark");
        }
        if (uri.getUserInfo() != null) {
            throw new IllegalArgumentException("the URL carries credentials; the signature proves the sender, leave user:password@ out");
        }
        if (uri.getFragment() != null) {
            throw new IllegalArgumentException("the URL has a fragment (#…), which is never sent; leave it out");
        }
        if (!allowPrivate) {
            try {
                for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
                    if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                            || address.isAnyLocalAddress() || address.isMulticastAddress() || uniqueLocal(address)) {
                        throw new IllegalArgumentException("'" + uri.getHost() + "' is a loopback or private address; webhooks go to public addresses");
                    }
                }
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException("the host '" + uri.getHost() + "' cannot be found; check the URL");
            }
        }
        return uri;
    }

    private static boolean uniqueLocal(InetAddress address) {
        byte[] bytes = address.getAddress();
        return bytes.length == 16 && (bytes[0] & 0xfe) == 0xfc; // fc00::/7
    }
}
