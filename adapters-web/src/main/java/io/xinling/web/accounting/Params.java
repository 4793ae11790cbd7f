package io.xinling.web.accounting;

import io.javalin.http.Context;
import io.xinling.domain.accounting.AccountingError;
import io.xinling.domain.accounting.Dimension;
import io.xinling.domain.accounting.VoucherId;
import io.xinling.domain.kernel.BusinessDates;
import io.xinling.web.common.ApiException;
import io.xinling.web.common.ErrorStatus;
import io.xinling.web.common.Problem;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;

/** Query and path parameters of the accounting routes; a malformed one, or a date outside the business dates, is a 422 (a bad id a 404). */
final class Params {

    private Params() {
    }

    static LocalDate date(Context ctx, String name) {
        String raw = ctx.queryParam(name);
        try {
            if (raw != null && BusinessDates.isSupported(LocalDate.parse(raw))) {
                return LocalDate.parse(raw);
            }
        } catch (DateTimeParseException e) {
            // falls through
        }
        throw ApiException.unprocessable(name, "an ISO date (yyyy-MM-dd) from " + BusinessDates.FIRST + " to " + BusinessDates.LAST
                + " is required");
    }

    static YearMonth period(String name, String raw) {
        try {
            if (raw != null && BusinessDates.isSupported(YearMonth.parse(raw).atDay(1))) {
                return YearMonth.parse(raw);
            }
        } catch (DateTimeParseException e) {
            // falls through
        }
        throw ApiException.unprocessable(name, "a period (yyyy-MM) from " + YearMonth.from(BusinessDates.FIRST) + " to "
                + YearMonth.from(BusinessDates.LAST) + " is required");
    }

    static VoucherId voucherId(Context ctx) {
        String raw = ctx.pathParam("id");
        try {
            long id = Long.parseLong(raw);
            if (id > 0) {
                return new VoucherId(id);
            }
        } catch (NumberFormatException e) {
            // falls through
        }
        // no voucher has such an id: the same 404 as an unknown number, naming what was asked for
        Problem notFound = ErrorStatus.problem(new AccountingError.VoucherNotFound(0));
        throw new ApiException(new Problem(notFound.type(), notFound.title(), 404, "no voucher '" + raw + "' (ids are positive integers)",
                null, notFound.code(), null, null));
    }

    /** Dimension filters: any query parameter named after a dimension ({@code customer=C001}). */
    static Map<String, String> dimensions(Context ctx) {
        Map<String, String> dims = new HashMap<>();
        for (Dimension d : Dimension.values()) {
            String value = ctx.queryParam(d.wireName());
            if (value != null && (value.isBlank() || value.length() > 64 || value.chars().anyMatch(Character::isISOControl))) {
                throw ApiException.unprocessable(d.wireName(), "1 to 64 characters, without control characters");
            }
            if (value != null) {
                dims.put(d.wireName(), value);
            }
        }
        return dims;
    }
}
