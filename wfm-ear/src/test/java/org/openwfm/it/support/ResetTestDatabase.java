package org.openwfm.it.support;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Drops and re-creates the integration tests' MariaDB/MySQL database, so every run starts from an empty
 * schema that Flyway migrates. Run by Maven before the test server starts. Arguments: JDBC URL, user, password.
 */
public final class ResetTestDatabase {

  private ResetTestDatabase() {}

  public static void main(String[] args) throws SQLException {
    String url = args[0];
    String user = args[1];
    String password = args.length > 2 ? args[2] : "";
    String database = databaseName(url);
    if (!database.matches("[A-Za-z0-9_]+_it")) {
      throw new IllegalArgumentException(
          "Refusing to drop database '" + database + "': test databases must be named *_it.");
    }
    URI uri = URI.create(url.substring("jdbc:".length()));
    String serverUrl = "jdbc:mysql://" + uri.getRawAuthority() + "/" + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    try (Connection connection = DriverManager.getConnection(serverUrl, user, password);
        Statement statement = connection.createStatement()) {
      statement.executeUpdate("DROP DATABASE IF EXISTS " + database);
      statement.executeUpdate("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    }
    System.out.println("Test database " + database + " is empty.");
  }

  static String databaseName(String jdbcUrl) {
    URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
    return uri.getPath().substring(1);
  }
}
