package io.xinling.archfixtures.domaindependencies.domain;

import io.vavr.control.Either;

import java.util.List;

/** Allowed: the JDK, Vavr and the domain itself. */
public final class UsesVavrAndTheJdk {

    public Either<String, List<Integer>> decide(LogsWithSlf4j other) {
        return Either.right(List.of(other.hashCode()));
    }
}
