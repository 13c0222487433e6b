package org.govsite.search.opensearch;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.govsite.core.InvalidInputException;
import org.govsite.core.support.Checks;

/**
 * The version of an OpenSearch node (OpenSearch 版本), as its root endpoint reports it.
 *
 * @param distribution {@code opensearch}, or what an Elasticsearch node reports (an empty string)
 * @param major the major version, e.g. 2
 * @param minor the minor version, e.g. 19
 * @param patch the patch version, e.g. 1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record OpenSearchVersion(String distribution, int major, int minor, int patch) implements Comparable<OpenSearchVersion> {
  /**
   * The oldest node GovSite supports: OpenSearch 2.0. The opensearch-java 3.x client speaks to
   * 2.x and 3.x nodes; 1.x and Elasticsearch forks answer some requests differently.
   */
  public static final OpenSearchVersion MINIMUM = new OpenSearchVersion("opensearch", 2, 0, 0);

  private static final Pattern NUMBER = Pattern.compile("(\\d+)\\.(\\d+)\\.(\\d+).*");

  /** Rejects nulls and negative numbers. */
  public OpenSearchVersion {
    Checks.notNull(distribution, "distribution");
    if (major < 0 || minor < 0 || patch < 0) {
      throw new IllegalArgumentException("version numbers must not be negative: " + major + "." + minor + "." + patch);
    }
  }

  /**
   * Parses a version number such as {@code 2.19.1} or {@code 3.0.0-beta1}.
   *
   * @throws InvalidInputException when it is not a version number
   */
  public static OpenSearchVersion parse(String distribution, String number) {
    Checks.notNull(number, "number");
    Matcher m = NUMBER.matcher(number.trim());
    if (!m.matches()) {
      throw new InvalidInputException("version", "无法识别的 OpenSearch 版本号 / not an OpenSearch version number: " + number);
    }
    return new OpenSearchVersion(distribution, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
        Integer.parseInt(m.group(3)));
  }

  /** Returns whether GovSite supports this node: OpenSearch, {@link #MINIMUM} or newer. */
  public boolean isSupported() {
    return "opensearch".equals(distribution) && compareTo(MINIMUM) >= 0;
  }

  @Override
  public int compareTo(OpenSearchVersion other) {
    int c = Integer.compare(major, other.major);
    if (c == 0) {
      c = Integer.compare(minor, other.minor);
    }
    return c != 0 ? c : Integer.compare(patch, other.patch);
  }

  @Override
  public String toString() {
    return (distribution.isEmpty() ? "elasticsearch?" : distribution) + " " + major + "." + minor + "." + patch;
  }
}
