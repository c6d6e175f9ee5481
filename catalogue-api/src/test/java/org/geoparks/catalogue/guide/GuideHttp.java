package org.geoparks.catalogue.guide;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.geoparks.catalogue.testing.Accounts;

/** A small HTTP client for the guide's tests: raw bytes, any header, multipart uploads. */
final class GuideHttp {

    private final HttpClient client = HttpClient.newHttpClient();
    private final String base;
    private final int port;
    private final Map<String, String> tokens = new java.util.concurrent.ConcurrentHashMap<>();

    GuideHttp(int port) {
        this.base = "http://127.0.0.1:" + port;
        this.port = port;
    }

    /** A request being put together. */
    final class Call {
        private final HttpRequest.Builder request;
        private String method = "GET";
        private HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.noBody();

        Call(String path) {
            request = HttpRequest.newBuilder(URI.create(base + path));
        }

        Call header(String name, String value) {
            request.header(name, value);
            return this;
        }

        /** Signed in as this test account (once per account, as a client keeps its token). */
        Call as(String user) {
            return header("Authorization", tokens.computeIfAbsent(user, u -> Accounts.bearer(port, u, GuideFixtures.PASSWORD)));
        }

        Call method(String method, byte[] content, String contentType) {
            this.method = method;
            this.body = HttpRequest.BodyPublishers.ofByteArray(content);
            return header("Content-Type", contentType);
        }

        Call head() {
            this.method = "HEAD";
            return this;
        }

        Call delete() {
            this.method = "DELETE";
            return this;
        }

        /** A multipart/form-data body: each part a name and either bytes with a file name, or a text. */
        Call multipart(Map<String, Object[]> parts) {
            String boundary = "guide-" + UUID.randomUUID();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            parts.forEach((name, part) -> {
                out.writeBytes(("--" + boundary + "\r\n").getBytes(StandardCharsets.UTF_8));
                if (part[0] instanceof byte[] bytes) {
                    out.writeBytes(("Content-Disposition: form-data; name=\"" + name + "\"; filename=\"" + part[1] + "\"\r\n"
                            + "Content-Type: " + part[2] + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                    out.writeBytes(bytes);
                } else {
                    out.writeBytes(("Content-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + part[0]).getBytes(StandardCharsets.UTF_8));
                }
                out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
            });
            out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return method("POST", out.toByteArray(), "multipart/form-data; boundary=" + boundary);
        }

        HttpResponse<byte[]> send() {
            try {
                return client.send(request.method(method, body).build(), HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        String text() {
            return new String(send().body(), StandardCharsets.UTF_8);
        }
    }

    Call get(String path) {
        return new Call(path);
    }

    static Map<String, Object[]> file(byte[] bytes, String fileName, String contentType) {
        Map<String, Object[]> parts = new LinkedHashMap<>();
        parts.put("file", new Object[] {bytes, fileName, contentType});
        return parts;
    }

    static String body(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }
}
