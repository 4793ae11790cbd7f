package io.xinling.application.accounting.port;

import io.xinling.domain.accounting.Dimension;
import io.xinling.domain.kernel.TenantId;

import java.util.Optional;

/**
 * Whether a dimension value names something active in a tenant's books (I-3): a customer or supplier (a partner in
 * that role), an item (a SKU), a warehouse; a project, department, employee, branch or member in the books' registers
 * (a branch also as a warehouse's branch). A cash-flow item is not looked up.
 */
public interface DimensionDirectory {

    /** Empty when {@code value} is active for {@code dimension}; else why not ("no customer 999999"). */
    Optional<String> refusal(TenantId tenant, Dimension dimension, String value);

    /** Whether stock is costed per warehouse (分仓核算) on {@code date}, so stock lines must name the warehouse (3.3). */
    boolean warehouseRequired(TenantId tenant, java.time.LocalDate date);
}
