package org.govsite.disclosure;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

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

  /** Returns the request with this id. */
  Optional<DisclosureRequest> find(String id);

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
