package io.xinling.persistence.accounting;

import com.zaxxer.hikari.HikariDataSource;
import io.xinling.persistence.common.Database;
import io.xinling.persistence.testing.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V99 gives books opened before the 利润表's detail accounts those details where no voucher becomes invalid: below
 * 5601 / 5602 always, below 5301 / 5403 / 5711 only while nothing was booked to them (lines, or a pending voucher).
 */
class IncomeStatementDetailsMigrationTest {

    private static final String OLD_CHART = "('5301', '营业外收入', 'PROFIT_AND_LOSS', 'CREDIT', '{}'),"
            + " ('5403', '税金及附加', 'PROFIT_AND_LOSS', 'DEBIT', '{}'), ('5711', '营业外支出', 'PROFIT_AND_LOSS', 'DEBIT', '{}'),"
            + " ('5601', '销售费用', 'PROFIT_AND_LOSS', 'DEBIT', '{department}'),"
            + " ('560101', '工资', 'PROFIT_AND_LOSS', 'DEBIT', '{department}'),"
            + " ('5602', '管理费用', 'PROFIT_AND_LOSS', 'DEBIT', '{department}'),"
            + " ('560201', '工资', 'PROFIT_AND_LOSS', 'DEBIT', '{department}'), ('1002', '银行存款', 'ASSET', 'DEBIT', '{}')";

    @TempDir
    Path dir;

    /** Every migration before V99, the release these books were opened with. */
    private static Path before(Path dir) throws Exception {
        Path all = Path.of(IncomeStatementDetailsMigrationTest.class.getResource("/db/migration").toURI());
        try (Stream<Path> files = Files.list(all)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (name.startsWith("V") && Integer.parseInt(name.substring(1, name.indexOf("__"))) < 99) {
                    Files.copy(file, dir.resolve(name));
                }
            }
        }
        return dir;
    }

    @Test
    void details_come_below_accounts_nothing_was_booked_to_and_never_turn_a_booked_leaf_into_a_parent() throws Exception {
        try (HikariDataSource ds = new HikariDataSource()) {
            ds.setJdbcUrl(TestDatabase.newDatabaseUrl("details"));
            ds.setUsername("postgres");
            ds.setPassword("postgres");
            Flyway.configure().dataSource(ds).locations("filesystem:" + before(dir)).load().migrate();
            try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
                for (long tenant : new long[] {7, 8}) {
                    st.execute("insert into tenants (tenant_id, name, created_at) values (" + tenant + ", 't" + tenant + "', now())");
                    st.execute("insert into users (tenant_id, user_id, name, created_at) values (" + tenant + ", 1, 'u', now())");
                    st.execute("insert into accounting_books (tenant_id, created_at) values (" + tenant + ", now())");
                    st.execute("insert into accounts (tenant_id, code, name, account_type, direction, required_dimensions)"
                            + " select " + tenant + ", c, n, t, d, cast(r as text[]) from (values " + OLD_CHART + ") v (c, n, t, d, r)");
                }
                // tenant 8 booked 5403 (a draft is enough) and has a pending generated voucher on 5711
                st.execute("insert into vouchers (tenant_id, voucher_id, period, word, number, voucher_date, attachments, status,"
                        + " origin, preparer_id) values (8, 1, '2026-01-01', '记', 1, '2026-01-05', 0, 'DRAFT', 'MANUAL', 1)");
                st.execute("insert into voucher_lines (tenant_id, voucher_id, line_no, voucher_date, account_code, dim_key, dims,"
                        + " summary, debit_minor, credit_minor) values (8, 1, 1, '2026-01-05', '5403', '', '{}', 's', 100, 0),"
                        + " (8, 1, 2, '2026-01-05', '1002', '', '{}', 's', 0, 100)");
                st.execute("insert into voucher_generation_pending (tenant_id, generation_key, source_type, source_id,"
                        + " source_version, template_id, template_version, cost_version, content_hash, voucher_date, word,"
                        + " attachments, lines) values (8, 'k', 'inventory-document', '1', 1, 'inventory.issue.other', 1, 0, 'h',"
                        + " '2026-01-05', '记', 1, E'C\\t1405\\t\\t100\\ts\\nD\\t5711\\t\\t100\\ts\\n')");
            }

            assertThat(Database.migrate(ds)).isPositive();

            assertThat(codes(ds, 7)).contains("530101", "530199", "540301", "540303", "540310", "540311", "540399",
                    "560108", "560109", "560208", "560209", "571101", "571105", "571199");
            assertThat(codes(ds, 8)).contains("530101", "530199", "560108", "560109", "560208", "560209")
                    .noneMatch(code -> code.startsWith("5403") && code.length() > 4)
                    .noneMatch(code -> code.startsWith("5711") && code.length() > 4);
            try (Connection c = ds.getConnection(); Statement st = c.createStatement();
                 ResultSet r = st.executeQuery("select name || ' ' || direction || ' ' || array_to_string(required_dimensions, ',')"
                         + " from accounts where tenant_id = 7 and code in ('530101', '560209') order by code")) {
                assertThat(r.next()).isTrue();
                assertThat(r.getString(1)).isEqualTo("政府补助 CREDIT ");
                assertThat(r.next()).isTrue();
                assertThat(r.getString(1)).isEqualTo("研究费用 DEBIT department");
            }
        }
    }

    private static List<String> codes(HikariDataSource ds, long tenant) throws Exception {
        List<String> codes = new ArrayList<>();
        try (Connection c = ds.getConnection(); Statement st = c.createStatement();
             ResultSet r = st.executeQuery("select code from accounts where tenant_id = " + tenant + " order by code")) {
            while (r.next()) {
                codes.add(r.getString(1));
            }
        }
        return codes;
    }
}
