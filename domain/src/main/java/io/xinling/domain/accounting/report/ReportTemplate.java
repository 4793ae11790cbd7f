package io.xinling.domain.accounting.report;

import io.vavr.control.Either;
import io.xinling.domain.accounting.AccountCode;
import io.xinling.domain.accounting.Dimension;
import io.xinling.domain.kernel.Money;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A report whose lines are data: {@code "line|caption|formula"}. A formula is terms separated by
 * spaces, each signed: {@code +1001} an account in its own direction, {@code +1122>customer} the
 * debit-side detail of an account by a dimension, {@code +2202<supplier} the credit-side detail,
 * {@code +L15} another (earlier) line, {@code +CF01} a cash-flow item (现金流量项目). An empty formula is a line with nothing to report.
 */
public record ReportTemplate(String id, String title, List<String> lines) {

    public ReportTemplate {
        lines = List.copyOf(lines);
        for (String line : lines) {
            String[] parts = line.split("\\|", -1);
            for (String term : parts[2].isBlank() ? new String[0] : parts[2].strip().split(" +")) {
                parseTerm(term).getOrElseThrow(message -> new IllegalArgumentException(message));
            }
        }
    }

    public List<ReportRow> evaluate(ReportData data) {
        Map<Integer, Money> byLine = new HashMap<>();
        List<ReportRow> rows = new ArrayList<>();
        for (String line : lines) {
            String[] parts = line.split("\\|", -1);
            int no = Integer.parseInt(parts[0]);
            Money amount = Money.cny(0);
            for (String term : parts[2].isBlank() ? new String[0] : parts[2].strip().split(" +")) {
                amount = amount.plus(valueOf(term, data, byLine));
            }
            byLine.put(no, amount);
            rows.add(new ReportRow(no, parts[1], amount));
        }
        return List.copyOf(rows);
    }

    private static Money valueOf(String term, ReportData data, Map<Integer, Money> byLine) {
        Money value;
        String body = term.substring(1);
        if (body.startsWith("CF")) {
            value = data.cashFlow(body);
        } else if (body.startsWith("L")) {
            value = byLine.getOrDefault(Integer.parseInt(body.substring(1)), Money.cny(0));
        } else if (body.contains(">") || body.contains("<")) {
            boolean debit = body.contains(">");
            String[] split = body.split("[<>]");
            value = data.detail(AccountCode.of(split[0]), Dimension.fromWireName(split[1]).orElseThrow(), debit);
        } else {
            value = data.amount(AccountCode.of(body));
        }
        return term.charAt(0) == '-' ? value.negate() : value;
    }

    private static Either<String, String> parseTerm(String term) {
        if (!term.matches("[+-](L\\d+|CF\\d{2}|\\d{4,12}([<>][a-z_]+)?)")) {
            return Either.left("bad term " + term);
        }
        if (term.matches(".*[<>].*") && Dimension.fromWireName(term.replaceAll(".*[<>]", "")).isEmpty()) {
            return Either.left("unknown dimension in " + term);
        }
        return Either.right(term);
    }
}
