/**
 * Visitors' feedback on places (a rating and a comment): taken from anybody, rate limited and
 * length-limited, kept for moderation, and shown to the public only once a manager of the place's
 * park has approved it.
 */
package org.geoparks.catalogue.feedback;
