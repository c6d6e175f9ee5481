package org.geoparks.catalogue.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A small JSON client for tests of edits: any method, any header, signed in as a test account
 * (its token kept, as a client keeps it), answers read as JSON.
 */
public final class EditHttp {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = HttpClient.newHttpClient();
    private final int port;
    private final String password;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    public EditHttp(int port, String password) {
        this.port = port;
        this.password = password;
    }

    /** An answer: status, headers, body as text and as JSON (null when not JSON). */
    public record Answer(int status, HttpResponse<byte[]> response) {

        public String text() {
            return new String(response.body(), StandardCharsets.UTF_8);
        }

        public JsonNode json() {
            try {
                return JSON.readTree(response.body());
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + text(), e);
            }
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        public String etag() {
            return header("ETag");
        }

        public byte[] bytes() {
            return response.body();
        }

        @Override
        public String toString() {
            return status + " " + text();
        }
    }

    /** A request being put together. */
    public final class Call {
        private final HttpRequest.Builder request;
        private final String path;
        private String method = "GET";
        private HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.noBody();

        Call(String path) {
            this.path = path;
            this.request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        }

        public Call header(String name, String value) {
            request.header(name, value);
            return this;
        }

        /** Signed in as this test account (null: anonymous). */
        public Call as(String user) {
            return user == null ? this : header("Authorization", EditHttp.this.bearer(user));
        }

        public Call token(String token) {
            return header("Authorization", "Bearer " + token);
        }

        public Call ifMatch(String etag) {
            return etag == null ? this : header("If-Match", etag);
        }

        public Call json(String method, Object content) {
            return bytes(method, writeJson(content), "application/json");
        }

        public Call bytes(String method, byte[] content, String contentType) {
            this.method = method;
            this.body = HttpRequest.BodyPublishers.ofByteArray(content);
            return header("Content-Type", contentType);
        }

        public Call method(String method) {
            this.method = method;
            return this;
        }

        public Answer send() {
            try {
                HttpResponse<byte[]> response = client.send(request.method(method, body).build(), HttpResponse.BodyHandlers.ofByteArray());
                return new Answer(response.statusCode(), response);
            } catch (IOException e) {
                throw new UncheckedIOException(method + " " + path, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    public Call call(String path) {
        return new Call(path);
    }

    public Answer get(String path, String user) {
        return call(path).as(user).send();
    }

    public Answer post(String path, String user, Object body) {
        return call(path).as(user).json("POST", body).send();
    }

    public Answer patch(String path, String user, String etag, Object body) {
        return call(path).as(user).ifMatch(etag).json("PATCH", body).send();
    }

    public Answer put(String path, String user, String etag, Object body) {
        return call(path).as(user).ifMatch(etag).json("PUT", body).send();
    }

    /** A POST that changes a record, with its ETag as If-Match. */
    public Answer postIfMatch(String path, String user, String etag, Object body) {
        return call(path).as(user).ifMatch(etag).json("POST", body).send();
    }

    public String bearer(String user) {
        return tokens.computeIfAbsent(user, u -> Accounts.bearer(port, u, password));
    }

    private static byte[] writeJson(Object content) {
        try {
            return content instanceof String text ? text.getBytes(StandardCharsets.UTF_8) : JSON.writeValueAsBytes(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
