package org.geoparks.catalogue.editing;

import java.util.Set;
import java.util.TreeSet;

/**
 * The version of a record an edit was made against, from the {@code If-Match} header (or the
 * {@code version} a client sends back in the record): an edit applies only to that version, so
 * that nobody's change is overwritten by a colleague's older copy
 * (docs/decisions/0052-optimistic-concurrency.md). A record's entity tag is its version, quoted.
 */
public final class ExpectedVersion {

    private final Set<Integer> versions;

    private ExpectedVersion(Set<Integer> versions) {
        this.versions = Set.copyOf(versions);
    }

    /** The entity tag of a record at this version (strong: If-Match compares strongly). */
    public static String etag(int version) {
        return "\"" + version + "\"";
    }

    public static ExpectedVersion of(int version) {
        return new ExpectedVersion(Set.of(version));
    }

    /**
     * The versions an {@code If-Match} header names. Without one — or with {@code *}, which would
     * match whatever is there now — the edit is refused (428): it would overwrite blindly. Weak tags
     * and tags of other resources never match.
     */
    public static ExpectedVersion fromIfMatch(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            throw new PreconditionRequiredException();
        }
        Set<Integer> versions = new TreeSet<>();
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.length() > 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
                try {
                    versions.add(Integer.parseInt(tag.substring(1, tag.length() - 1)));
                } catch (NumberFormatException notOurs) {
                    // never matches
                }
            }
        }
        return new ExpectedVersion(versions);
    }

    /** From If-Match when sent, else from the version the client sent back in the record, else refused (428). */
    public static ExpectedVersion fromIfMatchOr(String ifMatch, Integer sentBack) {
        if ((ifMatch == null || ifMatch.isBlank()) && sentBack != null) {
            return of(sentBack);
        }
        return fromIfMatch(ifMatch);
    }

    /** Refuses the edit (412, with the current version) unless the record is still at the version expected. */
    public void require(String entityType, String id, int current) {
        if (!versions.contains(current)) {
            throw new PreconditionFailedException(entityType, id, current);
        }
    }
}
