package org.govsite.search.render;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;
import org.govsite.core.support.Checks;

/**
 * The JSON of {@code GET /search/suggest} (联想词): {@code {"suggestions": [...]}}.
 *
 * @param suggestions completions of what was typed, best first
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record SuggestionsJson(List<String> suggestions) {
  /** Rejects a null list, naming it, and copies it. */
  public SuggestionsJson {
    suggestions = List.copyOf(Checks.notNull(suggestions, "suggestions"));
  }
}
