package org.govsite.compliance.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/** The rules of a {@code robots.txt} for one user agent: the longest matching Allow/Disallow wins. */
@API(status = INTERNAL, since = "0.1")
public final class Robots {
  private record Rule(Pattern pattern, int length, boolean allow) {}

  private final List<Rule> rules;

  private Robots(List<Rule> rules) {
    this.rules = rules;
  }

  /** Returns rules that allow everything. */
  public static Robots allowAll() {
    return new Robots(List.of());
  }

  /** Parses a robots.txt for the agent whose product token is in {@code userAgent}; '*' groups otherwise. */
  public static Robots parse(String text, String userAgent) {
    String token = userAgent.split("/")[0].toLowerCase(Locale.ROOT).strip();
    List<Rule> mine = new ArrayList<>();
    List<Rule> star = new ArrayList<>();
    List<String> agents = new ArrayList<>();
    // A group for our agent replaces the '*' group even when it allows everything (an empty Disallow).
    boolean groupForMe = false;
    boolean inRules = false;
    List<Rule> current = new ArrayList<>();
    boolean forMe = false;
    boolean forStar = false;
    for (String raw : text.split("\\R")) {
      String line = raw.replaceAll("#.*", "").strip();
      int colon = line.indexOf(':');
      if (colon < 0) {
        continue;
      }
      String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      String value = line.substring(colon + 1).strip();
      if (key.equals("user-agent")) {
        if (inRules) {
          (forMe ? mine : forStar ? star : new ArrayList<Rule>()).addAll(current);
          current = new ArrayList<>();
          agents.clear();
          forMe = false;
          forStar = false;
          inRules = false;
        }
        agents.add(value.toLowerCase(Locale.ROOT));
        forMe |= !value.isEmpty() && !value.equals("*") && token.contains(value.toLowerCase(Locale.ROOT));
        groupForMe |= forMe;
        forStar |= value.equals("*");
      } else if (key.equals("allow") || key.equals("disallow")) {
        inRules = true;
        if (!value.isEmpty()) {
          current.add(new Rule(toPattern(value), value.length(), key.equals("allow")));
        }
      }
    }
    (forMe ? mine : forStar ? star : new ArrayList<Rule>()).addAll(current);
    return new Robots(List.copyOf(groupForMe ? mine : star));
  }

  /** Returns whether the path (with its query) may be fetched. */
  public boolean allows(String pathAndQuery) {
    Rule best = null;
    for (Rule r : rules) {
      if (r.pattern.matcher(pathAndQuery).lookingAt() && (best == null || r.length > best.length || (r.length == best.length && r.allow))) {
        best = r;
      }
    }
    return best == null || best.allow;
  }

  private static Pattern toPattern(String rule) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < rule.length(); i++) {
      char c = rule.charAt(i);
      if (c == '*') {
        b.append(".*");
      } else if (c == '$' && i == rule.length() - 1) {
        b.append('$');
      } else {
        b.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(b.toString());
  }
}
