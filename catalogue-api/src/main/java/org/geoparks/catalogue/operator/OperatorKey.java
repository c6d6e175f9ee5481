package org.geoparks.catalogue.operator;

/**
 * Who a request's API key belongs to.
 *
 * @param keyId     the key's row
 * @param accountId the operator's account
 * @param operator  the operator's account name
 * @param prefix    the key's public part, which names it in lists, logs and quotas
 */
public record OperatorKey(long keyId, long accountId, String operator, String prefix) {
}
