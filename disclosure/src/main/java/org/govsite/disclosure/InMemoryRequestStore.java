package org.govsite.disclosure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.govsite.core.ConflictException;
import org.govsite.core.NotFoundException;
import org.govsite.core.support.Checks;

/** The in-memory {@link RequestStore}; one lock, since requests arrive by the dozen, not the thousand. */
final class InMemoryRequestStore implements RequestStore {
  private final Map<String, DisclosureRequest> requests = new LinkedHashMap<>();
  private final Map<Integer, Integer> serials = new LinkedHashMap<>();

  @Override
  public synchronized String nextId(LocalDate received) {
    Checks.notNull(received, "received");
    String id;
    do {
      int n = serials.merge(received.getYear(), 1, Integer::sum);
      id = String.format("YSQ-%d-%06d", received.getYear(), n);
    } while (requests.containsKey(id));
    return id;
  }

  @Override
  public synchronized DisclosureRequest add(DisclosureRequest request) {
    Checks.notNull(request, "request");
    if (requests.containsKey(request.id())) {
      throw new ConflictException(DisclosureErrorCode.REQUEST_EXISTS, "申请编号已存在 / a request with id " + request.id() + " exists");
    }
    requests.put(request.id(), request);
    return request;
  }

  @Override
  public synchronized Optional<DisclosureRequest> find(String id) {
    return Optional.ofNullable(requests.get(id));
  }

  @Override
  public synchronized DisclosureRequest append(String id, RequestEvent event) {
    DisclosureRequest r = requests.get(id);
    if (r == null) {
      throw new NotFoundException(DisclosureErrorCode.REQUEST_NOT_FOUND, "没有该申请 / no request with id " + id);
    }
    DisclosureRequest updated = r.with(event);
    requests.put(id, updated);
    return updated;
  }

  @Override
  public synchronized List<DisclosureRequest> all() {
    return new ArrayList<>(requests.values());
  }
}
