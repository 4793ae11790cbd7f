package io.xinling.persistence.common;

import com.zaxxer.hikari.HikariDataSource;
import io.xinling.persistence.testing.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A database migrated by the first release (its twelve migrations, up to V51) upgrades: the
 * newer migrations of lower versions in each context's range run out of order and keep the rows there.
 */
class MigrationUpgradeTest {

    /** The migrations the first release shipped. */
    private static final List<String> FIRST_RELEASE = List.of("V1__foundation.sql", "V10__inventory.sql",
            "V20__accounting.sql", "V21__accounting_balance_totals_index.sql", "V30__coupons.sql",
            "V31__promotion_schemes.sql", "V32__promotion_policies.sql", "V40__partners.sql", "V41__pricing.sql",
            "V42__settlement.sql", "V50__trade_documents.sql", "V51__trade_orders.sql");

    @TempDir
    Path dir;

    private static Path firstRelease(Path dir) throws Exception {
        for (String name : FIRST_RELEASE) {
            try (InputStream in = MigrationUpgradeTest.class.getResourceAsStream("/db/migration/" + name)) {
                Files.copy(in, dir.resolve(name));
            }
        }
        return dir;
    }

    @Test
    void a_database_of_the_first_release_upgrades_with_its_rows() throws Exception {
        try (HikariDataSource ds = new HikariDataSource()) {
            ds.setJdbcUrl(TestDatabase.newDatabaseUrl("upgrade"));
            ds.setUsername("postgres");
            ds.setPassword("postgres");
            Flyway.configure().dataSource(ds).locations("filesystem:" + firstRelease(dir)).load().migrate();
            try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
                st.execute("insert into tenants (tenant_id, name, created_at) values (7, 'old', now())");
                st.execute("insert into products (tenant_id, product_id, code, name, category_id) values (7, 70, 'P', '旧商品', 1)");
                st.execute("insert into skus (tenant_id, sku_id, product_id, code, name, base_unit, tracking, tax_rate,"
                        + " reference_cost, batch_costing, zero_cost_allowed) values (7, 71, 70, 'P-1', '旧商品', '个', 'NONE', 13,"
                        + " -500, false, false), (7, 72, 70, 'P-2', '旧商品', '个', 'NONE', 13, 800, false, false)");
                for (String doc : List.of("(7, 905, 'RECEIPT', '2026-01-20')", "(7, 903, 'RECEIPT', '2026-01-31')",
                        "(7, 904, 'ISSUE', '2026-01-02')", "(7, 906, 'RECEIPT', '2026-02-01')")) {
                    st.execute("insert into inventory_documents (tenant_id, document_id, kind, doc_date, status, doc_time, created_at)"
                            + " select t, id, k, cast(d as date), 'DRAFT', time '00:00', now() from (values " + doc + ") v (t, id, k, d)");
                }
                st.execute("insert into partners (tenant_id, partner_id, code, name, is_customer, is_supplier, created_at)"
                        + " values (7, 77, 'C', '客户', true, false, now())");
                for (String doc : List.of("(7, 802, 'SALES_DELIVERY', '2026-01-20')", "(7, 801, 'SALES_ORDER', '2026-01-02')",
                        "(7, 800, 'SALES_DELIVERY', '2026-01-31')")) {
                    st.execute("insert into trade_documents (tenant_id, document_id, kind, status, partner_id, warehouse_id,"
                            + " doc_date, currency, exchange_rate, price_entry, order_discount_minor, created_at)"
                            + " select t, id, k, 'DRAFT', 77, 1, cast(d as date), 'CNY', 1, 'TAX_EXCLUSIVE', 0, now()"
                            + " from (values " + doc + ") v (t, id, k, d)");
                }
            }

            assertThat(Database.migrate(ds)).isPositive();

            try (Connection c = ds.getConnection(); Statement st = c.createStatement();
                 ResultSet r = st.executeQuery("select names ->> 'zh-CN', category_id from products where tenant_id = 7")) {
                assertThat(r.next()).isTrue();
                assertThat(r.getString(1)).isEqualTo("旧商品");
                assertThat(r.getObject(2)).isNull();
            }
            // V86 drops the negative reference cost that a SKU could be given before it was refused (the SKU would not
            // load any more) and keeps the others; the column refuses negative values from then on.
            try (Connection c = ds.getConnection(); Statement st = c.createStatement();
                 ResultSet r = st.executeQuery("select string_agg(sku_id || ' ' || coalesce(reference_cost::text, '-'), ', '"
                         + " order by sku_id) from skus where tenant_id = 7")) {
                assertThat(r.next()).isTrue();
                assertThat(r.getString(1)).isEqualTo("71 -, 72 800");
                assertThatThrownBy(() -> st.execute("update skus set reference_cost = -1 where tenant_id = 7 and sku_id = 72"))
                        .hasMessageContaining("skus_reference_cost_not_negative");
            }
            // V18 numbers the documents already there per kind and month, in the order they were created.
            try (Connection c = ds.getConnection(); Statement st = c.createStatement();
                 ResultSet r = st.executeQuery("select string_agg(document_id || ' ' || number, ', ' order by document_id),"
                         + " (select string_agg(kind || ' ' || period || ' ' || last_number, ', ' order by kind, period)"
                         + " from inventory_document_counters where tenant_id = 7) from inventory_documents where tenant_id = 7")) {
                assertThat(r.next()).isTrue();
                assertThat(r.getString(1)).isEqualTo("903 RC-202601-0001, 904 IS-202601-0001, 905 RC-202601-0002, 906 RC-202602-0001");
                assertThat(r.getString(2)).isEqualTo("ISSUE 2026-01-01 1, RECEIPT 2026-01-01 2, RECEIPT 2026-02-01 1");
            }
            // V55 likewise numbers the trade documents already there.
            try (Connection c = ds.getConnection(); Statement st = c.createStatement();
                 ResultSet r = st.executeQuery("select string_agg(document_id || ' ' || number, ', ' order by document_id),"
                         + " (select string_agg(kind || ' ' || last_number, ', ' order by kind)"
                         + " from trade_document_counters where tenant_id = 7) from trade_documents where tenant_id = 7")) {
                assertThat(r.next()).isTrue();
                assertThat(r.getString(1)).isEqualTo("800 XSCK-202601-0001, 801 XSDD-202601-0001, 802 XSCK-202601-0002");
                assertThat(r.getString(2)).isEqualTo("SALES_DELIVERY 2, SALES_ORDER 1");
            }
            assertThat(Database.migrate(ds)).isZero();
        }
    }
}
