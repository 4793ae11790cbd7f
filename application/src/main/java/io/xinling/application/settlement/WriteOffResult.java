package io.xinling.application.settlement;

import io.xinling.domain.settlement.SettlementItem;
import io.xinling.domain.settlement.WriteOff;

import java.util.List;

/** A credit after it was (partly) written off, the write-offs made and the charges as they stand now. */
public record WriteOffResult(SettlementItem credit, List<WriteOff> writeOffs, List<SettlementItem> charges) {

    public WriteOffResult {
        writeOffs = List.copyOf(writeOffs);
        charges = List.copyOf(charges);
    }
}
