package org.govsite.search.render;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;

/**
 * The JSON of {@code GET /search/suggest} (联想词): {@code {"suggestions": [...]}}.
 *
 * @param suggestions completions of what was typed, best first
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record SuggestionsJson(List<String> suggestions) {
  /** Copies the list. */
  public SuggestionsJson {
    suggestions = List.copyOf(suggestions);
  }
}
