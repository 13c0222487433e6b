package org.govsite.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.servlet.ServletContainer;
import org.govsite.core.web.ErrorMappingFeature;
import org.govsite.interaction.Mailbox;
import org.govsite.interaction.MailboxResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A host that registers Jersey's plain {@code JacksonFeature}, whose own mappers answer malformed
 * JSON in plain text naming Java types, still gets the one error body: the feature's mappers for
 * the same exception types outrank them.
 */
class ErrorMappingFeatureTest {
  private Server jetty;

  @AfterEach
  void stop() throws Exception {
    jetty.stop();
  }

  private int start(ResourceConfig api) throws Exception {
    jetty = new Server();
    ServerConnector connector = new ServerConnector(jetty);
    connector.setPort(0);
    jetty.addConnector(connector);
    ServletContextHandler context = new ServletContextHandler();
    context.addServlet(new ServletHolder(new ServletContainer(api)), "/*");
    jetty.setHandler(context);
    jetty.start();
    return connector.getLocalPort();
  }

  @Test
  void theFeatureOutranksJacksonsOwnMappers() throws Exception {
    int port = start(new ResourceConfig().register(new MailboxResource(Mailbox.builder().build()))
        .register(JacksonFeature.class).register(new ErrorMappingFeature()));
    HttpClient client = HttpClient.newHttpClient();
    for (String json : new String[] {"{\"subject\": ", "{\"subject\": {\"a\": 1}}"}) {
      HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/mailbox/letters"))
          .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      assertEquals(400, r.statusCode(), r.body());
      assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), r.body());
      JsonNode body = new ObjectMapper().readTree(r.body());
      assertEquals("INVALID_INPUT", body.path("code").asText(), r.body());
      assertFalse(r.body().contains("org.govsite") || r.body().contains("com.fasterxml") || r.body().contains("Exception"), r.body());
    }
  }
}
