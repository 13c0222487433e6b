package org.govsite.interaction.internal.jdbc;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.sql.Connection;
import java.sql.SQLException;
import org.govsite.core.support.Jdbc;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The tables of the JDBC letter store and their migrations. Each migration is a list of
 * statements; the applied version is kept in {@code <prefix>schema_version}. The SQL is the common
 * subset of H2 2.x and PostgreSQL 12+.
 */
@API(status = INTERNAL, since = "0.1")
public final class JdbcSchema {
  private final String letter;
  private final String history;
  private final String version;
  private final String schema;
  private final String prefix;

  /** Creates the schema description for an optional database schema and a table prefix. */
  public JdbcSchema(String schema, String prefix) {
    this.schema = schema;
    this.prefix = prefix;
    String q = schema.isEmpty() ? "" : schema + ".";
    this.letter = q + prefix + "letter";
    this.history = q + prefix + "letter_history";
    this.version = q + prefix + "schema_version";
  }

  /** Returns the qualified name of the letter table. */
  public String letter() {
    return letter;
  }

  /** Returns the qualified name of the history table. */
  public String history() {
    return history;
  }

  /** The migrations, in order; index + 1 is the version each one reaches. */
  private List<List<String>> migrations() {
    return List.of(List.of(
        "CREATE TABLE IF NOT EXISTS " + letter + " ("
            + "id VARCHAR(64) PRIMARY KEY, query_code VARCHAR(64) NOT NULL, mailbox VARCHAR(200) NOT NULL,"
            + " letter_type VARCHAR(20) NOT NULL, subject VARCHAR NOT NULL, body VARCHAR NOT NULL,"
            + " writer_name VARCHAR(200) NOT NULL, writer_phone VARCHAR(50) NOT NULL, writer_email VARCHAR(200) NOT NULL,"
            + " writer_id_number VARCHAR(50) NOT NULL, writer_address VARCHAR(500) NOT NULL, writer_key VARCHAR(260) NOT NULL,"
            + " channel VARCHAR(50) NOT NULL, received TIMESTAMP NOT NULL, letter_state VARCHAR(20) NOT NULL,"
            + " department VARCHAR(200) NOT NULL, handling_mode VARCHAR(20) NOT NULL, writer_wants_privacy BOOLEAN NOT NULL,"
            + " publication VARCHAR(20) NOT NULL, has_public_copy BOOLEAN NOT NULL, public_subject VARCHAR NOT NULL,"
            + " public_body VARCHAR NOT NULL, public_reply VARCHAR NOT NULL, reply VARCHAR NOT NULL, rating VARCHAR(30) NOT NULL,"
            + " duplicates VARCHAR NOT NULL, published_at TIMESTAMP, row_version BIGINT NOT NULL)",
        "CREATE INDEX IF NOT EXISTS " + prefix + "letter_writer ON " + letter + " (writer_key, received)",
        "CREATE INDEX IF NOT EXISTS " + prefix + "letter_published ON " + letter + " (published_at, received)",
        "CREATE TABLE IF NOT EXISTS " + history + " ("
            + "letter_id VARCHAR(64) NOT NULL REFERENCES " + letter + " (id), seq INT NOT NULL,"
            + " action_code VARCHAR(30) NOT NULL, from_state VARCHAR(20) NOT NULL, to_state VARCHAR(20) NOT NULL,"
            + " actor VARCHAR(200) NOT NULL, acted_at TIMESTAMP NOT NULL, reason VARCHAR NOT NULL, detail VARCHAR NOT NULL,"
            + " PRIMARY KEY (letter_id, seq))"));
  }

  /** Creates or upgrades the tables; safe to run on every start. Returns the version reached. */
  public int migrate(Connection c) throws SQLException {
    return Jdbc.migrate(c, schema, version, migrations(), "mailbox tables");
  }
}
