package org.geoparks.catalogue.guide;

import org.geoparks.catalogue.system.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * The guide's own refusals as problem+json, beside the catalogue's general ones: audio that is
 * not accepted (415, 422, 413) and the rights of a caller (401, 403). Applies to the guide's
 * endpoints only; everything else falls through to the catalogue's problem responses.
 */
@RestControllerAdvice(basePackageClasses = GuideProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class GuideProblems {

    private final GuideProperties properties;

    GuideProblems(GuideProperties properties) {
        this.properties = properties;
    }

    @ExceptionHandler(UnacceptableAudioException.class)
    ResponseEntity<ProblemDetail> unacceptable(UnacceptableAudioException e) {
        return switch (e.reason()) {
            case UNSUPPORTED_FORMAT -> answer(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-audio", "Audio format not accepted", e.getMessage());
            case MALFORMED -> answer(HttpStatus.UNPROCESSABLE_ENTITY, "malformed-audio", "Audio file damaged or incomplete", e.getMessage());
            case DURATION -> answer(HttpStatus.UNPROCESSABLE_ENTITY, "audio-duration", "Recording too short or too long", e.getMessage());
            case TOO_LARGE -> answer(HttpStatus.PAYLOAD_TOO_LARGE, "upload-too-large", "Upload too large", e.getMessage());
        };
    }

    /** The multipart limit, hit before the guide sees the file. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e) {
        return unacceptable(Recordings.tooLarge(properties.maxUploadSize()));
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> notMultipart(MultipartException e) {
        return answer(HttpStatus.BAD_REQUEST, "bad-upload", "Upload not understood",
                "Send the recording as multipart/form-data, the audio in the field 'file' (optional fields: 'voice', 'transcript' as WebVTT).");
    }

    @ExceptionHandler(GuideRights.NotSignedIn.class)
    ResponseEntity<ProblemDetail> notSignedIn(GuideRights.NotSignedIn e) {
        ResponseEntity<ProblemDetail> answer = answer(HttpStatus.UNAUTHORIZED, "unauthenticated", "Authentication required", e.getMessage());
        return ResponseEntity.status(answer.getStatusCode()).headers(answer.getHeaders())
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"geopark-catalogue\"").body(answer.getBody());
    }

    @ExceptionHandler(GuideRights.NotAllowed.class)
    ResponseEntity<ProblemDetail> notAllowed(GuideRights.NotAllowed e) {
        return answer(HttpStatus.FORBIDDEN, "forbidden", "Not allowed", e.getMessage());
    }

    static ResponseEntity<ProblemDetail> answer(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = Problems.of(status, type, title, detail);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
