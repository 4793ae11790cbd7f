package io.xinling.archfixtures.domainio.domain;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** A "domain" class that talks to a database. */
public final class OpensAJdbcConnection {

    public Connection open() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost/xinling");
    }
}
