package io.xinling.web.promotion;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.vavr.control.Either;
import io.xinling.application.promotion.PromotionReturnService.PricedOrder;
import io.xinling.domain.promotion.PromotionError;
import io.xinling.web.common.ApiException;
import io.xinling.web.common.Json;

import java.io.UncheckedIOException;
import java.util.Currency;
import java.util.Map;

/**
 * The order of a reservation as the API received it ({@link PreviewRequest}, as JSON text), kept with the reservation
 * and read back for a return against it: the same mapping then gives the same cart and context.
 */
final class PricedOrders {

    private static final ObjectMapper MAPPER = Json.mapper();

    private PricedOrders() {
    }

    static String write(PreviewRequest order) {
        try {
            return MAPPER.writeValueAsString(order);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The order as JSON text with every object's keys in order, scheme definitions included: two bodies that say the same
     * thing give the same text (the order a return by reference is recorded against, spec 3.15).
     */
    static String canonical(PreviewRequest order) {
        try {
            return MAPPER.writer().with(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                    .writeValueAsString(MAPPER.convertValue(order, Map.class));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Either<PromotionError, PricedOrder> read(String text) {
        try {
            PreviewRequest order = MAPPER.readValue(text, PreviewRequest.class);
            Currency currency = PreviewMapper.currency(order);
            return Either.right(new PricedOrder(PreviewMapper.cart(order, currency), PreviewMapper.context(order, currency)));
        } catch (JsonProcessingException | ApiException e) {
            return Either.left(new PromotionError.InvalidReturn("order", "the kept order no longer reads: " + e.getMessage()));
        }
    }
}
