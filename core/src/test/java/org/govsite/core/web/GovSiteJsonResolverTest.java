package org.govsite.core.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.glassfish.jersey.internal.MapPropertiesDelegate;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.ContainerResponse;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.Test;

/**
 * A host's plain JAX-RS setup (Jersey with its Jackson provider, nothing configured by hand):
 * with the resolver registered, records holding {@code LocalDate} and {@code Optional} are
 * written as the guides show; without it, Jersey's own mapper writes dates as number arrays.
 */
class GovSiteJsonResolverTest {
  /** A value as GovSite's records hold them. */
  public record Deadline(String id, LocalDate due, Optional<LocalDate> answered, Optional<String> note, List<LocalDate> crossed) {}

  /** A host's resource. */
  @Path("deadlines")
  @Produces(MediaType.APPLICATION_JSON)
  public static final class DeadlineResource {
    /** Returns two deadlines. */
    @GET
    public List<Deadline> all() {
      return List.of(
          new Deadline("R1", LocalDate.of(2025, 10, 28), Optional.of(LocalDate.of(2025, 10, 20)), Optional.of("按期"),
              List.of(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 8))),
          new Deadline("R2", LocalDate.of(2025, 11, 12), Optional.empty(), Optional.empty(), List.of()));
    }
  }

  private record Answer(int status, String body) {}

  private static Answer get(ResourceConfig config, String path) throws Exception {
    ApplicationHandler app = new ApplicationHandler(config);
    ContainerRequest request = new ContainerRequest(URI.create("http://localhost/"), URI.create("http://localhost/" + path), "GET",
        null, new MapPropertiesDelegate(), app.getConfiguration());
    request.header("Accept", MediaType.APPLICATION_JSON);
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    ContainerResponse response = app.apply(request, body).get(30, TimeUnit.SECONDS);
    return new Answer(response.getStatus(), body.toString(StandardCharsets.UTF_8));
  }

  @Test
  void recordsWithDatesAndOptionalsAreWrittenAsTheGuidesShow() throws Exception {
    ResourceConfig api = new ResourceConfig()
        .register(DeadlineResource.class)   // the host's resources, and GovSite's: new MailboxResource(mailbox), …
        .register(JacksonFeature.class)
        .register(GovSiteJsonResolver.class);
    Answer a = get(api, "deadlines");
    assertEquals(200, a.status());
    assertEquals("[{\"id\":\"R1\",\"due\":\"2025-10-28\",\"answered\":\"2025-10-20\",\"note\":\"按期\","
        + "\"crossed\":[\"2025-10-01\",\"2025-10-08\"]},"
        + "{\"id\":\"R2\",\"due\":\"2025-11-12\",\"answered\":null,\"note\":null,\"crossed\":[]}]", a.body());
  }

  @Test
  void anInstanceWorksAsWellAsTheClass() throws Exception {
    Answer a = get(new ResourceConfig().register(DeadlineResource.class).register(JacksonFeature.class)
        .register(new GovSiteJsonResolver()), "deadlines");
    assertEquals(200, a.status());
    assertTrue(a.body().startsWith("[{\"id\":\"R1\",\"due\":\"2025-10-28\""), a.body());
  }

  @Test
  void withoutTheResolverDatesComeOutAsNumberArrays() throws Exception {
    Answer a = get(new ResourceConfig().register(DeadlineResource.class).register(JacksonFeature.class), "deadlines");
    assertEquals(200, a.status());
    assertTrue(a.body().startsWith("[{\"id\":\"R1\",\"due\":[2025,10,28]"), "what a host got in 0.1: " + a.body());
  }

}
