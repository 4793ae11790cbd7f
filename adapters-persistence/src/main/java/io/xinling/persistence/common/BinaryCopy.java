package io.xinling.persistence.common;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * The data of one {@code COPY ... FROM STDIN (FORMAT binary)}, built row by row: the header, each row as its field
 * count and each field as its length and its bytes in PostgreSQL's send format, then the trailer. Against the text
 * format the server parses no numbers, dates or escapes (and this process formats none): a generated batch's two COPYs
 * are most of the server's work per voucher after the balance rows; re-costing's cost deltas go so too. Send it with
 * {@link Jdbc#copy}.
 */
public final class BinaryCopy {

    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0};
    /** Days from 1970-01-01 to 2000-01-01, PostgreSQL's date epoch. */
    private static final long PG_EPOCH_DAY = 10_957;
    private static final java.time.Instant PG_EPOCH = java.time.Instant.parse("2000-01-01T00:00:00Z");
    private static final short NUMERIC_NEGATIVE = 0x4000;
    private static final byte JSONB_VERSION = 1;

    private byte[] buffer;
    private int size;

    public BinaryCopy(int capacity) {
        buffer = new byte[Math.max(64, capacity)];
        System.arraycopy(SIGNATURE, 0, buffer, 0, SIGNATURE.length);
        size = SIGNATURE.length;
        int32(0); // flags: no OIDs
        int32(0); // header extension length
    }

    /** Starts a row of {@code fields} fields. */
    public BinaryCopy row(int fields) {
        return int16(fields);
    }

    public BinaryCopy int8(long value) {
        int32(8);
        room(8);
        for (int shift = 56; shift >= 0; shift -= 8) {
            buffer[size++] = (byte) (value >>> shift);
        }
        return this;
    }

    /** A bigint field, or null. */
    public BinaryCopy int8(Long value) {
        return value == null ? nul() : int8(value.longValue());
    }

    public BinaryCopy int4(int value) {
        int32(4);
        return int32(value);
    }

    /** A timestamptz field: microseconds since 2000-01-01 00:00 UTC. */
    public BinaryCopy timestamptz(java.time.Instant at) {
        long micros = java.time.temporal.ChronoUnit.MICROS.between(PG_EPOCH, at);
        return int8(micros);
    }

    public BinaryCopy date(LocalDate date) {
        int32(4);
        return int32(Math.toIntExact(date.toEpochDay() - PG_EPOCH_DAY));
    }

    /** A text field in UTF-8, or null. */
    public BinaryCopy text(String text) {
        if (text == null) {
            return nul();
        }
        int at = size;
        int32(0);
        utf8(text);
        patchLength(at);
        return this;
    }

    /** A jsonb field from its JSON text: the format version, then the text. */
    public BinaryCopy jsonb(String json) {
        int at = size;
        int32(0);
        room(1);
        buffer[size++] = JSONB_VERSION;
        utf8(json);
        patchLength(at);
        return this;
    }

    /**
     * A numeric field, or null: base-10000 digits with the weight of the first, the sign and the display scale. The
     * digits before the point are grouped from the point leftwards, those after it from the point rightwards; zero
     * groups at either end are left out, as PostgreSQL stores them.
     */
    public BinaryCopy numeric(BigDecimal value) {
        if (value == null) {
            return nul();
        }
        BigDecimal v = value.scale() < 0 ? value.setScale(0) : value;
        int scale = v.scale();
        String digits = v.unscaledValue().abs().toString();
        int integerDigits = digits.length() - scale;
        String padded;
        int integerGroups;
        if (integerDigits > 0) {
            int lead = (4 - integerDigits % 4) % 4;
            padded = "0".repeat(lead) + digits;
            integerGroups = (integerDigits + lead) / 4;
        } else {
            padded = "0".repeat(-integerDigits) + digits;
            integerGroups = 0;
        }
        padded += "0".repeat((4 - (padded.length() - integerGroups * 4) % 4) % 4);
        short[] groups = new short[padded.length() / 4];
        for (int g = 0; g < groups.length; g++) {
            groups[g] = Short.parseShort(padded.substring(4 * g, 4 * g + 4));
        }
        int first = 0;
        while (first < groups.length && groups[first] == 0) {
            first++;
        }
        int end = groups.length;
        while (end > first && groups[end - 1] == 0) {
            end--;
        }
        int count = end - first;
        int32(8 + 2 * count);
        int16(count);
        int16(count == 0 ? 0 : integerGroups - 1 - first);
        int16(v.signum() < 0 ? NUMERIC_NEGATIVE : 0);
        int16(scale);
        for (int g = first; g < end; g++) {
            int16(groups[g]);
        }
        return this;
    }

    /** A null field. */
    public BinaryCopy nul() {
        return int32(-1);
    }

    /** The data with its trailer; this copy takes no more rows. */
    public byte[] finish() {
        int16(-1);
        return buffer;
    }

    /** How many bytes of {@link #finish}'s array are data. */
    public int size() {
        return size;
    }

    private void utf8(String text) {
        int n = text.length();
        room(n);
        int start = size;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                size = start;
                byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
                room(bytes.length);
                System.arraycopy(bytes, 0, buffer, size, bytes.length);
                size += bytes.length;
                return;
            }
            buffer[size++] = (byte) c;
        }
    }

    private void patchLength(int at) {
        int length = size - at - 4;
        buffer[at] = (byte) (length >>> 24);
        buffer[at + 1] = (byte) (length >>> 16);
        buffer[at + 2] = (byte) (length >>> 8);
        buffer[at + 3] = (byte) length;
    }

    private BinaryCopy int16(int value) {
        room(2);
        buffer[size++] = (byte) (value >>> 8);
        buffer[size++] = (byte) value;
        return this;
    }

    private BinaryCopy int32(int value) {
        room(4);
        buffer[size++] = (byte) (value >>> 24);
        buffer[size++] = (byte) (value >>> 16);
        buffer[size++] = (byte) (value >>> 8);
        buffer[size++] = (byte) value;
        return this;
    }

    private void room(int more) {
        if (size + more > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(2 * buffer.length, size + more));
        }
    }
}
