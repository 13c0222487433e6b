package org.govsite.disclosure;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.govsite.core.identifiers.QueryCodes;
import org.govsite.core.support.Checks;

/**
 * Where requests are kept (申请登记簿): a seam for in-memory, JDBC or a vendor's own storage.
 *
 * <p>Implementations are safe for concurrent use.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public interface RequestStore {
  /** Returns a store in memory, numbering requests {@code YSQ-<year>-000001} onwards. */
  static RequestStore inMemory() {
    return new InMemoryRequestStore();
  }

  /**
   * Returns a store in a database (H2 or PostgreSQL) behind a data source, its tables created or
   * migrated now; see {@link JdbcRequestStore} for the schema, table prefix and other settings.
   */
  static RequestStore jdbc(javax.sql.DataSource dataSource) {
    return JdbcRequestStore.builder().dataSource(dataSource).build();
  }

  /**
   * Returns a fresh id for a request received on a day, {@code YSQ-<year>-000001} onwards: never
   * one taken or handed out before by this store (a durable store: by any store on its data, across
   * restarts).
   */
  String nextId(LocalDate received);

  /**
   * Adds a request.
   *
   * @throws org.govsite.core.ConflictException with code {@link DisclosureErrorCode#REQUEST_EXISTS} when the id is taken
   */
  DisclosureRequest add(DisclosureRequest request);

  /** Returns the request with this id (for staff: the public lookup is {@link #find(String, String)}). */
  Optional<DisclosureRequest> find(String id);

  /**
   * Registers a request received on a day (登记): a fresh id ({@link #nextId}) and a fresh query code
   * ({@link QueryCodes#next()}), stored at once. The code is the applicant's: show it once on the
   * receipt.
   */
  default DisclosureRequest register(ApplicantType applicant, Channel channel, LocalDate received, String content) {
    return add(DisclosureRequest.received(nextId(received), applicant, channel, received, content)
        .withQueryCode(QueryCodes.next()));
  }

  /**
   * Returns the request with this id when the query code matches (the applicant's own lookup);
   * empty both when there is no such request and when the code is wrong or missing, so a lookup
   * never tells whether an id exists. Request numbers are sequential official serials: the code,
   * not the id, keeps one applicant's request from others.
   */
  default Optional<DisclosureRequest> find(String id, String queryCode) {
    Checks.notNull(queryCode, "queryCode");
    return find(Checks.notNull(id, "id")).filter(r -> r.queryCodeMatches(queryCode));
  }

  /**
   * Appends an event to a request's history and returns the updated request.
   *
   * @throws org.govsite.core.NotFoundException with code {@link DisclosureErrorCode#REQUEST_NOT_FOUND} when there is no such request
   * @throws org.govsite.core.InvalidInputException when the event does not fit the history
   */
  DisclosureRequest append(String id, RequestEvent event);

  /** Returns every request, in the order they were added. */
  List<DisclosureRequest> all();
}
