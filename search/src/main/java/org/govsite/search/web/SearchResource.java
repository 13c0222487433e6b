package org.govsite.search.web;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.govsite.core.InvalidInputException;
import org.govsite.core.support.Checks;
import org.govsite.search.ContentKind;
import org.govsite.search.SearchRequest;
import org.govsite.search.SiteSearch;
import org.govsite.search.render.SearchResultsJson;
import org.govsite.search.render.SuggestionsJson;

/**
 * The JAX-RS resource for site search (站内搜索接口): {@code GET /search?q=…} and
 * {@code GET /search/suggest?q=…}, answering JSON in the shape of {@link SearchResultsJson}. Bad input
 * throws {@link InvalidInputException} naming the parameter, which core's
 * {@link org.govsite.core.web.ErrorMappingFeature} answers with 400 and the one error body. Register
 * {@code GovSiteJsonResolver} too, so that dates are written as yyyy-mm-dd.
 *
 * <p>Register an instance with your JAX-RS application, e.g. {@code new SearchResource(search)}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
@Path("search")
@Produces(MediaType.APPLICATION_JSON)
public final class SearchResource {
  private final SiteSearch search;

  /** Creates the resource over a search. */
  public SearchResource(SiteSearch search) {
    this.search = Checks.notNull(search, "search");
  }

  /** Runs a query with all its options. */
  @GET
  public Response query(@QueryParam("q") @DefaultValue("") String q,
      @QueryParam("kind") List<String> kinds,
      @QueryParam("column") List<String> columns,
      @QueryParam("organ") List<String> organs,
      @QueryParam("topic") List<String> topics,
      @QueryParam("year") List<String> years,
      @QueryParam("sort") @DefaultValue("relevance") String sort,
      @QueryParam("offset") @DefaultValue("0") String offset,
      @QueryParam("limit") @DefaultValue("10") String limit) {
    SearchRequest.Builder b = SearchRequest.builder(q)
        .sort(SearchRequest.Sort.parse(sort, "sort"))
        .offset(integer(offset, "offset"))
        .limit(integer(limit, "limit"));
    kinds.forEach(k -> b.kind(ContentKind.ofCode(k, "kind")));
    columns.forEach(b::column);
    organs.forEach(b::organ);
    topics.forEach(b::topic);
    years.forEach(y -> b.year(integer(y, "year")));
    return Response.ok(SearchResultsJson.of(search.search(b.build()))).build();
  }

  /** Returns suggestions (联想) for what was typed so far. */
  @GET
  @Path("suggest")
  public Response suggest(@QueryParam("q") @DefaultValue("") String q, @QueryParam("limit") @DefaultValue("8") String limit) {
    int max = integer(limit, "limit");
    try {
      return Response.ok(new SuggestionsJson(search.suggest(q, max))).build();
    } catch (InvalidInputException e) {
      // SiteSearch names its own argument (max); a caller of this resource typed limit.
      throw "max".equals(e.field()) ? new InvalidInputException("limit", e.reason(), e) : e;
    }
  }

  private static int integer(String s, String field) {
    try {
      return Integer.parseInt(s.strip());
    } catch (NumberFormatException e) {
      throw new InvalidInputException(field, "应为整数 / must be a whole number: " + s);
    }
  }
}
