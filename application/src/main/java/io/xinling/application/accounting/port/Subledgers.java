package io.xinling.application.accounting.port;

import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.TenantId;

import java.time.LocalDate;
import java.util.Map;

/**
 * The subledgers a close reconciles with the GL (5.1 step 5), each as a balance per key value (the dimension value the
 * GL lines carry), in CNY, through a date: the stock value per item (sku id) and warehouse (id, or
 * {@code transit-<dispatch>}) as [item, warehouse] (I-4), and per partner id the receivables
 * and the payables, each as Σ of its items' signed book amounts (charges +, receipts, payments and advances −, I-15).
 */
public interface Subledgers {

    Map<java.util.List<String>, Money> stockByItemAndWarehouse(TenantId tenant, LocalDate through);

    Map<String, Money> receivables(TenantId tenant, LocalDate through);

    Map<String, Money> payables(TenantId tenant, LocalDate through);
}
