package io.xinling.archfixtures.floatingpoint.application;

import java.util.List;

/** An "application" record with doubles hidden in a type argument. */
public record HoldsDoublesInAList(List<Double> prices) {
}
