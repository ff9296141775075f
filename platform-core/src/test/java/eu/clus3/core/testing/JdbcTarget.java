package eu.clus3.core.testing;

import eu.clus3.core.database.Database;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;

/** Where an empty test database is: its JDBC URL and credentials. */
public record JdbcTarget(String url, String user, String password) {

    /** Opens it the way the platform does: pool, migrations to the newest version, JPA. */
    public Database open() {
        return Database.open(url, user, password);
    }

    /** A plain driver data source, no pool and no migrations: for tests that build a schema by hand. */
    public DataSource plainDataSource() {
        if (url.startsWith("jdbc:h2:")) {
            JdbcDataSource ds = new JdbcDataSource();
            ds.setURL(url);
            ds.setUser(user);
            ds.setPassword(password);
            return ds;
        }
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(url);
        ds.setUser(user);
        ds.setPassword(password);
        return ds;
    }
}
