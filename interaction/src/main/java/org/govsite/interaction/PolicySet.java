package org.govsite.interaction;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.govsite.core.DataFormatException;
import org.govsite.core.support.Checks;
import org.govsite.core.support.DataFiles;

/**
 * The deadline policies of a site (答复时限规则集): one per mailbox and letter type, with fallbacks.
 *
 * <p>Lookup order: (mailbox, type), then (mailbox, any type), then (any mailbox, type), then the
 * default. Policies can be loaded from JSON (see docs/mailbox.md).
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class PolicySet {
  private static final String ANY = "*";

  private final DeadlinePolicy defaultPolicy;
  private final Map<String, DeadlinePolicy> rules;

  private PolicySet(Builder b) {
    this.defaultPolicy = b.defaultPolicy;
    this.rules = Map.copyOf(b.rules);
  }

  /** Returns the set that applies {@link DeadlinePolicy#standard()} everywhere. */
  public static PolicySet standard() {
    return builder().build();
  }

  /** Returns a builder whose default is {@link DeadlinePolicy#standard()}. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Loads a policy set from a JSON file.
   *
   * @throws DataFormatException naming the file and the field at fault
   */
  public static PolicySet fromFile(Path file) {
    return DataFiles.read(file, PolicySet::fromJson);
  }

  /** Loads a policy set from JSON; {@code source} names it in errors. */
  public static PolicySet fromJson(String source, InputStream json) {
    Checks.notNull(source, "source");
    Checks.notNull(json, "json");
    return PolicyJson.parse(source, json, builder());
  }

  /** Returns the policy for a letter's mailbox and type. */
  public DeadlinePolicy policyFor(String mailbox, LetterType type) {
    return find(mailbox, type.code()).or(() -> find(mailbox, ANY)).or(() -> find(ANY, type.code())).orElse(defaultPolicy);
  }

  /** Returns the default policy. */
  public DeadlinePolicy defaultPolicy() {
    return defaultPolicy;
  }

  private Optional<DeadlinePolicy> find(String mailbox, String type) {
    return Optional.ofNullable(rules.get(mailbox + "\u0000" + type));
  }

  /** Builds a policy set. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static final class Builder {
    private DeadlinePolicy defaultPolicy = DeadlinePolicy.standard();
    private final Map<String, DeadlinePolicy> rules = new LinkedHashMap<>();

    private Builder() {}

    /** Sets the policy used when no rule matches. */
    public Builder defaultPolicy(DeadlinePolicy policy) {
      this.defaultPolicy = Checks.notNull(policy, "defaultPolicy");
      return this;
    }

    /** Sets the policy for every letter type of a mailbox. */
    public Builder forMailbox(String mailbox, DeadlinePolicy policy) {
      return put(mailbox, ANY, policy);
    }

    /** Sets the policy for a letter type in every mailbox. */
    public Builder forType(LetterType type, DeadlinePolicy policy) {
      return put(ANY, Checks.notNull(type, "type").code(), policy);
    }

    /** Sets the policy for a letter type in a mailbox. */
    public Builder forMailboxAndType(String mailbox, LetterType type, DeadlinePolicy policy) {
      return put(mailbox, Checks.notNull(type, "type").code(), policy);
    }

    private Builder put(String mailbox, String type, DeadlinePolicy policy) {
      Checks.notNull(mailbox, "mailbox");
      Checks.argument(!mailbox.isBlank(), "mailbox", "信箱不能为空", "the mailbox must not be blank");
      rules.put(mailbox.strip() + "\u0000" + type, Checks.notNull(policy, "policy"));
      return this;
    }

    /** Builds the set. */
    public PolicySet build() {
      return new PolicySet(this);
    }
  }
}
