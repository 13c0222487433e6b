package org.govsite.examples;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.zaxxer.hikari.HikariDataSource;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;
import org.govsite.core.InvalidInputException;
import org.govsite.core.support.Checks;

/**
 * The portal's staff accounts from outside a running portal (工作人员账号管理), for {@code govsite
 * staff}: opens the data directory (taking its lock, so a running portal is named and refused),
 * adds or lists accounts, and closes it again.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class StaffAccounts {
  /** The shortest password accepted: NIST SP 800-63B §3.1.1.2's minimum for a chosen password. */
  public static final int MIN_PASSWORD_LENGTH = 12;
  /** The longest password: bcrypt reads at most 72 bytes, so longer ones would be cut silently. */
  public static final int MAX_PASSWORD_BYTES = 72;

  /**
   * One account as listed: name and roles, never the hash.
   *
   * @param name the account name
   * @param roles its roles
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public record Listed(String name, Set<StaffRole> roles) {
    /** Copies the roles. */
    public Listed {
      Checks.notNull(name, "name");
      roles = Set.copyOf(Checks.notNull(roles, "roles"));
    }
  }

  private StaffAccounts() {}

  /**
   * Adds an account with a bcrypt hash of the password.
   *
   * @throws InvalidInputException naming {@code NAME}, {@code --role} or {@code password} when one is unusable
   * @throws org.govsite.core.ConflictException when the name is taken or a portal runs on the data directory
   */
  public static void add(PortalConfig config, String name, List<String> roles, String password) {
    String n = checkName(name);
    if (roles.isEmpty()) {
      throw new InvalidInputException("--role", "至少需要一个角色 / at least one --role is needed");
    }
    Set<StaffRole> rs = EnumSet.noneOf(StaffRole.class);
    roles.forEach(r -> rs.add(StaffRole.ofCode(r)));
    checkPassword(password);
    withStore(config, store -> {
      store.add(n, rs, password, LocalDateTime.now(PortalContext.BEIJING).withNano(0));
      return Boolean.TRUE;
    });
  }

  /** Returns every account: names and roles. */
  public static List<Listed> list(PortalConfig config) {
    return withStore(config, store -> {
      List<Listed> out = new ArrayList<>();
      store.all().forEach(a -> out.add(new Listed(a.name(), a.roles())));
      return out;
    });
  }

  /** Checks an account name: 1 to 64 letters, digits, {@code . _ -}. */
  static String checkName(String name) {
    String n = name.strip();
    if (!n.matches("[\\p{L}\\p{N}._-]{1," + StaffStore.MAX_NAME + "}")) {
      throw new InvalidInputException("NAME", "账号名须为 1–" + StaffStore.MAX_NAME + " 个字母、数字或 . _ - / the account name must be 1–"
          + StaffStore.MAX_NAME + " letters, digits, '.', '_' or '-': " + name);
    }
    return n;
  }

  /** Checks a password's length: at least {@value #MIN_PASSWORD_LENGTH} characters, at most {@value #MAX_PASSWORD_BYTES} UTF-8 bytes. */
  static void checkPassword(String password) {
    if (password.codePointCount(0, password.length()) < MIN_PASSWORD_LENGTH) {
      throw new InvalidInputException("password", "密码至少需要 " + MIN_PASSWORD_LENGTH + " 个字符 / the password needs at least "
          + MIN_PASSWORD_LENGTH + " characters");
    }
    if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
      throw new InvalidInputException("password", "密码不能超过 " + MAX_PASSWORD_BYTES + " 字节 / the password may have at most "
          + MAX_PASSWORD_BYTES + " bytes (UTF-8)");
    }
  }

  private interface Work<T> {
    T run(StaffStore store);
  }

  private static <T> T withStore(PortalConfig config, Work<T> work) {
    try (DataDirLock lock = DataDirLock.acquire(config.dataDir())) {
      try (HikariDataSource pool = PortalDatabase.open(config)) {
        return work.run(new StaffStore(pool));
      }
    }
  }
}
