package org.geoparks.catalogue.feedback;

import java.text.Normalizer;
import org.geoparks.catalogue.i18n.LanguageTag;
import org.geoparks.catalogue.support.InvalidRecordException;

/**
 * What a visitor sends: every rule of a piece of feedback, in one place. The comment is kept as
 * plain text (NFC, trimmed); it is never HTML, and pages show it as text.
 */
record FeedbackDraft(String placeId, int rating, String comment, String language) {

    FeedbackDraft {
        if (placeId == null || placeId.isBlank()) {
            throw new InvalidRecordException("place", "say which place the feedback is about (its id)");
        }
        if (rating < 1 || rating > 5) {
            throw new InvalidRecordException("rating", "give a rating from 1 to 5, not " + rating);
        }
        comment = comment == null ? "" : Normalizer.normalize(comment, Normalizer.Form.NFC).strip();
        if (comment.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t' && c != '\r')) {
            throw new InvalidRecordException("comment", "the comment contains control characters; send plain text");
        }
        if (language != null && !language.isBlank()) {
            language = LanguageTag.canonical(language);
        } else {
            language = null;
        }
    }

    /** Checks the length against the configured limit (characters as a reader counts them, not UTF-16 units). */
    FeedbackDraft limitedTo(int maxCommentLength) {
        int length = comment.codePointCount(0, comment.length());
        if (length > maxCommentLength) {
            throw new InvalidRecordException("comment", "the comment has " + length + " characters; at most " + maxCommentLength + " are accepted");
        }
        return this;
    }
}
