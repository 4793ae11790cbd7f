package io.xinling.application.inventory;

import io.vavr.control.Either;
import io.xinling.domain.kernel.TenantId;

import java.time.LocalDate;

/**
 * What a draft offers besides its post, as trade drafts do: removing it, and moving it to another business date. A
 * posted or cancelled document is not a draft (409); a draft is not dated into a closed period (I-20), but one left in
 * a closed period (its close waived the drafts gate, spec 5.1) may be moved out of it or deleted, as it books nothing.
 */
public interface InventoryDraftUseCases {

    /** Deletes a draft and its lines; refused while another document that is not cancelled refers to it. */
    Either<StockError, Long> delete(TenantId tenant, long id);

    /** Gives a draft another business date (its time of day and number stay), in an open period. */
    Either<StockError, DocumentView> redate(TenantId tenant, long id, LocalDate date);
}
