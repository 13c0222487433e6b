package org.govsite.core.json;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.apiguardian.api.API;

/**
 * The one JSON configuration of GovSite (统一的 JSON 约定): Jackson with the Java time module and
 * the JDK 8 types module, dates and times as ISO-8601 strings ({@code "2025-10-14"}, durations as
 * {@code "PT15S"}), never numeric timestamps, and {@code Optional} as its value or {@code null}.
 * Every JSON GovSite writes or reads goes through it, and hosts get the same configuration:
 *
 * <ul>
 *   <li>{@link #mapper()}: a ready mapper, shared; hand it to Jersey (or register
 *       {@code org.govsite.core.web.GovSiteJsonResolver}) or any other framework;
 *   <li>{@link #builder()}: a fresh builder with the same settings, for a host that adds its own
 *       modules or features without changing anyone else's mapper.
 * </ul>
 *
 * <p>GovSite's own renderers and file readers use {@link #writer()}, {@link #prettyWriter()} and
 * {@link #reader()}: immutable, from a mapper no caller can reach, so that no host setting on
 * {@link #mapper()} can change a documented output. Reading keeps Jackson's strict defaults: an
 * unknown property fails rather than being dropped.
 *
 * <p>The shapes themselves are records: a record whose documented JSON is its own components
 * carries Jackson annotations (e.g. {@code Finding}); a shape that differs from the data it comes
 * from has its own record in a {@code …render} package.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class GovSiteJson {
  /** What GovSite itself writes and reads with; never handed out, so nobody can reconfigure it. */
  private static final JsonMapper OWN = builder().build();
  private static final JsonMapper SHARED = builder().build();
  private static final ObjectWriter WRITER = OWN.writer();
  private static final ObjectWriter PRETTY = OWN.writerWithDefaultPrettyPrinter();
  private static final ObjectReader READER = OWN.reader();

  private GovSiteJson() {}

  /**
   * Returns a new builder with GovSite's settings (Java time and JDK 8 modules, ISO-8601 dates
   * and durations), for a host to add to and build its own mapper.
   */
  public static JsonMapper.Builder builder() {
    return JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .addModule(new Jdk8Module())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS);
  }

  /**
   * Returns the shared, ready mapper. Use it as it is: Jackson mappers can be reconfigured, and a
   * change would reach every other user of it; to change settings, start from {@link #builder()}.
   */
  public static JsonMapper mapper() {
    return SHARED;
  }

  /** Returns an immutable writer of compact JSON with GovSite's settings. */
  public static ObjectWriter writer() {
    return WRITER;
  }

  /** Returns an immutable writer of indented JSON (two spaces, {@code "name" : value}), as the CLI prints. */
  public static ObjectWriter prettyWriter() {
    return PRETTY;
  }

  /** Returns an immutable reader with GovSite's settings. */
  public static ObjectReader reader() {
    return READER;
  }

  /**
   * Returns a value as compact JSON. For GovSite's own records, whose serialization cannot fail,
   * so a failure is a bug and is thrown as {@link IllegalStateException}.
   */
  public static String write(Object value) {
    return write(WRITER, value);
  }

  /** Returns a value as indented JSON; a failure is thrown as {@link IllegalStateException}, as by {@link #write}. */
  public static String writePretty(Object value) {
    return write(PRETTY, value);
  }

  private static String write(ObjectWriter w, Object value) {
    try {
      return w.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + (value == null ? "null" : value.getClass().getName()) + " as JSON: "
          + e.getOriginalMessage(), e);
    }
  }
}
