package io.remoteassist.devstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real PostgreSQL server from the binaries packaged in a Maven jar, on loopback.
 * With a data directory it keeps its data between runs; without one it is thrown away on close.
 */
public final class LocalPostgres implements AutoCloseable {

    /** The database the system uses. */
    public static final String DATABASE = "remoteassist";

    private final EmbeddedPostgres postgres;

    private LocalPostgres(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * Starts PostgreSQL.
     *
     * @param dataDirectory where the cluster lives, kept on close; {@code null} for a throw-away one
     * @param port the port, or 0 for any free one
     */
    public static LocalPostgres start(Path dataDirectory, int port) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
        if (dataDirectory != null) {
            Files.createDirectories(dataDirectory);
            builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
        }
        if (port > 0) {
            builder.setPort(port);
        }
        LocalPostgres local = new LocalPostgres(builder.start());
        local.createDatabaseIfAbsent();
        return local;
    }

    private void createDatabaseIfAbsent() throws IOException {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            s.execute("create database " + DATABASE);
        } catch (SQLException e) {
            throw new IOException("cannot create database " + DATABASE + ": " + e.getMessage(), e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    /** JDBC URL of the system's database. */
    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + DATABASE;
    }

    /** Vert.x reactive client URL of the system's database. */
    public String reactiveUrl() {
        return "postgresql://127.0.0.1:" + port() + "/" + DATABASE;
    }

    public String user() {
        return "postgres";
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
