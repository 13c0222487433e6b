package org.govsite.interaction;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectReader;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import org.govsite.core.json.GovSiteJson;

/** Maps letters and history entries to and from table rows. */
final class LetterRows {
  private static final ObjectReader DUPLICATES = GovSiteJson.reader().forType(new TypeReference<List<DuplicateFlag>>() {});

  /** The letter columns, in the order {@link #bindLetter} binds them (id last, for UPDATE … WHERE id). */
  public static final List<String> COLUMNS = List.of("query_code", "mailbox", "letter_type", "subject", "body",
      "writer_name", "writer_phone", "writer_email", "writer_id_number", "writer_address", "writer_key", "channel",
      "received", "letter_state", "department", "handling_mode", "writer_wants_privacy", "publication", "has_public_copy",
      "public_subject", "public_body", "public_reply", "reply", "rating", "duplicates", "published_at", "row_version");

  /** The history columns, in bind order. */
  public static final List<String> HISTORY_COLUMNS = List.of("letter_id", "seq", "action_code", "from_state", "to_state",
      "actor", "acted_at", "reason", "detail");

  private LetterRows() {}

  /** Binds every column of {@link #COLUMNS} from parameter 1, then the id; returns the next index. */
  public static int bindLetter(PreparedStatement ps, Letter l) throws SQLException {
    int i = 1;
    ps.setString(i++, l.queryCode());
    ps.setString(i++, l.mailbox());
    ps.setString(i++, l.type().code());
    ps.setString(i++, l.subject());
    ps.setString(i++, l.body());
    WriterContact c = l.contact();
    ps.setString(i++, c.name());
    ps.setString(i++, c.phone());
    ps.setString(i++, c.email());
    ps.setString(i++, c.idNumber());
    ps.setString(i++, c.address());
    ps.setString(i++, c.writerKey());
    ps.setString(i++, l.channel());
    ps.setObject(i++, l.received());
    ps.setString(i++, l.state().code());
    ps.setString(i++, l.department());
    ps.setString(i++, l.mode().code());
    ps.setBoolean(i++, l.writerWantsPrivacy());
    ps.setString(i++, l.publication().code());
    ps.setBoolean(i++, l.publicCopy().isPresent());
    ps.setString(i++, l.publicCopy().map(PublicCopy::subject).orElse(""));
    ps.setString(i++, l.publicCopy().map(PublicCopy::body).orElse(""));
    ps.setString(i++, l.publicCopy().map(PublicCopy::reply).orElse(""));
    ps.setString(i++, l.reply());
    ps.setString(i++, l.rating().map(Rating::code).orElse(""));
    ps.setString(i++, json(l.duplicates()));
    // Only a letter the public may see now has a publication time: a later decision to withhold
    // takes it off the public list and out of the count, as in the in-memory store.
    LocalDateTime published = !l.visibleToPublic() ? null : l.history().stream()
        .filter(e -> e.action() == LetterAction.PUBLISH).map(HistoryEntry::at).findFirst().orElse(null);
    ps.setObject(i++, published);
    ps.setLong(i++, l.version());
    ps.setString(i++, l.id());
    return i;
  }

  /** Binds one history entry. */
  public static void bindHistory(PreparedStatement ps, String letterId, HistoryEntry e) throws SQLException {
    ps.setString(1, letterId);
    ps.setInt(2, e.seq());
    ps.setString(3, e.action().code());
    ps.setString(4, e.from().code());
    ps.setString(5, e.to().code());
    ps.setString(6, e.actor());
    ps.setObject(7, e.at());
    ps.setString(8, e.reason());
    ps.setString(9, e.detail());
  }

  /** Reads a letter row (without history) into a builder. */
  public static Letter.Builder readLetter(ResultSet rs) throws SQLException {
    Letter.Builder b = Letter.builder()
        .id(rs.getString("id"))
        .queryCode(rs.getString("query_code"))
        .mailbox(rs.getString("mailbox"))
        .type(LetterType.parse(rs.getString("letter_type"), "letter_type"))
        .subject(rs.getString("subject"))
        .body(rs.getString("body"))
        .contact(new WriterContact(rs.getString("writer_name"), rs.getString("writer_phone"), rs.getString("writer_email"),
            rs.getString("writer_id_number"), rs.getString("writer_address")))
        .channel(rs.getString("channel"))
        .received(rs.getObject("received", LocalDateTime.class))
        .state(LetterState.parse(rs.getString("letter_state"), "letter_state"))
        .department(rs.getString("department"))
        .mode(HandlingMode.parse(rs.getString("handling_mode"), "handling_mode"))
        .writerWantsPrivacy(rs.getBoolean("writer_wants_privacy"))
        .publication(PublicationDecision.parse(rs.getString("publication"), "publication"))
        .reply(rs.getString("reply"))
        .duplicates(duplicates(rs.getString("duplicates")))
        .version(rs.getLong("row_version"));
    if (rs.getBoolean("has_public_copy")) {
      b.publicCopy(new PublicCopy(rs.getString("public_subject"), rs.getString("public_body"), rs.getString("public_reply")));
    }
    String rating = rs.getString("rating");
    if (!rating.isEmpty()) {
      b.rating(Rating.parse(rating, "rating"));
    }
    return b;
  }

  /** Reads a history row. */
  public static HistoryEntry readHistory(ResultSet rs) throws SQLException {
    return new HistoryEntry(rs.getInt("seq"), LetterAction.parse(rs.getString("action_code"), "action_code"),
        LetterState.parse(rs.getString("from_state"), "from_state"),
        LetterState.parse(rs.getString("to_state"), "to_state"), rs.getString("actor"),
        rs.getObject("acted_at", LocalDateTime.class), rs.getString("reason"), rs.getString("detail"));
  }

  private static String json(List<DuplicateFlag> flags) {
    try {
      return GovSiteJson.writer().writeValueAsString(flags);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<DuplicateFlag> duplicates(String json) {
    try {
      return DUPLICATES.readValue(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("corrupt duplicates column: " + e.getOriginalMessage(), e);
    }
  }
}
