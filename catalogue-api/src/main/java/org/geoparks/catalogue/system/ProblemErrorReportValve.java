package org.geoparks.catalogue.system;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Tomcat's last word on requests it refuses before the application sees them (a malformed
 * request line, an encoded slash, headers too large): a problem document instead of Tomcat's HTML
 * page, which names the server and its version.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int code = response.getStatus();
        if (code < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        HttpStatus status = HttpStatus.resolve(code) != null ? HttpStatus.valueOf(code) : HttpStatus.BAD_REQUEST;
        if (status == HttpStatus.HTTP_VERSION_NOT_SUPPORTED) {
            // a request line naming a protocol this server does not speak is a malformed request, not a failure of the server
            status = HttpStatus.BAD_REQUEST;
            response.setStatus(status.value());
        }
        String body = Problems.json(Problems.of(status, "http-" + status.value(), status.getReasonPhrase(), ProblemErrorController.detail(status)));
        try {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name()); // the reporter writes characters
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(body);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the connection is gone; nothing more to say
        }
    }
}
