package io.xinling.archfixtures.applicationdependencies.domain;

/** A fixture domain type the application may use. */
public record Order(long id) {
}
