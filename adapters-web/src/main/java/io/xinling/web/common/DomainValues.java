package io.xinling.web.common;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.Percentage;
import io.xinling.domain.kernel.Quantity;

import java.io.IOException;
import java.util.function.Function;

/**
 * How kernel values read on the wire: money as a decimal string with exactly its currency's decimals
 * ({@code "12.30"}), quantities as their shortest decimal string, rates as percent strings.
 */
final class DomainValues {

    private DomainValues() {
    }

    static SimpleModule module() {
        SimpleModule module = new SimpleModule("xinling-domain-values");
        module.addSerializer(Money.class, asString(Money::format));
        module.addSerializer(Quantity.class, asString(Quantity::format));
        module.addSerializer(Percentage.class, asString(p -> p.percent().toPlainString()));
        return module;
    }

    private static <T> JsonSerializer<T> asString(Function<T, String> format) {
        return new JsonSerializer<>() {
            @Override
            public void serialize(T value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
                gen.writeString(format.apply(value));
            }
        };
    }
}
