package io.xinling.web.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

import java.nio.ByteBuffer;

/**
 * What Jetty answers itself, for requests it refuses before any route sees them (a URL that encodes a NUL or an
 * ambiguous path, a malformed request line, headers too large): the same problem document as every other error,
 * instead of Jetty's HTML page. The detail is Jetty's reason for a 4xx and a fixed text for a 5xx.
 */
public final class ProblemErrorHandler extends ErrorHandler {

    private static final ObjectMapper MAPPER = Json.mapper();

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, Problem.CONTENT_TYPE);
        response.write(true, ByteBuffer.wrap(body(code, message)), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, Problem.CONTENT_TYPE);
        return ByteBuffer.wrap(body(status, reason));
    }

    static byte[] body(int status, String reason) {
        String title = HttpStatus.getMessage(status);
        boolean server = status >= 500;
        String slug = switch (status) {
            case 400 -> "bad-request";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 413 -> "body-too-large";
            case 414 -> "uri-too-long";
            case 431 -> "headers-too-large";
            default -> server ? "internal-error" : "http-" + status;
        };
        String detail = server || reason == null || reason.isBlank() ? title : reason;
        try {
            return MAPPER.writeValueAsBytes(Problem.of(status, slug, title, detail));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem document could not be written", e);
        }
    }
}
