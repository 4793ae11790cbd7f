package io.xinling.web;

/** Settings of the HTTP adapter. */
public record WebSettings(long maxBodyBytes) {

    public static final long DEFAULT_MAX_BODY_BYTES = 1_048_576;

    public WebSettings {
        if (maxBodyBytes < 1024) {
            throw new IllegalArgumentException("body limit below 1 KiB");
        }
    }

    public static WebSettings defaults() {
        return new WebSettings(DEFAULT_MAX_BODY_BYTES);
    }
}
