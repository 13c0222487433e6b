package org.govsite.testing;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.net.URI;
import java.util.Optional;
import java.util.function.Function;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A JUnit 5 extension that hands tests a real OpenSearch node (测试用 OpenSearch 节点): one node per
 * test run, shared by every test class in the JVM, stopped when the run ends.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final OpenSearchExtension opensearch = OpenSearchExtension.node();
 *
 * @Test
 * void indexes(URI url) { ... }        // or opensearch.url()
 * }</pre>
 *
 * <p>Where the node comes from, in this order:
 * <ol>
 *   <li>the environment variable {@code GOVSITE_TEST_OPENSEARCH_URL} (or the system property
 *       {@code govsite.test.opensearch.url}): a node that is already running, e.g. one started with
 *       the command in docs/search-opensearch.md; it is used as it is and never stopped (it must
 *       report yellow health within {@code govsite.test.opensearch.waitSeconds}, default 30);
 *   <li>otherwise the system property {@code govsite.test.opensearch.classpath}: the class path of
 *       {@code govsite-opensearch-node} (its classes and {@code target/lib/*}), from which the extension
 *       starts {@code org.govsite.opensearch.node.OpenSearchNode} in a JVM of its own (heap
 *       {@code govsite.test.opensearch.heap}, default {@code 1g}) on a fresh temporary directory.
 * </ol>
 *
 * <p>When neither is set, or the node does not answer or start in time ({@code
 * govsite.test.opensearch.startSeconds}, default 240), the test <em>fails</em> with a message that
 * says what to set or shows the end of the node's log: it is never skipped. The started node reads
 * its standard input and stops when it closes, so it dies with the test JVM even when that JVM is
 * killed.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class OpenSearchExtension implements BeforeAllCallback, BeforeEachCallback, ParameterResolver {
  /** The environment variable naming a running node to reuse. */
  public static final String URL_VARIABLE = "GOVSITE_TEST_OPENSEARCH_URL";
  /** The system property naming a running node to reuse (wins over nothing, loses to the variable). */
  public static final String URL_PROPERTY = "govsite.test.opensearch.url";
  /** The system property with the class path of {@code govsite-opensearch-node}. */
  public static final String CLASSPATH_PROPERTY = "govsite.test.opensearch.classpath";

  private static final Namespace NAMESPACE = Namespace.create(OpenSearchExtension.class);
  private static final String KEY = "node";

  private final Function<String, @Nullable String> environment;
  private final Function<String, @Nullable String> properties;
  private volatile Optional<URI> url = Optional.empty();

  private OpenSearchExtension(Function<String, @Nullable String> environment, Function<String, @Nullable String> properties) {
    this.environment = environment;
    this.properties = properties;
  }

  /** Returns an extension that hands out the run's one OpenSearch node (see the class comment). */
  public static OpenSearchExtension node() {
    return new OpenSearchExtension(System::getenv, System::getProperty);
  }

  /** Package-private for the kit's own tests: the node from a given environment and properties. */
  static OpenSearchExtension node(Function<String, @Nullable String> environment, Function<String, @Nullable String> properties) {
    return new OpenSearchExtension(environment, properties);
  }

  /**
   * Returns the node's HTTP address, e.g. {@code http://127.0.0.1:9201}.
   *
   * @throws IllegalStateException before the extension has run (outside a test or lifecycle method)
   */
  public URI url() {
    return url.orElseThrow(() -> new IllegalStateException("no OpenSearch node yet: register the extension with"
        + " @RegisterExtension and ask for the URL inside a test or a @BeforeEach/@BeforeAll method"));
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    open(context);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    open(context);
  }

  /**
   * Finds or starts the node once per JUnit run: the root context's store keeps it for every test
   * class of the JVM and closes it (stopping a node the extension started) when the run ends.
   */
  private void open(ExtensionContext context) {
    if (url.isPresent()) {
      return;
    }
    OpenSearchProcess node = context.getRoot().getStore(NAMESPACE)
        .getOrComputeIfAbsent(KEY, key -> OpenSearchProcess.obtain(environment, properties), OpenSearchProcess.class);
    url = Optional.of(node.url());
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == URI.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    open(context);
    return url();
  }
}
