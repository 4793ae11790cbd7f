package io.xinling.domain.catalog;

import java.util.Locale;

/** Checks the images of a product: absolute http or https URLs without spaces, at most 2,000 characters. */
public final class ImageUrl {

    private static final int MAX_LENGTH = 2000;

    private ImageUrl() {
    }

    public static boolean isValid(String url) {
        if (url == null || url.length() > MAX_LENGTH || url.chars().anyMatch(c -> c <= ' ')) {
            return false;
        }
        String lower = url.toLowerCase(Locale.ROOT);
        String rest = lower.startsWith("https://") ? lower.substring(8) : lower.startsWith("http://") ? lower.substring(7) : null;
        return rest != null && !rest.isEmpty() && rest.charAt(0) != '/';
    }
}
